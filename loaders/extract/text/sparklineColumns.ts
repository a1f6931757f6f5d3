/**
 * A key-figure table with a sparkline beside each label: a run of block glyphs of different heights,
 * one a year ("▂▃▄▆█"), under a header cell naming the span it draws ("2021 → 2025", "Trend"):
 *
 *   Nyckeltal               2021 → 2025     2025    Snitt 2021–2025
 *   Inskrivna deltagare     ▂▃▄▆█            193              152
 *
 * The curve is a picture of the figures, no figure. Blanked where it stands, it leaves a gap so wide
 * between the label and its cells that no table reader takes the row for one; so the column is taken
 * out of the table instead: the x-range of the curves and of the header cell over them, and the blank
 * columns after it that every line of the block shares, cut from every line of the block (the header
 * and the rows down to the next blank line), so the other columns keep their order and alignment.
 *
 * A sparkline is a run of three glyphs or more of the eight heights (U+2581–U+2588), at least two
 * heights different, set apart by spaces between a label and a figure. A bar of one height ("██████
 * 16") is a bar chart's (`barGlyphs.ts`). The header cell over the curves is cut only where it is a
 * span of years or a trend word; a block where anything else stands in the cut range is left as
 * written. Pure.
 */

/** A sparkline cell: three or more of the eight bar heights. */
const SPARK_RUN = /(?<=\s)[\u2581-\u2588]{3,}(?=\s)/gu;
/** Cheap first: a glyph of the eight heights anywhere on the line. */
const SPARK_GLYPH = /[\u2581-\u2588]/u;
/** A header cell naming the span a curve draws: "2021 → 2025", "2021–2025", "Trend", "Utveckling 2021–2025". */
const SPAN_CELL =
  /^(?:(?:trend|utveckling|kurva|förlopp)(?:\s+(?:19|20)\d\d\s*(?:→|->|–|-|—)\s*(?:19|20)\d\d)?|(?:19|20)\d\d\s*(?:→|->|–|-|—|till)\s*(?:19|20)\d\d)$/iu;

interface Range {
  from: number;
  to: number;
}

/** The sparkline cells of a line that stand between a label and a figure. */
function sparkCells(line: string): Range[] {
  if (!SPARK_GLYPH.test(line)) return [];
  const out: Range[] = [];
  for (const m of line.matchAll(SPARK_RUN)) {
    if (new Set(m[0]).size < 2) continue;
    const from = m.index;
    const to = from + m[0].length;
    if (!/\p{L}/u.test(line.slice(0, from)) || !/\d/.test(line.slice(to))) continue;
    out.push({ from, to });
  }
  return out;
}

/** The cells of a line: runs of text set apart by two spaces or more. */
function cellsOf(line: string): Range[] {
  const out: Range[] = [];
  for (const m of line.matchAll(/\S+(?: \S+)*/g)) out.push({ from: m.index, to: m.index + m[0].length });
  return out;
}

/** The lines with each sparkline column cut out of its block; undefined where none is. */
export function sparklineColumns(lines: readonly string[]): string[] | undefined {
  let out: string[] | undefined;
  for (let i = 0; i < lines.length; i++) {
    if (sparkCells(lines[i]!).length === 0) continue;
    // The block: the non-blank lines around this row.
    let first = i;
    while (first > 0 && lines[first - 1]!.trim() !== "") first--;
    let last = i;
    while (last + 1 < lines.length && lines[last + 1]!.trim() !== "") last++;
    const cut = blockCut(lines, first, last);
    if (cut) {
      out ??= [...lines];
      for (let j = first; j <= last; j++) {
        const line = out[j]!;
        out[j] = line.slice(0, cut.from) + line.slice(Math.min(cut.to, line.length));
      }
    }
    i = last;
  }
  return out;
}

/** The range to cut from a block's lines, or undefined where the block is no table with one sparkline column. */
function blockCut(lines: readonly string[], first: number, last: number): Range | undefined {
  let from = Infinity;
  let to = -1;
  const rows = new Set<number>();
  for (let j = first; j <= last; j++) {
    const cells = sparkCells(lines[j]!);
    if (cells.length > 1) return undefined;
    if (cells.length === 0) continue;
    rows.add(j);
    from = Math.min(from, cells[0]!.from);
    to = Math.max(to, cells[0]!.to);
  }
  if (rows.size === 0) return undefined;
  // A header over the curves: a span of years or a trend word, overlapping their range.
  for (let j = first; j <= last; j++) {
    if (rows.has(j)) continue;
    const cell = cellsOf(lines[j]!).find((c) => c.from < to && c.to > from);
    if (!cell) continue;
    if (!SPAN_CELL.test(lines[j]!.slice(cell.from, cell.to))) return undefined;
    from = Math.min(from, cell.from);
    to = Math.max(to, cell.to);
  }
  // Every other line blank in the range: nothing but the curves and their header is cut.
  for (let j = first; j <= last; j++) {
    const line = lines[j]!;
    const own = rows.has(j) ? sparkCells(line)[0]! : undefined;
    const rest = own ? line.slice(0, own.from) + " ".repeat(own.to - own.from) + line.slice(own.to) : line;
    const inRange = rest.slice(from, to).trim();
    if (inRange !== "" && (own || !SPAN_CELL.test(inRange))) return undefined;
  }
  // The blank columns after the range that every line shares, less two: the gap before the next cell stays.
  let end = to;
  while (lines.slice(first, last + 1).every((l) => end >= l.length || l[end] === " ")) {
    if (lines.slice(first, last + 1).every((l) => end >= l.length)) break;
    end++;
  }
  return { from, to: Math.max(to, end - 2) };
}
