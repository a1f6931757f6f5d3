/**
 * Years set over groups of a count and its share ("2025" over "Antal  Andel"; `text/countShareGroups.ts`),
 * and a statement's heading after a part's Roman numeral or letter ("II.2  Balansräkning"): must fire and
 * must not. Documents are made up here.
 */
import { describe, expect, it } from "vitest";
import { countShareGroups } from "../../loaders/extract/text/countShareGroups.ts";
import { extractReport, countsOf } from "../support/reportFacts.ts";
import type { AnyFact } from "../helpers.ts";

const TABLE = [
  "Samordningsförbundet Grävlingsås",
  "Verksamhetsberättelse 2025",
  "",
  "Deltagare per kön",
  "                         2025                   2024",
  "                   Antal      Andel      Antal      Andel",
  "Deltagare totalt",
  "  Kvinnor             84     55,6 %         77     52 %",
  "  Män                 67     44,4 %         71     48 %",
  "  Totalt             151      100 %        148    100 %",
  "",
  "Vart de avslutade gick",
  "                         2025                   2024",
  "                   Antal      Andel      Antal      Andel",
  "Arbete                 18       30 %         14     25 %",
  "Studier                 9       15 %         11     20 %",
  "Övrigt                 33       55 %         30     55 %",
  "Summa                  60      100 %         55    100 %",
  "",
];

describe("years over groups of a count and its share", () => {
  it("blanks the shares and sets each year over its count column", () => {
    const out = countShareGroups(TABLE)!;
    expect(out).toHaveLength(TABLE.length);
    expect(out[4]).toBe("");
    expect(out[5]).toMatch(/^\s+2025\s+2024$/);
    expect(out[7]).not.toContain("%");
    expect(out[7]).toMatch(/Kvinnor\s+84\s+77$/);
  });
  it("reads the counts of each year, never a share", () => {
    const facts = extractReport(TABLE, "gravlingsas", 2025);
    const counts = countsOf(facts.filter((f: AnyFact) => f.year === 2025));
    expect(counts).toContain("förbundet:enrolled/woman=84");
    expect(counts).toContain("förbundet:enrolled/all=151");
    expect(counts.some((c) => /=(55|44|100|56|77|71|148)$/.test(c))).toBe(false);
    expect(countsOf(facts.filter((f: AnyFact) => f.year === 2024))).toContain("förbundet:enrolled/all=148");
  });
  it("leaves a share column whose cells carry no per cent sign (must not fire)", () => {
    const lines = TABLE.map((l) => l.replace(/(\d) %/g, "$1  "));
    expect(countShareGroups(lines)).toBeUndefined();
  });
  it("leaves groups that are not a count and its share (must not fire)", () => {
    const lines = TABLE.map((l) => l.replace(/Antal {6}Andel/g, "Budget     Utfall"));
    expect(countShareGroups(lines)).toBeUndefined();
  });
  it("leaves a year standing over no group of its own (must not fire)", () => {
    const lines = TABLE.map((l) => (/^\s+2025\s+2024$/.test(l) ? "   2025   2024" : l));
    expect(countShareGroups(lines)).toBeUndefined();
  });
});

describe("a statement's heading after a part's Roman numeral or letter", () => {
  const report = (heading: string) => [
    "Samordningsförbundet Grävlingsås",
    "Årsredovisning 2025",
    "",
    heading,
    "                                      2025-12-31        2024-12-31",
    "Kassa och bank                         1 402 300         1 388 100",
    "Summa tillgångar                       1 402 300         1 388 100",
    "",
    "Eget kapital                           1 101 900         1 045 600",
    "Kortfristiga skulder                     300 400           342 500",
    "Summa eget kapital och skulder         1 402 300         1 388 100",
    "",
  ];
  const equity = (facts: AnyFact[]) =>
    facts.filter((f) => f.table === "finance" && f.item === "equity_end" && f.year === 2025).map((f) => f.amount_sek);
  it("reads the balance sheet under 'II.2  Balansräkning (kr)' and 'C.  Balansräkning'", () => {
    expect(equity(extractReport(report("II.2  Balansräkning (kr)"), "gravlingsas", 2025))).toEqual([1101900]);
    expect(equity(extractReport(report("C.  Balansräkning"), "gravlingsas", 2025))).toEqual([1101900]);
  });
  it("reads no balance sheet under a heading that names none (must not fire)", () => {
    expect(equity(extractReport(report("II.2  Kassa och skulder"), "gravlingsas", 2025))).toEqual([]);
  });
});
