/**
 * A laid-out row whose cells stand one space apart, as a narrow column sets two wide amounts
 * ("Eget kapital vid årets slut   kr    1 287 640 1 352 020" under "2025   2024"): the row's figures are one
 * run of digit groups that no gap splits. It is split only where the header's column count makes the split
 * unique: a figure opens on a group of one to three digits (never a zero before others) and goes on in groups of
 * exactly three, so "1 287 640 1 352 020" into two columns is only 1 287 640 | 1 352 020, while "287 640 352 020"
 * could split three ways and stays unread. Each figure must also stand under its own column (overlapping it, or
 * its middle within the column's zone), as a laid-out cell does. Pure.
 */
import type { GridCells, GridColumn } from "./layoutGrid.ts";

/** One group of digits in the run, with its character range on the line (inclusive). */
interface Group {
  text: string;
  from: number;
  to: number;
}

/** A figure's first group: a sign at most, then one to three digits, none a zero before others. */
const LEADER = /^-?(?:[1-9]\d{0,2}|0)$/;
const FOLLOWER = /^\d{3}$/;
/** More splits than this and the run is no table row worth trying. */
const MAX_GROUPS = 16;

/** Every way to cut the groups into `count` figures: the index each figure starts at. */
function splits(groups: readonly Group[], count: number): number[][] {
  const out: number[][] = [];
  const walk = (at: number, starts: number[]) => {
    if (out.length > 1) return;
    if (starts.length === count) {
      if (at === groups.length) out.push(starts);
      return;
    }
    if (at >= groups.length || !LEADER.test(groups[at]!.text)) return;
    // The figure opening at `at` ends before any later group that could open the next one.
    for (let end = at; end < groups.length; end++) {
      if (end > at && !FOLLOWER.test(groups[end]!.text)) break;
      walk(end + 1, [...starts, at]);
    }
  };
  walk(0, []);
  return out;
}

/**
 * The row's cells from its one run of figures (`tail`, starting at character `at` of the line), or undefined
 * where the run is not one such run, splits more than one way or none, or a figure stands under another column.
 * `zoneOf` gives a column's zone (halfway to the neighbouring headings).
 */
export function cellsBySpacedRun(
  tail: string,
  at: number,
  columns: readonly GridColumn[],
  zoneOf: (k: number) => { from: number; to: number },
): GridCells | undefined {
  if (columns.length < 2 || /\s{2,}|\t/.test(tail.trim())) return undefined;
  const groups: Group[] = [];
  for (const m of tail.matchAll(/\S+/g)) {
    if (!/^-?\d{1,3}$/.test(m[0])) return undefined;
    groups.push({ text: m[0], from: at + m.index!, to: at + m.index! + m[0].length - 1 });
  }
  if (groups.length <= columns.length || groups.length > MAX_GROUPS) return undefined;
  const found = splits(groups, columns.length);
  if (found.length !== 1) return undefined;
  const starts = found[0]!;
  const values: number[] = [];
  for (const [k, start] of starts.entries()) {
    const end = (starts[k + 1] ?? groups.length) - 1;
    const from = groups[start]!.from;
    const to = groups[end]!.to;
    const column = columns[k]!;
    const zone = zoneOf(k);
    const middle = (from + to) / 2;
    if (!(column.from <= to && from <= column.to) && !(zone.from <= middle && middle <= zone.to)) return undefined;
    // Not under a neighbouring column as well: the figure is this column's alone.
    const other = columns.some((c, j) => j !== k && c.from <= to && from <= c.to);
    if (other) return undefined;
    values.push(
      Number(
        groups
          .slice(start, end + 1)
          .map((g) => g.text)
          .join(""),
      ),
    );
  }
  return { values, by: "split" };
}
