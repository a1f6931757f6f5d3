/** A table's total row that names its measure ("Summa avslutade") counts that measure. */
import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { parseAnnualReport } from "../../loaders/extract/templates/kalmar/parseAnnualReport.ts";
import type { AnyFact } from "../helpers.ts";
import { countsOf, readReport } from "../support/reportFacts.ts";

const reportOf = (federation: string, lines: string[]) =>
  parseAnnualReport(new DocumentText(`${federation}/2024-annual-report`, lines, 2024)).facts as AnyFact[];

const table = (totalLabel: string) => [
  "Deltagare",
  "",
  "Tabell 3. Avslutade deltagare 2024 efter vart de gick",
  "Gick vidare till                    Kvinnor     Män   Totalt",
  "Arbete                                   12       9       21",
  "Studier                                   5       4        9",
  "Annat                                    20      18       38",
  `${totalLabel.padEnd(36)}     37      31       68`,
];

describe("a total row that names its measure", () => {
  it("stores the named measure, never participants", () => {
    const counts = countsOf(readReport(table("Summa avslutade")));
    expect(counts).toEqual(expect.arrayContaining(["förbundet:exited/all=68", "förbundet:exited/woman=37"]));
    expect(counts.some((c) => c.includes("enrolled"))).toBe(false);
  });
  it("names exits in other words too", () => {
    const counts = countsOf(readReport(table("Totalt antal avslut")));
    expect(counts.some((c) => c.includes("enrolled"))).toBe(false);
  });
  it("must not change a plain total under gender columns", () => {
    const lines = [
      "Deltagare",
      "",
      "Insats                              Kvinnor     Män   Totalt",
      "Steget                                   30      20       50",
      "Vägen                                    10      15       25",
      "Summa                                    40      35       75",
    ];
    expect(countsOf(readReport(lines))).toContain("förbundet:enrolled/all=75");
  });
});

describe("a table that compares federations", () => {
  const lines = [
    "Deltagare per förbund i länet 2024",
    "Förbund                              Kvinnor   Män   Totalt",
    "  Samordningsförbundet Ekmyra            60    40      100",
    "  Finsam Norra Viken                     30    25       55",
    "Länet totalt                             90    65      155",
  ];
  it("never stores a federation's row as an intervention, nor a neighbour's or the county's figures", () => {
    const facts = reportOf("ekmyra", lines);
    expect(facts.filter((f) => f.intervention !== null && f.intervention !== undefined)).toEqual([]);
    expect(facts.some((f) => [30, 25, 55, 90, 65, 155].includes(f.value))).toBe(false);
  });
  it("never reads a neighbour's row or the county's as an intervention (must not fire for another federation's document)", () => {
    const facts = reportOf("grantorp", lines);
    expect(countsOf(facts)).toEqual([]);
  });
});
