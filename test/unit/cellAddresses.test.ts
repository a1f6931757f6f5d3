/**
 * A workbook printed one cell a line ("B4 | 41", "D4 | =B4+C4 | 74"): set back in rows
 * (`text/cellAddresses.ts`), and the table rules it met on the way: a total of places is no
 * count of persons, a year closing a row's label is the label's, a banner around a sheet's caption
 * is decoration. Each with cases where it must fire and where it must not. Documents are made up here.
 */
import { describe, expect, it } from "vitest";
import { cellAddressRows } from "../../loaders/extract/text/cellAddresses.ts";
import type { AnyFact } from "../helpers.ts";
import { countsOf, extractReport } from "../support/reportFacts.ts";

const SHEET = [
  "=== Blad 1: Deltagare ===",
  "A3  | Insats                 | Insats",
  "B3  | Kvinnor                | Kvinnor",
  "C3  | Män                    | Män",
  "D3  | Totalt                 | Totalt",
  "A4  | Steget                 | Steget",
  "B4  | 30                     | 30",
  "C4  | 25                     | 25",
  "D4  | =B4+C4                 | 55",
  "A5  | Vidare                 | Vidare",
  "B5  | 20                     | 20",
  "C5  | 18                     | 18",
  "D5  | =B5+C5                 | 38",
];

describe("cell-address lines set back in rows", () => {
  it("sets each sheet row on one line, cells at their columns' places, shown values read", () => {
    const r = cellAddressRows(SHEET)!;
    expect(r.lines.map((l) => l.trim().split(/\s{2,}/))).toEqual([
      ["=== Blad 1: Deltagare ==="],
      ["Insats", "Kvinnor", "Män", "Totalt"],
      ["Steget", "30", "25", "55"],
      ["Vidare", "20", "18", "38"],
    ]);
    // Each row cites its first cell's line.
    expect(r.from).toEqual([0, 1, 5, 9]);
  });

  it("keeps an empty cell's place, an empty sheet row or two as a blank line, a formula with nothing shown as empty", () => {
    const r = cellAddressRows([
      "A1: Nyckeltal",
      "A2: Deltagare",
      "C2: 140",
      "A3: Nya",
      "B3: =SUMMA(X1:X9)",
      "C3: 61",
      "A6: Avslutade",
      "C6: 52",
    ])!;
    // B (where the formula stood) keeps its place: one character wide, between gaps.
    expect(r.lines).toEqual(["Nyckeltal", "Deltagare       140", "Nya              61", "", "Avslutade        52"]);
  });

  it("sets a long note alone in its column on a line of its own after the sheet's rows", () => {
    const r = cellAddressRows([
      ...SHEET.slice(1, 9),
      "E4  | 'Kommentar: en person i flera insatser räknas en gång",
      ...SHEET.slice(9),
    ])!;
    expect(
      r.lines
        .at(-3)!
        .trim()
        .split(/\s{2,}/),
    ).toEqual(["Vidare", "20", "18", "38"]);
    expect(r.lines.slice(-2)).toEqual(["", "Kommentar: en person i flera insatser räknas en gång"]);
  });

  it("does not fire on a list of road numbers, seats or accounts, on one column, or out of a sheet's order", () => {
    expect(
      cellAddressRows([
        "E4 | Sundsvall",
        "E6 | Göteborg",
        "E10 | Jönköping",
        "E12 | Umeå",
        "E14 | Luleå",
        "E18 | Oslo",
        "E20 | Malmö",
        "E22 | Kalmar",
      ]),
    ).toBeUndefined();
    // Two columns, but not row by row: a seating plan.
    expect(
      cellAddressRows([
        "A1 | Berg",
        "B1 | Vik",
        "A2 | Dahl",
        "B2 | Krok",
        "A3 | Holm",
        "B1 | Lund",
        "A4 | Ek",
        "B4 | Ås",
      ]),
    ).toBeUndefined();
    // Too few cells for a sheet.
    expect(cellAddressRows(["A1 | Deltagare", "B1 | 140", "A2 | Nya", "B2 | 61"])).toBeUndefined();
    // Prose that happens to open with a capital and a digit.
    expect(cellAddressRows(["B4 Vägen mellan orterna byggdes om.", "Förbundet hade 140 deltagare."])).toBeUndefined();
  });
});

const REPORT = (rows: string[]) => [
  "Samordningsförbundet Lindö",
  "Årsredovisning 2025",
  "",
  "Deltagare 2025",
  "Insats                         Kvinnor   Män   Totalt",
  "Steget                              30    25       55",
  "Vidare                              20    18       38",
  ...rows,
  "",
];

describe("a participant table's total of places and a year in a row's label", () => {
  it("stores no total of places as the federation's participants", () => {
    const counts = countsOf(
      extractReport(REPORT(["Summa insatsplatser                 50    43       93"]), "lindo", 2025),
    );
    expect(counts).not.toContain("förbundet:enrolled/all=93");
    expect(counts).toContain("Steget:enrolled/all=55");
  });

  it("still stores a plain total under the interventions as the federation's (must not fire)", () => {
    const counts = countsOf(
      extractReport(REPORT(["Summa                               50    43       93"]), "lindo", 2025),
    );
    expect(counts).toContain("förbundet:enrolled/all=93");
  });

  it("reads a year closing the label as the label's, not as a cell", () => {
    const facts: AnyFact[] = extractReport(
      REPORT(["Unika personer i förbundet 2025      48    41       89"]),
      "lindo",
      2025,
    );
    expect(countsOf(facts)).toContain("förbundet:enrolled/all=89");
    expect(countsOf(facts).some((c) => /=(?:2025|41089|4189)$/.test(c))).toBe(false);
  });
});
