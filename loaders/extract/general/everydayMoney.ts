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

/** Whole kronor ("5 600 000 kronor"), or millions with at most two decimals ("12,6 miljoner kronor"). */
const AMOUNT = String.raw`(\d{1,3}(?:[ \u00a0\u202f]\d{3})*(?:,\d{1,2})?)\s+(miljoner\s+)?(?:kronor|kr)`;
/** "under 2024", "under året", "förra året": the time the sentence is about, if it says one. */
const WHEN = String.raw`(?:\s+(?:under|för)\s+(?:året|år\s+)?(?:(?:19|20)\d\d)?(?:året)?)?`;
/** Who had the money: "vi", or the federation named as "förbundet". */
const WHO = String.raw`(?:vi|förbundet|samordningsförbundet)`;
/**
 * "från dem som vi samarbetar med", "från våra medlemmar", "från staten, regionen och kommunerna": the
 * members, where the year's money came from ("från Arvsfonden" is a grant, never the year's revenue).
 */
const MEMBER = String.raw`(?:staten|regionen|kommunerna|försäkringskassan|arbetsförmedlingen)`;
const FROM = String.raw`(?:\s+från\s+(?:dem som vi samarbetar med|(?:våra|förbundets) (?:medlemmar|parter|ägare)|medlemmarna|parterna|ägarna|${MEMBER}(?:(?:,\s*|\s+och\s+)${MEMBER})*))?`;
/** "mer än vi fick", "mer än det fick": the difference between what was used and what came in. */
const THAN = String.raw`mer än (?:vi|det|förbundet|den)`;

const SHAPES: readonly { item: EverydayItem; sign: 1 | -1; shape: RegExp }[] = [
  {
    item: "revenue_operating",
    sign: 1,
    shape: new RegExp(`^${WHO} (?:fick|har fått)\\s+${AMOUNT}${FROM}${WHEN}\\s*\\.?$`, "iu"),
  },
  {
    item: "cost_operating",
    sign: 1,
    shape: new RegExp(`^${WHO} (?:använde|har använt|gjorde av med)\\s+${AMOUNT}${WHEN}\\s*\\.?$`, "iu"),
  },
  { item: "result", sign: 1, shape: new RegExp(`^det (?:blev|blir)\\s+${AMOUNT}\\s+över${WHEN}\\s*\\.?$`, "iu") },
  {
    item: "result",
    sign: -1,
    shape: new RegExp(`^det (?:fattades|saknades)\\s+${AMOUNT}${WHEN}\\s*\\.?$`, "iu"),
  },
  // "Vi använde alltså 70 000 kronor mer än vi fick.": a deficit; "Vi fick … mer än vi använde": a surplus.
  {
    item: "result",
    sign: -1,
    shape: new RegExp(
      `^${WHO} (?:använde|har använt)\\s+(?:alltså\\s+)?${AMOUNT}\\s+${THAN} (?:fick|har fått)${WHEN}\\s*\\.?$`,
      "iu",
    ),
  },
  {
    item: "result",
    sign: 1,
    shape: new RegExp(
      `^${WHO} (?:fick|har fått)\\s+(?:alltså\\s+)?${AMOUNT}\\s+${THAN} (?:använde|har använt)${WHEN}\\s*\\.?$`,
      "iu",
    ),
  },
  {
    item: "equity_end",
    sign: 1,
    shape: new RegExp(`^(?:nu )?har ${WHO}\\s+${AMOUNT}\\s+(?:sparade|sparat|kvar)\\s*\\.?$`, "iu"),
  },
  // "När 2024 var slut fanns 2,4 miljoner kronor kvar.", "När året var slut hade vi 980 000 kronor kvar."
  {
    item: "equity_end",
    sign: 1,
    shape: new RegExp(
      `^(?:när|då) (?:året|(?:19|20)\\d\\d) var slut (?:fanns|hade ${WHO})\\s+${AMOUNT}\\s+kvar\\s*\\.?$`,
      "iu",
    ),
  },
];

const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/g;

/** The amount of one sentence in one of the shapes, or undefined. */
function readShape(sentence: string, index: number, year: number): EverydayAmount | undefined {
  const trimmed = sentence.trim();
  const lead = sentence.indexOf(trimmed);
  for (const { item, sign, shape } of SHAPES) {
    const m = shape.exec(trimmed);
    if (!m) continue;
    // A sentence about another year ("Vi fick 5 100 000 kronor under 2023.") is not this year's.
    if ([...trimmed.matchAll(YEAR)].some((y) => Number(y[0]) !== year)) return undefined;
    const written = m[1]!.replace(/[\u00a0\u202f]/g, " ");
    // Kronor are whole: a decimal is read only in millions.
    if (m[2] === undefined && written.includes(",")) return undefined;
    const number = parseSwedishNumber(written);
    if (number === null) return undefined;
    const value = m[2] === undefined ? number : Math.round(number * 1_000_000);
    const start = lead + m[0].indexOf(m[1]!);
    const raw = m[2] === undefined ? m[1]! : `${m[1]!} ${m[2].trim()}`;
    return { item, sek: sign * value, sentence: index, start, end: start + raw.length, raw };
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
