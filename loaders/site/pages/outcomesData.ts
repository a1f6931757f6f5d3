/**
 * Resultat: exit outcomes and income source at exit per intervention and year, the exits they
 * classify, the federations' own positive-step targets and reported rates.
 * The lists of rows go into one chunk per federation (splitPageData.ts); the rest is the page's data file.
 */
import { POSITIVE_EXIT_OUTCOMES } from "../../reference/derived.ts";
import { namesOf, requireRows, siteLabels, type Query } from "../queryWarehouse.ts";

export async function outcomesSummary(q: Query) {
  const rows = {
    ...(await namesOf(q)),
    // Each federation's latest year with exits, on the whole-federation basis of exit_summary (its
    // own rows, or its interventions' tables summed where it reports none), with the exits it does not
    // classify as "unknown", so a bar is all of its exits.
    latestExits: await q(`
    WITH basis AS (
      SELECT federation_id, year, exit_basis, exited, classified_exits FROM exit_summary WHERE intervention_id IS NULL
      QUALIFY row_number() OVER (PARTITION BY federation_id ORDER BY year DESC) = 1
    ),
    rows AS (
      SELECT b.federation_id, b.year, p.category, p.value, p.document_id
      FROM basis b JOIN participant_breakdown p ON p.federation_id = b.federation_id AND p.year = b.year
        AND p.dimension = 'exit_outcome' AND p.population = 'exited' AND (p.intervention_id IS NULL) = (b.exit_basis = 'federation')
      UNION ALL
      SELECT federation_id, year, 'unknown', exited - classified_exits, NULL FROM basis WHERE exited > classified_exits
    )
    SELECT federation_id, year::INTEGER AS year, category, sum(value)::DOUBLE AS value, min(document_id) AS document_id
    FROM rows GROUP BY ALL ORDER BY federation_id, category`),
  };
  requireRows(rows, ["federations"]);
  return { ...rows, positiveOutcomes: POSITIVE_EXIT_OUTCOMES, labels: siteLabels() };
}

/** The chunks' lists; `q` may answer for a batch of federations only. */
export async function outcomesLists(q: Query) {
  return {
    breakdown: await q(`
    SELECT federation_id, intervention_id, year::INTEGER AS year, dimension, category, value::DOUBLE AS value, source_label, document_id, source_line::INTEGER AS source_line
    FROM participant_breakdown WHERE population = 'exited' AND dimension IN ('exit_outcome', 'income_source')
    ORDER BY federation_id, intervention_id NULLS FIRST, year, dimension, category`),
    exited: await q(`
    SELECT federation_id, intervention_id, year::INTEGER AS year, value::DOUBLE AS value, document_id, source_line::INTEGER AS source_line
    FROM participant_count WHERE measure = 'exited' AND gender = 'all' ORDER BY ALL`),
    // The federation's own positive-step goal; its target is the line the harmonised rate is read against.
    targets: await q(`
    SELECT federation_id, year::INTEGER AS year, indicator, target, outcome, goal_text, document_id, source_line::INTEGER AS source_line
    FROM goal WHERE indicator = 'positive_step_rate_reported' AND target IS NOT NULL ORDER BY ALL`),
    reported: await q(`
    SELECT federation_id, year::INTEGER AS year, scope, indicator, value, n, document_id, source_line::INTEGER AS source_line
    FROM indicator WHERE indicator IN ('positive_step_rate_reported', 'work_or_studies_rate_reported') AND gender = 'all' ORDER BY ALL`),
    // The harmonised rate, defined once in the marts (loaders/warehouse/marts.ts).
    rates: await q(`
    SELECT federation_id, intervention_id, year, positive_exits::DOUBLE AS positive, rate_denominator::DOUBLE AS classified, positive_step_rate AS rate, rate_lower_bound
    FROM exit_summary ORDER BY federation_id, intervention_id NULLS FIRST, year`),
    federationRates: await q(`
    SELECT federation_id, year, positive_exits::DOUBLE AS positive, rate_denominator::DOUBLE AS classified, positive_step_rate AS rate, exit_basis,
      work_or_studies_exits::DOUBLE AS work_or_studies, work_or_studies_rate, rate_lower_bound, classified_exits::DOUBLE AS known, exited::DOUBLE AS exited
    FROM federation_year WHERE classified_exits IS NOT NULL ORDER BY ALL`),
  };
}
