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
 * stop of eight, and never close up a gap to one space.
 *
 * A spreadsheet saved as CSV with ";" (the Swedish Excel default) is the same table with another
 * separator: a run of lines with the same number of semicolons, at least two, a header of words
 * and a row of figures among them, is set out the same way, each block between empty rows
 * (";;;;") on its own, a title on a row of its own ("EKONOMI (kr);;;") left as its text. Prose with
 * a semicolon or two is never a run: its lines differ in count, hold no figure cell, or a cell is
 * a sentence.
 *
 * A spreadsheet exported as comma-separated text quotes its cells ("Årets resultat","","-142 306"):
 * the comma is the Swedish decimal sign, so only a line whose every cell is in double quotes is a
 * row (`""` an empty row). A run of such lines with a header of words and a row of figures is set
 * out block by block between empty rows, each block (one sheet, "Flik 2: …") with its own
 * columns; a single quoted cell is a title, left as its text. Pure.
 */

import { FIGURE_CELL, undoMergedCells } from "./mergedCells.ts";

/** Spaces between two columns: more than the two that already mark a column gap. */
const COLUMN_GAP = "   ";
/** The first line of an iCalendar or RTF source. */
const SOURCE_FORMAT_OPENING = /^\uFEFF?\s*(?:BEGIN:VCALENDAR\s*$|\{\\rtf)/i;
/** A classic tab stop every eight characters. */
const TAB_STOP = 8;

/** Semicolons a line needs to be a row of a semicolon table: two separate three cells. */
const MIN_SEMICOLONS = 2;
/** A cell of more words than this is a sentence, not a table cell. */
const MAX_CELL_WORDS = 8;

/**
 * The lines with every run of TAB-separated lines, and every semicolon table, set out in columns;
 * other lines as they are.
 */
export function alignTabCells(lines: readonly string[]): string[] {
  // A calendar's or an RTF document's source has no cells: a TAB opening a line continues a folded line
  // ("\tr\\, 81 män"), a semicolon parts a property's parameters or a font table; its decoder reads it
  // (`extract/text/sourceFormats.ts`).
  if (SOURCE_FORMAT_OPENING.test(lines.find((line) => line.trim() !== "") ?? "")) return [...lines];
  const tabbed = lines.some((line) => line.includes("\t")) ? alignTabRuns(lines) : [...lines];
  const semicolons = lines.some((line) => line.includes(";")) ? alignSemicolonRuns(lines, tabbed) : tabbed;
  return lines.some((line) => /^\s*"/.test(line)) ? alignQuotedCsvRuns(lines, semicolons) : semicolons;
}

function alignTabRuns(lines: readonly string[]): string[] {
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
    const set =
      sameCellCount(run) || trailingCellsDropped(run)
        ? setOutSheet(run.map(cellsOf))
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
 * A sheet whose rows end early where their last cells are empty ("Summa\t\t100 %\t5800000" under
 * a five-column header): the widest row is a header of words, and most rows are as wide. Text set
 * with tab stops has no such header (its widest rows end on a figure).
 */
function trailingCellsDropped(run: readonly string[]): boolean {
  const rows = run.map(cellsOf);
  const n = Math.max(...rows.map((r) => r.length));
  const header = rows.find((r) => r.length === n && r.filter((c) => c !== "").length >= 2);
  if (!header || header.slice(1).some((c) => FIGURE_CELL.test(c) && !/^(?:19|20)\d\d$/.test(c))) return false;
  return rows.filter((r) => r.length === n).length * 2 >= rows.length && rows.every((r) => r.length >= 2);
}

/**
 * A sheet's rows set out in columns, each merged cell written once (`mergedCells.ts`): a title on a
 * row of its own stays its text and does not widen the label column.
 */
function setOutSheet(rows: readonly string[][]): string[] {
  const width = Math.max(...rows.map((r) => r.length));
  const undone = undoMergedCells(rows.map((r) => [...r, ...Array<string>(width - r.length).fill("")]));
  const members = undone.flatMap((r, k) => (r.length === width ? [k] : []));
  const out = undone.map((r) => (r.length === width ? "" : (r[0] ?? "").trimEnd()));
  if (members.length > 0) {
    const set = alignedCells(members.map((k) => undone[k]!));
    members.forEach((k, m) => (out[k] = set[m]!));
  }
  return out;
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

/**
 * `out` with every semicolon table of `lines` set out in columns. Only lines without a TAB count
 * (a TAB table is set out already).
 */
function alignSemicolonRuns(lines: readonly string[], out: string[]): string[] {
  const counts = lines.map((line) => (line.includes("\t") ? 0 : semicolonCells(line).length - 1));
  let i = 0;
  while (i < lines.length) {
    const n = counts[i]!;
    let end = i;
    while (end + 1 < lines.length && counts[end + 1] === n) end++;
    if (n >= MIN_SEMICOLONS && end > i) {
      const rows = lines.slice(i, end + 1).map(semicolonCells);
      if (isSemicolonTable(rows)) setOutBlocks(rows).forEach((line, k) => (out[i + k] = line));
    }
    i = end + 1;
  }
  return out;
}

/** A line's cells between semicolons; a cell in double quotes may hold a semicolon ("a;b"). */
function semicolonCells(line: string): string[] {
  return separatedCells(line, ";");
}

/** A line's cells between `separator`s; a cell in double quotes may hold one ("a;b"). */
function separatedCells(line: string, separator: string): string[] {
  if (!line.includes(separator) && !line.includes('"')) return [line];
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (let k = 0; k < line.length; k++) {
    const ch = line[k]!;
    if (ch === '"') {
      // A doubled quote inside a quoted cell is one quote character.
      if (quoted && line[k + 1] === '"') {
        cell += '"';
        k++;
      } else quoted = !quoted;
    } else if (ch === separator && !quoted) {
      cells.push(cell);
      cell = "";
    } else cell += ch;
  }
  cells.push(cell);
  return cells.map((c, k) => (k === 0 ? c.trimEnd() : c.trim()));
}

/** How many cells of a row hold text. */
const filledCells = (row: readonly string[]) => row.filter((c) => c.trim() !== "").length;
/** A row with text in its first cell only: a title or a heading above a table ("EKONOMI (kr);;;"). */
const isTitle = (row: readonly string[]) => filledCells(row) === 1 && row[0]!.trim() !== "";

/** A header of words, a row with a figure after its label, and no cell that is a sentence. */
function isSemicolonTable(rows: readonly string[][]): boolean {
  const multi = rows.filter((row) => filledCells(row) >= 2);
  if (multi.some((row) => row.some((c) => c.split(/\s+/).length > MAX_CELL_WORDS))) return false;
  const header = multi.some((row) => row.slice(1).every((c) => c === "" || !FIGURE_CELL.test(c)));
  const figures = multi.some((row) => row.slice(1).some((c) => FIGURE_CELL.test(c)));
  return header && figures;
}

/**
 * The rows set out in columns, block by block between empty rows; a title stays its text and does
 * not widen the label column. A row with values and no label (";;1 204 000;") keeps its column.
 */
function setOutBlocks(rows: readonly string[][]): string[] {
  // Blocks may differ in width (one sheet of a CSV export per block): short rows get empty cells.
  const out = rows.map((row) => (isTitle(row) ? row[0]!.trimEnd() : ""));
  let start = 0;
  while (start < rows.length) {
    let end = start;
    while (end < rows.length && filledCells(rows[end]!) > 0) end++;
    const members = [];
    for (let k = start; k < end; k++) if (!isTitle(rows[k]!)) members.push(k);
    if (members.length > 0) {
      const width = Math.max(...members.map((k) => rows[k]!.length));
      const set = alignedCells(members.map((k) => [...rows[k]!, ...Array<string>(width - rows[k]!.length).fill("")]));
      members.forEach((k, m) => (out[k] = set[m]!));
    }
    start = end + 1;
  }
  return out;
}

/** A spreadsheet sheet's caption before its name ("Flik 2: Avslutade till", "Blad 1 – Ekonomi"). */
const SHEET_CAPTION = /^(?:flik|blad)\s*\d{1,2}\s*[:.–-]\s*\S/i;

/** A line of comma-separated cells, every one in double quotes ("a","1 204",""). */
const QUOTED_CSV_ROW = /^\s*"(?:[^"]|"")*"(?:\s*,\s*"(?:[^"]|"")*")*\s*$/;

/**
 * `out` with every run of quoted comma-separated rows of `lines` set out in columns, when the run
 * is a table (a header of words, a row of figures, no sentence in a cell).
 */
function alignQuotedCsvRuns(lines: readonly string[], out: string[]): string[] {
  let i = 0;
  while (i < lines.length) {
    if (!QUOTED_CSV_ROW.test(lines[i]!)) {
      i++;
      continue;
    }
    let end = i;
    while (end + 1 < lines.length && QUOTED_CSV_ROW.test(lines[end + 1]!)) end++;
    const rows = lines.slice(i, end + 1).map((line) => separatedCells(line.trim(), ","));
    if (rows.length > 1 && isSemicolonTable(rows)) {
      // A sheet's name in its header's label cell ("Flik 3: Resultaträkning (kr)","Not","2024") is
      // the sheet's title: it goes on the empty row above, where a title stands over a table.
      const lifted = rows.map(
        (row, k) => SHEET_CAPTION.test(row[0]!) && k > 0 && filledCells(rows[k - 1]!) === 0 && filledCells(row) > 1,
      );
      const set = setOutBlocks(rows.map((row, k) => (lifted[k] ? ["", ...row.slice(1)] : row)));
      lifted.forEach((lift, k) => lift && (set[k - 1] = rows[k]![0]!.trim()));
      set.forEach((line, k) => (out[i + k] = line));
    }
    i = end + 1;
  }
  return out;
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
