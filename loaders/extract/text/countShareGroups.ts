/**
 * A table whose years each stand over a group of a count and its share:
 *
 *                             2025                    2024
 *                       Antal     Andel         Antal     Andel
 *   Inskrivna
 *      Kvinnor            103      58 %            91      55 %
 *      Totalt             178     100 %           165     100 %
 *
 * Read line by line, the years stand over no cell and "Antal", "Andel" name no year: the whole table was
 * unread. The share is the count's part of its column, no figure of its own: here the share columns are
 * blanked, space for character, and each year set over its count column, one header line right above the
 * rows ("2025   2024"), the line that held the years left blank.
 *
 * Only where every year stands over its own group (within three characters of the group's span), every
 * group holds one count column and one share column, and every cell under a share column is a
 * percentage ("58 %", "8,5 %") or a dash, every cell under a count column a whole number or a dash; the
 * table runs to its first blank line. A share without its "%", a count with a decimal or a cell between
 * two columns leaves the table as written. Pure; line for line.
 */
import { runsOf, type Run } from "./hyphenatedHeaders.ts";

/** A line of years alone, two or more, apart by wide gaps. */
const YEARS_ONLY = /^\s*(?:(?:19|20)\d\d\s{2,})+(?:19|20)\d\d\s*$/;
const COUNT = /^antal$/iu;
const SHARE = /^(?:andel|andel %|andel, %|%|procent)$/iu;
const COUNT_CELL = /^(?:\d{1,3}(?: \d{3})*|[–—-])$/u;
const SHARE_CELL = /^(?:\d{1,3}(?:,\d+)?\s?%|[–—-])$/u;
const SLACK = 3;
const MAX_ROWS = 60;

/** The lines with each such table's shares blanked and its years over its counts; undefined when there is none. */
export function countShareGroups(lines: readonly string[]): string[] | undefined {
  let out: string[] | undefined;
  for (let i = 0; i + 2 < lines.length; i++) {
    const line = lines[i]!;
    if (line.length < 10 || !YEARS_ONLY.test(line)) continue;
    const set = readGroups(lines, i);
    if (!set) continue;
    out ??= [...lines];
    for (const [k, text] of set) out[k] = text;
  }
  return out;
}

function readGroups(lines: readonly string[], i: number): [number, string][] | undefined {
  const years = runsOf(lines[i]!);
  const bases = runsOf(lines[i + 1]!);
  if (bases.length !== years.length * 2) return undefined;
  const counts: Run[] = [];
  const shares: Run[] = [];
  for (let k = 0; k < years.length; k++) {
    const group = bases.slice(2 * k, 2 * k + 2);
    const count = group.find((b) => COUNT.test(b.text));
    const share = group.find((b) => SHARE.test(b.text));
    if (!count || !share) return undefined;
    const year = years[k]!;
    if (year.from < group[0]!.from - SLACK || year.to > group[1]!.to + SLACK) return undefined;
    counts.push(count);
    shares.push(share);
  }
  const columns = [...counts.map((c) => ({ c, share: false })), ...shares.map((c) => ({ c, share: true }))].sort(
    (a, b) => a.c.from - b.c.from,
  );
  const set: [number, string][] = [];
  let rows = 0;
  for (let r = i + 2; r < Math.min(lines.length, i + 2 + MAX_ROWS); r++) {
    const row = lines[r]!;
    if (row.trim() === "") break;
    const runs = runsOf(row);
    // A row's label, then its cells; a line of words alone is a group's label ("Nya under året").
    const cells = runs.slice(1);
    if (!/\d/.test(row)) {
      if (runs.length > 1) return undefined;
      continue;
    }
    if (!/\p{L}/u.test(runs[0]?.text ?? "") || cells.length === 0) return undefined;
    let text = row;
    for (const cell of cells) {
      const mid = (cell.from + cell.to) / 2;
      // The column whose span the cell overlaps, else the nearest; a cell over two columns is unclear.
      const over = columns.filter((col) => cell.from <= col.c.to + 1 && col.c.from <= cell.to + 1);
      if (over.length > 1) return undefined;
      const col =
        over[0] ??
        columns.reduce((a, b) =>
          Math.abs((a.c.from + a.c.to) / 2 - mid) <= Math.abs((b.c.from + b.c.to) / 2 - mid) ? a : b,
        );
      if (!(col.share ? SHARE_CELL : COUNT_CELL).test(cell.text)) return undefined;
      if (col.share) text = text.slice(0, cell.from) + " ".repeat(cell.to - cell.from + 1) + text.slice(cell.to + 1);
    }
    set.push([r, text.trimEnd()]);
    rows++;
  }
  if (rows < 2) return undefined;
  // The years over their counts' columns, each ending where its count column ends.
  let header = "";
  for (let k = 0; k < years.length; k++) {
    const year = years[k]!.text;
    const from = Math.max(0, counts[k]!.to + 1 - year.length);
    if (header.length > 0 && from < header.length + 2) return undefined;
    header = header.padEnd(from) + year;
  }
  set.push([i, ""], [i + 1, header]);
  return set;
}
