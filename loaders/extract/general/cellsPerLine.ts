/**
 * Tables some PDF-to-text tools export with one cell per line: the column headings one per line
 * ("Not" / "2023" / "2022", "Kvinnor" / "Män" / "Totalt"), then each row as its label on one line
 * and each of its cells on a line of its own. No reader can see a row in that; this step, run on
 * the reading text before any reader, sets such a table back in columns: one line per row, each
 * cell right-aligned under its heading, so the layout grid reads it like any table laid out with
 * gaps (`layoutGrid.ts` `cellsByPosition`). The label column's title on the line above the
 * headings ("Hemkommun", "Belopp i kronor") goes on the header's line, where a laid-out table has
 * it and the readers look for it ("Hemkommun": the rows are members).
 *
 * It fires only where the table says how its cells fall:
 * - column headings stand one per line above the first row's label, each a column word the
 *   readers know (a year, a balance date, Not, Budget/Utfall, Andel/%, Antal, and the lexicon's
 *   measures, genders and destinations: Nya, Kvinnor, Tot, Till arbete); the bare years and
 *   dates among them are of different years (a list of meeting dates is no header);
 * - the rows decide how many of those headings are columns (the last n: a heading above them is
 *   the label column's title, "Deltagare" over "Kvinnor" / "Män" / "Totalt"): every row has n
 *   cells, or, under a Not column, both amounts without a note or a note alone; a row whose
 *   cells could fall two ways ("4" / "120" under Not, 2024, 2023) or any other count leaves the
 *   whole table as written;
 * - at least two rows. Blank lines and a heading or two inside the table ("Tillgångar") stay
 *   lines of their own; a row that does not fit after them starts something else, and the
 *   table ends before them;
 * - one column only where its rows add up to a Summa/Totalt row under them ("Arbete" / "9" …
 *   "Summa" / "20"); the table ends at that row.
 *
 * So prose with a number on a line of its own, page numbers, a list of labels each with one
 * value under it ("Nyckeltal" / "Deltagare" / "164") and lists of dates are left alone. Pure.
 */
import { bestConcept } from "../../reference/concepts.ts";
import { isColumnCell } from "./columnHeaders.ts";
import { TOTAL_LABEL } from "../../reference/rowLabels.ts";
import { parseSwedishNumber } from "../numbers.ts";
import { clean } from "../documentText.ts";
import { rememberByText } from "../textMemo.ts";
import { isStatementHeading } from "./statementBlocks.ts";

/** A line that is one cell: an amount, a count, a share, or a dash for an empty cell. */
const CELL = /^(?:[-−–]\s?)?\(?(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:,\d+)?\)?(?:[ \u00a0\u202f]?%)?$|^[-−–—]$/;
/**
 * The characters a line may hold to be a `CELL` once cleaned: its digits, signs, brackets, comma, per
 * cent and white space of any kind (cleaning only joins and trims white space); and a digit or a dash.
 */
const MAY_BE_CELL = /^[\d\-−–—(),%\s\u00a0\u202f]+$/;
const CELL_MARK = /[\d\-−–—]/;
const NOTE_HEADING = /^(not|noter|note)$/i;
/** A note number standing in a Not column: one or two digits. */
const NOTE_CELL = /^[1-9]\d?$/;
/** Column words beside the statement's (`isColumnCell`) and the genders': a count column. */
const COUNT_HEADING = /^(antal|st|antal personer|antal deltagare)$/i;
const HEADING_CONCEPTS = ["participants", "gender", "exit"] as const;
const YEAR_OR_DATE = /^((?:19|20)\d\d)(?:-\d\d-\d\d)?$/;
/** Wider than any table's row label: a longer line is a sentence. */
const MAX_LABEL = 90;
/** A header of more columns than this is no table exported cell by cell. */
const MAX_COLUMNS = 8;
const GAP = "    ";
/** Headings inside a table between its header and its first row ("Tillgångar", "Omsättningstillgångar"). */
const MAX_INNER_HEADINGS = 2;

export interface CellLines {
  /** The lines with each table set back in columns. */
  lines: string[];
  /** Per line of `lines`, the 0-based index of the first input line it was made from. */
  from: number[];
}

/** A row of a table: its label line and its cells' lines (0-based indexes). */
interface Row {
  label: number;
  cells: number[];
}

interface Table {
  /** The line right above the headings that names the label column ("Hemkommun", "Belopp i kronor"), set on the header's line. */
  title?: number;
  headings: number[];
  /** Rows, and label lines with no cells (headings inside the table) as rows without cells. */
  rows: Row[];
  end: number;
}

/**
 * The lines with every table exported one cell per line set back in columns, or undefined when
 * there is none. `keep(i)` says a line must stay as written (a number OCR repaired on it: its
 * figure must be judged on its own line).
 */
export function joinCellLines(
  lines: readonly string[],
  keep: (i: number) => boolean = () => false,
): CellLines | undefined {
  // A table starts at a cell's line: a document with none is not cleaned line by line.
  const mayBeCell = lines.map((line) => MAY_BE_CELL.test(line) && CELL_MARK.test(line));
  if (!mayBeCell.includes(true)) return undefined;
  // Each line cleaned where a cell or a table's label is asked for; the whole text once a table may start.
  let cleaned: string[] | undefined;
  const isCell = (i: number) => i >= 0 && i < lines.length && mayBeCell[i]! && CELL.test(clean(lines[i]!));
  const tables: Table[] = [];
  for (let i = 1; i < lines.length; i++) {
    if (!isCell(i) || isCell(i - 1) || (tables.at(-1)?.end ?? -1) > i) continue;
    // A table's first row opens on its label (`tableAt`): a page number under a sentence starts none.
    if (!isLabel(clean(lines[i - 1]!))) continue;
    const text = (cleaned ??= lines.map(clean));
    const table = tableAt(text, i - 1, isCell);
    // A header never reaches back into the table before it.
    if (table && !touches(table, keep) && (table.title ?? table.headings[0]!) >= (tables.at(-1)?.end ?? 0))
      tables.push(table);
  }
  if (tables.length === 0) return undefined;
  const out: CellLines = { lines: [], from: [] };
  let next = 0;
  for (const t of tables) {
    const start = t.title ?? t.headings[0]!;
    for (; next < start; next++) {
      out.lines.push(lines[next]!);
      out.from.push(next);
    }
    for (const [k, line] of setInColumns(cleaned!, t).entries()) {
      out.lines.push(line);
      out.from.push(k === 0 ? start : (t.rows[k - 1]?.label ?? start));
    }
    next = t.end;
  }
  for (; next < lines.length; next++) {
    out.lines.push(lines[next]!);
    out.from.push(next);
  }
  return out;
}

/** The table whose first row's label is line `label`, when its header and rows agree. */
function tableAt(text: readonly string[], label: number, isCell: (i: number) => boolean): Table | undefined {
  if (!isLabel(text[label]!)) return undefined;
  // Headings inside the table ("Tillgångar") and blank lines may stand between the header and
  // the first row.
  let first = label;
  let inner = 0;
  for (let k = label - 1; k > 0; k--) {
    if (text[k] === "") continue;
    if (!isLabel(text[k]!) || isHeading(text[k]!) || ++inner > MAX_INNER_HEADINGS) break;
    first = k;
  }
  while (first > 1 && text[first - 1] === "") first--;
  const run: number[] = [];
  for (let h = first - 1; h >= 0 && run.length <= MAX_COLUMNS && isHeading(text[h]!); h--) run.unshift(h);
  if (run.length === 0) return undefined;
  const { rows, end } = rowsFrom(text, first, isCell);
  // The rows say how many of the headings are columns: the last n of them, where every row
  // fits n columns; a heading above those is the label column's title ("Deltagare" over
  // "Kvinnor  Män  Totalt"). The most columns that fit, and none if no count fits every row.
  for (let n = Math.min(run.length, MAX_COLUMNS); n >= 1; n--) {
    const headings = run.slice(-n);
    const words = headings.map((h) => text[h]!);
    const titles = run.slice(0, run.length - n).map((h) => text[h]!);
    if (!titlesOver(titles, words)) continue;
    const note = NOTE_HEADING.test(words[0]!);
    if (words.slice(1).some((w) => NOTE_HEADING.test(w)) || !distinctYears(words)) continue;
    const table = rowsUnder(text, rows, end, n, note && n > 1);
    if (!table) continue;
    // One column: a list of labels, each with its value under it, is a table only down to a
    // total row the rows above it add up to ("Arbete 19 … Summa 83").
    const kept = n === 1 ? upToTotal(text, table) : table;
    if (!kept || kept.rows.filter((r) => r.cells.length > 0).length < 2) continue;
    const title = headings[0]! - 1;
    return { ...(title >= 0 && isTitle(text[title]!) ? { title } : {}), headings, ...kept };
  }
  return undefined;
}

/**
 * The rows of a one-column table down to its first Summa/Totalt row, when that row equals the
 * sum of the two or more rows above it; undefined otherwise.
 */
function upToTotal(
  text: readonly string[],
  table: { rows: Row[]; end: number },
): { rows: Row[]; end: number } | undefined {
  let sum = 0;
  let parts = 0;
  for (const [k, r] of table.rows.entries()) {
    if (r.cells.length === 0) continue;
    const cell = text[r.cells[0]!]!;
    const v = /%$/.test(cell) ? null : parseSwedishNumber(cell);
    if (v === null) return undefined;
    if (TOTAL_LABEL.test(text[r.label]!))
      return parts >= 2 && Math.abs(sum - v) < 1e-9
        ? { rows: table.rows.slice(0, k + 1), end: r.cells[0]! + 1 }
        : undefined;
    sum += v;
    parts++;
  }
  return undefined;
}

/**
 * The rows that stand under n columns: every row must fit them. A row that does not fit right
 * after a blank line or a heading starts something else (the next table: "Avslutade efter orsak"
 * / "Antal" / "Arbete" / "19"): the table ends before the blank line. A row that does not fit
 * right after another row leaves the whole table as written.
 */
function rowsUnder(
  text: readonly string[],
  rows: readonly Row[],
  end: number,
  n: number,
  note: boolean,
): { rows: Row[]; end: number } | undefined {
  for (const [k, r] of rows.entries()) {
    if (
      r.cells.length === 0 ||
      fits(
        r.cells.map((c) => text[c]!),
        n,
        note,
      )
    )
      continue;
    if (k === 0 || rows[k - 1]!.cells.length > 0) return undefined;
    let cut = k;
    while (cut > 0 && rows[cut - 1]!.cells.length === 0) cut--;
    return { rows: rows.slice(0, cut), end: rows[cut]!.label };
  }
  return { rows: [...rows], end };
}

/**
 * The rows from line `first` on: each label line with the cell lines under it, and label lines
 * with no cells where a row follows (a heading inside the table). The table ends at the first
 * line that is neither.
 */
function rowsFrom(
  text: readonly string[],
  first: number,
  isCell: (i: number) => boolean,
): { rows: Row[]; end: number } {
  const rows: Row[] = [];
  let p = first;
  /** Whether a row (a label with cells) comes at line q, after blank lines and a heading or two. */
  const rowAhead = (q: number): boolean => {
    while (q < text.length && text[q] === "") q++;
    for (let k = q; k < Math.min(text.length, q + 1 + MAX_INNER_HEADINGS) && isLabel(text[k]!); k++)
      if (isCell(k + 1)) return true;
    return false;
  };
  while (p < text.length && (isLabel(text[p]!) || text[p] === "")) {
    const cells: number[] = [];
    for (let c = p + 1; text[p] !== "" && isCell(c); c++) cells.push(c);
    if (cells.length === 0) {
      // A heading inside the table, or a blank line, where a row follows; else the table has ended.
      if (!rowAhead(p + 1)) break;
      rows.push({ label: p, cells });
      p++;
      continue;
    }
    rows.push({ label: p, cells });
    p = cells.at(-1)! + 1;
  }
  return { rows, end: p };
}

/**
 * Whether a row's cells fall under the header's columns one way only. Under "Not 2024 2023": a
 * note and both amounts, both amounts without a note, or a note alone ("Eget kapital  4"); a row
 * of two cells whose first could be a note ("Ränteintäkter  4  120") is either, so the table is
 * left as written.
 */
function fits(cells: readonly string[], n: number, note: boolean): boolean {
  if (cells.length === n) return !note || NOTE_CELL.test(cells[0]!);
  if (!note) return false;
  if (cells.length === 1) return NOTE_CELL.test(cells[0]!);
  return cells.length === n - 1 && !NOTE_CELL.test(cells[0]!);
}

/** A row label: words, not a sentence, not a line ending in a number (a page number, a row of its own). */
function isLabel(t: string): boolean {
  return t !== "" && t.length <= MAX_LABEL && /\p{L}/u.test(t) && !/[.!?]$/.test(t) && !/\d%?$/.test(t);
}

/**
 * A column heading: a column word of a statement (a year, a balance date, Not, Budget, Andel),
 * a count, or a word of the lexicon that names a participant measure, a gender or total, or an
 * exit destination ("Nya", "Kvinnor", "Tot", "Till arbete"), and nothing else.
 */
function isHeading(t: string): boolean {
  return headingKind(t) !== undefined;
}

/**
 * What a heading names: a statement's or a count's column ("column"), or the lexicon's kind of
 * concept. Remembered: every line above a run of cells is asked, for each run under it.
 */
function headingKind(t: string): string | undefined {
  return t === "" || t.length > 30 ? undefined : knownHeadingKind(t);
}

const knownHeadingKind = rememberByText(readHeadingKind);

function readHeadingKind(t: string): string | undefined {
  if (COUNT_HEADING.test(t) || isColumnCell(t)) return "column";
  const c = bestConcept(t, HEADING_CONCEPTS);
  return c !== undefined && c.score >= 1 ? c.concept.kind : undefined;
}

/**
 * Whether the headings above the columns can be the label column's title: each names another
 * kind of thing than every column does ("Deltagare" over "Kvinnor" / "Män" / "Totalt"), and none
 * is a year, a basis or a count (a column the rows have no cell for is no title).
 */
function titlesOver(titles: readonly string[], columns: readonly string[]): boolean {
  const kinds = new Set(columns.map(headingKind));
  return titles.every((t) => {
    const k = headingKind(t);
    return k !== "column" && !kinds.has(k);
  });
}

/**
 * The label column's title on the line above the headings, as a table laid out in columns has
 * it on its header's line: a few words ("Hemkommun", "Belopp i kronor", "Deltagare") or a note's
 * heading ("Not 1 Verksamhetens intäkter"), never a sentence, a caption with a number or the
 * statement's own heading ("Balansräkning" stays a line of its own, as the readers look for it).
 */
function isTitle(t: string): boolean {
  return (
    t !== "" &&
    t.length <= 60 &&
    /\p{L}/u.test(t) &&
    !/[.!?:]$/.test(t) &&
    (!/\d/.test(t) || /^not\s+\d{1,2}\s+\p{L}/iu.test(t)) &&
    !isStatementHeading(t)
  );
}

/**
 * The bare years and balance dates of a header are of different years (a list of meeting dates
 * is no header); "Budget 2024" beside "Utfall 2024" names its year's basis and may repeat it.
 */
function distinctYears(headings: readonly string[]): boolean {
  const years = headings.flatMap((h) => {
    const m = YEAR_OR_DATE.exec(h);
    return m ? [m[1]!] : [];
  });
  return new Set(years).size === years.length;
}

/** Whether the table holds a line that must stay as written. */
function touches(t: Table, keep: (i: number) => boolean): boolean {
  for (let i = t.title ?? t.headings[0]!; i < t.end; i++) if (keep(i)) return true;
  return false;
}

/** The header and each row on one line, every cell right-aligned under its heading. */
function setInColumns(text: readonly string[], t: Table): string[] {
  const n = t.headings.length;
  const note = NOTE_HEADING.test(text[t.headings[0]!]!);
  const grid = t.rows.map((r) => {
    const cells = r.cells.map((c) => text[c]!);
    if (cells.length === 0 || cells.length === n) return cells;
    // A Not column: a row without a note leaves it empty; a note alone fills only it.
    return cells.length === 1 && note && NOTE_CELL.test(cells[0]!)
      ? [cells[0]!, ...Array<string>(n - 1).fill("")]
      : ["", ...cells];
  });
  const headings = t.headings.map((h) => text[h]!);
  const title = t.title !== undefined ? text[t.title]! : "";
  const labelWidth = Math.max(title.length, ...t.rows.map((r) => text[r.label]!.length));
  const widths = headings.map((h, c) => Math.max(h.length, ...grid.map((g) => g[c]?.length ?? 0)));
  const line = (label: string, cells: readonly string[]) =>
    cells.length === 0
      ? label
      : (label.padEnd(labelWidth) + cells.map((c, k) => GAP + c.padStart(widths[k]!)).join("")).trimEnd();
  return [line(title, headings), ...t.rows.map((r, k) => line(text[r.label]!, grid[k]!))];
}
