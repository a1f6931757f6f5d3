/**
 * A statement set as a bookkeeper sets one, each block's sum under a rule with no label of its own:
 *
 *     Medlemsbidrag                             7 600 000     7 400 000
 *     Övriga bidrag                               210 000       185 000
 *                                              ----------    ----------
 *                                               7 810 000     7 585 000
 *
 * A reader sees a line of bare figures and cannot tell what they are. Here such a line gets the label
 * its block says, where every column of it is exactly the sum of the block's rows above the rule (the
 * rows up to the heading, blank line or sum before them): the opening equity and the year's result →
 * "Eget kapital vid årets slut"; the block's heading's total ("Tillgångar" → "Summa tillgångar",
 * "Skulder" → "Summa skulder"); else, in a statement of income, rows all negative → "Summa kostnader", all
 * positive → "Summa intäkter". Any other block's sum stays bare. Pure: one line per line.
 */
import { figureSource, parseSwedishNumber } from "../numbers.ts";

/** A rule under a block: dashes or equals signs, one run per column. */
const RULE = /^\s*(?:[-=_]{4,}\s*)+$/;
/** A line of bare figures: amounts alone, set apart by two spaces or more. */
/** An amount: digits grouped by spaces, a minus before it. */
const AMOUNT_SOURCE = figureSource();
const BARE = new RegExp(String.raw`^\s+${AMOUNT_SOURCE}(?:\s{2,}${AMOUNT_SOURCE})*\s*$`, "u");
/** A row: a label, then its amounts. */
const ROW = new RegExp(String.raw`^(\S.*?\p{L}.*?)\s{2,}(${AMOUNT_SOURCE}(?:\s{2,}${AMOUNT_SOURCE})*)\s*$`, "u");
const AMOUNT = new RegExp(AMOUNT_SOURCE, "gu");

const amountsOf = (text: string) =>
  [...text.matchAll(AMOUNT)].map((m) => parseSwedishNumber(m[0].replace(/[–−]/, "-")));

/** A block heading's total: "Tillgångar" → "Summa tillgångar". */
const HEADING_TOTAL: [RegExp, string][] = [
  [/^(?:tillgångar|summa tillgångar)$/iu, "Summa tillgångar"],
  [/^(?:kortfristiga skulder|skulder)$/iu, "Summa skulder"],
  [/^eget kapital och skulder$/iu, "Summa eget kapital och skulder"],
];
const OPENING_EQUITY = /^ingående eget kapital$/iu;
const RESULT = /^årets resultat$/iu;
/** A heading of an income statement above: the block's rows are its revenue or costs. */
const INCOME_STATEMENT = /^resultaträkning/iu;

export function unlabelledSums(lines: readonly string[]): string[] | undefined {
  let out: string[] | undefined;
  let incomeStatement = false;
  let blockStart = 0;
  let heading: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const t = line.trim();
    if (INCOME_STATEMENT.test(t)) incomeStatement = true;
    else if (/^balansräkning/iu.test(t)) incomeStatement = false;
    if (t === "" || (!/\d/.test(t) && !RULE.test(line))) {
      // A heading or a blank line opens the next block.
      blockStart = i + 1;
      heading = t === "" ? heading : t;
      if (t === "") heading = undefined;
      continue;
    }
    if (!RULE.test(line) || i + 1 >= lines.length || !BARE.test(lines[i + 1]!)) continue;
    const rows = lines
      .slice(blockStart, i)
      .map((l) => ROW.exec(l))
      .filter((m): m is RegExpExecArray => m !== null && !RULE.test(m[0]));
    const total = amountsOf(lines[i + 1]!);
    const values = rows.map((m) => amountsOf(m[2]!));
    if (rows.length < 2 || values.some((v) => v.length !== total.length) || total.some((v) => v === null)) continue;
    const adds = total.every((v, c) => Math.abs(values.reduce((a, r) => a + r[c]!, 0) - v!) < 0.5);
    if (!adds) continue;
    const labels = rows.map((m) => m[1]!.trim());
    // The equity's bridge first: under "Eget kapital och skulder" its sum is the equity, not the section's.
    const label =
      labels.some((l) => OPENING_EQUITY.test(l)) && labels.some((l) => RESULT.test(l)) && rows.length === 2
        ? "Eget kapital vid årets slut"
        : (HEADING_TOTAL.find(([re]) => heading !== undefined && re.test(heading))?.[1] ??
          (incomeStatement &&
          (heading === undefined || INCOME_STATEMENT.test(heading)) &&
          values.every((v) => v[0]! < 0)
            ? "Summa kostnader"
            : incomeStatement &&
                values.every((v) => v[0]! > 0) &&
                heading !== undefined &&
                INCOME_STATEMENT.test(heading)
              ? "Summa intäkter"
              : undefined));
    if (label === undefined) continue;
    out ??= [...lines];
    const figures = lines[i + 1]!;
    const at = figures.search(/\S/);
    out[i + 1] = at > label.length + 2 ? label + figures.slice(label.length) : `${label}  ${figures.trim()}`;
    blockStart = i + 2;
    i++;
  }
  return out;
}
