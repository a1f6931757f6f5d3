/**
 * A page set in two columns with a wide gutter, laid out line by line: each line holds the left
 * column's line, blank space, then the right column's line, which starts at the same character on
 * every line ("Under året var 176 personer          Eget kapital vid årets slut var"). Unlike the
 * running text `twoColumns.ts` finds by words on both sides of one gap, such a page's lines may be
 * short, hold amounts and little tables of their own ("  Arbete   19        Staten   2 400 000 kr"),
 * or stand in one column only. What proves the page is the gutter itself: a stripe of blank
 * characters right before one x, crossed by no line over the block, with text starting at that x
 * on many lines, and running text in both columns (a line of words going on in lower case under a
 * line of words, in each).
 *
 * Must not fire on a table: its columns have stripes too, but a column of figures or of short cells
 * holds no sentence going on from one line to the next; nor on a list of labels and names
 * ("Ordförande      Anna Berg, Region Norr"), whose right side starts afresh on every line.
 * Pure; linear in the document's size.
 */

export interface GutterBlock {
  /** First and last line (0-based) of the block. */
  first: number;
  last: number;
  /** Where the right column starts: the character right after the gutter. */
  x: number;
}

/** Blank characters right before the right column, on every line of the block, at least. */
const STRIPE = 3;
/** Lines with text on both sides of the gutter, at least. */
const MIN_PAIRED = 6;
/** Lines in each column going on with the sentence of the line above, at least. */
const MIN_RUN_ON = 2;
/** The left column is this wide at least: a page's column, not a table's label. */
const MIN_X = 20;

/** A word of running text: two letters or more. */
const WORD = /\p{L}{2,}/gu;
const wordCount = (s: string) => s.match(WORD)?.length ?? 0;

/** Where a right column could start on a line: text after a blank stripe, with text before it. */
function startsAfterStripe(line: string): number[] {
  const out: number[] = [];
  if (!line.includes("   ")) return out;
  for (const m of line.matchAll(/\S( {3,})(?=\S)/g)) {
    const x = m.index + 1 + m[1]!.length;
    if (x >= MIN_X) out.push(x);
  }
  return out;
}

/** Whether the line leaves the stripe before `x` blank (it does not cross the gutter). */
function keepsStripe(line: string, x: number): boolean {
  const end = line.trimEnd().length;
  if (end <= x - STRIPE) return true;
  return line.slice(x - STRIPE, x).trim() === "";
}

/** A line's two columns' text at the gutter `x`: the left kept with its indentation, the right from `x`. */
export function splitAtGutter(line: string, x: number): [string, string] {
  return [line.slice(0, x).trimEnd(), line.slice(x).trimEnd()];
}

/** In one column, a line of words going on in lower case under a line of words, counted. */
function runOns(sides: readonly string[]): number {
  let n = 0;
  for (let k = 1; k < sides.length; k++) {
    const above = sides[k - 1]!.trim();
    const here = sides[k]!.trim();
    if (wordCount(above) >= 2 && wordCount(here) >= 2 && /^\p{Ll}/u.test(here) && !/[.!?:]$/.test(above)) n++;
  }
  return n;
}

/** The blocks of a document laid out as a page in two columns at a gutter (usually none). */
export function gutterBlocks(lines: readonly string[]): GutterBlock[] {
  const count = new Map<number, number>();
  for (const line of lines) for (const x of startsAfterStripe(line)) count.set(x, (count.get(x) ?? 0) + 1);
  const candidates = [...count].filter(([, n]) => n >= MIN_PAIRED).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const blocks: GutterBlock[] = [];
  const taken = new Set<number>();
  for (const [x] of candidates) {
    let i = 0;
    while (i < lines.length) {
      if (taken.has(i) || !keepsStripe(lines[i]!, x)) {
        i++;
        continue;
      }
      let j = i;
      while (j + 1 < lines.length && !taken.has(j + 1) && keepsStripe(lines[j + 1]!, x)) j++;
      // Blank lines at the run's ends are the page's, not the block's.
      let first = i;
      let last = j;
      while (first < last && lines[first]!.trim() === "") first++;
      while (last > first && lines[last]!.trim() === "") last--;
      const run = lines.slice(first, last + 1);
      const paired = run.filter((l) => l.length > x && l[x] !== " " && l.slice(0, x - STRIPE).trim() !== "").length;
      const cut = run.map((l) => splitAtGutter(l, x));
      if (
        paired >= MIN_PAIRED &&
        runOns(cut.map((c) => c[0])) >= MIN_RUN_ON &&
        runOns(cut.map((c) => c[1])) >= MIN_RUN_ON
      ) {
        blocks.push({ first, last, x });
        for (let k = first; k <= last; k++) taken.add(k);
      }
      i = j + 1;
    }
  }
  return blocks.sort((a, b) => a.first - b.first);
}
