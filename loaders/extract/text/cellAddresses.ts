/**
 * A workbook printed or exported one cell a line, each line opening with the cell's address: "B4 | 41",
 * "D4 | =B4+C4 | 74" (a print with formulas shown: address, what was typed, what the cell shows),
 * "A10: Unika personer". No reader sees a row in that: a label stands in column A on one line and its
 * figures in B, C and D on the next. This step sets each sheet row back on one line, its cells at
 * their columns' places (a label left-aligned, every other cell right-aligned under its column), so the
 * layout grid reads it as any table laid out with gaps; a cell a row leaves empty stays an empty place,
 * and an empty row of the sheet (even one) is a blank line (a new table). A cell printed with what was typed and
 * what it shows is read as shown ("=B4+C4 | 74" is 74, "0,4 | 40%" is 40%); a formula with nothing
 * shown is an empty cell; a text cell's leading apostrophe (typed to keep it text) is dropped.
 *
 * It fires only on a run that can be nothing else: at least eight address lines, in at least two
 * columns and over at least three rows, in the order a sheet is written (row by row, left to right
 * within a row; a line between them that is no address ends the run, and a sheet's heading may
 * start the next). So a list of road numbers ("E4 | Sundsvall"), seat numbers or account classes, in
 * any order or with one column, is left as written. Each row cites its first cell's line. Pure.
 */
/** "B4 | …", "AA12: …", "D10\t…": a cell address, then its separator. */
const ADDRESS = /^\s*([A-Z]{1,2})([1-9]\d{0,4})(?:\s*[|:;\t]\s?|\s{2,})(.*)$/;
/** A run shorter than this is no sheet. */
const MIN_CELLS = 8;
/** The gap set between two cells' places. */
const GAP = "   ";

interface Cell {
  line: number;
  row: number;
  column: number;
  value: string;
}

/** Column letters as a number: A 1, Z 26, AA 27. */
const columnNumber = (letters: string) => [...letters].reduce((n, c) => n * 26 + (c.charCodeAt(0) - 64), 0);

/** What a cell shows: the last of "typed | shown", a formula alone as empty, a text cell's apostrophe dropped. */
function shown(rest: string): string {
  const parts = rest.split("|").map((p) => p.trim());
  const last = parts.at(-1) ?? "";
  if (parts.length === 1 && last.startsWith("=")) return "";
  return last.replace(/^'/, "");
}

/**
 * The lines with every run of cell-address lines set back in rows, or undefined when there is none;
 * `from[k]` is the line (0-based) the k-th line comes from.
 */
export function cellAddressRows(lines: readonly string[]): { lines: string[]; from: number[] } | undefined {
  // Cheap first check: no line opens with a capital and a digit, no sheet.
  if (!lines.some((l) => /^\s*[A-Z]{1,2}[1-9]/.test(l))) return undefined;
  const runs: { start: number; end: number; cells: Cell[] }[] = [];
  let i = 0;
  while (i < lines.length) {
    const cells = runAt(lines, i);
    if (cells && isSheet(cells)) {
      runs.push({ start: i, end: cells.at(-1)!.line + 1, cells });
      i = cells.at(-1)!.line + 1;
    } else i += 1;
  }
  if (runs.length === 0) return undefined;
  const out: string[] = [];
  const from: number[] = [];
  let at = 0;
  for (const run of runs) {
    for (; at < run.start; at++) {
      out.push(lines[at]!);
      from.push(at);
    }
    const rows = setRows(run.cells);
    rows.forEach((r) => {
      out.push(r.text);
      from.push(r.line);
    });
    at = run.end;
  }
  for (; at < lines.length; at++) {
    out.push(lines[at]!);
    from.push(at);
  }
  return { lines: out, from };
}

/** The address lines from line i on, in a sheet's order; undefined when line i is none. */
function runAt(lines: readonly string[], i: number): Cell[] | undefined {
  const cells: Cell[] = [];
  for (let k = i; k < lines.length; k++) {
    const m = ADDRESS.exec(lines[k]!);
    if (!m) {
      if (lines[k]!.trim() === "" && cells.length > 0) continue;
      break;
    }
    const cell = { line: k, row: Number(m[2]), column: columnNumber(m[1]!), value: shown(m[3]!) };
    const last = cells.at(-1);
    if (last && !(cell.row > last.row || (cell.row === last.row && cell.column > last.column))) break;
    cells.push(cell);
  }
  return cells.length > 0 ? cells : undefined;
}

/** Enough cells, in two columns at least and over three rows at least. */
function isSheet(cells: readonly Cell[]): boolean {
  return (
    cells.length >= MIN_CELLS &&
    new Set(cells.map((c) => c.column)).size >= 2 &&
    new Set(cells.map((c) => c.row)).size >= 3
  );
}

/** Each sheet row one line, cells at their columns' places; an empty sheet row a blank line. */
function setRows(sheetCells: readonly Cell[]): { text: string; line: number }[] {
  let cells = sheetCells;
  // A note typed beside a row ("Kommentar: räknad en gång"), alone in its column: a line of its own
  // after the sheet's rows, so the row stays a row of figures and the note stays readable text.
  const perColumn = new Map<number, number>();
  for (const c of cells) perColumn.set(c.column, (perColumn.get(c.column) ?? 0) + 1);
  const isNote = (c: Cell) =>
    c.column > 1 && perColumn.get(c.column) === 1 && /\p{L}+\S*\s+\S+\s+\S+\s+\S+/u.test(c.value);
  const notes = new Map<number, Cell>();
  for (const c of cells) if (isNote(c)) notes.set(c.row, c);
  cells = cells.filter((c) => !isNote(c));
  const maxColumn = Math.max(...cells.map((c) => c.column));
  const widths = Array.from({ length: maxColumn + 1 }, () => 1);
  for (const c of cells) widths[c.column] = Math.max(widths[c.column]!, c.value.length);
  const rows = new Map<number, Cell[]>();
  for (const c of cells) rows.set(c.row, [...(rows.get(c.row) ?? []), c]);
  const out: { text: string; line: number }[] = [];
  let lastRow: number | undefined;
  for (const [row, rowCells] of rows) {
    if (lastRow !== undefined && row > lastRow + 1) out.push({ text: "", line: rowCells[0]!.line });
    lastRow = row;
    const byColumn = new Map(rowCells.map((c) => [c.column, c.value]));
    let text = "";
    for (let col = 1; col <= maxColumn; col++) {
      const v = byColumn.get(col) ?? "";
      text += col === 1 ? v.padEnd(widths[1]!) : GAP + v.padStart(widths[col]!);
    }
    out.push({ text: text.trimEnd(), line: rowCells[0]!.line });
  }
  // The notes after the sheet's rows, a blank line before them: a line of text inside the rows would
  // end the table they stand in.
  if (notes.size > 0) {
    out.push({ text: "", line: out.at(-1)!.line });
    for (const note of notes.values()) out.push({ text: note.value, line: note.line });
  }
  return out;
}
