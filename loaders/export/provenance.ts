/** The provenance table: every row that has document_id and source_line → that line's text. */
import { TABLES } from "../schema/tables.ts";

export function provenanceSql(): string {
  const withSource = TABLES.filter(
    (t) =>
      ["document_id", "source_line"].every((c) => t.columns.some((x) => x.name === c)) &&
      !["data_quality", "coverage", "core_coverage"].includes(t.name),
  );
  const parts = withSource.map((t) => {
    const key = t.key
      .filter((k) => k !== "document_id" || t.key.length === 1)
      .map((k) => `'${k}=' || coalesce(CAST("${k}" AS VARCHAR), '')`)
      .join(` || '; ' || `);
    return `SELECT '${t.name}' AS table_name, ${key} AS fact_key, document_id, source_line FROM "${t.name}"`;
  });
  return `SELECT p.table_name, p.fact_key, p.document_id, p.source_line, l.text AS source_text
    FROM (${parts.join(" UNION ALL ")}) p LEFT JOIN document_line l ON l.document_id = p.document_id AND l.line = p.source_line
    ORDER BY p.table_name, p.fact_key, p.document_id, p.source_line NULLS FIRST`;
}
