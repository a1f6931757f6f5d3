/**
 * The federations compared: every comparable measure (the federation_measure mart) for every
 * federation and year, each federation's latest year per measure, and each federation's
 * federations of similar size. Pages only filter these rows; the aggregation happens here.
 */
import { COMPARABLE_MEASURES } from "../reference/measures.ts";
import type { Query } from "./queryWarehouse.ts";

/** How many federations of similar size are listed beside each federation. */
export const SIMILAR_COUNT = 5;

const MEASURE_COLUMNS = `m.federation_id, m.year, m.measure, m.unit, m.value, m.numerator, m.denominator, m.lower_bound, m.basis, m.document_id`;

/**
 * Similar size = close in both participants (enrolled) and money (operating costs), each
 * federation at its latest year with both, as Kolada's "liknande kommuner" compares on a few
 * structural figures. The distance is Euclidean over the logarithms, so 100 vs 200 participants
 * counts as much as 1 000 vs 2 000, and participants weigh as much as money.
 */
const SIMILAR_SQL = `
  WITH size AS (
    SELECT federation_id, year, enrolled::DOUBLE AS enrolled, cost_operating::DOUBLE AS cost_operating
    FROM federation_year WHERE enrolled > 0 AND cost_operating > 0
    QUALIFY row_number() OVER (PARTITION BY federation_id ORDER BY year DESC) = 1
  ),
  pairs AS (
    SELECT a.federation_id, b.federation_id AS other_id, b.year AS other_year, b.enrolled AS other_enrolled, b.cost_operating AS other_cost_operating,
      sqrt(pow(ln(a.enrolled / b.enrolled), 2) + pow(ln(a.cost_operating / b.cost_operating), 2)) AS distance
    FROM size a JOIN size b ON a.federation_id <> b.federation_id
  )
  SELECT federation_id, other_id, other_year::INTEGER AS other_year, other_enrolled, other_cost_operating, distance,
    row_number() OVER (PARTITION BY federation_id ORDER BY distance, other_id)::INTEGER AS rank
  FROM pairs QUALIFY rank <= ${SIMILAR_COUNT} ORDER BY federation_id, rank`;

/** The measure codes in the order DuckDB sorts them (plain code-point order; the codes are ASCII). */
const MEASURE_CODES = COMPARABLE_MEASURES.map((m) => m.code).sort();

/**
 * `sql`'s rows for each measure in turn (its `$1`), in measure order, as one ORDER BY measure
 * would give them. federation_measure is a union of one federation_year scan per measure: read
 * whole under the site's memory limit, DuckDB 1.5 runs out of memory (even at 1 GB, while it
 * needs under 0.5 GB unlimited); one measure at a time it reads each in a fraction of a second.
 */
async function eachMeasure(q: Query, sql: string): Promise<Record<string, unknown>[]> {
  const rows: Record<string, unknown>[] = [];
  for (const code of MEASURE_CODES) for (const row of await q(sql, [code])) rows.push(row);
  return rows;
}

export async function comparisonSummary(q: Query) {
  return {
    federations: await q(`SELECT federation_id, name FROM federation ORDER BY name, federation_id`),
    measureDefs: COMPARABLE_MEASURES.map(({ code, sv, definitionSv, unit, basisUnits }) => ({
      code,
      sv,
      definition: definitionSv,
      unit,
      basisUnits: basisUnits ?? null,
    })),
    // Each federation's newest year with a value, per measure (the comparisons side by side).
    latest: await eachMeasure(
      q,
      `SELECT ${MEASURE_COLUMNS} FROM federation_measure m WHERE m.measure = $1 AND m.value IS NOT NULL
      QUALIFY row_number() OVER (PARTITION BY m.federation_id ORDER BY m.year DESC) = 1
      ORDER BY m.federation_id`,
    ),
    // The size each federation is compared on, at its latest year with both figures.
    size: await q(`
      SELECT federation_id, year, enrolled::DOUBLE AS enrolled, cost_operating::DOUBLE AS cost_operating
      FROM federation_year WHERE enrolled > 0 AND cost_operating > 0
      QUALIFY row_number() OVER (PARTITION BY federation_id ORDER BY year DESC) = 1 ORDER BY federation_id`),
    similar: await q(SIMILAR_SQL),
  };
}

/** The chunks' lists; `q` may answer for a batch of federations only. */
export async function comparisonLists(q: Query) {
  return {
    // Every federation, year and measure (the trends).
    measures: await eachMeasure(
      q,
      `SELECT ${MEASURE_COLUMNS} FROM federation_measure m WHERE m.measure = $1 ORDER BY m.federation_id, m.year`,
    ),
  };
}
