/**
 * A box of key figures set two to a line, each a label and its figure marked by a leader of dots or a
 * colon, the second pair standing at one column on every line:
 *
 *     Deltagare totalt ........ 156      Nya deltagare ........... 74
 *       varav kvinnor ......... 88      Avslutade deltagare ..... 69
 *     Inskrivna:          142          Nyinskrivna under året:   63
 *
 * A line holding two label–value pairs is two rows, never one label with two figures (no reader
 * should take "156 … 74" for two columns of one row). Here each run of such lines (lines right under
 * each other) is read as two lists, the left pairs from top to bottom, then the right ones, each row
 * citing its line (a pair's colon set as a wide gap, "Inskrivna      142", as a list's row is set): a part set in under the left column's total ("varav kvinnor") stays under it, and
 * the right column's rows are a list of their own, so a part is never given to the other column's
 * row. What each row is (an intervention's count, a budget, a target) is left to the readers of
 * lists, as for any row.
 *
 * Only where the shape is plain: both pairs of a line marked the same way (dots, a colon closing the
 * label, or a gap alone after a label of words with no digit), every line of the run marked alike, the
 * second pair opening on a letter after a gap of three spaces or more, its label at the same column
 * (within two) on every line of the run, two such lines at least, each label named once, and the run
 * a block of its own (no row of figures right above or below it: a grid read across, its last line
 * one pair, stays as written). A single line, a row with a
 * year or a figure in a label ("Utfall 2025   412   Budget 2025   400"), and a row of three figures
 * stay as written. Pure.
 */
import { someLineMatches } from "./wholeText.ts";

const FIGURE = String.raw`[-–−+]?\d{1,3}(?:[  ]\d{3})*(?:,\d+)?(?:\s*(?:%|procent|tkr|kkr|mnkr|mkr|kr|personer|st))?`;
/** Two pairs marked by dot leaders: label, dots, figure; a gap; label, dots, figure. */
const DOTTED_PAIRS = new RegExp(
  String.raw`^(\s*\p{L}.*?\s*(?:\.\s?){3,}\s*${FIGURE})(\s{3,})(\p{L}.*?\s*(?:\.\s?){3,}\s*${FIGURE})\s*$`,
  "iu",
);
/** Two pairs marked by a colon closing each label: "Label:   figure", a gap, "Label: figure". */
const COLON_PAIRS = new RegExp(
  String.raw`^(\s*\p{L}[^:\d]*?:\s+${FIGURE})(\s{3,})(\p{L}[^:\d]*?:\s+${FIGURE})\s*$`,
  "iu",
);
/**
 * Two pairs set apart by gaps alone: a label of words (no digit: never a year's header), two spaces or
 * more, its figure; a gap; the same again ("Deltagare totalt   156      Nya deltagare   74").
 */
const GAP_PAIRS = new RegExp(
  String.raw`^(\s*\p{L}[^\d:]*?[\p{L})]\s{2,}${FIGURE})(\s{3,})(\p{L}[^\d:]*?[\p{L})]\s{2,}${FIGURE})\s*$`,
  "iu",
);
/** The cheap look: a leader of dots, a colon before a gap, or a figure before a gap and a word. */
const MAY_PAIR = /\.\.\.|:\s|\d\s{3,}\p{L}/u;
/** Lines a run needs. */
const MIN_LINES = 2;
/** How far the second labels of one run may stand from each other. */
const ALIGN = 2;

interface Pair {
  left: string;
  right: string;
  /** How the pairs are marked: every line of a run is marked alike. */
  kind: "dots" | "colon" | "gap";
  /** The column the right pair's label opens at. */
  at: number;
}

/** A colon closing a pair's label, and the space after it: set as a wide gap, as a list's row has it. */
const LABEL_COLON = /:\s+(?=[-–−+]?\d)/u;

function pairOf(line: string): Pair | undefined {
  const dotted = DOTTED_PAIRS.exec(line);
  const colon = dotted ? null : COLON_PAIRS.exec(line);
  const m = dotted ?? colon ?? GAP_PAIRS.exec(line);
  if (!m) return undefined;
  const row = (pair: string) => (colon ? pair.replace(LABEL_COLON, "      ") : pair);
  const kind = dotted ? "dots" : colon ? "colon" : "gap";
  return { left: row(m[1]!), right: row(m[3]!), at: m[1]!.length + m[2]!.length, kind };
}

/** The lines with each run of two-pair lines read as its left column, then its right; undefined when none. */
export function pairedRows(lines: readonly string[]): { lines: string[]; from: number[] } | undefined {
  if (!someLineMatches(lines, MAY_PAIR)) return undefined;
  const out: string[] = [];
  const from: number[] = [];
  let changed = false;
  for (let i = 0; i < lines.length;) {
    const first = MAY_PAIR.test(lines[i]!) ? pairOf(lines[i]!) : undefined;
    if (!first) {
      out.push(lines[i]!);
      from.push(i);
      i++;
      continue;
    }
    const run: Pair[] = [first];
    let k = i + 1;
    for (; k < lines.length; k++) {
      const p = MAY_PAIR.test(lines[k]!) ? pairOf(lines[k]!) : undefined;
      if (!p || p.kind !== first.kind || Math.abs(p.at - first.at) > ALIGN) break;
      run.push(p);
    }
    if (run.length < MIN_LINES || !distinctLabels(run) || rowOfFigures(lines[i - 1]) || rowOfFigures(lines[k])) {
      out.push(lines[i]!);
      from.push(i);
      i++;
      continue;
    }
    for (let j = 0; j < run.length; j++) {
      out.push(run[j]!.left);
      from.push(i + j);
    }
    for (let j = 0; j < run.length; j++) {
      out.push(run[j]!.right);
      from.push(i + j);
    }
    changed = true;
    i = k;
  }
  return changed ? { lines: out, from } : undefined;
}

/** A pair's label: its words before the leader, the colon or the gap. */
const labelOf = (pair: string) =>
  pair
    .trim()
    .replace(/\s*(?:(?:\.\s?){3,}|:|\s{2,}).*$/u, "")
    .toLowerCase();

/** Whether every pair of a run has a label of its own: a box names each figure once ("Kvinnor 66  Män 58" twice is a table's rows). */
function distinctLabels(run: readonly Pair[]): boolean {
  const seen = new Set<string>();
  for (const p of run)
    for (const label of [labelOf(p.left), labelOf(p.right)]) {
      if (seen.has(label)) return false;
      seen.add(label);
    }
  return true;
}

/** A line ending on a figure after a label (a table's or a grid's row). */
const ROW_OF_FIGURES = /^\s*\S.*?\s{2,}[-–−+]?\d[\d  ]*(?:,\d+)?\s*(?:%|kr|tkr|st)?\s*$/u;

/**
 * Whether the line right above or below a run is a row of figures: the run is then part of a grid read
 * row by row ("Alträsk  182 400    Brännmyr  241 900" / … / "Norrberga  137 200", a list in its order
 * across), no box of its own.
 */
const rowOfFigures = (line: string | undefined) => line !== undefined && ROW_OF_FIGURES.test(line);
