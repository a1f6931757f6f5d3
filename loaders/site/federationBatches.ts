/**
 * The page-data step reads the rows of many pages a few federations at a time, so what it holds
 * at once is a batch's share of the data, not the whole country's: 1.4 GB at 75 federations × 15
 * years when every member's rows and each cross-federation page's lists were read at once. A batch
 * is a range of federation ids in the warehouse's own order (ids after `after`, through `through`),
 * a filter DuckDB pushes down into the tables and marts; the first batch has no lower bound and
 * the last no upper, so every row falls in one batch.
 */
import type { Query } from "./queryWarehouse.ts";

/** Federations read together: a tenth of 75, each batch's rows a few tens of MB at 15 years. */
export const FEDERATIONS_PER_BATCH = 8;

export interface FederationBatch {
  /** The federations of the batch, in id order. */
  ids: readonly string[];
  /** The previous batch's last id (exclusive), or null for the first batch. */
  after: string | null;
  /** The batch's last id (inclusive), or null for the last batch. */
  through: string | null;
}

/** Every federation in batches of `size`, in id order. */
export async function federationBatches(q: Query, size = FEDERATIONS_PER_BATCH): Promise<FederationBatch[]> {
  const ids = (await q(`SELECT federation_id FROM federation ORDER BY federation_id`)).map((r) =>
    String(r.federation_id),
  );
  const batches: FederationBatch[] = [];
  for (let start = 0; start < ids.length; start += size) {
    const end = Math.min(start + size, ids.length);
    batches.push({
      ids: ids.slice(start, end),
      after: start === 0 ? null : ids[start - 1]!,
      through: end === ids.length ? null : ids[end - 1]!,
    });
  }
  return batches;
}

/** The batch as a condition on `column`, its bounds bound from `$<firstParam>` on. */
export function batchCondition(
  column: string,
  batch: FederationBatch,
  firstParam = 1,
): { sql: string; values: string[] } {
  const parts: string[] = [];
  const values: string[] = [];
  if (batch.after !== null) {
    values.push(batch.after);
    parts.push(`${column} > $${firstParam + values.length - 1}`);
  }
  if (batch.through !== null) {
    values.push(batch.through);
    parts.push(`${column} <= $${firstParam + values.length - 1}`);
  }
  return { sql: parts.length ? `(${parts.join(" AND ")})` : "TRUE", values };
}

/**
 * A Query whose every answer keeps only the rows of the batch's federations (by the answer's
 * `federation_id` column), in the order the query gives them.
 */
export function inBatch(q: Query, batch: FederationBatch): Query {
  return (sql, values = []) => {
    const condition = batchCondition("federation_id", batch, values.length + 1);
    return q(`SELECT * FROM (${sql}) WHERE ${condition.sql}`, [...values, ...condition.values]);
  };
}
