/**
 * Build data/warehouse.duckdb from all inputs: extracted JSON, curated YAML, registries,
 * the manifest and the documents' lines. The new database is written to a temporary file
 * next to the target and renamed over it only when complete, so a failed or killed load
 * leaves the previous warehouse readable. A load with a rejected input is not complete: its
 * candidate goes to data/warehouse.rejected.duckdb for inspection and the previous warehouse
 * stays, unless the caller accepts a partial warehouse. The inputs are read and normalised one
 * federation at a time; rows are staged as JSON lines in a staging folder beside the target and
 * DuckDB reads them in key order (bulkInsert.ts), the documents' lines from text files
 * (documentLineSpool.ts), and the extractions' bulky row sets from their row files (the rows of
 * each sealed file, staged one file per federation and set), made rows in SQL (rowSets.ts): memory holds
 * one federation, and the same inputs give the same tables.
 */
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { mkdir, readdir, rename, rm } from "node:fs/promises";
import { martDdl } from "./marts.ts";
import { dirname, join } from "node:path";
import { availableParallelism } from "node:os";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import type { Paths } from "../config/paths.ts";
import { InputReport, planInputs, readFederation, type InputPlan, type RejectedInput } from "../input/readInputs.ts";
import { DocumentLineSpool } from "./documentLineSpool.ts";
import { insertJsonLines } from "./bulkInsert.ts";
import { finishRowSets, prepareRowSets, rowSetSteps } from "./rowSets.ts";
import { runSteps, type Step } from "./statementSteps.ts";
import { NameResolver } from "../reference/resolveNames.ts";
import { ROW_SETS } from "../schema/extractionRows.ts";

/** The tables rowSetSteps makes (rowSets.ts). */
const MADE_FROM_ROW_FILES: ReadonlySet<string> = new Set([
  "participant_count",
  "participant_breakdown",
  "indicator",
  "coverage",
  "data_quality",
]);
import { StagedRows } from "./stagedRows.ts";
import { stageFederations } from "./stagePool.ts";
import { startWorkers, startWorkersForManifest, stopWorkers, workersFor, type StageWorker } from "./stageWorkers.ts";
import { qualityRow } from "../normalize/qualityRow.ts";
import { removeStaleTemps } from "./staleTemps.ts";
import { SCHEMA_VERSION, TABLES, ddl, type Rows, type TableDef } from "../schema/tables.ts";
import { keyed } from "./tableKeys.ts";

/**
 * The tables' steps' costs, for their order only (statementSteps.ts), as measured one statement
 * at a time on one thread at 75x15: document_line's insert some 0.75 s of CPU (1.26 M lines), a
 * table read from staged JSON lines with its key some 2–7 µs per row (the more text, the more)
 * and a few milliseconds besides.
 */
const DOCUMENT_LINE_COST = 0.75;
const stagedTableCost = (rows: number) => 0.003 + rows * 4e-6;

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
  /** Worker threads beside the main thread; by default as many as pay off for the corpus (stagePool.ts). */
  workers?: number;
  /**
   * Workers the caller started already (`startWorkersForManifest`, stageWorkers.ts: the command
   * line starts them before it loads this code); the load keeps as many as it needs and ends them all.
   */
  started?: Promise<StageWorker[]>;
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

/** The staging folder of a load writing `target`: its row files and DuckDB's spill files, removed when it ends. */
export function stagingDirFor(target: string): string {
  return `${target}.tmp-${process.pid}.stage`;
}

/** Rows given whole, staged in `stage` (a closed set: tests and the synthetic warehouse). */
async function stagedFrom(rows: Rows, stage: string): Promise<StagedRows> {
  const staged = new StagedRows(stage);
  try {
    await staged.add(rows);
  } catch (err) {
    await staged.discard();
    throw err;
  }
  return staged;
}

/** The staging folder's files and folders but DuckDB's spill folder (see `writeWarehouse`), removed at once. */
async function clearStage(stage: string): Promise<void> {
  const entries = await readdir(stage);
  await Promise.all(
    entries.filter((e) => e !== SPILL_FOLDER).map((e) => rm(join(stage, e), { recursive: true, force: true })),
  );
}

/** DuckDB's spill folder, in the staging folder. */
const SPILL_FOLDER = "duckdb";

/**
 * Write the tables to a new database at `target`, replacing it atomically: the rows staged in
 * `rows` (or given whole, staged here), the documents' lines from `lines` when given.
 */
export async function writeWarehouse(
  target: string,
  rows: Rows | StagedRows,
  meta: { startedAt: Date; codeVersion: string; inputSha256: string; rejectedInputs?: number },
  options: LoadOptions = {},
  /** The documents' lines, already staged, for document_line (buildWarehouse); else `rows` has them. */
  lines?: DocumentLineSpool,
  /** Where row files are staged; by default `stagingDirFor(target)`, created and removed here. */
  stage: string = stagingDirFor(target),
): Promise<Record<string, number>> {
  await mkdir(dirname(target), { recursive: true });
  await mkdir(stage, { recursive: true });
  let staged: StagedRows;
  try {
    staged = rows instanceof StagedRows ? rows : await stagedFrom(rows, stage);
  } catch (err) {
    await rm(stage, { recursive: true, force: true });
    throw err;
  }
  const tmp = `${target}.tmp-${process.pid}`;
  await rm(tmp, { force: true });
  await rm(`${tmp}.wal`, { force: true });
  const rowCounts: Record<string, number> = {};
  // A bounded buffer pool, spilling into the staging folder: DuckDB writes pages out rather than
  // grow with the warehouse, and a killed load's spill files go with its other temp files. 256 MB
  // was too little for two connections reading at once at 75x15 (one bench run in two ended in
  // "Out of Memory"); at 384 MB three runs in three loaded, at 721–764 MB peak RSS for the process.
  //
  // One core fewer than the machine has while both connections run a statement each (see the
  // steps below): each connection's own thread works on its statement beside DuckDB's, so on two
  // cores each connection's statement has a core of its own. With a thread per core as well, four
  // threads took turns on two cores, and DuckDB's threads waiting on each other spent some 10 %
  // more CPU on the same work (75x15: 17.1–19.1 s CPU for the tables, 15.1–16.6 s this way). The
  // first connection to run out of steps gives the other every core (`SET threads`).
  const instance = await DuckDBInstance.create(tmp, {
    memory_limit: "384MB",
    temp_directory: join(stage, SPILL_FOLDER),
    threads: String(Math.max(1, availableParallelism() - 1)),
  });
  const conn = await instance.connect();
  // The tables are made on two connections at once (see the steps below): two statements keep
  // both cores busy where one would not.
  const second = await instance.connect();
  /** Both connections' work, settled before the database is closed (after a failure, the other connection ends its statement and takes no more). */
  let running: Promise<unknown> = Promise.resolve();
  try {
    const files = await staged.close();
    for (const t of TABLES) if (t.name !== "load_run") await conn.run(ddl(t, false));
    const counted = new Map<string, number>();
    const insertTable = async (t: TableDef, c: DuckDBConnection) => {
      let rows: number;
      /** Rows whose key is unique by construction: the spool's lines (tableKeys.ts). */
      let unique = false;
      if (t.name === "document_line" && lines) {
        await lines.insert(c);
        rows = lines.rows;
        unique = true;
      } else {
        const tableFiles = files.get(t.name) ?? [];
        await insertJsonLines(c, t, tableFiles, true);
        for (const file of tableFiles) await rm(file, { force: true });
        rows = staged.count(t.name);
      }
      await keyed(c, t, !unique);
      counted.set(t.name, rows);
      options.progress?.(`  ${t.name}: ${rows} rows`);
    };
    // Every table is a step (statementSteps.ts): those read from staged files and document_line
    // (most of the rows; its key is its storage order, not an index: tableKeys.ts) each one
    // statement and its key; the tables made from the extractions' row files several, each set's
    // rows read once into a scratch database both connections read (rowSets.ts). Whichever
    // connection is free takes the ready step that most work waits on: the row sets' chain (read,
    // choose among the facts, the findings) starts first, document_line beside it, and the small
    // tables fill in.
    await prepareRowSets([conn, second], staged.rowFiles, stage);
    const steps: Step[] = TABLES.filter((t) => t.name !== "load_run" && !MADE_FROM_ROW_FILES.has(t.name)).map((t) => ({
      name: t.name,
      cost: t.name === "document_line" ? DOCUMENT_LINE_COST : stagedTableCost(staged.count(t.name)),
      run: (c) => insertTable(t, c),
    }));
    for (const step of rowSetSteps(
      { files, rowFiles: staged.rowFiles, rowSetFiles: staged.rowSetFiles, names: staged.names },
      stage,
      "core_coverage",
    ))
      steps.push(step);
    let martsMade = false;
    const stepsDone = runSteps([conn, second], steps, async (c) => {
      // The setting is the database's: set on this connection, it holds for the other's next statement.
      await c.run(`SET threads = ${availableParallelism()}`);
      // The marts (derived measures as views over the tables: marts.ts) by the connection done
      // first, while the other still runs: each view is bound on this connection's own thread,
      // which made them a few tenths of a second with one core idle at the end of the load.
      for (const sql of martDdl()) await c.run(sql);
      martsMade = true;
    });
    running = stepsDone.catch(() => {});
    await stepsDone;
    // Every staged file has been read: removed while the tables are checkpointed below (a national
    // load stages some 500 files; removing them after the database was closed kept one core busy
    // and the other idle at the very end). DuckDB's spill folder stays until it closes.
    const stageCleared = clearStage(stage);
    stageCleared.catch(() => {});
    for (const [table, rows] of Object.entries(await finishRowSets(conn))) {
      counted.set(table, rows);
      options.progress?.(`  ${table}: ${rows} rows`);
    }
    // In the tables' order, whichever finished first (load_run.row_counts is written from it).
    for (const t of TABLES) if (t.name !== "load_run") rowCounts[t.name] = counted.get(t.name)!;
    // The marts, unless the connection done first made them (above).
    if (!martsMade) for (const sql of martDdl()) await conn.run(sql);
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
    await stageCleared;
  } catch (err) {
    // A statement on the other connection may still run: wait for it before the database is closed and removed.
    await running;
    second.closeSync();
    conn.closeSync();
    instance.closeSync();
    await rm(tmp, { force: true });
    await rm(`${tmp}.wal`, { force: true });
    await rm(stage, { recursive: true, force: true });
    throw err;
  }
  second.closeSync();
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
 * Inputs to staged rows, one federation at a time (stageFederation.ts), on every core when the
 * corpus is large enough (stagePool.ts): each federation's rows and lines are staged in a folder
 * of its own and handed on to `staged` and `spool` in the federations' order. Every key and every
 * check lies within one federation, so no step needs the whole corpus in memory.
 */
async function stageRows(
  paths: Paths,
  progress: (m: string) => void,
  spool: DocumentLineSpool,
  staged: StagedRows,
  stage: string,
  workers: number | undefined,
  early: Promise<StageWorker[]> | undefined,
) {
  progress("reading inputs");
  // Workers start while the manifest is read, for as many documents as it seems to list, unless
  // the caller started them earlier.
  const started = await (early ??
    (workers === undefined ? startWorkersForManifest(paths) : Promise.resolve(startWorkers(paths, workers))));
  let plan: InputPlan;
  try {
    plan = await planInputs(paths);
  } catch (err) {
    await stopWorkers(started);
    throw err;
  }
  const report = new InputReport(plan);
  staged.names = new NameResolver(
    new Map(plan.jobs.flatMap((j) => (j.registry ? [[j.registry.registry.federation_id, j.registry.registry]] : []))),
  );
  let read = 0;
  await stageFederations(
    paths,
    plan.jobs,
    stage,
    workers ?? workersFor(plan.usableCount),
    started,
    async (federation) => {
      report.add(federation.report);
      await staged.append(federation.rows);
      for (const r of federation.rowFiles) staged.rowFiles.push(r);
      for (const set of ROW_SETS) {
        const file = federation.rowSetFiles[set];
        if (file) staged.rowSetFiles[set].push(file);
      }
      spool.adopt(federation.lines);
    },
    {
      document: (id) => progress(`[${++read}/${plan.usableCount}] ${id}`),
      normalising: (federation) => progress(`normalising ${federation}`),
      workerRead: (documents) => progress(`[${(read += documents)}/${plan.usableCount}] read in a worker`),
    },
  );
  // Curated files in no federation's folder: only their rejections.
  report.add((await readFederation(paths, plan.stray, async () => {})).report);
  const { rejected, inputErrors, inputSha256 } = report.finish();
  await staged.add({
    data_quality: rejected.map(({ file, where }, i) =>
      qualityRow({
        check_id: "input.rejected",
        subject: where ? `${file} at ${where}` : file,
        document_id: "load",
        source_line: i + 1,
        severity: "error",
        message: inputErrors[i]!,
      }),
    ),
  });
  return { rejected, inputErrors, inputSha256 };
}

export async function buildWarehouse(paths: Paths, options: LoadOptions = {}): Promise<LoadReport> {
  try {
    return await buildWarehouseWith(paths, options);
  } catch (err) {
    // Workers the caller started and the load never took (it failed before staging): ended here.
    if (options.started) await stopWorkers(await options.started.catch(() => []));
    throw err;
  }
}

async function buildWarehouseWith(paths: Paths, options: LoadOptions): Promise<LoadReport> {
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
  const staged = new StagedRows(stage);
  try {
    const spool = new DocumentLineSpool(stage);
    const { inputErrors, rejected, inputSha256 } = await stageRows(
      paths,
      progress,
      spool,
      staged,
      stage,
      options.workers,
      options.started,
    );
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
      staged,
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
  } catch (err) {
    await staged.discard();
    throw diskFullError(err, dirname(paths.warehouse));
  } finally {
    await rm(stage, { recursive: true, force: true });
  }
}

/**
 * A full disk says so in words, whether Node or DuckDB ran out of room: the raw messages
 * ("ENOSPC", "Could not write all bytes") do not tell a person what to do.
 */
function diskFullError(err: unknown, folder: string): unknown {
  const message = err instanceof Error ? err.message : String(err);
  const full = (err as { code?: string } | null)?.code === "ENOSPC" || /ENOSPC|No space left on device/i.test(message);
  return full
    ? new Error(`no space left on the disk of ${folder}; free some and load again (${message.split("\n")[0]})`, {
        cause: err,
      })
    : err;
}
