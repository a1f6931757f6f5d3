// Resultat: exit outcomes and income source at exit per intervention and year, the exits they
// classify, the federations' own positive-step targets and reported rates.
import { POSITIVE_EXIT_OUTCOMES } from "../../loaders/reference/derived.ts";
import { emit, namesOf, siteLabels, withWarehouse } from "../../loaders/site/queryWarehouse.ts";

const data = await withWarehouse(async (q) => ({
  ...(await namesOf(q)),
  breakdown: await q(`
    SELECT federation_id, intervention_id, year::INTEGER AS year, dimension, category, value::DOUBLE AS value, source_label, document_id, source_line::INTEGER AS source_line
    FROM participant_breakdown WHERE population = 'exited' AND dimension IN ('exit_outcome', 'income_source')
    ORDER BY federation_id, intervention_id NULLS FIRST, year, dimension, category`),
  exited: await q(`
    SELECT federation_id, intervention_id, year::INTEGER AS year, value::DOUBLE AS value, document_id, source_line::INTEGER AS source_line
    FROM participant_count WHERE measure = 'exited' AND gender = 'all' ORDER BY ALL`),
  // Each federation's latest year with intervention exit tables, summed over its interventions
  // (categories in the order they first appear, as the per-intervention rows list them).
  latestExits: await q(`
    WITH iv AS (
      SELECT federation_id, intervention_id, year, category, value FROM participant_breakdown
      WHERE population = 'exited' AND dimension = 'exit_outcome' AND intervention_id IS NOT NULL
    )
    SELECT federation_id, year::INTEGER AS year, category, sum(value)::DOUBLE AS value
    FROM iv WHERE year = (SELECT max(year) FROM iv AS l WHERE l.federation_id = iv.federation_id)
    GROUP BY federation_id, year, category ORDER BY federation_id, min(intervention_id), category`),
  // The federation's own positive-step goal; its target is the line the harmonised rate is read against.
  targets: await q(`
    SELECT federation_id, year::INTEGER AS year, indicator, target, outcome, goal_text, document_id, source_line::INTEGER AS source_line
    FROM goal WHERE indicator = 'positive_step_rate_reported' AND target IS NOT NULL ORDER BY ALL`),
  reported: await q(`
    SELECT federation_id, year::INTEGER AS year, scope, indicator, value, n, document_id, source_line::INTEGER AS source_line
    FROM indicator WHERE indicator IN ('positive_step_rate_reported', 'work_or_studies_rate_reported') AND gender = 'all' ORDER BY ALL`),
  // The harmonised rate, defined once in the marts (loaders/warehouse/marts.ts).
  rates: await q(`
    SELECT federation_id, intervention_id, year, positive_exits::DOUBLE AS positive, rate_denominator::DOUBLE AS classified, positive_step_rate AS rate
    FROM exit_summary ORDER BY federation_id, intervention_id NULLS FIRST, year`),
  federationRates: await q(`
    SELECT federation_id, year, positive_exits::DOUBLE AS positive, rate_denominator::DOUBLE AS classified, positive_step_rate AS rate, exit_basis
    FROM federation_year WHERE classified_exits IS NOT NULL ORDER BY ALL`),
}));
emit({ ...data, positiveOutcomes: POSITIVE_EXIT_OUTCOMES, labels: siteLabels() }, ["federations", "breakdown"]);
