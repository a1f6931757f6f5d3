/**
 * Rules from held-out set 27's first sight (stop 37), each with cases where it must fire and where it
 * must not. Documents are made up here.
 */
import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { parseMinutes } from "../../loaders/extract/minutes/parseMinutes.ts";
import { parseAttendance } from "../../loaders/extract/minutes/parseAttendance.ts";
import { readDocumentUnit } from "../../loaders/reference/units.ts";
import { relativeYearHeaders } from "../../loaders/extract/text/relativeYearHeaders.ts";
import { readSentence } from "../../loaders/extract/general/figureGrammar.ts";
import type { AnyFact } from "../helpers.ts";
import { extractReport } from "../support/reportFacts.ts";

const fees = (lines: string[]) =>
  extractReport(lines, "lindo", 2025)
    .filter((f) => f.table === "member_contribution")
    .map((f) => `${f.member}=${f.amount_sek}`);
const FEE_TABLE = (heading: string) => [
  "Samordningsförbundet Lindö",
  "Årsredovisning 2025",
  "",
  heading,
  "Staten                                  3 240",
  "Region Granmo                           1 620",
  "Lövsta kommun                           1 080",
  "Aspö kommun                               540",
  "Summa                                   6 480",
  "",
];

describe("a members' fee table whose amounts are too small for kronor", () => {
  it("is not read in kronor where no unit is stated", () => {
    expect(fees(FEE_TABLE("2.3 Medlemsavgifter 2025"))).toEqual([]);
  });
  it("is read in the unit its heading states (must not fire)", () => {
    expect(fees(FEE_TABLE("2.3 Medlemsavgifter 2025 (tkr)"))).toContain("Region Granmo=1620000");
  });
});

describe("a running header stating the document's unit", () => {
  it("reads 'Belopp i tkr där inget annat anges' as the document's unit", () => {
    expect(
      readDocumentUnit([
        "Samordningsförbundet Lindö · Årsredovisning 2025 · Belopp i tkr där inget annat anges   Sida 1",
      ])?.unit,
    ).toBe("tkr");
  });
  it("reads no unit from a sentence naming one for a single table (must not fire)", () => {
    expect(readDocumentUnit(["Tabellen nedan visar beloppen i tkr."])).toBeNull();
  });
});

const doc = (lines: string[]) => new DocumentText("lindo/2026-02-19-board-minutes", lines, 2026);
const HEAD = [
  "Samordningsförbundet Lindö",
  "PROTOKOLL FRÅN STYRELSENS SAMMANTRÄDE",
  "",
  "Styrelsen sammanträdde den 19 februari 2026.",
  "",
  "Närvarande var ledamöterna Anna Frisk (S), ordförande, Lövsta kommun, Tomas Lind (M),",
  "Region Granmo. Från kansliet deltog förbundschefen",
  "Maria Sand, som förde protokollet, och ekonomen Pär Ek.",
  "",
];

describe("the minutes' own words for a noted item and the minute-taker in running text", () => {
  it("reads 'Styrelsen lade det till handlingarna' as noted", () => {
    const facts = parseMinutes(
      doc([
        ...HEAD,
        "§ 2 Föregående protokoll",
        "Protokollet från den 4 december 2025 redovisades. Styrelsen lade det till handlingarna.",
        "",
      ]),
      { date: "2026-02-19", kind: "board_minutes" },
    ).facts as AnyFact[];
    expect(facts.filter((f) => f.table === "decision").map((f) => f.outcome)).toEqual(["noted"]);
  });
  it("reads 'Styrelsen beslutade att bevilja …' as before (must not change)", () => {
    const facts = parseMinutes(
      doc([
        ...HEAD,
        "§ 4 Ansökan – Steget",
        "Styrelsen beslutade att bevilja Lövsta kommun 300 000 kronor för Steget 2026.",
        "",
      ]),
      { date: "2026-02-19", kind: "board_minutes" },
    ).facts as AnyFact[];
    expect(facts.filter((f) => f.table === "decision").map((f) => f.outcome)).toEqual(["approved"]);
  });
  it("never takes 'Maria Sand, som förde protokollet, …' for a member", () => {
    const people = (parseAttendance(doc(HEAD)).facts as AnyFact[]).filter((f) => f.person === "Maria Sand");
    expect(people.every((p) => p.role !== "member")).toBe(true);
  });
});

describe("a header naming its years relative to the report's", () => {
  const LINES = [
    "Räkenskapsåret 2025-01-01 – 2025-12-31",
    "RESULTATRÄKNING                     Not     Innevarande år      Föregående år",
    "Not 1 Medlemsbidrag                         Innevarande år      Föregående år",
    "Andelen var 31,8 procent (föregående år 29,3 procent).",
  ];
  it("sets the cells to the report year and the year before, in their places", () => {
    const out = relativeYearHeaders(LINES, 2025)!;
    expect(out[1]!.trim().split(/\s{2,}/)).toEqual(["RESULTATRÄKNING", "Not", "2025", "2024"]);
    expect(out[1]!.length).toBe(LINES[1]!.length);
    expect(out[2]!.trim().split(/\s{2,}/)).toEqual(["Not 1 Medlemsbidrag", "2025", "2024"]);
  });
  it("leaves prose, a document that never names the report year, and no report year alone (must not fire)", () => {
    expect(relativeYearHeaders(LINES, 2025)![3]).toBe(LINES[3]);
    expect(relativeYearHeaders(LINES.slice(1), 2025)).toBeUndefined();
    expect(relativeYearHeaders(LINES, undefined)).toBeUndefined();
  });
});

describe("a third group of participants whose gender was not stated", () => {
  const genders = (sentence: string) =>
    readSentence(sentence, { year: 2025 })
      .figures.filter((f) => f.kind === "count")
      .map((f) => `${"gender" in f ? f.gender : "?"}=${f.token.value}`);
  it("reads 'som inte ville uppge kön' as not stated", () => {
    expect(
      genders("Förbundet hade 312 deltagare, 171 kvinnor, 139 män och 2 personer som inte ville uppge kön."),
    ).toEqual(["all=312", "woman=171", "man=139", "unknown=2"]);
  });
  it("reads no third group from words that name no gender (must not fire)", () => {
    expect(genders("Förbundet hade 312 deltagare, 171 kvinnor, 139 män och 2 som inte deltog.")).not.toContain(
      "unknown=2",
    );
  });
});
