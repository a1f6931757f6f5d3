/**
 * A table's PRIMARY KEY, added once its rows are in (DuckDB builds the key's index in one pass).
 * Two rows on one key would make the whole load fail with DuckDB's "Data contains duplicates on
 * indexed column(s)", which names neither the table nor the rows: the error says both, so the
 * document that gave them can be found.
 *
 * document_line is the exception (UNINDEXED_KEYS): its key is its storage order, not an index.
 * Its rows are written in key order, and a load's lines are unique by construction (each document
 * staged once, its lines numbered 1…n: documentLineSpool.ts); building the key's index over the
 * millions of lines was the load's single largest statement (75x15: 4.16 M keys, some 1.5 s CPU of
 * one thread, as much as inserting them), for lookups that the sorted rows' zone maps answer
 * too. Lines given whole (`checkRepeats`) are checked for a repeated key instead.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { addPrimaryKey, type TableDef } from "../schema/tables.ts";

/** Tables stored in key order whose key DuckDB does not index (see above). */
export const UNINDEXED_KEYS: ReadonlySet<string> = new Set(["document_line"]);

const duplicates = async (conn: DuckDBConnection, t: TableDef): Promise<string[]> => {
  const cols = t.key.map((k) => `"${k}"`).join(", ");
  const dup = await conn.runAndReadAll(
    `SELECT ${cols}, count(*) AS n FROM "${t.name}" GROUP BY ALL HAVING count(*) > 1 ORDER BY ALL LIMIT 3`,
  );
  return dup.getRowObjectsJson().map((r) => JSON.stringify(r));
};

const duplicateError = (t: TableDef, shown: string[], cause?: unknown) =>
  new Error(`table ${t.name}: duplicate rows on its key (${t.key.join(", ")}): ${shown.join("; ")}`, { cause });

/**
 * Add `t`'s PRIMARY KEY; for a table of UNINDEXED_KEYS, none, and with `checkRepeats` (rows whose
 * key is not unique by construction) its rows are checked for a repeated key instead.
 */
export async function keyed(conn: DuckDBConnection, t: TableDef, checkRepeats = false): Promise<void> {
  if (UNINDEXED_KEYS.has(t.name)) {
    if (checkRepeats) {
      const shown = await duplicates(conn, t);
      if (shown.length > 0) throw duplicateError(t, shown);
    }
    return;
  }
  const key = addPrimaryKey(t);
  if (!key) return;
  try {
    await conn.run(key);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    if (!/duplicate/i.test(message)) throw err;
    throw duplicateError(t, await duplicates(conn, t), err);
  }
}
