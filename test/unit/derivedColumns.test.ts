/**
 * A column derived from the value column beside it (a rate per population, an amount per inhabitant, a
 * share of a total; `text/derivedColumns.ts`): taken out only where every row proves it the quotient of
 * its value cell, so the value column is read as a plain table. Must fire and must not. Documents are
 * made up here.
 */
import { describe, expect, it } from "vitest";
import { derivedColumns, namesDerivation, proportional } from "../../loaders/extract/text/derivedColumns.ts";
import { extractReport, countsOf } from "../support/reportFacts.ts";
import type { AnyFact } from "../helpers.ts";

const RATES = [
  "Samordningsförbundet Kråkmyren",
  "Nyckeltal 2025",
  "",
  "Invånare 18–64 år i området: 52 300.",
  "",
  "1) Deltagare                        Personer   Per 1 000 invånare 18–64",
  "   Inskrivna under året                  214          4,09",
  "     kvinnor                             120          2,29",
  "     män                                  94          1,80",
  "   Nya under året                         88          1,68",
  "   Avslutade under året                   81          1,55",
  "",
  "2) Ekonomi                      Kr per invånare         tkr",
  "   Summa intäkter                          151       7 890",
  "   Summa kostnader                         149       7 795",
  "   Årets resultat                            2          95",
  "",
];

const SHARES = [
  "RESULTATRÄKNING                 2025         Andel          2024         Andel",
  "                                            av summa                   av summa",
  "Verksamhetens intäkter     6 100 000       100,0 %     5 900 000       100,0 %",
  "Verksamhetens kostnader   -5 980 500       -98,0 %    -6 010 000      -101,9 %",
  "Årets resultat               119 500         2,0 %      -110 000        -1,9 %",
];

const PIPES = [
  "| Medlem | Avgift 2025, kr | Andel av avgifterna |",
  "|---|---:|---:|",
  "| Staten | 3 000 000 | 50 % |",
  "| Region Kråkvik | 1 500 000 | 25 % |",
  "| Kråkmyrens kommun | 1 500 000 | 25 % |",
];

describe("a derived column beside its value column", () => {
  it("names a derivation in the header's words", () => {
    for (const h of [
      "Per 10 000 invånare 16–64 år",
      "kr per invånare 16–64 år",
      "Kr/inv.",
      "% av intäkterna",
      "Andel",
      "Andel av samtliga, %",
      "%",
      "Procent av summan",
      "per deltagare",
    ])
      expect(namesDerivation(h), h).toBe(true);
    for (const h of [
      "Antal",
      "tkr",
      "2025",
      "Mål per 10 000 invånare",
      "Länets snitt per 1 000 inv.",
      "Budget, % av intäkter",
      "Andel i arbete efter 6 mån",
      "Förändring, %",
    ])
      expect(namesDerivation(h), h).toBe(false);
  });
  it("proves a column the quotient of its values within their rounding", () => {
    expect(
      proportional([
        ["182", "41,2"],
        ["21", "4,8"],
        ["9", "2,0"],
        ["0", "0"],
      ]),
    ).toBe(true);
    expect(
      proportional([
        ["6 952", "157"],
        ["6 871", "156"],
        ["81", "2"],
      ]),
    ).toBe(true);
    // Two whole numbers may agree by chance: three rows at least (must not).
    expect(
      proportional([
        ["6 952", "157"],
        ["81", "2"],
      ]),
    ).toBe(false);
    // A last year's rate, a target: no one base fits every row (must not).
    expect(
      proportional([
        ["182", "37,9"],
        ["21", "4,8"],
        ["9", "2,0"],
      ]),
    ).toBe(false);
    // One row with a value and no derived cell (must not).
    expect(
      proportional([
        ["182", "41,2"],
        ["21", ""],
        ["9", "2,0"],
      ]),
    ).toBe(false);
    // A single row proves nothing (must not).
    expect(proportional([["182", "41,2"]])).toBe(false);
  });
  it("blanks a rate column after its counts and a per-inhabitant column before its amounts", () => {
    const out = derivedColumns(RATES)!;
    expect(out).toHaveLength(RATES.length);
    expect(out[5]).toBe("1) Deltagare                        Personer");
    expect(out[6]).toBe("   Inskrivna under året                  214");
    expect(out[12]).toMatch(/^2\) Ekonomi\s+tkr$/);
    expect(out[13]).toMatch(/^ {3}Summa intäkter\s+7 890$/);
    expect(out[13]!.indexOf("7 890")).toBe(RATES[13]!.indexOf("7 890"));
  });
  it("blanks a share column whose header is stacked over two lines, the header set right above its rows", () => {
    const out = derivedColumns(SHARES)!;
    expect(out[0]).toBe("");
    expect(out[1]).toMatch(/^RESULTATRÄKNING\s+2025\s+2024$/);
    expect(out[3]).toMatch(/^Verksamhetens kostnader\s+-5 980 500\s+-6 010 000$/);
  });
  it("drops a pipe table's share column from the header, the rule and every row", () => {
    const out = derivedColumns(PIPES)!;
    expect(out[0]).toBe("| Medlem | Avgift 2025, kr |");
    expect(out[2]).toBe("| Staten | 3 000 000 |");
  });
  it("reads the counts and amounts, never a rate or a per-inhabitant amount", () => {
    const facts = extractReport(RATES, "krakmyren", 2025);
    const counts = countsOf(facts.filter((f: AnyFact) => f.year === 2025));
    expect(counts).toContain("förbundet:enrolled/all=214");
    expect(counts).toContain("förbundet:exited/all=81");
    expect(counts.some((c) => /=(4\.09|4|2\.29|2|1\.8|1\.68|1\.55|52300)$/.test(c))).toBe(false);
    const money = facts
      .filter((f: AnyFact) => f.table === "finance" && f.year === 2025)
      .map((f: AnyFact) => f.amount_sek);
    expect(money).toContain(7890000);
    expect(money.some((a: number) => [151, 149, 2, 151000, 149000, 2000].includes(Math.abs(a)))).toBe(false);
  });
  it("leaves a column that is no quotient of its neighbour in some row (must not fire)", () => {
    const lines = RATES.map((l) => l.replace("1,80", "3,80"));
    const out = derivedColumns(lines)!;
    expect(out[8]).toBe(lines[8]);
    const shares = SHARES.map((l) => l.replace("2,0 %", "4,0 %"));
    const s = derivedColumns(shares);
    expect(s?.[4] ?? shares[4]).toContain("4,0 %");
  });
  it("leaves a column headed as a target or a county average (must not fire)", () => {
    const lines = RATES.map((l) =>
      l.replace("Per 1 000 invånare 18–64", "Mål per 1 000 inv. 18–64").replace("Kr per invånare", "Länet, kr/inv."),
    );
    expect(derivedColumns(lines)).toBeUndefined();
  });
  it("leaves a pipe table's second value column of its own (must not fire)", () => {
    const lines = PIPES.map((l) => l.replace("Andel av avgifterna", "Avgift 2024, kr"));
    expect(derivedColumns(lines)).toBeUndefined();
  });
});
