// Deltagare: every participant count (whole federation and per intervention), with its source.
import { emit, namesOf, siteLabels, withWarehouse } from "../../loaders/site/queryWarehouse.ts";

const data = await withWarehouse(async (q) => ({
  ...(await namesOf(q)),
  counts: await q(`
    SELECT federation_id, intervention_id, year::INTEGER AS year, measure, gender, value::DOUBLE AS value, approximate, document_id, source_line::INTEGER AS source_line
    FROM participant_count ORDER BY federation_id, intervention_id NULLS FIRST, year, measure, gender`),
}));
emit({ ...data, labels: siteLabels() }, ["federations", "counts"]);
