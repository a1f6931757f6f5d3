/**
 * The extractions' row sets into the warehouse, read by DuckDB from the row files
 * (schema/extractionRows.ts) with a typed column list, and made rows in SQL: `coverage` as the
 * parsers state it, and each parser's finding as a `data_quality` row, with the Swedish message
 * `qualityRow` writes for a finding made in JavaScript. No JavaScript object per row.
 *
 * `data_quality` keeps the first finding of each key, in the order the load made them before:
 * the findings staged by normalising (precedence, unknown names, members), then the parsers'
 * (by document, then as the extraction lists them), then reconciliation's (LATE_FINDINGS).
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import type { RowFileRef } from "../input/readInputs.ts";
import { qualityCheck } from "../reference/codes.ts";
import { HEADER_BYTES } from "../schema/extractionRows.ts";
import { tableDef } from "../schema/tables.ts";
import { sqlString } from "./bulkInsert.ts";
import { LATE_FINDINGS } from "./stagedRows.ts";

/** What a row file's lines hold, by column (the header line reads as a row of no set). */
const ROW_COLUMNS = {
  set: "VARCHAR",
  i: "INTEGER",
  check_id: "VARCHAR",
  severity: "VARCHAR",
  subject: "VARCHAR",
  line: "INTEGER",
  value: "VARCHAR",
  other_value: "VARCHAR",
  other_line: "INTEGER",
  message: "VARCHAR",
  section: "VARCHAR",
  status: "VARCHAR",
  facts: "INTEGER",
  note: "VARCHAR",
};

const columnsSql = (columns: Record<string, string>) =>
  `{${Object.entries(columns)
    .map(([name, type]) => `${sqlString(name)}: ${sqlString(type)}`)
    .join(", ")}}`;

const readJson = (files: readonly string[], columns: Record<string, string>, extra = "") =>
  `read_json([${files.map(sqlString).join(", ")}], format = 'newline_delimited', records = true, ` +
  `columns = ${columnsSql(columns)}${extra})`;

const dataQuality = tableDef("data_quality");
const DQ_COLUMNS = Object.fromEntries(dataQuality.columns.map((c) => [c.name, c.type]));
const dqList = dataQuality.columns.map((c) => `"${c.name}"`).join(", ");
const keyOrder = (key: readonly string[]) => key.map((k) => `"${k}" NULLS FIRST`).join(", ");

/**
 * `swedishMessage` (normalize/qualityRow.ts) of a parser's finding, whose line is always set and
 * whose other line, if any, is in its own document. Lengths count characters where JavaScript
 * counts UTF-16 units: the same for every text without characters beyond U+FFFF.
 */
const MESSAGE_SV = `coalesce(sv.sv, 'Kontroll ' || r.check_id)
  || CASE WHEN r.value IS NULL THEN '' ELSE ': ' || CASE WHEN length(r.value) > 160 THEN left(r.value, 160) || ' …' ELSE r.value END END
  || ' (rad ' || r.line
  || CASE
       WHEN r.other_value IS NOT NULL THEN '; jämfört med ' || r.other_value || coalesce(', rad ' || r.other_line, '')
       WHEN r.other_line IS NOT NULL THEN '; jämfört med rad ' || r.other_line
       ELSE '' END
  || ').'`;

/**
 * Insert `coverage` and `data_quality` (both exist and are empty): the rows staged as JSON lines
 * (`files`, per staged table) and those of the row files. `stage` is the load's staging folder.
 */
export async function insertRowSets(
  conn: DuckDBConnection,
  files: ReadonlyMap<string, readonly string[]>,
  rowFiles: readonly RowFileRef[],
  stage: string,
): Promise<{ coverage: number; data_quality: number }> {
  const refs = join(stage, "row-files.jsonl");
  writeFileSync(refs, rowFiles.map((r) => `${JSON.stringify(r)}\n`).join(""));
  const refColumns = { file: "VARCHAR", document_id: "VARCHAR", federation_id: "VARCHAR", period_year: "INTEGER" };
  await conn.run(`CREATE TEMP TABLE row_file AS SELECT * FROM ${readJson([refs], refColumns)}`);
  // Each file read once (a header line holds most of a file's bytes): its rows kept for both tables.
  await conn.run(
    rowFiles.length === 0
      ? `CREATE TEMP TABLE extraction_row AS SELECT NULL::VARCHAR AS document_id, NULL::VARCHAR AS federation_id, ` +
          `NULL::INTEGER AS period_year, ${Object.entries(ROW_COLUMNS)
            .map(([n, t]) => `NULL::${t} AS "${n}"`)
            .join(", ")} LIMIT 0`
      : `CREATE TEMP TABLE extraction_row AS SELECT f.document_id, f.federation_id, f.period_year, r.* EXCLUDE (filename) ` +
          `FROM ${readJson(
            rowFiles.map((r) => r.file),
            ROW_COLUMNS,
            `, filename = true, maximum_object_size = ${HEADER_BYTES + 1}`,
          )} r JOIN row_file f ON f.file = r.filename WHERE r.set IS NOT NULL`,
  );
  const staged = (table: string) => files.get(table) ?? [];

  const coverage = tableDef("coverage");
  const coverageList = coverage.columns.map((c) => `"${c.name}"`).join(", ");
  const stagedCoverage = staged("coverage");
  await conn.run(
    `INSERT INTO coverage SELECT ${coverageList} FROM (
      SELECT document_id, section, status, line AS source_line, facts, note FROM extraction_row WHERE set = 'coverage'
      ${stagedCoverage.length ? `UNION ALL SELECT ${coverageList} FROM ${readJson(stagedCoverage, Object.fromEntries(coverage.columns.map((c) => [c.name, c.type])))}` : ""}
    ) ORDER BY ${keyOrder(coverage.key)}`,
  );

  await conn.run(
    `CREATE TEMP TABLE check_sv AS SELECT * FROM (VALUES ${qualityCheck.entries.map((e) => `(${sqlString(e.code)}, ${sqlString(e.sv)})`).join(", ")}) t(code, sv)`,
  );
  const stagedPart = (table: string, phase: number) =>
    staged(table).length
      ? `UNION ALL SELECT ${dqList}, ${phase} AS phase, 0 AS i FROM ${readJson(staged(table), DQ_COLUMNS)}`
      : "";
  await conn.run(
    `INSERT INTO data_quality SELECT ${dqList} FROM (
      SELECT r.check_id, r.subject, r.document_id, r.line AS source_line, r.severity, r.federation_id,
        r.period_year AS year, r.value, r.other_value,
        CASE WHEN r.other_line IS NULL THEN NULL ELSE r.document_id END AS other_document_id,
        r.other_line AS other_source_line, r.message, ${MESSAGE_SV} AS message_sv, 1 AS phase, r.i
      FROM extraction_row r LEFT JOIN check_sv sv ON sv.code = r.check_id WHERE r.set = 'finding'
      ${stagedPart("data_quality", 0)}
      ${stagedPart(LATE_FINDINGS, 2)}
    ) QUALIFY row_number() OVER (PARTITION BY ${dataQuality.key.map((k) => `"${k}"`).join(", ")} ORDER BY phase, i) = 1
    ORDER BY ${keyOrder(dataQuality.key)}`,
  );
  await conn.run("DROP TABLE extraction_row; DROP TABLE row_file; DROP TABLE check_sv");
  const count = async (table: string) =>
    Number((await (await conn.run(`SELECT count(*) FROM "${table}"`)).getRows())[0]![0]);
  return { coverage: await count("coverage"), data_quality: await count("data_quality") };
}
