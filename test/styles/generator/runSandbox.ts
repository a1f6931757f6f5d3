/**
 * Puts documents into one fresh project the way a new user does (add-federation per federation,
 * ingest per document, one load) and returns the warehouse's fact rows per federation. `cli`
 * spawns the real CLI for each step; `in-process` calls the same command functions the CLI calls
 * (several times faster: no tsx start-up per step).
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { parse, stringify } from "yaml";
import { addFederation } from "../../../loaders/ingest/addFederation.ts";
import { ingestDocument } from "../../../loaders/ingest/ingestDocument.ts";
import { projectPaths } from "../../../loaders/config/paths.ts";
import { buildWarehouse } from "../../../loaders/warehouse/buildWarehouse.ts";
import { query, runCli } from "../../support/sandbox.ts";
import type { Row, Tables } from "../compare.ts";
import { addFederationArgs, TRUTH_TABLES, type Truth } from "../truth.ts";

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
  const add = runCli(root, addFederationArgs(d.truth));
  if (add.status !== 0) return `add-federation exited ${add.status}: ${add.stderr.trim().slice(-500)}`;
  const a = ingestArgs(d);
  const args = ["ingest", a.file, "--federation", a.federation, "--kind", a.kind, "--year", a.year];
  if (a.date) args.push("--date", a.date);
  const ing = runCli(root, args);
  if (ing.status !== 0) return `ingest exited ${ing.status}: ${ing.stderr.trim().slice(-500)}`;
  return undefined;
}

/** `load --accept-partial` (one rejected document must not hide the others' figures); the failure, if any. */
async function load(root: string, mode: RunMode): Promise<string | undefined> {
  if (mode === "cli") {
    const r = runCli(root, ["load", "--accept-partial"]);
    return r.status === 0 ? undefined : `load exited ${r.status}: ${r.stderr.trim().slice(-500)}`;
  }
  const saved = process.env.FINSAM_WAREHOUSE;
  delete process.env.FINSAM_WAREHOUSE;
  try {
    await buildWarehouse(projectPaths(root), { acceptPartial: true });
    return undefined;
  } catch (err) {
    return `load failed: ${err instanceof Error ? err.message : String(err)}`;
  } finally {
    if (saved !== undefined) process.env.FINSAM_WAREHOUSE = saved;
  }
}

/** A copy of the project's data with only the federations in `keep` (and no warehouse). */
function restrictedCopy(root: string, keep: ReadonlySet<string>): string {
  const dir = mkdtempSync(join(tmpdir(), "finsam-generated-half-"));
  const data = join(root, "data");
  cpSync(data, join(dir, "data"), {
    recursive: true,
    filter: (src) => {
      const [top, name] = relative(data, src).split(sep);
      if (/^warehouse/.test(top ?? "")) return false;
      if (name === undefined || !["sources", "extracted", "curated", "federations"].includes(top!)) return true;
      // The manifest lists every federation's documents: copied whole, then cut down below.
      if (top === "sources" && name === "manifest.yaml") return true;
      return keep.has(name.replace(/\.yaml$/, ""));
    },
  });
  const manifest = join(dir, "data/sources/manifest.yaml");
  const parsed = parse(readFileSync(manifest, "utf8")) as { documents: { federation_id: string }[] };
  parsed.documents = parsed.documents.filter((d) => keep.has(d.federation_id));
  writeFileSync(manifest, stringify(parsed));
  return dir;
}

async function readWarehouse(root: string, ids: readonly string[], into: Map<string, Record<string, Row[]>>) {
  for (const id of ids) into.set(id, {});
  const warehouse = join(root, "data/warehouse.duckdb");
  for (const t of TRUTH_TABLES) {
    for (const r of await queryOrEmpty(warehouse, t)) {
      const fed = federationOf(r);
      const target = fed && ids.includes(fed) ? into.get(fed) : undefined;
      if (target) (target[t] ??= []).push(r);
    }
  }
}

/**
 * Loads the project; when the load fails as a whole (one document's facts can break it), loads
 * each half of the federations again from a copy, so only a federation that breaks the load on
 * its own loses its figures. Nothing is ingested twice.
 */
async function loadBisected(
  root: string,
  ids: readonly string[],
  mode: RunMode,
  tables: Map<string, Record<string, Row[]>>,
  failures: Map<string, string>,
): Promise<void> {
  const failure = await load(root, mode);
  if (!failure) return readWarehouse(root, ids, tables);
  if (ids.length === 1) {
    tables.set(ids[0]!, {});
    failures.set(ids[0]!, failure);
    return;
  }
  const half = Math.ceil(ids.length / 2);
  for (const part of [ids.slice(0, half), ids.slice(half)]) {
    const copy = restrictedCopy(root, new Set(part));
    try {
      await loadBisected(copy, part, mode, tables, failures);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  }
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
    const tables = new Map<string, Record<string, Row[]>>();
    await loadBisected(root, [...new Set(docs.map((d) => d.truth.federation.id))], mode, tables, failures);
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
