/**
 * Synthetic corpora (the national-scale generator in this folder, the site's scale-test
 * warehouse in test/support/) are marked by their federation ids. Nothing marked so is ever
 * published: the site loaders and the export refuse to write the project's dist/ from it.
 */
import type { DuckDBConnection } from "@duckdb/node-api";

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
