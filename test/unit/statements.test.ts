import { describe, expect, it } from "vitest";
import { parseAnnualReport } from "../../loaders/extract/templates/kalmar/parseAnnualReport.ts";
import { parseFinancialStatements } from "../../loaders/extract/templates/kalmar/parseFinancialStatements.ts";
import { parseSummaryTables } from "../../loaders/extract/templates/kalmar/parseSummaryTables.ts";
import { docOf, reportLines } from "../helpers.ts";
import type { AnyFact } from "../helpers.ts";

const money = (facts: AnyFact[], section: string, item: string, year: number, basis = "actual") =>
  facts.find(
    (f) => f.table === "finance" && f.section === section && f.item === item && f.year === year && f.basis === basis,
  )?.amount_sek;

describe("financial statements on the real report", () => {
  const { facts: raw, findings } = parseFinancialStatements(docOf(reportLines()));
  const facts = raw as AnyFact[];

  it("reads the income statement, skipping the note column", () => {
    expect(money(facts, "income_statement", "revenue_operating", 2024)).toBe(16189674);
    expect(money(facts, "income_statement", "cost_operating", 2024)).toBe(17607130);
    expect(money(facts, "income_statement", "result", 2023)).toBe(-2514752);
  });

  it("reads the balance sheet's 'Eget Kapital' as opening equity", () => {
    expect(money(facts, "balance_sheet", "equity_start", 2024)).toBe(1338903);
    expect(money(facts, "balance_sheet", "receivables_total", 2024)).toBe(128980);
    expect(money(facts, "balance_sheet", "cash_end", 2024)).toBe(4380817);
  });

  it("reads the five-year overview's 'Soliditet' as equity in kronor", () => {
    expect(money(facts, "five_year_overview", "equity_end", 2024)).toBe(20779);
    expect(money(facts, "five_year_overview", "revenue_operating", 2024)).toBe(16289006);
    expect(facts.find((f) => f.table === "finance" && f.item === "staff_fte" && f.year === 2024)?.value).toBe(2.875);
  });

  it("reads 'Belopp tkr' cells as kronor and says so", () => {
    expect(money(facts, "operating_budget", "net_cost", 2024, "budget")).toBe(17507000);
    expect(money(facts, "operating_budget", "cash_end", 2024)).toBe(4380817);
    expect(findings.some((f) => f.check_id === "statement.unit_mislabelled")).toBe(true);
  });

  it("reads member contributions for both years", () => {
    const c = facts.filter((f) => f.table === "member_contribution");
    expect(c.find((f) => f.member === "Oskarshmns Kommun" && f.year === 2024)?.amount_sek).toBe(436382);
    expect(c.find((f) => f.member === "staten" && f.year === 2023)?.amount_sek).toBe(8010000);
    expect(c.length).toBe(28);
  });

  it("reads note 2's subtotals and note 3's lines", () => {
    expect(money(facts, "note_2", "personnel_cost", 2024)).toBe(3517982);
    expect(money(facts, "note_2", "grants_paid", 2023)).toBe(13322815);
    expect(money(facts, "note_3", "receivable:ovriga-kortfristiga-fordr", 2023)).toBe(212130);
  });
});

describe("summary tables", () => {
  const { facts: raw, findings } = parseSummaryTables(docOf(reportLines()));
  const facts = raw as AnyFact[];
  it("reads table 1 and the SUMMA row", () => {
    expect(
      facts.find(
        (f) =>
          f.table === "participant_count" &&
          f.section === "table1" &&
          f.intervention === "Vägknuten" &&
          f.measure === "enrolled",
      )?.value,
    ).toBe(35);
    expect(
      facts.find(
        (f) =>
          f.table === "participant_count" &&
          f.section === "table1" &&
          f.intervention === null &&
          f.measure === "exited",
      )?.value,
    ).toBe(159);
  });
  it("reads fourteen years of table 2", () => {
    const t2 = facts.filter(
      (f) => f.table === "participant_count" && f.section === "table2" && f.measure === "enrolled",
    );
    expect(t2.length).toBe(14);
    expect(t2.find((f) => f.year === 2011)?.value).toBe(178);
  });
  it("reads budget vs actual per intervention and the shared pot", () => {
    const pontibus = facts.find((f) => f.table === "intervention_funding" && f.intervention.startsWith("Pontibus"));
    expect(
      pontibus && pontibus.table === "intervention_funding" ? [pontibus.actual_sek, pontibus.budget_sek] : [],
    ).toEqual([1411976, 1413000]);
    const miljonen = facts.find((f) => f.table === "intervention_funding" && f.intervention === "miljonen");
    expect(miljonen && miljonen.table === "intervention_funding" ? miljonen.budget_sek : null).toBe(350000);
    expect(findings.filter((f) => f.check_id === "intervention_budget.shared_pot").length).toBe(4);
  });
  it("reports a table row with a missing column", () => {
    const lines = reportLines().map((l) => (l.startsWith("KRUS 30 48") ? "KRUS 30 48 25 29" : l));
    const out = parseSummaryTables(docOf(lines));
    const f = out.findings.find((x) => x.check_id === "table1.column_count");
    expect(f?.line).toBe(660);
    expect(
      out.facts.some((x) => x.table === "participant_count" && x.section === "table1" && x.intervention === "KRUS"),
    ).toBe(false);
  });
});

describe("a truncated report", () => {
  it("names the missing sections and still returns what it could read", () => {
    const out = parseAnnualReport(docOf(reportLines().slice(0, 900)));
    const missing = out.findings.filter((f) => f.check_id === "document.section_missing").map((f) => f.subject);
    expect(missing).toContain("coverage:income_statement");
    expect(missing).toContain("coverage:appendices");
    expect(out.facts.some((f) => f.section === "table1")).toBe(true);
  });
});
