/**
 * Open the warehouse read-only for a site data loader, run its queries, close it. Loaders run
 * at build time with the project root as working directory; their stdout is the data file.
 * getRowObjectsJson returns BIGINT/DATE as strings, so queries cast what they need.
 */
import { DuckDBInstance } from "@duckdb/node-api";
import type { CodeEntry } from "../reference/codes.ts";

export type Query = (sql: string) => Promise<Record<string, unknown>[]>;

export async function withWarehouse<T>(fn: (query: Query) => Promise<T>): Promise<T> {
  const instance = await DuckDBInstance.create(process.env.FINSAM_WAREHOUSE ?? "data/warehouse.duckdb", { access_mode: "READ_ONLY" });
  const conn = await instance.connect();
  try {
    return await fn(async (sql) => (await conn.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[]);
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}

/** Write a loader's output, refusing to publish an empty page silently. */
export function emit(data: Record<string, unknown[] | unknown>, required: string[]): void {
  for (const key of required) {
    const v = data[key];
    if (!Array.isArray(v) || v.length === 0) throw new Error(`site data: "${key}" is empty; is the warehouse loaded? (npm run load)`);
  }
  process.stdout.write(JSON.stringify(data));
}

/** A code list's Swedish labels for a page, so the site shows the same words as the codebook. */
export function svLabels(list: { entries: readonly CodeEntry[] }): Record<string, string> {
  return Object.fromEntries(list.entries.map((e) => [e.code, e.sv]));
}
