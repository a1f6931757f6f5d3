/**
 * A table saved as text from a word processor or a spreadsheet separates its cells with one TAB
 * each: no alignment, and an empty cell is nothing between two TABs ("Årets resultat\t\t-236 173"
 * under "\tNot\t2024"). Every table reader reads columns by position (`layoutGrid`), so the
 * parsers' lines set such a table out as layout text: each cell padded to its column's width,
 * numbers right-aligned, columns at least three spaces apart, an empty cell left blank under its
 * header. `document_line` keeps the TABs (`asExtracted`), and the line count never changes.
 *
 * A run of lines with TABs whose cell counts differ is not a cell table but text set with tab
 * stops ("Intäkter\t\t\t8 960" beside "Kostnader för insatser\t8 420"): its TABs go to the next
 * stop of eight, and never close up a gap to one space. Pure.
 */

/** Spaces between two columns: more than the two that already mark a column gap. */
const COLUMN_GAP = "   ";
/** A classic tab stop every eight characters. */
const TAB_STOP = 8;
/** A cell that is a number, a share or a date: set flush right, as layout text prints figures. */
const FIGURE_CELL = /^[-−–+(]?\d[\d\s.,:/()−–-]*(?:\s?(?:%|kr|tkr|mnkr|Mkr))?$/;

/** The lines with every run of TAB-separated lines set out in columns; lines without a TAB as they are. */
export function alignTabCells(lines: readonly string[]): string[] {
  if (!lines.some((line) => line.includes("\t"))) return [...lines];
  const out = [...lines];
  let i = 0;
  while (i < lines.length) {
    if (!hasCells(lines[i]!)) {
      i++;
      continue;
    }
    let end = i;
    while (end + 1 < lines.length && hasCells(lines[end + 1]!)) end++;
    const run = lines.slice(i, end + 1);
    const set = sameCellCount(run)
      ? alignedCells(run.map(cellsOf))
      : headerWithoutLabelCell(run)
        ? alignedCells([["", ...cellsOf(run[0]!)], ...run.slice(1).map(cellsOf)])
        : run.map(toTabStops);
    set.forEach((line, k) => (out[i + k] = line));
    i = end + 1;
  }
  return out;
}

/** A line that holds a TAB between or before its text (a TAB only at the end separates nothing). */
function hasCells(line: string): boolean {
  return line.trimEnd().includes("\t");
}

function cellsOf(line: string): string[] {
  // The first cell keeps its indentation ("  varav kvinnor"); the others are trimmed.
  return line
    .trimEnd()
    .split("\t")
    .map((c, k) => (k === 0 ? c.trimEnd() : c.trim()));
}

function sameCellCount(run: readonly string[]): boolean {
  const n = cellsOf(run[0]!).length;
  return run.every((line) => cellsOf(line).length === n);
}

/**
 * A header typed without the empty cell over the labels ("Kvinnor\tMän\tTotalt" over
 * "Nya\t38\t29\t67"): one cell fewer than every row under it, its cells over the value columns.
 */
function headerWithoutLabelCell(run: readonly string[]): boolean {
  if (run.length < 2) return false;
  const n = cellsOf(run[1]!).length;
  return cellsOf(run[0]!).length === n - 1 && run.slice(1).every((line) => cellsOf(line).length === n);
}

function alignedCells(rows: readonly string[][]): string[] {
  const widths = rows[0]!.map((_, k) => Math.max(...rows.map((r) => r[k]!.length)));
  return rows.map((cells) =>
    cells
      .map((c, k) => (k > 0 && FIGURE_CELL.test(c) ? c.padStart(widths[k]!) : c.padEnd(widths[k]!)))
      .join(COLUMN_GAP)
      .trimEnd(),
  );
}

function toTabStops(line: string): string {
  let out = "";
  for (const ch of line.trimEnd()) {
    if (ch !== "\t") {
      out += ch;
      continue;
    }
    let spaces = TAB_STOP - (out.length % TAB_STOP);
    // One space would join two cells into one phrase: go on to the next stop.
    if (spaces < 2) spaces += TAB_STOP;
    out += " ".repeat(spaces);
  }
  return out;
}
