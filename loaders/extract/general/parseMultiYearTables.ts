/**
 * Tables with years as columns and measures as rows, anywhere in a report: five-year overviews
 * ("Fem år i sammandrag", "Flerårsöversikt", "Nyckeltal") and transposed participant tables
 * ("Deltagare 2024 2023 2022" / "Nyinskrivna 97 121 110" / "– varav kvinnor 52 60 58").
 *
 * - The header is a line of years running one way without gaps, after at most a few title or
 *   unit words. Each column is that year's figure: an earlier year's column is stored for its
 *   year, and by precedence it loses to that year's own report (normalize/precedence.ts).
 * - A row's meaning comes from the concept lexicon (reference/concepts.ts); a row it cannot
 *   name is passed over. A "varav"/dash-bullet gender row splits the measure of the row above.
 * - The unit is in the row label ("Verksamhetens intäkter (tkr)", "Andel … (%)", "Antal
 *   deltagare") or over the table ("Belopp i tkr"). An amount without a stated unit, a share,
 *   a unit that does not fit the concept: not stored.
 * - Cells are placed by the layout grid (layoutGrid.ts): by position in aligned text, by the one
 *   plausible split in single-spaced text; otherwise the row is left unread with the reason.
 * Statement blocks (resultaträkning, balansräkning …) are the statement layer's, not read here.
 */
import { bestConcept, foldLabel, type Concept } from "../../reference/concepts.ts";
import {
  decimalsOfValue,
  IMPLAUSIBLE_SEK,
  readUnit,
  scaleAmount,
  UNIT_FACTOR,
  UNKNOWN_UNIT,
  type StatementUnit,
  type UnitReading,
} from "../../reference/units.ts";
import type { Gender, Measure } from "../../reference/codes.ts";
import type { FactInput, FindingInput } from "../../schema/facts.ts";
import type { DocumentText, ParseOutput } from "../documentText.ts";
import { numberReadings } from "../numbers.ts";
import { isNameCell, ownFederation, namesFederation, type OwnFederation } from "./federationNames.ts";
import { isComparisonColumn } from "../../reference/comparisonColumns.ts";
import { namesPartOfYear } from "./partYear.ts";
import { headerColumns, isAligned, isMarkdownRule, numericTail, readGridRow, type GridColumn } from "./layoutGrid.ts";
import { ownerOf, scopeByLine, type Scope } from "./sectionScope.ts";
import { findStatementBlocks } from "./statementBlocks.ts";
import { documentUnitOf } from "./decideUnits.ts";
import { awaitingRate } from "./reportedRates.ts";
import { destinationRowCategory, exitRowCategory, OTHER_EXIT_ROW } from "./exitRowLabel.ts";
import { genderOfLabel, TABLE_TOPIC_TITLE } from "../../reference/rowLabels.ts";
import { unknownUnit, unreadNumber } from "../findings.ts";
import { bracketedRow, partsOrder } from "./bracketedParts.ts";
import { PART_OF_YEAR } from "./partYear.ts";

export const OVERVIEW_SECTION = "general:five_year_overview";
const PT = "general:participant_table";

const YEAR = /^(19|20)\d\d$/;
/** Every word of a line that is a `YEAR`, as splitting the line at whitespace would find it. */
const YEAR_WORDS = /(?<!\S)(?:19|20)\d\d(?!\S)/g;
/**
 * Words a year header may carry besides its years: a title, a unit, the order of bracketed gender parts ("(kv/m)");
 * the whole federation's words ("Nyckeltal för förbundet", "Deltagare i alla insatser") name no one else.
 */
const TITLE_WORD =
  /^(deltagare|antal|mått|enhet|måttenhet|fråga|uppgift|insats\w*|individinsats\w*|avslut|avslutade|avslutsorsak|till|efter|orsak|år|personer|individer|kön|belopp|i|för|och|alla|samtliga|hela|förbundet|förbundets|tkr|kr|mkr|mnkr|kronor|tusental|tusentals|nyckeltal|post|poster|ekonomi|ekonomin|ekonomiskt|ekonomiska|utfall|utfallet|sammandrag|\(tkr\)|\(kr\)|\(mkr\)|\((?:kv?|kvinnor|m|män)\/(?:kv?|kvinnor|m|män)\)|:)$/i;
/** A title's word without a comma after it, or the brackets of a unit's words around it ("(antal personer)"). */
const titleWord = (w: string) =>
  TITLE_WORD.test(w) ? w : w.replace(/,$/, "").replace(/^\((?=\p{L})|(?<=\p{L})\)$/gu, "");
/**
 * A title's topic words over a table of years: "Utveckling", "Översikt" ("Femårsöversikt", "Flerårsöversikt"), "Statistik", "Sammanställning",
 * and a balance's own ("Balans 31 december", "Balansräkning per 31 dec": each column that year's end).
 */
const TITLE_TOPIC =
  /^(?:utveckling(?:en)?|(?:[a-zåäö]+års|flerårs)?översikt(?:en)?|statistik|sammanställning|verksamhet(?:en)?|balans(?:en|räkning|poster|posterna)?|resultat(?:et|räkning(?:en)?)?|per|31|december|dec\.?)$/i;
/** A span of years in a title ("2023–2025", "2021-25"): a title word where it runs from the first column's year to the last's. */
const YEAR_SPAN = /^((?:19|20)\d\d)\s?[-–]\s?((?:19|20)?\d\d):?$/;
function spansColumns(word: string, years: readonly number[]): boolean {
  const m = YEAR_SPAN.exec(word);
  if (!m || years.length < 2) return false;
  const from = Number(m[1]);
  const to = m[2]!.length === 2 ? Math.floor(from / 100) * 100 + Number(m[2]) : Number(m[2]);
  return from === Math.min(...years) && to === Math.max(...years);
}
/** Headings of a multi-year overview: what follows is the federation's. */
const OVERVIEW_HEADING =
  /fem år i sammandrag|flerårsöversikt|flerårsjämförelse|nyckeltal|fem år i siffror|femårsöversikt/i;
const MAX_ROWS = 30;
/** A closing date as a column's header: "31 dec 2024", "31 december 2024". */
const BALANCE_DATE = /(?<!\d)31 dec(?:ember|\.)? ((?:19|20)\d\d)(?!\d)/giu;
/** Rounded figures (tkr, Mkr) may differ from an identity by a unit or two, as written. */
const ROUNDING = 2;

interface YearHeader {
  line: number;
  raw: string;
  /** Each column's year; NaN for another federation's column, which is never read. */
  years: number[];
  columns: GridColumn[];
  /** A title naming one year over one column of figures ("Ekonomi 2024 (kr)"): read only over rows set out as a table. */
  single?: boolean;
  /** Columns that only compare the year's ("Snitt 22–24", "Avvikelse"): never read, their cells any number. */
  unreadColumns?: boolean[];
  /**
   * Columns of the year's parts (months, quarters) beside the whole year's: a flow's parts add up to
   * its whole. "within": the whole column is a range from January to December beside parts that do
   * not tile it ("T1 jan–apr  T2 jan–aug  T3 jan–dec", cumulative), so each part is at most the whole.
   */
  parts?: boolean | "within";
  /** Per column, whether it is one of the year's parts (other unread columns, a target's, are not). */
  partColumns?: boolean[];
  /** A column per member or platform, their total last: each row's named columns add up to its total, or it is not read. */
  totalOfNamed?: boolean;
  /**
   * The total column counts each person once ("Totalt (unika)") beside columns of groups that
   * overlap (target groups: one person may be young and newly arrived): the groups add up to the
   * total or more, never less, and each is at most the total.
   */
  uniqueTotal?: boolean;
  /**
   * Per column, a sum over the groups standing among them ("Summa målgrupper" before "Totalt (unika)"):
   * never read, and only where it is the groups' sum (the double count it is).
   */
  groupSums?: boolean[];
  /** Where a change column ("Förändring") starts after the years: each row is read up to it. */
  cut?: number;
  /** Per column, the year of a budget column ("Budget 2024"; NaN for any other): only money is read there, as the budget. */
  budgetYears?: number[];
  /** A scorecard's header: a target column beside outcome columns (`targetYearHeader`). */
  scorecard?: boolean;
}

/** The document's federation, for a header that names it; absent, a header naming any federation is not read. */
interface HeaderContext {
  federationId: OwnFederation;
  periodYear: number;
  /** The document's title names no part of the year (an interim report's months, "delår"). */
  wholeYear?: boolean;
  /** The document's lines (the words above a header that date it). */
  lines?: readonly string[];
}

/** "år 2025", "Helår 2024", "verksamhetsåret 2025": a year cell with its word; the word in group 1. */
const YEAR_WORD_CELL = /(?<!\S)((?:hel|verksamhets)?år(?:et)?\s+)(?=(?:19|20)\d\d(?!\d))/gi;
function yearWordsBlanked(line: string): string {
  const found = line.match(YEAR_WORD_CELL) ?? [];
  if (found.length < 2) return line;
  return line.replace(YEAR_WORD_CELL, (w: string) => " ".repeat(w.length));
}

/**
 * A header of years: "2024 2023 2022", "Deltagare 2023 2022", "Belopp i tkr 2020 2021 2022",
 * "Nyckeltal, Samordningsförbundet X 2024 2023" (a title naming the document's own federation);
 * or a column per federation (`federationHeader`).
 */
export function readYearHeader(written: string, line: number, context?: HeaderContext): YearHeader | null {
  // "31 dec 2023   31 dec 2024": balance dates head the year's column; blanked to the year in
  // place, so every column keeps its position.
  // Every line of the document is asked: most hold no "31 ", and are not searched.
  const dated = written.includes("31 ")
    ? written.replace(BALANCE_DATE, (date, year: string) => year.padStart(date.length))
    : written;
  // "år 2025   år 2024", "Helår 2025   Helår 2024": each column's year with the word "year" before it,
  // the word blanked in place (two such cells at least; a title's "år 2025" alone stays).
  const raw = /år\s+(?:19|20)\d\d/i.test(dated) ? yearWordsBlanked(dated) : dated;
  // A year is a word of its own (whitespace around it): most lines hold fewer than two, and are not cut into words.
  const years = (raw.match(YEAR_WORDS) ?? []).map(Number);
  if (context && years.length >= 2 && /budget/i.test(raw)) {
    const basis = basisYearHeader(raw, line, context);
    if (basis) return basis;
  }
  if (context && years.length >= 1 && /m[åa]l/i.test(raw)) {
    const target = targetYearHeader(raw, line, context);
    if (target) return target;
  }
  // Every header but a single year's title is laid out in columns: a line that is not (most
  // lines: prose) is asked about that title alone, not searched by each kind's own pattern.
  const aligned = isAligned(raw);
  if (years.length < 2 || new Set(years).size !== years.length)
    return context
      ? aligned
        ? (periodHeader(raw, line, context) ??
          relativeYearHeader(raw, line, context) ??
          (years.length === 0 ? bareTargetHeader(raw, line, context) : null) ??
          federationHeader(raw, line, context) ??
          totalOfNamedHeader(raw, line, context) ??
          comparedYearHeader(raw, line, context) ??
          singleYearHeader(raw, line, context.periodYear) ??
          wholeYearBesideNamed(raw, line, context))
        : singleYearHeader(raw, line, context.periodYear)
      : null;
  // "2024   2023   Förändring": a column of the change after the years is no year's, and never read.
  const change = CHANGE_AFTER_YEARS.exec(raw);
  const yearsPart = change ? raw.slice(0, change.index) : raw;
  const words = yearsPart.trim().split(/\s+/);
  const firstYear = words.findIndex((w) => YEAR.test(w));
  if (words.slice(firstYear).some((w) => !YEAR.test(w)))
    return context && aligned
      ? (outcomeYearsHeader(raw, line, context) ??
          periodHeader(raw, line, context) ??
          federationHeader(raw, line, context) ??
          wholeYearBesideNamed(raw, line, context))
      : null;
  // Title words, and the words of the document's federation's name: another body's figures are not read.
  const named = words
    .slice(0, firstYear)
    .filter((w) => !TITLE_WORD.test(titleWord(w)) && !TITLE_TOPIC.test(w) && !spansColumns(w, years));
  if (named.length > 0 && !(context && namesFederation(named.join(" "), context.federationId))) return null;
  const step = years[1]! - years[0]!;
  // Two years apart ("2025   2021   Index"): the report's year beside a base year it is compared with,
  // each column its own year's; only in a document about the report year, which must be one of them,
  // on a header laid out in columns that closes on the comparison's own column (an index, a change).
  const baseYear =
    years.length === 2 &&
    Math.abs(step) > 1 &&
    context !== undefined &&
    years.includes(context.periodYear) &&
    change !== null &&
    aligned;
  if (!baseYear && (Math.abs(step) !== 1 || years.some((y, i) => i > 0 && y - years[i - 1]! !== step))) return null;
  // A year after the report's own is a plan's ("Verksamhetsplan med budget 2025–2027"), never an outcome.
  if (context && years.some((y) => y > context.periodYear)) return null;
  const columns = headerColumns(yearsPart, (c) => YEAR.test(c));
  if (!change) return { line, raw, years, columns };
  // The rows are read up to where the change column's heading starts; their change cells are never read.
  return { line, raw: yearsPart, years, columns, cut: change.index! + change[0].length - change[1]!.length };
}

/** A change column closing a header of years, after a wide gap: "Förändring", "Förändr. %", "Diff", "+/-". */
const CHANGE_AFTER_YEARS =
  /(?<=(?:19|20)\d\d)\s{2,}((?:förändring|förändr\.?|skillnad|diff(?:erens)?|utveckling|\+\/-|±|index(?:\s*\(?(?:19|20)\d\d\s*=\s*100\)?)?)(?:\s*(?:%|i %|kr|tkr|antal|\(%\)))?)\s*$/iu;

/** An outcome column of a part of the year: "Utfall Kv 4", "Utfall T3", "Utfall jan–aug". */
const BASIS_PART =
  /^(?:utfall|bokslut)\s+(?:(?:kv\.?|kvartal|q|tertial|t|halvår)\s?[1-4]|\p{L}{3,9}\s?[-–]\s?\p{L}{3,9})$/iu;
/** A forecast's column: "Prognos 2026", "Prognos helår 2025". */
const FORECAST_YEAR = /^prognos(?:\s+helår)?\s+(?:19|20)\d\d$/i;
/** A header cell naming a basis and a year: "Utfall 2024", "Bokslut 2023", "Budget 2024". */
const BASIS_YEAR = /^(utfall|bokslut|budget|budgeterat)\s+((?:19|20)\d\d)$/i;

/**
 * Columns each naming a basis and a year ("Utfall 2024   Budget 2024   Utfall 2023"), after at
 * most a title: an outcome column is its year's, a budget column is read for money only, as that
 * year's budget, and never for counts or rates. At least one of each; no outcome after the
 * report's year, no budget after the next.
 */
function basisYearHeader(raw: string, line: number, context: HeaderContext): YearHeader | null {
  if (!isAligned(raw)) return null;
  const cells = [...raw.replace(/\t/g, "  ").matchAll(/\S+(?: \S+)*/g)];
  const first = cells.findIndex((c) => BASIS_YEAR.test(c[0]));
  if (first < 0 || first > 1) return null;
  if (first === 1 && !cells[0]![0].split(/\s+/).every((w) => TITLE_WORD.test(w.replace(/,$/, "")))) return null;
  const heads = cells.slice(first);
  // "Utfall Kv 4", "Utfall T3": a part of the year's column beside the year's, never read.
  // A forecast's or a target's column ("Prognos 2026", "Mål 2025") beside them: never read.
  const partColumn = (c: string) =>
    BASIS_PART.test(c) || PART_OF_YEAR.test(c) || FORECAST_YEAR.test(c) || TARGET_CELL.test(c);
  if (heads.length < 2 || !heads.every((c) => BASIS_YEAR.test(c[0]) || partColumn(c[0]))) return null;
  const parsed = heads.map((c) => {
    const m = BASIS_YEAR.exec(c[0]);
    return m ? { budget: /^budget/i.test(m[1]!), year: Number(m[2]) } : { budget: false, year: NaN };
  });
  if (parsed.filter((p) => !Number.isNaN(p.year)).length < 2) return null;
  const outcomes = parsed.filter((p) => !p.budget && !Number.isNaN(p.year));
  if (outcomes.length === 0 || outcomes.length === parsed.length) return null;
  if (new Set(outcomes.map((p) => p.year)).size !== outcomes.length) return null;
  if (outcomes.some((p) => p.year > context.periodYear) || parsed.some((p) => p.year > context.periodYear + 1))
    return null;
  return {
    line,
    raw,
    years: parsed.map((p) => (p.budget ? NaN : p.year)),
    budgetYears: parsed.map((p) => (p.budget ? p.year : NaN)),
    columns: heads.map((c) => ({ from: c.index!, to: c.index! + c[0].length - 1, written: c[0] })),
  };
}

/**
 * A column set beside the year's to compare it, never read: a mean of earlier years ("Snitt 22–24",
 * "Genomsnitt 2022–2024"), others' figure ("Riket", "Länet"), the difference ("Avvikelse", "Förändring").
 */
const COMPARED_CELL =
  /^(?:snitt|genomsnitt|medel|medelvärde|medeltal|median|avvikelse|avv\.?|förändring|diff\.?|differens|skillnad)(?!\p{L})/iu;

/**
 * One year's outcome beside columns that only compare it ("Utfall 2025   Snitt 22–24   Avvikelse",
 * "2025   Riket   Förändring"): the year's column is read, the others never. The year is the report's
 * or earlier, and is the header's first cell.
 */
function comparedYearHeader(raw: string, line: number, context: HeaderContext): YearHeader | null {
  const cells = [...raw.replace(/\t/g, "  ").matchAll(/\S+(?: \S+)*/g)];
  if (cells.length < 2 || cells.length > 5) return null;
  const year = OUTCOME_YEAR.exec(cells[0]![0])?.[1] ?? (YEAR.test(cells[0]![0]) ? cells[0]![0] : undefined);
  if (year === undefined || Number(year) > context.periodYear) return null;
  if (!cells.slice(1).every((c) => COMPARED_CELL.test(c[0]) || isComparisonColumn(c[0]))) return null;
  return {
    line,
    raw,
    years: cells.map((_, k) => (k === 0 ? Number(year) : NaN)),
    columns: cells.map((c) => ({ from: c.index!, to: c.index! + c[0].length - 1, written: c[0] })),
    unreadColumns: cells.map((_, k) => k > 0),
  };
}

/** A target's column in a scorecard: "Målvärde 2025", "Mål", "Målnivå 2025". */
const TARGET_CELL = /^(?:mål|målvärde|målnivå|målsättning)(?:\s+(?:19|20)\d\d)?$/i;
/** An outcome's column naming its year: "Utfall 2025", "Bokslut 2024", "Resultat 2024". */
const OUTCOME_YEAR = /^(?:utfall|bokslut|resultat)\s+((?:19|20)\d\d)$/i;

/**
 * A scorecard's header: a target column beside outcome columns each naming its year ("Nr  Mått
 * Målvärde 2025  Utfall 2025  Utfall 2024"), after at most two title cells with no digits (none
 * naming another federation). The target column is never read; each outcome column is its year's,
 * none after the report's, no year twice.
 */
function targetYearHeader(raw: string, line: number, context: HeaderContext): YearHeader | null {
  if (!isAligned(raw)) return null;
  const cells = [...raw.replace(/\t/g, "  ").matchAll(/\S+(?: \S+)*/g)];
  const first = cells.findIndex((c) => TARGET_CELL.test(c[0]) || OUTCOME_YEAR.test(c[0]));
  if (first < 0 || first > 2) return null;
  const titles = cells.slice(0, first).map((c) => c[0]);
  if (
    titles.some(
      (t) =>
        /\d/.test(t.replace(/^\S*nr\S*$|^#$/i, "")) ||
        (/förbund/i.test(t) && !namesFederation(t, context.federationId)),
    )
  )
    return null;
  const heads = cells.slice(first);
  if (!heads.every((c) => TARGET_CELL.test(c[0]) || OUTCOME_YEAR.test(c[0]))) return null;
  const years = heads.map((c) => {
    const m = OUTCOME_YEAR.exec(c[0]);
    return m ? Number(m[1]) : NaN;
  });
  const outcomes = years.filter((y) => !Number.isNaN(y));
  if (outcomes.length === 0 || outcomes.length === years.length) return null;
  if (new Set(outcomes).size !== outcomes.length || outcomes.some((y) => y > context.periodYear)) return null;
  return {
    line,
    raw,
    years,
    columns: heads.map((c) => ({ from: c.index!, to: c.index! + c[0].length - 1, written: c[0] })),
    scorecard: true,
  };
}

/** "Utfall" naming no year: the year's outcome, beside a target. */
const BARE_OUTCOME = /^utfall$/i;

/**
 * A scorecard naming no year ("Mål   Utfall", "Utfall   Budget" is `basis`'s), in a report of a
 * whole year: the outcome column is the report year's, the target's never read. Only the two cells
 * after at most one title cell with no figure; never in a document whose title names a part of the year.
 */
function bareTargetHeader(raw: string, line: number, context: HeaderContext): YearHeader | null {
  if (context.wholeYear !== true || !/utfall/i.test(raw)) return null;
  const cells = [...raw.replace(/\t/g, "  ").matchAll(/\S+(?: \S+)*/g)];
  const first = cells.findIndex((c) => TARGET_CELL.test(c[0]) || BARE_OUTCOME.test(c[0]));
  if (first < 0 || first > 1 || cells.length - first !== 2) return null;
  if (first === 1 && (/\d/.test(cells[0]![0]) || /förbund/i.test(cells[0]![0]))) return null;
  const heads = cells.slice(first);
  const targets = heads.filter((c) => TARGET_CELL.test(c[0]) && !/\d/.test(c[0]));
  const outcomes = heads.filter((c) => BARE_OUTCOME.test(c[0]));
  if (targets.length !== 1 || outcomes.length !== 1) return null;
  if (!bareCardIsOwnYear(line, context)) return null;
  return {
    line,
    raw,
    years: heads.map((c) => (BARE_OUTCOME.test(c[0]) ? context.periodYear : NaN)),
    columns: heads.map((c) => ({ from: c.index!, to: c.index! + c[0].length - 1, written: c[0] })),
    scorecard: true,
  };
}

/** Words dating a card by another year than its own: last year's, the year before, a plan's follow-up. */
const EARLIER_CARD = /(?<!\p{L})(?:fjol\p{L}*|föregående|förra|uppföljning av)(?!\p{L})/iu;
/** A plan's or a budget's title. */
const PLAN_TITLE = /(?<!\p{L})(?:verksamhetsplan\p{L}*|budget\p{L}*|plan för|prognos\p{L}*)(?!\p{L})/iu;
/**
 * A budget or forecast the outcome is measured against in a reading note ("skillnaderna mot budget och mål",
 * "jämfört med budget", "avvikelse från prognosen"): a comparison, never the document's title.
 */
const MEASURED_AGAINST_PLAN =
  /(?<!\p{L})(?:mot|från|jämfört med|i jämförelse med|i förhållande till|gentemot)\s+(?:budget|budgeten|prognos|prognosen)(?:\s+(?:och|eller)\s+(?:mål|målen|målet))?(?!\p{L})/giu;

/**
 * Whether a scorecard naming no year is the report year's: the document's title is no plan's, and the
 * lines right above it (up to a blank line after text, at most five) name no other year and no earlier time
 * ("Målen för 2024", "Uppföljning av fjolårets mål", "Tabellen visar utfallet för 2024 …"). Where no lines
 * are known, it is not read.
 */
function bareCardIsOwnYear(line: number, context: HeaderContext): boolean {
  const lines = context.lines;
  if (!lines) return false;
  if (PLAN_TITLE.test(lines.slice(0, 10).join(" ").replace(MEASURED_AGAINST_PLAN, " "))) return false;
  const above = lines.slice(Math.max(0, line - 6), line - 1).join(" ");
  if (EARLIER_CARD.test(above)) return false;
  return [...above.matchAll(/(?<!\d)(?:19|20)\d\d(?!\d)/g)].every((m) => Number(m[0]) === context.periodYear);
}

/**
 * Columns each naming an outcome and its year ("Utfall 2025   Utfall 2024", "Bokslut 2025   Bokslut
 * 2024"), after at most one title cell of title words: each column is its year's, as a plain header of
 * years is. Consecutive years, none after the report's, no year twice; a target's, a budget's or any
 * other column among them is another header's to read (`targetYearHeader`, `basisYearHeader`).
 */
function outcomeYearsHeader(raw: string, line: number, context: HeaderContext): YearHeader | null {
  const cells = [...raw.replace(/\t/g, "  ").matchAll(/\S+(?: \S+)*/g)];
  const first = cells.findIndex((c) => OUTCOME_YEAR.test(c[0]));
  if (first < 0 || first > 1) return null;
  if (first === 1 && !cells[0]![0].split(/\s+/).every((w) => TITLE_WORD.test(titleWord(w)) || TITLE_TOPIC.test(w)))
    return null;
  const heads = cells.slice(first);
  if (heads.length < 2 || !heads.every((c) => OUTCOME_YEAR.test(c[0]))) return null;
  const years = heads.map((c) => Number(OUTCOME_YEAR.exec(c[0])![1]));
  const step = years[1]! - years[0]!;
  if (Math.abs(step) !== 1 || years.some((y, i) => i > 0 && y - years[i - 1]! !== step)) return null;
  if (years.some((y) => y > context.periodYear)) return null;
  return {
    line,
    raw,
    years,
    columns: heads.map((c) => ({ from: c.index!, to: c.index! + c[0].length - 1, written: c[0] })),
  };
}

/** Whether a line of words stands over a header's columns: it starts within them, or holds cells under two of them. */
function textOverColumns(raw: string, header: YearHeader): boolean {
  const runs = [...raw.replace(/\t/g, "  ").matchAll(/\S+(?: \S+)*/g)];
  if (runs.length === 0 || /\d/.test(raw)) return false;
  const start = header.columns[0]!.from;
  if (runs[0]!.index! >= start - 2) return true;
  return runs.filter((r) => r.index! >= start - 2).length >= 2;
}

/** A rule drawn across a table: dashes, equals signs, pipes. */
const RULE_ROW = /^[-=_–—+|: ]{3,}$/;
/** A group's title inside a table, in capitals: "PERSPEKTIV 1 – INDIVID", "EKONOMI (BELOPP I KRONOR)". */
const GROUP_TITLE = /^(?=(?:[^\p{Ll}]*\p{Lu}){4})[^\p{Ll}]*(?:\([^)]*\))?$/u;

/** Words of money in a row's label: such a row is never a count of persons. */
const MONEY_WORD = /kostnad|intäkt|kronor|\bkr\b|tkr|belopp|avgift|per deltagare/i;

/** A title over the exits' destinations, on a line of its own: "Avslut till", "Varav till:", "Efter avslut". */
const DESTINATION_GROUP =
  /^(?:avslut(?:ade)?\s+till|(?:varav|därav)\s+(?:avslut\s+)?till|efter\s+avslut|avslutsorsak)\s*:?$/iu;

/** The label column's title over columns of months: "Månad". */
const MONTH_TITLE = /^månad(?:er)?$/i;
/** The column of the whole year beside its parts: "Helår 2024", "Helår", "Hela året", "Totalt 2024". */
const WHOLE_YEAR = /^(?:(helår|hela året|helåret|totalt|summa|året)(\s+((?:19|20)\d\d))?|(år)(\s+((?:19|20)\d\d)))$/i;
/** A tertial's, quarter's or half-year's number before its months: "T1 jan–apr", "Kv 3 jul–sep". */
const NUMBERED_PART = String.raw`(?:kv\.?|kvartal|q|tertial|t|halvår|hå)\s?[1-4]`;
/**
 * A period column named by its months: "T2 maj–aug", "jan–aug", "T3 jan–dec 2024". Group 1: the
 * first month, 2: the last, 3: the year.
 */
const MONTHS_CELL = new RegExp(
  String.raw`^(?:${NUMBERED_PART}\s+)?(jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)\p{L}*\.?\s?[-–]\s?(jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)\p{L}*\.?(?:\s+((?:19|20)\d\d))?$`,
  "iu",
);
const wholeMonths = (cell: string) => {
  const m = MONTHS_CELL.exec(cell);
  return m !== null && /^jan/i.test(m[1]!) && /^dec/i.test(m[2]!);
};
const isPartCell = (cell: string) => PART_OF_YEAR.test(cell) || (MONTHS_CELL.test(cell) && !wholeMonths(cell));
const isWholeCell = (cell: string) => WHOLE_YEAR.test(cell) || wholeMonths(cell);
/**
 * Columns after the year's that are not read as counts of it: a target ("Mål 2024", "Målvärde"),
 * a count since the start ("Sedan start", "Totalt sedan start 2019", "Ackumulerat sedan start").
 */
const UNREAD_AFTER =
  /^(?:mål(?:värde)?(?:\s+(?:19|20)\d\d)?|(?:totalt\s+|ackumulerat\s+)?sedan\s+(?:start|starten)(?:\s+(?:19|20)\d\d)?)$/iu;
/** A budget column after the year's: "Budget helår", "Budget 2024", "Helårsbudget". */
const BUDGET_AFTER = /^(?:budget(?:\s+helår)?(?:\s+((?:19|20)\d\d))?|helårsbudget|årsbudget)$/iu;

/**
 * Columns per quarter (tertial, half-year) and one for the whole year: "Kv 1  Kv 2  Kv 3  Kv 4
 * Helår 2024". Only the whole year's column is the year's (the report's, or the one it names);
 * a quarter's column never is, and is never read.
 */
function periodHeader(raw: string, line: number, context: HeaderContext): YearHeader | null {
  if (!/\b(kv|kvartal|q ?[1-4]|t ?[1-4]|tertial|halvår|hå|jan|apr|jul|okt)/i.test(raw) || !isAligned(raw)) return null;
  const cells = [...raw.replace(/\t/g, "  ").matchAll(/\S+(?: \S+)*/g)];
  const parts = cells.filter((c) => isPartCell(c[0]));
  const whole = cells.filter((c) => isWholeCell(c[0]));
  if (parts.length < 2 || whole.length !== 1) return null;
  // Only a title may stand before the columns; after the whole year's, only columns of another
  // year's outcome, a budget, a target or a count since the start.
  const first = cells.findIndex((c) => isPartCell(c[0]) || isWholeCell(c[0]));
  const wholeAt = cells.indexOf(whole[0]!);
  if (first > 1 || cells.slice(first, wholeAt).some((c) => !isPartCell(c[0]))) return null;
  const after = cells.slice(wholeAt + 1);
  if (after.some((c) => !BASIS_YEAR.test(c[0]) && !UNREAD_AFTER.test(c[0]) && !BUDGET_AFTER.test(c[0]))) return null;
  if (first === 1 && !cells[0]![0].split(/\s+/).every((w) => TITLE_WORD.test(w) || YEAR.test(w) || MONTH_TITLE.test(w)))
    return null;
  const w = whole[0]![0];
  const wholeYear = WHOLE_YEAR.exec(w);
  const named = Number(wholeYear?.[3] ?? wholeYear?.[6] ?? MONTHS_CELL.exec(w)?.[3] ?? NaN);
  const year = Number.isNaN(named) ? context.periodYear : named;
  if (year > context.periodYear) return null;
  // Parts named by months that do not start in January after the first ("T2 maj–aug") tile the year
  // only where a part reaches December; a whole column of months beside them holds them within it.
  const within = wholeMonths(w);
  const heads = cells.slice(first);
  const afterYear = (c: string) => {
    const outcome = BASIS_YEAR.exec(c);
    if (outcome && !/^budget/i.test(outcome[1]!)) return Number(outcome[2]) < year ? Number(outcome[2]) : NaN;
    return NaN;
  };
  const budgetOf = (c: string) => {
    const m = BUDGET_AFTER.exec(c) ?? (/^budget/i.test(c) ? BASIS_YEAR.exec(c) : null);
    if (!m) return NaN;
    const written = Number(m[1] && /^\d+$/.test(m[1]) ? m[1] : (m[2] ?? NaN));
    return Number.isNaN(written) ? year : written === year ? year : NaN;
  };
  const budgetYears = heads.map((c, i) => (first + i > wholeAt ? budgetOf(c[0]) : NaN));
  return {
    line,
    raw,
    years: heads.map((c, i) => (first + i === wholeAt ? year : first + i > wholeAt ? afterYear(c[0]) : NaN)),
    columns: heads.map((c) => ({ from: c.index!, to: c.index! + c[0].length - 1, written: c[0] })),
    parts: within ? "within" : true,
    partColumns: heads.map((_, i) => first + i < wholeAt),
    ...(budgetYears.some((y) => !Number.isNaN(y)) ? { budgetYears } : {}),
  };
}

/** A column headed by the report's year in words: "Verksamhetsåret", "Räkenskapsåret", "Innevarande år". */
const THIS_YEAR = /^(verksamhetsåret|räkenskapsåret|innevarande år|i år)$/i;
/** A column headed by the year before in words: "Föregående år", "Fg år", "Förra året", "Året innan". */
const YEAR_BEFORE =
  /^(föregående år|föregående räkenskapsår|föregående verksamhetsår|fg\.? år|förra året|året innan)$/i;

const YEAR_IN_WORDS = /verksamhetsåret|räkenskapsåret|innevarande år|i år|föregående|fg\.? år|förra året|året innan/i;

/**
 * Columns headed by years in words, as a report that names its year only on its title page
 * writes them: "Ekonomi i sammandrag (kr)   Verksamhetsåret   Föregående år". The first is the
 * report's year, the second the year before; both must stand there, after at most a title.
 */
function relativeYearHeader(raw: string, line: number, context: HeaderContext): YearHeader | null {
  // Cheap first: most lines name no year in words.
  if (!YEAR_IN_WORDS.test(raw) || !isAligned(raw)) return null;
  const cells = [...raw.replace(/\t/g, "  ").matchAll(/\S+(?: \S+)*/g)];
  const yearOf = (c: string) =>
    THIS_YEAR.test(c) ? context.periodYear : YEAR_BEFORE.test(c) ? context.periodYear - 1 : NaN;
  const first = cells.findIndex((c) => !Number.isNaN(yearOf(c[0])));
  if (first < 0 || first > 1) return null;
  const heads = cells.slice(first);
  const years = heads.map((c) => yearOf(c[0]));
  if (heads.length < 2 || years.some(Number.isNaN) || new Set(years).size !== years.length) return null;
  if (first === 1 && !cells[0]![0].split(/\s+/).every((w) => TITLE_WORD.test(w.replace(/,$/, "")))) return null;
  return {
    line,
    raw,
    years,
    columns: heads.map((c) => ({ from: c.index!, to: c.index! + c[0].length - 1, written: c[0] })),
  };
}

/**
 * A flow (new, exited) under columns of the year's parts: its whole-year cell is the parts' sum
 * where every part is given. A stock counted at each part's end (enrolled, ongoing) is never a sum.
 */
function partsAddUp(header: YearHeader, measure: Measure, values: readonly number[]): boolean {
  if (!header.parts) return true;
  const isPart = (i: number) => header.partColumns?.[i] ?? Number.isNaN(header.years[i]!);
  const parts = values.filter((_, i) => isPart(i));
  const whole = values.find((_, i) => !isPart(i) && !Number.isNaN(header.years[i]!));
  if (whole === undefined || Number.isNaN(whole)) return true;
  // Within a whole column of months, every count of a part is at most the year's.
  if (header.parts === "within") return parts.every((v) => Number.isNaN(v) || v <= whole);
  if (measure !== "new" && measure !== "exited") return true;
  if (parts.some(Number.isNaN)) return true;
  return parts.reduce((a, v) => a + v, 0) === whole;
}

/** The federation's own column beside a comparison, headed by what it is rather than its name. */
const OWN_COLUMN = /^(?:förbundet|samordningsförbundet|vårt förbund|vi)$/i;

/**
 * A column per federation: "Nyckeltal 2024   Norra Ekdalen   Södra Ekdalen" in a report that
 * compares the federation with a neighbour, or with the country ("Ekdalen   Riket (snitt)",
 * "Förbundet   Genomsnitt"). Only the column headed by the document's own federation's name (or,
 * beside a comparison, "Förbundet") is read, for the year in the title (or the report's year;
 * never a later one); another federation's column and a comparison never are. A header naming
 * no column as the federation's is no header.
 */
function federationHeader(raw: string, line: number, context: HeaderContext): YearHeader | null {
  // Most lines are prose or rows: a header of names has no digit but its title's year.
  // A line without any digit has none once its years are taken out either: not copied without them.
  if ((/\d/.test(raw) && /\d/.test(raw.replace(/\b(19|20)\d\d\b/g, ""))) || !isAligned(raw)) return null;
  const cells = [...raw.replace(/\t/g, "  ").matchAll(/\S+(?: \S+)*/g)];
  // A header set in over the labels has no title: every cell heads a column.
  const title = /^\s/.test(raw) ? undefined : cells[0];
  const heads = title ? cells.slice(1) : cells;
  if (heads.length < 2) return null;
  const titleWords = title ? title[0].split(/\s+/).map((w) => w.replace(/,$/, "")) : [];
  if (!titleWords.every((w) => TITLE_WORD.test(w) || YEAR.test(w))) return null;
  const titleYears = titleWords.filter((w) => YEAR.test(w)).map(Number);
  // A comparison column ("Riket (snitt per förbund)", "Snitt alla förbund") stands beside the
  // federation's as another federation's would, and is never read either. Beside one, the
  // column headed "Förbundet" is the federation's own.
  const comparison = heads.map((c) => isComparisonColumn(c[0]));
  if (titleYears.length > 1 || !heads.every((c, i) => comparison[i] || isNameCell(c[0]))) return null;
  if (titleYears[0]! > context.periodYear) return null;
  const compared = comparison.some(Boolean);
  const own = heads.map(
    (c, i) => !comparison[i] && (namesFederation(c[0], context.federationId) || (compared && OWN_COLUMN.test(c[0]))),
  );
  if (own.filter(Boolean).length !== 1) return null;
  const year = titleYears[0] ?? context.periodYear;
  return {
    line,
    raw,
    years: own.map((o) => (o ? year : NaN)),
    columns: heads.map((c) => ({ from: c.index!, to: c.index! + c[0].length - 1, written: c[0] })),
  };
}

/** "därav", "varav", "– varav" before a part row's words. */
const PART_LEAD = /^\s*(?:[–—-]\s*)?(?:varav|därav)\s+/i;

/**
 * The exit category a row set under the exits names in the code list's words, its "därav" aside:
 * "därav fortsatt rehabilitering", "– varav arbetssökande", "därav övrigt" (the rest of the exits).
 */
function destinationOfPartRow(label: string): string | undefined {
  const bare = label.replace(PART_LEAD, "").trim();
  return exitRowCategory(bare) ?? (OTHER_EXIT_ROW.test(bare) ? "other_exit" : undefined);
}

/** A row label opening on exit words before its destination: "Avslut till arbete", "Avslutade mot studier". */
const EXIT_WORDS_FIRST = /^(?:avslut|avslutade|avslutad|utskrivna)\s+(?:till|mot)\s+\p{L}/iu;
/** A label's bracketed words other than a unit or a count's ("(st)", "(antal)", "(tkr)"). */
const QUALIFIED_LABEL =
  /\((?!\s*(?:st|antal|personer|pers|individer|unika|totalt|kr|tkr|mkr|mnkr|kronor|(?:kvinnor|män|k|m)(?:\s*[/,]\s*(?:kvinnor|män|k|m))+)\s*\))[^)]*\p{L}[^)]*\)/iu;
/** A row's label opening on where the exited went: "Till arbete", "– Till studier". */
const DESTINATION_FIRST = /^(?:[-–•]\s*)?till\s+\p{L}/iu;

/**
 * The last column of a table of overlapping groups, each person once: "Totalt (unika)", "Samtliga
 * (unika)", "Unika personer", "Totalt antal unika", "Antal unika individer": "unika" and only words
 * of a total or of whom it counts beside it.
 */
const UNIQUE_TOTAL_WORDS = /^(?:unika|totalt|total|samtliga|summa|alla|antal|personer|individer|deltagare|st)$/;
const UNIQUE_TOTAL_COLUMN = {
  test: (cell: string): boolean => {
    const words = cell
      .toLowerCase()
      .replace(/[(),:]/g, " ")
      .split(/\s+/)
      .filter(Boolean);
    return words.includes("unika") && words.every((w) => UNIQUE_TOTAL_WORDS.test(w));
  },
};
/** A target group's age span beside its name ("Unga 16–24", "Unga vuxna 18-29 år"): no figure. */
const AGE_SPAN = /\s*(?<!\d)\d{2}\s*[-–]\s*\d{2}(?!\d)(?:\s*år)?/g;
/** The last column of a table of named columns, their sum: "Totalt", "Summa", "Total", "Hela förbundet". */
const TOTAL_COLUMN = /^(?:totalt|summa|total|s:a|hela förbundet|förbundet totalt|förbundet)$/i;
/** A header whose title names the exits by where they went: "Avslutade till", "Avslutsorsak", "Efter avslut". */
const EXIT_TITLED =
  /^\s*(?:avslut(?:ade?)?\s+(?:till|mot|efter)|avslutsorsak(?:er)?|orsak till avslut|efter avslut(?:et)?|vart gick)\b/i;
/** The label column's title over exit reasons as rows: "Avslutsorsak", "Orsak till avslut", "Avslutade". */
const EXIT_TITLE_WORD = /^(?:avslutsorsak(?:er)?|orsak|till|avslut|avslutade|avslutad|utfall|efter)$/i;
/** A column naming a federation or a comparison: the sum of such columns is no federation's. */
const OTHER_BODY = /förbund|finsam|samordning|riket|snitt|genomsnitt|länet/i;

/**
 * A column per member municipality or local platform, their total last ("Skärby   Tollinge
 * Vassvik   Totalt"): the members together are the federation, so the total column is its
 * figure for the year in the title (or the report's); a member's column never is. Read only
 * where a row's named columns add up to its total (`namedAddUp`), so a total of some other
 * grouping, or a column left out, reads nothing.
 */
function totalOfNamedHeader(raw: string, line: number, context: HeaderContext): YearHeader | null {
  // Cheap first: most lines name no total (every total word ends on "t", "a" or "l"); a header of
  // names has no digit but its title's year.
  const end = raw.trimEnd();
  // A unique total ("Totalt (unika)") beside target groups, which may name their ages ("Unga 16–24").
  const unique = /unika/i.test(end);
  if (!unique && !/[tal]/i.test(end.charAt(end.length - 1))) return null;
  if (
    unique
      ? /\d/.test(raw.replace(AGE_SPAN, "").replace(/\b(19|20)\d\d\b/g, ""))
      : !/\b(totalt|summa|total|s:a|förbundet)\s*$/i.test(raw) || /\d/.test(raw.replace(/\b(19|20)\d\d\b/g, ""))
  )
    return null;
  if (!isAligned(raw)) return null;
  const cells = [...raw.replace(/\t/g, "  ").matchAll(/\S+(?: \S+)*/g)];
  // A Markdown table's first cell is set in after its pipe: a label column's title ("Mått", "Avslutad
  // till") is still its title, never a named column.
  const titled = (c: RegExpMatchArray | undefined) =>
    c !== undefined && c[0].split(/\s+/).every((w) => TITLE_WORD.test(w) || EXIT_TITLE_WORD.test(w));
  const title = /^\s/.test(raw) && !(cells.length > 3 && titled(cells[0])) ? undefined : cells[0];
  const heads = title ? cells.slice(1) : cells;
  const named = heads.slice(0, -1);
  const uniqueTotal = unique && UNIQUE_TOTAL_COLUMN.test(heads.at(-1)![0]);
  if (named.length < 2 || !(uniqueTotal || TOTAL_COLUMN.test(heads.at(-1)![0]))) return null;
  // "Kvinnor   Män   Summa" is a split by gender, read by the participant tables' layer.
  // "Arbete   Studier   Annat   Summa": destinations are no members or platforms; a destination's
  // row per gender is the participant tables' (its rows count exits, never the enrolled).
  const destination = (c: string) => {
    const code = exitRowCategory(c);
    return (code !== undefined && code !== "unknown") || OTHER_EXIT_ROW.test(c);
  };
  // "Övriga" beside target groups is the group of everyone else, no destination.
  const namedDestination = (c: string) => {
    const code = exitRowCategory(c);
    return code !== undefined && code !== "unknown";
  };
  const member = (c: string) =>
    isNameCell(c) &&
    !OTHER_BODY.test(c) &&
    !isComparisonColumn(c) &&
    genderOfLabel(c) === undefined &&
    !(unique ? namedDestination(c) : destination(c));
  // Beside a unique total, a column summing the groups ("Summa", "Summa målgrupper") is none of them.
  const groupSums = named.map(
    (c) => uniqueTotal && /^(?:summa|totalt|total|s:a)(?: målgrupper| grupper)?$/i.test(c[0]),
  );
  const groups = named.filter((_, i) => !groupSums[i]);
  if (groups.length < 2 || !groups.every((c) => member(uniqueTotal ? c[0].replace(AGE_SPAN, "") : c[0]))) return null;
  const titleWords = title ? title[0].split(/\s+/).map((w) => w.replace(/,$/, "")) : [];
  if (!titleWords.every((w) => TITLE_WORD.test(w) || EXIT_TITLE_WORD.test(w) || YEAR.test(w))) return null;
  const titleYears = titleWords.filter((w) => YEAR.test(w)).map(Number);
  if (titleYears.length > 1 || titleYears[0]! > context.periodYear) return null;
  const year = titleYears[0] ?? context.periodYear;
  return {
    line,
    raw,
    years: heads.map((_, i) => (i === heads.length - 1 ? year : NaN)),
    columns: heads.map((c) => ({ from: c.index!, to: c.index! + c[0].length - 1, written: c[0] })),
    totalOfNamed: true,
    ...(uniqueTotal ? { uniqueTotal: true } : {}),
    ...(groupSums.some(Boolean) ? { groupSums: [...groupSums, false] } : {}),
  };
}

/**
 * A header of overlapping groups stacked over two or three lines, the unique total's "(unika)" closing
 * the lowest ("Unga   Långtids-   Ny-   Övriga   Totalt" over "16–29   sjukskrivna   anlända   (unika)"):
 * the upper line with its words' hyphens blanked and the words under its total after it ("Samtliga
 * deltagare (unika)"), cells where they stand; only where every cell of the lower lines stands under
 * one of the upper's and they hold no figure but a group's ages.
 */
function stackedUniqueHeader(stack: readonly string[]): string | undefined {
  const [upper, ...below] = stack;
  const lower = below.at(-1);
  if (upper === undefined || lower === undefined || !/\(?unika\)?\s*$/i.test(lower) || /\d/.test(upper))
    return undefined;
  if (below.some((l) => /\d/.test(l.replace(AGE_SPAN, "")))) return undefined;
  const cellsOf = (t: string) => [...t.replace(/\t/g, "  ").matchAll(/\S+(?: \S+)*/g)];
  const ups = cellsOf(upper);
  const under = (l: RegExpMatchArray) =>
    ups.findIndex((u) => l.index! < u.index! + u[0].length + 2 && l.index! + l[0].length > u.index! - 2);
  if (ups.length < 3) return undefined;
  const lowers = below.map(cellsOf);
  if (lowers.some((cells) => cells.some((l) => under(l) < 0))) return undefined;
  // The words under the total, line by line down to "(unika)".
  const totalWords = lowers.flatMap((cells) => cells.filter((l) => under(l) === ups.length - 1).map((l) => l[0]));
  if (under(lowers.at(-1)!.at(-1)!) !== ups.length - 1) return undefined;
  return `${upper.replace(/(?<=\p{L})-(?=\s|$)/gu, " ").trimEnd()} ${totalWords.join(" ")}`;
}

/**
 * Whether the caption right above a header with no title of its own names a year and not the
 * header's ("Deltagare per plattform 2023" in the report on 2024): whose year it is, is unclear.
 */
function captionNamesOtherYear(doc: DocumentText, header: YearHeader): boolean {
  const above = header.line - 1;
  const years = (doc.at(above).match(/(?<!\d)(?:19|20)\d\d(?!\d)/g) ?? []).map(Number);
  const year = header.years.find((y) => !Number.isNaN(y));
  return years.length > 0 && !years.includes(year!);
}

/** Whether a row's named columns, every one given, add up to its total column (always, in any other table). */
function namedAddUp(header: YearHeader, values: readonly number[]): boolean {
  if (!header.totalOfNamed) return true;
  const isSum = (i: number) => header.groupSums?.[i] === true;
  const named = values.filter((_, i) => Number.isNaN(header.years[i]!) && !isSum(i));
  const total = values.find((_, i) => !Number.isNaN(header.years[i]!));
  if (total === undefined || Number.isNaN(total) || named.some(Number.isNaN)) return false;
  const sum = named.reduce((a, v) => a + v, 0);
  // A column summing the groups is their sum, or the row is not what the header says.
  if (values.some((v, i) => isSum(i) && v !== sum)) return false;
  // Overlapping groups: each a part of the whole, together the whole or more (some counted twice).
  if (header.uniqueTotal) return named.every((v) => v <= total) && total <= sum;
  return sum === total;
}

/** A word over a year's column naming a plan rather than an outcome: "Budget", "Prognos", "Mål" (never "Måluppfyllelse", a follow-up). */
const PLANNED_OVER =
  /^(?:budget\p{L}*|prognos\p{L}*|mål(?!uppfyll|område)\p{L}*|plan\p{L}*|förslag\p{L}*|beräkn\p{L}*|estimat\p{L}*)$/iu;

/**
 * A header's years under a line of words over the columns ("Bokslut   Prognos" / "2023   2024"):
 * a year under a plan's word is no outcome, and its column is not read; where the words cannot
 * be placed over the columns, no column is.
 */
function withoutPlannedColumns(header: YearHeader, above: string): YearHeader | null {
  const words = [...above.replace(/\t/g, "  ").matchAll(/\S+/g)];
  if (!words.some((w) => PLANNED_OVER.test(w[0]))) return header;
  if (!isAligned(above)) return null;
  const overlaps = (w: RegExpMatchArray, c: GridColumn) =>
    w.index! <= c.to + 2 && w.index! + w[0].length - 1 >= c.from - 2;
  const planned = words.filter((w) => PLANNED_OVER.test(w[0]));
  if (!planned.every((w) => header.columns.some((c) => overlaps(w, c)))) return null;
  const years = header.years.map((y, i) => (planned.some((w) => overlaps(w, header.columns[i]!)) ? NaN : y));
  return years.every(Number.isNaN) ? null : { ...header, years };
}

/** Words a one-year title may hold besides TITLE_WORD's: a unit in brackets. */
const SINGLE_TITLE_WORD = /^\((?:kr|tkr|mkr|mnkr|kronor|antal|st)\)$/i;

/**
 * A title naming one year over a column of figures: "Deltagare 2024", "Ekonomi 2024 (kr)",
 * "Nyckeltal 2024   Antal" (a unit or count word over the column may stand apart). The same
 * words make a heading, so its rows decide (`keyFigureRows`).
 */
function singleYearHeader(raw: string, line: number, periodYear: number): YearHeader | null {
  if (raw.length > 80 || !/(?<!\d)(?:19|20)\d\d(?!\d)/.test(raw)) return null;
  const cells = [...raw.replace(/\t/g, "  ").matchAll(/\S+(?: \S+)*/g)];
  if (cells.length === 0 || cells.length > 2 || raw.trim().length > 50) return null;
  // "Mått   2025", a pipe table's header: the label column's title, then the year over the figures.
  const yearCell = cells.length === 2 && YEAR.test(cells[1]![0]) && !/\d/.test(cells[0]![0]);
  if (cells[1] && !yearCell && !/^(kr|tkr|mkr|mnkr|antal|st|belopp)$/i.test(cells[1][0])) return null;
  const words = yearCell ? [...cells[0]![0].split(" "), cells[1]![0]] : cells[0]![0].split(" ");
  const years = words.filter((w) => YEAR.test(w));
  if (years.length !== 1 || !words.every((w) => YEAR.test(w) || TITLE_WORD.test(w) || SINGLE_TITLE_WORD.test(w)))
    return null;
  // A later year's title is a plan's or a budget's, never an outcome.
  if (Number(years[0]) > periodYear) return null;
  const at = yearCell ? cells[1]!.index! : cells[0]!.index! + cells[0]![0].indexOf(years[0]!);
  return {
    line,
    raw,
    years: [Number(years[0])],
    columns: [{ from: at, to: at + 3, written: years[0]! }],
    single: true,
  };
}

/** Rows set out as a table below a one-year title: "label   figure" on every line up to a blank, two of them the lexicon's. */
function keyFigureRows(doc: DocumentText, header: number): boolean {
  let named = 0;
  // A Markdown table ("| Mått | 2025 |" over "|---|---:|"): its rule under the header, blanked in the
  // grid view, is no end of it, and a row of another shape ("≈ 6,1 mnkr") is one the rows' readers
  // pass over, where its pipes make it a row. A count with its parts in brackets ("298 (155 / 143)") is
  // read as the count.
  const markdown = isMarkdownRule(doc, header + 1);
  for (let r = header + (markdown ? 2 : 1); r <= doc.lineCount && doc.at(r) !== ""; r++) {
    const written = doc.lines[r - 1] ?? "";
    const bracketed = bracketedRow(written);
    const raw = bracketed && "row" in bracketed ? bracketed.row : written;
    const row = numericTail(raw);
    if (row.tail === "" || !isAligned(raw) || /\d\s{2,}\S/.test(row.tail.trim())) {
      if (markdown) continue;
      return false;
    }
    if (bestConcept(row.label, ["finance", "participants"])?.score === 1) named++;
  }
  return named >= 2;
}

/** A column headed by a name and a year: "Norra Ekdalen 2023". */
const NAMED_YEAR = /^(.+?)\s+((?:19|20)\d\d)$/;

/**
 * The whole year's column beside columns headed by a name and a year: "Helår 2024   Norra Ekdalen
 * 2023" in the report of a federation that merged or changed its name during the year (the other
 * column is the former federation's). Only the whole year's column is read, for its year; a named
 * column never is, whoever it names.
 */
/** Every word WHOLE_YEAR names holds one of these: a line without any has no whole year's cell. */
const WHOLE_YEAR_PART = /år|totalt|summa/i;

function wholeYearBesideNamed(raw: string, line: number, context: HeaderContext): YearHeader | null {
  if (!WHOLE_YEAR_PART.test(raw) || !isAligned(raw)) return null;
  const heads = [...raw.replace(/\t/g, "  ").matchAll(/\S+(?: \S+)*/g)];
  const whole = heads.filter((c) => WHOLE_YEAR.test(c[0]));
  if (heads.length < 2 || whole.length !== 1) return null;
  const named = heads.filter((c) => c !== whole[0]);
  if (!named.every((c) => isNameCell(NAMED_YEAR.exec(c[0])?.[1] ?? ""))) return null;
  const year = Number(WHOLE_YEAR.exec(whole[0]![0])![3] ?? context.periodYear);
  if (year !== context.periodYear) return null;
  return {
    line,
    raw,
    years: heads.map((c) => (c === whole[0] ? year : NaN)),
    columns: heads.map((c) => ({ from: c.index!, to: c.index! + c[0].length - 1, written: c[0] })),
  };
}

/** A chart's caption in brackets, as a slide exported to text writes it: "[Diagram: Antal deltagare]". */
const CHART_CAPTION = /^\[(?:diagram|figur|graf|bild)\s*\d*\s*:\s*([^\]\d]{3,80})\]$/iu;

/**
 * The name of a chart's one series of values ("141  158  176  188  203" under "2020  2021  2022
 * 2023  2024"): the chart's caption right above the years, and only where the years stand alone
 * on their line and no second row of bare values follows.
 */
function chartSeries(doc: DocumentText, header: YearHeader, row: number): string | undefined {
  if (!/^[\s\d]+$/.test(header.raw)) return undefined;
  const next = doc.nextNonBlank(row, 1);
  if (next !== undefined && /^[\s\d,%-]+$/.test(doc.at(next))) return undefined;
  const caption = header.line > 1 ? CHART_CAPTION.exec(doc.at(header.line - 1)) : null;
  return caption?.[1]!.trim();
}

type RowUnit = StatementUnit | typeof UNKNOWN_UNIT | "percent" | "persons" | null;

/** The unit a row label states: "(tkr)", "(Mkr)", "(%)", ", %", "(antal)", "Antal …". */
function labelUnit(label: string): RowUnit {
  if (/%|\bprocent\b/i.test(label)) return "percent";
  const money = readUnit(label);
  if (money) return money.unit;
  if (/\bantal\b|\(st\)|\bst\.?$/i.test(label)) return "persons";
  return null;
}

/** The count row a part row ("– varav kvinnor", "därav nya") splits; a part row's own whole is `up`. */
interface ParentRow {
  measure: Measure;
  indent: number;
  part?: boolean;
  up?: ParentRow;
}

const GENDER_ROW: readonly [RegExp, Gender][] = [
  [/^(kvinnor|kvinna|k|kv)$/, "woman"],
  [/^(man|m)$/, "man"],
  [/^(totalt|total|summa|alla|samtliga)$/, "all"],
];

export function parseMultiYearTables(doc: DocumentText, scopes: readonly Scope[] = scopeByLine(doc)): ParseOutput {
  const facts: FactInput[] = [];
  /** Rates whose base is each year's exits, read elsewhere (reportedRates.ts). */
  const awaiting: FactInput[] = [];
  const findings: FindingInput[] = [];
  const coverage: ParseOutput["coverage"] = [];
  const interventionSections = scopes.some((s) => s.kind === "intervention");
  /** Of the table being read: its equity row as written, and result rows whose digits split more than one way. */
  let equity: { values: number[]; unit: StatementUnit } | undefined;
  let results: {
    line: number;
    raw: string;
    label: string;
    unit: StatementUnit;
    concept: Concept;
    reason: string;
  }[] = [];
  /** Of the table being read: the federation's exits per column, and its rate rows, read once the rows are in. */
  let exitsByColumn: (number | undefined)[] = [];
  /**
   * Destination rows above any exits row ("Arbete  5  6  7  8  26" … "Summa avslutade  22 … 106"):
   * held until the exits total below them, and stored only when they add up to it in every column read.
   */
  let heldDestinations: { line: number; label: string; category: string }[] = [];
  let destinationsByColumn: (number | undefined)[] = [];
  /** The federation's exits per year, as the tables read so far give them. */
  const federationExits = new Map<number, number>();

  const inStatement = new Set<number>();
  /** A headless budget table's lines (a key-figure table of outcome and budget): its count rows are read here. */
  const inHeadless = new Set<number>();
  const blocks = findStatementBlocks(doc);
  for (const b of blocks) for (let n = b.heading; n <= b.end; n++) (b.headless ? inHeadless : inStatement).add(n);
  // The finest step (kr) the report's own statements are written in. Their years (this and the
  // one before) are theirs: a coarser overview cell for those years is a rounded restatement,
  // and when the statement row was not read it must not stand in for it.
  const statementSteps = blocks
    .filter((b) => b.kind === "income_statement" || b.kind === "balance_sheet")
    .flatMap((b) => {
      const unit = [0, 1, 2, 3, 4].map((k) => readUnit(doc.at(b.heading + k))).find(Boolean)?.unit ?? "kr";
      // A statement in a unit no reader knows has no step to compare with.
      return unit === UNKNOWN_UNIT ? [] : [UNIT_FACTOR[unit]];
    });
  const statementStep = statementSteps.length > 0 ? Math.min(...statementSteps) : undefined;
  const statementYears = new Set([doc.periodYear, doc.periodYear - 1]);

  const context: HeaderContext = {
    federationId: ownFederation(doc),
    periodYear: doc.periodYear,
    wholeYear: !namesPartOfYear(doc.join(1, Math.min(doc.lineCount, 10))),
    lines: doc.lines,
  };
  for (let h = 1; h <= doc.lineCount; h++) {
    if (inStatement.has(h)) continue;
    // Target groups' names and their unique total stacked over two lines ("Unga  Långtids-  Totalt" /
    // "16–29  sjukskrivna  (unika)"): read as one header on the lower line, before the upper alone
    // (a plain "Totalt" whose groups would have to add up to it).
    // The names may take three lines ("Personer med" / "ekonomiskt" / "bistånd"), "(unika)" on the last.
    const depth = (doc.lines[h] ?? "").includes("unika") ? 2 : (doc.lines[h + 1] ?? "").includes("unika") ? 3 : 0;
    const merged = depth > 0 ? stackedUniqueHeader(doc.lines.slice(h - 1, h - 1 + depth)) : undefined;
    const stacked = merged === undefined ? null : readYearHeader(merged, h + depth - 1, context);
    const read = stacked?.uniqueTotal ? stacked : readYearHeader(doc.lines[h - 1] ?? "", h, context);
    // In a headless budget table only a header of outcome and budget columns is read, its counts alone.
    if (read && inHeadless.has(h) && !read.budgetYears) continue;
    if (!read || read.columns.length !== read.years.length) continue;
    const header = withoutPlannedColumns(read, h > 1 ? (doc.lines[h - 2] ?? "") : "");
    if (!header) continue;
    if (header.single && !keyFigureRows(doc, h)) continue;
    if (header.totalOfNamed && captionNamesOtherYear(doc, header)) continue;
    const before = facts.length;
    const end = readRows(header, scopes[h - 1]!);
    if (facts.length > before)
      coverage.push({
        section: facts.slice(before).some((f) => f.table === "finance") ? OVERVIEW_SECTION : PT,
        status: "parsed",
        line: h,
        facts: facts.length - before,
        note: header.years.some(Number.isNaN)
          ? `federation columns ${header.columns.map((c) => c.written).join(", ")}; only ${header.columns[header.years.findIndex((y) => !Number.isNaN(y))]!.written}'s read`
          : `year columns ${header.years.join(", ")}`,
      });
    h = end;
  }

  /** A row as its table reads it: up to a change column's heading, where the header has one. */
  function rowText(header: YearHeader, line: number): string {
    const whole = doc.lines[line - 1] ?? "";
    return header.cut !== undefined ? whole.slice(0, header.cut).trimEnd() : whole;
  }

  /** One finance row's cells as facts, one per year; a coarser restatement of the statements' own years is left unread. */
  function emitFinance(
    header: YearHeader,
    line: number,
    label: string,
    unit: StatementUnit,
    concept: Concept,
    values: readonly number[],
    unread: (reason: string) => void,
  ) {
    const text = doc.at(line);
    const cost = concept.code === "cost_operating" || concept.code === "cost_financial";
    let rounded = false;
    /** The cell's amount as a finance fact of its year and basis. */
    const push = (v: number, year: number, basis: "actual" | "budget") =>
      facts.push({
        table: "finance",
        year,
        basis,
        item: concept.code,
        amount_sek: scaleAmount(cost ? Math.abs(v) : v, unit, decimalsOfValue(v)).sek,
        value: null,
        source_label: unit === "kr" ? label : `${label} (${unit})`,
        line,
        text,
        section: OVERVIEW_SECTION,
        approximate: false,
      } as FactInput);
    values.forEach((v, i) => {
      const budgetYear = header.budgetYears?.[i];
      if (!Number.isNaN(v) && budgetYear !== undefined && !Number.isNaN(budgetYear)) {
        push(v, budgetYear, "budget");
        return;
      }
      if (Number.isNaN(v) || Number.isNaN(header.years[i])) return;
      const step = UNIT_FACTOR[unit] / 10 ** decimalsOfValue(v);
      if (statementStep !== undefined && step > statementStep && statementYears.has(header.years[i]!)) {
        if (!rounded) unread(`a rounded restatement of the statements for ${header.years[i]}`);
        rounded = true;
        return;
      }
      push(v, header.years[i]!, "actual");
    });
  }

  /**
   * A result row whose digits split more than one way ("87 357 59 125 590 …"): the one split in
   * which each year's result is that year's equity less the year before's (the equity row of
   * the same table, in the same unit, read), in every year that has the year before. Otherwise
   * the row stays unread.
   */
  function settleResults(header: YearHeader) {
    for (const r of results) {
      const unread = (reason: string) =>
        findings.push(
          unreadNumber({
            subject: OVERVIEW_SECTION,
            line: r.line,
            value: doc.at(r.line),
            message: `table with year columns ${header.years.join(", ")}: "${r.label}": ${reason}; not stored`,
          }),
        );
      const eq = equity?.unit === r.unit ? equity.values : undefined;
      const checked = header.years.flatMap((y, k) => {
        const before = header.years.indexOf(y - 1);
        return eq && before >= 0 && Number.isFinite(eq[k]) && Number.isFinite(eq[before])
          ? [{ k, change: eq[k]! - eq[before]! }]
          : [];
      });
      const fits =
        checked.length >= 2
          ? numberReadings(numericTail(r.raw).tail, header.years.length).filter(
              (v) =>
                v.every((x) => Number.isFinite(x) && Math.abs(scaleAmount(x, r.unit).sek) <= IMPLAUSIBLE_SEK) &&
                checked.every((c) => Math.abs(v[c.k]! - c.change) <= ROUNDING),
            )
          : [];
      if (fits.length === 1) emitFinance(header, r.line, r.label, r.unit, r.concept, fits[0]!, unread);
      else unread(r.reason);
    }
  }

  /** A finding that a participant row of the table under `header` is not stored, and why. */
  function unreadRow(header: YearHeader, line: number, label: string): (reason: string) => void {
    return (reason) => {
      findings.push(
        unreadNumber({
          subject: PT,
          line,
          value: doc.at(line),
          message: `table with year columns ${header.years.join(", ")}: "${label}": ${reason}; not stored`,
        }),
      );
    };
  }

  /**
   * A destination row under the exits row of the same table: each cell is stored when it, with
   * the destinations above it, stays within its column's exits; otherwise the row is unread.
   */
  function readDestination(
    header: YearHeader,
    line: number,
    label: string,
    category: string,
    owner: string | null | "unclear",
  ) {
    const text = doc.at(line);
    const unread = unreadRow(header, line, label);
    if (owner === "unclear") return unread("whose figures these are is unclear");
    const row = readGridRow(rowText(header, line), header, (v) => Number.isInteger(v) && v >= 0 && v < 100_000);
    if (!row.values) return unread(row.reason);
    if (!namedAddUp(header, row.values)) return unread("its named columns do not add up to its total");
    const fits = row.values.every(
      (v, i) =>
        Number.isNaN(v) ||
        Number.isNaN(header.years[i]!) ||
        (exitsByColumn[i] !== undefined && (destinationsByColumn[i] ?? 0) + v <= exitsByColumn[i]!),
    );
    if (!fits) return unread("its destinations do not fit within the exits above it");
    row.values.forEach((value, i) => {
      if (Number.isNaN(value) || Number.isNaN(header.years[i]!)) return;
      destinationsByColumn[i] = (destinationsByColumn[i] ?? 0) + value;
      facts.push({
        table: "participant_breakdown",
        intervention: owner,
        year: header.years[i]!,
        population: "exited",
        dimension: "exit_outcome",
        category,
        value,
        source_label: label,
        line,
        text,
        section: PT,
        approximate: false,
      } as FactInput);
    });
  }

  /** Read the rows under a header; returns the last line of the table. */
  function readRows(header: YearHeader, scope: Scope): number {
    equity = undefined;
    results = [];
    exitsByColumn = [];
    destinationsByColumn = [];
    heldDestinations = [];
    const above = doc.join(Math.max(1, header.line - 8), header.line);
    const overview = OVERVIEW_HEADING.test(above);
    // A caption above the header may state the unit; a row of an earlier table there ("Eget kapital
    // (kr)   900 000 …" before a blank line) states its own row's, never this table's.
    // Over a header stacked on two lines ("Kansli  Individ  Totalt" / "2025  2024") with a blank line
    // above it, the caption stands a line higher ("Resultat per gren (tkr)"): read there too where no
    // line between holds a figure.
    const figureless = (n: number) => numericTail(doc.lines[n - 1] ?? "").tail === "";
    let tableUnit = [header.line, header.line - 1, header.line - 2, header.line - 3]
      .filter(
        (n) =>
          n === header.line ||
          (n === header.line - 3 ? n >= 1 && figureless(n) && figureless(n + 1) && figureless(n + 2) : figureless(n)),
      )
      .map((n) => readUnit(doc.at(n)))
      .find(Boolean);
    // Else the document's own statement of its unit ("Belopp anges i tkr om inget annat anges"), wherever
    // it stands (a closing note on the figures): the unit of its money rows only, never of a gender row.
    const unitFromDocument = tableUnit === undefined;
    tableUnit ??= documentUnitOf(doc) ?? undefined;
    let last = header.line;
    let blanks = 0;
    let pending: { text: string; line: number } | undefined;
    let parent: ParentRow | undefined;
    for (let r = header.line + 1; r <= Math.min(doc.lineCount, header.line + MAX_ROWS); r++) {
      const whole = doc.lines[r - 1] ?? "";
      // A change column's cells ("+24", "-5") stand past the years' columns, and are never read.
      const written = header.cut !== undefined ? whole.slice(0, header.cut).trimEnd() : whole;
      const t = doc.at(r);
      if (t === "") {
        // A Markdown table's rule under its header, blanked in the grid view, is no end of it.
        if (r === header.line + 1 && isMarkdownRule(doc, r)) continue;
        // A one-year title's table ends at its first blank line: what follows is no row of it.
        if (++blanks > (header.single ? 0 : 1)) break;
        continue;
      }
      if (readYearHeader(whole, r, context)) break;
      // "287 (161/126)", "38 % (49 av 129)": a cell's parts in brackets, checked and set aside.
      const bracketed = bracketedRow(written);
      if (bracketed && "reason" in bracketed) {
        unreadRow(header, r, numericTail(written).label)(bracketed.reason);
        [pending, blanks, last] = [undefined, 0, r];
        continue;
      }
      const raw = bracketed?.row ?? written;
      const row = numericTail(raw);
      // A rule under the header ("-------") is no row; a group's title in capitals inside the table
      // ("PERSPEKTIV 4 – EKONOMI (belopp i kronor)") heads the rows under it, its unit theirs.
      if (row.tail === "" && RULE_ROW.test(t)) continue;
      // Columns of named interventions: text between the header and the first row of figures (the
      // header's lower line "totalt" over the total column, an owner's row "Insatsägare  Åby kommun
      // Region X") is no row and no label wrapped onto the next.
      if (row.tail === "" && header.totalOfNamed && last === header.line && !pending && textOverColumns(whole, header))
        continue;
      // A topic's title between a key-figure table's rows ("Deltagare", then after a blank line "Ekonomi"):
      // the same columns go on under it, its unit ("Ekonomi (tkr)") theirs. Only a topic of the
      // federation's figures, never a name (an intervention's rows would be read as the federation's),
      // and only where a row of figures follows right under it.
      if (row.tail === "" && !pending && TABLE_TOPIC_TITLE.test(t) && numericTail(doc.lines[r] ?? "").tail !== "") {
        const unit = readUnit(t);
        if (unit) tableUnit = unit;
        parent = undefined;
        blanks = 0;
        continue;
      }
      // Only in a scorecard: elsewhere a line in capitals is the next section's heading, which ends the table.
      if (row.tail === "" && !pending && header.scorecard === true && GROUP_TITLE.test(t)) {
        const unit = readUnit(t);
        if (unit) tableUnit = unit;
        parent = undefined;
        continue;
      }
      if (row.tail === "") {
        // A label wrapped onto the next line ("Verksamhetens" / "intäkter (tkr) 9 874 …").
        if (pending || blanks > 0 || t.length > 60 || /[.!?]$/.test(t)) break;
        pending = { text: t, line: r };
        continue;
      }
      blanks = 0;
      // A line without numbers is a wrapped label only when the next line goes on with it in
      // lower case; above a capitalised label it was a heading, and the table ended there.
      if (pending && /^\p{Lu}/u.test(row.label)) {
        // A group's title over rows set in under it ("Inskrivna under året" / "  Kvinnor  101  117" /
        // "  Totalt  185  212"): the count the lexicon names outright, of which each row is a part.
        const indent = (s: string) => s.length - s.trimStart().length;
        const titled = bestConcept(pending.text, ["participants"]);
        const measure = titled?.score === 1 ? titled.concept.code : undefined;
        if (
          indent(whole) <= indent(doc.lines[pending.line - 1] ?? "") ||
          (measure !== "enrolled" && measure !== "new" && measure !== "exited")
        )
          break;
        parent = { measure, indent: indent(doc.lines[pending.line - 1] ?? "") };
        pending = undefined;
      }
      // "Avslut till" over set-in rows "arbete", "studier" under the exits: a title over their
      // destinations, no part of the first one's label.
      const groupTitle = pending && parent?.measure === "exited" && DESTINATION_GROUP.test(pending.text);
      let label = pending && !groupTitle ? `${pending.text} ${row.label}` : row.label;
      if (label === "") {
        // A chart's data: the years on one line, its one series' values on the next, named by the chart's caption.
        const series = r === header.line + 1 ? chartSeries(doc, header, r) : undefined;
        if (!series) break;
        label = series;
      }
      pending = undefined;
      last = r;
      // A one-year table's row whose label says in brackets what its figure is, other than a unit or a
      // count ("Deltagare (mål)", "Till arbete (andel)", "Till arbete (fg år)"): a target, a share or
      // another year's figure, never the header year's count.
      if (header.single && QUALIFIED_LABEL.test(label)) {
        unreadRow(header, r, label)("its label's brackets say the figure is no count of the header's year");
        continue;
      }
      readRow(
        header,
        r,
        raw,
        label,
        scope,
        overview,
        tableUnit ?? null,
        parent,
        (m) => (parent = m),
        bracketed?.parts,
        {
          fromDocument: unitFromDocument && tableUnit !== undefined,
        },
      );
    }
    // "Efter avslut  2024  2023" / "Arbete  31  27" …: a table of destinations alone is of the
    // federation's exits read in an earlier table of the document, where its rows add up to them
    // (the sum says whose they are where no words do; an intervention's section's never are).
    if (heldDestinations.length > 0 && exitsByColumn.length === 0 && scope.kind !== "intervention") {
      const earlier = header.years.map((y) => (Number.isNaN(y) ? undefined : federationExits.get(y)));
      if (earlier.some((e) => e !== undefined)) settleHeldDestinations(header, earlier);
    }
    for (const d of heldDestinations)
      unreadRow(header, d.line, d.label)("a destination row with no exits total below it to add up to");
    settleResults(header);
    return last;
  }

  /**
   * "Andel till arbete eller studier (%)  35  31  29": a reported rate per year, in a table of
   * the federation's. Its base is each year's exits, given elsewhere or not at all
   * (reportedRates.ts settles it); a share the lexicon does not name ("Andel kvinnor") is no rate.
   */
  function readRateRow(header: YearHeader, line: number, raw: string, label: string) {
    const rate = bestConcept(label, ["rate"])?.concept;
    if (!rate) return;
    const row = readGridRow(raw, header, (v) => v >= 0 && v <= 100);
    if (!row.values) return;
    row.values.forEach((value, i) => {
      // A column never read (a quarter's, another federation's) holds no rate of the year's.
      if (Number.isNaN(value) || Number.isNaN(header.years[i]!)) return;
      awaiting.push(
        awaitingRate({
          year: header.years[i]!,
          scope: "federation",
          indicator: rate.code,
          value,
          note: `${rate.sv}, as a table of several years reports it`,
          line,
          text: doc.at(line),
          section: OVERVIEW_SECTION,
        }),
      );
    });
  }

  function readRow(
    header: YearHeader,
    line: number,
    raw: string,
    label: string,
    scope: Scope,
    overview: boolean,
    tableUnit: UnitReading | null,
    above: ParentRow | undefined,
    setParent: (m: ParentRow | undefined) => void,
    parts?: readonly [string, string],
    unitSaid: { fromDocument: boolean } = { fromDocument: false },
  ) {
    const text = doc.at(line);
    const folded = foldLabel(label);
    const indent = raw.length - raw.trimStart().length;
    // A part row beside an earlier part at its indent ("därav nya" / "därav kvinnor" under
    // "Antal deltagare") is a part of the same whole, never of its sibling.
    const parent = folded.part && above?.part && indent <= above.indent ? above.up : above;
    // "32,8 %   32,4 %": a share written in its cells is a percentage whatever the label says.
    // A part row ("varav avslutade") under a count is counted as its row is, whatever unit the
    // table's caption gives its money ("Nyckeltal (tkr)" over a few rows of participants).
    const partOfCount = folded.part && parent !== undefined;
    // "– varav kvinnor", "Kvinnor": a part of the measure above, or of all participants.
    // "Antal kvinnor" right under a count of participants is that count's women; under no such
    // count (a staff table's "Antal anställda") it is left.
    const genderWords = folded.words[0] === "antal" && parent !== undefined ? folded.words.slice(1) : folded.words;
    const genderWord =
      genderWords.length === 1 && genderWords[0] !== "totalt" && genderWords[0] !== "total"
        ? GENDER_ROW.find(([re]) => re.test(genderWords[0]!))
        : folded.words.length === 1
          ? GENDER_ROW.find(([re]) => re.test(folded.words[0]!))
          : undefined;
    const match = genderWord ? undefined : bestConcept(label, ["finance", "participants"]);
    const concept: Concept | undefined = match?.concept;
    // A row the lexicon names a count of participants outright ("Avslutade", "Deltagare i
    // individinsatser") in an overview whose money is in tkr ("Beloppen i tusentals kronor") counts
    // persons: the unit is the amounts'.
    const countRow = concept?.kind === "participants" && match!.score === 1 && !MONEY_WORD.test(label);
    const unit =
      labelUnit(label) ??
      (/%/.test(numericTail(raw).tail)
        ? "percent"
        : partOfCount || countRow
          ? "persons"
          : unitSaid.fromDocument && concept?.kind !== "finance"
            ? null
            : (tableUnit?.unit ?? null));
    const unread = (reason: string) =>
      findings.push(
        unreadNumber({
          subject: concept?.kind === "finance" ? OVERVIEW_SECTION : PT,
          line,
          value: text,
          message: `table with year columns ${header.years.join(", ")}: "${label}": ${reason}; not stored`,
        }),
      );
    // Whose the row is, asked only of rows that are read (it looks at the lines around the table).
    // A scorecard (a target column beside the outcomes) follows up the board's plan: the federation's,
    // in a document where no section is an intervention's.
    const scorecard = header.scorecard === true && scope.kind === "unknown" && !interventionSections;
    // Target groups beside their unique total, in a document no section of which is an intervention's:
    // the total counts the federation's participants once each.
    const uniqueGroups = header.uniqueTotal === true && scope.kind === "unknown" && !interventionSections;
    const ownerOfRow = () =>
      (overview || scorecard || uniqueGroups) && scope.kind !== "intervention"
        ? null
        : ownerOf(doc, scope, header.line, line);
    if (unit === "percent") {
      if (!genderWord && ownerOfRow() === null) readRateRow(header, line, raw, label);
      return;
    }
    // "– varav till arbete" under the exits, or "till arbete" set in under them: a destination, a
    // part of the exits of each column.
    const under = folded.part || (parent !== undefined && indent > parent.indent);
    const destination = under && parent?.measure === "exited" ? bestConcept(label, ["exit"]) : undefined;
    // The lexicon's destinations ("till arbete"), or an exit category the code list names ("annat avslut").
    // "Avslut till arbete" right under "Avslutade", not set in: the exit words in its own label say it
    // is a part of the exits, as a "varav" would.
    // So is "Till arbete" right under them, its label opening on where they went.
    const exitLed =
      !under &&
      parent?.measure === "exited" &&
      (EXIT_WORDS_FIRST.test(label.trim()) || DESTINATION_FIRST.test(label.trim()));
    const category =
      destination?.score === 1
        ? destination.concept.code
        : under
          ? destinationOfPartRow(label)
          : exitLed
            ? destinationRowCategory(label)
            : undefined;
    if (category && parent?.measure === "exited" && (unit === null || unit === "persons"))
      return readDestination(header, line, label, category, ownerOfRow());
    // A share of a destination ("Andel till arbete eller studier, %  34  30") is never a count of it.
    const share = /%|\bprocent\b|^andel/i.test(raw.trim());
    if (!folded.part && !genderWord && !concept && unit === null && !share && exitsByColumn.length === 0) {
      // "Övrigt" among destination rows is the other exits; alone, it names nothing.
      const other = heldDestinations.length > 0 && OTHER_EXIT_ROW.test(label.trim()) ? "other_exit" : undefined;
      const category = exitRowCategory(label) ?? other;
      if (category) heldDestinations.push({ line, label, category });
      return;
    }
    if (!genderWord && !concept) return;
    // "Summa" closing rows of destinations with no exits row above them: their total, never the enrolled.
    if (genderWord?.[1] === "all" && !parent && heldDestinations.length > 0) {
      // Under a header titled by the exits ("Avslutade till   2025   2024"), a total that is the
      // destinations' sum in every year's column is the exits of each year.
      // The federation's only: the held destinations are settled as its own.
      if (EXIT_TITLED.test(header.raw) && ownerOfRow() === null && readExitsTotal(header, line, text)) return;
      return unread("the total of destination rows, not of the participants");
    }
    const owner = ownerOfRow();
    if (concept?.kind === "finance") {
      setParent(undefined);
      // The statement layer reads a headless budget table's money.
      if (scope.kind === "intervention" || inHeadless.has(line)) return;
      if (unit === null || unit === "persons") return unread("no unit stated for an amount");
      if (unit === UNKNOWN_UNIT) {
        const written = readUnit(label)?.written ?? tableUnit?.written ?? "";
        const what = `table with year columns ${header.years.join(", ")}: "${label}"`;
        findings.push(unknownUnit(OVERVIEW_SECTION, line, written, what));
        return;
      }
      const row = readGridRow(raw, header, (v) => Math.abs(scaleAmount(v, unit).sek) <= IMPLAUSIBLE_SEK);
      if (!row.values) {
        // A result row split more than one way may still be settled by the equity row (below it).
        if (concept.code === "result") results.push({ line, raw, label, unit, concept, reason: row.reason });
        else unread(row.reason);
        return;
      }
      // A member's share of the money is not the federation's: a total of named columns reads no amount.
      if (header.totalOfNamed) return unread("an amount in a table of named columns");
      if (concept.code === "equity_end") equity = { values: row.values, unit };
      emitFinance(header, line, label, unit, concept, row.values, unread);
      return;
    }
    if (unit !== null && unit !== "persons") return;
    const measure = genderWord ? (parent?.measure ?? "enrolled") : (concept!.code as Measure);
    const gender: Gender = genderWord ? genderWord[1] : "all";
    if (!genderWord) setParent(under && parent ? { measure, indent, part: true, up: parent } : { measure, indent });
    if (owner === "unclear") return unread("whose figures these are is unclear");
    const row = readGridRow(raw, header, (v) => Number.isInteger(v) && v >= 0 && v < 100_000);
    if (!row.values) return unread(row.reason);
    if (!partsAddUp(header, measure, row.values))
      return unread("its parts of the year do not add up to the whole year");
    if (!namedAddUp(header, row.values)) return unread("its named columns do not add up to its total");
    row.values.forEach((value, i) => {
      if (Number.isNaN(value) || Number.isNaN(header.years[i])) return;
      if (owner === null && measure === "exited" && gender === "all") {
        exitsByColumn[i] = value;
        federationExits.set(header.years[i]!, value);
      }
      facts.push({
        table: "participant_count",
        intervention: owner,
        year: header.years[i]!,
        measure,
        gender,
        value,
        line,
        text,
        section: PT,
        approximate: false,
      });
    });
    if (parts && !genderWord) readParts(header, line, label, measure, owner, row.values, parts);
    if (owner === null && measure === "exited" && gender === "all") settleHeldDestinations(header);
  }

  /**
   * A total row closing destination rows under a header titled by the exits, in a table of the
   * federation's: each year's cell is stored as that year's exits, and the destinations with it, only where every year's destinations
   * are all given and add up to the cell. False where they do not (nothing stored).
   */
  function readExitsTotal(header: YearHeader, line: number, text: string): boolean {
    const ok = (v: number) => Number.isInteger(v) && v >= 0 && v < 100_000;
    const total = readGridRow(rowText(header, line), header, ok).values;
    const parts = heldDestinations.map((d) => readGridRow(rowText(header, d.line), header, ok).values);
    const read = header.years.flatMap((y, i) => (Number.isNaN(y) ? [] : [i]));
    if (!total || parts.some((p) => !p) || new Set(heldDestinations.map((d) => d.category)).size !== parts.length)
      return false;
    if (!read.every((i) => !Number.isNaN(total[i]!) && parts.reduce((a, p) => a + p![i]!, 0) === total[i]!))
      return false;
    for (const i of read) {
      exitsByColumn[i] = total[i]!;
      federationExits.set(header.years[i]!, total[i]!);
      facts.push({
        table: "participant_count",
        intervention: null,
        year: header.years[i]!,
        measure: "exited",
        gender: "all",
        value: total[i]!,
        line,
        text,
        section: PT,
        approximate: false,
      });
    }
    settleHeldDestinations(header);
    return true;
  }

  /**
   * A count's parts in brackets ("287 (161/126)", already checked to add up to it): women and men
   * in the order a legend gives ("(kv/m)" in the label or over the table); without one, not read.
   */
  function readParts(
    header: YearHeader,
    line: number,
    label: string,
    measure: Measure,
    owner: string | null,
    totals: readonly number[],
    parts: readonly [string, string],
  ) {
    const order = partsOrder([label, doc.at(header.line), doc.at(header.line - 1)]);
    if (!order) return unreadRow(header, line, label)("no legend says which bracketed part is women and which men");
    parts.forEach((partRaw, k) => {
      const gender: Gender = (k === 0) === (order === "women_men") ? "woman" : "man";
      const cells = readGridRow(partRaw, header, (v) => Number.isInteger(v) && v >= 0 && v < 100_000);
      cells.values?.forEach((value, i) => {
        if (Number.isNaN(value) || Number.isNaN(header.years[i]) || Number.isNaN(totals[i]!)) return;
        facts.push({
          table: "participant_count",
          intervention: owner,
          year: header.years[i]!,
          measure,
          gender,
          value,
          line,
          text: doc.at(line),
          section: PT,
          approximate: false,
        });
      });
    });
  }

  /**
   * Destination rows held above the exits total (or, with `earlier`, in a table of their own):
   * stored when, in every column read, they add up to the exits exactly.
   */
  function settleHeldDestinations(header: YearHeader, earlier?: readonly (number | undefined)[]) {
    if (earlier) exitsByColumn = [...earlier];
    const held = heldDestinations;
    heldDestinations = [];
    if (held.length === 0) return;
    const rows = held.map((d) =>
      readGridRow(rowText(header, d.line), header, (v) => Number.isInteger(v) && v >= 0 && v < 100_000),
    );
    const read = header.years.flatMap((y, i) => (Number.isNaN(y) ? [] : [i]));
    const addUp =
      new Set(held.map((d) => d.category)).size === held.length &&
      rows.every((r) => r.values) &&
      read.every(
        (i) => exitsByColumn[i] !== undefined && rows.reduce((a, r) => a + r.values![i]!, 0) === exitsByColumn[i],
      );
    for (const d of held)
      if (addUp) readDestination(header, d.line, d.label, d.category, null);
      else unreadRow(header, d.line, d.label)("its destinations do not add up to the exits total below them");
  }

  return { facts, findings, coverage, awaiting };
}
