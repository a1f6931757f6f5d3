/**
 * A participant table whose genders are groups of rows, each gender a heading over its rows set in
 * under it and closed by the gender's sum, the measures as columns:
 *
 *                               Inskrivna    Nya   Avslutade
 *     Kvinnor
 *        Stegvis                       40     18          16
 *        Bryggan                       48     23          21
 *        Summa kvinnor                 88     41          37
 *     Män
 *        …
 *        Summa män                     72     35          30
 *     Samtliga deltagare              160     76          67
 *
 * Read line by line, a set-in row is an intervention's figures for everyone ("Stegvis 40"), and a
 * row under "Män" is taken as an intervention named "Män Stegvis". Here the gender headings and
 * the rows under them are taken out, and each gender's sum said as the gender's row at the
 * heading's margin ("Kvinnor   88   41   37", citing the sum's own line), so the table reads as one
 * of gender rows and a total, as the participant readers know it. The rows per intervention and
 * gender are dropped: no reader keeps an intervention's figures by gender.
 *
 * A gender's heading may carry the sum on its own line ("Kvinnor   88   41   37" over its set-in rows):
 * the rows under it are taken out and the heading kept as the gender's row.
 *
 * It fires only where the sums prove the shape: a header line of two cells or more, then exactly two
 * groups, women and men, each a heading of the gender's word alone over two rows or more set in
 * deeper than it, every row the same count of figures, the group's last row a sum ("Summa kvinnor",
 * "Totalt", "Män totalt") whose every cell is its rows' sum; a row after the groups (if any) is a
 * total whose every cell is the two sums' sum. Anything else leaves the table as written. Pure.
 */
import { parseSwedishNumber } from "../numbers.ts";
import { layoutCells } from "./layoutCells.ts";
import { withoutLines } from "./withoutLines.ts";

interface Row {
  label: string;
  labelStart: number;
  labelEnd: number;
  figures: number[];
  firstFigure: number;
}

/** "Kvinnor", "Män:", "Flickor": a gender's heading alone on its line. */
const GENDER_HEADING = /^(kvinnor|män|flickor|pojkar)\s*:?$/iu;
const WOMEN = /^(?:kvinnor|flickor)$/iu;
/** A group's sum row: "Summa kvinnor", "Totalt", "Män totalt", "S:a". */
const SUM_LABEL =
  /^(?:(?:summa|totalt|total|s:a|samtliga|alla)(?:\s+(kvinnor|män|flickor|pojkar))?|(kvinnor|män|flickor|pojkar),?\s+(?:totalt|summa))$/iu;
/** The table's total row after the groups. */
const TOTAL_LABEL =
  /^(?:summa|totalt|total|s:a|samtliga|alla|förbundet|hela förbundet)(?:\s+\p{L}+){0,3}$|^\p{L}+(?:\s+\p{L}+){0,2}\s+(?:totalt|sammantaget)$/iu;
/** Lines under a gender's heading searched for the table's first row. */
const MAX_FIRST_ROW = 12;
/** Groups a table needs rows in, besides the sum. */
const MIN_PARTS = 2;

function rowOf(line: string): Row | undefined {
  const [label, ...rest] = layoutCells(line);
  if (!label || !/^\p{L}/u.test(label.text) || rest.length === 0) return undefined;
  const figures = rest.map((c) => (/^\d{1,3}(?: \d{3})*$/.test(c.text) ? parseSwedishNumber(c.text) : null));
  if (figures.some((f) => f === null)) return undefined;
  return {
    label: label.text,
    labelStart: label.from,
    labelEnd: label.to,
    figures: figures as number[],
    firstFigure: rest[0]!.from,
  };
}

const isHeader = (line: string) => {
  const cells = layoutCells(line);
  return cells.length >= 2 && cells.every((c) => /^\p{L}/u.test(c.text) && !/\d/.test(c.text));
};

interface Group {
  heading: number;
  margin: number;
  gender: string;
  parts: number[];
  /** The sum's line: the group's last, or its heading's where the heading carries the sum. */
  sum: number;
  /** The group's last line. */
  end: number;
}

/** A gender's group from line `i` on: its heading, its set-in rows and its sum, or undefined. */
function groupAt(lines: readonly string[], i: number, width: number): Group | undefined {
  const line = lines[i] ?? "";
  // The gender's sum on its heading's own line ("Kvinnor   88   41   37" over its set-in rows).
  const headed = rowOf(line);
  const m = GENDER_HEADING.exec(headed ? headed.label : line.trim());
  if (!m || (headed && headed.figures.length !== width)) return undefined;
  const margin = line.search(/\S/);
  const gender = m[1]!.toLowerCase();
  const parts: number[] = [];
  const adds = (sum: Row) =>
    parts.length >= MIN_PARTS &&
    Array.from({ length: width }).every(
      (_, c) => parts.reduce((s, p) => s + rowOf(lines[p]!)!.figures[c]!, 0) === sum.figures[c],
    );
  for (let k = i + 1; k < lines.length; k++) {
    const r = rowOf(lines[k]!);
    if (headed) {
      if (r && r.labelStart > margin && r.figures.length === width && !SUM_LABEL.test(r.label)) {
        parts.push(k);
        continue;
      }
      return adds(headed) ? { heading: i, margin, gender, parts, sum: i, end: k - 1 } : undefined;
    }
    if (!r || r.labelStart <= margin || r.figures.length !== width) return undefined;
    const sum = SUM_LABEL.exec(r.label);
    if (!sum) {
      parts.push(k);
      continue;
    }
    const named = (sum[1] ?? sum[2])?.toLowerCase();
    if (named && named !== gender) return undefined;
    return adds(r) ? { heading: i, margin, gender, parts, sum: k, end: k } : undefined;
  }
  return headed && adds(headed) ? { heading: i, margin, gender, parts, sum: i, end: lines.length - 1 } : undefined;
}

export function genderRowGroups(lines: readonly string[]): { lines: string[]; from: number[] } | undefined {
  const out = [...lines];
  const drop = new Set<number>();
  for (let h = 0; h + 1 < lines.length; h++) {
    // Only a header right over a gender's heading opens such a table; its first row is near (a look over the
    // rest of the document at every header line made the step grow with the square of the document).
    if (!GENDER_HEADING.test(rowOf(lines[h + 1]!)?.label ?? lines[h + 1]!.trim()) || !isHeader(lines[h]!)) continue;
    let firstRow: Row | undefined;
    for (let k = h + 2; k < Math.min(lines.length, h + 2 + MAX_FIRST_ROW) && !firstRow; k++)
      firstRow = rowOf(lines[k]!);
    if (!firstRow) continue;
    const width = firstRow.figures.length;
    const a = groupAt(lines, h + 1, width);
    if (!a) continue;
    const b = groupAt(lines, a.end + 1, width);
    if (!b || WOMEN.test(a.gender) === WOMEN.test(b.gender)) continue;
    // A row after the groups is their total, every cell the two sums' sum; anything else leaves the table.
    const after = lines[b.end + 1]?.trim() ? rowOf(lines[b.end + 1]!) : undefined;
    if (lines[b.end + 1]?.trim() && !after) continue;
    if (after) {
      const sa = rowOf(lines[a.sum]!)!;
      const sb = rowOf(lines[b.sum]!)!;
      if (!TOTAL_LABEL.test(after.label) || after.figures.length !== width) continue;
      if (after.figures.some((f, c) => f !== sa.figures[c]! + sb.figures[c]!)) continue;
    }
    for (const g of [a, b]) {
      for (const p of g.parts) drop.add(p);
      if (g.sum === g.heading) continue;
      drop.add(g.heading);
      const r = rowOf(lines[g.sum]!)!;
      const word = g.gender.charAt(0).toUpperCase() + g.gender.slice(1);
      if (g.margin + word.length + 2 > r.firstFigure) return undefined;
      const s = lines[g.sum]!;
      out[g.sum] =
        " ".repeat(g.margin) + word + " ".repeat(r.firstFigure - g.margin - word.length) + s.slice(r.firstFigure);
    }
    h = b.end;
  }
  if (drop.size === 0) return undefined;
  return withoutLines(out, drop);
}
