/**
 * The export computes each mart once (loaders/export/materializeMarts.ts): its temporary table
 * must take the view's place for every later read, also inside the marts built on it, or
 * federation_measure computes federation_year again for each measure (out of memory at 25 × 15).
 */
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { afterEach, beforeEach, expect, it } from "vitest";
import { materializeMarts } from "../../loaders/export/materializeMarts.ts";
import { MARTS, martDdl } from "../../loaders/warehouse/marts.ts";
import { TABLES, ddl, tableDef } from "../../loaders/schema/tables.ts";

let instance: DuckDBInstance;
let conn: DuckDBConnection;
beforeEach(async () => {
  instance = await DuckDBInstance.create(":memory:");
  conn = await instance.connect();
  for (const t of TABLES) await conn.run(ddl(t));
  for (const sql of martDdl()) await conn.run(sql);
});
afterEach(() => {
  conn.closeSync();
  instance.closeSync();
});

/** One finance row: federation_year (and so federation_measure) has a row for its year. */
async function addFinanceRow(): Promise<void> {
  const given: Record<string, string> = {
    federation_id: "'x'",
    year: "2024",
    basis: "'actual'",
    item: "'cost_operating'",
    amount_sek: "1000",
    obtained: "'parsed_text_layer'",
  };
  const columns = tableDef("finance").columns.filter((c) => given[c.name] || !c.nullable);
  const value = (type: string) =>
    type === "VARCHAR" ? "'x'" : type === "BOOLEAN" ? "false" : type === "DATE" ? "DATE '2024-12-31'" : "1";
  await conn.run(
    `INSERT INTO finance (${columns.map((c) => c.name).join(", ")}) VALUES (${columns.map((c) => given[c.name] ?? value(c.type)).join(", ")})`,
  );
}
const count = async (sql: string) => Number((await conn.runAndReadAll(sql)).getRowsJson()[0]![0]);

it("reads every mart from its stored rows, also inside a mart built on another", async () => {
  await materializeMarts(conn);
  // Rows added after: the views (named in full) see them, the stored marts do not.
  await addFinanceRow();
  expect(await count(`SELECT count(*) FROM memory.main.federation_year`)).toBe(1);
  for (const m of MARTS) expect(await count(`SELECT count(*) FROM "${m.name}"`), m.name).toBe(0);
});

it("is needed: without it, federation_measure computes federation_year from the tables", async () => {
  await addFinanceRow();
  expect(await count(`SELECT count(*) FROM federation_measure`)).toBeGreaterThan(0);
});
