/**
 * Whether a warehouse is complete: `load_run.partial` is true when rejected inputs were
 * swapped in anyway (`load --accept-partial`). The site build and the export refuse such a
 * warehouse unless told, so a lost document is never published by accident.
 */
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";

export interface LoadStatus {
  partial: boolean;
  rejectedInputs: number;
}

/** The load_run row's status, or null for a warehouse from a loader that did not record it. */
export async function readLoadStatus(conn: DuckDBConnection): Promise<LoadStatus | null> {
  const cols = (
    await conn.runAndReadAll(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'load_run' AND column_name IN ('partial', 'rejected_inputs')`,
    )
  ).getRowObjectsJson();
  if (cols.length < 2) return null;
  const row = (
    await conn.runAndReadAll(
      `SELECT bool_or(partial) AS partial, max(rejected_inputs)::INTEGER AS rejected FROM load_run`,
    )
  ).getRowObjectsJson()[0];
  if (!row || row.partial === null) return null;
  return { partial: row.partial === true, rejectedInputs: Number(row.rejected ?? 0) };
}

export async function readWarehouseStatus(file: string): Promise<LoadStatus | null> {
  const instance = await DuckDBInstance.create(file, { access_mode: "READ_ONLY" });
  const conn = await instance.connect();
  try {
    return await readLoadStatus(conn);
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}

/**
 * Why `file` must not be published, or null when it may. `allowHint` says how the user
 * overrides the refusal (a flag or an environment variable).
 */
export function publishRefusal(
  file: string,
  status: LoadStatus | null,
  allowPartial: boolean,
  allowHint: string,
): string | null {
  if (status === null)
    return `${file} was built by an older loader that does not record whether the load was partial (load_run.partial); run \`npm run load\``;
  if (status.partial && !allowPartial) {
    return `${file} is a partial warehouse: ${status.rejectedInputs} input(s) were rejected and it was swapped in with --accept-partial (load_run.partial); fix the inputs and run \`npm run load\`, or ${allowHint} to publish it anyway`;
  }
  return null;
}
