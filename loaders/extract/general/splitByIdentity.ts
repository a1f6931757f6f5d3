/**
 * Rows whose digits group more than one way, settled by a sum the statement must agree with.
 *
 * - Income statement: a single-spaced operating-result row ("Verksamhetens resultat 0 -188 228":
 *   0 | -188 | 228, or 0 | -188 228 with a column left empty) is read when exactly one of its full
 *   readings is revenue − costs in every column.
 * - Balance sheet: a closing-equity row ("Utgående eget kapital 6 198 431 299 346": note 6 and
 *   198 431, or 6 198 431) takes the one reading, with or without a note, that is opening equity
 *   + the year's result in every column; total assets and total equity and liabilities take the
 *   one reading that equals the other.
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
  if (kind === "income_statement") {
    // Operating result = revenue − costs.
    return settle(table, "operating_result", (row) => {
      const revenue = row("revenue_operating");
      const cost = row("cost_operating");
      return revenue && cost ? revenue.map((r, k) => r - Math.abs(cost[k]!)) : undefined;
    });
  }
  if (kind !== "balance_sheet") return table;
  // Closing equity = opening equity + the year's result; total assets = total equity and liabilities.
  let out = settle(settleOpening(table), "equity_end", (row) => {
    const opening = row("equity_start");
    const result = row("result");
    return opening && result ? opening.map((o, k) => o + result[k]!) : undefined;
  });
  // Total assets: the asset rows above it when they are all read and none is a subtotal.
  out = settle(out, "assets_total", (row, line) => row("equity_and_liabilities") ?? sumAbove(out, line));
  return settle(out, "equity_and_liabilities", (row) => row("assets_total"));
}

/**
 * The table with its `item` row (read, or unread because its digits group more than one way)
 * read as the one reading that equals `expected` in every column. Unchanged when the other rows
 * are not all read, or when no reading or more than one fits.
 */
function settle(
  table: RawTable,
  item: string,
  expected: (row: (item: string) => number[] | undefined, line: number) => number[] | undefined,
): RawTable {
  const itemOf = itemIn(table);
  const row = readRowOf(table);
  const candidates: Line[] = [
    ...table.rows.filter((r) => itemOf(r.label) === item),
    ...table.unread.filter((u) => u.reason === GROUPED_MORE_THAN_ONE_WAY && itemOf(u.label) === item),
  ];
  const resolved = candidates.flatMap((c) => {
    const want = expected(row, c.line);
    if (!want) return [];
    const fits = readingsOf(table, c.text).filter((r) => r.every((v, k) => Math.abs(v - want[k]!) <= ROUNDING));
    return fits.length === 1 ? [{ line: c.line, text: c.text, label: c.label, values: fits[0]! }] : [];
  });
  return withRows(table, resolved);
}

/** The finance item of a label in this table's kind of statement. */
function itemIn(table: RawTable): (label: string) => string | undefined {
  const kind = table.block.kind as StatementKind;
  return (label) => statementItem(label, kind)?.item;
}

/** The values of the one read, complete row of an item, or undefined. */
function readRowOf(table: RawTable): (item: string) => number[] | undefined {
  const itemOf = itemIn(table);
  return (item) => {
    const rows = table.rows.filter((r) => itemOf(r.label) === item);
    return rows.length === 1 && rows[0]!.values.every((v) => v !== null && Number.isFinite(v))
      ? (rows[0]!.values as number[])
      : undefined;
  };
}

/** The readings of a row's numbers that fill every column, with and (under a Not column) without a leading note. */
function readingsOf(table: RawTable, text: string): number[][] {
  const columns = table.header.valueColumns.length;
  const tail = numericTail(text).tail;
  const plain = numberReadings(tail, columns);
  const note = /^(\d{1,2}) (.+)$/.exec(tail);
  return table.header.hasNote && note ? [...plain, ...numberReadings(note[2]!, columns)] : plain;
}

/**
 * Opening equity unread because its digits split more than one way, with the closing equity
 * unread or read: the one opening reading that, with the year's result, gives a reading of the
 * closing row in every column. Then the closing row is settled from it (above).
 */
function settleOpening(table: RawTable): RawTable {
  const itemOf = itemIn(table);
  const result = readRowOf(table)("result");
  const opening = table.unread.filter(
    (u) => u.reason === GROUPED_MORE_THAN_ONE_WAY && itemOf(u.label) === "equity_start",
  );
  const closing = [...table.rows, ...table.unread].filter((r) => itemOf(r.label) === "equity_end");
  if (!result || opening.length !== 1 || closing.length !== 1) return table;
  const closings = readingsOf(table, closing[0]!.text);
  const fits = readingsOf(table, opening[0]!.text).filter((o) =>
    closings.some((c) => c.every((v, k) => Math.abs(v - (o[k]! + result[k]!)) <= ROUNDING)),
  );
  const u = opening[0]!;
  return fits.length === 1
    ? withRows(table, [{ line: u.line, text: u.text, label: u.label, values: fits[0]! }])
    : table;
}

/**
 * The column sums of the rows above `line` (from the header): undefined when one of them is a
 * subtotal ("Summa omsättningstillgångar") or a row between is unread, or there are fewer than two.
 */
function sumAbove(table: RawTable, line: number): number[] | undefined {
  const above = table.rows.filter((r) => r.line < line);
  if (above.length < 2 || table.unread.some((u) => u.line < line)) return undefined;
  if (above.some((r) => /^(summa|totalt?)\b|totalt$/i.test(r.label.trim()))) return undefined;
  if (!above.every((r) => r.values.every((v) => v !== null && Number.isFinite(v)))) return undefined;
  return table.header.valueColumns.map((_, k) => above.reduce((a, r) => a + (r.values[k] as number), 0));
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
