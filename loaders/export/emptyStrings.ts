/**
 * The CSV files' one rule for empty text: an empty field is NULL (`missingValues: [""]`). Readers
 * that do not look at quotes (Frictionless, pandas, readr) would read an empty string back as NULL,
 * so no published table may hold one; the loader stores NULL instead (blank lines of
 * document_line, decision items without text). The export refuses a warehouse that breaks this.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import type { TableDef } from "../schema/tables.ts";

/** `table.column: n` for every text column that holds the empty string in n rows (one scan per table). */
export async function emptyStrings(conn: DuckDBConnection, tables: readonly TableDef[]): Promise<string[]> {
  const out: string[] = [];
  for (const t of tables) {
    const text = t.columns.filter((x) => x.type === "VARCHAR");
    if (!text.length) continue;
    const counts = text.map((c) => `count(*) FILTER (WHERE "${c.name}" = '')::INTEGER`).join(", ");
    const row = (await conn.runAndReadAll(`SELECT ${counts} FROM "${t.name}"`)).getRowsJson()[0]!;
    text.forEach((c, i) => {
      const n = Number(row[i]);
      if (n > 0) out.push(`${t.name}.${c.name}: ${n}`);
    });
  }
  return out;
}
