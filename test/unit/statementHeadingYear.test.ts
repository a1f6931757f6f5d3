/** A statement's heading naming its year beside columns that name it again with their basis. */
import { describe, expect, it } from "vitest";
import { parseStatements } from "../../loaders/extract/general/parseStatements.ts";
import { docOf, type AnyFact } from "../helpers.ts";

const finance = (lines: string[]) =>
  (parseStatements(docOf(lines, 2023)).facts as AnyFact[])
    .filter((f) => f.table === "finance")
    .map((f) => `${f.item}/${f.basis}/${f.year}=${f.amount_sek}`);

describe("the heading's own year before 'Budget 2023  Utfall 2023'", () => {
  it("is no column: a dash under the budget stays empty and the equity is read whole", () => {
    const read = finance([
      "Ekonomi 2023 (tkr)                        Budget 2023     Utfall 2023",
      "  Intäkter (medlemsbidrag)                      7 200           7 200",
      "  Kostnader                                    -7 600          -7 415",
      "  Årets resultat                                 -400            -215",
      "  Eget kapital 31 december                          -           2 604",
    ]);
    expect(read).toContain("equity_end/actual/2023=2604000");
    expect(read).toContain("cost_operating/actual/2023=7415000");
    expect(read.some((r) => r.endsWith("=2000") || r.endsWith("=604000"))).toBe(false);
  });

  it("stays a column where no later column names its year ('Resultaträkning 2023   2022')", () => {
    const read = finance([
      "Resultaträkning (tkr) 2023                      2022",
      "  Verksamhetens intäkter           7 200        6 900",
      "  Verksamhetens kostnader         -7 415       -6 800",
      "  Årets resultat                    -215          100",
    ]);
    expect(read).toContain("result/actual/2023=-215000");
    expect(read).toContain("result/actual/2022=100000");
  });
});
