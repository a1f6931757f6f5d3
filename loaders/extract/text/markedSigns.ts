/**
 * Signs a print-out writes after the number instead of before it, read as a statement writes them:
 *
 * - a trailing minus ("6 512 300-", "272 300 -"): the amount is negative;
 * - a credit mark ("4 812 000 Kr"): the amount is on the credit side. In an income statement the
 *   credits are the revenue and a surplus and the debits (no mark) the costs and a deficit, so a
 *   credit is written positive and a debit negative.
 *
 * Never by a legend alone: the marks are read only where a block of table rows (a label, then cells
 * of one count, each a number with or without its mark) sums to its own result line in every column
 * once signed: each subtotal row (one that is the sum of the rows above it since the last subtotal,
 * "Verksamhetens resultat") carries the running sum on, and the block's last row, a result line of
 * the income statement's lexicon, is the sum of every row above it that is no subtotal. A block
 * whose sums do not hold is left as written (a wrong sign is worse than none), and a capital "Kr" is
 * never the lower-case unit "kr". A note's number in a column headed "Not" is no cell. A block under a
 * "(forts.)" header, a page below a block whose sums held, carries that block's last line on into its own
 * sum ("Verksamhetens resultat 168 240-", then "Finansiella intäkter 3 050" and "Årets resultat 165 190-").
 * Every number keeps its right edge, so the columns stay where they were. Pure.
 */
import { statementItem } from "../../reference/statementLabels.ts";
import { mayHold, someLineMatches } from "./wholeText.ts";

/** A cell: a number, then its mark if any ("-", " -", " Kr", "Kr"). */
const CELL = /^([-−–]?)(\d{1,3}(?: \d{3})*(?:,\d\d)?)(?:(\s?[-−–])|(\s?Kr))?$/;
/** Cheap test before any splitting: a digit with a minus or "Kr" right after it, closing a cell. */
const MARK = /\d ?(?:[-−–]|Kr)(?= {2,}|\t|$)/;
/** A table row: a label with a letter, then cells set two spaces or more apart. */
/** MARK over the whole text: a line's end is a "\n" there. */
const MARK_ANYWHERE = /\d ?(?:[-−–]|Kr)(?= {2,}|\t|\n|$)/;
const ROW = /^(\s*\S.*?\p{L}.*?)(?: {2,}|\t)((?:[-−–]?\d[\d ,]*\d|\d)(?:\s?(?:[-−–]|Kr))?(?:(?: {2,}|\t)\S.*)?)$/u;
/** A rule under a header or between groups ("-----  ------"): passed over inside a block. */
const RULE = /^[\s=_-]*$/;
const RESULT_ITEMS = new Set(["operating_result", "result"]);

interface Cell {
  /** In hundredths, so öre add up exactly. */
  value: number;
  /** The number as written, without its sign or mark ("11 236 412,00"). */
  digits: string;
  mark: "minus" | "credit" | undefined;
  signed: boolean;
  /** Where the cell's text starts and ends on the line. */
  start: number;
  end: number;
}
interface Row {
  line: number;
  label: string;
  cells: Cell[];
}

/** The lines with a print-out's marked signs written before the numbers; undefined when none is read. */
export function markedSigns(lines: readonly string[]): string[] | undefined {
  if (!mayHold(lines, MARK_ANYWHERE) || !someLineMatches(lines, MARK)) return undefined;
  let out: string[] | undefined;
  /** The last block whose sums held: a block continued under a "(forts.)" header carries its sums on. */
  let settled: { last: Row; negative: Negative; end: number } | undefined;
  for (let n = 0; n < lines.length; n++) {
    if (!MARK.test(lines[n]!)) continue;
    const note = noteColumn(lines, n);
    const marked = rowOf(lines[n]!, n, note);
    if (!marked) continue;
    // The block around the marked line: the table rows next to it with as many cells.
    const width = marked.cells.length;
    const rows = blockAround(lines, n, width, note);
    const first = rows[0]!.line;
    const last = rows[rows.length - 1]!.line;
    const carried =
      settled &&
      first - settled.end <= CONTINUED_WITHIN &&
      continues(lines, first) &&
      settled.last.cells.length === width
        ? settled
        : undefined;
    const signs = settleSigns(rows, carried);
    if (signs) {
      out ??= [...lines];
      for (const r of rows) out[r.line] = rewrite(out[r.line]!, r, signs);
      if (first > 0 && !carried) out[first - 1] = namedHeader(out[first - 1]!, width);
      settled = { last: rows[rows.length - 1]!, negative: signs, end: last };
    }
    n = last;
  }
  return out;
}

/** How far (in lines) a "(forts.)" block may stand below the block it continues: a page's foot and head between. */
const CONTINUED_WITHIN = 12;
/** "Resultaträkning (forts.)", "Resultaträkning, forts.": a header saying the table goes on from a page before. */
const CONTINUED = /\(forts(?:\.|ättning)?\)|,\s*forts(?:\.|ättning)(?!\p{L})/iu;

/** Whether the header right above a block's first row (blank lines passed) says the table goes on. */
function continues(lines: readonly string[], first: number): boolean {
  for (let k = first - 1; k >= Math.max(0, first - 3); k--) {
    if (lines[k]!.trim() === "") continue;
    return CONTINUED.test(lines[k]!);
  }
  return false;
}

/**
 * The column of a header's "Not" over a statement ("Resultaträkning   Not   2025   2024"), within a few
 * lines above line n: a note's number in it ("1", "12") is a reference, never an amount, and no cell.
 */
function noteColumn(lines: readonly string[], n: number): { start: number; end: number } | undefined {
  for (let k = n - 1; k >= Math.max(0, n - NOTE_HEADER_WITHIN); k--) {
    const m = NOTE_HEADER.exec(lines[k]!.replace(/\t/g, "  "));
    if (m) return { start: m.index + m[1]!.length, end: m.index + m[0].length };
  }
  return undefined;
}
const NOTE_HEADER_WITHIN = 8;
/** "Not" (or "Noter") as a header's cell, set apart by two spaces, before a year's column. */
const NOTE_HEADER = /( {2,}|\t)Not(?:er)?(?= {2,}.*(?:19|20)\d\d)/;

/**
 * The table rows around a marked line with as many cells: a single blank line or a rule between its
 * groups goes on with the block, two blank lines or any other line end it.
 */
function blockAround(
  lines: readonly string[],
  n: number,
  width: number,
  note: { start: number; end: number } | undefined,
): Row[] {
  const rows: Row[] = [rowOf(lines[n]!, n, note)!];
  for (const step of [-1, 1]) {
    let blanks = 0;
    for (let k = n + step; k >= 0 && k < lines.length; k += step) {
      const line = lines[k]!;
      if (RULE.test(line)) {
        if (line.trim() === "" && ++blanks > 1) break;
        continue;
      }
      blanks = 0;
      const row = rowOf(line, k, note);
      if (row?.cells.length !== width) break;
      if (step < 0) rows.unshift(row);
      else rows.push(row);
    }
  }
  return rows;
}

function rowOf(line: string, n: number, note?: { start: number; end: number }): Row | undefined {
  const flat = line.replace(/\t/g, "  ");
  const m = ROW.exec(flat);
  if (!m) return undefined;
  const cells: Cell[] = [];
  let at = m[1]!.length;
  for (const part of m[2]!.split(/ {2,}/)) {
    const start = flat.indexOf(part, at);
    const c = CELL.exec(part);
    if (!c) return undefined;
    const mark = c[3] ? "minus" : c[4] ? "credit" : undefined;
    if (mark && c[1]) return undefined;
    const value = Math.round(Number(c[2]!.replace(/ /g, "").replace(",", ".")) * 100);
    at = start + part.length;
    // A note's number under the header's "Not": a reference, no cell.
    const isNote =
      note !== undefined &&
      cells.length === 0 &&
      /^\d{1,2}$/.test(part) &&
      start <= note.end + 2 &&
      start + part.length >= note.start - 2;
    if (!isNote) cells.push({ value, digits: c[2]!, mark, signed: c[1] !== "", start, end: start + part.length });
  }
  if (cells.length === 0) return undefined;
  return { line: n, label: m[1]!.trim(), cells };
}

type Convention = "minus" | "credit";

/** The block's convention where its sums hold with it in every column; undefined otherwise. */
/** Whether a cell is negative as a statement writes it. */
type Negative = (row: Row, cell: Cell) => boolean;

/**
 * The signs of a block whose sums hold, as a statement writes them (revenue and a surplus positive,
 * costs and a deficit negative; assets, equity and liabilities positive), the print-out's convention
 * told by its revenue and costs (a ledger writes revenue as a credit, below zero) or by its assets and
 * claims adding up to zero; undefined where the sums or the convention are not settled.
 */
function settleSigns(rows: Row[], carried?: { last: Row; negative: Negative }): Negative | undefined {
  // A block continued from a page before: the rows it carries on from (its last, a subtotal or a result,
  // opens this block's sum), signed as that block settled them; only the minus convention.
  if (carried) return continuedSigns(rows, carried);
  const marks = new Set(rows.flatMap((r) => r.cells.map((c) => c.mark)).filter(Boolean));
  if (marks.size !== 1 || rows.length < 3) return undefined;
  const convention = [...marks][0] as Convention;
  // A credit block writes no sign of its own, and has debits (unmarked cells) too.
  if (convention === "credit" && rows.some((r) => r.cells.some((c) => c.signed))) return undefined;
  if (convention === "credit" && !rows.some((r) => r.cells.some((c) => !c.mark))) return undefined;
  const last = rows[rows.length - 1]!;
  const result = RESULT_ITEMS.has(statementItem(last.label, "income_statement")?.item ?? "");
  // A balance report closes on the equity and liabilities' total, which its assets' total matches.
  const claims = !result && statementItem(last.label, "balance_sheet")?.item === "equity_and_liabilities";
  const assets = rows.find((r) => statementItem(r.label, "balance_sheet")?.item === "assets_total");
  if (!result && !(claims && assets && convention === "minus")) return undefined;
  const signed = (c: Cell) => {
    if (convention === "minus") return c.mark || c.signed ? -c.value : c.value;
    return c.mark ? c.value : -c.value;
  };
  for (let i = 0; i < last.cells.length; i++) {
    let sum = 0;
    let leaves = 0;
    let group = 0;
    let inGroup = 0;
    for (const r of rows.slice(0, -1)) {
      const v = signed(r.cells[i]!);
      // A subtotal: the sum of its group's rows ("S:a kostnader") or of every row above it
      // ("Verksamhetens resultat"), two rows or more; it opens the next group.
      if ((inGroup >= 2 && v === group) || (leaves >= 2 && v === sum)) {
        group = 0;
        inGroup = 0;
        continue;
      }
      sum += v;
      leaves++;
      group += v;
      inGroup++;
    }
    const closing = signed(last.cells[i]!);
    if (result ? leaves < 2 || closing !== sum : inGroup < 2 || closing !== group) return undefined;
    if (claims && Math.abs(signed(assets!.cells[i]!)) !== Math.abs(closing)) return undefined;
  }
  if (claims) {
    const zero = last.cells.every((c, i) => signed(c) + signed(assets!.cells[i]!) === 0);
    if (zero) return (r, c) => (r.line > assets!.line ? signed(c) > 0 : signed(c) < 0);
    return last.cells.every((c, i) => signed(c) === signed(assets!.cells[i]!) && signed(c) >= 0)
      ? (_, c) => signed(c) < 0
      : undefined;
  }
  const revenue = rows.find((r) => statementItem(r.label, "income_statement")?.item === "revenue_operating");
  const costs = rows.find((r) => statementItem(r.label, "income_statement")?.item === "cost_operating");
  if (!revenue || !costs) return convention === "credit" ? (_, c) => signed(c) < 0 : undefined;
  const [rev, cost] = [signed(revenue.cells[0]!), signed(costs.cells[0]!)];
  if (rev > 0 && cost < 0) return (_, c) => signed(c) < 0;
  // The ledger's own convention: credits (revenue, a surplus) below zero.
  if (rev < 0 && cost > 0) return (_, c) => signed(c) > 0;
  return undefined;
}

/**
 * The signs of a block continued under a "(forts.)" header ("Finansiella intäkter  3 050" over "Årets resultat
 * 165 190-"): the block before closed on a subtotal ("Verksamhetens resultat  168 240-"), which with this
 * block's rows above its last must sum to its last, a result line, in every column. The convention is the
 * block before's (a minus after the number); a block of one row or none, or one whose sums fail, stays unread.
 */
function continuedSigns(rows: Row[], carried: { last: Row; negative: Negative }): Negative | undefined {
  const marks = new Set(rows.flatMap((r) => r.cells.map((c) => c.mark)).filter(Boolean));
  if (rows.length < 2 || (marks.size === 1 && !marks.has("minus")) || marks.size > 1) return undefined;
  if (carried.last.cells.some((c) => c.mark === "credit")) return undefined;
  const last = rows[rows.length - 1]!;
  if (!RESULT_ITEMS.has(statementItem(last.label, "income_statement")?.item ?? "")) return undefined;
  const signed = (c: Cell) => (c.mark || c.signed ? -c.value : c.value);
  for (let i = 0; i < last.cells.length; i++) {
    let sum = signed(carried.last.cells[i]!);
    for (const r of rows.slice(0, -1)) sum += signed(r.cells[i]!);
    if (signed(last.cells[i]!) !== sum) return undefined;
  }
  return (_, c) => signed(c) < 0;
}

/**
 * The header right above a block its sums proved an income statement, its label cell naming the
 * statement where it names none ("Kontoklass  Ack. utfall 2024  Ack. utfall 2023"), so the statement
 * readers find it; its column cells stay as written.
 */
function namedHeader(line: string, width: number): string {
  const m = /^(\s*)(\S(?:.*?\S)?)( {2,}.*)$/.exec(line.replace(/\t/g, "  "));
  if (!m || /\d/.test(m[2]!) || STATEMENT_WORD.test(m[2]!)) return line;
  if (m[3]!.trim().split(/ {2,}/).length !== width) return line;
  const label = "Resultaträkning";
  const room = m[1]!.length + m[2]!.length + m[3]!.search(/\S/);
  if (m[1]!.length + label.length + 2 > room) return line;
  return m[1] + label + " ".repeat(room - m[1]!.length - label.length) + m[3]!.trimStart();
}
const STATEMENT_WORD = /resultat|räkning|intäkt|kostnad|budget/i;

/** A row's cells written with the sign in front, each number ending where it ended. */
function rewrite(line: string, row: Row, negativeOf: Negative): string {
  let s = line.replace(/\t/g, "  ");
  for (const c of row.cells) {
    const negative = negativeOf(row, c);
    const digits = c.digits;
    const numberEnd = c.mark ? s.slice(c.start, c.end).search(/\s?(?:[-−–]|Kr)$/) + c.start : c.end;
    const text = negative ? `-${digits}` : digits;
    const from = numberEnd - text.length;
    if (from <= 0 || (from < c.start && s.slice(from, c.start).trim() !== "")) return line;
    const lo = Math.min(from, c.start);
    s = s.slice(0, lo) + " ".repeat(from - lo) + text + " ".repeat(c.end - numberEnd) + s.slice(c.end);
  }
  return s.trimEnd();
}
