/**
 * Two tables set side by side on the same lines, as a one-page summary lays them out:
 *
 *   Deltagare 2024                 Ekonomi 2024 (kr)
 *   Inskrivna totalt     214       Intäkter          8 450 000
 *   Avslutade            126       Kostnader         8 612 300
 *
 * Each line of such a block is a row of the left table, then (after its numbers) a row of the
 * right table: a label after a row's numbers, with numbers after it again. A block is found by
 * that shape on two rows or more, all starting their right table at about the same x, right
 * under a header with a cell starting there too. Each line is cut at one x for the whole block,
 * so both tables keep their columns' positions, and the block is read as the left table, two blank
 * lines, then the right table. Every line of the reading order keeps the number of the document
 * line it comes from (`origin`).
 *
 * Must not fire on one wide table: its rows have numbers after the label and nothing but numbers
 * (or a unit) after them; a comment column ("Steget  40  Startade i mars") has no numbers after
 * its text; and a block where any line has a cell across the cut is left as it is. Pure.
 */

/** A cell of a layout line: text without two spaces in a row. */
const CELL = /\S+(?: \S+)*/g;
/** A number as a cell holds it: "214", "8 450 000", "-162 300", "(1 204)", "32,8 %", "40 kr". */
const NUMBER_CELL = /^[-−–(]?\d[\d ]*(?:,\d+)?\)?(?: ?(?:%|kr|tkr|st))?$/;
/** A label: a word of two letters or more that is no unit. */
const LABEL_WORD = /\p{L}{2,}/u;
const UNIT_CELL = /^(?:%|kr|tkr|mkr|mnkr|st|procent|antal|personer)$/i;
/** How far the right table's rows may start from each other (the layout's own unevenness). */
const TOLERANCE = 2;
/** A rule drawn under a column, in one table or both: dashes, equals signs, underscores. */
const RULE_LINE = /^\s*[-=_–—]{3,}(?:\s+[-=_–—]{3,})*\s*$/;
/** Rows with both tables, at least, for a block. */
const MIN_ROWS = 2;

interface Cell {
  text: string;
  at: number;
}

const cellsOf = (line: string): Cell[] => [...line.matchAll(CELL)].map((m) => ({ text: m[0], at: m.index }));

/** One cell after another, from the line's start: a row is judged as far as its cells allow. */
const ROW_CELL = /\S+(?: \S+)*/g;
const isNumberText = (text: string) => NUMBER_CELL.test(text);
const isLabelText = (text: string) => LABEL_WORD.test(text) && !UNIT_CELL.test(text) && !isNumberText(text);

/**
 * Where a row's right table starts: a label, then numbers, then a label, then numbers to the
 * line's end ("Inskrivna 214   Intäkter 8 450 000"); undefined for any other line. Read cell by
 * cell and left at the first cell that does not fit: most lines of a document are prose, whose
 * first cell is no label before numbers, and cutting each into all its cells first was some 2 %
 * of the extraction's CPU.
 */
function rightRowStart(line: string): number | undefined {
  // Its cells need figures.
  if (!/\d/.test(line)) return undefined;
  ROW_CELL.lastIndex = 0;
  const first = ROW_CELL.exec(line);
  if (first === null || !isLabelText(first[0])) return undefined;
  let cell = ROW_CELL.exec(line);
  let numbers = 0;
  for (; cell !== null && isNumberText(cell[0]); cell = ROW_CELL.exec(line)) numbers++;
  if (numbers === 0 || cell === null || !isLabelText(cell[0])) return undefined;
  const at = cell.index;
  // The right table's row: its label may run over cells ("Staten (FK och AF)"), then numbers to
  // the line's end; a label after them again makes a grid of label–figure pairs, not two tables.
  let figures = false;
  for (cell = ROW_CELL.exec(line); cell !== null; cell = ROW_CELL.exec(line)) {
    if (isNumberText(cell[0])) figures = true;
    else if (figures) return undefined;
  }
  return figures ? at : undefined;
}

/**
 * Where a header's right half starts: a cell with a word at about x, after a cell with a word;
 * no figure but a year or a balance date on it ("Deltagare 2024    Ekonomi 2024 (kr)", "Avslut
 * till  Antal    Avgifter  kr", "TILLGÅNGAR  2024-12-31  2023-12-31    EGET KAPITAL OCH SKULDER  2024-12-31 …").
 */
function rightHeaderStart(line: string, x: number): number | undefined {
  if (/\d/.test(line.replace(/(?<!\d)(?:19|20)\d\d(?:-\d\d-\d\d)?(?!\d)/g, ""))) return undefined;
  const cells = cellsOf(line);
  const k = cells.findIndex((c, i) => i > 0 && Math.abs(c.at - x) <= TOLERANCE);
  if (k < 1 || !LABEL_WORD.test(cells[k]!.text) || !LABEL_WORD.test(cells[0]!.text)) return undefined;
  return cells[k]!.at;
}

export interface SideBySide {
  lines: string[];
  /** For each line of `lines`, the 1-based number of the document line it comes from. */
  origin: number[];
}

interface Block {
  first: number;
  last: number;
  cut: number;
}

/** The block of side-by-side tables around row `i` (0-based), or undefined. */
function blockAt(lines: readonly string[], i: number, starts: readonly (number | undefined)[]): Block | undefined {
  const x = starts[i]!;
  const near = (s: number | undefined) => s !== undefined && Math.abs(s - x) <= TOLERANCE;
  let last = i;
  let rows = 1;
  // Rows below: both tables, or only the left table's (shorter than x), or only the right
  // table's (blank up to x), up to a blank line.
  for (let j = i + 1; j < lines.length && lines[j]!.trim() !== ""; j++) {
    const line = lines[j]!;
    const rightOnly = near(line.length - line.trimStart().length);
    // A rule drawn under each table's column ("-------" / "=======") goes on in the block.
    if (RULE_LINE.test(line)) {
      last = j;
      continue;
    }
    if (near(starts[j])) rows++;
    else if (starts[j] !== undefined || (line.trimEnd().length >= x - TOLERANCE && !rightOnly)) break;
    last = j;
  }
  // Each table has its header: the line right above the first row, in two halves at x; and a
  // header line above that one is the tables' too ("TILLGÅNGAR  2024-12-31 …" over the group
  // labels "Omsättningstillgångar    Eget kapital").
  const header = i > 0 ? rightHeaderStart(lines[i - 1]!, x) : undefined;
  if (rows < MIN_ROWS || header === undefined) return undefined;
  const upper = i > 1 ? rightHeaderStart(lines[i - 2]!, x) : undefined;
  const first = upper === undefined ? i - 1 : i - 2;
  const rights = [header, upper, ...starts.slice(i, last + 1)].filter((s): s is number => s !== undefined);
  const cut = Math.min(...rights);
  // No cell may cross the cut: the left part ends in a gap, or before it.
  for (let j = first; j <= last; j++) {
    const line = lines[j]!;
    if (line.length > cut && (line[cut - 1] !== " " || line[cut - 2] !== " ")) return undefined;
  }
  return { first, last, cut };
}

/** Two runs of two spaces, the second at least a character past the first: what the pattern's two gaps need. */
function twoWideGaps(line: string): boolean {
  const first = line.indexOf("  ");
  return first >= 0 && line.indexOf("  ", first + 3) >= 0;
}

/** The lines in reading order, each block of side-by-side tables left table first; undefined when there is none. */
export function sideBySideTables(lines: readonly string[]): SideBySide | undefined {
  // Most lines hold no two tables: a cheap look for two wide gaps before any cell is cut.
  const starts = lines.map((l) => (twoWideGaps(l) && /\S {2,}\S.* {2,}\S/.test(l) ? rightRowStart(l) : undefined));
  if (!starts.some((s) => s !== undefined)) return undefined;
  const out: SideBySide = { lines: [], origin: [] };
  let next = 0;
  for (let i = 0; i < lines.length; i++) {
    if (starts[i] === undefined) continue;
    const b = blockAt(lines, i, starts);
    if (!b) continue;
    for (; next < b.first; next++) {
      out.lines.push(lines[next]!);
      out.origin.push(next + 1);
    }
    // A line with only one table's row has nothing for the other: no blank line inside a table.
    const half = (from: number, to?: number) => {
      for (let j = b.first; j <= b.last; j++) {
        const part = lines[j]!.slice(from, to).trimEnd();
        if (part.trim() === "") continue;
        out.lines.push(part);
        out.origin.push(j + 1);
      }
    };
    // Two blank lines: no reader runs on from the left table's rows into the right table's.
    half(0, b.cut);
    out.lines.push("", "");
    out.origin.push(b.last + 1, b.last + 1);
    half(b.cut);
    next = b.last + 1;
    i = b.last;
  }
  if (next === 0) return undefined;
  for (; next < lines.length; next++) {
    out.lines.push(lines[next]!);
    out.origin.push(next + 1);
  }
  return out;
}
