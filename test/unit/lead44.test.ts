/**
 * Rules of stop 44's lead, each closing a wrong figure of first sight (sets 38 and 38b), with made-up
 * federations and figures.
 */
import { describe, expect, it } from "vitest";
import type { AnyFact } from "../helpers.ts";
import { documentFacts } from "../support/manifestEntry.ts";
import { countsOf, exitsOf, extractReport } from "../support/reportFacts.ts";

const report = (...body: string[]) => ["Samordningsförbundet Ravik", "Verksamhetsberättelse 2024", "", ...body];

describe("a group described by where it is not (utanför arbete och studier)", () => {
  it("sends no one to work or studies (must not fire)", () => {
    const facts = extractReport(
      report(
        "Förbundet ordnade två seminarier med sammanlagt 96 deltagare. Kartläggningen av unga utanför arbete och studier",
        "omfattade 1 140 personer i kommunerna.",
        "",
        "Målgruppen är unga som varken arbetar eller studerar; 310 sådana unga finns i länet.",
      ),
    );
    expect(exitsOf(facts)).toEqual([]);
  });
  it("keeps the destinations of the exits in the same paragraph (must fire)", () => {
    const facts = extractReport(
      report(
        "Av de 40 unga utanför arbete och studier som avslutade under året gick 12 till studier och 9 till arbete.",
      ),
    );
    expect(exitsOf(facts)).toEqual(expect.arrayContaining(["förbundet:studies=12", "förbundet:work=9"]));
  });
});

describe("a count in a 'där' clause", () => {
  it("counts those at an event, not the year's participants (must not fire)", () => {
    for (const event of ["friskvårdsveckan i oktober", "temadagen om psykisk hälsa", "Jobbmässan på Torget"]) {
      const counts = countsOf(extractReport(report(`Ett uppskattat inslag var ${event}, där 85 personer deltog.`)));
      expect(counts, event).toEqual([]);
    }
  });
  it("is the year's where the clause is about the federation's interventions (must fire)", () => {
    const counts = countsOf(
      extractReport(report("Förbundet finansierade fyra insatser, där 163 personer deltog under året.")),
    );
    expect(counts).toContain("förbundet:enrolled/all=163");
  });
});

const minutes = (kind: "board_minutes" | "committee_minutes", lines: string[]) =>
  documentFacts({ federation: "ravik", kind, date: "2025-04-09" }, lines);
const meetingOf = (facts: AnyFact[]) =>
  facts.filter((f) => f.table === "meeting").map((f) => `${f.date} ${f.start_time}-${f.end_time}`);
const decisionsOf = (facts: AnyFact[]) =>
  facts.filter((f) => f.table === "decision").map((f) => `${f.item_ref}:${f.outcome}`);

describe("a meeting's hours said 'klockan 13.15 till 15.30'", () => {
  const header = (time: string) => [
    "RAVIKS SAMORDNINGSFÖRBUND                    Arbetsutskottet",
    "Protokoll nr 2/2025",
    "",
    `Sammanträdesdag: onsdagen den 9 april 2025, ${time}`,
    "Plats: Förbundets kansli",
    "",
    "§ 10  Mötets öppnande",
    "Ordföranden öppnade mötet.",
  ];
  it("gives the start and the end (must fire)", () => {
    expect(meetingOf(minutes("committee_minutes", header("klockan 09.30 till 11.45")))).toEqual([
      "2025-04-09 09:30-11:45",
    ]);
    expect(meetingOf(minutes("committee_minutes", header("kl. 9.30 till kl. 11.45")))).toEqual([
      "2025-04-09 09:30-11:45",
    ]);
  });
  it("gives no end where none is said (must not fire)", () => {
    expect(meetingOf(minutes("committee_minutes", header("klockan 09.30")))).toEqual(["2025-04-09 09:30-null"]);
  });
});

describe("a decision of the members' meeting, and an earlier decision told in a relative clause", () => {
  const consultation = (decision: string[]) => [
    "Region Ravikslän",
    "Protokollsutdrag från ägarsamrådet för Samordningsförbundet Ravik",
    "Datum: 2025-04-09",
    "",
    "§ 3  Förbundets verksamhet 2024",
    "Förbundschefen redogjorde för årsredovisningen 2024 som styrelsen fastställde den",
    "18 februari. Under året deltog 212 personer i insatserna.",
    "",
    ...decision,
    "",
    "§ 4  Övriga frågor",
    "Inga övriga frågor.",
  ];
  it("reads the members' meeting's own decision, not the board's earlier one (must fire)", () => {
    const facts = minutes(
      "committee_minutes",
      consultation(["Ägarsamrådet beslutar", "att lägga informationen till handlingarna."]),
    );
    expect(decisionsOf(facts)).toContain("§3:noted");
  });
  it("never takes 'som styrelsen fastställde' for the item's decision (must not fire)", () => {
    const facts = minutes("committee_minutes", consultation(["Frågan diskuterades."]));
    expect(decisionsOf(facts)).not.toContain("§3:approved");
  });
});

describe("minutes written as running text, items 'Punkt N.'", () => {
  const narrative = (item5: string[], item6: string[]) => [
    "Protokoll fört vid styrelsemöte i Samordningsförbundet Ravik den 9 april 2025",
    "",
    "Punkt 1. Ordföranden öppnade mötet och hälsade alla välkomna.",
    "",
    "Punkt 2. Till att justera protokollet valdes Eva Lund.",
    "",
    ...item5,
    "",
    ...item6,
    "",
    "Punkt 5. Ordföranden tackade och avslutade mötet.",
  ];
  it("reads a decision in a second clause after 'och', however long the first (must fire)", () => {
    const facts = minutes(
      "board_minutes",
      narrative(
        [
          "Punkt 3. Idrottsföreningen Kvisten har sökt 95 000 kr för ett sommarläger.",
          "Styrelsen konstaterade att verksamheten ligger utanför förbundets uppdrag och",
          "beslutade att avslå ansökan.",
        ],
        ["Punkt 4. Förbundschefen informerade om läget.", "Informationen lades till handlingarna."],
      ),
    );
    expect(decisionsOf(facts)).toContain("§3:rejected");
  });
  it("reads the sentence after a title's full stop that runs over the line end as the item's text (must fire)", () => {
    const facts = minutes(
      "board_minutes",
      narrative(
        ["Punkt 3. Förbundschefen informerade om läget.", "Informationen lades till handlingarna."],
        [
          "Punkt 4. Frågan om gemensamma lokaler diskuterades. Styrelsen beslutade",
          "att bordlägga ärendet till nästa möte.",
        ],
      ),
    );
    expect(decisionsOf(facts)).toContain("§4:postponed");
  });
  it("decides nothing where the second clause is no decision (must not fire)", () => {
    const facts = minutes(
      "board_minutes",
      narrative(
        [
          "Punkt 3. Idrottsföreningen Kvisten har sökt 95 000 kr för ett sommarläger.",
          "Styrelsen konstaterade att verksamheten ligger utanför förbundets uppdrag och",
          "diskuterade hur föreningen kan få stöd på annat sätt.",
        ],
        ["Punkt 4. Förbundschefen informerade om läget.", "Informationen lades till handlingarna."],
      ),
    );
    expect(decisionsOf(facts)).not.toContain("§3:rejected");
    expect(decisionsOf(facts)).not.toContain("§3:approved");
  });
});

describe("an appendix's tables headed by a code ('B2 Ekonomi 2025, kronor')", () => {
  const appendix = (code: string) =>
    report(
      "Siffrorna nedan är exakta.",
      "",
      `${code} Ekonomi 2024, kronor`,
      "   Verksamhetens intäkter               4 210 000",
      "   Verksamhetens kostnader             −4 118 500",
      "   Årets resultat                          91 500",
      "",
      "B4 Insatsen Kompassen 2024",
      "   Inskrivna                                   61",
    );
  const finance = (facts: AnyFact[]) =>
    facts.filter((f) => f.table === "finance").map((f) => `${f.item}=${f.amount_sek}`);
  it("are the federation's, the code no name (must fire)", () => {
    expect(finance(extractReport(appendix("B2")))).toEqual(
      expect.arrayContaining(["revenue_operating=4210000", "result=91500"]),
    );
  });
  it("but a heading naming an intervention keeps its money list out (must not fire)", () => {
    expect(finance(extractReport(appendix("B2 Kompassen –")))).toEqual([]);
  });
});

describe("'lämnat' as handing over", () => {
  it("is no exit (must not fire)", () => {
    const counts = countsOf(
      extractReport(report("Enligt den uppgift kansliet lämnat till mig var 61 av deltagarna folkbokförda i Norrvik.")),
    );
    expect(counts).toEqual([]);
  });
  it("while leaving the interventions is (must fire)", () => {
    expect(countsOf(extractReport(report("Under året har 88 personer lämnat insatserna.")))).toContain(
      "förbundet:exited/all=88",
    );
  });
});

describe("an amount with the currency first and thin spaces between its digit groups ('SEK 1 402 250')", () => {
  const finance = (facts: AnyFact[]) =>
    facts.filter((f) => f.table === "finance").map((f) => `${f.year}:${f.item}=${f.amount_sek}`);
  it("is the whole figure, never its first group (must fire)", () => {
    const thin = "\u2009";
    const facts = extractReport(
      report(
        `Eget kapital uppgick vid årets slut till SEK 1${thin}216${thin}400 (SEK 1${thin}088${thin}900 året innan).`,
      ),
    );
    expect(finance(facts)).toContain("2024:equity_end=1216400");
    expect(finance(facts)).not.toContain("2024:equity_end=1");
  });
  it("leaves a figure followed by its own unit as written (must not fire)", () => {
    const facts = extractReport(report("Förbundet betalade kr 12\u2009000 tkr till insatserna."));
    expect(finance(facts).some((f) => f.endsWith("=12"))).toBe(false);
  });
});
