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
 * and forecast, a target, the year before, a year, an earlier year's outcome: "utfall 2024", "bokslut
 * 2024"), its figure after a gap, and it stands set in deeper than the item's row right above it (or
 * than that row's other comparisons); and the document has two such rows at least.
 *
 * The year's budget is no loss either: in a block of items (between blank lines) where two items or
 * more have a sub-row labelled "budget" alone, each such budget is set on its item's row as a second
 * column, under a header "Utfall   Budget" put above the block's first row, so the statement readers
 * read both, the outcome and the budget, by their columns (and their sums check them). Only where
 * every row of the block is an item or a comparison, every item's figure ends at one column and no
 * figure carries a unit; otherwise the budgets are taken out with the rest. Pure.
 */
import { bestConcept } from "../../reference/concepts.ts";
import { someLineMatches } from "./wholeText.ts";

/** A row: its indent, its label and its figure after a gap of two spaces or more (and the figure's unit). */
const ROW = /^(\s*)(\S(?:.*?\S)?)\s{2,}([-–−+]?\d[\d  ]*(?:,\d+)?)\s*(%|tkr|kr|mnkr)?\s*$/u;
/** An earlier year's outcome as a comparison: "utfall 2024", "bokslut 2024", "fg år 2024". */
const EARLIER_OUTCOME = /^(?:utfall|bokslut|föregående år|fg\.? år)\s+((?:19|20)\d\d)$/iu;
/** The year's budget alone: "budget". */
const BUDGET_ALONE = /^budget$/iu;
/** Items with a budget a block needs for its budgets to be set in a column. */
const MIN_BUDGETS = 2;
/** A comparison's word alone: a target, the year before, a year. */
const COMPARISON_WORD =
  /^(?:mål(?:et|värde)?|målnivå|föregående år|förra året|fg\.? år|fjolåret|i fjol|ifjol|(?:19|20)\d\d)$/iu;
/** A set-in line opening on a comparison's word: the cheap look before the rows are read. */
const SUB_ROW_START =
  /^\s{2,}(?:mål|föregående|förra|fg|fjol|ifjol|i fjol|budget|prognos|utfall \d|bokslut \d|(?:19|20)\d\d\s)/iu;
/** Sub-rows a document needs for this to be its layout. */
const MIN_SUB_ROWS = 2;

/** Whether a row's label is a comparison's word alone: a target, the year before, a year, a budget or a forecast. */
function isComparison(label: string, reportYear?: number): boolean {
  if (COMPARISON_WORD.test(label)) return true;
  const earlier = EARLIER_OUTCOME.exec(label);
  if (earlier) return reportYear !== undefined && Number(earlier[1]) < reportYear;
  const basis = bestConcept(label, ["basis"], 1)?.concept.code;
  return basis === "budget" || basis === "forecast";
}

/** The lines with every comparison sub-row taken out, with the index in `lines` each comes from; undefined when none. */
export function withoutComparisonSubRows(
  lines: readonly string[],
  reportYear?: number,
): { lines: string[]; from: number[] } | undefined {
  // Cheap first: a line set in that opens on such a word.
  if (!someLineMatches(lines, SUB_ROW_START)) return undefined;
  const dropped = new Set<number>();
  /** Each item's budget sub-row's figure, by the item's index. */
  const budgets = new Map<number, string>();
  /** The indent of the item's row the comparisons hang under, while its comparisons go on. */
  let itemIndent: number | undefined;
  let item: number | undefined;
  for (let i = 0; i < lines.length; i++) {
    const m = ROW.exec(lines[i]!);
    if (!m) {
      itemIndent = undefined;
      continue;
    }
    const indent = m[1]!.length;
    if (itemIndent !== undefined && indent > itemIndent && isComparison(m[2]!, reportYear)) {
      dropped.add(i);
      if (BUDGET_ALONE.test(m[2]!) && m[4] === undefined && item !== undefined && !budgets.has(item))
        budgets.set(item, m[3]!.trim());
      continue;
    }
    itemIndent = isComparison(m[2]!, reportYear) ? undefined : indent;
    item = itemIndent === undefined ? undefined : i;
  }
  if (dropped.size < MIN_SUB_ROWS) return undefined;
  const set = budgetColumns(lines, dropped, budgets);
  const out: string[] = [];
  const from: number[] = [];
  lines.forEach((line, i) => {
    const header = set.headers.get(i);
    if (header !== undefined) {
      out.push(header);
      from.push(i);
    }
    if (dropped.has(i)) return;
    out.push(set.rows.get(i) ?? line);
    from.push(i);
  });
  return { lines: out, from };
}

/**
 * The budgets set as a second column on their items' rows, block by block (lines between blank ones),
 * with the header "Utfall   Budget" to put before each such block's first row: only in a block of
 * items and comparisons alone, two items with a budget at least, every item's figure ending at one column.
 */
function budgetColumns(
  lines: readonly string[],
  dropped: ReadonlySet<number>,
  budgets: ReadonlyMap<number, string>,
): { headers: Map<number, string>; rows: Map<number, string> } {
  const headers = new Map<number, string>();
  const rows = new Map<number, string>();
  for (let start = 0; start < lines.length;) {
    let end = start;
    while (end < lines.length && lines[end]!.trim() !== "") end++;
    // The block's rows: from its first row (a caption above it stays where it is) to its end.
    let first = start;
    while (first < end && !ROW.test(lines[first]!)) first++;
    const block = Array.from({ length: end - first }, (_, k) => first + k);
    const items = block.filter((i) => !dropped.has(i));
    const withBudget = items.filter((i) => budgets.has(i));
    const ends = items.map((i) => {
      const m = ROW.exec(lines[i]!);
      return m && m[4] === undefined ? m.index + m[0].trimEnd().length : -1;
    });
    if (
      withBudget.length >= MIN_BUDGETS &&
      block.every((i) => ROW.test(lines[i]!)) &&
      ends.every((e) => e > 0 && e === ends[0])
    ) {
      const at = ends[0]!;
      const width = Math.max(6, ...withBudget.map((i) => budgets.get(i)!.length)) + 4;
      headers.set(first, `${"Utfall".padStart(at)}${"Budget".padStart(width)}`);
      for (const i of withBudget) rows.set(i, `${lines[i]!.trimEnd()}${budgets.get(i)!.padStart(width)}`);
    }
    start = end + 1;
  }
  return { headers, rows };
}
