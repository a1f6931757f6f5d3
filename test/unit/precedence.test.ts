import { describe, expect, it } from "vitest";
import {
  comparePrecedence,
  precedenceOrder,
  precedenceRank,
  withinRoundingOfCoarser,
  type PrecedenceCandidate,
} from "../../loaders/normalize/precedence.ts";

const base: PrecedenceCandidate = {
  section: "income_statement",
  periodMatches: true,
  approximate: false,
  documentDate: "2025-04-11",
  line: 100,
};
const winnerOf = (...cs: PrecedenceCandidate[]) => [...cs].sort((a, b) => comparePrecedence(a, b).order)[0];

describe("precedence", () => {
  it("ranks curated over statements and tables over summaries over prose", () => {
    expect(precedenceRank("curated")).toBeLessThan(precedenceRank("income_statement"));
    expect(precedenceRank("general:income_statement")).toBe(precedenceRank("income_statement"));
    expect(precedenceRank("appendix:kompass")).toBeLessThan(precedenceRank("general:participant_table"));
    expect(precedenceRank("general:participant_table")).toBeLessThan(precedenceRank("five_year_overview"));
    expect(precedenceRank("five_year_overview")).toBeLessThan(precedenceRank("general:prose"));
    expect(precedenceRank("prose")).toBe(precedenceRank("general:prose"));
  });

  it("keeps a curated fact over any parsed one, whatever its line or date", () => {
    const curated = { ...base, section: "curated", line: 900, documentDate: "2000-01-01" };
    expect(winnerOf(base, curated)).toBe(curated);
    expect(comparePrecedence(curated, base).reason).toBe("rank");
  });

  it("keeps a statement over prose", () => {
    const prose = { ...base, section: "general:prose", line: 3 };
    const statement = { ...base, section: "general:income_statement", line: 400 };
    expect(winnerOf(prose, statement)).toBe(statement);
  });

  it("keeps the year's own report over a later report's prior-year column", () => {
    const own = { ...base, documentDate: "2024-04-01" };
    const priorColumn = { ...base, periodMatches: false, documentDate: "2025-04-01" };
    expect(winnerOf(priorColumn, own)).toBe(own);
    expect(comparePrecedence(own, priorColumn).reason).toBe("own_period");
  });

  it("keeps the year's own report, even its summary or prose, over a later report's statement column or overview", () => {
    const ownProse = { ...base, section: "general:prose", documentDate: "2024-04-01" };
    const laterStatement = { ...base, section: "general:income_statement", periodMatches: false };
    const laterOverview = { ...base, section: "general:five_year_overview", periodMatches: false };
    expect(winnerOf(laterStatement, ownProse)).toBe(ownProse);
    expect(winnerOf(laterOverview, ownProse)).toBe(ownProse);
    expect(comparePrecedence(ownProse, laterStatement).reason).toBe("own_period");
    // Not when both are comparison columns: then the statement outranks the overview.
    expect(winnerOf(laterOverview, laterStatement)).toBe(laterStatement);
    // And never over a curated fact.
    const curatedLater = { ...laterStatement, section: "curated" };
    expect(winnerOf(ownProse, curatedLater)).toBe(curatedLater);
    expect(precedenceRank("general:five_year_overview")).toBe(precedenceRank("five_year_overview"));
  });

  it("keeps an exact figure over a hedged one of the same rank", () => {
    const hedged = { ...base, section: "general:prose", approximate: true, line: 5 };
    const exact = { ...base, section: "general:prose", line: 50 };
    expect(winnerOf(hedged, exact)).toBe(exact);
    expect(comparePrecedence(exact, hedged).reason).toBe("exact_over_approximate");
  });

  it("keeps the template parser over a general layer at the same rank, even on a later line", () => {
    const general = { ...base, section: "general:income_statement", line: 10 };
    const template = { ...base, section: "income_statement", line: 500 };
    expect(winnerOf(general, template)).toBe(template);
    expect(comparePrecedence(template, general).reason).toBe("template_over_general");
  });

  it("keeps a later document over an earlier one, then the earlier line", () => {
    const early = { ...base, documentDate: "2024-03-01" };
    const late = { ...base, documentDate: "2024-06-01" };
    expect(winnerOf(early, late)).toBe(late);
    const lineA = { ...base, line: 7 };
    const lineB = { ...base, line: 8 };
    expect(winnerOf(lineB, lineA)).toBe(lineA);
    expect(comparePrecedence(base, { ...base }).reason).toBe("tie");
  });

  it("treats a gap within the coarser unit's rounding as rounding", () => {
    expect(withinRoundingOfCoarser(4_213_000, 4_212_640)).toBe(true); // 4 213 tkr vs kronor
    expect(withinRoundingOfCoarser(4_200_000, 4_236_000)).toBe(true); // 4,2 Mkr vs tkr
    expect(withinRoundingOfCoarser(4_213_000, 4_212_000)).toBe(false); // both tkr, 1 tkr apart
    expect(withinRoundingOfCoarser(4_212_641, 4_212_640)).toBe(false); // kronor vs kronor
    expect(withinRoundingOfCoarser(4_213_000, 4_213_600)).toBe(false); // beyond half a tkr
  });

  it("orders candidates in the sort as comparePrecedence does, rule by rule (precedenceOrder)", () => {
    const variants: PrecedenceCandidate[] = [];
    for (const section of ["curated", "income_statement", "general:income_statement", "five_year_overview", "prose"])
      for (const periodMatches of [true, false])
        for (const approximate of [false, true])
          for (const documentDate of ["", "2024-03-08", "2025-04-11", "2025-12-05"])
            for (const line of [3, 100]) variants.push({ section, periodMatches, approximate, documentDate, line });
    for (const a of variants)
      for (const b of variants) expect(Math.sign(precedenceOrder(a, b))).toBe(Math.sign(comparePrecedence(a, b).order));
  });

  it("keeps the later document by its ISO date, and never the earlier one or an undated one (precedenceOrder)", () => {
    const earlier = { ...base, documentDate: "2025-04-11" };
    const later = { ...base, documentDate: "2025-12-05" };
    const undated = { ...base, documentDate: "" };
    expect(precedenceOrder(later, earlier)).toBeLessThan(0);
    expect(precedenceOrder(earlier, later)).toBeGreaterThan(0);
    expect(precedenceOrder(earlier, undated)).toBeLessThan(0);
    expect(precedenceOrder(undated, undated)).toBe(0);
    expect([undated, earlier, later].sort(precedenceOrder)[0]).toBe(later);
  });
});
