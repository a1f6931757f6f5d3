/**
 * Rules of stop 44's helper r44-s39 (leftovers of sets 39 and 39b), each with a made-up federation and
 * made-up figures: where the rule must fire and the nearest shape where it must not.
 */
import { describe, expect, it } from "vitest";
import type { AnyFact } from "../helpers.ts";
import { countsOf, extractReport } from "../support/reportFacts.ts";

const report = (...body: string[]) => ["Samordningsförbundet Ravik", "Verksamhetsberättelse 2024", "", ...body];
const financeOf = (facts: AnyFact[]) =>
  facts.filter((f) => f.table === "finance").map((f) => `${f.item}@${f.year}/${f.basis}=${f.amount_sek}`);

describe("an amount in kSEK in running text", () => {
  it("is thousands of kronor (must fire)", () => {
    const facts = extractReport(
      report(
        "Ekonomi",
        "",
        "Det egna kapitalet uppgick vid årets slut till 2 310 kSEK. Årets resultat blev ett överskott på 118 kSEK.",
      ),
    );
    expect(financeOf(facts)).toEqual(
      expect.arrayContaining(["equity_end@2024/actual=2310000", "result@2024/actual=118000"]),
    );
  });
  it("is never read as kronor nor as thousands when written SEK (must not fire as thousands)", () => {
    const facts = extractReport(report("Ekonomi", "", "Det egna kapitalet uppgick vid årets slut till 2 310 SEK."));
    expect(financeOf(facts)).not.toContain("equity_end@2024/actual=2310000");
  });
});

describe("a page of questions set in bold, its answers under them", () => {
  const page = (first: string) =>
    report(
      "Verksamheten i frågor och svar",
      "",
      `**F: ${first}**`,
      "S: 212 personer, varav 120 kvinnor och 92 män.",
      "",
      "**F: Hur många var nya?**",
      "S: 97 personer skrevs in under året.",
      "",
      "**F: Hur gick det ekonomiskt för förbundet?**",
      "S: Resultatet blev ett överskott på 41 000 kr.",
    );
  it("reads the count the bold question asks for (must fire)", () => {
    const counts = countsOf(extractReport(page("Hur många personer deltog i insatserna under 2024?")));
    expect(counts).toEqual(
      expect.arrayContaining([
        "förbundet:enrolled/all=212",
        "förbundet:enrolled/woman=120",
        "förbundet:enrolled/man=92",
      ]),
    );
  });
  it("reads nothing as the year's where the bold question asks of another year (must not fire)", () => {
    const counts = countsOf(extractReport(page("Hur många personer deltog i insatserna under 2023?")));
    expect(counts.filter((c) => c.includes("=212") || c.includes("=120"))).toEqual([]);
  });
  it("reads nothing as the federation's where the bold question names an intervention (must not fire)", () => {
    const counts = countsOf(extractReport(page("Hur många personer deltog i Kompassen?")));
    expect(counts.filter((c) => c.startsWith("förbundet:") && c.includes("=212"))).toEqual([]);
  });
});
