/**
 * The published tables as files, written by DuckDB itself so types and values stay exact:
 * `<table>.csv` (RFC 4180, UTF-8, header, ISO dates, "." decimals, every text value quoted,
 * empty field = NULL; no table holds an empty string, see emptyStrings.ts) and
 * `<table>.parquet`, plus the fact tables Hive-partitioned by federation and year. Rows are in
 * key order and every Parquet file is written on one thread, so the same warehouse gives the same bytes.
 */
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { MARTS } from "../warehouse/marts.ts";
import { TABLES, type TableDef } from "../schema/tables.ts";
import { emptyStrings } from "./emptyStrings.ts";
import { materializeMarts } from "./materializeMarts.ts";
import { listFiles } from "./packageFiles.ts";

/**
 * The published tables, then the marts (views of derived measures, so researchers get the same
 * figures the site shows). load_run changes with every load (timestamps); it stays in the DuckDB
 * file and datapackage.json.
 */
export const EXPORTED_TABLES: readonly TableDef[] = [
  ...TABLES.filter((t) => t.name !== "load_run"),
  ...MARTS.map(({ sql: _sql, ...m }): TableDef => ({ ...m, nullableKey: true })),
];

const MART_NAMES = new Set(MARTS.map((m) => m.name));
/** Fact tables with federation_id and year: these are also partitioned for object-storage engines. */
export const PARTITIONED_TABLES: readonly TableDef[] = EXPORTED_TABLES.filter(
  (t) =>
    ["federation_id", "year"].every((c) => t.columns.some((x) => x.name === c)) &&
    t.name !== "data_quality" &&
    !MART_NAMES.has(t.name),
);

const quote = (path: string) => `'${path.replaceAll("'", "''")}'`;
/**
 * Text columns are always quoted (NULL stays an unquoted empty field): a reader that trims
 * unquoted leading blanks (the CSV parser of the Frictionless JavaScript library) still gets
 * the line as extracted.
 */
const textColumns = (t: TableDef) => t.columns.filter((c) => c.type === "VARCHAR").map((c) => `"${c.name}"`);
const forceQuote = (t: TableDef) => (textColumns(t).length ? `, FORCE_QUOTE (${textColumns(t).join(", ")})` : "");
const keyOrder = (columns: readonly string[]) => columns.map((k) => `"${k}" NULLS FIRST`).join(", ");

/** The Parquet file of a table, in key order: the CSV, the partitions and the workbook read it back. */
export const parquetOf = (dir: string, t: TableDef) => join(dir, `${t.name}.parquet`);
/** The rows of a written Parquet file in the file's order (one thread: DuckDB reads it in order). */
const readParquet = (file: string) => `read_parquet(${quote(file)})`;
/**
 * A table's Parquet file as a sheet's rows (sheetXml.ts): in the file's order, which is key
 * order, with `__row`, the sheet row (the header is row 1).
 */
export const sheetSource = (file: string) =>
  `(SELECT *, file_row_number + 2 AS __row FROM read_parquet(${quote(file)}, file_row_number = true))`;

/** Rows written by a COPY (its result is the count). */
async function copy(conn: DuckDBConnection, sql: string): Promise<number> {
  const rows = (await conn.runAndReadAll(sql)).getRowsJson();
  return Number(rows[0]![0]);
}

/**
 * A Parquet file's row groups depend on how the rows were split between threads, so Parquet is
 * written on one thread. A CSV file and the workbook's rows are a stream in the source's order,
 * which DuckDB keeps on every thread (preserve_insertion_order): those use both cores.
 */
export const ONE_THREAD = "SET threads = 1";
export const ALL_THREADS = "RESET threads";

/** Writes the tables' files into `dir`; `written` is told each file once it is final. */
export async function exportTables(
  conn: DuckDBConnection,
  dir: string,
  progress: (message: string) => void = () => {},
  written: (paths: string[]) => void = () => {},
): Promise<Record<string, number>> {
  await conn.run(ONE_THREAD);
  await conn.run("SET preserve_insertion_order = true");
  await materializeMarts(conn);
  const empty = await emptyStrings(conn, EXPORTED_TABLES);
  if (empty.length)
    throw new Error(
      `export: empty strings, which the CSV files cannot tell from NULL (the loader must store NULL): ${empty.join(", ")}`,
    );
  const counts: Record<string, number> = {};
  for (const [i, t] of EXPORTED_TABLES.entries()) {
    progress(`[${i + 1}/${EXPORTED_TABLES.length}] ${t.name}`);
    // Sorted once, into the Parquet file; the CSV is written from that file, already in order.
    const parquet = parquetOf(dir, t);
    await conn.run(ONE_THREAD);
    counts[t.name] = await copy(
      conn,
      `COPY (SELECT * FROM "${t.name}" ORDER BY ${keyOrder(t.key)}) TO ${quote(parquet)} (FORMAT parquet, COMPRESSION zstd)`,
    );
    await conn.run(ALL_THREADS);
    const csv = join(dir, `${t.name}.csv`);
    await copy(
      conn,
      `COPY (SELECT * FROM ${readParquet(parquet)}) TO ${quote(csv)} (FORMAT csv, HEADER true, DELIMITER ',', QUOTE '"', ESCAPE '"', NULL ''${forceQuote(t)}, DATEFORMAT '%Y-%m-%d', TIMESTAMPFORMAT '%Y-%m-%d %H:%M:%S')`,
    );
    written([parquet, csv]);
  }
  await conn.run(ONE_THREAD);
  await mkdir(join(dir, "by-federation"), { recursive: true });
  // One federation at a time. Given a whole table in one COPY, DuckDB's partitioned writer (1.5)
  // wrote the rows of a partition that spanned two of its input chunks out of key order (17
  // files at 25x15). Each COPY reads the sorted Parquet file rather than sorting the table again.
  for (const [i, t] of PARTITIONED_TABLES.entries()) {
    progress(`[${i + 1}/${PARTITIONED_TABLES.length}] by-federation/${t.name}`);
    const source = readParquet(parquetOf(dir, t));
    const partitions = join(dir, "by-federation", t.name);
    const federations = (
      await conn.runAndReadAll(`SELECT DISTINCT federation_id FROM ${source} ORDER BY federation_id`)
    ).getRowsJson();
    for (const [federation] of federations) {
      const rows = `SELECT * FROM ${source} WHERE federation_id = ${quote(String(federation))} ORDER BY ${keyOrder(t.key)}`;
      await copy(
        conn,
        `COPY (${rows}) TO ${quote(partitions)} (FORMAT parquet, COMPRESSION zstd, PARTITION_BY (federation_id, year), FILENAME_PATTERN 'part_{i}', OVERWRITE_OR_IGNORE)`,
      );
    }
    if (existsSync(partitions)) written(await listFiles(partitions));
  }
  return counts;
}
