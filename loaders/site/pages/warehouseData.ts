/**
 * Datakvalitet: row counts, the data_quality findings, and a coverage matrix of which topics
 * each federation reports for each year (counted from the published tables themselves).
 * Aggregated here, not in the browser, so the page stays small at national scale: findings
 * are counted per check, severity and federation, and only the first FINDINGS_SHOWN of each
 * check and severity are listed (the full list is data_quality.csv).
 * The core-figure rows go into one chunk per federation (splitPageData.ts).
 */
import { TABLES } from "../../schema/tables.ts";
import { requireRows, siteLabels, type Query } from "../queryWarehouse.ts";

// topic → the rows that make it covered for a federation-year.
const TOPICS: Record<string, string> = {
  Deltagare: `SELECT federation_id, year FROM participant_count`,
  Bakgrund: `SELECT federation_id, year FROM participant_breakdown WHERE dimension NOT IN ('exit_outcome') AND population <> 'exited'`,
  Avslut: `SELECT federation_id, year FROM participant_breakdown WHERE population = 'exited'`,
  Ekonomi: `SELECT federation_id, year FROM finance WHERE basis = 'actual'`,
  Medlemsbidrag: `SELECT federation_id, year FROM member_contribution`,
  Insatsbudget: `SELECT federation_id, year FROM intervention_funding`,
  Mål: `SELECT federation_id, year FROM goal`,
  Beslut: `SELECT federation_id, year(meeting_date) AS year FROM decision`,
  Närvaro: `SELECT m.federation_id, year(m.date) AS year FROM attendance a JOIN meeting m USING (document_id)`,
};

/**
 * Findings listed per check and severity; every filter the page offers shows at most this many
 * (25: at 75 federations × 15 years, 50 filled half of the page's 1 MB).
 */
const FINDINGS_SHOWN = 25;
/** Unread numbers listed per report (the rest are counted). */
const UNREAD_SHOWN = 12;
const FINDING_ORDER = `CASE severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, document_id, source_line, check_id, subject`;

export async function warehouseSummary(q: Query) {
  const rows = {
    // Exact counts (duckdb_tables' estimated_size is an estimate), with the Swedish summary.
    tables: await q(
      TABLES.map(
        (t) =>
          `SELECT '${t.name}' AS name, '${t.summarySv.replaceAll("'", "''")}' AS summary, count(*)::INTEGER AS rows FROM "${t.name}"`,
      ).join(" UNION ALL ") + " ORDER BY name",
    ),
    findingCounts: await q(`
    SELECT severity, check_id, federation_id, count(*)::INTEGER AS n FROM data_quality GROUP BY ALL ORDER BY ALL`),
    // The first of each check and severity in the page's order, so any filter's first
    // FINDINGS_SHOWN are among them and keep that order.
    findings: await q(`
    SELECT severity, check_id, subject, document_id, source_line::INTEGER AS source_line, value, other_value, other_document_id, other_source_line::INTEGER AS other_source_line, message_sv
    FROM data_quality QUALIFY row_number() OVER (PARTITION BY severity, check_id ORDER BY ${FINDING_ORDER}) <= ${FINDINGS_SHOWN}
    ORDER BY ${FINDING_ORDER}`),
    findingsShown: FINDINGS_SHOWN,
    // One row per federation-year: the topics it has rows for (alphabetical) and their row counts.
    coverage: await q(`
    SELECT federation_id, year, list(topic ORDER BY topic) AS topics, list(n ORDER BY topic) AS rows FROM (
      SELECT c.federation_id, c.year::INTEGER AS year, c.topic, count(*)::INTEGER AS n FROM (
        ${Object.entries(TOPICS)
          .map(([topic, sql]) => `SELECT federation_id, year, '${topic}' AS topic FROM (${sql})`)
          .join(" UNION ALL ")}
      ) c WHERE c.year IS NOT NULL GROUP BY ALL
    ) JOIN federation f USING (federation_id) GROUP BY federation_id, f.name, year ORDER BY f.name, year`),
    federations: await q(`SELECT federation_id, name FROM federation ORDER BY name, federation_id`),
    run: (await q(`SELECT run_id, code_version FROM load_run`))[0] ?? null,
  };
  requireRows(rows, ["tables", "coverage"]);
  return { ...rows, topics: Object.keys(TOPICS), labels: siteLabels() };
}

/** The chunks' lists; `q` may answer for a batch of federations only. */
export async function warehouseLists(q: Query) {
  return {
    // Core figures per annual report (loaders/reference/coreFigures.ts), one row per report, with
    // the first of its unread numbers and their count.
    core: await q(`
    WITH unread AS (
      SELECT document_id, count(*)::INTEGER AS unread_count,
        list({source_line: source_line::INTEGER, value: value} ORDER BY source_line, value)[1:${UNREAD_SHOWN}] AS unread
      FROM data_quality WHERE check_id = 'coverage.unread_number' GROUP BY document_id)
    SELECT c.document_id, d.federation_id, d.period_year::INTEGER AS year,
      count(*)::INTEGER AS expected, count(*) FILTER (WHERE c.status <> 'missing')::INTEGER AS found,
      count(*) FILTER (WHERE c.status = 'curated')::INTEGER AS curated,
      coalesce(string_agg(c.label, ', ' ORDER BY c.figure) FILTER (WHERE c.status = 'missing'), '') AS missing,
      coalesce(any_value(u.unread_count), 0) AS unread_count, coalesce(any_value(u.unread), []) AS unread
    FROM core_coverage c JOIN document d USING (document_id) JOIN federation f ON f.federation_id = d.federation_id
      LEFT JOIN unread u USING (document_id)
    GROUP BY c.document_id, d.federation_id, f.name, d.period_year ORDER BY f.name, year DESC, c.document_id`),
  };
}
