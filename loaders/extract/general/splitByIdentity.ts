/**
 * Rows whose digits group more than one way, settled by the sums the statement must agree with.
 *
 * - Income statement: operating result = revenue − costs, and the year's result = the operating
 *   result + the financial items between them; a single-spaced row of any of these ("Verksamhetens
 *   resultat 0 -188 228": 0 | -188 | 228, or 0 | -188 228 with a column left empty) is read when
 *   exactly one of its full readings makes the sum hold in every column.
 * - Balance sheet: closing equity = opening equity + the year's result, and closing equity + the
 *   liabilities under it = total equity and liabilities; a closing-equity row ("Utgående eget kapital 6 198 431
 *   299 346": note 6 and 198 431, or 6 198 431) takes the one reading, with or without a note, that
 *   makes them hold; total assets and total equity and liabilities take the one reading that equals
 *   the other; one asset row among read ones takes the reading that makes the assets add up.
 * - A dash set apart before a row's first number ("Årets resultat – 228 335 250 560") is its sign
 *   in one reading and an empty cell in another: the sum picks.
 *
 * Where several rows of one sum are unread, every combination of their readings is tried, and each
 * takes the reading every combination that adds up gives it (`settleRows`); a row already read is
 * read again only by the single-row sums this layer had before (operating result, closing equity,
 * the two totals). One settled row can give the next its sum, so the steps go round until nothing
 * more settles. Otherwise nothing changes and the row stays as read (or unread). Pure.
 */
import { numberReadings } from "../numbers.ts";
import { numericTail } from "./layoutGrid.ts";
import { GROUPED_MORE_THAN_ONE_WAY, type RawTable, type TableRow } from "./statementRows.ts";
import { statementItem, type StatementKind } from "../../reference/statementLabels.ts";

type Line = { line: number; text: string; label: string };
type Values = number[];
type RowOf = (item: string) => Values | undefined;
type Step = (table: RawTable) => RawTable;

/**
 * Allowed difference, in the units written: tkr figures are each rounded, so a sum of two may be
 * off by one or two (the identity gate allows the same). Other readings are off by far more.
 */
const ROUNDING = 2;
/** Rounds of settling: a row one round settles may give the next round's sum its last unknown. */
const ROUNDS = 4;
/** Financial items between the operating result and the year's result, with the sign each adds. */
const FINANCIAL: Record<string, (v: number) => number> = {
  revenue_financial: (v) => Math.abs(v),
  cost_financial: (v) => -Math.abs(v),
  financial_items: (v) => v,
};
/** The liability items of the statement lexicon (`statementLabels.ts`). */
const LIABILITIES = new Set(["liabilities_short"]);

const INCOME_STEPS: Step[] = [
  // Revenue − costs = operating result, any two of them unread.
  (t) =>
    settleSum(
      t,
      [
        { item: "revenue_operating", add: PLUS },
        { item: "cost_operating", add: LESS_COST },
      ],
      "operating_result",
    ),
  // Operating result = revenue − costs.
  (t) =>
    settle(t, "operating_result", (row) => {
      const revenue = row("revenue_operating");
      const cost = row("cost_operating");
      return revenue && cost ? revenue.map((r, k) => r - Math.abs(cost[k]!)) : undefined;
    }),
  // The year's result = operating result + the financial items written between them.
  settleResult,
];

const BALANCE_STEPS: Step[] = [
  // Opening equity + the year's result = closing equity, any two of them unread.
  (t) =>
    settleSum(
      t,
      [
        { item: "equity_start", add: PLUS },
        { item: "result", add: PLUS },
      ],
      "equity_end",
    ),
  // Closing equity = opening equity + the year's result.
  (t) =>
    settle(t, "equity_end", (row) => {
      const opening = row("equity_start");
      const result = row("result");
      return opening && result ? opening.map((o, k) => o + result[k]!) : undefined;
    }),
  // Total assets: the asset rows above it when they are all read and none is a subtotal.
  (t) => settle(t, "assets_total", (row, line) => row("equity_and_liabilities") ?? sumAbove(t, line)),
  (t) => settle(t, "equity_and_liabilities", (row) => row("assets_total")),
  settleAssets,
  settleEquityAndLiabilities,
];

export function resolveSplitsByIdentity(table: RawTable): RawTable {
  const kind = table.block.kind;
  const steps = kind === "income_statement" ? INCOME_STEPS : kind === "balance_sheet" ? BALANCE_STEPS : [];
  let out = table;
  for (let round = 0; round < ROUNDS; round++) {
    const before = out;
    for (const step of steps) out = step(out);
    if (out === before) break;
  }
  return out;
}

/**
 * The table with its `item` row (read, or unread because its digits group more than one way)
 * read as the one reading that equals `expected` in every column. Unchanged when the other rows
 * are not all read, or when no reading or more than one fits.
 */
function settle(
  table: RawTable,
  item: string,
  expected: (row: RowOf, line: number) => Values | undefined,
  fitsCell: (value: number, want: number) => boolean = (v, want) => Math.abs(v - want) <= ROUNDING,
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
    const fits = readingsOf(table, c.text).filter((r) => r.every((v, k) => fitsCell(v, want[k]!)));
    return fits.length === 1 ? [{ line: c.line, text: c.text, label: c.label, values: fits[0]! }] : [];
  });
  return withRows(
    table,
    resolved.filter((r) => !sameAsRead(table, r)),
  );
}

/** Whether a row is already read with these values (settling it again changes nothing). */
function sameAsRead(table: RawTable, row: TableRow): boolean {
  const read = table.rows.find((r) => r.line === row.line);
  return !!read && read.values.length === row.values.length && read.values.every((v, k) => v === row.values[k]);
}

/** The read rows and the rows unread because their digits group more than one way, between two lines. */
function entriesBetween(table: RawTable, from: number, to: number): Entry[] | undefined {
  const unread = table.unread.filter((u) => u.line > from && u.line < to);
  if (unread.some((u) => u.reason !== GROUPED_MORE_THAN_ONE_WAY)) return undefined;
  return [
    ...table.rows.filter((r) => r.line > from && r.line < to).map((r) => ({ row: r as Line, read: r })),
    ...unread.map((u) => ({ row: u as Line })),
  ].sort((a, b) => a.row.line - b.row.line);
}

/**
 * Total assets = the rows above it (none a subtotal), any of them unread ("Kassa och bank 2 604 220":
 * note 2 and 604 220, or 2 604 220), the total too.
 */
function settleAssets(table: RawTable): RawTable {
  const totals = entriesOf(table, "assets_total");
  if (totals.length !== 1) return table;
  const above = entriesBetween(table, 0, totals[0]!.row.line);
  if (!above || above.length === 0 || above.some((e) => isTotalLabel(e.row.label))) return table;
  return settleRows(
    table,
    above.map((e) => ({ entry: e, add: PLUS })),
    totals[0]!,
  );
}

/**
 * Total equity and liabilities = the closing equity + the liabilities written between them (a
 * "Summa skulder" row when there is one, else every liability row), any of them unread.
 */
function settleEquityAndLiabilities(table: RawTable): RawTable {
  const itemOf = itemIn(table);
  const equity = entriesOf(table, "equity_end");
  const totals = entriesOf(table, "equity_and_liabilities");
  if (equity.length !== 1 || totals.length !== 1) return table;
  const between = entriesBetween(table, equity[0]!.row.line, totals[0]!.row.line);
  if (!between || between.length === 0) return table;
  // "Summa skulder" closing the liabilities stands for them; a subtotal among them ("Summa kortfristiga
  // skulder" over "Långfristiga skulder") leaves the sum unknown.
  const sums = between.filter((e) => isTotalLabel(e.row.label));
  const closing = sums.length === 1 && sums[0] === between.at(-1);
  if (sums.length > 0 && !closing) return table;
  const parts = closing ? sums : between;
  if (!closing && !parts.every((e) => LIABILITIES.has(itemOf(e.row.label) ?? ""))) return table;
  return settleRows(
    table,
    [equity[0]!, ...parts].map((e) => ({ entry: e, add: PLUS })),
    totals[0]!,
  );
}

/** A subtotal's or total's label ("Summa omsättningstillgångar", "Totalt"). */
function isTotalLabel(label: string): boolean {
  return /^(summa|totalt?)\b|totalt$/i.test(label.trim());
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

/** A term of a sum: the item's row, and how its cells add (a cost written with a minus or without subtracts). */
interface Term {
  item: string;
  add: (v: number) => number;
}
const PLUS = (v: number) => v;
const LESS_COST = (v: number) => -Math.abs(v);
/** Most readings tried together; a row that splits more ways than this is left unread. */
const MAX_COMBINATIONS = 4096;

/**
 * The rows of `terms` and `total` that the sum settles together: where two or three of them are
 * unread ("Ingående eget kapital 2 880 500 2 629 940" and "Årets resultat – 228 335 250 560", each
 * with a note or a sign in one reading), every combination of their readings (a read row's own
 * values only) is tried, and each unread row takes the reading every combination that adds up gives
 * it. Unchanged when no combination adds up, or the rows give no single reading.
 */
function settleSum(table: RawTable, terms: readonly Term[], total: string): RawTable {
  const found = [...terms.map((t) => t.item), total].map((item) => entriesOf(table, item));
  if (found.some((f) => f.length !== 1)) return table;
  const entries = found.map((f) => f[0]!);
  return settleRows(
    table,
    terms.map((t, j) => ({ entry: entries[j]!, add: t.add })),
    entries.at(-1)!,
  );
}

/** A row of the table, read or unread because its digits group more than one way. */
interface Entry {
  row: Line;
  read?: TableRow;
}

/** The rows of an item, read or unread because their digits group more than one way. */
function entriesOf(table: RawTable, item: string): Entry[] {
  const itemOf = itemIn(table);
  return [
    ...table.rows.filter((r) => itemOf(r.label) === item).map((r) => ({ row: r, read: r })),
    ...table.unread
      .filter((u) => u.reason === GROUPED_MORE_THAN_ONE_WAY && itemOf(u.label) === item)
      .map((u) => ({ row: u })),
  ];
}

/**
 * The unread rows among `terms` and `total` read as the one reading each has in every combination
 * of readings (a read row's own values only) where the terms add up to the total in every column.
 */
function settleRows(
  table: RawTable,
  terms: readonly { entry: Entry; add: (v: number) => number }[],
  total: Entry,
): RawTable {
  const entries = [...terms.map((t) => t.entry), total];
  if (entries.every((e) => e.read)) return table;
  const options = entries.map((e) => (e.read ? [e.read.values as number[]] : readingsOf(table, e.row.text)));
  if (options.reduce((n, o) => n * o.length, 1) > MAX_COMBINATIONS) return table;
  const columns = table.header.valueColumns.length;
  const chosen: number[][][] = entries.map(() => []);
  const pick = (i: number, acc: number[][]) => {
    if (i === entries.length) {
      const sum = acc.at(-1)!;
      const adds = [...Array(columns).keys()].every(
        (k) => Math.abs(terms.reduce((a, t, j) => a + t.add(acc[j]![k]!), 0) - sum[k]!) <= ROUNDING,
      );
      if (adds) acc.forEach((v, j) => chosen[j]!.push(v));
      return;
    }
    for (const o of options[i]!) pick(i + 1, [...acc, o]);
  };
  pick(0, []);
  const settled = entries.flatMap((e, j) => {
    if (e.read || chosen[j]!.length === 0) return [];
    const first = chosen[j]![0]!;
    const one = chosen[j]!.every((v) => v.length === first.length && v.every((x, k) => x === first[k]));
    return one ? [{ line: e.row.line, text: e.row.text, label: e.row.label, values: first }] : [];
  });
  return withRows(table, settled);
}

/**
 * The year's result = the operating result + the financial items written between them, any of
 * them unread; nothing when a row between is anything else.
 */
function settleResult(table: RawTable): RawTable {
  const itemOf = itemIn(table);
  const operating = entriesOf(table, "operating_result");
  const result = entriesOf(table, "result");
  if (operating.length !== 1 || result.length !== 1) return table;
  const from = operating[0]!.row.line;
  const to = result[0]!.row.line;
  if (from >= to) return table;
  const between = entriesBetween(table, from, to);
  if (!between) return table;
  const adds = between.map((e) => FINANCIAL[itemOf(e.row.label) ?? ""]);
  if (adds.some((a) => a === undefined)) return table;
  return settleRows(
    table,
    [{ entry: operating[0]!, add: PLUS }, ...between.map((e, i) => ({ entry: e, add: adds[i]! }))],
    result[0]!,
  );
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
