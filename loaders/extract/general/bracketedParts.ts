/**
 * Table cells that hold a figure and, in brackets after it, what it is made of:
 *
 * - a count and its two parts, "287 (161/126)", "287 (161 / 126)", "287 (161+126)": the parts
 *   must add up to the count (K + M = total), or the row is left unread. They are women and men
 *   only where a legend gives their order ("(kv/m)", "(K/M)", "(kvinnor/män)", "(m/k)") in the
 *   row's label or on the lines that head the table; without one the count alone is read.
 * - a share and its numerator over its base, "38 % (49 av 129)", "38 % (49/129)": the share must
 *   be their quotient as rounded, or the row is left unread. The base is not taken from here
 *   (a rate's base is the year's exits, settled by reportedRates.ts).
 *
 * The brackets are blanked in place, so every cell keeps its column for the layout grid; a count's
 * parts are returned as rows of their own, each part where its count stood. Pure functions.
 */
import { numericTail } from "./layoutGrid.ts";

/** An integer as a table writes it: "126", "1 204". */
const INT = String.raw`\d{1,3}(?: \d{3})*`;
/** "287 (161/126)": a count, then its two parts in brackets. */
const COUNT_WITH_PARTS = new RegExp(String.raw`(?<![\d,])(${INT}) ?\( ?(${INT}) ?[/+] ?(${INT}) ?\)`, "g");
/**
 * "38 % (49 av 129)", "38,5% (49/127)", "71,4 (85/119)": a share, then its numerator and base in
 * brackets; without a per cent sign only a share with a decimal, which no count has.
 */
const SHARE_WITH_BASE = new RegExp(
  String.raw`(?<![\d,])(\d{1,3}(?:,\d)?)( ?%)? ?\( ?(${INT}) ?(?:av|/) ?(${INT}) ?\)`,
  "g",
);
/** A legend of the parts' order: "(kv/m)", "(K/M)", "(kvinnor/män)" → women first; "(m/k)" → men first. */
const WOMEN_FIRST = /\((?:k|kv|kvinnor)\s?\/\s?(?:m|män)\)/i;
const MEN_FIRST = /\((?:m|män)\s?\/\s?(?:k|kv|kvinnor)\)/i;

export type PartsOrder = "women_men" | "men_women";

export interface BracketedRow {
  /** The row with every bracket blanked, its figures where they stood. */
  row: string;
  /** Each cell's two parts as rows of their own (first part, second part), only where every figure of the row has them. */
  parts?: [string, string];
}

const toInt = (s: string) => Number(s.replace(/ /g, ""));

/** The order a legend gives the two parts of a count, if any of `texts` (label, header lines) has one. */
export function partsOrder(texts: readonly string[]): PartsOrder | undefined {
  for (const t of texts) {
    if (WOMEN_FIRST.test(t)) return "women_men";
    if (MEN_FIRST.test(t)) return "men_women";
  }
  return undefined;
}

/**
 * A row whose cells carry bracketed parts, read as described above; `undefined` when no cell does
 * (most rows: checked by a plain search first), or the reason the row cannot be read.
 */
export function bracketedRow(raw: string): BracketedRow | { reason: string } | undefined {
  if (!raw.includes("(") || !/\d ?\)/.test(raw)) return undefined;
  let row = raw;
  const parts: { at: number; a: string; b: string }[] = [];
  for (const m of raw.matchAll(COUNT_WITH_PARTS)) {
    const [whole, total, a, b] = m as unknown as [string, string, string, string];
    if (toInt(a) + toInt(b) !== toInt(total)) return { reason: `the parts in "${whole}" do not add up to ${total}` };
    row = row.slice(0, m.index) + total.padEnd(whole.length) + row.slice(m.index + whole.length);
    parts.push({ at: m.index, a, b });
  }
  let shares = 0;
  for (const m of row.matchAll(SHARE_WITH_BASE)) {
    const [whole, share, percent, numerator, base] = m as unknown as [
      string,
      string,
      string | undefined,
      string,
      string,
    ];
    // "30 (12/40)" with no per cent sign and no decimal is a count's, whose parts are judged above.
    if (!percent && !share.includes(",")) continue;
    const decimals = share.includes(",") ? 1 : 0;
    const quotient = toInt(base) === 0 ? NaN : (100 * toInt(numerator)) / toInt(base);
    if (!(Math.abs(quotient - Number(share.replace(",", "."))) <= 0.5 / 10 ** decimals + 1e-9))
      return { reason: `the share in "${whole}" is not ${numerator} of ${base}` };
    row = row.slice(0, m.index) + `${share} %`.padEnd(whole.length) + row.slice(m.index + whole.length);
    shares++;
  }
  if (parts.length === 0 && shares === 0) return undefined;
  // The parts' rows: the label, and each part where its count stood; any other cell is left empty,
  // so a figure given without its parts is never read as a part.
  const { at } = numericTail(row);
  if (parts.length === 0 || shares > 0 || parts.some((p) => p.at < at)) return { row };
  const partRow = (pick: (p: { a: string; b: string }) => string) => {
    let out = row.slice(0, at) + " ".repeat(row.length - at);
    for (const p of parts) out = out.slice(0, p.at) + pick(p) + out.slice(p.at + pick(p).length);
    return out;
  };
  return { row, parts: [partRow((p) => p.a), partRow((p) => p.b)] };
}
