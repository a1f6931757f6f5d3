/**
 * Open the warehouse read-only for a site data loader, run its queries, close it. Loaders run
 * at build time with the project root as working directory; their stdout is the data file.
 * getRowObjectsJson returns BIGINT/DATE as strings, so queries cast what they need.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { allCodeLists, type CodeEntry } from "../reference/codes.ts";
import { publishRefusal, readLoadStatus } from "../warehouse/loadStatus.ts";
import { holdsSyntheticData, isPublishedPath } from "../warehouse/syntheticData.ts";

/** Run one query; values are bound to `$1`, `$2` … (never quoted into the SQL by hand). */
export type Query = (
  sql: string,
  values?: readonly (string | number | boolean | null)[],
) => Promise<Record<string, unknown>[]>;

export interface WarehouseOptions {
  /**
   * DuckDB's memory limit (e.g. "384MB"): beyond it, DuckDB spills to disk instead of growing.
   * Not set for the page loaders: DuckDB 1.5 cannot read federation_measure whole under any limit
   * below some 2 GB (one federation_year scan per measure), while it needs under 0.5 GB unlimited.
   */
  memoryLimit?: string;
}

export async function withWarehouse<T>(fn: (query: Query) => Promise<T>, options: WarehouseOptions = {}): Promise<T> {
  const file = process.env.FINSAM_WAREHOUSE ?? "data/warehouse.duckdb";
  // DuckDB's spill goes to a folder of its own, removed afterwards (by default it would be
  // written beside the warehouse, which the site only reads).
  const spill = mkdtempSync(join(tmpdir(), "finsam-site-spill-"));
  const instance = await DuckDBInstance.create(file, {
    access_mode: "READ_ONLY",
    temp_directory: spill,
    ...(options.memoryLimit ? { memory_limit: options.memoryLimit } : {}),
  });
  const conn = await instance.connect();
  try {
    // A synthetic corpus (finsam synth, test/support/syntheticWarehouse.ts) is never published.
    if ((await holdsSyntheticData(conn)) && isPublishedPath(process.env.FINSAM_SITE_OUT || "dist"))
      throw new Error(`site data: ${file} holds the synthetic test corpus; it is never published to dist/`);
    // A warehouse that lost documents to rejected inputs is not published unless asked for.
    const refusal = publishRefusal(
      file,
      await readLoadStatus(conn),
      process.env.FINSAM_ALLOW_PARTIAL === "1",
      "set FINSAM_ALLOW_PARTIAL=1",
    );
    if (refusal) throw new Error(`site data: ${refusal}`);
    return await fn(
      async (sql, values) =>
        (await conn.runAndReadAll(sql, values ? [...values] : undefined)).getRowObjectsJson() as Record<
          string,
          unknown
        >[],
    );
  } finally {
    conn.closeSync();
    instance.closeSync();
    rmSync(spill, { recursive: true, force: true });
  }
}

/** Refuse to publish an empty page silently: each `required` key must be a non-empty list. */
export function requireRows(data: Record<string, unknown>, required: readonly string[]): void {
  for (const key of required) {
    const v = data[key];
    if (!Array.isArray(v) || v.length === 0)
      throw new Error(`site data: "${key}" is empty; is the warehouse loaded? (npm run load)`);
  }
}

/** Write a loader's output, refusing to publish an empty page silently. */
export function emit(data: Record<string, unknown[] | unknown>, required: readonly string[] = []): void {
  requireRows(data, required);
  process.stdout.write(JSON.stringify(data));
}

/** A code list's Swedish labels for a page, so the site shows the same words as the codebook. */
export function svLabels(list: { entries: readonly CodeEntry[] }): Record<string, string> {
  return Object.fromEntries(list.entries.map((e) => [e.code, e.sv]));
}

/** Swedish labels of the code lists the pages show, keyed by list name. */
export function siteLabels(): Record<string, Record<string, string>> {
  return Object.fromEntries(Object.entries(allCodeLists).map(([name, list]) => [name, svLabels(list)]));
}

/** Federations and interventions, the names every page's controls choose from. */
export async function namesOf(q: Query) {
  return {
    federations: await q(`SELECT federation_id, name FROM federation ORDER BY name, federation_id`),
    interventions: await q(
      `SELECT intervention_id, federation_id, name, kind FROM intervention ORDER BY federation_id, name, intervention_id`,
    ),
  };
}

/** A parameterized loader's `--name=value` argument (Framework passes route params so). */
export function param(name: string): string {
  const prefix = `--${name}=`;
  const arg = process.argv.find((a) => a.startsWith(prefix));
  if (!arg) throw new Error(`site data: missing route parameter --${name}`);
  return arg.slice(prefix.length);
}
