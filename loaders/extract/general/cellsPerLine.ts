/**
 * Tables some PDF-to-text tools export with one cell per line: the column headings one per line
 * ("Not" / "2023" / "2022", "Kvinnor" / "Män" / "Totalt"), then each row as its label on one line
 * and each of its cells on a line of its own. No reader can see a row in that; this step, run on
 * the reading text before any reader, sets such a table back in columns: one line per row, each
 * cell right-aligned under its heading, so the layout grid reads it like any table laid out with
 * gaps (`layoutGrid.ts` `cellsByPosition`).
 *
 * It fires only where the table says how its cells fall:
 * - two or more column headings, each a column word the readers know (a year, a balance date,
 *   Not, Budget/Utfall, Andel/%, Antal, Kvinnor/Män/Totalt), stand one per line right above the
 *   first row's label; the years and dates among them are distinct (a list of meeting dates is
 *   no header);
 * - every row has as many cells as the header has columns, or, under a header with a Not column
 *   first, one fewer (no note) or only a note number; a row with any other count leaves the
 *   whole table as written (its cells cannot be told apart);
 * - at least two rows. A label line with no cells between rows is a heading inside the table
 *   ("Tillgångar") and stays as it is.
 *
 * So prose with a number on a line of its own, page numbers, a list of labels each with one
 * value under it ("Nyckeltal" / "Deltagare" / "164") and lists of dates are left alone. Pure.
 */
import { bestConcept } from "../../reference/concepts.ts";
import { isColumnCell } from "./columnHeaders.ts";

/** A line that is one cell: an amount, a count, a share, or a dash for an empty cell. */
const CELL = /^(?:[-−–]\s?)?\(?(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:,\d+)?\)?(?:[ \u00a0\u202f]?%)?$|^[-−–—]$/;
/** A note number standing in a Not column: one or two digits. */
const NOTE_CELL = /^\d{1,2}$/;
/** Column words beside the statement's (`isColumnCell`) and the genders': a count column. */
const COUNT_HEADING = /^(antal|st|antal personer|antal deltagare)$/i;
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
  const text = lines.map((l) => l.replace(/[\s\u00a0\u202f]+/g, " ").trim());
  const isCell = (i: number) => i >= 0 && i < text.length && CELL.test(text[i]!);
  const tables: Table[] = [];
  for (let i = 1; i < text.length; i++) {
    if (!isCell(i) || isCell(i - 1) || (tables.at(-1)?.end ?? -1) > i) continue;
    const table = tableAt(text, i - 1, isCell);
    if (table && !touches(table, keep)) tables.push(table);
  }
  if (tables.length === 0) return undefined;
  const out: CellLines = { lines: [], from: [] };
  let next = 0;
  for (const t of tables) {
    const start = t.headings[0]!;
    for (; next < start; next++) {
      out.lines.push(lines[next]!);
      out.from.push(next);
    }
    for (const [k, line] of setInColumns(text, t).entries()) {
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
  // Headings inside the table may stand between the header and the first row ("Tillgångar").
  let first = label;
  while (
    first > label - 1 - MAX_INNER_HEADINGS &&
    first > 0 &&
    isLabel(text[first - 1]!) &&
    !isHeading(text[first - 1]!)
  )
    first--;
  const headings: number[] = [];
  for (let h = first - 1; h >= 0 && headings.length <= MAX_COLUMNS && isHeading(text[h]!); h--) headings.unshift(h);
  const n = headings.length;
  if (n < 2 || n > MAX_COLUMNS || !distinctYears(headings.map((h) => text[h]!))) return undefined;
  const note = /^(not|noter|note)$/i.test(text[headings[0]!]!);
  if (headings.slice(1).some((h) => /^(not|noter|note)$/i.test(text[h]!))) return undefined;
  const rows: Row[] = [];
  let p = first;
  while (p < text.length && isLabel(text[p]!)) {
    const cells: number[] = [];
    for (let c = p + 1; isCell(c); c++) cells.push(c);
    if (cells.length === 0) {
      // A heading inside the table ("Tillgångar") when a row follows it; else the table has ended.
      const q = p + 1;
      if (q < text.length && isLabel(text[q]!) && isCell(q + 1)) {
        rows.push({ label: p, cells });
        p = q;
        continue;
      }
      break;
    }
    if (
      !fits(
        cells.map((c) => text[c]!),
        n,
        note,
      )
    )
      return undefined;
    rows.push({ label: p, cells });
    p = cells.at(-1)! + 1;
  }
  if (rows.filter((r) => r.cells.length > 0).length < 2) return undefined;
  return { headings, rows, end: p };
}

/** Whether a row's cells fall under the header's columns one way only. */
function fits(cells: readonly string[], n: number, note: boolean): boolean {
  if (cells.length === n) return !note || NOTE_CELL.test(cells[0]!);
  if (!note) return false;
  // Under "Not 2023 2022": a row without a note, or a note and nothing else ("Eget kapital 4").
  return cells.length === n - 1 || (cells.length === 1 && NOTE_CELL.test(cells[0]!));
}

/** A row label: words, not a sentence, not a line ending in a number (a page number, a row of its own). */
function isLabel(t: string): boolean {
  return t !== "" && t.length <= MAX_LABEL && /\p{L}/u.test(t) && !/[.!?]$/.test(t) && !/\d%?$/.test(t);
}

/** A column heading: a column word of a statement, a gender or total, or a count. */
function isHeading(t: string): boolean {
  if (t === "" || t.length > 30) return false;
  if (COUNT_HEADING.test(t) || isColumnCell(t)) return true;
  const g = bestConcept(t, ["gender"]);
  return g !== undefined && g.score >= 1;
}

/** The years and balance dates of a header are all different (a list of dates is no header). */
function distinctYears(headings: readonly string[]): boolean {
  const years = headings.flatMap((h) => {
    const m = YEAR_OR_DATE.exec(h.replace(/^\p{L}+ /u, ""));
    return m ? [m[1]!] : [];
  });
  return new Set(years).size === years.length;
}

/** Whether the table holds a line that must stay as written. */
function touches(t: Table, keep: (i: number) => boolean): boolean {
  for (let i = t.headings[0]!; i < t.end; i++) if (keep(i)) return true;
  return false;
}

/** The header and each row on one line, every cell right-aligned under its heading. */
function setInColumns(text: readonly string[], t: Table): string[] {
  const n = t.headings.length;
  const note = /^(not|noter|note)$/i.test(text[t.headings[0]!]!);
  const grid = t.rows.map((r) => {
    const cells = r.cells.map((c) => text[c]!);
    if (cells.length === 0 || cells.length === n) return cells;
    // A Not column: a row without a note leaves it empty; a note alone fills only it.
    return cells.length === 1 && note && NOTE_CELL.test(cells[0]!)
      ? [cells[0]!, ...Array<string>(n - 1).fill("")]
      : ["", ...cells];
  });
  const headings = t.headings.map((h) => text[h]!);
  const labelWidth = Math.max(...t.rows.map((r) => text[r.label]!.length));
  const widths = headings.map((h, c) => Math.max(h.length, ...grid.map((g) => g[c]?.length ?? 0)));
  const line = (label: string, cells: readonly string[]) =>
    cells.length === 0
      ? label
      : (label.padEnd(labelWidth) + cells.map((c, k) => GAP + c.padStart(widths[k]!)).join("")).trimEnd();
  // The line above the headings ("Belopp i kronor", "Deltagare") stays a line of its own: it may be the statement's heading.
  return [line("", headings), ...t.rows.map((r, k) => line(text[r.label]!, grid[k]!))];
}
