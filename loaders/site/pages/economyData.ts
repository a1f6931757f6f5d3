/**
 * Ekonomi: the federation's accounts by year, what each kind of member paid, and each
 * intervention's budget and actual funding beside its participants and positive exits.
 * The lists of rows go into one chunk per federation (splitPageData.ts); the rest is the page's data file.
 */
import { PAYER_OF_MEMBER_TYPE, PAYERS } from "../../reference/codes.ts";
import { paidByPayer, type Contribution } from "../payers.ts";
import { namesOf, requireRows, siteLabels, type Query } from "../queryWarehouse.ts";

export async function economySummary(q: Query) {
  const rows = await namesOf(q);
  requireRows(rows, ["federations"]);
  return { ...rows, payers: PAYERS, payerOf: PAYER_OF_MEMBER_TYPE, labels: siteLabels() };
}

/** The chunks' lists; `q` may answer for a batch of federations only. */
export async function economyLists(q: Query) {
  const rows = {
    finance: await q(`
    SELECT federation_id, year::INTEGER AS year, basis, item, amount_sek::DOUBLE AS amount_sek, source_label, document_id, source_line::INTEGER AS source_line
    FROM finance
    WHERE item IN ('revenue_operating', 'revenue_financial', 'cost_operating', 'result', 'equity_end', 'equity_guideline_cap', 'grants_paid', 'personnel_cost', 'other_external_cost', 'state_grant')
    ORDER BY ALL`),
    contributions: await q(`
    SELECT c.federation_id, c.year::INTEGER AS year, c.basis, c.member_id, m.name AS member, m.member_type, c.amount_sek::DOUBLE AS amount_sek, c.document_id, c.source_line::INTEGER AS source_line
    FROM member_contribution c JOIN member m USING (member_id) ORDER BY ALL`),
    // Funding beside participants and positive exits: the intervention_year mart.
    funding: await q(`
    SELECT y.federation_id, y.intervention_id, i.name AS intervention, y.year, y.budget_sek::DOUBLE AS budget_sek, y.actual_sek::DOUBLE AS actual_sek,
      y.enrolled::DOUBLE AS enrolled, y.positive_exits::DOUBLE AS positive_exits, y.cost_per_participant AS per_participant, y.cost_per_positive_exit AS per_positive, y.budget_deviation AS deviation,
      f.document_id, f.source_line::INTEGER AS source_line
    FROM intervention_year y JOIN intervention i USING (intervention_id) JOIN intervention_funding f USING (intervention_id, year) ORDER BY ALL`),
    // Other external costs net of the grants booked inside them, where they are: federation_year.
    costSplit: await q(`
    SELECT federation_id, year, other_cost_excluding_grants::DOUBLE AS other_cost_excluding_grants
    FROM federation_year WHERE other_cost_excluding_grants IS NOT NULL ORDER BY ALL`),
    // The whole federation's budget beside its actual accounts, per year with a budget: federation_year.
    federationBudget: await q(`
    WITH y AS (SELECT * FROM federation_year WHERE revenue_operating_budget IS NOT NULL OR cost_operating_budget IS NOT NULL OR result_budget IS NOT NULL),
    items AS (
      SELECT federation_id, year, 'revenue_operating' AS item, revenue_operating_budget AS budget_sek, revenue_operating AS actual_sek FROM y
      UNION ALL SELECT federation_id, year, 'cost_operating', cost_operating_budget, cost_operating FROM y
      UNION ALL SELECT federation_id, year, 'result', result_budget, result FROM y
    )
    SELECT i.federation_id, i.year, i.item, i.budget_sek::DOUBLE AS budget_sek, i.actual_sek::DOUBLE AS actual_sek,
      CASE WHEN i.budget_sek <> 0 THEN 100.0 * (i.actual_sek - i.budget_sek) / abs(i.budget_sek) END AS deviation,
      b.document_id, b.source_line::INTEGER AS source_line
    FROM items i LEFT JOIN finance b ON b.federation_id = i.federation_id AND b.year = i.year AND b.item = i.item AND b.basis = 'budget'
    WHERE i.budget_sek IS NOT NULL ORDER BY ALL`),
  };
  return { ...rows, paidByPayer: paidByPayer(rows.contributions as unknown as Contribution[]) };
}
