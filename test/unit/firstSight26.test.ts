/**
 * Rules from held-out sets 26 and 26b's first sight (stop 37), each with cases where it must fire and
 * where it must not. Documents are made up here.
 */
import { describe, expect, it } from "vitest";
import { readSentence } from "../../loaders/extract/general/figureGrammar.ts";
import { readMoneySentence } from "../../loaders/extract/general/moneyGrammar.ts";
import { namesFederation } from "../../loaders/extract/general/federationNames.ts";
import { memberAmountLists } from "../../loaders/extract/general/memberAmountLists.ts";
import { memberOf } from "../../loaders/extract/general/parseMemberContributions.ts";
import { docOf, type AnyFact } from "../helpers.ts";
import { countsOf, extractReport } from "../support/reportFacts.ts";

const genders = (sentence: string) =>
  readSentence(sentence, { year: 2025 })
    .figures.filter((f) => f.kind === "count")
    .map((f) => `${"gender" in f ? f.gender : "?"}=${f.token.value}`);

describe("a middle dot sets items apart as a comma does", () => {
  it("reads each gender's figure after its own word", () => {
    expect(genders("Deltagare: 174 (kvinnor 97 · män 77)")).toEqual(["all=174", "woman=97", "man=77"]);
  });
  it("still reads a figure before its gender word where no dot stands between (must not change)", () => {
    expect(genders("Deltagare: 174, varav 97 kvinnor och 77 män")).toEqual(["all=174", "woman=97", "man=77"]);
  });
});

const REPORT = (rows: string[]) => [
  "Samordningsförbundet Lindö",
  "Revisionsplan",
  "",
  "Förbundet i korthet",
  "Uppgifterna avser 2025 och kommer ur förbundets årsredovisning.",
  "",
  ...rows,
  "",
];
const financeOf = (facts: AnyFact[]) =>
  facts.filter((f) => f.table === "finance").map((f) => `${f.item}@${f.year}=${f.amount_sek}`);

describe("a dot-leader row whose label ends in a year or a date", () => {
  it("reads the closing equity of a label dated the year's end", () => {
    const facts = extractReport(
      REPORT([
        "  Intäkter ............................ 6 100 000 kr",
        "  Kostnader ........................... 6 250 000 kr",
        "  Årets resultat ......................  -150 000 kr",
        "  Eget kapital 31 december 2025 ....... 1 210 000 kr",
      ]),
      "lindo",
      2025,
    );
    expect(financeOf(facts)).toContain("equity_end@2025=1210000");
  });
  it("does not read another year's equity as the report year's (must not fire)", () => {
    const facts = extractReport(
      REPORT([
        "  Årets resultat ......................  -150 000 kr",
        "  Eget kapital 31 december 2024 ....... 1 360 000 kr",
      ]),
      "lindo",
      2025,
    );
    expect(financeOf(facts)).not.toContain("equity_end@2025=1360000");
  });
  it("reads the exits before their varav part", () => {
    const counts = countsOf(
      extractReport(
        REPORT(["  Avslutade deltagare ................. 64, varav 21 till arbete eller studier"]),
        "lindo",
        2025,
      ),
    );
    expect(counts).toContain("förbundet:exited/all=64");
  });
});

describe("a dot leader between a label and its list of members' amounts", () => {
  const read = (lines: string[]) =>
    (memberAmountLists(docOf(lines, 2025), memberOf).facts as AnyFact[]).map((f) => `${f.member}=${f.amount_sek}`);
  it("stands for a colon: the list is read where the state's half holds", () => {
    expect(
      read([
        "Förbundet i korthet",
        "  Medlemsbidrag .................. staten 3 200 000 kr, Region Granmo",
        "                                   1 600 000 kr, kommunerna 1 600 000 kr",
      ]),
    ).toEqual(["Staten=3200000", "Region Granmo=1600000"]);
  });
  it("reads nothing where the half does not hold (must not fire)", () => {
    expect(
      read([
        "Förbundet i korthet",
        "  Medlemsbidrag .................. staten 3 200 000 kr, Region Granmo",
        "                                   1 500 000 kr, kommunerna 1 600 000 kr",
      ]),
    ).toEqual([]);
  });
});

describe("destinations listed by därav under the year's exits", () => {
  const exits = (rows: string[]) =>
    extractReport(REPORT(rows), "lindo", 2025)
      .filter((f) => f.table === "participant_breakdown")
      .map((f) => `${f.category}=${f.value}`);
  it("reads each as a destination of the exits where they are no more than the exits", () => {
    expect(
      exits([
        "  Deltagare 2025:        302 (160 kvinnor, 142 män)",
        "  Avslutade:             141",
        "    därav till arbete     38",
        "    därav till studier    19",
      ]),
    ).toEqual(["work=38", "studies=19"]);
  });
  it("reads none where the parts exceed the exits, or stand under the participants (must not fire)", () => {
    expect(
      exits(["  Avslutade:             41", "    därav till arbete     38", "    därav till studier    19"]),
    ).toEqual([]);
    expect(
      exits(["  Deltagare:             302", "    därav till arbete     38", "    därav till studier    19"]),
    ).toEqual([]);
  });
});

describe("a sign's word between a label's colon and its amount", () => {
  const money = (s: string) => readMoneySentence(s, 2025).figures.map((f) => `${f.item}=${f.sek}`);
  it("reads plus and minus as the result's sign", () => {
    expect(money("Årets resultat: plus 0,3 miljoner kronor")).toEqual(["result=300000"]);
    expect(money("Årets resultat: minus 0,3 miljoner kronor")).toEqual(["result=-300000"]);
  });
  it("still reads no unsigned result after a colon (must not fire)", () => {
    expect(money("Årets resultat: 0,3 miljoner kronor")).toEqual([]);
  });
});

describe("a numbered table of members' fees with a requested year's column", () => {
  const TABLE = (heading: string, third: string) => [
    "Samordningsförbundet Lindö",
    "",
    heading,
    `Medlem                  Andel    2025 (utfall)   2026 (beslutat)   ${third}`,
    "Staten (FK och AF)       50 %        3 000 000         3 100 000       3 400 000",
    "Region Granmo            25 %        1 500 000         1 550 000       1 700 000",
    "Kommunerna               25 %        1 500 000         1 550 000       1 700 000",
    "Summa                   100 %        6 000 000         6 200 000       6 800 000",
    "",
  ];
  const fees = (lines: string[]) =>
    extractReport(lines, "lindo", 2025)
      .filter((f) => f.table === "member_contribution")
      .map((f) => `${f.member}@${f.year}${f.basis === "budget" ? "b" : ""}=${f.amount_sek}`);
  it("reads the outcome and the decided year, never the requested one", () => {
    const read = fees(TABLE("Tabell 1. Medlemsbidrag, kronor", "2027 (begärt)"));
    expect(read).toContain("Region Granmo@2025=1500000");
    expect(read).toContain("Region Granmo@2026b=1550000");
    expect(read.some((f) => f.includes("@2027"))).toBe(false);
  });
  it("reads no proposal's table as paid (must not fire)", () => {
    const read = fees(TABLE("Tabell 1. Förslag till medlemsbidrag, kronor", "2027 (begärt)"));
    expect(read.some((f) => f.includes("@2025="))).toBe(false);
  });
});

describe("our federation's paragraph in a network's round of the federations", () => {
  const ROUND = (intro: string) => [
    "Minnesanteckning från nätverksträffen",
    "",
    "Laget runt",
    intro,
    "",
    "Lindö (värd)",
    "Fem insatser med 180 deltagare under året. 70 nya och 66 avslutade.",
    "",
    "Granmo",
    "312 deltagare och 120 nya.",
    "",
  ];
  const counts = (intro: string) => countsOf(extractReport(ROUND(intro), "lindo", 2025));
  it("reads the heading naming the document's own federation as the federation's section", () => {
    const read = counts("Varje förbund fick fem minuter att berätta om sitt år.");
    expect(read).toContain("förbundet:enrolled/all=180");
    expect(read).not.toContain("förbundet:enrolled/all=312");
  });
  it("reads nothing where the lines above do not say the sections are federations' (must not fire)", () => {
    const read = counts("Varje kommun fick fem minuter att berätta om sitt år.");
    expect(read).not.toContain("förbundet:enrolled/all=180");
  });
});

describe("a participant table's row of visitors, attendees or staff", () => {
  const TABLE = (label: string) => [
    "Samordningsförbundet Lindö",
    "Årsredovisning 2025",
    "",
    "Deltagare per insats 2025",
    "Insats                            K        M    Totalt",
    "Steget                           30       25        55",
    `${label.padEnd(30)}   12        9        21`,
    "",
  ];
  const counts = (label: string) => countsOf(extractReport(TABLE(label), "lindo", 2025));
  it("is no intervention's participants", () => {
    expect(counts("Besökare")).not.toContain("Besökare:enrolled/all=21");
    expect(counts("Seminariedeltagare")).not.toContain("Seminariedeltagare:enrolled/all=21");
  });
  it("leaves an intervention's row as it was (must not fire)", () => {
    expect(counts("Personligt ombud")).toContain("Personligt ombud:enrolled/all=21");
  });
});

describe("the document's own federation named whatever id the user chose", () => {
  it("knows the name in the genitive and an id holding the generic words or a code", () => {
    expect(namesFederation("Norra Dalarnas samordningsförbund", "norra-dalarna")).toBe(true);
    expect(namesFederation("Samordningsförbundet Norra Dalarna", "samordningsforbundet-norra-dalarna")).toBe(true);
    expect(namesFederation("Finsam Norra Dalarna", "sf-norra-dalarna")).toBe(true);
    expect(namesFederation("Samordningsförbundet Tjärnliden", "real20-tjarnliden")).toBe(true);
  });
  it("never takes another federation's name, or a part of ours, for ours (must not fire)", () => {
    expect(namesFederation("Samordningsförbundet Älvmo", "norra-dalarna")).toBe(false);
    expect(namesFederation("Samordningsförbundet Norra", "samordningsforbundet-norra-dalarna")).toBe(false);
    expect(namesFederation("Södra Dalarnas samordningsförbund", "norra-dalarna")).toBe(false);
  });
});
