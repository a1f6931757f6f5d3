// Data: every published table with its description, row count and first rows, the package's
// files and version, and the example queries the export test runs.
import { DUCKDB_EXAMPLES, OTHER_LANGUAGES } from "../../loaders/export/exampleQueries.ts";
import { EXPORTED_TABLES, PARTITIONED_TABLES } from "../../loaders/export/exportTables.ts";
import { emit, withWarehouse } from "../../loaders/site/queryWarehouse.ts";
import { SCHEMA_VERSION } from "../../loaders/schema/tables.ts";

const PREVIEW_ROWS = 5;
const data = await withWarehouse(async (q) => {
  const run = (await q(`SELECT run_id, strftime(finished_at, '%Y-%m-%d') AS date FROM load_run`))[0];
  const tables = [];
  for (const t of EXPORTED_TABLES) {
    const order = t.key.map((k) => `"${k}" NULLS FIRST`).join(", ");
    const cast = t.columns.map((c) => (["DATE", "TIMESTAMP", "JSON", "BIGINT"].includes(c.type) ? `CAST("${c.name}" AS VARCHAR) AS "${c.name}"` : `"${c.name}"`)).join(", ");
    tables.push({
      name: t.name,
      summary: t.summarySv,
      description: t.description,
      key: t.key,
      columns: t.columns.map((c) => ({ name: c.name, type: c.type, description: c.description })),
      rows: Number((await q(`SELECT count(*)::INTEGER AS n FROM "${t.name}"`))[0]!.n),
      partitioned: PARTITIONED_TABLES.includes(t),
      preview: await q(`SELECT ${cast} FROM "${t.name}" ORDER BY ${order} LIMIT ${PREVIEW_ROWS}`),
    });
  }
  return { tables, version: `${SCHEMA_VERSION}+${run?.run_id ?? "okänd"}`, date: run?.date ?? null };
});
emit({ ...data, examples: DUCKDB_EXAMPLES, otherLanguages: OTHER_LANGUAGES }, ["tables"]);
