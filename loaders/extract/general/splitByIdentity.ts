/**
 * A single-spaced operating-result row whose digits group more than one way ("Verksamhetens
 * resultat 0 -188 228": 0 | -188 | 228, or 0 | -188 228 with a column left empty) is read when
 * exactly one of its full readings is revenue − costs in every column, with the revenue and cost
 * rows of the same table read. Any other row stays unread. Pure.
 */
import { numberReadings } from "../numbers.ts";
import { numericTail } from "./layoutGrid.ts";
import type { RawTable } from "./statementRows.ts";
import { statementItem } from "../../reference/statementLabels.ts";

const GROUPED_MORE_THAN_ONE_WAY = "the digits can be grouped into columns more than one way";

export function resolveSplitsByIdentity(table: RawTable): RawTable {
  if (table.block.kind !== "income_statement" || table.header.hasNote) return table;
  const columns = table.header.valueColumns.length;
  const rowOf = (item: string) => {
    const rows = table.rows.filter((r) => statementItem(r.label, "income_statement")?.item === item);
    return rows.length === 1 && rows[0]!.values.every((v) => v !== null && Number.isFinite(v))
      ? (rows[0]!.values as number[])
      : undefined;
  };
  const revenue = rowOf("revenue_operating");
  const cost = rowOf("cost_operating");
  if (!revenue || !cost) return table;
  const net = revenue.map((r, k) => r - Math.abs(cost[k]!));
  const resolved = table.unread.flatMap((u) => {
    if (
      u.reason !== GROUPED_MORE_THAN_ONE_WAY ||
      statementItem(u.label, "income_statement")?.item !== "operating_result"
    )
      return [];
    const fits = numberReadings(numericTail(u.text).tail, columns).filter((r) =>
      r.every((v, k) => Math.abs(v - net[k]!) < 0.5),
    );
    return fits.length === 1 ? [{ line: u.line, text: u.text, label: u.label, values: fits[0]! }] : [];
  });
  if (resolved.length === 0) return table;
  const done = new Set(resolved.map((r) => r.line));
  return {
    ...table,
    rows: [...table.rows, ...resolved].sort((a, b) => a.line - b.line),
    unread: table.unread.filter((u) => !done.has(u.line)),
  };
}
