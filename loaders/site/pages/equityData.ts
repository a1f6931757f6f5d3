/**
 * Jämställdhet och jämlikhet: participants by gender per intervention, background breakdowns
 * with the population they describe, survey figures by gender, and what each member pays
 * against what interventions in its area receive.
 * The lists of rows go into one chunk per federation (splitPageData.ts); the rest is the page's data file.
 */
import { namesOf, requireRows, siteLabels, type Query } from "../queryWarehouse.ts";

export async function equitySummary(q: Query) {
  const rows = await namesOf(q);
  requireRows(rows, ["federations"]);
  return { ...rows, labels: siteLabels() };
}

/** The chunks' lists; `q` may answer for a batch of federations only. */
export async function equityLists(q: Query) {
  return {
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
    // What each member pays against what interventions in its area receive: the member_year mart.
    paysReceives: await q(`
    SELECT y.federation_id, y.year, y.member_id, m.name AS member, m.member_type, y.paid_sek::DOUBLE AS paid_sek, y.received_sek, y.interventions, y.includes_shared,
      y.paid_document_id AS document_id, y.paid_source_line AS source_line
    FROM member_year y JOIN member m USING (member_id)
    WHERE y.paid_sek IS NOT NULL AND m.member_type <> 'state' ORDER BY ALL`),
  };
}
