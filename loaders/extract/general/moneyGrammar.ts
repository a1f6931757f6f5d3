/**
 * Money in one sentence of running text: which amounts are the year's revenue, costs, result or
 * equity, and which are something else. An amount is a number with a unit of money after it
 * ("0,6 Mkr", "3,1 miljoner kronor", "2 m.kr", "968 431 kr"; units from reference/units.ts). It
 * binds to a concept only through the words of its own clause (from the previous amount or
 * clause stop up to it), read with the concept lexicon; a clause naming two concepts names
 * none. The amount is left unread when its clause or its neighbourhood says it is not the
 * year's outcome: a bracket ("(budget 2,1 mkr)", "(2023: 4,5 Mkr)"), a budget or forecast, a
 * change ("minskade med"), the value before a change ("från"), a part ("varav"), another year,
 * or a comparison ("0,2 Mkr lägre än budget"). A result needs a sign, from the number itself or
 * from a word ("underskott", "negativt resultat", "överskott"): an unsigned result is unread.
 * Pure.
 */
import { earlierBalanceYear, soleEarlierYear } from "./sentenceYear.ts";
import { bestProseConcept, proseConceptMatches } from "../../reference/concepts.ts";
import { CONDITION_OPENING, NOT_OUTCOME_WORDS } from "../../reference/planWords.ts";
import { AMOUNT_UNIT_WORD, amountUnit, FOREIGN_CURRENCY, IMPLAUSIBLE_SEK, UNIT_FACTOR } from "../../reference/units.ts";
import { parseNumberWord } from "./numberWords.ts";
import { findAmounts, HEDGES, isHedgedGuess } from "../numbers.ts";
import { spentOfBudget } from "./spentOfBudget.ts";

/**
 * The finance items running text is read for: the year's totals, which a summary restates, and
 * the levels an auditor's report quotes ("Verksamhetens resultat blev 292 440 kronor",
 * "Balansomslutningen var 3 604 110 kronor").
 */
export const PROSE_FINANCE_ITEMS = [
  "revenue_operating",
  "cost_operating",
  "operating_result",
  "result",
  "equity_end",
  "assets_total",
] as const;
/**
 * What an amount includes, said after its item and right before it (", med ränteintäkter:",
 * "inklusive finansiella poster"): the item's own amount. What it leaves out ("utan", "exklusive",
 * "med undantag för", "med avdrag för") makes it another figure, so those never qualify.
 */
const INCLUDES =
  "(?:med(?!\\s+(?:undantag|avdrag|hänsyn|tanke|anledning|utgångspunkt|bortseende)\\b)|inklusive|inkl\\.)";
/** A clause that is only such a qualifier: "med ränteintäkter:", "inklusive finansiella poster". */
const QUALIFIER_CLAUSE = new RegExp(`^\\s*${INCLUDES}\\s+[\\p{L}\\s-]+:?\\s*$`, "iu");
/** Such a qualifier closing the words before an amount, after a comma (or bare, "inklusive …"). */
const QUALIFIER_TAIL = new RegExp(`(?:,\\s*${INCLUDES}|\\s(?:inklusive|inkl\\.))\\s+[\\p{L}\\s-]+:?\\s*$`, "iu");
/** An opening "Efter finansiella intäkter", "efter finansnetto och avskrivningar": the item the figure comes after. */
const AFTER_ITEMS =
  /^\s*(?:och\s+)?efter\s+(?:finansiella\s+(?:intäkter|kostnader|poster)|finansnetto|ränteintäkter|räntekostnader|avskrivningar)(?:\s+och\s+(?:finansiella\s+)?\p{L}+)?,?\s+(?=\p{L})/iu;
/** Items with a sign: a surplus or a deficit. */
const SIGNED_ITEMS = new Set<string>(["result", "operating_result"]);
export type ProseFinanceItem = (typeof PROSE_FINANCE_ITEMS)[number];
const ITEMS = new Set<string>(PROSE_FINANCE_ITEMS);

export interface MoneyFigure {
  item: ProseFinanceItem;
  sek: number;
  /** Hedged ("ca", "drygt") or written in a unit coarser than kronor. */
  approximate: boolean;
  /** Half the unit of the last stated digit, in kronor. */
  precision: number;
  /** Offsets of the amount in the sentence. */
  start: number;
  end: number;
  raw: string;
  /** The clause the concept was read from. */
  clause: string;
  /** "(budget 6,4 m.kr)" beside the outcome is the budget; everything else is the outcome. */
  basis: "actual" | "budget";
  /** "(2023: 4,9 Mkr)": an earlier year's figure, for that year; else the sentence's year. */
  year: number;
}

export interface MoneyReading {
  figures: MoneyFigure[];
  unread: { start: number; raw: string; why: string }[];
  /**
   * Results read but for their sign ("Verksamhetens resultat blev 292 440 kronor", "Förbundets resultat
   * för år 2024 är 412 tkr"), their amount unsigned: also among `unread`; a caller may store one where
   * an identity with the year's other figures gives the sign.
   */
  unsigned: MoneyFigure[];
  /** The year's financial income and costs stated in running text: never stored from it, terms of that identity. */
  financial: { item: FinancialItem; sek: number; precision: number; start: number }[];
}

export interface MoneyContext {
  /** The sentence before, in the same paragraph, names the equity: "det" may stand for it. */
  afterEquity?: boolean;
  /**
   * The paragraph writes a result with a minus ("ett resultat på −450 000 kronor"): its writer
   * signs deficits, so an unsigned result beside it is a surplus.
   */
  signsDeficits?: boolean;
}

/** "under 2025", "år 2025", "i 2025": a year dating a whole year's flows. */
const DATED_FLOW = /(?<!\p{L})(?:under|år|i) (?:19|20)\d\d(?!\d)/iu;
/** "årets", "innevarande år": the report's own year named beside another. */
const THE_YEARS = /(?<!\p{L})(?:årets|innevarande år)(?!\p{L})/u;
/** A result written with a minus: "resultat på −450 000", "Årets resultat blev -1,2 mnkr". */
const SIGNED_RESULT = /resultat\p{L}*\s+(?:\p{L}+\s+){0,3}[-\u2212]\s?\d/u;

/** Whether a paragraph writes a result with a minus sign (see `MoneyContext.signsDeficits`). */
export function signsDeficits(paragraph: string): boolean {
  return SIGNED_RESULT.test(paragraph);
}
export type FinancialItem = "revenue_financial" | "cost_financial";
const FINANCIAL_ITEMS = new Set<string>(["revenue_financial", "cost_financial"]);

/**
 * Words that make an amount something other than the year's outcome, anywhere in its clause: a plan's,
 * a target's or a hypothesis's, the lexicon's (`reference/planWords.ts`), shared with the figure grammar.
 */
const NOT_OUTCOME = NOT_OUTCOME_WORDS;
/** "Om intäkterna blir 9,2 mkr uppstår ett underskott på …": a sentence opening on a condition says what would be. */
const CONDITION = CONDITION_OPENING;
/** "räknar styrelsen med", "räknar vi med", "planerar": what is expected, in the present tense. */
const EXPECTS = /(?<!\p{L})(?:räknar (?:\p{L}+ )?med|planerar)(?!\p{L})/u;
/**
 * In a sentence about the budget, words of planning are the budget's own ("i budgeten räknade
 * styrelsen med", "planerat"): only a forecast, a target, a frame or an application is something else.
 */
const NOT_THE_BUDGET = /\bprognos|\bmål(et|sättning)?\b|\bram(en)?\b|ansök|beviljat|beviljade|sökt|fördela/;
/**
 * A sentence about the budget names it before its first amount ("Budgeten omfattar intäkter på
 * 10,8 mnkr och kostnader på 11,6 mnkr", "Det ger ett budgeterat underskott på 0,8 mnkr"): all its
 * amounts are budget figures. Not a comparison with the budget ("Jämfört med budgeten blev …").
 */
const BUDGET_WORD = /(?<!\p{L})budget(en|erat|erad|erade|erar)?(?!\p{L})/gu;
/** `BUDGET_WORD` for one `test`, without the global flag's `lastIndex`. */
const BUDGET_WORD_ONE = new RegExp(BUDGET_WORD.source, "u");
const COMPARED_WITH_BUDGET =
  /(jämfört med|jämförelse med|(?<!\p{L})mot|(?<!\p{L})än|förhållande till)\s+(\p{L}+\s+)?budget/u;
const DATE =
  /\b\d{1,2} (januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|jan|feb|mar|apr|jun|jul|aug|sep|okt|nov|dec)\b/g;
const INTERIM = /delår|halvår|tertial|ingående|vid årets (början|ingång|start)|(?<!\p{L})årets början/u;
/** A price or an average: "per person och månad", "i genomsnitt". */
const PER_UNIT = /\bper (person|deltagare|invånare|individ|månad|år|timme|dag|plats|capita)\b|genomsnitt|\bsnitt/;
/** A calculation: "21 deltagare x 10 500 kr x 12 mån". */
const CALCULATION = /[x×*]\s*$/;
const CALCULATION_AFTER = /^\s*[x×*]\s*\d/;
/** A change or a difference, not a level. */
const CHANGE =
  /(?<!\p{L})ökning|\bminskning|(?<!\p{L})ökade|\bminskade|(?<!\p{L})ökat|\bminskat|förändr|avvik|skillnad|differens|överskrid|underskrid|besparing|\bsjönk|\bsteg\b|förbättr|försämr|\bkrymp|(?<!\p{L})vuxit|(?<!\p{L})växte/u;
/** The figure compared with ("… jämfört med ett underskott på 0,2 Mkr"): said before the amount only. */
const COMPARED_WITH = /jämfört|jämförelse|\bmot\s*$/;
/** The equity the year opened with: "vid årets början", "ingående eget kapital", "eget kapital från tidigare år". */
const OPENING_EQUITY =
  /vid årets (början|ingång|start)|vid ingången av året|när året (började|inleddes|startade)|(?<!\p{L})ingående (eget|egna)|(eget kapital|egna kapitalet) från (tidigare|föregående) år/u;
/** The year's end named in the same clause ("… och vid årets slut uppgick det till …"): no opening equity. */
const CLOSING_EQUITY =
  /vid årets (slut|utgång)|vid utgången av året|när året var slut|per den 31 december|(?<!\p{L})utgående (eget|egna)/u;
/**
 * The words that mark the equity as the year's opening one, without the equity's own words: taken out,
 * "ingående eget kapital" names the equity the lexicon knows (its cue keeps it from the closing level).
 */
const OPENING_MARK =
  /vid årets (början|ingång|start)|vid ingången av året|när året (började|inleddes|startade)|(?<!\p{L})ingående(?= (eget|egna))/gu;
const withoutOpeningMark = (clause: string) =>
  OPENING_EQUITY.test(clause) ? clause.replace(OPENING_MARK, (w) => " ".repeat(w.length)) : clause;
const OTHER_TIME =
  /föregående år|förra året|förra årsskiftet|\bi fjol|fjolår|året innan|tidigare år|(föregående|förra) (räkenskaps|verksamhets)?år|(föregående|förra) period|sedan (start|starten|uppstart)|ackumulera|totalt sedan|\bperioden\b/;
const PART =
  /\bvarav\b|\bdärav\b|\bbland annat\b|\bbl\.a\b|(?<!\p{L})andel(en)?\b|(?<!\p{L})av (kostnad|intäkt|medl|belopp)\p{L}*/u;
/**
 * "… uppgick till 9,2 mkr av intäkterna på 9,6 mkr": the amount right after "av intäkterna på" is
 * what the noun names, the whole; the part is the amount before "av".
 */
const WHOLE_AFTER_OF =
  /(?<!\p{L})av (kostnad|intäkt)\p{L}*\s+(på|om)\s+((ca\.?|cirka|drygt|knappt|totalt|sammanlagt)\s+)?$/u;
/** "Insatserna fick 3,1 mkr av intäkterna": a part named after the amount, of the whole the noun names. */
const PART_AFTER =
  /^\s*(kronor|kr)?\.?\s*(?<!\p{L})(av|utav) (de |det |förbundets |årets |de totala )?(kostnad|intäkt|medl|belopp|budget|eget kapital|egna kapital)/u;
/**
 * A member's own figure, as a council decision on the federation's accounts writes it: "Årets
 * resultat för kommunen blev minus 1,3 mkr", "kommunens andel …", "regionens kostnader".
 */
const MEMBERS_OWN =
  /(?<!\p{L})(kommunen|kommunens|regionen|regionens|landstinget|landstingets|staden|stadens|nämnden|nämndens|koncernen|koncernens)(?!\p{L})/u;
const ONE_INTERVENTION = /\b(insatsen|insatsens|projektet|projektets|teamet|teamets)\b/;
/** After the amount: a comparison ("… lägre än budget", "0,2 mnkr högre") or a period ("… per år", "per deltagare"). */
const AFTER_NOT_OUTCOME =
  /^\s*(\p{L}+\s)?(lägre|högre|bättre|sämre|mer|mindre|fler|färre)(?!\p{L})|^\s*(per|i|om)\s+(år|månad|deltagare|invånare|person|månaden|året)\b|^\s*(föregående|förra)\s+år/u;
/** The words before a level a change reached: "… minskade med 0,6 Mkr till", "ökade till drygt". */
const LEVEL_AFTER = /\btill\s+((ca\.?|cirka|drygt|knappt|omkring|ungefär)\s+)?$/;
/**
 * The words between a change's amount and the level it reached: "till", or a clause going on with
 * its verb of level and a date ("… växte med 0,3 mkr och uppgick vid årets slut till 3,1 mkr").
 */
const LEVEL_GOES_ON =
  /^\s*(?:till|och\s+(?:uppgick|uppgår|landade|hamnade|stannade|slutade)(?:\s+(?:vid|per)\s+(?:årets slut|årsskiftet|bokslutet|utgången av året|31 december(?: (?:19|20)\d\d)?))?\s+(?:på|till))(?!\p{L})/u;
/**
 * The day a change's "från" amount stood at, said between it and "till": "vid årets början", "vid
 * ingången av 2025", "den 1 januari", "per 2025-01-01" (the year's opening, as the amount before is).
 */
const OPENING_BEFORE_LEVEL =
  /^\s*(?:vid årets (?:början|ingång|start)|vid ingången av (?:året|(?:19|20)\d\d)|(?:per )?(?:den )?1 januari(?: (?:19|20)\d\d)?|per (?:19|20)\d\d-01-01)(?=\s+till\s+((ca\.?|cirka|drygt|knappt|omkring|ungefär)\s+)?$)/u;
/** A clause of "från" alone, after a comma: ", från 1 140 tkr till …". */
const BARE_FROM = /^\s*från\s*$/u;
const blank = (w: string) => " ".repeat(w.length);

/**
 * Revenue or costs narrowed to a part: "kostnaderna för insatserna", "intäkterna från staten".
 * Not "kostnaderna för året", "intäkterna i förbundet", "kostnaderna för 2024".
 */
const NARROWED =
  /(intäkt|kostnad)\p{L}*\s+(för|från|till|avseende|inom|i)\s+(?!(året|år\b|\d{4}|förbundet|samordningsförbundet|verksamheten|hela|ca|cirka|drygt|knappt|totalt|sammanlagt)(?!\p{L}))\p{L}/u;
/**
 * Revenue or costs named as one kind among several, never the year's total: "en kostnad av 1,1
 * m.kr" (one cost), "administrativa kostnader", "kanslikostnader", "projektintäkter", "kansliets
 * kostnader". The total is the plain noun ("kostnaderna", "Intäkter med …") or says it is the
 * whole ("verksamhetens", "totala", "årets").
 */
const MONEY_NOUN = /(?<!\p{L})(\p{L}*?)(kostnad|intäkt)(\p{L}*)/u;
const TOTAL_PREFIX = /^(verksamhets|rörelse|total|)$/u;
const WHOLE_WORD =
  /^(verksamhetens|rörelsens|totala|samlade|sammanlagda|samtliga|alla|summa|faktiska|årets|förbundets|samordningsförbundets|hela|dess|våra|sina|egna)$/u;
const PHRASE_END = /^(för|av|på|till|med|och|i|om|har|hade|var|blev|är|uppgick|uppgår|de|den|det|en|ett)$|[.,:;]$/u;
/** Right after a part's amount, the whole it is of: "… kr av totalt", "av sammanlagt", "av de totala". */
const OF_TOTAL = /^\s*(?:kr|kronor)?\s*av\s+(?:totalt|sammanlagt|(?:de\s+)?totala)\s*$/u;
/** A kind of money before "och övriga …": the members' fees, grants, a kind of cost or of revenue ("personalkostnader"). */
const OTHER_KIND_BEFORE =
  /(?:bidrag|bidragen|avgift|avgifter|avgifterna|medel|medlen|intäkter|kostnader|insatser|lön|löner)$/u;
function namesOneKind(clause: string): boolean {
  const m = MONEY_NOUN.exec(clause);
  if (!m) return false;
  if (!TOTAL_PREFIX.test(m[1]!)) return true;
  const before = clause.slice(0, m.index).trim().split(/\s+/);
  const nearest = before.at(-1) ?? "";
  if (/^(en|ett)$/.test(nearest)) return true;
  // Another thing's costs in the genitive ("kansliets", "styrelsens", "insatsernas"), not the whole's.
  if (/\p{L}{2,}(et|en|na|n)s$/u.test(nearest) && !WHOLE_WORD.test(nearest)) return true;
  // "medlemsbidrag och övriga intäkter", "bidrag till insatser och övriga kostnader": one kind and all the
  // others together are the whole (never after a genitive: "kansliets löner och övriga kostnader" are the office's).
  if (/^(?:övriga|andra)$/.test(nearest) && before.at(-2) === "och" && OTHER_KIND_BEFORE.test(before.at(-3) ?? "")) {
    const genitive = before.slice(-6, -3).some((w) => /\p{L}{2,}(?:et|en|na)s$/u.test(w) && !WHOLE_WORD.test(w));
    if (!genitive) return false;
  }
  // An attribute in -a in the noun's phrase ("administrativa", "övriga", "externa", "administrativa
  // kansli kostnader") picks out a kind; a verb or a preposition ends the phrase.
  for (const word of before.slice(-2).reverse()) {
    if (PHRASE_END.test(word)) return false;
    if (/\p{L}{3,}a$/u.test(word) && !WHOLE_WORD.test(word)) return true;
  }
  return false;
}

/** Total assets as running text names them; "tillgångarna i form av likvida medel" is one kind. */
const ALL_ASSETS =
  /balansomslutning|summa(n av)? (förbundets |samtliga )?tillgångar|(totala|samtliga|förbundets samlade) tillgångar|tillgångar(na)? (totalt|sammanlagt)/;
/** A limit or a recommended level: "får högst uppgå till", "överstiger taket på", "den nivå som rekommenderas". */
const LIMIT =
  /\bhögst\b|\blägst\b|\bmax(imalt|imum)?\b|\bminst\b|\btak(et)?\b|\bgräns|\bnivå|riktlinje|rekommend|överstig|understig|\bfår\b|\bbör\b/;
/** Equity spent, returned or set aside: "använda 0,5 mnkr av det egna kapitalet", "återbetalades". */
const EQUITY_USE = /använd|återbetal|återför|ianspråk|i anspråk|disponer|avsätt|avsatt|reserver|finansier/;
/**
 * In a sentence about the budget, equity to be spent is the budgeted deficit: "i budgeten att
 * använda 800 tkr av det egna kapitalet", "budgeten förbrukar 0,5 mnkr av eget kapital".
 */
const EQUITY_SPENT_LEFT =
  /(?<!\p{L})(använda|förbruka|förbrukar|ta i anspråk|ianspråkta|tas i anspråk)\s+((ca\.?|cirka|drygt|knappt|omkring|ungefär)\s+)?$/u;
const EQUITY_SPENT_RIGHT = /^\s*av\s+(det\s+)?(eget|egna)\s+kapital(et)?(?!\p{L})/u;
/**
 * The equity a plan or a budget expects at the end of a year: "beräknas det egna kapitalet uppgå
 * till", "förväntas det minska till" (the subject, or "det" right after a sentence about the equity),
 * then the amount and "vid slutet av 2025" (`EQUITY_AT_YEAR_END`).
 */
const EQUITY_FORECAST =
  /(?<!\p{L})(beräknas|förväntas|väntas|budgeteras|prognostiseras)\s+(det egna kapitalet|eget kapital|det)\s+((att\s+)?(minska|öka|sjunka|stiga|uppgå|landa|hamna)\s+)?(till|på)\s+((ca\.?|cirka|drygt|knappt|omkring|ungefär)\s+)?$/u;
const EQUITY_AT_YEAR_END = /^\s*vid\s+(slutet|utgången)\s+av\s+((19|20)\d\d)\s*[.!]?\s*$/;

/** The year whose expected equity an amount is, a reason it is not, or undefined when it is no forecast of equity. */
function equityForecast(
  left: string,
  rightClause: string,
  year: number,
  context: MoneyContext,
): number | string | undefined {
  const m = EQUITY_FORECAST.exec(left);
  const at = EQUITY_AT_YEAR_END.exec(rightClause);
  if (!m || !at) return undefined;
  if (m[2] === "det" && !context.afterEquity) return "an expected level of something the sentence before does not name";
  const forecastYear = Number(at[2]);
  return forecastYear >= year ? forecastYear : "an expected level for a year already past";
}

/** A comma that ends a clause, not the decimal comma of "3,1". */
const CLAUSE_STOP = /[;:]|,(?!\d)/;
/** A bracket naming a plan's basis, with nothing but a label's colon between it and the amount. */
const BASIS_BRACKET_BEFORE =
  /\(\s*(?:(?:19|20)\d\d\s*)?(?:budget|prognos|mål|plan|beräkn|förslag|estimat)\p{L}*\s*\)[^;,()\d]*$/u;
/** "och", "samt": joins two figures' words in one clause. */
const AND_JOIN = /(?<!\p{L})(?:och|samt)(?!\p{L})/u;
/** "utfallet för 2023 blev …", "resultatet för 2022 var …": an earlier year's outcome named in the figure's own clause. */
const OWN_EARLIER_YEAR =
  /\b(?:utfall(?:et)?|resultat(?:et)?|bokslut(?:et)?)\s+(?:för|år)\s+((?:19|20)\d\d)\s+(?:blev|var|visade|uppgick till|landade på)\b\D*$/;
/** A sign before an amount: "+", or "plus"/"minus" as a word ("Årets resultat: plus 0,3 mnkr"). */
const SIGN_BEFORE_AMOUNT = /(?:\+|(?<!\p{L})(?:plus|minus))\s*$/u;
const SIGN_WORD_BEFORE = /(?<!\p{L})(plus|minus)\s+$/u;
const NEGATIVE_WORD =
  /underskott|negativ(t|a)? (resultat|utfall)|minusresultat|\bförlust|\bminus\b|\bgick back\b|\bgått back\b/;
const POSITIVE_WORD = /överskott|positiv(t|a)? (resultat|utfall)|plusresultat|\bvinst\b|\bplus\b/;
/**
 * "Det negativa resultatet om 2,0 m.kr var planerat": the outcome, said to have been planned. Only
 * in the past tense, right after the amount ("ett underskott på 2 mnkr är planerat" is a plan).
 */
const WAS_PLANNED = /^\s*(var|blev) (också |helt )?(planerat|budgeterat|väntat|förväntat)\b/;

/** A federation's revenue and costs for a year are never below this: a smaller amount is a price or a part. */
const SMALLEST_TOTAL_SEK = 100_000;

/**
 * The sign named right after a result's clause, as an apposition: ", ett underskott", ", vilket
 * innebär ett överskott". Not ", jämfört med ett underskott …" (another figure's sign).
 */
const SIGN_APPOSITION =
  /^\s*,\s*((vilket|det|som)\s+(är|var|blev|innebär|innebar|betyder|motsvarar)\s+)?(ett|i)\s+(underskott|överskott)\b/;
const IN_BRACKETS = "an amount in brackets: another year, the budget or a part";
/** What a bracket says before its amount: the budget ("budget", "budgeterat:"). */
const BRACKET_BUDGET =
  /^\s*(enligt\s+)?(budget|budgeterat|budgeterad|budgeterade)(\s+(resultat|underskott|överskott))?(\s+(på|om))?\s*:?\s*$/;
/** A result's sign named in a bracket before its amount: "(2023: ett överskott på 212 tkr)". */
const BRACKET_SIGN = String.raw`(\s+(ett\s+)?(underskott|överskott)\s+(på|om|av))?`;
/** … or an earlier year ("2023:", "2023-12-31:", "vid utgången av 2022:", "för 2023", "föregående år"). */
const BRACKET_YEAR = new RegExp(
  String.raw`^\s*((?:vid utgången av|vid slutet av|per den 31 december|den 31 december|per|för|under|år)\s+)?(?<year>(19|20)\d\d)(-\d\d-\d\d)?\s*:?${BRACKET_SIGN}\s*$`,
);
const BRACKET_PRIOR = new RegExp(
  String.raw`^\s*(föregående år|fg år|förra året|året innan|i fjol)\s*:?${BRACKET_SIGN}\s*$`,
);
/** "(ingående 1 174 300 kronor)", "(ingående balans: …)": the opening balance of the year. */
const BRACKET_OPENING = /^\s*(ingående|vid årets (början|ingång)|ingående (balans|värde|eget kapital))\s*:?\s*$/;
/** ", mot 2 160 312 kronor ett år tidigare": an outcome compared with the same figure a year before. */
const PRIOR_COMPARED_LEFT = /^\s*(mot|jämfört med|att jämföra med)\s*$/;
const PRIOR_COMPARED_RIGHT =
  /^\s*((kronor|kr)\.?\s*)?(ett år tidigare|året innan|året före|föregående år|förra året|i fjol)\s*[.!]?\s*$/;
/**
 * ", mot 5 902 tkr under 2023": the same comparison, the year before named by its number; a balance
 * (equity, total assets) by its balance date: ", att jämföra med 2 480 tkr vid utgången av 2024".
 */
const PRIOR_COMPARED_YEAR =
  /^\s*(?:(?:kronor|kr)\.?\s*)?(?:(?:under|för|år)|(?<balance>vid utgången av|vid slutet av|(?:per )?den 31 december))\s+(?<year>(?:19|20)\d\d)\s*[.!]?\s*$/;
/** The figures a balance date dates: a level at a day, never a year's flow. */
const BALANCE_ITEMS = new Set<string>(["equity_end", "assets_total"]);
/** ", jämfört med 3,1 mnkr vid årets början": a balance compared with the one the year opened with, the year before's closing. */
const OPENING_COMPARED_RIGHT =
  /^\s*((kronor|kr)\.?\s*)?(vid årets (början|ingång|start)|vid ingången av året|när året (började|inleddes))\s*[.!]?\s*$/;
/** A sentence naming a balance: only there may a balance date of the year before be a comparison's alone. */
const BALANCE_WORDS = /eget kapital|egna kapital|balansomslutning|tillgångar/u;
/** "… jämfört med föregående år och uppgick till": a level verb after "och" opens the level's own clause. */
const LEVEL_CLAUSE =
  /(?<!\p{L})(och|men)\s+(uppgick|uppgår|landade|hamnade|stannade)\s+(till|på)\s+((ca\.?|cirka|drygt|knappt|omkring|ungefär)\s+)?$/u;
/** Between an outcome and a signed amount in a bracket beside it: "(föregående år ", "(2023: ". */
const BRACKET_PRIOR_OR_YEAR =
  /^\s*((kronor|kr)\.?\s*)?\(\s*(föregående år|fg år|förra året|året innan|i fjol|(19|20)\d\d)\s*:?\s*$/;
/** … or after it, to the bracket's end: "(2 673 793 kronor vid utgången av 2023)", "(4,9 Mkr för 2023)". */
const BRACKET_YEAR_AFTER =
  /^\s*(?:(?:kronor|kr)\.?\s*)?(?:(?:vid utgången av|vid slutet av|per den 31 december|den 31 december|för|under|år)\s+)?((?:19|20)\d\d)\s*\)/;
/** … or the year before named in words after it: "(1 263 tkr föregående år)", "(4,1 mkr året innan)". */
const BRACKET_PRIOR_AFTER =
  /^\s*(?:(?:kronor|kr)\.?\s*)?(?:föregående år|fg år|förra året|året innan|året före|i fjol|ett år tidigare)\s*\)/;
/** A result's sign said in words before a bracket's amount: "(plus 0,4 mkr 2023)", "(minus 212 tkr föregående år)". */
const BRACKET_SIGN_WORD = /(?:^|\s)(plus|minus)\s*$/;
/**
 * What may stand between an outcome and its bracket: nothing, or the outcome's year ("för 2024"),
 * or its balance date ("1 968 tkr den 31 december 2024 (…)"), or a remark that it was as planned
 * ("… ett underskott på 545 tkr, vilket var planerat (budgeterat underskott 700 tkr)").
 */
const OWN_YEAR_GAP =
  /^\s*(?:(?:kronor|kr)\.?\s*)?(?:(?:för|under)\s+(?:året|((?:19|20)\d\d))|(?:per\s+)?(?:den\s+)?31\s+december\s+((?:19|20)\d\d))?(?:\s*,\s*(?:vilket|som)\s+(?:var|är)\s+(?:planerat|budgeterat|väntat))?\s*$/;

/**
 * An amount in a bracket right after an amount read as the year's outcome: "Intäkterna var 6,4
 * m.kr (budget 6,4 m.kr)" is that figure's budget, "(2023: 4,9 Mkr)" or "(2023-12-31: 1 826 tkr)"
 * that figure for the earlier year. Anything else in a bracket (a part, a bare amount with no
 * year, a later year) is left unread with the reason. A result in a bracket needs its own sign.
 */
function bracketBeside(
  sentence: string,
  lower: string,
  a: { index: number; raw: string; sek: number; approximate: boolean; precision: number },
  anchor: MoneyFigure | undefined,
  year: number,
  context: MoneyContext,
  /** The earlier year an earlier bracket of the sentence gave its figure ("(4 650 tkr 2022) … (4 705 tkr)"). */
  inherited?: number,
): MoneyFigure | string {
  const open = lower.lastIndexOf("(", a.index);
  const end = a.index + a.raw.length;
  const written = lower.slice(open + 1, a.index);
  // "(plus 0,4 mkr 2023)": a sign word before the amount is the amount's sign, not what the bracket is.
  const signWord = BRACKET_SIGN_WORD.exec(written);
  const said = signWord ? written.slice(0, signWord.index) : written;
  // "(2 673 793 kronor vid utgången av 2023)": the bracket's year may follow its amount.
  const yearAfter = BRACKET_YEAR_AFTER.exec(lower.slice(end));
  const priorAfter = BRACKET_PRIOR_AFTER.test(lower.slice(end));
  // "0,5 miljoner kronor)": the amount's unit may run on past its number's unit word.
  const closes =
    /^\s*((kronor|kr)\.?\s*)?\)/.test(lower.slice(end)) || ((yearAfter !== null || priorAfter) && said.trim() === "");
  // "… 412 618 kronor för 2024 (föregående år …)": the outcome's own year may stand between it and the bracket.
  const gap = OWN_YEAR_GAP.exec(lower.slice(anchor?.end ?? 0, open));
  const beside =
    anchor !== undefined &&
    anchor.basis === "actual" &&
    anchor.year === year &&
    gap !== null &&
    ((gap[1] ?? gap[2]) === undefined || Number(gap[1] ?? gap[2]) === year);
  if (!beside || !closes) return IN_BRACKETS;
  let basis: "actual" | "budget" = "actual";
  let at = year;
  const y = BRACKET_YEAR.exec(said);
  if (BRACKET_BUDGET.test(said)) basis = "budget";
  else if (y) at = Number(y.groups!.year);
  else if (BRACKET_PRIOR.test(said)) at = year - 1;
  // "Eget kapital uppgick vid årets slut till 1 486 900 kronor (ingående 1 174 300 kronor)": the
  // opening equity is the year before's closing; no other figure has an opening balance.
  else if (BRACKET_OPENING.test(said) && anchor.item === "equity_end") at = year - 1;
  else if (yearAfter && said.trim() === "") at = Number(yearAfter[1]);
  else if (priorAfter && said.trim() === "") at = year - 1;
  // "Intäkterna blev 4 926 tkr (4 650 tkr 2022) och kostnaderna 4 871 tkr (4 705 tkr)": a bare bracket
  // after one that named its year keeps the writer's convention within the sentence.
  else if (inherited !== undefined && said.trim() === "" && !yearAfter) at = inherited;
  // "Eget kapital uppgår per 2024-12-31 till 3 311 tkr (4 138 tkr)": equity has no budget in running
  // text, so a bare bracket beside it is the closing of the year before (the year's opening).
  else if (said.trim() === "" && !yearAfter && anchor.item === "equity_end") at = year - 1;
  else return "an amount in brackets without a year or a basis";
  if (basis === "actual" && at >= year) return `a bracketed amount for ${at}, not an earlier year`;
  if (basis === "budget" && anchor.item === "equity_end") return "equity has no budget in running text";
  // A bracketed result's sign is its own: the number's, or the bracket's word ("budgeterat underskott 0,8 mnkr").
  const worded =
    /underskott/.test(said) || signWord?.[1] === "minus"
      ? -1
      : /överskott/.test(said) || signWord?.[1] === "plus"
        ? 1
        : 0;
  const sek = worded === 0 ? a.sek : worded * Math.abs(a.sek);
  if (worded !== 0 && a.sek < 0) return "the bracketed result's sign words and number disagree";
  if (
    SIGNED_ITEMS.has(anchor.item) &&
    sek !== 0 &&
    worded === 0 &&
    !/^-/.test(a.raw) &&
    !(context.signsDeficits && anchor.item === "result")
  )
    return "a bracketed result without its own sign";
  if (!SIGNED_ITEMS.has(anchor.item) && (worded !== 0 || sek < 0))
    return "a signed amount for a figure that has no sign";
  if (Math.abs(sek) > IMPLAUSIBLE_SEK) return "an implausible amount for the year's total";
  return {
    item: anchor.item,
    sek,
    approximate: a.approximate || a.precision > 0,
    precision: a.precision,
    start: a.index,
    end,
    raw: a.raw,
    clause: sentence.slice(anchor.start, Math.min(sentence.length, end + 1)).trim(),
    basis,
    year: at,
  };
}

/** "två miljoner kronor", "drygt tre mnkr": a number word right before a unit of money. */
const WORD_AMOUNT = new RegExp(
  String.raw`(?<![\p{L}\d])(\p{L}+)\s+(${AMOUNT_UNIT_WORD})(?!\s*${FOREIGN_CURRENCY})`,
  "giu",
);
/** "en halv miljon", "två och en halv miljoner": a number word (or none) and a half, in millions. */
const HALF_MILLION = /(?<![\p{L}\d])(?:(\p{L}+) och )?en halv (?:miljon|miljoner)(?!\p{L})/giu;
/**
 * The unit alone: a text without one has no word amount. WORD_AMOUNT tries its word at every
 * letter, so most sentences (no unit at all) are told apart first, much more cheaply.
 */
const ANY_AMOUNT_UNIT = new RegExp(AMOUNT_UNIT_WORD, "iu");

/**
 * Amounts whose number is written in words, with the shape `findAmounts` gives: a word is whole,
 * so its precision is half the unit ("två miljoner" is 1,5 to 2,5 million), and it is approximate
 * in any unit coarser than kronor. "en"/"ett" are not numbers (`numberWords.ts`).
 */
/** "… komma " right before a number word: that word is a decimal part ("elva komma två miljoner"). */
const DECIMAL_IN_WORDS = /(?<!\p{L})komma\s+$/iu;

function wordAmounts(text: string): ReturnType<typeof findAmounts> {
  const out: ReturnType<typeof findAmounts> = [];
  if (!ANY_AMOUNT_UNIT.test(text)) return out;
  // "en halv miljon kronor", "två och en halv miljoner": half a million, to a quarter of a million.
  if (/halv/i.test(text))
    for (const m of text.matchAll(HALF_MILLION)) {
      const whole = m[1] === undefined ? 0 : /^(en|ett)$/i.test(m[1]) ? 1 : parseNumberWord(m[1]);
      if (whole === undefined) continue;
      const factor = UNIT_FACTOR.mkr;
      out.push({
        sek: (whole + 0.5) * factor,
        approximate: HEDGES.test(text.slice(Math.max(0, m.index! - 12), m.index!)),
        precision: factor / 4,
        index: m.index!,
        raw: m[0],
      });
    }
  for (const m of text.matchAll(WORD_AMOUNT)) {
    const n = parseNumberWord(m[1]!);
    if (n === undefined || n === 0) continue;
    // "elva komma två miljoner": the decimals of a number in words, never an amount of their own.
    if (DECIMAL_IN_WORDS.test(text.slice(Math.max(0, m.index! - 8), m.index!))) continue;
    const factor = UNIT_FACTOR[amountUnit(m[2]!)];
    out.push({
      sek: n * factor,
      approximate: HEDGES.test(text.slice(Math.max(0, m.index! - 12), m.index!)),
      precision: factor === 1 ? 0 : factor / 2,
      index: m.index!,
      raw: m[0],
    });
  }
  return out;
}

/**
 * "Det egna kapitalet minskade från 3,4 mnkr till 2,7 mnkr": equity is a level, so the amount it
 * changed from is where the year began, the equity at the end of the year before. Only for equity:
 * a flow (revenue, costs) "from" an amount need not be last year's.
 */
function openingEquity(
  sentence: string,
  level: MoneyFigure,
  from: { amount: { index: number; raw: string; sek: number; approximate: boolean; precision: number } } | undefined,
): MoneyFigure | undefined {
  if (!from || level.item !== "equity_end" || level.basis !== "actual") return undefined;
  const a = from.amount;
  if (a.sek < 0 || Math.abs(a.sek) > IMPLAUSIBLE_SEK || isHedgedGuess(a)) return undefined;
  return {
    ...level,
    sek: a.sek,
    approximate: a.approximate || a.precision > 0,
    precision: a.precision,
    start: a.index,
    end: a.index + a.raw.length,
    raw: a.raw,
    clause: sentence.slice(a.index, level.end).trim(),
    year: level.year - 1,
  };
}

/** "ett nollresultat", "ett budgeterat nollresultat": a result of zero, written as a word. */
const ZERO_RESULT = /(?<!\p{L})nollresultat(et)?(?!\p{L})/giu;
/** The word alone, no lookarounds: most sentences lack it, and are not copied a pattern and searched for it. */
const ZERO_RESULT_WORD = /nollresultat/iu;
function zeroResults(text: string): ReturnType<typeof findAmounts> {
  if (!ZERO_RESULT_WORD.test(text)) return [];
  return [...text.matchAll(ZERO_RESULT)].map((m) => ({
    sek: 0,
    approximate: false,
    precision: 0,
    index: m.index!,
    raw: m[0],
  }));
}

/**
 * ", att jämföra med ett budgeterat nollresultat", ", mot budgeterade 6,2 mnkr", ", vilket är bättre
 * än det budgeterade underskottet på 900 tkr", ", att jämföra med en budgeterad förbrukning på minus 400 tkr" (the
 * equity the budget planned to use): right after the year's outcome, the same figure's budget. A result's budget
 * keeps its own sign.
 */
const BUDGET_COMPARED_LEFT =
  /^\s*(att jämföra med|jämfört med|mot|(?:vilket|som) (?:är|var|blev) (?:[a-zåäö]+ )?(?:bättre|sämre|lägre|högre|mindre|större) än)\s+(ett\s+|en\s+|det\s+|den\s+|de\s+)?(budgeterat|budgeterad|budgeterade|budgetens)\s+((resultat(et)?|underskott(et)?|överskott(et)?|förbrukning(en)?)\s+(på|om)\s+)?(minus\s+)?$/;

/**
 * A relative clause that only states a level ("som vid årets slut var", "som uppgick till"): its
 * figure is the one the clause before ends on ("… minska det egna kapitalet, som vid årets slut var
 * 2,9 mkr"). Not "som var som störst 2021 med" (a peak, not a level) nor "som planeras bli".
 */
const RELATIVE_LEVEL =
  /^\s*som\s+((vid årets slut|vid årsskiftet|vid utgången av året|den 31 december)\s+)?(var|är|blev|uppgick till|uppgår till|landade på)\s+((ca\.?|cirka|drygt|knappt)\s+)?$/;
/**
 * "budget som räknade med ett underskott om ", "budgeten hade räknat med ett överskott på ", and the budget
 * named as a result with its sign word right before the amount: "mot ett budgeterat underskott på ", "och vi
 * hade budgeterat ett underskott på ", "budgeten angav ett överskott om ": the year's budgeted result.
 */
const BUDGET_RECKONED =
  /(?<!\p{L})(?:budget(?:en)?\s+(?:som\s+)?(?:räknade|hade\s+räknat)\s+med|budgeten\s+(?:angav|visade|innebar)|(?:hade|har)\s+(?:vi\s+|styrelsen\s+|förbundet\s+)?budgeterat(?:\s+med)?|(?:ett|det)\s+budgetera(?:t|d|de))\s+(?:ett\s+)?(underskott|överskott)(?:et)?\s+(?:om|på)\s+$/u;
/**
 * "ett budgeterat resultat på -120 000 kr", "budgeten angav -200 000 kr": the year's budgeted result written
 * with its minus; an unsigned one may be either sign and is left.
 */
const BUDGET_RESULT_SIGNED =
  /(?<!\p{L})(?:(?:ett|det)\s+budgetera(?:t|d|de)\s+resultat(?:et)?\s+(?:på|om)|budgeten\s+(?:angav|visade))\s+$/u;
/**
 * Words naming exactly one figure of the accounts: "eget kapital" matches both the statement's and
 * running text's equity concept, one figure all the same.
 */
function namesOneFigure(words: string): boolean {
  return new Set(proseConceptMatches(words, ["finance"]).map((m) => m.concept.code)).size === 1;
}
/** How many words at the end of the clause before a relative clause may name what it is about. */
const ANTECEDENT_WORDS = 3;

/**
 * The clause an amount after "…, som …" is read from. A clause that names no figure and only states
 * a level takes the figure named by the last words before its comma (one figure, or none is read);
 * a clause that names its figure ("som var ett överskott på") about a budget named by those words
 * ("… än budgeten räknade med, som var …") is the budget's.
 */
interface RelativeReading {
  /** The clause the amount is read from, when it is not the amount's own. */
  left?: string;
  /** The clause is about a budget. */
  ofBudget: boolean;
  /** Offsets of a relative clause whose years are its own. */
  apart?: [number, number];
}
function relativeClause(clauses: readonly string[]): RelativeReading | undefined {
  const own = clauses.at(-1)!;
  if (clauses.length < 2 || !/^\s*som\s/.test(own)) return undefined;
  const antecedent = clauses.at(-2)!.trim().split(/\s+/).slice(-ANTECEDENT_WORDS).join(" ");
  const ownNames = proseConceptMatches(own, ["finance"]).length > 0;
  if (ownNames) return { ofBudget: BUDGET_WORD_ONE.test(antecedent) };
  if ((RELATIVE_LEVEL.test(own) || RELATIVE_CHANGE_FROM.test(own)) && namesOneFigure(antecedent))
    return { left: `${antecedent} ${own}`, ofBudget: false };
  return undefined;
}
/**
 * "… det egna kapitalet, som minskade från ": a relative clause telling the change of the figure before its
 * comma, from the amount after it (the change's own words then read its "till" amount as the level reached).
 */
const RELATIVE_CHANGE_FROM =
  /^\s*som\s+(?:under året\s+)?(?:minskade|ökade|sjönk|steg|växte|krympte|gick ned|gick upp)\s+från\s+$/u;

/**
 * "Det egna kapitalet, som var som störst 2021, ": the sentence's subject and a relative clause set off by
 * commas; "Förbundets intäkter, i huvudsak medlemmarnas avgifter, ": or an apposition saying what the
 * subject mostly is (no amount in it). Never one that limits it ("exklusive …", "utom …"): the figure
 * after it would be a part.
 */
const SUBJECT_THEN_RELATIVE =
  /^\s*([^,()]{3,60}),\s*(?:som\s[^,]*|(?:i huvudsak|huvudsakligen|främst|framför allt|till största del(?:en)?|det vill säga|dvs\.?)\s[^,\d]*),/;
/**
 * "Det egna kapitalet, som var som störst 2021 med 14 miljoner kronor, hade vid årsskiftet krympt till
 * 6,2 miljoner kronor": the clause after a relative clause set off by commas goes on with the
 * sentence's subject, when that subject names one figure and the clause names none.
 */
function subjectAcrossRelative(lower: string, start: number): RelativeReading | undefined {
  const m = SUBJECT_THEN_RELATIVE.exec(lower);
  if (!m || m[0].length > start) return undefined;
  const own = lower.slice(m[0].length, start);
  if (CLAUSE_STOP.test(own) || proseConceptMatches(own, ["finance"]).length > 0) return undefined;
  if (!namesOneFigure(m[1]!)) return undefined;
  // The relative clause's years are its own ("som var som störst 2021"), not the figure's.
  return { left: `${m[1]!} ${own}`, ofBudget: false, apart: [m[1]!.length, m[0].length] };
}

/** Depth of brackets at each character of the sentence. */
function bracketDepth(text: string): number[] {
  const depth: number[] = [];
  let d = 0;
  for (const ch of text) {
    if (ch === "(" || ch === "[") d++;
    depth.push(d);
    if ((ch === ")" || ch === "]") && d > 0) d--;
  }
  return depth;
}

/** "Inför 2025 …", "I budgeten för 2025 …": the year a budget sentence says it is for. */
const FOR_YEAR = /(?<!\p{L})(?:inför|för)\s+((?:19|20)\d\d)(?!\d)/gu;
/**
 * The later year a sentence about a budget is for: it names that one year and no other, after
 * "inför" or "för". Never an earlier year (an old budget is not read from running text).
 */
function laterBudgetYear(sentence: string, years: readonly number[], year: number): number | undefined {
  const named = [...new Set(years)];
  if (named.length !== 1 || named[0]! <= year) return undefined;
  const cued = [...sentence.toLowerCase().matchAll(FOR_YEAR)].map((m) => Number(m[1]));
  return cued.length === 1 && cued[0] === named[0] ? named[0] : undefined;
}

/** A clause ending on a preposition an amount follows: "… och ett underskott på ". */
const LEADS_INTO_AMOUNT = /(?<!\p{L})(på|om)\s+((ca\.?|cirka|drygt|knappt|omkring|ungefär)\s+)?$/u;
/** Words that lead into a number with their preposition: "ett underskott på cirka 300 000". */
const LEADS_INTO_NUMBER = /(?<!\p{L})(?:på|om)\s+(?:(?:ca\.?|cirka|drygt|knappt|omkring|ungefär)\s+)?[−–-]?\d/u;

/**
 * The size of the federation's budget for a year: "Budgeten för 2025 omfattar 21,0 mnkr", "Förbundets
 * budget för 2025 är 9 600 000 kronor", "styrelsen har beslutat om en budget på 12,0 mnkr" (a sentence
 * opening "För 2025"), "Förbundets budget föreslås till 8 000 000 kronor för 2026". A federation's
 * budget is its members' contributions, its revenue. The budget is the sentence's or the federation's
 * own (never "projektets budget", "kommunens budget", a frame or an application), its year named once
 * and never before the report's.
 */
const BUDGET_SIZE = new RegExp(
  String.raw`(?:^\s*|(?<!\p{L})(?:samordnings)?förbundets\s+|(?<!\p{L})(?:beslutat|beslutade|beslut)\s+om\s+en\s+|(?<!\p{L})(?:fastställt|fastställde|antagit|antog|antar|fastställer)\s+en\s+)budget(?:en)?\s+(?:(?:för|inför)\s+(?:år\s+)?(?:19|20)\d\d\s+)?(?:omfattar|är|var|blir|uppgår\s+till|uppgick\s+till|föreslås(?:\s+uppgå)?\s+till|på|om)\s+(?:(?:ca\.?|cirka|drygt|knappt|totalt|sammanlagt)\s+)?$`,
  "u",
);
/** After the size: its unit's word, its year, then the clause's end. */
const BUDGET_SIZE_AFTER = /^\s*(?:kronor|kr)?\s*(?:(?:för|inför)\s+(?:år\s+)?(?:19|20)\d\d)?\s*(?:[.,;:!]|och\s|$)/u;
/** Words that make a budget something other than the federation's whole year: a part, a frame, a grant. */
const NOT_THE_WHOLE_BUDGET =
  /\bprognos|\bram(en)?\b|ansök|beviljat|beviljade|sökt|\binsats|\bprojekt|\bkansli|\bkommun(en|ens)\b|\bregion(en|ens)\b|\bvarav\b|\bdel(en)?\s+av\b/u;

/** The year of a budget's size (see `BUDGET_SIZE`), a reason it is not one, or undefined when the amount is no budget's size. */
function budgetSize(
  sentence: string,
  from: number,
  start: number,
  end: number,
  next: number,
  year: number,
): number | string | undefined {
  const lower = sentence.toLowerCase();
  const clauseStart = Math.max(from, ...[...lower.slice(0, start).matchAll(/[;:]|,(?!\d)/g)].map((m) => m.index + 1));
  if (!BUDGET_SIZE.test(lower.slice(clauseStart, start)) || !BUDGET_SIZE_AFTER.test(lower.slice(end, next)))
    return undefined;
  if (NOT_THE_WHOLE_BUDGET.test(lower)) return "a budget of a part, a frame or a grant, not the federation's";
  const undated = lower.replace(DATE_WITH_YEAR, " ");
  const years = [...new Set([...undated.matchAll(/(?<!\d)(?:19|20)\d\d(?!\d)/g)].map((m) => Number(m[0])))];
  if (years.length !== 1) return "a budget's size with no one year";
  return years[0]! >= year ? years[0]! : "an earlier year's budget";
}
/** "i november 2023", "den 12 mars 2024": a date's year is no budget's. */
const DATE_WITH_YEAR =
  /(?<!\p{L})(?:(?:den\s+)?\d{1,2}\s+)?(?:i\s+)?(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)\s+(?:19|20)\d\d/gu;

/**
 * A day of an event ("den 12 mars 2026", "behandlar 12 mars 2026"): a day and a month before the year,
 * after no word that makes it a period's end or start ("per", "till och med", "fram till", "sedan", "från").
 */
const EVENT_DAY =
  /(?<!(?:per|t\.o\.m\.|tom|till och med|fram till|sedan|från|efter)\s+(?:den\s+)?)(?<![\p{L}\d])(?:den\s+)?\d{1,2}\s+(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)\s+(?:19|20)\d\d/gu;

/** "nästa år", "kommande år", "nästkommande år": the year after the report's, in words. */
const NEXT_YEAR = /(?<!\p{L})(nästa|kommande|nästkommande) år(et)?(?!\p{L})/u;

/**
 * "föregående års underskott på 55 tkr", "förra årets intäkter om 4,1 mkr": the year before named by
 * a genitive on the figure's own noun (one or two words), right before the amount.
 */
const PRIOR_GENITIVE =
  /(?<!\p{L})(föregående års|förra årets|fjolårets)\s+(?=(\p{L}+\s+){1,2}(på|om)\s+((ca\.?|cirka|drygt|knappt)\s+)?$)/u;

/**
 * "Föregående år redovisade förbundet ett överskott på 301 tkr.", "Ett år tidigare var det egna
 * kapitalet 2,6 mnkr.", "Föregående år: intäkter 4 650 000 kr, …" (a label and a colon): a sentence set in the
 * year before as a whole.
 */
const PRIOR_YEAR_LEAD =
  /^\s*(föregående år|förra året|året innan|året före|ett år tidigare|ett år innan|i fjol|vid (?:förra|föregående) (?:årsskiftet|års slut|årets slut|års utgång)|vid utgången av (?:förra|föregående) år(?:et)?|vid samma tid (?:föregående|förra) år(?:et)?)(?=\s*[,:]?\s+\p{L})/iu;
/**
 * "… var det egna kapitalet 1 618 430 kr. Vid utgången av 2023 var det 2 761 247 kr.": right after a
 * sentence naming the equity, "det" after a balance date and its verb stands for it.
 */
const EQUITY_PRONOUN =
  /^(\s*(?:vid (?:utgången|slutet) av (?:19|20)\d\d|(?:den )?31 december (?:19|20)\d\d|vid (?:förra|föregående) (?:årsskiftet|års slut|årets slut|års utgång)|vid utgången av (?:förra|föregående) år(?:et)?|ett år tidigare|året innan|året före),?\s+(?:var|uppgick|låg)\s+)det(?=\s+(?:till\s+|på\s+)?[-−]?\d)/iu;
const EQUITY_NAMED = "det egna kapitalet";

export function readMoneySentence(sentence: string, year: number, context: MoneyContext = {}): MoneyReading {
  const pronoun = context.afterEquity ? EQUITY_PRONOUN.exec(sentence) : null;
  if (pronoun) {
    // Read with the equity named, then every offset moved back to the sentence as written.
    const shift = EQUITY_NAMED.length - "det".length;
    const at = pronoun[1]!.length;
    const named = `${sentence.slice(0, at)}${EQUITY_NAMED}${sentence.slice(at + "det".length)}`;
    const read = readMoneySentence(named, year, { ...context, afterEquity: false });
    const back = (n: number) => (n > at ? n - shift : n);
    return {
      // The clause quotes the document's own words.
      figures: read.figures.map((f) => ({
        ...f,
        start: back(f.start),
        end: back(f.end),
        clause: f.clause.replace(EQUITY_NAMED, "det"),
      })),
      unread: read.unread.map((u) => ({ ...u, start: back(u.start) })),
      unsigned: read.unsigned.map((f) => ({ ...f, start: back(f.start), end: back(f.end) })),
      financial: read.financial.map((f) => ({ ...f, start: back(f.start) })),
    };
  }
  const lead = PRIOR_YEAR_LEAD.exec(sentence);
  if (!lead) return readSentenceOf(sentence, year, context);
  // Read as the year's own sentence with its time taken out (offsets kept), then moved to the year
  // before; a budget or an earlier year's bracket inside it has no year this reading can give.
  const own = readSentenceOf(sentence.replace(lead[0], " ".repeat(lead[0].length)), year, context);
  const reading: MoneyReading = { figures: [], unread: own.unread, unsigned: [], financial: [] };
  for (const f of own.figures)
    if (f.basis === "actual" && f.year === year) reading.figures.push({ ...f, year: year - 1 });
    else
      reading.unread.push({
        start: f.start,
        raw: f.raw,
        why: "a budget or a bracket in a sentence about the year before",
      });
  return reading;
}

/**
 * Whether the text before an amount ends on a bare figure of its own ("Intäkter 9 020 ⟨8 700 tkr⟩"): a run
 * of three-digit groups or a number of three digits or more, standing alone, no year ("2024 9 020 tkr").
 */
const BARE_FIGURE_BEFORE = /(?:^|[^\d,.\p{L}%-])(-?\d{1,3}(?: \d{3})+|-?\d{3,})(?:,\d+)?\s+$/u;
function besideBareFigure(before: string): boolean {
  const m = BARE_FIGURE_BEFORE.exec(before);
  return m !== null && !/^(?:19|20)\d\d$/.test(m[1]!);
}

function readSentenceOf(sentence: string, year: number, context: MoneyContext): MoneyReading {
  const reading: MoneyReading = { figures: [], unread: [], unsigned: [], financial: [] };
  let amounts = [...findAmounts(sentence), ...wordAmounts(sentence), ...zeroResults(sentence)].sort(
    (x, y) => x.index - y.index,
  );
  if (amounts.length === 0) return reading;
  // "Förbundet använde 8 214 tkr av en budget på 8 900 tkr": the year's costs and their budget (spentOfBudget.ts).
  const spent = spentOfBudget(sentence, amounts, year);
  if (spent) {
    const clause = sentence.slice(Math.min(spent.spent.index, spent.budget.index)).trim();
    for (const [a, basis] of [
      [spent.spent, "actual"],
      [spent.budget, "budget"],
    ] as const)
      reading.figures.push({
        item: "cost_operating",
        sek: a.sek,
        approximate: a.approximate || a.precision > 0,
        precision: a.precision,
        start: a.index,
        end: a.index + a.raw.length,
        raw: a.raw,
        clause,
        basis,
        year,
      });
    amounts = amounts.filter((a) => a !== spent.spent && a !== spent.budget);
    if (amounts.length === 0) return reading;
  }
  const depth = bracketDepth(sentence);
  const lead = [...sentence.slice(0, amounts[0]!.index).toLowerCase()]
    .map((ch, i) => (depth[i]! > 0 ? " " : ch))
    .join("");
  // "Nästa år räknar styrelsen med kostnader på 14,8 mkr": what the board expects for the next year, before the
  // amounts, is that year's budget as "budgeterat" is.
  const budgetSentence =
    (BUDGET_WORD_ONE.test(lead) && !COMPARED_WITH_BUDGET.test(lead)) || (NEXT_YEAR.test(lead) && EXPECTS.test(lead));
  // In a sentence about the budget, the budget's words only set the basis: the concepts are read
  // as in any sentence (offsets kept).
  const lower = budgetSentence
    ? sentence.toLowerCase().replace(BUDGET_WORD, (w) => " ".repeat(w.length))
    : sentence.toLowerCase();
  // The year of ", mot 5 902 tkr under 2023" is that comparison's: the other amounts do not name it.
  let unbracketed = [...lower].map((ch, i) => (depth[i]! > 0 ? " " : ch)).join("");
  for (const [k, b] of amounts.entries()) {
    const end = b.index + b.raw.length;
    const left = lower.slice(amounts[k - 1] ? amounts[k - 1]!.index + amounts[k - 1]!.raw.length : 0, b.index);
    const right = lower.slice(end, amounts[k + 1]?.index ?? lower.length).split(CLAUSE_STOP)[0]!;
    const y = PRIOR_COMPARED_YEAR.exec(right);
    if (
      k > 0 &&
      y &&
      Number(y.groups!.year) === year - 1 &&
      (y.groups!.balance === undefined || BALANCE_WORDS.test(lower)) &&
      PRIOR_COMPARED_LEFT.test(left.split(CLAUSE_STOP).at(-1)!)
    )
      unbracketed = unbracketed.slice(0, end) + " ".repeat(right.length) + unbracketed.slice(end + right.length);
  }
  let previousEnd = 0;
  /** The amount before was named by the words after it, up to an "och" that opens this amount's words. */
  let namedAfterBefore = false;
  /** The concept clause of the amount before, when it was read as a change ("minskade med 0,6 Mkr"). */
  let changedSide: string | undefined;
  /**
   * A result left unread for want of a sign ("Årets resultat blev 412 318 kronor"): a bracket right
   * after it that carries its own sign ("(föregående år −186 540 kronor)") is still the earlier year's.
   */
  let unsignedResult: MoneyFigure | undefined;
  /** The earlier year the last bracket beside an outcome gave its figure. */
  let bracketYear: number | undefined;
  /** The amount after "från" in that change, and its entry among the unread. */
  let changedFrom: { amount: (typeof amounts)[number]; unread: number } | undefined;
  /** The amount before, left unread as a part of the year's revenue or costs, and which of the two. */
  let narrowedPart: { k: number; item: ProseFinanceItem; sek: number } | undefined;
  for (const [k, a] of amounts.entries()) {
    const afterBefore = namedAfterBefore;
    namedAfterBefore = false;
    const start = a.index;
    const end = a.index + a.raw.length;
    const nextStart = amounts[k + 1]?.index ?? sentence.length;
    const unread = (why: string) => reading.unread.push({ start, raw: a.raw, why });
    /** The words since the amount before, brackets kept. */
    const before = lower.slice(previousEnd, start);
    // The clause: from the previous amount or the last clause stop, brackets taken out.
    const clauses = before.replace(/\([^()]*\)/g, " ").split(CLAUSE_STOP);
    // "Förbundet gick med underskott, -1,2 mkr.": an amount standing alone after a comma, at the
    // sentence's end, is the apposition of the clause before it.
    // "Årets resultat, -147 905 kr, stämmer mot huvudboken.": so is one between two commas, words after it;
    // "Förbundets intäkter: 4 700 000 kr, varav …": and one right after its label's colon.
    // "Förbundets resultat 2024: +215 tkr": a plus before the amount is its sign, no word of a clause.
    // "Årets resultat: plus 0,3 miljoner kronor": so is a sign's word before it.
    const appositive =
      clauses.length >= 2 &&
      clauses.at(-1)!.replace(SIGN_BEFORE_AMOUNT, "").trim() === "" &&
      // "… negativt, -0,5 miljoner kronor, och …": the unit's "kronor" after "miljoner" is the amount's own.
      (/^\s*(?:kronor)?\s*[.!]?\s*$/.test(lower.slice(end)) ||
        /^\s*(?:kronor)?\s*,\s*\p{L}/u.test(lower.slice(end)) ||
        /:\s*$/.test(lower.slice(previousEnd, start))) &&
      proseConceptMatches(clauses.at(-2)!, ["finance"]).length > 0;
    // "Årets resultat, med ränteintäkter: 214 600 kr": a clause that only qualifies the item named in
    // the clause before it goes with that clause.
    const worded = clauses.filter((c) => c.trim() !== "");
    const qualified =
      worded.length >= 2 &&
      QUALIFIER_CLAUSE.test(worded.at(-1)!) &&
      proseConceptMatches(worded.at(-2)!, ["finance"]).length > 0
        ? before.slice(Math.max(0, before.lastIndexOf(worded.at(-2)!)))
        : undefined;
    // "…, som vid årets slut var 2,9 mkr", "… än budgeten räknade med, som var ett överskott på 150 000
    // kronor": a relative clause is about the noun that ends the clause before it.
    const relative = relativeClause(clauses) ?? subjectAcrossRelative(lower, start);
    const ownWords =
      relative?.left ?? qualified ?? (appositive ? `${clauses.at(-2)!} ${clauses.at(-1)!}` : clauses.at(-1)!);
    // "Eget kapital minskade från 3,1 mnkr vid årets början till 2,6 mnkr den 31 december": after a
    // change's "från" amount, the day it stood at is that amount's; the level's words are "till" alone.
    // Only for the equity: a year's flow stands at no day.
    const left =
      changedFrom !== undefined &&
      changedSide !== undefined &&
      bestProseConcept(changedSide, ["finance"])?.concept.code === "equity_end"
        ? ownWords.replace(OPENING_BEFORE_LEVEL, blank)
        : ownWords;
    /** This amount is the budget's: the sentence is about the budget, or its relative clause is. */
    const budgetHere = budgetSentence || relative?.ofBudget === true;
    const right = lower.slice(end, nextStart);
    const rightClause = right.split(CLAUSE_STOP)[0]!.split("(")[0]!;
    const previousStart = previousEnd;
    previousEnd = end;
    // "Intäkter   9 020   8 700 tkr; …": a figure right after another with nothing between is a table's
    // columns flattened into a line without their header (actual beside budget or the year before):
    // which column is the year's the line does not say.
    if (besideBareFigure(sentence.slice(Math.max(previousStart, start - 24), start))) {
      unread("a figure beside another with nothing between: a table's columns without their header");
      continue;
    }
    /** A budgeted figure of this amount, read from its clause. */
    const budgeted = (item: ProseFinanceItem, sek: number, at: number): MoneyFigure => ({
      item,
      sek,
      approximate: a.approximate || a.precision > 0,
      precision: a.precision,
      start,
      end,
      raw: a.raw,
      clause: sentence.slice(Math.max(0, start - left.length), end + rightClause.length).trim(),
      basis: "budget",
      year: at,
    });
    // "… 173 tkr bättre än budget som räknade med ett underskott om 1 000 tkr": what the year's budget
    // reckoned with, named as a result with its sign word, in a sentence naming no other year.
    const reckoned =
      depth[start] === 0
        ? (BUDGET_RECKONED.exec(left) ?? (a.sek < 0 && BUDGET_RESULT_SIGNED.test(left) ? ["", "minus"] : null))
        : null;
    // Never a budget for the next year ("Nästa år har vi budgeterat ett underskott på …").
    if (
      reckoned &&
      !/(?<!\d)(?:19|20)\d\d(?!\d)/.test(lower.replaceAll(String(year), "")) &&
      !NEXT_YEAR.test(lower) &&
      !/(?<!\p{L})(?:inför|framöver)(?!\p{L})/u.test(lower)
    ) {
      const word = reckoned[1]!;
      const sek =
        word === "underskott" || word === "minus"
          ? -Math.abs(a.sek)
          : word === "överskott"
            ? Math.abs(a.sek)
            : undefined;
      if (sek !== undefined && !(a.sek < 0 && sek > 0)) {
        reading.figures.push(budgeted("result", sek, year));
        continue;
      }
    }
    const size = depth[start] === 0 ? budgetSize(sentence, previousStart, start, end, nextStart, year) : undefined;
    if (size !== undefined) {
      if (typeof size === "string") unread(size);
      else reading.figures.push(budgeted("revenue_operating", a.sek, size));
      continue;
    }
    if (depth[start]! > 0) {
      const last = reading.figures.at(-1);
      const anchor = unsignedResult && unsignedResult.end > (last?.end ?? -1) ? unsignedResult : last;
      const beside = bracketBeside(sentence, lower, a, anchor, year, context, bracketYear);
      if (typeof beside !== "string") {
        reading.figures.push(beside);
        if (beside.basis === "actual") bracketYear = beside.year;
      } else if (beside !== IN_BRACKETS) unread(beside);
      if (beside !== IN_BRACKETS) continue;
    }
    // "… 1 846 312 kronor den 31 december 2024, mot 2 160 312 kronor ett år tidigare": the figure just
    // read, for the year before. A result needs its own minus; an unsigned one stays unread.
    const anchor = reading.figures.at(-1);
    // "… 1,5 miljoner kronor.": the amount is "1,5 miljoner", its "kronor" the clause's last word.
    if (anchor && BUDGET_COMPARED_LEFT.test(left) && /^\s*(kronor\s*)?[.!]?\s*$/.test(rightClause)) {
      // "en budgeterad förbrukning" (of the equity) is a deficit; "på minus 400 tkr" says its sign in a word.
      const worded = /underskott|förbrukning|minus\s+$/.test(left) ? -1 : /överskott/.test(left) ? 1 : 0;
      if (anchor.basis !== "actual" || anchor.year !== year || anchor.start !== amounts[k - 1]?.index)
        unread("compared with an amount that is not the outcome just read");
      else if (anchor.item === "result" && worded === 0 && a.sek > 0) unread("a budgeted result without its own sign");
      else if (worded !== 0 && a.sek < 0) unread("the budgeted result's sign words and number disagree");
      else if (anchor.item !== "result" && (a.sek < 0 || worded !== 0))
        unread("a signed amount for a figure that has no sign");
      else if (anchor.item === "equity_end") unread("equity has no budget in running text");
      else if (Math.abs(a.sek) > IMPLAUSIBLE_SEK) unread("an implausible amount for the year's total");
      else
        reading.figures.push({
          ...anchor,
          sek: worded === 0 ? a.sek : worded * Math.abs(a.sek),
          approximate: a.approximate || a.precision > 0,
          precision: a.precision,
          start,
          end,
          raw: a.raw,
          basis: "budget",
        });
      continue;
    }
    const priorYear = PRIOR_COMPARED_YEAR.exec(rightClause);
    if (
      anchor &&
      PRIOR_COMPARED_LEFT.test(left) &&
      (PRIOR_COMPARED_RIGHT.test(rightClause) ||
        (OPENING_COMPARED_RIGHT.test(rightClause) && BALANCE_ITEMS.has(anchor.item)) ||
        (priorYear !== null &&
          Number(priorYear.groups!.year) === year - 1 &&
          (priorYear.groups!.balance === undefined || BALANCE_ITEMS.has(anchor.item))))
    ) {
      if (anchor.basis !== "actual" || anchor.year !== year || anchor.start !== amounts[k - 1]?.index)
        unread("compared with an amount that is not the outcome just read");
      else if (anchor.item === "result" && a.sek >= 0) unread("an earlier year's result without its own sign");
      else if (anchor.item !== "result" && a.sek < 0) unread("a signed amount for a figure that has no sign");
      else if (isHedgedGuess(a) || Math.abs(a.sek) > IMPLAUSIBLE_SEK)
        unread("an implausible or rounded earlier amount");
      else
        reading.figures.push({
          ...anchor,
          sek: a.sek,
          approximate: a.approximate || a.precision > 0,
          precision: a.precision,
          start,
          end,
          raw: a.raw,
          year: year - 1,
        });
      continue;
    }
    // "… beräknas det minska till 2 474 tkr vid slutet av 2025": the equity a plan or a budget expects.
    const forecast = equityForecast(left, rightClause, year, context);
    if (forecast !== undefined) {
      if (typeof forecast === "string") unread(forecast);
      else if (a.sek < 0 || Math.abs(a.sek) > IMPLAUSIBLE_SEK || isHedgedGuess(a))
        unread("an implausible amount for the equity");
      else reading.figures.push(budgeted("equity_end", a.sek, forecast));
      continue;
    }
    // "Det egna kapitalet minskade med 0,6 Mkr till 2,5 Mkr", "… minskade från 3,1 till 2,5 Mkr": the
    // amount after the change's "till" is the level the figure reached, not a change.
    const beforeChange = changedSide;
    const fromBefore = changedFrom;
    changedSide = undefined;
    changedFrom = undefined;
    const level =
      (LEVEL_AFTER.test(left) || /\bpå\s+$/.test(left)) &&
      (CHANGE.test(left) || (beforeChange !== undefined && LEVEL_GOES_ON.test(left)));
    // "Det egna kapitalet ökade med 365 tkr, från 1 140 tkr till 1 505 tkr": a bare "från" after the
    // change's amount goes on about the figure the change named.
    const fromOfChange = beforeChange !== undefined && BARE_FROM.test(left);
    // "hade 8 160 000 kronor i intäkter och kostnader på 8 063 600 kronor": two figures, each named
    // after or before its own amount, joined by "och". The first takes the words up to "och" (when
    // those after it name a figure of their own and run on to the next amount); the second, the
    // words after it.
    const [headPart, ...andParts] = rightClause.split(AND_JOIN);
    // "21,0 mnkr och ett planerat underskott på 0,8 mnkr": words after "och" that lead into the next
    // amount with its preposition are that amount's, never this one's.
    // "9,8 miljoner och vi räknar med ett underskott på cirka 300 000 igen": so are words after "och" that lead
    // into a number of their own, even one written without a unit.
    const nextsWords =
      (andParts.length > 0 && k + 1 < amounts.length && rightClause === right && LEADS_INTO_AMOUNT.test(rightClause)) ||
      (andParts.length > 0 && LEADS_INTO_NUMBER.test(andParts.join(" ")));
    const ownRight = nextsWords
      ? headPart!
      : andParts.length > 0 &&
          k + 1 < amounts.length &&
          // The words after "och" run on to the next amount: no clause stop or bracket between them.
          rightClause === right &&
          proseConceptMatches(headPart!, ["finance"]).length > 0 &&
          proseConceptMatches(andParts.join(" "), ["finance"]).length > 0
        ? headPart!
        : rightClause;
    const ownLeft: string = afterBefore ? left.split(AND_JOIN).at(-1)! : left;
    // An amount whose clause names no finance figure at all is someone else's business (a grant, a price).
    // "18,6 miljoner kronor i intäkter och 20,6 miljoner kronor i kostnader": the words before "och"
    // named the amount before; this one is named by its own words after it.
    const side: string =
      proseConceptMatches(withoutOpeningMark(left), ["finance"]).length > 0 &&
      !(afterBefore && proseConceptMatches(withoutOpeningMark(ownLeft), ["finance"]).length === 0)
        ? ownLeft
        : (level || fromOfChange) && beforeChange !== undefined
          ? beforeChange
          : ownRight;
    namedAfterBefore = side === ownRight && (ownRight !== rightClause || andParts.length > 0);
    // "Ingående eget kapital var 760 245 kr": the opening mark keeps the lexicon's equity from the words,
    // yet they name the equity the year opened with (read below, as the year before's closing equity).
    const openingSide = withoutOpeningMark(side);
    // "Förbundets kostnader för insatser: 6 420 000 kr av totalt 8 905 000 kr": the whole that part is of,
    // the year's costs (or revenue) themselves; never less than the part, never a budget's or another year's.
    if (narrowedPart?.k === k - 1 && OF_TOTAL.test(left)) {
      const otherYear = [...unbracketed.matchAll(/\b(?:19|20)\d\d\b/g)].some((m) => Number(m[0]) !== year);
      if (budgetHere || otherYear || a.sek < narrowedPart.sek || Math.abs(a.sek) > IMPLAUSIBLE_SEK || isHedgedGuess(a))
        unread("the whole of a part, but a budget's, another year's, implausible or less than the part");
      else reading.figures.push({ ...budgeted(narrowedPart.item, a.sek, year), basis: "actual" });
      continue;
    }
    if (proseConceptMatches(openingSide, ["finance"]).length === 0) {
      // No figure of the accounts: yet an amount dropped is never dropped without a word.
      unread("its clause names no figure of the year's accounts");
      continue;
    }
    const signed = /^[-+]/.test(a.raw);
    if (signed && /[\d\p{L}]$/u.test(sentence.slice(0, start))) {
      unread("a range of amounts, not one amount");
      continue;
    }
    if (depth[start]! > 0) {
      unread(IN_BRACKETS);
      continue;
    }
    // "Resultat 2024 (prognos): 250 000 kr", "Intäkter (budget) 4 500 000 kr": a bracket naming the
    // basis between the label and the amount; the clause above is read with brackets taken out.
    if (BASIS_BRACKET_BEFORE.test(before)) {
      unread("a budget, a forecast or a target named in a bracket before the amount, not the year's outcome");
      continue;
    }
    if (/\bfrån\s*$/.test(left)) {
      unread("the value before a change");
      if (CHANGE.test(left) || fromOfChange) {
        changedSide = side;
        changedFrom = { amount: a, unread: reading.unread.length - 1 };
      }
      continue;
    }
    // "-0,5 mnkr mot budgeterat 0 kr": what it is compared with is that figure's business, not this one's.
    // What follows "vilket" or a comparison is about the amount, not part of its clause ("… -0,4 mkr vilket
    // är bättre än budgeterat").
    // "Kostnaderna ökade jämfört med föregående år och uppgick till 6,9 mnkr": the comparison is the
    // first verb's; the amount's own clause opens at "och uppgick".
    const levelClause = LEVEL_CLAUSE.exec(left);
    // "…, vilket kan jämföras med föregående års underskott på 55 tkr": the genitive names the figure as
    // the year before's; the comparison is the sentence's, and the figure's own clause opens at its noun.
    const priorGenitive = budgetHere ? null : PRIOR_GENITIVE.exec(left);
    const own = priorGenitive
      ? left.slice(priorGenitive.index + priorGenitive[0].length)
      : levelClause
        ? left.slice(levelClause.index)
        : left;
    // "… ett överskott på 666 tkr i stället för det budgeterade underskottet": what it stands instead of is compared.
    const clause = `${own} ${rightClause.split(/(?<!\p{L})(mot|jämfört|jämförelse|vilket|i stället för|istället för)(?!\p{L})/u)[0]!.replace(WAS_PLANNED, " ")}`;
    if (CHANGE.test(clause) && !level) changedSide = side;
    // "Vid årets början var det egna kapitalet 1 656 750 kr", "… varav 2,6 mnkr var eget kapital från
    // tidigare år": the equity the year opened with is the year before's closing equity.
    if (!budgetHere && OPENING_EQUITY.test(clause) && !CHANGE.test(clause) && !CLOSING_EQUITY.test(clause)) {
      const opening = bestProseConcept(openingSide, ["finance"])?.concept.code === "equity_end";
      const otherYears = [...unbracketed.matchAll(/\b(19|20)\d\d\b/g)].some((m) => Number(m[0]) !== year);
      if (opening && !otherYears && a.sek > 0 && Math.abs(a.sek) <= IMPLAUSIBLE_SEK && !isHedgedGuess(a))
        reading.figures.push({ ...budgeted("equity_end", a.sek, year - 1), basis: "actual" });
      else unread("the equity the year opened with, not read");
      continue;
    }
    if (
      (budgetHere ? NOT_THE_BUDGET : NOT_OUTCOME).test(clause) ||
      CONDITION.test(lower) ||
      (CHANGE.test(clause) && !(level && !CHANGE.test(rightClause))) ||
      COMPARED_WITH.test(own) ||
      PER_UNIT.test(clause) ||
      AFTER_NOT_OUTCOME.test(right) ||
      CALCULATION.test(left) ||
      CALCULATION_AFTER.test(right)
    ) {
      unread("a budget, a target, a change or a comparison, not the year's outcome");
      continue;
    }
    if (OTHER_TIME.test(own) || OTHER_TIME.test(rightClause)) {
      unread("another year's or several years' amount");
      continue;
    }
    // "… men utfallet för 2023 blev ett överskott på 214 tkr": an earlier year named as the figure's own
    // in its clause is its year, whatever else the sentence names.
    const ownYear = Number(OWN_EARLIER_YEAR.exec(left)?.[1] ?? Number.NaN);
    // "Intäkterna var 5,2 Mkr (2023: 4,9 Mkr)": the bracket's year is the bracket's.
    const apart = relative?.apart;
    // "Styrelsen fastställde i november 2023 en budget för 2024 …": the decision's date dates no budget figure.
    // "… intäkter 2025 blev 9 020 000 kr, enligt bokslutet som styrelsen behandlar den 12 mars 2026": a
    // day of an event in another clause dates no figure, where the sentence names the report's year.
    const namesOwnYear = new RegExp(String.raw`(?<!\d)${year}(?!\d)`).test(unbracketed);
    const decided = budgetSentence
      ? [...lower.matchAll(DATE_WITH_YEAR)].filter((m) => !/31\s+december/.test(m[0]))
      : namesOwnYear
        ? // Only a day after the figure, in a clause of its own: a day opening the sentence dates it.
          [...lower.matchAll(EVENT_DAY)].filter((m) => m.index > a.index && !clause.toLowerCase().includes(m[0]))
        : [];
    const years = [...unbracketed.matchAll(/\b(19|20)\d\d\b/g)]
      .filter((m) => !apart || m.index < apart[0] || m.index >= apart[1])
      .filter((m) => !decided.some((d) => m.index >= d.index && m.index < d.index + d[0].length))
      .map((m) => Number(m[0]));
    // "Inför 2025 har styrelsen budgeterat intäkter på 9,6 mkr": a budget for the one later year it names.
    // "För nästa år har styrelsen budgeterat kostnader på …": the year after the report's, no year named.
    const laterBudget = budgetSentence
      ? (laterBudgetYear(sentence, years, year) ?? (years.length === 0 && NEXT_YEAR.test(lower) ? year + 1 : undefined))
      : undefined;
    const at = priorGenitive ? year - 1 : (laterBudget ?? (ownYear < year && !budgetHere ? ownYear : year));
    // "Det egna kapitalet uppgick vid utgången av 2023 till 2 724 tkr": dated as a whole by an earlier year.
    const balanceYear = budgetHere || at !== year ? undefined : earlierBalanceYear(unbracketed, year);
    // "Förbundets intäkter var 5,6 mnkr … under 2025" in a plan for 2026: a sentence dated as a whole by
    // one earlier year, no plan's (`soleEarlierYear`): its revenue, costs and results are that year's.
    // Only "under 2025", "år 2025", "i 2025" date the flows so; "bokslutet för 2024 visade …" and "årets …" never.
    const datedYear =
      budgetHere || at !== year || balanceYear !== undefined || !DATED_FLOW.test(unbracketed) || THE_YEARS.test(lower)
        ? undefined
        : soleEarlierYear(unbracketed, year);
    const earlier = balanceYear ?? datedYear;
    const otherYear = at !== year || earlier !== undefined ? undefined : years.find((y) => y !== year);
    if (otherYear !== undefined) {
      unread(`the sentence names ${otherYear}`);
      continue;
    }
    // "den 1 januari", "per den 30 juni", "delårsbokslutet": a figure at another date than the year's end.
    const dates = [
      ...(budgetSentence
        ? clause.replace(DATE_WITH_YEAR, (d) => (/31\s+december/.test(d) ? d : " "))
        : clause
      ).matchAll(DATE),
    ].map((m) => m[0]);
    if (dates.some((d) => !/^31 dec/.test(d)) || INTERIM.test(clause)) {
      unread("a figure at another date than the year's end");
      continue;
    }
    // "i budgeten att använda 800 tkr av det egna kapitalet": equity to be spent is no part of it (below).
    const equitySpent = budgetHere && EQUITY_SPENT_LEFT.test(left) && EQUITY_SPENT_RIGHT.test(rightClause);
    if (
      (PART.test(left) && !WHOLE_AFTER_OF.test(left)) ||
      (side !== left && PART_AFTER.test(rightClause) && !equitySpent)
    ) {
      unread("a part of another amount");
      continue;
    }
    if (MEMBERS_OWN.test(clause)) {
      unread("a member's own figure, not the federation's");
      continue;
    }
    if (ONE_INTERVENTION.test(lower)) {
      unread("the sentence is about one intervention");
      continue;
    }
    // "0,6 Mkr i underskott": the words after the amount, when those before it name nothing.
    // "Årets resultat, med ränteintäkter: 214 600 kr": what the amount includes or leaves out, said
    // after the item, names no figure of its own; the item before it does.
    // "Efter finansiella intäkter blev årets resultat …": what the figure comes after names no figure of its own.
    const head = side.replace(AFTER_ITEMS, "").replace(QUALIFIER_TAIL, "");
    const headConcept = head !== side ? bestProseConcept(head, ["finance"]) : undefined;
    const concept =
      headConcept && ITEMS.has(headConcept.concept.code) ? headConcept : bestProseConcept(side, ["finance"]);
    if (!concept || !ITEMS.has(concept.concept.code)) {
      unread(concept ? `${concept.concept.sv} is not read from running text` : "its clause names no one figure");
      const code = concept?.concept.code ?? "";
      if (FINANCIAL_ITEMS.has(code) && a.sek > 0 && !budgetHere && at === year && earlier === undefined)
        reading.financial.push({ item: code as FinancialItem, sek: a.sek, precision: a.precision, start });
      continue;
    }
    const item = concept.concept.code as ProseFinanceItem;
    // "styrelsen beslutade i budgeten att använda 800 tkr av det egna kapitalet": a budgeted deficit.
    // The report year's budget only: "I budgeten för 2025 planeras att använda …" is a plan ahead, no budget set.
    if (equitySpent && item === "equity_end" && at === year) {
      if (a.sek <= 0 || Math.abs(a.sek) > IMPLAUSIBLE_SEK || isHedgedGuess(a))
        unread("an implausible use of the equity");
      else reading.figures.push(budgeted("result", -a.sek, at));
      continue;
    }
    if (budgetHere && item === "equity_end") {
      unread("equity has no budget in running text");
      continue;
    }
    // "… minskade till 1,6 Mkr och ligger nu inom riktlinjen": a limit named after an "och" that goes on
    // about the level reached is that level's comment, not the amount's own words.
    const limitClause = `${own} ${rightClause.split(AND_JOIN)[0]!}`;
    if (LIMIT.test(limitClause) || (item === "equity_end" && EQUITY_USE.test(clause))) {
      unread("a limit, a cap or a use of the equity, not the year's level");
      continue;
    }
    if ((item === "revenue_operating" || item === "cost_operating") && NARROWED.test(side)) {
      narrowedPart = { k, item, sek: a.sek };
      unread("a part of the year's revenue or costs (for or from something named), not the total");
      continue;
    }
    if (item === "assets_total" && !ALL_ASSETS.test(side)) {
      unread("one kind of assets, not their total");
      continue;
    }
    if ((item === "revenue_operating" || item === "cost_operating") && namesOneKind(side)) {
      unread("one kind of revenue or cost (a named kind or a cost of something), not the year's total");
      continue;
    }
    let sek = a.sek;
    if (SIGNED_ITEMS.has(item)) {
      // The sign's words before the amount ("ett underskott på 0,6 Mkr"); only if none, those after it
      // up to a comparison ("0,6 Mkr i underskott", not "… jämfört med ett underskott …").
      const worded = NEGATIVE_WORD.test(left) || POSITIVE_WORD.test(left);
      // "2 m.kr i resultat för året, ett underskott som …": an apposition right after the clause names the sign.
      const apposition = SIGN_APPOSITION.exec(right.slice(rightClause.length))?.[0] ?? "";
      const words = worded ? left : `${rightClause.split(/jämfört|\bmot\b|(?<!\p{L})än(?!\p{L})/u)[0]!} ${apposition}`;
      // "Årets resultat: minus 0,3 mnkr", "… plus 0,3 mnkr": a sign's word right before the amount is its sign.
      const signWord = SIGN_WORD_BEFORE.exec(lower.slice(Math.max(0, start - 8), start))?.[1];
      const negative = NEGATIVE_WORD.test(words) || a.sek < 0 || signWord === "minus";
      // "+0,4 Mkr": the amount's pattern takes a minus only, so a plus is the character before it.
      // "Årets resultat blev 412 318 kronor (föregående år −186 540 kronor)": a writer who signs the
      // earlier year's deficit in a bracket right after signs this year's too, so unsigned is a surplus.
      const next = amounts[k + 1];
      const signsBeside =
        next !== undefined &&
        /^-/.test(next.raw) &&
        depth[next.index]! > 0 &&
        BRACKET_PRIOR_OR_YEAR.test(lower.slice(end, next.index));
      const positive =
        POSITIVE_WORD.test(words) ||
        sentence[start - 1] === "+" ||
        signWord === "plus" ||
        // Only the year's result: "Verksamhetens nettokostnad blev 292 440 kronor" is a deficit unsigned.
        ((signsBeside || (context.signsDeficits === true && item === "result")) && !negative);
      // "resultatet till 0 kronor": a result of nothing needs no sign (not one compared with another figure).
      const zero = a.sek === 0 && !negative && !positive && !/(?<!\p{L})(mot|jämfört|än)(?!\p{L})/u.test(rightClause);
      if (negative === positive && !zero) {
        unread(negative ? "the result's sign words disagree" : "a result without a sign");
        if (!negative) {
          unsignedResult = {
            item,
            sek: a.sek,
            approximate: true,
            precision: a.precision,
            start,
            end,
            raw: a.raw,
            clause: "",
            basis: budgetHere ? "budget" : "actual",
            year,
          };
          if (earlier === undefined && !isHedgedGuess(a) && Math.abs(a.sek) <= IMPLAUSIBLE_SEK)
            reading.unsigned.push({
              ...unsignedResult,
              approximate: a.approximate || a.precision > 0,
              year: at,
              clause: sentence.slice(Math.max(0, start - left.length), end).trim(),
            });
        }
        continue;
      }
      sek = negative && !zero ? -Math.abs(a.sek) : Math.abs(a.sek);
    } else if (sek < 0 || /\b(underskott|överskott)\b/.test(left)) {
      unread("a signed amount for a figure that has no sign");
      continue;
    }
    if (
      Math.abs(sek) > IMPLAUSIBLE_SEK ||
      (!SIGNED_ITEMS.has(item) && item !== "equity_end" && sek < SMALLEST_TOTAL_SEK)
    ) {
      unread("an implausible amount for the year's total");
      continue;
    }
    if (isHedgedGuess(a)) {
      unread("a hedged round amount, too coarse to be the year's figure");
      continue;
    }
    if (
      earlier !== undefined &&
      (balanceYear !== undefined ? item !== "equity_end" : item === "equity_end" || item === "assets_total")
    ) {
      unread(`the sentence names ${earlier}`);
      continue;
    }
    const figure: MoneyFigure = {
      item,
      sek,
      approximate: a.approximate || a.precision > 0,
      precision: a.precision,
      start,
      end,
      raw: a.raw,
      clause: sentence.slice(Math.max(0, start - left.length), end).trim(),
      basis: budgetHere ? "budget" : "actual",
      year: earlier ?? at,
    };
    reading.figures.push(figure);
    const opening = level && !budgetHere ? openingEquity(sentence, figure, fromBefore) : undefined;
    if (opening) {
      reading.unread.splice(fromBefore!.unread, 1);
      reading.figures.push(opening);
    }
  }
  return reading;
}
