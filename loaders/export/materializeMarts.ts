/**
 * The marts are views: read as they are, every read computes them again, and federation_measure
 * (federation_year unpivoted, one UNION ALL branch per measure) computes federation_year once per
 * measure, which outgrew the export's memory at 25 federations × 15 years. Here each mart is
 * computed once into a temporary table of the same name. DuckDB looks up a name in the temporary
 * catalog first, also when it binds a view, so a later mart built on an earlier one reads the
 * stored rows, and so does every file the export writes. The warehouse itself stays read-only.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { MARTS } from "../warehouse/marts.ts";

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

export async function materializeMarts(conn: DuckDBConnection): Promise<void> {
  const rows = (await conn.runAndReadAll("SELECT current_database() AS db")).getRowObjectsJson();
  const db = ident(String(rows[0]!.db));
  // MARTS is in dependency order: each mart reads only tables and the marts before it.
  for (const m of MARTS)
    await conn.run(`CREATE TEMP TABLE ${ident(m.name)} AS SELECT * FROM ${db}.main.${ident(m.name)}`);
}
