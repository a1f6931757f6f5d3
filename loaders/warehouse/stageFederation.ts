/**
 * One federation's part of a load, from its inputs to staged rows: its documents and curated
 * files read (the documents' lines staged for DuckDB to read, documentLineSpool.ts), normalised,
 * reconciled, and its rows serialised as JSON lines, which the load appends to one file per
 * table. Every key and every check lies within one federation, so federations are staged
 * independently, in the main thread or in a worker (stagePool.ts), and DuckDB reads all the files
 * in key order at the end.
 */
import { mkdir } from "node:fs/promises";
import type { Paths } from "../config/paths.ts";
import { readFederation, type FederationJob, type FederationReadReport, type RowFileRef } from "../input/readInputs.ts";
import { buildRowsDeferring } from "../normalize/buildRows.ts";
import type { FactTable } from "../normalize/factMappers.ts";
import { ROW_SET_TABLES, type RowSet } from "../schema/extractionRows.ts";
import type { QualityRow } from "../normalize/qualityRow.ts";
import { tableDef } from "../schema/tables.ts";
import { DocumentLineSpool, type SpooledDocument } from "./documentLineSpool.ts";
import { reconcile } from "./reconcile.ts";
import { LATE_FINDINGS, serializeCandidates, serializeRows, sortKey, type SerializedRows } from "./stagedRows.ts";

/** What a federation's staging hands back: plain data, so a worker can post it. */
export interface StagedFederation {
  report: FederationReadReport;
  rows: SerializedRows[];
  lines: SpooledDocument[];
  /** Its documents' row sets, for DuckDB (their findings and coverage: rowSets.ts). */
  rowFiles: RowFileRef[];
  /** The staged file of each row set holding their rows (none for a set without rows). */
  rowSetFiles: Partial<Record<RowSet, string>>;
}

/** What a federation's staging reports as it goes: each document as it is started, the federation as it is normalised. */
export interface StageProgress {
  document?: (documentId: string) => void;
  normalising?: (federation: string) => void;
  /** Awaited before each document is read (the main thread yields to its event loop: stagePool.ts). */
  between?: () => Promise<void>;
}

/**
 * Findings share a key when one check fires twice on a line: keep the first. Those of `late`
 * (reconciliation's) follow the parsers' findings, which DuckDB adds from the row files (the
 * warehouse keeps the first of a key in that order too: rowSets.ts).
 */
function dedupeFindings(early: QualityRow[], late: QualityRow[]): { early: QualityRow[]; late: QualityRow[] } {
  const t = tableDef("data_quality");
  const seen = new Set<string>();
  const first = (r: QualityRow) => {
    const k = sortKey(t, r);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  };
  return { early: early.filter(first), late: late.filter(first) };
}

export async function stageFederation(
  paths: Paths,
  job: FederationJob,
  dir: string,
  progress: StageProgress = {},
): Promise<StagedFederation> {
  await mkdir(dir, { recursive: true });
  const spool = new DocumentLineSpool(dir);
  const { inputs, report } = await readFederation(
    paths,
    job,
    (id, lines) => spool.add(id, lines),
    progress.document,
    dir,
    progress.between,
  );
  progress.normalising?.(inputs.registries.map((r) => r.registry.federation_id).join(", "));
  const { rows, deferred } = buildRowsDeferring(inputs, ROW_SET_TABLES);
  const { early, late } = dedupeFindings(rows.data_quality ?? [], reconcile(rows));
  rows.data_quality = early;
  const serialized = serializeRows(rows);
  for (const s of serializeRows({ data_quality: late })) serialized.push({ ...s, table: LATE_FINDINGS });
  // The curated facts of the tables DuckDB makes: candidates beside those of the row files.
  for (const table of ROW_SET_TABLES) {
    const list = deferred[table as FactTable];
    if (list && list.length > 0) serialized.push(serializeCandidates(table, list));
  }
  return {
    report,
    rows: serialized,
    lines: await spool.close(),
    rowFiles: inputs.rowFiles,
    rowSetFiles: inputs.rowSetFiles,
  };
}
