// Jämställdhet och jämlikhet: participants by gender per intervention, background breakdowns
// with the population they describe, survey figures by gender, and what each member pays
// against what interventions in its area receive.
import { emit, namesOf, siteLabels, withWarehouse } from "../../loaders/site/queryWarehouse.ts";

const data = await withWarehouse(async (q) => ({
  ...(await namesOf(q)),
  byGender: await q(`
    SELECT federation_id, intervention_id, year::INTEGER AS year, measure, gender, value::DOUBLE AS value, document_id, source_line::INTEGER AS source_line
    FROM participant_count WHERE gender <> 'all' AND measure IN ('enrolled', 'new', 'exited') ORDER BY ALL`),
  background: await q(`
    SELECT federation_id, intervention_id, year::INTEGER AS year, population, dimension, category, value::DOUBLE AS value, source_label, document_id, source_line::INTEGER AS source_line
    FROM participant_breakdown WHERE dimension IN ('age_band', 'education', 'time_in_support', 'income_source') AND population IN ('new', 'enrolled')
    ORDER BY ALL`),
  survey: await q(`
    SELECT federation_id, year::INTEGER AS year, scope, indicator, gender, value, unit, n, document_id, source_line::INTEGER AS source_line
    FROM indicator WHERE gender IN ('woman', 'man') ORDER BY ALL`),
  // Received = the intervention's actual funding times the member's share of it (intervention_member.share).
  paysReceives: await q(`
    WITH received AS (
      SELECT im.member_id, f.year, sum(f.actual_sek * im.share) AS received_sek, count(*)::INTEGER AS interventions,
        bool_or(im.share < 1) AS includes_shared
      FROM intervention_member im JOIN intervention_funding f USING (intervention_id) WHERE f.actual_sek IS NOT NULL GROUP BY ALL
    )
    SELECT c.federation_id, c.year::INTEGER AS year, c.member_id, m.name AS member, m.member_type, c.amount_sek::DOUBLE AS paid_sek,
      round(r.received_sek)::DOUBLE AS received_sek, r.interventions, r.includes_shared, c.document_id, c.source_line::INTEGER AS source_line
    FROM member_contribution c JOIN member m USING (member_id) LEFT JOIN received r ON r.member_id = c.member_id AND r.year = c.year
    WHERE c.basis = 'actual' AND m.member_type <> 'state' ORDER BY ALL`),
}));
emit({ ...data, labels: siteLabels() }, ["federations"]);
