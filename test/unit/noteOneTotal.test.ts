/** Not 1's "Summa" is the year's operating revenue only when the note is about that revenue. */
import { describe, expect, it } from "vitest";
import { parseFinancialStatements } from "../../loaders/extract/templates/kalmar/parseFinancialStatements.ts";
import { docOf, type AnyFact } from "../helpers.ts";

const revenue = (lines: string[]) =>
  (parseFinancialStatements(docOf(lines, 2025)).facts as AnyFact[])
    .filter((f) => f.item === "revenue_operating")
    .map((f) => [f.year, f.amount_sek]);

describe("Not 1 total", () => {
  it("is the operating revenue under a note on the operating revenue", () => {
    expect(
      revenue([
        "Not 1. Rörelsens intäkter 2025-12-31 2024-12-31",
        "Driftbidrag från staten 3 100 000 3 000 000",
        "Driftbidrag från Granås kommun 1 550 000 1 500 000",
        "Summa 4 650 000 4 500 000",
      ]),
    ).toEqual([
      [2025, 4650000],
      [2024, 4500000],
    ]);
  });
  it("is not the operating revenue under a note on the members' contributions alone", () => {
    expect(
      revenue([
        "Not 1   Medlemsavgifter                     2025          2024",
        "        Staten                         3 100 000     3 000 000",
        "        Granås kommun                  1 550 000     1 500 000",
        "        Summa                          4 650 000     4 500 000",
      ]),
    ).toEqual([]);
  });
});
