// Site data loader: row counts, coverage and data_quality from the warehouse (build time).
import { DuckDBInstance } from "@duckdb/node-api";

const instance = await DuckDBInstance.create(process.env.FINSAM_WAREHOUSE ?? "data/warehouse.duckdb", { access_mode: "READ_ONLY" });
const conn = await instance.connect();
const rows = async (sql: string) => (await conn.runAndReadAll(sql)).getRowObjectsJson();
const tables = await rows(`SELECT table_name AS name, estimated_size::INTEGER AS rows FROM duckdb_tables() ORDER BY table_name`);
const findings = await rows(`SELECT severity, check_id, document_id, source_line::INTEGER AS source_line, message FROM data_quality ORDER BY CASE severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, document_id, source_line`);
const participants = await rows(`SELECT year::INTEGER AS year, value::INTEGER AS value, document_id, source_line::INTEGER AS source_line FROM participant_count WHERE federation_id = 'kalmar' AND intervention_id IS NULL AND measure = 'enrolled' AND gender = 'all' ORDER BY year`);
const run = await rows(`SELECT run_id, strftime(finished_at, '%Y-%m-%d %H:%M') AS finished_at, code_version FROM load_run`);
conn.closeSync();
instance.closeSync();
if (tables.length === 0) throw new Error("warehouse has no tables");
process.stdout.write(JSON.stringify({ tables, findings, participants, run: run[0] ?? null }));
