/**
 * One document's extracted text, line by line, with the facts each line is the source of, so
 * "visa källa" can show any figure's line in its context.
 */
import { requireRows, siteLabels, type Query } from "../queryWarehouse.ts";
// Every fact table with provenance; the line a fact came from is its source_line.
const FACT_TABLES = [
  "participant_count",
  "participant_breakdown",
  "finance",
  "member_contribution",
  "intervention_funding",
  "decision",
  "allocation",
  "goal",
  "indicator",
  "member",
];
/** Tables whose rows say how they were obtained (parsed or curated); decisions are always parsed. */
const OBTAINED = new Set([
  "participant_count",
  "participant_breakdown",
  "finance",
  "member_contribution",
  "intervention_funding",
  "goal",
  "indicator",
  "member",
]);

export async function documentPage(q: Query, id: string) {
  const doc = [id];
  const data = {
    document: (
      await q(
        `
      SELECT d.document_id, d.federation_id, f.name AS federation, d.kind, strftime(d.date, '%Y-%m-%d') AS date, d.title, d.source_file, d.sha256, d.text_source
      FROM document d JOIN federation f USING (federation_id) WHERE d.document_id = $1`,
        doc,
      )
    )[0],
    lines: await q(`SELECT line::INTEGER AS line, text FROM document_line WHERE document_id = $1 ORDER BY line`, doc),
    cited: await q(
      `
      SELECT source_line::INTEGER AS line, string_agg(DISTINCT tbl, ', ' ORDER BY tbl) AS tables, count(*)::INTEGER AS facts,
        count(*) FILTER (WHERE obtained = 'curated')::INTEGER AS curated,
        string_agg(DISTINCT curation_reason, '; ' ORDER BY curation_reason) AS reasons FROM (
        ${FACT_TABLES.map((t) => (OBTAINED.has(t) ? `SELECT '${t}' AS tbl, source_line, obtained, curation_reason FROM ${t} WHERE document_id = $1` : `SELECT '${t}' AS tbl, source_line, NULL AS obtained, NULL AS curation_reason FROM ${t} WHERE document_id = $1`)).join(" UNION ALL ")}
      ) WHERE source_line IS NOT NULL GROUP BY source_line ORDER BY source_line`,
      doc,
    ),
    // Numbers a parser saw but could not read with certainty (not stored), by line.
    unread: await q(
      `
      SELECT source_line::INTEGER AS line, string_agg(coalesce(value, '?'), '; ' ORDER BY value) AS numbers
      FROM data_quality WHERE check_id = 'coverage.unread_number' AND document_id = $1 AND source_line IS NOT NULL
      GROUP BY source_line ORDER BY source_line`,
      doc,
    ),
  };
  if (!data.document) throw new Error(`site data: no document "${id}" in the warehouse`);
  requireRows(data, ["lines"]);
  return { ...data, labels: siteLabels() };
}
