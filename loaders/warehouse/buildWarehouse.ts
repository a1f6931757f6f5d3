/**
 * Build data/warehouse.duckdb from all inputs: extracted JSON, curated YAML, registries,
 * the manifest and the documents' lines. The new database is written to a temporary file
 * next to the target and renamed over it only when complete, so a failed or killed load
 * leaves the previous warehouse readable. A load with a rejected input is not complete: its
 * candidate goes to data/warehouse.rejected.duckdb for inspection and the previous warehouse
 * stays, unless the caller accepts a partial warehouse. Rows are appended in key order with
 * DuckDB's appender: same inputs, same tables.
 */
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { mkdir, rename, rm } from "node:fs/promises";
import { martDdl } from "./marts.ts";
import { dirname, join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import type { Paths } from "../config/paths.ts";
import { readInputs, type RejectedInput } from "../input/readInputs.ts";
import { buildRows } from "../normalize/buildRows.ts";
import { DocumentLineSpool } from "./documentLineSpool.ts";
import { JsonLinesFile, insertJsonLines, jsonLines, type LooseRow } from "./bulkInsert.ts";
import { qualityRow, type QualityRow } from "../normalize/qualityRow.ts";
import { reconcile } from "./reconcile.ts";
import { removeStaleTemps } from "./staleTemps.ts";
import { SCHEMA_VERSION, TABLES, ddl, tableDef, type Rows, type TableDef } from "../schema/tables.ts";

export interface LoadReport {
  /** The warehouse path (swapped in or not: see `swapped`). */
  warehouse: string;
  /** Rows per table of the database written (the candidate when it was not swapped in). */
  rowCounts: Record<string, number>;
  inputErrors: string[];
  rejected: RejectedInput[];
  /** True when the new database replaced the warehouse. */
  swapped: boolean;
  /** True when inputs were rejected (the database written lacks them). */
  partial: boolean;
  /** Where the candidate was kept instead of being swapped in, or null. */
  rejectedPath: string | null;
  /** Temp files of killed loads removed before this one. */
  staleRemoved: string[];
  seconds: number;
}

export interface LoadOptions {
  /** Called with a short status line on each step (the CLI prints them). */
  progress?: (message: string) => void;
  /** Test hook: called after the new file is written and before it replaces the old one. */
  beforeSwap?: () => Promise<void> | void;
  /** Swap in the new warehouse even when inputs were rejected (`load --accept-partial`). */
  acceptPartial?: boolean;
}

/** `data/warehouse.duckdb` → `data/warehouse.rejected.duckdb`: the candidate of a load with rejected inputs. */
export function rejectedPathFor(warehouse: string): string {
  return warehouse.endsWith(".duckdb")
    ? `${warehouse.slice(0, -".duckdb".length)}.rejected.duckdb`
    : `${warehouse}.rejected`;
}

function codeVersion(root: string): string {
  let commit = "unknown";
  try {
    commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: root, stdio: ["ignore", "pipe", "ignore"] })
      .toString()
      .trim();
  } catch {
    // not a git checkout
  }
  return `finsam-compare schema ${SCHEMA_VERSION}, commit ${commit}`;
}

function sortKey(t: TableDef, r: LooseRow): string {
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
 * The order sortKey gives, compared column by column without building a key string per row
 * (millions of rows at national scale): whole numbers as numbers, anything else as sortKey's text.
 */
function compareRows(t: TableDef): (a: LooseRow, b: LooseRow) => number {
  const part = (v: LooseRow[string] | undefined) =>
    v === null || v === undefined ? "" : typeof v === "number" ? String(v).padStart(12, "0") : String(v);
  return (a, b) => {
    for (const k of t.key) {
      const x = a[k];
      const y = b[k];
      if (x === y) continue;
      if (
        typeof x === "number" &&
        typeof y === "number" &&
        Number.isSafeInteger(x) &&
        Number.isSafeInteger(y) &&
        x >= 0 &&
        y >= 0
      )
        return x - y;
      const px = part(x);
      const py = part(y);
      if (px !== py) return px < py ? -1 : 1;
    }
    return 0;
  };
}

/** A table's rows in key order (sorted here, unless they arrive in key order already). */
function inKeyOrder(t: TableDef, given: readonly LooseRow[]): readonly LooseRow[] {
  const compare = compareRows(t);
  let sorted = true;
  for (let i = 1; i < given.length && sorted; i++) sorted = compare(given[i - 1]!, given[i]!) <= 0;
  const list: readonly LooseRow[] = sorted ? given : [...given].sort(compare);
  if ("nullableKey" in t && t.nullableKey) assertUniqueKeys(t, list);
  return list;
}

/** Rows of tables whose key may hold NULL are checked here (a PRIMARY KEY cannot hold NULL). */
function assertUniqueKeys(t: TableDef, rows: readonly LooseRow[]) {
  const seen = new Set<string>();
  for (const r of rows) {
    const k = sortKey(t, r);
    if (seen.has(k)) throw new Error(`${t.name}: duplicate key (${t.key.map((c) => `${c}=${r[c]}`).join(", ")})`);
    seen.add(k);
  }
}

/** Findings share a key when one check fires twice on a line: keep the first. */
function dedupeFindings(rows: QualityRow[]): QualityRow[] {
  const t = tableDef("data_quality");
  const seen = new Set<string>();
  return rows.filter((r) => {
    const k = sortKey(t, r);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** The staging folder of a load writing `target`: its row files and DuckDB's spill files, removed when it ends. */
export function stagingDirFor(target: string): string {
  return `${target}.tmp-${process.pid}.stage`;
}

/** Write the tables to a new database at `target`, replacing it atomically. Consumes `rows` (each table is dropped once written). */
export async function writeWarehouse(
  target: string,
  rows: Rows,
  meta: { startedAt: Date; codeVersion: string; inputSha256: string; rejectedInputs?: number },
  options: LoadOptions = {},
  /** The documents' lines, already staged, for document_line when `rows` has none (buildWarehouse). */
  lines?: DocumentLineSpool,
  /** Where row files are staged; by default `stagingDirFor(target)`, created and removed here. */
  stage: string = stagingDirFor(target),
): Promise<Record<string, number>> {
  await mkdir(dirname(target), { recursive: true });
  await mkdir(stage, { recursive: true });
  const tmp = `${target}.tmp-${process.pid}`;
  await rm(tmp, { force: true });
  await rm(`${tmp}.wal`, { force: true });
  const rowCounts: Record<string, number> = {};
  // A bounded buffer pool, spilling into the staging folder: DuckDB writes pages out rather than
  // grow with the warehouse, and a killed load's spill files go with its other temp files.
  const instance = await DuckDBInstance.create(tmp, {
    memory_limit: "256MB",
    temp_directory: join(stage, "duckdb"),
  });
  const conn = await instance.connect();
  try {
    for (const t of TABLES) {
      if (t.name === "load_run") continue;
      await conn.run(ddl(t));
      if (t.name === "document_line" && rows.document_line === undefined && lines) {
        await insertJsonLines(conn, t, lines.paths());
        rowCounts[t.name] = lines.rows;
      } else {
        const list = inKeyOrder(t, rows[t.name as keyof Rows] ?? []);
        // Written once: the table's rows are dropped from `rows` now, so memory falls as the write goes on.
        delete rows[t.name as keyof Rows];
        const file = await JsonLinesFile.create(join(stage, `${t.name}.jsonl`));
        const json = jsonLines(t);
        try {
          for (const r of list) await file.add(json(r));
        } finally {
          await file.close();
        }
        if (list.length > 0) await insertJsonLines(conn, t, [file.path]);
        await rm(file.path, { force: true });
        rowCounts[t.name] = list.length;
      }
      options.progress?.(`  ${t.name}: ${rowCounts[t.name]} rows`);
    }
    // The marts: derived measures as views over the tables just loaded (loaders/warehouse/marts.ts).
    for (const sql of martDdl()) await conn.run(sql);
    const runTable = TABLES.find((t) => t.name === "load_run")!;
    await conn.run(ddl(runTable));
    const finishedAt = new Date();
    const runId = createHash("sha256")
      .update(meta.inputSha256 + meta.codeVersion)
      .digest("hex")
      .slice(0, 16);
    const rejectedInputs = meta.rejectedInputs ?? 0;
    await conn.run(`INSERT INTO load_run VALUES ($1, $2::TIMESTAMP, $3::TIMESTAMP, $4, $5, $6::JSON, $7, $8)`, [
      runId,
      meta.startedAt.toISOString().replace("T", " ").replace("Z", ""),
      finishedAt.toISOString().replace("T", " ").replace("Z", ""),
      meta.codeVersion,
      meta.inputSha256,
      JSON.stringify(rowCounts),
      rejectedInputs > 0,
      rejectedInputs,
    ]);
    await conn.run("CHECKPOINT");
  } catch (err) {
    conn.closeSync();
    instance.closeSync();
    await rm(tmp, { force: true });
    await rm(`${tmp}.wal`, { force: true });
    await rm(stage, { recursive: true, force: true });
    throw err;
  }
  conn.closeSync();
  instance.closeSync();
  await rm(stage, { recursive: true, force: true });
  try {
    await options.beforeSwap?.();
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
  await rename(tmp, target);
  await rm(`${target}.wal`, { force: true });
  return rowCounts;
}

/**
 * Inputs to rows: read (each document's lines staged in `spool`), normalised, reconciled. The
 * inputs themselves (the extractions' facts) are dropped when this returns; only rows remain.
 */
async function normalisedRows(paths: Paths, progress: (m: string) => void, spool: DocumentLineSpool) {
  progress("reading inputs");
  const inputs = await readInputs(paths, progress, (id, lines) => spool.add(id, lines));
  progress("normalising");
  const rows = buildRows(inputs);
  rows.data_quality = dedupeFindings([
    ...(rows.data_quality ?? []),
    ...reconcile(rows),
    ...inputs.rejected.map(({ file, where }, i) =>
      qualityRow({
        check_id: "input.rejected",
        subject: where ? `${file} at ${where}` : file,
        document_id: "load",
        source_line: i + 1,
        severity: "error",
        message: inputs.inputErrors[i]!,
      }),
    ),
  ]);
  return { rows, inputErrors: inputs.inputErrors, rejected: inputs.rejected, inputSha256: inputs.inputSha256 };
}

export async function buildWarehouse(paths: Paths, options: LoadOptions = {}): Promise<LoadReport> {
  const startedAt = new Date();
  const progress = options.progress ?? (() => {});
  const rejectedPath = rejectedPathFor(paths.warehouse);
  const staleRemoved = [...(await removeStaleTemps(paths.warehouse)), ...(await removeStaleTemps(rejectedPath))];
  if (staleRemoved.length > 0) progress(`removed temp files of killed loads: ${staleRemoved.join(", ")}`);
  // The staging folder is named for the warehouse whichever file the load ends up writing: the
  // documents' lines are staged while reading, before it is known whether inputs were rejected.
  const stage = stagingDirFor(paths.warehouse);
  await rm(stage, { recursive: true, force: true });
  await mkdir(stage, { recursive: true });
  try {
    const spool = new DocumentLineSpool(stage);
    const { rows, inputErrors, rejected, inputSha256 } = await normalisedRows(paths, progress, spool);
    const partial = rejected.length > 0;
    const swap = !partial || options.acceptPartial === true;
    const target = swap ? paths.warehouse : rejectedPath;
    progress(
      swap
        ? "writing warehouse"
        : `writing the candidate to ${target} (inputs were rejected; the warehouse is not replaced)`,
    );
    const rowCounts = await writeWarehouse(
      target,
      rows,
      { startedAt, codeVersion: codeVersion(paths.root), inputSha256, rejectedInputs: rejected.length },
      options,
      spool,
      stage,
    );
    // A candidate kept from an earlier rejected load no longer describes the warehouse.
    if (swap) {
      await rm(rejectedPath, { force: true });
      await rm(`${rejectedPath}.wal`, { force: true });
    }
    return {
      warehouse: paths.warehouse,
      rowCounts,
      inputErrors,
      rejected,
      swapped: swap,
      partial,
      rejectedPath: swap ? null : rejectedPath,
      staleRemoved,
      seconds: (Date.now() - startedAt.getTime()) / 1000,
    };
  } finally {
    await rm(stage, { recursive: true, force: true });
  }
}
