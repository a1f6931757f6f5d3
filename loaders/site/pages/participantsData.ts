/**
 * Deltagare: every participant count (whole federation and per intervention), with its source,
 * and each intervention's enrolled in percent of its budgeted places.
 * The lists of rows go into one chunk per federation (splitPageData.ts); the rest is the page's data file.
 */
import { namesOf, requireRows, siteLabels, type Query } from "../queryWarehouse.ts";

export async function participantsSummary(q: Query) {
  const rows = await namesOf(q);
  requireRows(rows, ["federations"]);
  return { ...rows, labels: siteLabels() };
}

/** The chunks' lists; `q` may answer for a batch of federations only. */
export async function participantsLists(q: Query) {
  return {
    counts: await q(`
    SELECT federation_id, intervention_id, year::INTEGER AS year, measure, gender, value::DOUBLE AS value, approximate, document_id, source_line::INTEGER AS source_line
    FROM participant_count ORDER BY federation_id, intervention_id NULLS FIRST, year, measure, gender`),
    // Enrolled in percent of the budgeted places, defined once in the intervention_year mart.
    utilisation: await q(`
    SELECT federation_id, intervention_id, year, place_utilisation AS utilisation FROM intervention_year WHERE place_utilisation IS NOT NULL ORDER BY ALL`),
  };
}
