/**
 * Shared by the tests that work on a copy of the project: a throwaway copy of data/ (FINSAM_ROOT),
 * file hashes that prove a folder untouched, the CLI run as one node process (so kill -9 hits the
 * load itself, not a wrapper), and warehouse readers.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { TABLES } from "../../loaders/schema/tables.ts";
import { ROOT } from "../helpers.ts";

/** A throwaway copy of the project's data/ (no warehouse), so a test can break inputs freely. */
export function sandbox(prefix = "finsam-robust-", parent = tmpdir()): string {
  const dir = mkdtempSync(join(parent, prefix));
  cpSync(join(ROOT, "data"), join(dir, "data"), {
    recursive: true,
    // Not the warehouse, nor the lock or journal of a command running in the repository.
    filter: (src) => !/warehouse\.(rejected\.)?duckdb|\.finsam(\.lock|-journal)/.test(src),
  });
  return dir;
}

/**
 * sha256 of every file under `dir` by relative path, leaving out files whose name `skip` accepts:
 * equal snapshots before and after mean nothing was written.
 */
export function fileHashes(dir: string, skip: (name: string) => boolean = () => false): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (!skip(name)) out[relative(dir, path)] = sha256Of(path);
    }
  };
  walk(dir);
  return out;
}

/** The environment of a CLI run against the sandbox, without the caller's overrides. */
export function cliEnv(dir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  // Progress as plain lines: the kill tests act when a given step shows on stderr.
  const env: NodeJS.ProcessEnv = { ...process.env, FINSAM_ROOT: dir, FINSAM_PROGRESS: "lines", ...extra };
  if (!("FINSAM_WAREHOUSE" in extra)) delete env.FINSAM_WAREHOUSE;
  if (!("FINSAM_ALLOW_PARTIAL" in extra)) delete env.FINSAM_ALLOW_PARTIAL;
  return env;
}

const CLI = ["--import", "tsx", join(ROOT, "loaders/cli.ts")];

/** `node <args>` from the project root against the sandbox; output as text. */
export function runNode(dir: string, args: string[], extra: Record<string, string> = {}) {
  return spawnSync(process.execPath, args, { cwd: ROOT, env: cliEnv(dir, extra), encoding: "utf8" });
}

export function runCli(dir: string, args: string[], extra: Record<string, string> = {}) {
  return runNode(dir, [...CLI, ...args], extra);
}

export function spawnCli(dir: string, args: string[], extra: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, [...CLI, ...args], {
    cwd: ROOT,
    env: cliEnv(dir, extra),
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/** A file operation made to fail in a CLI run (test/support/faultInjection.ts). */
export interface Fault {
  ops: ("rename" | "rm" | "writeFile")[];
  path: string;
  nth?: number;
  armedBy?: string;
  then: "kill" | "kill-midway" | "ENOSPC" | `delay:${number}`;
}

const FAULT_MODULE = join(ROOT, "test/support/faultInjection.ts");

/** The CLI with `fault` injected at its file layer. */
export function runCliWithFault(dir: string, args: string[], fault: Fault, extra: Record<string, string> = {}) {
  return runNode(dir, [...CLI.slice(0, 2), "--import", FAULT_MODULE, ...CLI.slice(2), ...args], {
    ...extra,
    FINSAM_FAULT: JSON.stringify(fault),
  });
}

/** The same, started in the background. */
export function spawnCliWithFault(dir: string, args: string[], fault: Fault): ChildProcess {
  return spawn(process.execPath, [...CLI.slice(0, 2), "--import", FAULT_MODULE, ...CLI.slice(2), ...args], {
    cwd: ROOT,
    env: cliEnv(dir, { FINSAM_FAULT: JSON.stringify(fault) }),
    stdio: ["ignore", "pipe", "pipe"],
  });
}

export function warehouseOf(dir: string): string {
  return join(dir, "data/warehouse.duckdb");
}

export function sha256Of(file: string): string {
  return createHash("sha256").update(readFileSync(file)).digest("hex");
}

export async function query(file: string, sql: string): Promise<Record<string, unknown>[]> {
  const instance = await DuckDBInstance.create(file, { access_mode: "READ_ONLY" });
  const conn = await instance.connect();
  try {
    return (await conn.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}

/** Rows per published table. */
export async function rowCounts(file: string): Promise<Record<string, number>> {
  const sql = TABLES.map((t) => `SELECT '${t.name}' AS t, count(*)::INTEGER AS n FROM "${t.name}"`).join(" UNION ALL ");
  return Object.fromEntries((await query(file, sql)).map((r) => [String(r.t), Number(r.n)]));
}

/** Every published table's rows (load_run aside: its timestamps change with each load). */
export async function dumpTables(file: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const t of TABLES) {
    if (t.name === "load_run") continue;
    out[t.name] = JSON.stringify(await query(file, `SELECT * FROM "${t.name}" ORDER BY ALL`));
  }
  return out;
}

export async function loadRun(file: string) {
  return (await query(file, `SELECT partial, rejected_inputs FROM load_run`))[0];
}
