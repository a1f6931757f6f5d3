/**
 * Rules from held-out set 22's first sight, in new words: a decision line opened by a pointer glyph
 * ("► Styrelsen beviljar …"), and a board's decision to propose to the members. Made-up federations,
 * people and figures.
 */
import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { parseMinutes } from "../../loaders/extract/minutes/parseMinutes.ts";
import { readMoneySentence } from "../../loaders/extract/general/moneyGrammar.ts";
import { splitLines } from "../../loaders/input/readSourceFile.ts";
import type { AnyFact } from "../helpers.ts";

const decisions = (lines: string[]) => {
  const doc = new DocumentText("x/minutes", splitLines(lines.join("\n")), 2026);
  return (parseMinutes(doc, { date: "2026-04-02", kind: "board_minutes" }).facts as AnyFact[])
    .filter((f) => f.table === "decision")
    .map((f) => `${f.item_ref}:${f.outcome}${f.amount_sek ? `=${f.amount_sek}` : ""}`);
};

const HEAD = ["Samordningsförbundet Älvmo", "Protokoll från styrelsens sammanträde 2026-04-02", ""];

describe("a decision line opened by a pointer glyph", () => {
  it("is the item's decision whatever its verb", () => {
    expect(
      decisions([
        ...HEAD,
        "§ 4  Verksamhetsberättelse 2025",
        "Förbundschefen går igenom berättelsen.",
        "▶ Styrelsen antar verksamhetsberättelsen för 2025.",
        "",
        "§ 5  Ansökan från Älvmo kommun",
        "Kommunen söker 300 000 kronor för insatsen Nästa steg.",
        "► Styrelsen beviljar Älvmo kommun 260 000 kronor för insatsen Nästa steg under 2026.",
        "",
        "§ 6  Rapporter",
        "► Rapporterna noteras.",
      ]),
    ).toEqual(["§4:approved", "§5:approved=260000", "§6:noted"]);
  });

  it("leaves an item without a marker to the sentences that decide, and a plain arrow no marker (must not fire)", () => {
    expect(
      decisions([
        ...HEAD,
        "§ 4  Information från förbundschefen",
        "→ Styrelsen får en dragning om läget i insatserna.",
        "Förbundschefen redogör för årets första månader.",
      ]),
    ).not.toContain("§4:approved");
  });
});

describe("the board's decision to propose to the members", () => {
  it("is a proposal, whether the board 'föreslår medlemmarna' or decides 'att föreslå medlemmarna'", () => {
    expect(
      decisions([
        ...HEAD,
        "§ 7  Ram för 2027",
        "► Styrelsen föreslår medlemmarna en oförändrad ram om 3 600 000 kronor för 2027.",
        "",
        "§ 8  Medlemsbidrag 2027",
        "Styrelsens beslut",
        "att föreslå medlemmarna att fastställa bidragen för 2027 enligt förbundschefens förslag.",
      ]).map((d) => d.replace(/=.*/, "")),
    ).toEqual(["§7:proposed", "§8:proposed"]);
  });

  it("keeps the board's own approval approved, and a chief's proposal to the board no decision (must not fire)", () => {
    expect(
      decisions([
        ...HEAD,
        "§ 7  Budget 2027",
        "Förbundschefen föreslår styrelsen en ram om 3 600 000 kronor.",
        "Styrelsens beslut",
        "att fastställa budgeten för 2027 enligt förslaget.",
      ]),
    ).toEqual(["§7:approved=3600000"]);
  });
});

describe("the equity 'när året började'", () => {
  const amounts = (s: string) => readMoneySentence(s, 2025).figures.map((a) => `${a.item}@${a.year ?? 2025}=${a.sek}`);

  it("is the year before's closing equity, never the year's", () => {
    expect(amounts("Eget kapital, som uppgick till 1,8 mnkr när året började, ökade under året.")).toEqual([
      "equity_end@2024=1800000",
    ]);
    expect(amounts("Det egna kapitalet var 1,8 mnkr när året inleddes.")).toEqual(["equity_end@2024=1800000"]);
  });

  it("leaves the equity at the year's end the year's, and 'i början av året' dating another verb (must not fire)", () => {
    expect(amounts("Det egna kapitalet var 1,8 mnkr när året var slut.")).toEqual(["equity_end@2025=1800000"]);
    expect(
      amounts("Eget kapital uppgick till 2,6 mnkr efter att styrelsen i början av året beslutat om fler insatser."),
    ).toEqual(["equity_end@2025=2600000"]);
    expect(
      amounts(
        "När året började beslutade styrelsen att minska det egna kapitalet, och vid årets slut var det 2,6 mnkr.",
      ),
    ).not.toContain("equity_end@2024=2600000");
  });
});

describe("the attendance as an appendix after the items", () => {
  const attendance = (lines: string[]) => {
    const doc = new DocumentText("x/minutes", splitLines(lines.join("\n")), 2026);
    return (parseMinutes(doc, { date: "2026-04-02", kind: "board_minutes" }).facts as AnyFact[])
      .filter((f) => f.table === "attendance")
      .map((f) => `${f.person}:${f.role}`);
  };
  const APPENDIX = [
    "Bilaga 2  Närvarolista",
    "",
    "Namn                 Organisation          Roll            Närvarande",
    "Eva Sund (S)         Älvmo kommun          ordförande      Ja",
    "Per Holm             Försäkringskassan     ledamot         Nej, anmält förhinder",
    "Ali Demir            Försäkringskassan     ersättare       Ja, tjänstgör för Per Holm",
  ];

  it("is read where no list stands before the first item", () => {
    expect(attendance([...HEAD, "§ 4  Information", "► Informationen noteras.", "", ...APPENDIX])).toEqual([
      "Eva Sund:member",
      "Ali Demir:deputy",
    ]);
  });

  it("is not read over a list before the items (must not fire)", () => {
    const listed = [...HEAD, "Närvarande ledamöter: Eva Sund (S), Älvmo kommun", "", "§ 4  Information", ""];
    expect(attendance([...listed, ...APPENDIX])).toEqual(["Eva Sund:member"]);
  });
});

describe("a case number on an item's heading line", () => {
  const titles = (lines: string[]) => {
    const doc = new DocumentText("x/minutes", splitLines(lines.join("\n")), 2026);
    return (parseMinutes(doc, { date: "2026-04-02", kind: "board_minutes" }).facts as AnyFact[])
      .filter((f) => f.table === "decision")
      .map((f) => f.title);
  };

  it("is no title: the title is the line under it", () => {
    expect(
      titles([
        ...HEAD,
        "§ 7                                   Dnr SF 2026/12",
        "Verksamhetsberättelse 2025",
        "",
        "► Styrelsen godkänner berättelsen.",
      ]),
    ).toEqual(["Verksamhetsberättelse 2025"]);
  });

  it("leaves a title that names a number of its own (must not fire)", () => {
    expect(titles([...HEAD, "§ 7  Ansökan 2026/12 från Älvmo kommun", "► Styrelsen avslår ansökan."])).toEqual([
      "Ansökan 2026/12 från Älvmo kommun",
    ]);
  });
});

describe("the operating result written as one word ('verksamhetsresultat')", () => {
  const amounts = (s: string) =>
    readMoneySentence(s, 2025).figures.map((a) => `${a.item}${a.basis === "budget" ? ":budget" : ""}=${a.sek}`);

  it("is the operating result", () => {
    expect(
      amounts("Intäkterna var 6 210 tkr och kostnaderna 6 390 tkr, ett verksamhetsresultat på -180 tkr."),
    ).toContain("operating_result=-180000");
  });

  it("is the budget's under a budget's word, never the year's outcome (must not fire)", () => {
    expect(amounts("Det budgeterade verksamhetsresultatet var -250 tkr.")).toEqual(["operating_result:budget=-250000"]);
  });
});

describe("pointer glyphs set as bullets of an item's background (review)", () => {
  it("are no decision: the labelled decision below is", () => {
    expect(
      decisions([
        ...HEAD,
        "§ 7  Ansökan om förlängning av Nästa steg",
        "Bakgrund",
        "▸ Insatsen har beviljats 400 000 kronor för 2025.",
        "▸ Kommunen ansöker nu om 500 000 kronor för 2026.",
        "Beslut:",
        "att bevilja 350 000 kronor för 2026.",
      ]),
    ).toEqual(["§7:approved=350000"]);
    expect(
      decisions([
        ...HEAD,
        "§ 5  Ansökan från Älvmo kommun",
        "► Sökt belopp 450 000 kronor",
        "► Insatsen pågår 2026-2027",
        "Styrelsen beslutar",
        "att bevilja Älvmo kommun 300 000 kronor.",
      ]),
    ).toEqual(["§5:approved=300000"]);
  });
});

describe("an attendance appendix of another meeting (review)", () => {
  it("is not read as this meeting's", () => {
    const facts = (title: string) => {
      const lines = [
        ...HEAD,
        "§ 4  Information",
        "► Informationen noteras.",
        "",
        title,
        "Namn                 Organisation          Roll            Närvarande",
        "Eva Sund (S)         Älvmo kommun          ordförande      Ja",
      ];
      const doc = new DocumentText("x/minutes", splitLines(lines.join("\n")), 2026);
      return (parseMinutes(doc, { date: "2026-04-02", kind: "board_minutes" }).facts as AnyFact[]).filter(
        (f) => f.table === "attendance" && f.person === "Eva Sund",
      );
    };
    expect(facts("Bilaga 1  Närvarolista styrelsen 2026-04-02")).toHaveLength(1);
    expect(facts("Bilaga 1  Närvarolista arbetsutskottet 2026-02-12")).toEqual([]);
    expect(facts("Bilaga 1  Närvarolista styrelsen 2026-02-12")).toEqual([]);
  });
});
