// Ekonomi: the federation's accounts by year, what each kind of member paid, and each
// intervention's budget and actual funding beside its participants and positive exits.
import { emit, namesOf, siteLabels, withWarehouse } from "../../loaders/site/queryWarehouse.ts";

const data = await withWarehouse(async (q) => ({
  ...(await namesOf(q)),
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
  // Share of revenue to interventions, each federation's latest year with one: federation_year.
  shares: await q(`
    SELECT f.federation_id, f.name AS federation, y.year, y.grants_paid::DOUBLE AS grants_paid, y.revenue_operating::DOUBLE AS revenue, y.share_to_interventions AS share,
      g.document_id, g.source_line::INTEGER AS source_line
    FROM federation f
    LEFT JOIN (SELECT * FROM federation_year WHERE share_to_interventions IS NOT NULL QUALIFY row_number() OVER (PARTITION BY federation_id ORDER BY year DESC) = 1) y USING (federation_id)
    LEFT JOIN finance g ON g.federation_id = y.federation_id AND g.year = y.year AND g.basis = 'actual' AND g.item = 'grants_paid'
    ORDER BY f.name, f.federation_id`),
}));
emit({ ...data, labels: siteLabels() }, ["federations", "finance"]);
