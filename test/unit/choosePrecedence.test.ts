/**
 * The precedence step on given candidates: one row per key, and each loser with another value
 * reported with both values and both lines.
 */
import { describe, expect, it } from "vitest";
import { choosePrecedence } from "../../loaders/normalize/choosePrecedence.ts";
import { rowKey, type Candidate } from "../../loaders/normalize/factMappers.ts";
import type { RowOf } from "../../loaders/schema/tables.ts";

const REPORT_2024 = "testdalen/2024-annual-report";
const REPORT_2025 = "testdalen/2025-annual-report";

/** A finance candidate: the result of 2024 as one section of one report states it. */
function result(
  section: string,
  line: number,
  amount: number,
  opts: { year?: number; document?: string; documentDate?: string; periodMatches?: boolean } = {},
): Candidate<"finance"> {
  const row: RowOf<"finance"> = {
    federation_id: "testdalen",
    year: opts.year ?? 2024,
    basis: "actual",
    item: "result",
    amount_sek: amount,
    value: null,
    source_label: "Årets resultat",
    document_id: opts.document ?? REPORT_2024,
    source_line: line,
    confirmed_by: null,
    obtained: "parsed_plain_text",
    curation_reason: null,
  };
  return {
    row,
    key: rowKey("finance", row),
    compare: String(amount),
    amount,
    section,
    periodMatches: opts.periodMatches ?? true,
    approximate: false,
    documentDate: opts.documentDate ?? "2025-03-20",
    line,
  };
}

describe("choosePrecedence", () => {
  it("keeps the statement over the five-year overview and reports the loser with both values and both lines", () => {
    const overview = result("five_year_overview", 40, 1_190_000);
    const statement = result("income_statement", 310, 1_234_567);
    const { rows, conflicts } = choosePrecedence("finance", [overview, statement]);
    expect(rows).toEqual([statement.row]);
    expect(conflicts).toEqual([
      {
        check_id: "precedence.conflict",
        subject: "finance:testdalen:2024:actual:result",
        document_id: REPORT_2024,
        source_line: 310,
        severity: "warning",
        federation_id: "testdalen",
        year: 2024,
        value: "1234567",
        other_value: "1190000",
        other_document_id: REPORT_2024,
        other_source_line: 40,
        message:
          "finance: 1234567 (income_statement, line 310) kept over 1190000 (five_year_overview, line 40) by precedence: primary source over summary",
        message_sv: "Två källor anger olika värden: 1234567 (rad 310; jämfört med 1190000, rad 40).",
      },
    ]);
  });

  it("keeps the year's own report over a later report's prior-year column, citing both documents", () => {
    const own = result("income_statement", 300, 1_234_567);
    const priorColumn = result("income_statement", 302, 1_234_000, {
      document: REPORT_2025,
      documentDate: "2026-03-18",
      periodMatches: false,
    });
    const { rows, conflicts } = choosePrecedence("finance", [priorColumn, own]);
    expect(rows).toEqual([own.row]);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({
      document_id: REPORT_2024,
      source_line: 300,
      other_document_id: REPORT_2025,
      other_source_line: 302,
    });
    expect(conflicts[0]!.message).toContain("the year's own report over a later report's comparison column");
  });

  it("notes a gap within the coarser unit's rounding as info", () => {
    // 1 235 tkr in the overview against 1 234 567 kr in the statement: the tkr figure is exact to ±500 kr.
    const { conflicts } = choosePrecedence("finance", [
      result("five_year_overview", 40, 1_235_000),
      result("income_statement", 310, 1_234_567),
    ]);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]!.severity).toBe("info");
    expect(conflicts[0]!.message).toContain("within the rounding of the coarser unit");
    // 1 236 tkr is not.
    const { conflicts: beyond } = choosePrecedence("finance", [
      result("five_year_overview", 40, 1_236_000),
      result("income_statement", 310, 1_234_567),
    ]);
    expect(beyond[0]!.severity).toBe("warning");
  });

  it("reports nothing when the values are equal", () => {
    const { rows, conflicts } = choosePrecedence("finance", [
      result("five_year_overview", 40, 1_234_567),
      result("income_statement", 310, 1_234_567),
    ]);
    expect(rows.map((r) => r.source_line)).toEqual([310]);
    expect(conflicts).toEqual([]);
  });

  it("keeps one row per key, in key order, and reports each differing loser", () => {
    const y2023 = result("income_statement", 305, -50_000, { year: 2023, periodMatches: false });
    const a = result("prose", 12, 1_100_000);
    const b = result("income_statement", 310, 1_234_567);
    const c = result("five_year_overview", 40, 1_200_000);
    const { rows, conflicts } = choosePrecedence("finance", [b, y2023, a, c]);
    expect(rows.map((r) => [r.year, r.source_line])).toEqual([
      [2023, 305],
      [2024, 310],
    ]);
    expect(conflicts.map((f) => [f.source_line, f.other_source_line, f.other_value])).toEqual([
      [310, 40, "1200000"],
      [310, 12, "1100000"],
    ]);
  });
  it("orders keys by their code units, not by locale: upper case before lower, ö after z", () => {
    const of = (federation: string, line: number) => {
      const c = result("income_statement", line, 1_000);
      const row = { ...c.row, federation_id: federation };
      return { ...c, row, key: rowKey("finance", row) };
    };
    // One key with two candidates among keys with one: the sort of keys and of a key's candidates together.
    const { rows } = choosePrecedence("finance", [
      of("testdalen-ö", 1),
      of("testdalen", 2),
      of("testdalen-z", 3),
      of("Testdalen", 4),
      of("testdalen", 5),
    ]);
    // The whole key's code units: "testdalen|2024|…" comes after "testdalen-ö|…" ("|" is U+007C, "-" U+002D).
    expect(rows.map((r) => [r.federation_id, r.source_line])).toEqual([
      ["Testdalen", 4],
      ["testdalen-z", 3],
      ["testdalen-ö", 1],
      ["testdalen", 2],
    ]);
  });
});
