// Deltagare: every participant count (whole federation and per intervention), with its source,
// and each intervention's enrolled in percent of its budgeted places.
import { emit, namesOf, siteLabels, withWarehouse } from "../../loaders/site/queryWarehouse.ts";

const data = await withWarehouse(async (q) => ({
  ...(await namesOf(q)),
  counts: await q(`
    SELECT federation_id, intervention_id, year::INTEGER AS year, measure, gender, value::DOUBLE AS value, approximate, document_id, source_line::INTEGER AS source_line
    FROM participant_count ORDER BY federation_id, intervention_id NULLS FIRST, year, measure, gender`),
  // Enrolled in percent of the budgeted places, defined once in the intervention_year mart.
  utilisation: await q(`
    SELECT intervention_id, year, place_utilisation AS utilisation FROM intervention_year WHERE place_utilisation IS NOT NULL ORDER BY ALL`),
}));
emit({ ...data, labels: siteLabels() }, ["federations", "counts"]);
