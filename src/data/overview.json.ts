// Översikt: one row per federation for the latest year it reports participants or finances,
// with every key figure or null ("uppgift saknas"), each with its source document and line.
import { POSITIVE_EXIT_OUTCOMES } from "../../loaders/reference/derived.ts";
import { emit, withWarehouse } from "../../loaders/site/queryWarehouse.ts";

const positive = POSITIVE_EXIT_OUTCOMES.map((c) => `'${c}'`).join(", ");
const data = await withWarehouse(async (q) => {
  const federations = await q(`
    WITH years AS (
      SELECT federation_id, max(year)::INTEGER AS year FROM (
        SELECT federation_id, year FROM participant_count UNION ALL SELECT federation_id, year FROM finance WHERE basis = 'actual'
      ) GROUP BY federation_id
    ),
    pc AS (SELECT * FROM participant_count WHERE intervention_id IS NULL),
    -- Harmonised exits and the gender split are summed over interventions, whose own tables classify
    -- every exit; a federation-year with no intervention rows falls back to its whole-federation rows
    -- (intervention NULL). The two are never added together.
    exits_by AS (
      SELECT federation_id, year, intervention_id IS NULL AS whole,
        sum(value) FILTER (WHERE category IN (${positive}))::INTEGER AS positive, sum(value)::INTEGER AS classified
      FROM participant_breakdown WHERE dimension = 'exit_outcome' AND population = 'exited' GROUP BY ALL
    ),
    exits AS (
      SELECT federation_id, year, positive, classified FROM exits_by e
      WHERE NOT whole OR NOT EXISTS (SELECT 1 FROM exits_by o WHERE o.federation_id = e.federation_id AND o.year = e.year AND NOT o.whole)
    ),
    gender_by AS (
      SELECT federation_id, year, intervention_id IS NULL AS whole,
        sum(value) FILTER (WHERE gender = 'woman')::INTEGER AS women, sum(value) FILTER (WHERE gender IN ('woman', 'man', 'nonbinary'))::INTEGER AS with_gender
      FROM participant_count WHERE measure = 'enrolled' GROUP BY ALL
    ),
    gender AS (
      SELECT federation_id, year, women, with_gender FROM gender_by g
      WHERE NOT whole OR NOT EXISTS (SELECT 1 FROM gender_by o WHERE o.federation_id = g.federation_id AND o.year = g.year AND NOT o.whole)
    ),
    fin AS (SELECT federation_id, year, item, amount_sek, document_id, source_line FROM finance WHERE basis = 'actual'),
    ind AS (SELECT * FROM indicator WHERE scope = 'federation' AND gender = 'all')
    SELECT f.federation_id, f.name, y.year,
      (SELECT value::INTEGER FROM pc WHERE pc.federation_id = f.federation_id AND pc.year = y.year AND measure = 'enrolled' AND gender = 'all') AS enrolled,
      (SELECT document_id || ':' || source_line FROM pc WHERE pc.federation_id = f.federation_id AND pc.year = y.year AND measure = 'enrolled' AND gender = 'all') AS enrolled_source,
      (SELECT women FROM gender g WHERE g.federation_id = f.federation_id AND g.year = y.year) AS enrolled_women,
      (SELECT with_gender FROM gender g WHERE g.federation_id = f.federation_id AND g.year = y.year) AS enrolled_with_gender,
      (SELECT value::INTEGER FROM pc WHERE pc.federation_id = f.federation_id AND pc.year = y.year AND measure = 'exited' AND gender = 'all') AS exited,
      (SELECT positive FROM exits e WHERE e.federation_id = f.federation_id AND e.year = y.year) AS positive_exits,
      (SELECT classified FROM exits e WHERE e.federation_id = f.federation_id AND e.year = y.year) AS classified_exits,
      (SELECT value::DOUBLE FROM ind WHERE ind.federation_id = f.federation_id AND ind.year = y.year AND indicator = 'positive_step_rate_reported' ORDER BY source_line LIMIT 1) AS positive_rate_reported,
      (SELECT value::DOUBLE FROM ind WHERE ind.federation_id = f.federation_id AND ind.year = y.year AND indicator = 'work_or_studies_rate_reported' ORDER BY source_line LIMIT 1) AS work_or_studies_rate_reported,
      (SELECT amount_sek::BIGINT::DOUBLE FROM fin WHERE fin.federation_id = f.federation_id AND fin.year = y.year AND item = 'revenue_operating') AS revenue,
      (SELECT amount_sek::BIGINT::DOUBLE FROM fin WHERE fin.federation_id = f.federation_id AND fin.year = y.year AND item = 'grants_paid') AS grants_paid,
      (SELECT amount_sek::BIGINT::DOUBLE FROM fin WHERE fin.federation_id = f.federation_id AND fin.year = y.year AND item = 'equity_end') AS equity_end,
      (SELECT amount_sek::BIGINT::DOUBLE FROM fin WHERE fin.federation_id = f.federation_id AND fin.year = y.year AND item = 'equity_guideline_cap') AS equity_cap
    FROM federation f LEFT JOIN years y USING (federation_id)
    ORDER BY f.name, f.federation_id`);
  const documents = await q(`SELECT document_id, federation_id, kind, strftime(date, '%Y-%m-%d') AS date, title FROM document ORDER BY federation_id, date, document_id`);
  return { federations, documents };
});
emit(data, ["federations"]);
