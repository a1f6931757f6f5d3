/**
 * A statement group whose total stands in its heading, over its parts set in below it:
 *
 *   Verksamhetens intäkter, totalt 6 214 300 kr:
 *      Statligt bidrag                                   3 107 150
 *      Region X                                          1 553 575
 *   Eget kapital (summa 1 012 470 kr)
 *      Eget kapital vid årets början                       944 800
 *      Årets resultat                                       67 670
 *
 * Read as written, the heading is a sentence ("its clause names no figure of the year's accounts") and
 * the group's own row is missing: under it a reader finds only the parts (and takes "Eget kapital"
 * over "Årets resultat" for the opening equity). The heading says the amount is the group's sum, so
 * here it is written as the group's sum row in the readers' words, "Summa <label>", its amount set
 * where the parts' amounts end ("Summa verksamhetens intäkter      6 214 300"), the parts left as
 * written.
 *
 * Only where the heading is a label, a word saying total ("totalt", "summa", "sammanlagt",
 * "sammantaget", "tillsammans") and one amount in kronor or with no unit, and nothing else; and the
 * lines right under it, set in deeper than it, two or more, are each a label and one amount, ending on
 * a blank line or a line set out again, that add up to the amount exactly; and "Summa <label>" names an item
 * of the accounts (revenue, costs, assets, equity). A grant's or any other group's heading, a heading naming thousands
 * ("tkr", "mnkr"), a part in another shape, parts that do not add up, or a heading with another word
 * after its amount stays as written. Pure; line for line.
 */

import { statementItem } from "../../reference/statementLabels.ts";

/** "Label, totalt 6 214 300 kr:", "Label (summa 1 012 470 kr)", "Label – sammanlagt 4 690 500 kr, varav:". */
const HEADING =
  /^(\s*)(\p{L}[\p{L} -]*?\p{L})(?:\s*,\s*|\s+\(\s*|\s+[–—-]\s+|\s+)(?:totalt|summa|sammanlagt|sammantaget|tillsammans)\s*:?\s+([-−–]?\d{1,3}(?:[ \u00a0]\d{3})*)(?:\s*(?:kr|kronor|sek)\.?)?\s*\)?\s*(?:,\s*varav)?\s*[:.]?\s*$/iu;
/** A part: a label set in, a wide gap, one amount. */
const PART = /^(\s+)(\S.*?\p{L}.*?\)?)\s{2,}([-−–]?\d{1,3}(?:[ \u00a0]\d{3})*)\s*$/u;

const valueOf = (t: string) => Number(t.replace(/[−–]/, "-").replace(/[ \u00a0]/g, ""));

/** The lines with each proven heading total written as its group's sum row; undefined when there is none. */
export function totalsInHeadings(lines: readonly string[]): string[] | undefined {
  let out: string[] | undefined;
  for (let i = 0; i + 2 < lines.length; i++) {
    const h = HEADING.exec(lines[i]!);
    if (!h) continue;
    const indent = h[1]!.length;
    const parts: { value: number; end: number }[] = [];
    let n = i + 1;
    for (; n < lines.length; n++) {
      const line = lines[n]!;
      if (line.trim() === "") break;
      const p = PART.exec(line);
      if (!p || p[1]!.length <= indent) {
        parts.length = 0;
        break;
      }
      parts.push({ value: valueOf(p[3]!), end: line.trimEnd().length });
    }
    if (parts.length < 2) continue;
    const total = valueOf(h[3]!);
    const sum = parts.reduce((a, p) => a + p.value, 0);
    // The parts may be written unsigned under a signed total (costs) or all signed: their sum's size is the total's.
    if (Math.abs(sum) !== Math.abs(total) || total === 0) continue;
    const label = h[2]!.trim();
    const sumLabel = `Summa ${label[0]!.toLowerCase()}${label.slice(1)}`;
    // Only a statement's group: its sum row names an item of the accounts ("Summa tillgångar").
    if (!statementItem(sumLabel, "income_statement") && !statementItem(sumLabel, "balance_sheet")) continue;
    const row = `${h[1]!}${sumLabel}`;
    const end = Math.max(...parts.map((p) => p.end));
    const gap = Math.max(3, end - row.length - h[3]!.length);
    out ??= [...lines];
    out[i] = `${row}${" ".repeat(gap)}${h[3]!}`;
    i = n - 1;
  }
  return out;
}
