/**
 * Rows staged for the warehouse, table by table, as the load produces them (one federation at a
 * time): a federation's rows are serialised to JSON lines where they are normalised (the main
 * thread or a worker, `serializeRows`), and the load appends each table's lines to one file in
 * the staging folder (`StagedRows`); DuckDB reads them in key order at the end (bulkInsert.ts).
 * Nothing holds a table whole, and a load creates a few files per table (FILE_BYTES), not one per
 * table and federation: creating a file costs one to two milliseconds on a busy disk.
 */
import { join } from "node:path";
import { TABLES, type Rows, type TableDef } from "../schema/tables.ts";
import { JsonLinesFile, jsonLines, type LooseRow } from "./bulkInsert.ts";
import type { RowFileRef } from "../input/readInputs.ts";
import { ROW_SETS, type RowSet } from "../schema/extractionRows.ts";
import type { Candidate, FactTable } from "../normalize/factMappers.ts";
import type { NameResolver } from "../reference/resolveNames.ts";

/**
 * The staged findings that follow the parsers' own (reconciliation's): the warehouse keeps the
 * first finding of a key in the order early findings, parsers' findings, these (rowSets.ts).
 */
export const LATE_FINDINGS = "data_quality.late";

/** The key of a row as text, NULL as "" (the key order's reading of NULL). */
export function sortKey(t: TableDef, r: LooseRow): string {
  return t.key
    .map((k) =>
      r[k] === null || r[k] === undefined
        ? ""
        : typeof r[k] === "number"
          ? String(r[k]).padStart(12, "0")
          : String(r[k]),
    )
    .join("\u0000");
}

/**
 * One table's rows as JSON lines in UTF-8: plain data, so a worker can post it, and its own
 * ArrayBuffer, so a worker can hand it over without a copy (see `transferables`).
 */
export interface SerializedRows {
  table: string;
  bytes: Uint8Array;
  rows: number;
}

/** The buffers of serialised rows, to move to another thread instead of copying them. */
export const transferables = (tables: readonly SerializedRows[]): ArrayBuffer[] =>
  tables.map((t) => t.bytes.buffer as ArrayBuffer);

/** TextEncoder, not Buffer.from: a small Buffer is a slice of a shared pool, which cannot be handed over alone. */
const utf8 = new TextEncoder();

/** One serialiser per table, built once. */
const serializers = new Map<string, (r: LooseRow) => string>();

/**
 * Rows of any tables as JSON lines, table by table; a repeated key of a table without a PRIMARY
 * KEY (a key that may hold NULL) is refused here. Those keys open with federation_id: rows of
 * one call are checked against each other, and a caller serialises one federation's rows per call.
 */
export function serializeRows(rows: Rows): SerializedRows[] {
  const out: SerializedRows[] = [];
  for (const t of TABLES) {
    const list: readonly LooseRow[] | undefined = rows[t.name as keyof Rows];
    if (!list || list.length === 0) continue;
    if ("nullableKey" in t && t.nullableKey) assertUniqueKeys(t, list);
    let json = serializers.get(t.name);
    if (!json) serializers.set(t.name, (json = jsonLines(t)));
    const lines: string[] = new Array<string>(list.length);
    for (let i = 0; i < list.length; i++) lines[i] = json(list[i]!);
    out.push({ table: t.name, bytes: utf8.encode(lines.join("")), rows: list.length });
  }
  return out;
}

/** The staged candidates of a table DuckDB makes (rowSets.ts): `participant_breakdown.candidates`. */
export const candidatesOf = (table: string) => `${table}.candidates`;

/**
 * Candidate rows (normalize/factMappers.ts) as JSON lines: the row's cells and what precedence
 * weighs, for DuckDB to choose among with the row files' facts (warehouse/rowSets.ts).
 */
export function serializeCandidates(
  table: string,
  list: readonly (Pick<Candidate<FactTable>, "compare" | "section" | "periodMatches" | "documentDate" | "line"> & {
    row: object;
  })[],
): SerializedRows {
  let out = "";
  for (const [i, c] of list.entries())
    out += `${JSON.stringify({
      ...c.row,
      compare: c.compare,
      section: c.section,
      period_matches: c.periodMatches,
      document_date: c.documentDate,
      line: c.line,
      i,
    })}\n`;
  return { table: candidatesOf(table), bytes: utf8.encode(out), rows: list.length };
}

/**
 * Bytes of JSON lines per staged file. DuckDB's JSON reader takes a buffer of up to 32 MB per
 * file it reads at once, within the load's 256 MB: a 90 MB data_quality file ran it out of
 * memory at 75x15, while files of a few megabytes keep its buffers small and still few.
 */
const FILE_BYTES = 4 << 20;

export class StagedRows {
  /** Each table's file being written, and the bytes written to it. */
  private readonly open = new Map<string, { file: JsonLinesFile; bytes: number }>();
  /** Each table's files, those written and the one being written. */
  private readonly paths = new Map<string, string[]>();
  private readonly counts = new Map<string, number>();
  /** The row sets of the documents loaded, in the load's order (rowSets.ts). */
  readonly rowFiles: RowFileRef[] = [];
  /** The staged files holding their rows, each set's, one per federation (input/readInputs.ts). */
  readonly rowSetFiles: Record<RowSet, string[]> = Object.fromEntries(
    ROW_SETS.map((s) => [s, []]),
  ) as unknown as Record<RowSet, string[]>;
  /** The registries' names, to resolve those of the row files by (rowSets.ts). */
  names: NameResolver | null = null;

  constructor(private readonly dir: string) {}

  /** Append rows of any tables (see `serializeRows`: one federation's rows per call). */
  async add(rows: Rows): Promise<void> {
    await this.append(serializeRows(rows));
  }

  /** Append rows serialised elsewhere (by `serializeRows`, in a worker thread or here). */
  async append(tables: readonly SerializedRows[]): Promise<void> {
    for (const { table, bytes, rows } of tables) {
      let out = this.open.get(table);
      if (out && out.bytes >= FILE_BYTES) {
        await out.file.close();
        out = undefined;
      }
      if (!out) {
        const paths = this.paths.get(table) ?? [];
        const file = await JsonLinesFile.create(join(this.dir, `${table}-${paths.length}.jsonl`));
        paths.push(file.path);
        this.paths.set(table, paths);
        this.open.set(table, (out = { file, bytes: 0 }));
      }
      await out.file.addBytes(bytes);
      out.bytes += bytes.length;
      this.counts.set(table, (this.counts.get(table) ?? 0) + rows);
    }
  }

  /** Close the files without writing what is buffered: the load failed, the staging folder goes. */
  async discard(): Promise<void> {
    for (const { file } of this.open.values()) await file.discard();
    this.open.clear();
  }

  count(table: string): number {
    return this.counts.get(table) ?? 0;
  }

  /** Close the files; returns each table's files (tables without rows have none). */
  async close(): Promise<Map<string, string[]>> {
    for (const { file } of this.open.values()) await file.close();
    this.open.clear();
    return new Map([...this.paths].map(([table, list]) => [table, [...list]]));
  }
}

function assertUniqueKeys(t: TableDef, rows: readonly LooseRow[]) {
  const seen = new Set<string>();
  for (const r of rows) {
    const k = sortKey(t, r);
    if (seen.has(k)) throw new Error(`${t.name}: duplicate key (${t.key.map((c) => `${c}=${r[c]}`).join(", ")})`);
    seen.add(k);
  }
}
