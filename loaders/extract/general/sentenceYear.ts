/**
 * A sentence dated as a whole by one earlier year: "Under 2024 hade insatserna 158 deltagare"
 * in a plan for 2025, "År 2023 avslutades 96 personer" in a later report. Its figures are that
 * year's, as plainly as the report's own year's would be. Read only where the sentence can mean
 * nothing else:
 * - it names one year, and no other (a sentence mixing years is left to the caller's gate);
 * - the year is earlier than the report's (a later year is a plan);
 * - the year stands in a dating phrase ("under 2024", "under helåret 2024", "år 2024", "för 2024",
 *   "vid utgången av 2024", "per 2024-12-31", "som avslutades 2024", "2024" opening the sentence), never after a comparison ("jämfört med 2023", "än
 *   2023", "sedan 2019": the figures beside it are another year's);
 * - the sentence speaks of no plan, target, budget or forecast.
 */
const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/g;
/**
 * The year as the sentence's date: after "under", "(under) år", "för", "vid utgången av",
 * "31 december", a verb of the year's events ("som avslutades 2024", "deltog 2024"), in brackets after "förra
 * året" ("Förra året (2024) hade …"), or opening the sentence. (Lookarounds, not \b: \b does not see "å" as a letter.)
 */
const DATING =
  /(?:^|(?<![\p{L}\d])(?:under|för|i)\s+(?:(?:hela\s+)?(?:år|året|helåret)\s+)?|(?<![\p{L}\d])(?:år|året)\s+|(?<![\p{L}\d])(?:utgången|slutet)\s+av\s+(?:år\s+)?|(?<!\d)31\s+december\s+|(?<![\p{L}\d])per\s+(?:den\s+)?|(?<![\p{L}\d])(?:förra|föregående)\s+år(?:et)?\s*\(\s*|(?<![\p{L}\d])(?:avslutades|avslutade|skrevs\s+ut|skrevs\s+in|började|deltog)\s+)$/iu;
/** Words before the year that make it a point of comparison or a start, not the sentence's date. */
const COMPARED =
  /(?<![\p{L}\d])(?:jämfört\s+med|jämförelse\s+med|jmf|jfr|än|mot|sedan|från|till|efter|före|inför)\s+(?:(?:år|året)\s+)?$/iu;
/**
 * A clause that compares with another figure ("…, jämfört med 150 deltagare under 2023"): a year in
 * it dates the figure compared with, not the sentence.
 */
const COMPARISON_CLAUSE =
  /^[\s,;(]*(?:jämfört\s+med|i\s+jämförelse\s+med|jämförelse\s+med|jmf|jfr|mot|än)(?![\p{L}\d])/iu;
/** The text of a sentence from the clause's opening (its last comma, semicolon or bracket) up to `at`. */
function clauseBefore(sentence: string, at: number): string {
  const head = sentence.slice(0, at);
  return head.slice(Math.max(head.lastIndexOf(","), head.lastIndexOf(";"), head.lastIndexOf("(")));
}

/** Plans, targets, budgets and forecasts: not the year's outcome whatever year they name. */
const NOT_OUTCOME =
  /(?<![\p{L}\d])(?:mål(?:et|en|sättning)?|planer\p{L}*|budget\p{L}*|prognos\p{L}*|beräkna\p{L}*|förvänt\p{L}*|vänta(?:s|des)|bedöm\p{L}*|uppskatta\p{L}*|kommer\s+att|ska|skall)(?![\p{L}\d])/iu;

/**
 * The one year that dates the whole sentence ("Under 2024 …", "År 2023 …"), or undefined: the
 * sentence names no other year, and names this one in a dating phrase, never after a comparison.
 */
export function datingYear(sentence: string): number | undefined {
  const years = [...sentence.matchAll(YEAR)];
  if (years.length === 0) return undefined;
  const year = Number(years[0]![0]);
  if (years.some((m) => Number(m[0]) !== year)) return undefined;
  const before = (m: RegExpMatchArray) => sentence.slice(Math.max(0, m.index! - 30), m.index);
  if (years.some((m) => COMPARED.test(before(m)) || COMPARISON_CLAUSE.test(clauseBefore(sentence, m.index!))))
    return undefined;
  return years.some((m) => DATING.test(before(m))) ? year : undefined;
}

/**
 * A sentence dated by a year named before it: "Det året slutade med …", "Samma år hade …", "Under
 * det året …". Its figures are that year's, which only the text before the sentence can tell.
 * "Detta år", "det här året" and "det år som gått" are the report's own year: not these.
 */
export const ANAPHORIC_YEAR = /^\W*(?:(?:under|i)\s+)?(?:det\s+året|samma\s+år(?:et)?)(?!\p{L})/iu;

/** The one earlier year that dates the whole sentence, when it speaks of an outcome; else undefined. */
export function soleEarlierYear(sentence: string, reportYear: number): number | undefined {
  const year = datingYear(sentence);
  return year !== undefined && year < reportYear && !NOT_OUTCOME.test(sentence) ? year : undefined;
}

/** "vid utgången av 2023", "per den 31 december 2023", "per 2023-12-31": the year names a balance date. */
const BALANCE_DATE =
  /(?<![\p{L}\d])(?:(?:vid\s+)?(?:utgången|slutet)\s+av\s+(?:år\s+)?|31\s+december\s+)(?:19|20)\d\d(?!\d)|(?<![\p{L}\d])per\s+(?:den\s+)?(?:19|20)\d\d-12-31(?!\d)/iu;

/**
 * The earlier year a sentence dates a balance by ("Det egna kapitalet uppgick vid utgången av
 * 2023 till 2 724 tkr"), as `soleEarlierYear`, where the year names the balance date. A year's
 * revenue, costs or result dated in prose are left to that year's own report: their sign and
 * their bracketed comparisons need the report's year.
 */
export function earlierBalanceYear(sentence: string, reportYear: number): number | undefined {
  return BALANCE_DATE.test(sentence) ? soleEarlierYear(sentence, reportYear) : undefined;
}
