/**
 * Pages set in two columns of running text, read across by OCR or a text layer by position:
 * "Under 2022 deltog 118 personer i förbundets  Förbundets intäkter uppgick till 5 924 tkr".
 * Such a block is found by its gap: several lines of words on both sides of one wide gap at
 * about the same x. Each of its lines is cut at the gap, and the block is read as the left
 * column, then the right column, each a stream of its own, so that a sentence runs on in its
 * own column. Every line of the reading order keeps the number of the document line it comes
 * from (`origin`): facts cite the document's line.
 *
 * Must not fire on tables: a row whose cells stand apart by wide gaps has numbers, not words,
 * on one side, or several gaps; a list of labels and values ("Ordförande  Anna Berg") has too
 * few words on the left. Pure.
 */

import { gutterBlocks, splitAtGutter } from "./pageGutter.ts";

export interface ReadingOrder {
  /** The lines in reading order: a two-column block's left column, then its right column. */
  lines: string[];
  /** For each line of `lines`, the 1-based number of the document line it comes from. */
  origin: number[];
  /** The lines of `lines` (1-based) that are one column's part of a line. */
  columnLines: Set<number>;
}

/** Two or more spaces (or a tab) between text: a column's edge. */
const WIDE_GAP = /\S(\s{2,}|\t)(?=\S)/g;
/** White space other than a space (a tab, a no-break space). */
const NOT_A_SPACE = /[^\S ]/;
/** A word of running text: two letters or more ("och", "Staten", "tkr."). */
const WORD = /\p{L}{2,}/u;
/** Words on each side of the gap for a line to show two columns of text. */
const MIN_WORDS = 4;
/** Lines of two columns in a block, at least. */
const MIN_LINES = 3;
/** Lines between two of them that may show no gap (a line OCR ran together, a blank line). */
const MAX_BETWEEN = 2;
/** Lines the columns may run on below their last line with a gap, to the paragraph's end. */
const MAX_RUN_ON = 8;

interface Gap {
  /** Index where the gap starts (the left column's text ends) and where the right column's text starts. */
  start: number;
  end: number;
}

function gapsOf(line: string): Gap[] {
  const out: Gap[] = [];
  // A wide gap is two white spaces or a tab: a plain search for two spaces, and for any white space
  // but a space, passes over most lines of running text before the pattern is tried at every character.
  if (!line.includes("  ") && !NOT_A_SPACE.test(line)) return out;
  for (const m of line.matchAll(WIDE_GAP)) out.push({ start: m.index + 1, end: m.index + m[0].length });
  return out;
}

const words = (text: string) => text.split(/\s+/).filter((t) => WORD.test(t)).length;

/**
 * Where the right column starts on a line of two columns of running text, or undefined: at its
 * one wide gap, or, where justified text left wide spaces between words too, at a gap wider
 * than every other.
 */
function columnStart(line: string): number | undefined {
  if (/^\s/.test(line)) return undefined;
  // Asked of every line: a line with no wide gap anywhere (most of running text) has none once
  // trimmed either, and is passed over before its copy and its gaps are made.
  if (!line.includes("  ") && !NOT_A_SPACE.test(line)) return undefined;
  // Four words on each side of the gap: eight tokens at least (a table's row has fewer, and is passed
  // over before its gaps are found).
  if (!EIGHT_TOKENS.test(line)) return undefined;
  const gaps = gapsOf(line.trimEnd());
  const width = (g: Gap) => g.end - g.start;
  const widest = gaps.reduce<Gap | undefined>((a, g) => (!a || width(g) > width(a) ? g : a), undefined);
  if (!widest || gaps.some((g) => g !== widest && width(g) >= width(widest))) return undefined;
  return words(line.slice(0, widest.start)) >= MIN_WORDS && words(line.slice(widest.end)) >= MIN_WORDS
    ? widest.end
    : undefined;
}

/** How far apart two lines' right columns may start and still be one column: OCR and proportional fonts move it. */
const tolerance = (x: number) => Math.max(5, Math.round(x * 0.12));

interface Block {
  first: number;
  last: number;
  /** Where the right column starts (the median of its lines). */
  x: number;
  /** The line right above the block holds each column's heading ("Deltagare  Ekonomi"). */
  headings?: [string, string];
  /** A page's gutter (`pageGutter.ts`): every line cut at `x` itself. */
  gutter?: true;
}

/** Two capitalised words and nothing else: a heading over each column, run together by OCR. */
const TWO_HEADINGS = /^(\p{Lu}\p{Ll}{3,}) (\p{Lu}\p{Ll}{3,})$/u;

/** The headings over the two columns, when the line right above the block holds one over each. */
function columnHeadings(line: string | undefined, x: number): [string, string] | undefined {
  if (line === undefined || line.trim() === "" || /\d/.test(line)) return undefined;
  const gap = gapsOf(line.trimEnd()).find((g) => Math.abs(g.end - x) <= tolerance(x));
  if (gap) return [line.slice(0, gap.start).trim(), line.slice(gap.end).trim()];
  const m = TWO_HEADINGS.exec(line.trim());
  return m ? [m[1]!, m[2]!] : undefined;
}

/** Eight tokens (runs of non-space) on a line that opens on one, at least. */
const EIGHT_TOKENS = /^(?:\S+\s+){7}\S/;

/** The two-column blocks of a document (0-based line indexes). */
function findBlocks(lines: readonly string[]): Block[] {
  const starts = lines.map(columnStart);
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    if (starts[i] === undefined) {
      i++;
      continue;
    }
    const members = [i];
    let j = i + 1;
    for (; j < lines.length && j - members[members.length - 1]! <= MAX_BETWEEN + 1; j++) {
      const x = starts[j];
      if (x !== undefined && Math.abs(x - starts[i]!) <= tolerance(starts[i]!)) members.push(j);
    }
    const xs = members.map((k) => starts[k]!).sort((a, b) => a - b);
    const x = xs[Math.floor(xs.length / 2)]!;
    if (members.length >= MIN_LINES && runsOn(lines, members, x)) {
      // The columns run on below the last line with a gap until the paragraph ends, for a few
      // lines, and not into a table (cells apart, only numbers after the first gap).
      const end = members[members.length - 1]!;
      let last = end;
      while (
        last + 1 < lines.length &&
        last - end < MAX_RUN_ON &&
        lines[last + 1]!.trim() !== "" &&
        !isTableRow(lines[last + 1]!)
      )
        last++;
      const headings = columnHeadings(lines[members[0]! - 1], x);
      blocks.push({ first: members[0]! - (headings ? 1 : 0), last, x, ...(headings ? { headings } : {}) });
      i = last + 1;
    } else i++;
  }
  return blocks;
}

/** A row of a table: after its first wide gap, numbers only ("Årets resultat   -146   204", "Not  2023  2022"). */
function isTableRow(line: string): boolean {
  const g = gapsOf(line.trimEnd())[0];
  return g !== undefined && /^[-−–(]?\d[\d\s,.%()−–-]*$/.test(line.slice(g.end).trim());
}

/** A line that goes on with the sentence above: lower case, a number, a bracket. */
const GOES_ON = /^[\p{Ll}\d(]/u;

/**
 * Whether both columns are running text: in each, a line goes on with the sentence of the line
 * above. A list of labels and values ("Ersättare för Region Norrland   Per Holm (M), Region
 * Norrland") starts every line afresh on both sides.
 */
function runsOn(lines: readonly string[], members: readonly number[], x: number): boolean {
  const cut = new Map(members.map((k) => [k, splitAtColumn(lines[k]!, x)]));
  const goesOn = (side: 0 | 1) =>
    members.some((k) => cut.has(k + 1) && cut.get(k)![side] !== "" && GOES_ON.test(cut.get(k + 1)![side]));
  return goesOn(0) && goesOn(1);
}

/** A sentence's end and a word in lower case after it: the right column's text run into the left's. */
const SENTENCE_THEN_LOWER = /[.!?] (?=\p{Ll})/gu;

/** A line of a block cut into its left and right column's text. */
export function splitAtColumn(line: string, x: number): [string, string] {
  if (line.trim() === "") return ["", ""];
  // Nothing at the left margin: only the right column has text on this line.
  if (/^\s/.test(line)) return ["", line.trim()];
  // Inside the block a wide gap is the columns' edge, also where a short last line of the left
  // column left it far from x ("inom vården.  400 tkr."); of several, the one nearest x.
  const gaps = gapsOf(line.trimEnd());
  if (gaps.length > 0) {
    const g = gaps.reduce((a, b) => (Math.abs(b.end - x) < Math.abs(a.end - x) ? b : a));
    if (gaps.length === 1 || Math.abs(g.end - x) <= tolerance(x))
      return [line.slice(0, g.start).trim(), line.slice(g.end).trim()];
  }
  // A line that fits in the left column is the left column's.
  if (line.trimEnd().length < x - 1) return [line.trim(), ""];
  // OCR ran the columns together with one space: cut where a sentence ended and the other
  // column's text goes on in lower case, or else at the last space before the right column,
  // never inside a number ("1 412").
  for (const m of line.matchAll(SENTENCE_THEN_LOWER))
    if (m.index >= x / 3 && m.index <= x) return [line.slice(0, m.index + 1).trim(), line.slice(m.index + 2).trim()];
  for (let k = Math.min(x, line.length - 1); k > 0; k--)
    if (line[k] === " " && !(/\d/.test(line[k - 1]!) && /\d/.test(line[k + 1] ?? "")))
      return [line.slice(0, k).trim(), line.slice(k + 1).trim()];
  return [line.trim(), ""];
}

/** The document's lines in reading order; undefined when no block of two columns is found (the usual case). */
export function readingOrder(lines: readonly string[]): ReadingOrder | undefined {
  // A page's gutter proves its columns over the whole block, short lines and little tables too; the
  // running-text blocks found by words are kept where no gutter block holds them.
  const gutters: Block[] = gutterBlocks(lines).map((g) => ({ ...g, gutter: true }));
  const blocks = [
    ...gutters,
    ...findBlocks(lines).filter((b) => !gutters.some((g) => b.first <= g.last && g.first <= b.last)),
  ].sort((a, b) => a.first - b.first);
  if (blocks.length === 0) return undefined;
  const out: ReadingOrder = { lines: [], origin: [], columnLines: new Set() };
  const push = (text: string, index: number, column = false) => {
    out.lines.push(text);
    out.origin.push(index + 1);
    if (column) out.columnLines.add(out.lines.length);
  };
  let next = 0;
  for (const b of blocks) {
    for (; next < b.first; next++) push(lines[next]!, next);
    const cut = lines
      .slice(b.first, b.last + 1)
      .map((line, k) => (b.gutter ? splitAtGutter(line, b.x) : (k === 0 && b.headings) || splitAtColumn(line, b.x)));
    cut.forEach(([left], k) => push(left, b.first + k, true));
    // A blank line between the columns: the left column's last paragraph ends there.
    push("", b.last);
    cut.forEach(([, right], k) => push(right, b.first + k, true));
    next = b.last + 1;
  }
  for (; next < lines.length; next++) push(lines[next]!, next);
  return out;
}
