/**
 * Every document's extracted text of one federation, line by line, with the facts each line is
 * the source of, so "visa källa" can show any figure's line in its context. One query per topic
 * for the whole federation (not per document) keeps the build linear in the data.
 */
import { groupBy } from "./groupBy.ts";
import type { Query } from "../queryWarehouse.ts";
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

/** The federation's documents, as a subquery for `document_id IN …`. */
const DOCUMENTS = `(SELECT document_id FROM document WHERE federation_id = $1)`;

/** Each document's page data as JSON, by document id, for one federation's documents. */
export async function documentPages(q: Query, federationId: string): Promise<Map<string, string>> {
  const fed = [federationId];
  const documents = await q(
    `
    SELECT d.document_id, d.federation_id, f.name AS federation, d.kind, strftime(d.date, '%Y-%m-%d') AS date, d.title, d.source_file, d.sha256, d.text_source
    FROM document d JOIN federation f USING (federation_id) WHERE d.federation_id = $1 ORDER BY d.document_id`,
    fed,
  );
  // The text, a few million lines nationally, is written as JSON by DuckDB: turning each line
  // into a JavaScript object first took most of the build's page-data time.
  const lines = new Map(
    (
      await q(
        `SELECT document_id, to_json(list({'line': line::INTEGER, 'text': text} ORDER BY line))::VARCHAR AS json
        FROM document_line WHERE document_id IN ${DOCUMENTS} GROUP BY document_id`,
        fed,
      )
    ).map((r) => [String(r.document_id), String(r.json)]),
  );
  // Each topic's rows carry their document as `key`, ordered by it first.
  const topics = {
    cited: `
      SELECT document_id AS key, source_line::INTEGER AS line, string_agg(DISTINCT tbl, ', ' ORDER BY tbl) AS tables, count(*)::INTEGER AS facts,
        count(*) FILTER (WHERE obtained = 'curated')::INTEGER AS curated,
        string_agg(DISTINCT curation_reason, '; ' ORDER BY curation_reason) AS reasons FROM (
        ${FACT_TABLES.map((t) => `SELECT '${t}' AS tbl, document_id, source_line, ${OBTAINED.has(t) ? "obtained, curation_reason" : "NULL AS obtained, NULL AS curation_reason"} FROM ${t} WHERE document_id IN ${DOCUMENTS}`).join(" UNION ALL ")}
      ) WHERE source_line IS NOT NULL GROUP BY document_id, source_line ORDER BY key, line`,
    // Numbers a parser saw but could not read with certainty (not stored), by line.
    unread: `
      SELECT document_id AS key, source_line::INTEGER AS line, string_agg(coalesce(value, '?'), '; ' ORDER BY value) AS numbers
      FROM data_quality WHERE check_id = 'coverage.unread_number' AND document_id IN ${DOCUMENTS} AND source_line IS NOT NULL
      GROUP BY document_id, source_line ORDER BY key, line`,
  };
  const byTopic: Record<string, Map<string, Record<string, unknown>[]>> = {};
  for (const [topic, sql] of Object.entries(topics)) byTopic[topic] = groupBy(await q(sql, fed));
  return new Map(
    documents.map((document) => {
      const id = String(document.document_id);
      const text = lines.get(id);
      if (text === undefined)
        throw new Error(`site data: document "${id}" has no lines; is the warehouse loaded? (npm run load)`);
      const json = (value: unknown) => JSON.stringify(value);
      return [
        id,
        `{"document":${json(document)},"lines":${text},"cited":${json(byTopic.cited!.get(id) ?? [])},"unread":${json(byTopic.unread!.get(id) ?? [])}}`,
      ];
    }),
  );
}
