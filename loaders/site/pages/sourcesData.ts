/**
 * Källor: every document in the warehouse, with its file, checksum, size and what was read from
 * it. The documents go into one chunk per federation (splitPageData.ts); the page's data file
 * keeps each federation's totals.
 */
import { siteLabels, type Query } from "../queryWarehouse.ts";

/** Per document: its lines, the facts read from it and its data-quality findings. */
const PER_DOCUMENT = `
  WITH per_document AS (
    SELECT d.*, coalesce(l.n, 0)::INTEGER AS lines, c.n::INTEGER AS facts, coalesce(q.n, 0)::INTEGER AS findings
    FROM document d
    LEFT JOIN (SELECT document_id, count(*) AS n FROM document_line GROUP BY ALL) l USING (document_id)
    LEFT JOIN (SELECT document_id, sum(facts) AS n FROM coverage GROUP BY ALL) c USING (document_id)
    LEFT JOIN (SELECT document_id, count(*) AS n FROM data_quality GROUP BY ALL) q USING (document_id)
  )`;

export async function sourcesSummary(q: Query) {
  const rows = {
    federations: await q(`SELECT federation_id, name FROM federation ORDER BY name, federation_id`),
    totals: await q(`${PER_DOCUMENT}
      SELECT f.federation_id, f.name AS federation, count(d.document_id)::INTEGER AS documents, coalesce(sum(d.lines), 0)::INTEGER AS lines,
        sum(d.facts)::INTEGER AS facts, coalesce(sum(d.findings), 0)::INTEGER AS findings
      FROM federation f LEFT JOIN per_document d USING (federation_id) GROUP BY ALL ORDER BY f.name, f.federation_id`),
  };
  return { ...rows, labels: siteLabels() };
}

/** The chunks' lists; `q` may answer for a batch of federations only. */
export async function sourcesLists(q: Query) {
  return {
    documents: await q(`${PER_DOCUMENT}
      SELECT d.document_id, d.federation_id, f.name AS federation, d.kind, strftime(d.date, '%Y-%m-%d') AS date, d.period_year::INTEGER AS period_year, d.title, d.source_file, d.sha256,
        d.lines, d.facts, d.findings
      FROM per_document d JOIN federation f USING (federation_id) ORDER BY f.name, d.date, d.document_id`),
  };
}
