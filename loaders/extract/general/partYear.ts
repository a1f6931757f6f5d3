/**
 * Part of a year: an interim report's months ("Delårsrapport januari–augusti 2025"), a column
 * "Jan–aug 2025", a sentence "Hittills i år har 119 personer deltagit", a balance "per den 31
 * augusti". Such a figure is never the year's: eight months of costs are not a year's costs, and
 * the people enrolled so far are not the year's participants. Decided from the words alone:
 * - a range of months that is not January to December ("jan–aug", "1 januari till 31 augusti");
 * - a date inside the year ("per den 31 augusti", "per 2025-08-31"), never 31 December;
 * - a period between two dates that is not 1 January to 31 December of one year
 *   ("2024-01-01–2024-06-30", a broken year "2023-07-01–2024-06-30");
 * - "delår", "tertial", "halvår", "kvartal", "hittills i år" (or "I år har vi hittills …"), "årets första
 *   åtta månader".
 * "Helår 2024", "januari–december" and "per den 31 december" are a whole year; so is a cadence
 * ("kvartal för kvartal", "månad för månad", "kvartalsvis"): it says how often a year is followed
 * up, not that only part of it has passed. Pure.
 */
import type { FactInput, FindingInput } from "../../schema/facts.ts";
import { oncePerDocument, type DocumentText, type ParseOutput } from "../documentText.ts";
import { unreadNumber } from "../findings.ts";
import { PLAN_WORD } from "./headingPeriod.ts";

const MONTHS = [
  "jan(?:uari)?",
  "feb(?:ruari)?",
  "mar(?:s)?",
  "apr(?:il)?",
  "maj",
  "jun(?:i)?",
  "jul(?:i)?",
  "aug(?:usti)?",
  "sep(?:t(?:ember)?)?",
  "okt(?:ober)?",
  "nov(?:ember)?",
  "dec(?:ember)?",
];
const MONTH = `(?:${MONTHS.join("|")})\\.?`;
/** "jan–aug", "januari-augusti", "1 januari till 31 augusti", "januari t.o.m. augusti". */
const MONTH_RANGE = new RegExp(
  `(?<![\\p{L}\\d])(?:\\d{1,2}\\s+)?(${MONTH})\\s*(?:[–—-]|till|t\\.o\\.m\\.?|tom)\\s*(?:\\d{1,2}\\s+)?(${MONTH})(?!\\p{L})`,
  "giu",
);
/** "per den 31 augusti", "per 30 april 2025". */
const DAY_MONTH = new RegExp(`(?<!\\p{L})per\\s+(?:den\\s+)?\\d{1,2}\\s+(${MONTH})(?!\\p{L})`, "giu");
/**
 * "Till och med oktober hade 40 avslutats", "t.o.m. september", "fram till juni": the year so far,
 * up to a month. Not a date ("till och med 30 juni 2024 Samordningsförbundet X" names how long a
 * name held), nor a month of a year named.
 */
const UNTIL_MONTH = new RegExp(
  `(?<!\\p{L})(?:till\\s+och\\s+med|t\\.\\s?o\\.\\s?m\\.?|fram\\s+till)\\s+(${MONTH})(?!\\p{L})(?!\\s*(?:19|20)\\d\\d)`,
  "giu",
);
/** "per 2025-08-31", "Per 2025-08-31". */
const ISO_DATE = /(?<!\p{L})per\s+(?:den\s+)?(?:19|20)\d\d-(\d\d)-(\d\d)(?!\d)/giu;
/** Words that name a part of a year whatever stands beside them. */
const PART_WORD =
  /(?<!\p{L})(?:delår\p{L}*|tertial\p{L}*|halvår(?!svis)\p{L}*|kvartal\p{L}*|hittills(?:\s+i\s+år|\s+under\s+(?:året|år\s+\d{4}|\d{4}))|i\s+år\s+(?:\p{L}+\s+){0,3}hittills|årets\s+första\s+\p{L}+\s+månader|efter\s+(?:\d+|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva)\s+månader)(?!\p{L})/iu;

/**
 * "2024-01-01–2024-06-30", "2024-01-01 -- 2024-08-31", "2023-07-01 till 2024-06-30": a period
 * between two dates. Only 1 January to 31 December of one year is a whole year.
 */
const DATE_RANGE =
  /(?<!\d)((?:19|20)\d\d)-(\d\d)-(\d\d)\s*(?:[–—-]{1,2}|till|t\.o\.m\.?)\s*((?:19|20)\d\d)-(\d\d)-(\d\d)(?!\d)/giu;

/** Whether a period between two dates is one whole calendar year. */
export function isWholeYearRange(m: RegExpMatchArray): boolean {
  return m[1] === m[4] && m[2] === "01" && m[3] === "01" && m[5] === "12" && m[6] === "31";
}

/** Whether a period between two dates runs a year or more: from a day to the same day of a later year, or past it. */
const overAYear = (m: RegExpMatchArray): boolean =>
  Number(m[4]) > Number(m[1]) && (Number(m[4]) - Number(m[1]) >= 2 || `${m[5]}${m[6]}` >= `${m[2]}${m[3]}`);

const monthIndex = (written: string): number => {
  const w = written.toLowerCase().replace(/\.$/, "");
  for (let i = 0; i < MONTH_WORDS.length; i++) if (MONTH_WORDS[i]!.test(w)) return i;
  return -1;
};

/** Each month's names as a whole word, built once. */
const MONTH_WORDS = MONTHS.map((m) => new RegExp(`^${m}$`));

/**
 * A cadence: a part of the year said twice ("kvartal för kvartal") or as an adverb ("kvartalsvis",
 * "månadsvis"). Removed before the part words are looked for; "per kvartal" stays a part (a
 * count per quarter is not the year's).
 */
const CADENCE =
  /(?<!\p{L})(?:(kvartal|månad|tertial|halvår)(?:et|en)?\s+för\s+\1(?:et|en)?|(?:kvartal|månad|tertial|halvår)svis)(?!\p{L})/giu;

/** A word every reading below needs: tried first, since most text holds none of them. */
const CUE = /[–—-]|till|t\.o\.m|tom|per|delår|tertial|halvår|kvartal|hittills|månader/i;

/** Whether the text names a part of a year (see the module comment). */
export function namesPartOfYear(text: string): boolean {
  if (!CUE.test(text)) return false;
  if (PART_WORD.test(text.replace(CADENCE, " "))) return true;
  for (const m of text.matchAll(MONTH_RANGE)) {
    const from = monthIndex(m[1]!);
    const to = monthIndex(m[2]!);
    if (from >= 0 && to >= 0 && !(from === 0 && to === 11)) return true;
  }
  for (const m of text.matchAll(DAY_MONTH)) if (monthIndex(m[1]!) !== 11) return true;
  for (const m of text.matchAll(UNTIL_MONTH)) if (monthIndex(m[1]!) !== 11) return true;
  for (const m of text.matchAll(ISO_DATE)) if (!(m[1] === "12" && m[2] === "31")) return true;
  // "2024-01-01–    2023-01-01–" over "2024-12-31  2023-12-31": a range ending before it starts is two
  // columns' first dates side by side, no period.
  for (const m of text.matchAll(DATE_RANGE))
    if (!isWholeYearRange(m) && `${m[4]}${m[5]}${m[6]}` >= `${m[1]}${m[2]}${m[3]}`) return true;
  return false;
}

/**
 * A part of a year as a table's cell, heading a column or labelling a row: "Kv 1", "Kvartal 3",
 * "Q2", "Tertial 1", "Jan–mar", "Halvår 1", or a month ("jan", "Feb.", "mars", "December").
 */
export const PART_OF_YEAR =
  /^(kv\.?|kvartal|q|tertial|t|halvår|hå)\s?[1-4]$|^[1-4]\s?(:a|:e)?\s?(kv\.?|kvartalet|tertialet|halvåret)$|^(jan|apr|jul|okt|maj|sep)\p{L}*\s?[-–]\s?\p{L}+$|^(?:jan(?:uari)?|feb(?:ruari)?|mars?|apr(?:il)?|maj|juni?|juli?|aug(?:usti)?|sept?(?:ember)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/iu;

/** "Statistik per kvartal 2024": in a title, how the year is broken down, not a part of it. */
const PER_PART = /(?<!\p{L})per (?:kvartal|tertial|månad|halvår)(?!\p{L})/giu;

/** How many lines at the top of a document make its title, at most. */
const TITLE_LINES = 3;

/**
 * Whether the document is an interim report: its title, the lines at its top before the first
 * blank line, names a part of a year ("Delårsrapport januari–augusti 2025", "Tertialrapport 1
 * 2025"). A sentence there is no title, and a breakdown ("per kvartal") names no part.
 */
const isInterimReport = oncePerDocument((doc: DocumentText): boolean => {
  if (shortOperatingYear(doc)) return false;
  let n = 1;
  while (n <= doc.lineCount && doc.at(n) === "") n++;
  let part = false;
  for (const last = n + TITLE_LINES; n < last && n <= doc.lineCount && doc.at(n) !== ""; n++) {
    const t = doc.at(n);
    // "Tertialrapport 3 – 2024" over "Perioden 2024-01-01 – 2024-12-31 (helårsuppföljning)": the
    // last report of the year covers all of it.
    // Only the report's own year, as its outcome: a comparison ("jämfört med januari–december
    // 2023") or a forecast ("Prognos januari–december 2024") beside an interim title says nothing
    // of the report's period.
    if (WHOLE_YEAR_PERIOD.test(t) && !namesPartOfYear(t) && !PLAN_WORD.test(t) && onlyYear(t, doc.periodYear))
      return false;
    // "avseende insatsen X, avtalsperiod 2026-01-01 – 2027-12-31": in a title, a period of a year or more (an
    // agreement's, a plan's) is no part of the report's year.
    const title = t.replace(DATE_RANGE, (...m) => (overAYear(m as unknown as RegExpMatchArray) ? " " : m[0]));
    if (t.length <= 80 && !/[.!?]$/.test(t) && namesPartOfYear(withoutValidity(title).replace(PER_PART, " ")))
      part = true;
  }
  return part;
});

/** A report's period, in months of its year (0 = January). */
export interface OwnPeriod {
  from: number;
  to: number;
}

/**
 * A title line's parts that date the document rather than its period: "Beslutad av styrelsen 2026-03-20 · Gäller
 * 2026-04-01 – 2027-03-31 · Version 1.2" (a plan valid for twelve months, a decision day). Each part set off by "·",
 * "|", "," or ";" that opens on such a word is blanked; a part naming the report ("Delårsrapport jan–aug 2025,
 * fastställd av styrelsen") keeps its period.
 */
const VALIDITY_PART =
  /(?:^|(?<=\s[·|•]\s|[,;]\s))\s*(?:gäller|giltig\p{L}*|beslutad|antagen|fastställd|reviderad|version|upprättad)(?!\p{L})[^·|•,;]*/giu;
/**
 * A title of a follow-up or a report of outcome ("Uppföljning av verksamheten, gäller januari–juni 2025"): its "gäller"
 * names the period the report covers, never a plan's validity, so it is kept (an interim report taken for a whole
 * year's stores half-year counts as the year's).
 */
const OUTCOME_TITLE =
  /(?<!\p{L})\p{L}*(?:uppföljning|rapport|redovisning|berättelse|statistik|bokslut|utfall)\p{L}*(?!\p{L})/iu;
const withoutValidity = (t: string): string =>
  t.replace(VALIDITY_PART, (part) =>
    /^\s*gäller/iu.test(part) && OUTCOME_TITLE.test(t) && !PLAN_WORD.test(t) ? part : " ",
  );

/** How many lines of the title block are read for the report's own period. */
const PERIOD_LINES = 6;
/** Words naming a report of a part of a year: with one in the title, the report stays interim. */
const INTERIM_WORD =
  /(?<!\p{L})(?:delår\p{L}*|tertial\p{L}*|halvår\p{L}*|kvartal\p{L}*|månadsrapport\p{L}*|lägesrapport\p{L}*)(?!\p{L})/iu;
/** Words naming the year's report, whatever months it covers. */
const ANNUAL_WORD =
  /(?<!\p{L})(?:årsredovisning\p{L}*|verksamhetsberättelse\p{L}*|årsberättelse\p{L}*|verksamhetsår\p{L}*|bokslut\p{L}*)(?!\p{L})/iu;

/** The months a title's period runs over ("September–December 2024", "2024-05-01 – 2024-12-31"). */
function periodOf(text: string): OwnPeriod | undefined {
  for (const m of text.matchAll(DATE_RANGE)) {
    if (m[1] !== m[4] || isWholeYearRange(m)) continue;
    const from = Number(m[2]) - 1;
    const to = Number(m[5]) - 1;
    // Only a period from the first of a month to a month's end (no broken day inside it).
    if (m[3] !== "01" || Number(m[6]) < 28 || from > to) continue;
    return { from, to };
  }
  for (const m of text.matchAll(MONTH_RANGE)) {
    const from = monthIndex(m[1]!);
    const to = monthIndex(m[2]!);
    if (from >= 0 && to >= from && !(from === 0 && to === 11)) return { from, to };
  }
  return undefined;
}

/**
 * A federation's first or last operating year, shorter than the calendar year: the title block
 * names a period of the report's year that ends on 31 December ("Verksamhetsår 2024-05-01 –
 * 2024-12-31", "Årsredovisning September–December 2024": a federation formed in the year), or
 * that starts on 1 January and is called an annual report or operating year ("Årsredovisning för
 * förbundets sista verksamhetsår, perioden 2024-01-01 – 2024-06-30": one dissolved or merged in
 * the year, as its first lines say: "sista verksamhetsår", "upphörde", "gick upp i"). Such a report
 * is the year's report: its figures are the federation's figures of that year. An interim report (delår, tertial, halvår, kvartal in the title: "Tertialrapport
 * september–december") never is one, nor a period a plan or forecast names, nor another year's.
 */
export const shortOperatingYear = oncePerDocument((doc: DocumentText): OwnPeriod | undefined => {
  let n = 1;
  while (n <= doc.lineCount && doc.at(n) === "") n++;
  const title: string[] = [];
  for (const last = n + PERIOD_LINES; n < last && n <= doc.lineCount && doc.at(n) !== ""; n++) title.push(doc.at(n));
  const block = title.join(" ");
  if (!/\d/.test(block) || INTERIM_WORD.test(block)) return undefined;
  for (const t of title) {
    if (t.length > 80 || /[.!?]$/.test(t) || PLAN_WORD.test(t) || !onlyYear(t, doc.periodYear)) continue;
    const period = periodOf(t);
    if (!period) continue;
    if (period.to === 11 && period.from > 0) return period;
    if (period.from === 0 && period.to < 11 && ANNUAL_WORD.test(block) && endsItsLife(doc)) return period;
    return undefined;
  }
  return ANNUAL_WORD.test(block) ? formedInTheYear(doc) : undefined;
});

/** "förbundets sista verksamhetsår", "upphörde", "avvecklades", "gick upp i", "likvidation": the federation's end. */
const ENDED =
  /(?<!\p{L})(?:sista verksamhetsår\p{L}*|upphör\p{L}*|avveckl\p{L}*|likvidation\p{L}*|slutredovisning\p{L}*|gick upp i|gick samman med|slogs samman|sammanslagning\p{L}*)(?!\p{L})/iu;

/** Whether the report's first lines say the federation ended in the year (a last, shortened year). */
function endsItsLife(doc: DocumentText): boolean {
  for (let n = 1; n <= Math.min(FORMATION_LINES, doc.lineCount); n++) if (ENDED.test(doc.at(n))) return true;
  return false;
}

/** How many lines from the top a federation's formation is looked for in. */
const FORMATION_LINES = 80;
/** "bildades den 1 maj 2024", "bildades i september 2024", "startade sin verksamhet 2024-05-01". */
const FORMED = new RegExp(
  `(?<!\\p{L})(?:bildades|startade sin verksamhet|inledde sin verksamhet|påbörjade sin verksamhet|började sin verksamhet)\\s+(?:den\\s+|i\\s+)?(?:(?:\\d{1,2}\\s+)?(${MONTH})\\s+((?:19|20)\\d\\d)|((?:19|20)\\d\\d)-(\\d\\d)-\\d\\d)`,
  "iu",
);

/**
 * An annual report whose title names no period, of a federation its text says was formed in the
 * report's year after January ("Samordningsförbundet X bildades den 1 maj 2024"): its year ran from
 * that month to December. A network or a team formed in the year says nothing of the report's period.
 */
function formedInTheYear(doc: DocumentText): OwnPeriod | undefined {
  for (let n = 1; n <= Math.min(FORMATION_LINES, doc.lineCount); n++) {
    const t = doc.at(n);
    if (!/bildades|sin verksamhet/i.test(t)) continue;
    const m = FORMED.exec(t);
    // The federation formed ("Samordningsförbundet X bildades …", "Förbundet bildades …"), not a network or a team.
    if (!m || !/förbund\p{L}*(?:\s+\p{Lu}[\p{L}-]*){0,3}\s+$/iu.test(t.slice(Math.max(0, m.index - 60), m.index)))
      continue;
    const year = Number(m[2] ?? m[3]);
    const from = m[1] !== undefined ? monthIndex(m[1]) : Number(m[4]) - 1;
    return year === doc.periodYear && from > 0 && from <= 11 ? { from, to: 11 } : undefined;
  }
  return undefined;
}

/**
 * Whether a sentence names a part of its year other than its report's own shortened operating
 * year (`shortOperatingYear`): in a first year's report "under september–december" or "maj–december"
 * is the whole of the year reported, "januari–augusti" still a part.
 */
export function namesPartOfYearIn(doc: DocumentText, text: string): boolean {
  return namesPartOfYear(text) && namesPartOfYear(ownPeriodIsTheYear(doc, text));
}

/** "perioden" naming no years of its own ("perioden 2019–2024" is several years). */
const THE_PERIOD = /(?<!\p{L})perioden(?!\p{L})(?!\s*(?:19|20)\d\d)/giu;

/**
 * A sentence of a first or last, shortened year's report (`shortOperatingYear`) with the report's own
 * period said as the year: "perioden" and the period's own months or dates blanked (offsets kept),
 * so that "Förbundets intäkter under perioden uppgick till …" is read as the year's figure, which it
 * is. Any other sentence, and every sentence of any other report, is returned as it is.
 */
export function ownPeriodIsTheYear(doc: DocumentText, sentence: string): string {
  const own = shortOperatingYear(doc);
  if (!own) return sentence;
  const blank = (m: string) => " ".repeat(m.length);
  const same = (from: number, to: number): boolean => from === own.from && to === own.to;
  return sentence
    .replace(THE_PERIOD, blank)
    .replace(MONTH_RANGE, (m, a: string, b: string) => (same(monthIndex(a), monthIndex(b)) ? blank(m) : m))
    .replace(DATE_RANGE, (m, y1: string, m1: string, _d1: string, y2: string, m2: string) =>
      y1 === y2 && y1 === String(doc.periodYear) && same(Number(m1) - 1, Number(m2) - 1) ? blank(m) : m,
    );
}

/**
 * A title's statement that its period is the whole year: "2024-01-01 – 2024-12-31", "januari–
 * december 2024", "helårsuppföljning" (not "prognos för helåret": a forecast of it).
 */
const WHOLE_YEAR_PERIOD = new RegExp(
  `(?<!\\d)((?:19|20)\\d\\d)-01-01\\s*(?:[–—-]|till|t\\.o\\.m\\.?)\\s*\\1-12-31(?!\\d)|(?<!\\p{L})(?:1\\s+)?jan(?:uari)?\\.?\\s*(?:[–—-]|till|t\\.o\\.m\\.?)\\s*(?:31\\s+)?dec(?:ember)?(?!\\p{L})|(?<!\\p{L})helårs(?:uppföljning|bokslut|rapport)(?!\\p{L})`,
  "iu",
);

const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/g;

/** Whether every year the text names is `year`. */
const onlyYear = (text: string, year: number): boolean => (text.match(YEAR) ?? []).every((y) => Number(y) === year);

/**
 * Whether an interim report is about a year after the report's own: every line naming a part of a
 * year and a year, its title among them, names only later years ("Första halvåret 2025" under
 * "Delårsavstämning"). Then the report's year is the closed year it starts from.
 */
const aboutALaterYear = oncePerDocument((doc: DocumentText): boolean => {
  const years: number[] = [];
  for (let n = 1; n <= doc.lineCount; n++) {
    const named = doc.at(n).match(YEAR);
    if (named && namesPartOfYear(doc.at(n))) years.push(...named.map(Number));
  }
  return years.length > 0 && years.every((y) => y > doc.periodYear);
});

/** "bokslutet", "förra året", "2024": words that name the closed year a review starts from. */
const CLOSED_YEAR = /(?<!\p{L})(?:bokslut\p{L}*|förra året|föregående år|(?:års|årets)redovisning\p{L}*)(?!\p{L})/iu;

/** A lead that compares with the closed year or names a part of a year. */
const COMPARES_OR_PART =
  /(?<!\p{L})(?:jämför\p{L}*|mot\s+(?:bokslut|föregående|förra)\p{L}*|halvår\p{L}*|delår\p{L}*|tertial\p{L}*|kvartal\p{L}*|per\s+(?:den\s+)?\d{1,2}\s+\p{L}+)(?!\p{L})/iu;

/** Whether the lines from a fact's up to the blank line above (a heading among them) name the report's year. */
function paragraphNamesTheYear(doc: DocumentText, line: number): boolean {
  const year = String(doc.periodYear);
  const names = (n: number) => doc.at(n).match(YEAR)?.includes(year) || CLOSED_YEAR.test(doc.at(n));
  let n = line;
  for (; n >= 1 && n > line - 15 && doc.at(n) !== ""; n--) if (names(n)) return true;
  // A list under its lead, a blank line between ("Av årsredovisningen framgår följande för 2025:"): the
  // lead's paragraph is the list's too.
  const lead = n > 1 && doc.at(n) === "" && doc.at(n - 1) !== "" ? n - 1 : undefined;
  // A lead measuring a part of the year against the closed one ("Utfallet för första halvåret, jämfört
  // med bokslutet:") makes the list the part's.
  if (lead === undefined || !/:\s*$/.test(doc.at(lead)) || COMPARES_OR_PART.test(doc.at(lead))) return false;
  for (let k = lead; k >= 1 && k > lead - 6 && doc.at(k) !== ""; k--) if (names(k)) return true;
  return false;
}

/** An outcome of a year: a count, a rate, a destination, an actual amount (not a budget). */
function isOutcomeOf(f: FactInput, year: number): boolean {
  if (f.table === "participant_count" || f.table === "participant_breakdown" || f.table === "indicator")
    return f.year === year;
  if (f.table === "finance" || f.table === "member_contribution") return f.year === year && f.basis === "actual";
  return false;
}

/**
 * In an interim report, the report's own year has only passed in part: an outcome stored for it
 * is the part-year's, never the year's. Such facts are dropped, each with a finding; earlier
 * years' full-year figures ("Helår 2024") and the year's budget stay. A review of a later year
 * filed under the closed year it starts from keeps that year's figures where their paragraph
 * names the year or its accounts ("Som utgångsläge påminde vi om bokslutet för 2024.").
 */
export function dropPartYearOutcomes(doc: DocumentText, output: ParseOutput): ParseOutput {
  if (!isInterimReport(doc)) return output;
  // In a review of a later year, the closed year's figures are read where their paragraph names it.
  const later = aboutALaterYear(doc);
  const findings: FindingInput[] = [];
  const facts = output.facts.filter((f) => {
    if (!isOutcomeOf(f, doc.periodYear) || (later && paragraphNamesTheYear(doc, f.line))) return true;
    findings.push(
      unreadNumber({
        subject: f.section,
        line: f.line,
        message: `an interim report's figure for ${doc.periodYear} covers part of the year, not the year's; not stored`,
      }),
    );
    return false;
  });
  return { ...output, facts, findings: [...output.findings, ...findings] };
}

/** How far above a line set in its item may stand. */
const ITEM_REACH = 6;

/**
 * The line a note is set in under, where that line names a part of the year: "✔ Styrelsemöte 28/8:
 * halvårsstatistik 2025." over "    Utfall: intäkter 3 100 tkr …", "- Delårsrapport januari–augusti" over
 * its indented lines. A note's figures are its item's, so they are the part's, never the year's. The item is
 * the nearest line above with less indentation, no blank line between; an unindented line has none.
 */
export function partOfYearItemOver(doc: DocumentText, line: number): string | undefined {
  const raw = (n: number) => (doc.lines[n - 1] ?? "").replace(/\t/g, "    ");
  const indent = (t: string) => t.length - t.trimStart().length;
  const own = indent(raw(line));
  if (own === 0 || doc.at(line) === "") return undefined;
  for (let n = line - 1; n >= Math.max(1, line - ITEM_REACH); n--) {
    if (doc.at(n) === "") return undefined;
    if (indent(raw(n)) >= own) continue;
    return namesPartOfYearIn(doc, doc.at(n)) ? doc.at(n) : undefined;
  }
  return undefined;
}
