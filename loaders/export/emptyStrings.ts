/**
 * The CSV files' one rule for empty text: an empty field is NULL (`missingValues: [""]`). Readers
 * that do not look at quotes (Frictionless, pandas, readr) would read an empty string back as NULL,
 * so no published table may hold one; the loader stores NULL instead (blank lines of
 * document_line, decision items without text). The export refuses a warehouse that breaks this.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import type { TableDef } from "../schema/tables.ts";

/** `table.column: n` for every text column that holds the empty string in n rows. */
export async function emptyStrings(conn: DuckDBConnection, tables: readonly TableDef[]): Promise<string[]> {
  const out: string[] = [];
  for (const t of tables) {
    for (const c of t.columns.filter((x) => x.type === "VARCHAR")) {
      const rows = (
        await conn.runAndReadAll(`SELECT count(*)::INTEGER AS n FROM "${t.name}" WHERE "${c.name}" = ''`)
      ).getRowObjectsJson();
      const n = Number(rows[0]!.n);
      if (n > 0) out.push(`${t.name}.${c.name}: ${n}`);
    }
  }
  return out;
}
