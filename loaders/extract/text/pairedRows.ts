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
 * Only where the shape is plain: both pairs of a line marked the same way (dots, or a colon closing
 * the label), the second pair opening on a letter after a gap of three spaces or more, its label at
 * the same column (within two) on every line of the run, and two such lines at least. A table's row
 * ("Kvinnor   66   Män   58", no marks) and a single line stay as written. Pure.
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
/** The cheap look: a leader of dots or a colon before a gap. */
const MAY_PAIR = /\.\.\.|:\s/;
/** Lines a run needs. */
const MIN_LINES = 2;
/** How far the second labels of one run may stand from each other. */
const ALIGN = 2;

interface Pair {
  left: string;
  right: string;
  /** The column the right pair's label opens at. */
  at: number;
}

/** A colon closing a pair's label, and the space after it: set as a wide gap, as a list's row has it. */
const LABEL_COLON = /:\s+(?=[-–−+]?\d)/u;

function pairOf(line: string): Pair | undefined {
  const dotted = DOTTED_PAIRS.exec(line);
  const m = dotted ?? COLON_PAIRS.exec(line);
  if (!m) return undefined;
  const row = (pair: string) => (dotted ? pair : pair.replace(LABEL_COLON, "      "));
  return { left: row(m[1]!), right: row(m[3]!), at: m[1]!.length + m[2]!.length };
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
      if (!p || Math.abs(p.at - first.at) > ALIGN) break;
      run.push(p);
    }
    if (run.length < MIN_LINES) {
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
