/**
 * Two lists of "Label: value" set side by side, one pair of each on every line, as a key-figure sheet
 * sets participants beside the economy:
 *
 *     DELTAGARE                        EKONOMI
 *     Deltagare totalt: 214            Verksamhetens intäkter: 4 100 000 kr
 *       varav kvinnor: 120             Verksamhetens kostnader: 4 020 500 kr
 *       varav män: 94                  Årets resultat: 79 500 kr
 *     Avslutade: 77                    Eget kapital 31/12: 905 000 kr
 *       till arbete: 21                Antal insatser: 6
 *
 * Read line by line, a count's parts ("varav kvinnor", "till arbete") stand after the other list's pair and
 * each line runs two lists' figures together. Here the left list's lines are said first, as they are (their
 * indent kept), then, after a blank line, the right list's; each line cites its own document line, and a
 * heading over each list ("DELTAGARE   EKONOMI") goes over its own list.
 *
 * It fires only on a block of three lines or more, each exactly two pairs of a label (a letter first) and a
 * colon before one figure (its unit after it, if any), the right pairs starting at one place, and only where
 * the block shows it is two lists: a heading over each (two cells without figures, the right one at the right
 * pairs' place), or a pair set in under the one above it in one of the lists (a list's part). A grid of cards
 * ("Deltagare: 120   Nya: 45" / "Avslutade: 40   Till arbete: 12", nothing set in, no headings) is left as
 * written, as is a table's row (no colon) and a line of three pairs. Pure.
 */

/** A pair: a label opening on a letter, a colon, one figure, a unit if any. */
const PAIR =
  /^\p{L}[^:]{0,60}:\s*[-−–+]?\d{1,3}(?:[  ]\d{3})*(?:,\d+)?(?:\s?(?:%|procent|kr|kronor|tkr|mkr|mnkr|st|personer|deltagare))?\.?$/iu;
/** Two spaces or more, or a tab: a gap between the two lists. */
const GAP = /\s{2,}|\t/;
/** Lines in a block, at least. */
const MIN_LINES = 3;

interface PairLine {
  /** Where the left pair starts (its indent). */
  left: number;
  /** Where the right pair starts. */
  right: number;
}

/** A line of two pairs, or undefined. */
function pairLine(line: string): PairLine | undefined {
  // Cheap first: two colons at least, a digit.
  const first = line.indexOf(":");
  if (first < 0 || line.indexOf(":", first + 1) < 0 || !/\d/.test(line)) return undefined;
  const indent = line.length - line.trimStart().length;
  const body = line.trim();
  const gap = /\s{2,}|\t/g;
  const cuts = [...body.matchAll(gap)];
  if (cuts.length !== 1) return undefined;
  const cut = cuts[0]!;
  const a = body.slice(0, cut.index);
  const b = body.slice(cut.index + cut[0].length);
  if (!PAIR.test(a) || !PAIR.test(b)) return undefined;
  return { left: indent, right: indent + cut.index + cut[0].length };
}

/** A heading over each list: two cells without figures, the right one starting at `x`. */
function headings(line: string | undefined, x: number): [string, string] | undefined {
  if (line === undefined || /\d|:/.test(line) || line.trim() === "") return undefined;
  const cells = line.trim().split(GAP);
  if (cells.length !== 2) return undefined;
  const at = line.lastIndexOf(cells[1]!);
  return Math.abs(at - x) <= 2 ? [cells[0]!, cells[1]!] : undefined;
}

export function labelValueColumns(lines: readonly string[]): { lines: string[]; from: number[] } | undefined {
  const out: string[] = [];
  const from: number[] = [];
  let changed = false;
  let i = 0;
  while (i < lines.length) {
    const p = pairLine(lines[i]!);
    if (!p) {
      out.push(lines[i]!);
      from.push(i);
      i++;
      continue;
    }
    const block: PairLine[] = [p];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const q = pairLine(lines[j]!);
      if (!q || Math.abs(q.right - p.right) > 2) break;
      block.push(q);
    }
    const x = Math.min(...block.map((b) => b.right));
    const heads = out.length > 0 ? headings(lines[i - 1], x) : undefined;
    const lefts = new Set(block.map((b) => b.left));
    // The left list's parts set in under its pairs; the right list's start moves a place or two anyway.
    const setIn = lefts.size > 1;
    if (block.length < MIN_LINES || (!heads && !setIn)) {
      for (let k = i; k < j; k++) {
        out.push(lines[k]!);
        from.push(k);
      }
      i = j;
      continue;
    }
    changed = true;
    if (heads) {
      // The heading line, written last, is said over the left list.
      out[out.length - 1] = heads[0];
    }
    for (let k = i; k < j; k++) {
      out.push(lines[k]!.slice(0, x).trimEnd());
      from.push(k);
    }
    out.push("");
    from.push(j - 1);
    if (heads) {
      out.push(heads[1]);
      from.push(i - 1);
    }
    for (let k = i; k < j; k++) {
      // A pair set in under the right list's first keeps its indent.
      out.push(lines[k]!.slice(x).trimEnd());
      from.push(k);
    }
    i = j;
  }
  return changed ? { lines: out, from } : undefined;
}
