/**
 * Synthetic corpora (the national-scale generator in loaders/synth/, the site's scale-test
 * warehouse in test/support/) are marked by their federation ids. Nothing marked so is ever
 * published: the site loaders and the export refuse to write the project's dist/ from it.
 */
import { resolve, sep } from "node:path";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";

export const SYNTHETIC_PREFIX = "syntetisk-";
/** Every synthetic name carries this word, so no chart or file of one can pass for real data. */
export const SYNTHETIC_WORD = "SYNTETISKT";

/** True when the open warehouse holds any synthetic federation. */
export async function holdsSyntheticData(conn: DuckDBConnection): Promise<boolean> {
  const rows = (
    await conn.runAndReadAll(`SELECT count(*)::INTEGER AS n FROM federation WHERE starts_with(federation_id, $1)`, [
      SYNTHETIC_PREFIX,
    ])
  ).getRowObjectsJson();
  return Number(rows[0]!.n) > 0;
}

/** The repository this code is in: its dist/ is the published site and package. */
const CODE_ROOT = resolve(import.meta.dirname, "..", "..");

/** Is `path` the published dist/ (of this repository, or of the working directory) or inside it? */
export function isPublishedPath(path: string): boolean {
  const target = resolve(path);
  return [resolve(CODE_ROOT, "dist"), resolve("dist")].some((d) => target === d || target.startsWith(d + sep));
}

/** Why `warehouse` may not be written to `target`, or null: synthetic data never reaches the published dist/. */
export async function syntheticRefusal(warehouse: string, target: string): Promise<string | null> {
  if (!isPublishedPath(target)) return null;
  const instance = await DuckDBInstance.create(warehouse, { access_mode: "READ_ONLY" });
  const conn = await instance.connect();
  try {
    return (await holdsSyntheticData(conn))
      ? `${warehouse} holds a synthetic corpus (federations ${SYNTHETIC_PREFIX}…), which is never published to ${target}; export it with --out to a folder outside dist/`
      : null;
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}
