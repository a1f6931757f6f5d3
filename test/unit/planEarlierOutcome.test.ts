/**
 * A plan or budget for a year states its figures as budget; an earlier year's outcome written
 * beside them ("utfallet för 2023 blev …") is that year's actual. Made-up federation and amounts.
 */
import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { parseAnnualReport } from "../../loaders/extract/templates/kalmar/parseAnnualReport.ts";
import type { AnyFact } from "../helpers.ts";

function finance(lines: string[], year: number) {
  const out = parseAnnualReport(new DocumentText(`grenby/${year}-annual-report`, lines, year));
  return (out.facts as AnyFact[])
    .filter((f) => f.table === "finance")
    .map((f) => `${f.year}:${f.basis}:${f.item}=${f.amount_sek}`);
}

const PLAN = ["# Verksamhetsplan och budget 2026", ""];

describe("an earlier year's outcome in a plan", () => {
  it("stores the outcome its own clause dates to an earlier year as that year's actual", () => {
    expect(
      finance(
        [...PLAN, "Bokslutet för 2025 är inte klart ännu, men utfallet för 2024 blev ett underskott på 132 tkr."],
        2026,
      ),
    ).toEqual(["2024:actual:result=-132000"]);
  });

  it("keeps the plan's own year as budget and stores no actual for it (must not fire)", () => {
    expect(finance([...PLAN, "Budgeten ger ett budgeterat underskott på 0,4 mnkr."], 2026)).toEqual([
      "2026:budget:result=-400000",
    ]);
    expect(finance([...PLAN, "Resultatet för 2026 blev ett överskott på 90 tkr."], 2026)).toEqual([]);
  });

  it("takes no year from a clause that does not date the figure (must not fire)", () => {
    expect(
      finance(
        [...PLAN, "Bokslutet för 2024 visade att kostnaderna ökade, och resultatet blev ett överskott på 75 tkr."],
        2026,
      ),
    ).toEqual([]);
  });

  it("in a report, an earlier year's outcome dated in its clause is that year's (the undated one beside it stays unread)", () => {
    expect(
      finance(
        [
          "Förvaltningsberättelse",
          "",
          "Årets resultat blev ett överskott på 210 tkr, medan resultatet för 2023 var ett underskott på 95 tkr.",
        ],
        2024,
      ),
    ).toEqual(["2023:actual:result=-95000"]);
  });
});
