/**
 * A summary that gives each item its comparisons as rows set in under it, labelled by the comparison
 * alone ("mål", "budget", "föregående år"), as a summary for the members explains in a reading note:
 *
 *     Deltagare totalt                               162
 *         mål                                        175
 *         föregående år                              149
 *       varav kvinnor                                 88
 *         föregående år                               83
 *
 * Read as a list, "mål 175" is a row of its own and "varav kvinnor" seems to belong to it. Here such
 * rows are taken out of the reading text, so the item's row, its parts and the next item stand
 * together as a list of the year's figures. A target, a budget, a forecast or another year is never
 * the year's outcome, so no figure is lost that a reader should store.
 *
 * Only where the shape is plain: the row's label is a comparison's word alone (the lexicon's budget
 * and forecast, a target, the year before, a year), its figure after a gap, and it stands set in
 * deeper than the item's row right above it (or than that row's other comparisons); and the document
 * has two such rows at least. Pure.
 */
import { bestConcept } from "../../reference/concepts.ts";
import { someLineMatches } from "./wholeText.ts";

/** A row: its indent, its label and its figure after a gap of two spaces or more. */
const ROW = /^(\s*)(\S(?:.*?\S)?)\s{2,}[-–−+]?\d[\d  ]*(?:,\d+)?\s*(?:%|tkr|kr|mnkr)?\s*$/u;
/** A comparison's word alone: a target, the year before, a year. */
const COMPARISON_WORD =
  /^(?:mål(?:et|värde)?|målnivå|föregående år|förra året|fg\.? år|fjolåret|i fjol|ifjol|(?:19|20)\d\d)$/iu;
/** A set-in line opening on a comparison's word: the cheap look before the rows are read. */
const SUB_ROW_START = /^\s{2,}(?:mål|föregående|förra|fg|fjol|ifjol|i fjol|budget|prognos|(?:19|20)\d\d\s)/iu;
/** Sub-rows a document needs for this to be its layout. */
const MIN_SUB_ROWS = 2;

/** Whether a row's label is a comparison's word alone: a target, the year before, a year, a budget or a forecast. */
function isComparison(label: string): boolean {
  if (COMPARISON_WORD.test(label)) return true;
  const basis = bestConcept(label, ["basis"], 1)?.concept.code;
  return basis === "budget" || basis === "forecast";
}

/** The lines with every comparison sub-row taken out, with the index in `lines` each comes from; undefined when none. */
export function withoutComparisonSubRows(lines: readonly string[]): { lines: string[]; from: number[] } | undefined {
  // Cheap first: a line set in that opens on such a word.
  if (!someLineMatches(lines, SUB_ROW_START)) return undefined;
  const dropped = new Set<number>();
  /** The indent of the item's row the comparisons hang under, while its comparisons go on. */
  let itemIndent: number | undefined;
  for (let i = 0; i < lines.length; i++) {
    const m = ROW.exec(lines[i]!);
    if (!m) {
      itemIndent = undefined;
      continue;
    }
    const indent = m[1]!.length;
    if (itemIndent !== undefined && indent > itemIndent && isComparison(m[2]!)) {
      dropped.add(i);
      continue;
    }
    itemIndent = isComparison(m[2]!) ? undefined : indent;
  }
  if (dropped.size < MIN_SUB_ROWS) return undefined;
  const out: string[] = [];
  const from: number[] = [];
  lines.forEach((line, i) => {
    if (dropped.has(i)) return;
    out.push(line);
    from.push(i);
  });
  return { lines: out, from };
}
