/**
 * The year's money told in everyday words, as a text in easy Swedish (lätt att läsa) tells it: "Vi
 * fick 5 600 000 kronor under 2024." (revenue), "Vi använde 5 450 000 kronor." (costs), "Det blev
 * 150 000 kronor över." (a surplus; "Det fattades …" a deficit) and "Nu har vi 1 200 000 kronor
 * sparade." (equity). Words this plain say little on their own ("vi fick 400 000 kronor från
 * Arvsfonden" is a grant), so each sentence must be nothing but that shape, in whole kronor, and
 * nothing is read unless revenue, costs and result stand in one paragraph and revenue − costs =
 * result to the krona. Equity is read only beside such a confirmed trio. Pure.
 */
import { parseSwedishNumber } from "../numbers.ts";

export type EverydayItem = "revenue_operating" | "cost_operating" | "result" | "equity_end";

export interface EverydayAmount {
  item: EverydayItem;
  sek: number;
  /** The sentence's index among those given, and the amount's offsets in it. */
  sentence: number;
  start: number;
  end: number;
  raw: string;
}

const AMOUNT = String.raw`(\d{1,3}(?:[ \u00a0\u202f]\d{3})*)\s+(?:kronor|kr)`;
/** "under 2024", "under året", "förra året": the time the sentence is about, if it says one. */
const WHEN = String.raw`(?:\s+(?:under|för)\s+(?:året|år\s+)?((?:19|20)\d\d)?(?:året)?)?`;

const SHAPES: readonly { item: EverydayItem; sign: 1 | -1; shape: RegExp }[] = [
  { item: "revenue_operating", sign: 1, shape: new RegExp(`^vi (?:fick|har fått)\\s+${AMOUNT}${WHEN}\\s*\\.?$`, "iu") },
  {
    item: "cost_operating",
    sign: 1,
    shape: new RegExp(`^vi (?:använde|har använt|gjorde av med)\\s+${AMOUNT}${WHEN}\\s*\\.?$`, "iu"),
  },
  { item: "result", sign: 1, shape: new RegExp(`^det (?:blev|blir)\\s+${AMOUNT}\\s+över${WHEN}\\s*\\.?$`, "iu") },
  {
    item: "result",
    sign: -1,
    shape: new RegExp(`^det (?:fattades|saknades)\\s+${AMOUNT}${WHEN}\\s*\\.?$`, "iu"),
  },
  {
    item: "equity_end",
    sign: 1,
    shape: new RegExp(`^(?:nu )?har vi\\s+${AMOUNT}\\s+(?:sparade|sparat|kvar)\\s*\\.?$`, "iu"),
  },
];

/** The amount of one sentence in one of the shapes, or undefined. */
function readShape(sentence: string, index: number, year: number): EverydayAmount | undefined {
  const trimmed = sentence.trim();
  const lead = sentence.indexOf(trimmed);
  for (const { item, sign, shape } of SHAPES) {
    const m = shape.exec(trimmed);
    if (!m) continue;
    // A sentence about another year ("Vi fick 5 100 000 kronor under 2023.") is not this year's.
    if (m[2] !== undefined && Number(m[2]) !== year) return undefined;
    const value = parseSwedishNumber(m[1]!.replace(/[\u00a0\u202f]/g, " "));
    if (value === null) return undefined;
    const start = lead + trimmed.indexOf(m[1]!);
    return { item, sek: sign * value, sentence: index, start, end: start + m[1]!.length, raw: m[1]! };
  }
  return undefined;
}

/**
 * The amounts of one paragraph's sentences in everyday words: revenue, costs and result, each once,
 * that agree (revenue − costs = result), and equity beside them; none where they do not.
 */
export function readEverydayMoney(sentences: readonly string[], year: number): EverydayAmount[] {
  const found = sentences.map((s, k) => readShape(s, k, year)).filter((a) => a !== undefined);
  const one = (item: EverydayItem) => {
    const all = found.filter((a) => a.item === item);
    return all.length === 1 ? all[0] : undefined;
  };
  const [revenue, costs, result] = [one("revenue_operating"), one("cost_operating"), one("result")];
  if (!revenue || !costs || !result || revenue.sek - costs.sek !== result.sek) return [];
  const equity = one("equity_end");
  return [revenue, costs, result, ...(equity ? [equity] : [])];
}
