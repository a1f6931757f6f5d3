/**
 * A table's PRIMARY KEY, added once its rows are in (DuckDB builds the key's index in one pass).
 * Two rows on one key would make the whole load fail with DuckDB's "Data contains duplicates on
 * indexed column(s)", which names neither the table nor the rows: the error says both, so the
 * document that gave them can be found.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { addPrimaryKey, type TableDef } from "../schema/tables.ts";

export async function keyed(conn: DuckDBConnection, t: TableDef): Promise<void> {
  const key = addPrimaryKey(t);
  if (!key) return;
  try {
    await conn.run(key);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    if (!/duplicate/i.test(message)) throw err;
    const cols = t.key.map((k) => `"${k}"`).join(", ");
    const dup = await conn.runAndReadAll(
      `SELECT ${cols}, count(*) AS n FROM "${t.name}" GROUP BY ALL HAVING count(*) > 1 ORDER BY ALL LIMIT 3`,
    );
    const shown = dup.getRowObjectsJson().map((r) => JSON.stringify(r));
    throw new Error(`table ${t.name}: duplicate rows on its key (${t.key.join(", ")}): ${shown.join("; ")}`, {
      cause: err,
    });
  }
}
