// Site data loader: row counts, coverage and data_quality from the warehouse (build time).
import { severity } from "../../loaders/reference/codes.ts";
import { emit, svLabels, withWarehouse } from "../../loaders/site/queryWarehouse.ts";

const data = await withWarehouse(async (q) => ({
  tables: await q(`SELECT table_name AS name, estimated_size::INTEGER AS rows FROM duckdb_tables() ORDER BY table_name`),
  findings: await q(`SELECT severity, check_id, document_id, source_line::INTEGER AS source_line, message FROM data_quality ORDER BY CASE severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, document_id, source_line`),
  participants: await q(`SELECT year::INTEGER AS year, value::INTEGER AS value, document_id, source_line::INTEGER AS source_line FROM participant_count WHERE federation_id = 'kalmar' AND intervention_id IS NULL AND measure = 'enrolled' AND gender = 'all' ORDER BY year`),
  run: (await q(`SELECT run_id, strftime(finished_at, '%Y-%m-%d %H:%M') AS finished_at, code_version FROM load_run`))[0] ?? null,
}));
emit({ ...data, severityLabels: svLabels(severity) }, ["tables"]);
