/**
 * A table header set on its side in the PDF, each column's heading turned a quarter to the left:
 * text extraction gives it as a block of lines holding one letter a column, the heading read from
 * the bottom up ("K" on the last line, "r" on the first):
 *
 *                                   r       t
 *                                   o       l
 *                                   n       a
 *                                   n       t
 *                                   i   n   o
 *                                   v   ä   T
 *                                   K   M
 *   Insats
 *   Steget                         23  19  42
 *
 * Here such a block becomes one header line ("Insats   Kvinnor   Män   Totalt") on the block's last
 * line, the label column's title beside it where it stood alone under the block, and the block's
 * other lines blank: one line per document line, so every line keeps its number. A blank inside a
 * column is a space between two words ("Pågående 31/12"). Only a block of four lines at least, every
 * mark on them a single character, with a row of numbers below within two lines, is such a header;
 * anything else stays as written. Pure.
 */

/** A line of single characters apart: every mark on it one character, at least one. */
const SINGLE_MARKS = /^\s*\S(?:\s+\S)*\s*$/;
const isMarksLine = (line: string) =>
  SINGLE_MARKS.test(line) &&
  line
    .trim()
    .split(/\s+/)
    .every((w) => w.length === 1) &&
  line.trim() !== "";
/** A table's row: a label, then numbers. */
const NUMBER_ROW = /^\s*\S.*?\s\d[\d ]*\s+\d+\s*$/;
/** The label column's title alone on its line: a word or two, no figure. */
const LABEL_TITLE = /^\s*\p{L}[\p{L} ]{0,30}$/u;
const MIN_BLOCK = 4;

/** The headings of a block's columns, left to right, each read from the bottom up. */
function headingsOf(block: readonly string[]): { column: number; text: string }[] {
  const columns = new Set<number>();
  for (const line of block) for (let i = 0; i < line.length; i++) if (line[i] !== " ") columns.add(i);
  return [...columns]
    .sort((a, b) => a - b)
    .map((column) => ({
      column,
      text: block
        .map((line) => line[column] ?? " ")
        .reverse()
        .join("")
        .replace(/\s+/g, " ")
        .trim(),
    }));
}

/** The lines with each rotated header set as one header line; undefined when the text holds none. */
export function rotatedHeaders(lines: readonly string[]): string[] | undefined {
  let out: string[] | undefined;
  for (let i = 0; i < lines.length; i++) {
    if (!isMarksLine(lines[i]!)) continue;
    let end = i;
    while (end + 1 < lines.length && isMarksLine(lines[end + 1]!)) end++;
    const length = end - i + 1;
    if (length < MIN_BLOCK) {
      i = end;
      continue;
    }
    // The label column's title may stand alone between the block and the first row.
    const titled = LABEL_TITLE.test(lines[end + 1] ?? "") && NUMBER_ROW.test(lines[end + 2] ?? "");
    if (!titled && !NUMBER_ROW.test(lines[end + 1] ?? "")) {
      i = end;
      continue;
    }
    const headings = headingsOf(lines.slice(i, end + 1));
    // Adjacent marks of one heading never stand in neighbouring columns: columns one apart are no table's.
    if (headings.some((h, k) => k > 0 && h.column - headings[k - 1]!.column < 2)) {
      i = end;
      continue;
    }
    out ??= [...lines];
    const title = titled ? lines[end + 1]!.trim() : "";
    for (let k = i; k < end; k++) out[k] = "";
    out[end] = [title, ...headings.map((h) => h.text)].filter(Boolean).join("   ");
    if (titled) out[end + 1] = "";
    i = end;
  }
  return out;
}
