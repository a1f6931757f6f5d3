/**
 * One `data_quality` row, the one way every step builds it (parser findings, precedence,
 * unknown names, reconciliation, rejected inputs): the columns a finding must state, and NULL
 * for the optional ones it leaves out.
 */
import { tableDef, type RowOf } from "../schema/tables.ts";

export type QualityRow = RowOf<"data_quality">;

/** The nullable columns of data_quality: a finding may leave them out. */
type OptionalColumn = { [K in keyof QualityRow]: null extends QualityRow[K] ? K : never }[keyof QualityRow];

export type QualityFinding = Omit<QualityRow, OptionalColumn> & Partial<Pick<QualityRow, OptionalColumn>>;

const NULLS = Object.fromEntries(
  tableDef("data_quality")
    .columns.filter((c) => c.nullable)
    .map((c) => [c.name, null]),
) as Record<OptionalColumn, null>;

export function qualityRow(finding: QualityFinding): QualityRow {
  return { ...NULLS, ...finding };
}
