// Ekonomi: the federation's accounts by year, what each kind of member paid, and each
// intervention's budget and actual funding beside its participants and positive exits.
import { POSITIVE_EXIT_OUTCOMES } from "../../loaders/reference/derived.ts";
import { emit, namesOf, siteLabels, withWarehouse } from "../../loaders/site/queryWarehouse.ts";

const positive = POSITIVE_EXIT_OUTCOMES.map((c) => `'${c}'`).join(", ");
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
  funding: await q(`
    SELECT f.federation_id, f.intervention_id, i.name AS intervention, f.year::INTEGER AS year, f.budget_sek::DOUBLE AS budget_sek, f.actual_sek::DOUBLE AS actual_sek,
      (SELECT value::DOUBLE FROM participant_count p WHERE p.intervention_id = f.intervention_id AND p.year = f.year AND measure = 'enrolled' AND gender = 'all') AS enrolled,
      (SELECT sum(value)::DOUBLE FROM participant_breakdown b WHERE b.intervention_id = f.intervention_id AND b.year = f.year AND dimension = 'exit_outcome' AND population = 'exited' AND category IN (${positive})) AS positive_exits,
      f.document_id, f.source_line::INTEGER AS source_line
    FROM intervention_funding f JOIN intervention i USING (intervention_id) ORDER BY ALL`),
}));
emit({ ...data, labels: siteLabels() }, ["federations", "finance"]);
