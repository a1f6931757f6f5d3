/**
 * Puts documents into one fresh project the way a new user does (add-federation per federation,
 * ingest per document, one load) and returns the warehouse's fact rows per federation. `cli`
 * spawns the real CLI for each step; `in-process` calls the same command functions the CLI calls
 * (several times faster: no tsx start-up per step).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { addFederation } from "../../../loaders/ingest/addFederation.ts";
import { ingestDocument } from "../../../loaders/ingest/ingestDocument.ts";
import { projectPaths } from "../../../loaders/config/paths.ts";
import { buildWarehouse } from "../../../loaders/warehouse/buildWarehouse.ts";
import { query, runCli } from "../../support/sandbox.ts";
import type { Row, Tables } from "../compare.ts";
import type { Truth } from "../truth.ts";

export type RunMode = "cli" | "in-process";

export interface SandboxDocument {
  truth: Truth;
  /** Absolute path of the document to ingest. */
  file: string;
}

export interface SandboxResult {
  /** Fact rows per federation id. */
  tables: ReadonlyMap<string, Tables>;
  /** Steps that failed, per federation id. */
  failures: Map<string, string>;
  seconds: number;
}

const READ_TABLES = [
  "participant_count",
  "participant_breakdown",
  "indicator",
  "finance",
  "member_contribution",
  "intervention",
  "meeting",
  "attendance",
  "decision",
  "allocation",
] as const;

function freshRoot(): string {
  const root = mkdtempSync(join(tmpdir(), "finsam-generated-"));
  for (const dir of ["data/sources", "data/federations", "data/extracted", "data/curated"])
    mkdirSync(join(root, dir), { recursive: true });
  writeFileSync(join(root, "data/sources/manifest.yaml"), "documents: []\n");
  return root;
}

function ingestArgs(d: SandboxDocument) {
  const doc = d.truth.document;
  return {
    file: d.file,
    federation: d.truth.federation.id,
    kind: doc.kind,
    year: String(doc.year),
    ...(doc.date ? { date: doc.date } : {}),
  };
}

async function addAndIngestInProcess(root: string, d: SandboxDocument): Promise<string | undefined> {
  const paths = projectPaths(root);
  const f = d.truth.federation;
  try {
    await addFederation(paths, { id: f.id, name: f.name, county: f.county, members: f.members });
    await ingestDocument(paths, ingestArgs(d));
    return undefined;
  } catch (err) {
    return `in-process add/ingest failed: ${err instanceof Error ? err.message : String(err)}`;
  }
}

function addAndIngestCli(root: string, d: SandboxDocument): string | undefined {
  const f = d.truth.federation;
  const add = runCli(root, ["add-federation", f.id, "--name", f.name, "--county", f.county, ...f.members.flatMap((m) => ["--member", m])]);
  if (add.status !== 0) return `add-federation exited ${add.status}: ${add.stderr.trim().slice(-500)}`;
  const a = ingestArgs(d);
  const args = ["ingest", a.file, "--federation", a.federation, "--kind", a.kind, "--year", a.year];
  if (a.date) args.push("--date", a.date);
  const ing = runCli(root, args);
  if (ing.status !== 0) return `ingest exited ${ing.status}: ${ing.stderr.trim().slice(-500)}`;
  return undefined;
}

export async function runSandbox(docs: readonly SandboxDocument[], mode: RunMode): Promise<SandboxResult> {
  const started = Date.now();
  const root = freshRoot();
  const failures = new Map<string, string>();
  try {
    for (const d of docs) {
      const failure = mode === "cli" ? addAndIngestCli(root, d) : await addAndIngestInProcess(root, d);
      if (failure) failures.set(d.truth.federation.id, failure);
    }
    // --accept-partial: one document the loader rejects must not hide the others' figures.
    if (mode === "cli") {
      const load = runCli(root, ["load", "--accept-partial"]);
      if (load.status !== 0 && load.status !== null)
        failures.set("*", `load exited ${load.status}: ${load.stderr.trim().slice(-500)}`);
    } else {
      const saved = process.env.FINSAM_WAREHOUSE;
      delete process.env.FINSAM_WAREHOUSE;
      try {
        await buildWarehouse(projectPaths(root), { acceptPartial: true });
      } catch (err) {
        failures.set("*", `load failed: ${err instanceof Error ? err.message : String(err)}`);
      } finally {
        if (saved !== undefined) process.env.FINSAM_WAREHOUSE = saved;
      }
    }
    const warehouse = join(root, "data/warehouse.duckdb");
    const tables = new Map<string, Record<string, Row[]>>(docs.map((d) => [d.truth.federation.id, {}]));
    for (const t of READ_TABLES) {
      for (const r of await queryOrEmpty(warehouse, t)) {
        const fed = federationOf(r);
        const target = fed ? tables.get(fed) : undefined;
        if (target) (target[t] ??= []).push(r);
      }
    }
    return { tables, failures, seconds: (Date.now() - started) / 1000 };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** Attendance rows have no federation column: their document id starts with it. */
function federationOf(r: Row): string | undefined {
  if (typeof r.federation_id === "string") return r.federation_id;
  if (typeof r.document_id === "string") return r.document_id.split("/")[0];
  return undefined;
}

async function queryOrEmpty(warehouse: string, table: string): Promise<Row[]> {
  try {
    return (await query(warehouse, `SELECT * FROM "${table}"`)) as Row[];
  } catch {
    return [];
  }
}
