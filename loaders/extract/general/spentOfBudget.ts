/**
 * The year's spending said as a part of its budget: "Förbundet använde 8 214 tkr av en budget på
 * 8 900 tkr", "förbrukade 5 912 tkr av 6 400 tkr i budget", "Av förbundets budget på 9,4 mnkr
 * användes 8,7 mnkr". One clause gives two figures: the amount used is the year's costs, the other
 * their budget. Read only where
 * - a verb of using money ("använde", "förbrukade", "nyttjade", passive or perfect) stands in the
 *   clause, and "av" joins the two amounts with the budget named right there ("av en budget på",
 *   "av budgeterade") or right after the larger one ("… av 6 400 tkr i budget");
 * - the federation is the one spending ("förbundet", "förbundets budget", "vi"), and the sentence
 *   names no intervention, project or other part of the work ("Insatsen Steget förbrukade 410 tkr av
 *   sin budget …" is the intervention's);
 * - the sentence names no year other than the one read (a plan's "budget för 2026" is no outcome);
 * - the amount used is no more than the budget it is a part of, both in kronor units.
 * Pure.
 */
import type { Amount } from "../numbers.ts";

type Found = Amount & { index: number; raw: string };

export interface SpentOfBudget {
  spent: Found;
  budget: Found;
}

const SPEND_VERB =
  /(?<!\p{L})(?:använde|använt|användes|använts|förbrukade|förbrukat|förbrukades|förbrukats|nyttjade|nyttjat|nyttjades|nyttjats|gjorde\s+av\s+med)(?!\p{L})/iu;
/** "förbundet", "förbundets", "samordningsförbundet", "vi": the federation as the one spending. */
const FEDERATION = /(?<!\p{L})(?:(?:samordnings)?förbund(?:et|ets)|vi)(?!\p{L})/iu;
/** Any part of the work, or someone else's money: the budget is not the federation's whole. */
const PART_OF_WORK =
  /(?<!\p{L})(?:insats\p{L}*|projekt\p{L}*|delprojekt\p{L}*|aktivitet\p{L}*|kansli\p{L}*|personal\p{L}*|administration\p{L}*|kommun\p{L}*|region\p{L}*|styrelse(?:n|ns)?\s+arvoden|utbildning\p{L}*|kostnadsställe\p{L}*|post\p{L}*|ram(?:en)?)(?!\p{L})/iu;
const DETERMINERS = String.raw`(?:(?:en|den|sin|förbundets|årets|totala|hela|fastställda|beslutade)\s+)*`;
/** Between the amount used and its budget: "av en budget på", "av budgeterade", or "av" alone. */
const BETWEEN = new RegExp(
  String.raw`^\s+(?:(?:kronor|kr)\.?\s+)?av\s+${DETERMINERS}(?:(budget(?:en)?\s+(?:på|om)|budgeterade)\s+)?$`,
  "iu",
);
/** After the budget when "av" stood alone: "… av 6 400 tkr i budget", "… av 6 400 tkr budgeterat". */
const BUDGET_AFTER = /^\s+(?:i\s+budget(?:en)?|budgeterat|budgeterade)(?!\p{L})/iu;
/** The reverse order: "Av förbundets budget på 9,4 mnkr användes 8,7 mnkr", "Av budgeterade 9,1 mnkr förbrukade förbundet …". */
const BUDGET_FIRST = new RegExp(
  String.raw`(?:^|[\s,;:])av\s+${DETERMINERS}(?:budget(?:en)?\s+(?:på|om)|budgeterade)\s+$`,
  "iu",
);
const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/g;
/** A money unit in kronor terms written in the amount itself: no share, no count. */
const MONEY_RAW = /(?:kr|kronor|tkr|mkr|mnkr|m\.kr|miljon\p{L}*|tusen\p{L}*)\.?$/iu;

/** The spending and its budget one sentence states, or undefined. */
export function spentOfBudget(sentence: string, amounts: readonly Found[], year: number): SpentOfBudget | undefined {
  // Cheap tests first: most sentences name neither.
  if (amounts.length < 2 || !/budget/i.test(sentence) || !SPEND_VERB.test(sentence)) return undefined;
  if (!FEDERATION.test(sentence) || PART_OF_WORK.test(sentence)) return undefined;
  if ([...sentence.matchAll(YEAR)].some((m) => Number(m[0]) !== year)) return undefined;
  for (let k = 0; k + 1 < amounts.length; k++) {
    const a = amounts[k]!;
    const b = amounts[k + 1]!;
    if (!MONEY_RAW.test(a.raw) || !MONEY_RAW.test(b.raw) || a.sek <= 0 || b.sek <= 0) continue;
    const before = sentence.slice(k > 0 ? amounts[k - 1]!.index + amounts[k - 1]!.raw.length : 0, a.index);
    const between = sentence.slice(a.index + a.raw.length, b.index);
    const after = sentence.slice(b.index + b.raw.length, amounts[k + 2]?.index ?? sentence.length);
    // "använde 8 214 tkr av en budget på 8 900 tkr", "förbrukade 5 912 tkr av 6 400 tkr i budget".
    const forward = BETWEEN.exec(between);
    if (forward && SPEND_VERB.test(lastClause(before)) && (forward[1] !== undefined || BUDGET_AFTER.test(after)))
      return a.sek <= b.sek ? { spent: a, budget: b } : undefined;
    // "Av förbundets budget på 9,4 mnkr användes 8,7 mnkr".
    if (BUDGET_FIRST.test(before) && SPEND_VERB.test(between) && !/[,;:.]/.test(between))
      return b.sek <= a.sek ? { spent: b, budget: a } : undefined;
  }
  return undefined;
}

/** The words since the last clause stop (a comma that is no decimal comma, ";", ":"). */
function lastClause(text: string): string {
  return text.split(/[;:]|,(?!\d)/).at(-1)!;
}
