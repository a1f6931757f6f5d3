// Datakvalitet: row counts, the data_quality findings, and a coverage matrix of which topics
// each federation reports for each year (counted from the published tables themselves).
import { emit, siteLabels, withWarehouse } from "../../loaders/site/queryWarehouse.ts";
import { TABLES } from "../../loaders/schema/tables.ts";

// topic → the rows that make it covered for a federation-year.
const TOPICS: Record<string, string> = {
  Deltagare: `SELECT federation_id, year FROM participant_count`,
  Bakgrund: `SELECT federation_id, year FROM participant_breakdown WHERE dimension NOT IN ('exit_outcome') AND population <> 'exited'`,
  Avslut: `SELECT federation_id, year FROM participant_breakdown WHERE population = 'exited'`,
  Ekonomi: `SELECT federation_id, year FROM finance WHERE basis = 'actual'`,
  Medlemsbidrag: `SELECT federation_id, year FROM member_contribution`,
  Insatsbudget: `SELECT federation_id, year FROM intervention_funding`,
  "Mål": `SELECT federation_id, year FROM goal`,
  Beslut: `SELECT federation_id, year(meeting_date) AS year FROM decision`,
  "Närvaro": `SELECT m.federation_id, year(m.date) AS year FROM attendance a JOIN meeting m USING (document_id)`,
};

const data = await withWarehouse(async (q) => ({
  // Exact counts (duckdb_tables' estimated_size is an estimate), with the Swedish summary.
  tables: await q(
    TABLES.map((t) => `SELECT '${t.name}' AS name, '${t.summarySv.replaceAll("'", "''")}' AS summary, count(*)::INTEGER AS rows FROM "${t.name}"`).join(" UNION ALL ") + " ORDER BY name",
  ),
  findings: await q(`
    SELECT severity, check_id, subject, document_id, source_line::INTEGER AS source_line, value, other_value, other_document_id, other_source_line::INTEGER AS other_source_line, message_sv
    FROM data_quality ORDER BY CASE severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, document_id, source_line, check_id, subject`),
  coverage: await q(`
    SELECT c.federation_id, f.name AS federation, c.year::INTEGER AS year, c.topic, count(*)::INTEGER AS rows FROM (
      ${Object.entries(TOPICS).map(([topic, sql]) => `SELECT federation_id, year, '${topic}' AS topic FROM (${sql})`).join(" UNION ALL ")}
    ) c JOIN federation f USING (federation_id) WHERE c.year IS NOT NULL GROUP BY ALL ORDER BY federation, year, topic`),
  // Core figures per annual report (loaders/reference/coreFigures.ts), with the unread numbers.
  core: await q(`
    SELECT c.document_id, f.name AS federation, d.period_year::INTEGER AS year, c.figure, c.label, c.status, c.source_line::INTEGER AS source_line
    FROM core_coverage c JOIN document d USING (document_id) JOIN federation f ON f.federation_id = d.federation_id
    ORDER BY federation, year DESC, c.document_id, c.status DESC, c.figure`),
  unread: await q(`
    SELECT document_id, source_line::INTEGER AS source_line, value FROM data_quality
    WHERE check_id = 'coverage.unread_number' ORDER BY document_id, source_line`),
  federations: await q(`SELECT federation_id, name FROM federation ORDER BY name, federation_id`),
  run: (await q(`SELECT run_id, code_version FROM load_run`))[0] ?? null,
}));
emit({ ...data, topics: Object.keys(TOPICS), labels: siteLabels() }, ["tables", "coverage"]);
