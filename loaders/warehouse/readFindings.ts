/** Read data_quality from a built warehouse (read-only). */
import { DuckDBInstance } from "@duckdb/node-api";

export interface FindingRow {
  check_id: string;
  severity: string;
  document_id: string;
  source_line: number;
  message: string;
}

export async function readFindings(warehouse: string, severity?: string): Promise<FindingRow[]> {
  const instance = await DuckDBInstance.create(warehouse, { access_mode: "READ_ONLY" });
  const conn = await instance.connect();
  try {
    const where = severity ? `WHERE severity = $1` : "";
    const reader = await conn.runAndReadAll(
      `SELECT check_id, severity, document_id, source_line::INTEGER AS source_line, message FROM data_quality ${where}
       ORDER BY CASE severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, document_id, source_line, check_id`,
      severity ? [severity] : [],
    );
    return reader.getRowObjectsJson() as unknown as FindingRow[];
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}
