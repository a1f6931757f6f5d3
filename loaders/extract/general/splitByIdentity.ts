/**
 * Rows whose digits group more than one way, settled by a sum the statement must agree with.
 *
 * - Income statement: a single-spaced operating-result row ("Verksamhetens resultat 0 -188 228":
 *   0 | -188 | 228, or 0 | -188 228 with a column left empty) is read when exactly one of its full
 *   readings is revenue − costs in every column.
 * - Balance sheet under a Not column: a closing-equity row ("Utgående eget kapital 6 198 431
 *   299 346": note 6 and 198 431, or 6 198 431) takes the one reading, with or without a note,
 *   that is opening equity + the year's result in every column.
 *
 * The other rows must be read, and complete, in every column; otherwise nothing changes and the
 * row stays as read (or unread). Pure.
 */
import { numberReadings } from "../numbers.ts";
import { numericTail } from "./layoutGrid.ts";
import { GROUPED_MORE_THAN_ONE_WAY, type RawTable, type TableRow } from "./statementRows.ts";
import { statementItem, type StatementKind } from "../../reference/statementLabels.ts";

type Line = { line: number; text: string; label: string };

/**
 * Allowed difference, in the units written: tkr figures are each rounded, so a sum of two may be
 * off by one or two (the identity gate allows the same). Other readings are off by far more.
 */
const ROUNDING = 2;

export function resolveSplitsByIdentity(table: RawTable): RawTable {
  const kind = table.block.kind;
  if (kind !== "income_statement" && kind !== "balance_sheet") return table;
  const columns = table.header.valueColumns.length;
  const itemOf = (label: string) => statementItem(label, kind as StatementKind)?.item;
  const rowOf = (item: string) => {
    const rows = table.rows.filter((r) => itemOf(r.label) === item);
    return rows.length === 1 && rows[0]!.values.every((v) => v !== null && Number.isFinite(v))
      ? (rows[0]!.values as number[])
      : undefined;
  };
  /** The readings of a row's numbers that fill every column, with and (under a Not column) without a leading note. */
  const readingsOf = (text: string): number[][] => {
    const tail = numericTail(text).tail;
    const plain = numberReadings(tail, columns);
    const note = /^(\d{1,2}) (.+)$/.exec(tail);
    return table.header.hasNote && note ? [...plain, ...numberReadings(note[2]!, columns)] : plain;
  };
  const fitting = (row: Line, expected: number[]) => {
    const fits = readingsOf(row.text).filter((r) => r.every((v, k) => Math.abs(v - expected[k]!) <= ROUNDING));
    return fits.length === 1 ? fits[0]! : undefined;
  };

  if (kind === "income_statement") {
    if (table.header.hasNote) return table;
    const revenue = rowOf("revenue_operating");
    const cost = rowOf("cost_operating");
    if (!revenue || !cost) return table;
    const net = revenue.map((r, k) => r - Math.abs(cost[k]!));
    const resolved = table.unread.flatMap((u) => {
      if (u.reason !== GROUPED_MORE_THAN_ONE_WAY || itemOf(u.label) !== "operating_result") return [];
      const values = fitting(u, net);
      return values ? [{ line: u.line, text: u.text, label: u.label, values }] : [];
    });
    return withRows(table, resolved);
  }

  if (!table.header.hasNote) return table;
  const opening = rowOf("equity_start");
  const result = rowOf("result");
  if (!opening || !result) return table;
  const closing = opening.map((o, k) => o + result[k]!);
  const candidates: Line[] = [
    ...table.rows.filter((r) => itemOf(r.label) === "equity_end"),
    ...table.unread.filter((u) => u.reason === GROUPED_MORE_THAN_ONE_WAY && itemOf(u.label) === "equity_end"),
  ];
  const resolved = candidates.flatMap((row) => {
    const values = fitting(row, closing);
    return values ? [{ line: row.line, text: row.text, label: row.label, values }] : [];
  });
  return withRows(table, resolved);
}

/** The table with these rows read as given (replacing a row or an unread entry on the same line). */
function withRows(table: RawTable, resolved: TableRow[]): RawTable {
  if (resolved.length === 0) return table;
  const done = new Set(resolved.map((r) => r.line));
  return {
    ...table,
    rows: [...table.rows.filter((r) => !done.has(r.line)), ...resolved].sort((a, b) => a.line - b.line),
    unread: table.unread.filter((u) => !done.has(u.line)),
  };
}
