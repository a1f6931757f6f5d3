/**
 * The yardstick for `load`: DuckDB's own bulk read of the same rows, the CSV of every table the
 * load writes (not the marts) read into an in-memory database. Prints `{ rows, seconds }` as JSON (timing excludes start-up).
 *   node --import tsx test/bench/bulkRead.ts <export dir>
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { TABLES } from "../../loaders/schema/tables.ts";

const dir = process.argv[2];
if (!dir) throw new Error("usage: bulkRead.ts <export dir>");
const files = readdirSync(dir)
  .filter((f) => TABLES.some((t) => `${t.name}.csv` === f))
  .sort();
const instance = await DuckDBInstance.create(":memory:");
const conn = await instance.connect();
const t = performance.now();
let rows = 0;
for (const f of files) {
  const table = f.slice(0, -".csv".length);
  await conn.run(`CREATE TABLE "${table}" AS SELECT * FROM read_csv('${join(dir, f).replaceAll("'", "''")}')`);
  rows += Number((await conn.runAndReadAll(`SELECT count(*) AS n FROM "${table}"`)).getRowsJson()[0]![0]);
}
const seconds = (performance.now() - t) / 1000;
conn.closeSync();
instance.closeSync();
process.stdout.write(`${JSON.stringify({ rows, seconds, tables: files.length })}\n`);
