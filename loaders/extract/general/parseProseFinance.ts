/**
 * The year's revenue, costs, result and equity as any report's running text states them ("Förbundet
 * redovisar ett underskott på 0,6 Mkr", "Eget kapital uppgick den 31 december 2024 till 3,1
 * miljoner kronor"), read sentence by sentence with the money grammar. An amount inside an
 * intervention's section is that intervention's, not the federation's: it is not stored. A
 * rounded amount is stored as approximate. Running text that restates a table ("intäkterna
 * uppgick till ca 5,0 Mkr" beside a statement with 4 987 000) is not read at all: a row of the
 * document names that figure, and the table's exact amount is the figure whether or not a table
 * reader could read it. A bullet under a line stating the same figure is a part of it, an amount
 * under a heading for a budget or another year is not the year's, and one figure given two amounts
 * that disagree is stored from neither. Every amount not stored becomes an unread number with its
 * reason.
 */
import { authorOf } from "./federationRows.ts";
import { CONCEPTS, foldLabel, PROSE_CONCEPTS } from "../../reference/concepts.ts";
import type { FactInput, FindingInput } from "../../schema/facts.ts";
import type { DocumentText, ParseOutput } from "../documentText.ts";
import {
  PROSE_FINANCE_ITEMS,
  readMoneySentence,
  signsDeficits,
  type MoneyFigure,
  type MoneyReading,
} from "./moneyGrammar.ts";
import { BULLET, lineAt, proseUnits, sentencesOf, type ProseUnit } from "./proseSentences.ts";
import { readEverydayMoney } from "./everydayMoney.ts";
import { findAmounts } from "../numbers.ts";
import { aboutAnotherBody, anotherBodysAmount } from "./otherBodies.ts";
import {
  headingLaterYear,
  headingNotTheYear,
  headingOverInterventionsMoney,
  headingYear,
  opensOnGoal,
} from "./headingPeriod.ts";
import { isHeading, scopeByLine } from "./sectionScope.ts";
import { awaitingResult, signNamedNext } from "./unsignedResults.ts";
import { unknownUnit, unreadNumber } from "../findings.ts";
import { unknownUnitAmounts } from "../../reference/units.ts";
import { isEasyRead } from "./easyRead.ts";
import { ownPeriodIsTheYear, partOfYearItemOver } from "./partYear.ts";
import { lastYearIsReportYear, writtenAfterYear } from "./writtenLater.ts";
import { datingYear } from "./sentenceYear.ts";
/** "i år", "innevarande år": the year a text is written in. */
const THIS_YEAR = /(?<!\p{L})(?:i år|innevarande år|det här året|detta år)(?!\p{L})/iu;
import { comparisonClause, withoutChangeClauses } from "./comparisonClauses.ts";
import { withoutDashComments } from "./dashComments.ts";

const SECTION = "general:prose_finance";
/** Every sentence in everyday money words says "kronor": a cheap look before its shapes are tried. */
const EVERYDAY_CUE = /kronor/i;

/** "Verksamhetens intäkter (tkr) 4 987 5 012", "Årets resultat 1 308 — -329": a label, then numbers only. */
const TABLE_ROW = /^(\D{3,60}?)\s+[(−–—-]?\d[\d\s,.()−–—%-]*$/;
/** A year standing alone among the cells ("… under 2025."). */
const LONE_YEAR = /(?<!\d\s?|[,.])(?:19|20)\d\d(?![\d,]|\s\d)/g;
/** A cell that can be an amount: three digits in a run, or a decimal ("4,6" Mkr). */
const AMOUNT_CELL = /\d{3}|\d[,.]\d/;
/**
 * A sentence that ends in a page or note reference ("Resultaträkningen finns på sidorna 14–15.",
 * "Se not 3."): it points at a table, it is not one of its rows. Only with the full stop that ends
 * a sentence: a statement row "Verksamhetens intäkter  Not 2  4 987" stays a row.
 */
const POINTS_AT = /(?<!\p{L})(sidan|sidorna|sida|sid|s|not|noterna|bilaga|bilagan|tabell|avsnitt)\.?$/iu;
const pointsAt = (label: string, line: string) => POINTS_AT.test(label) && /\d\.\s*$/.test(line);

/** Each item prose reads, with every stem that names it, folded. */
const ITEM_STEMS: [string, string[]][] = [...new Set(PROSE_FINANCE_ITEMS)].map((item) => [
  item,
  // A whole-word mark ("netto$") is dropped: this guard errs wide on purpose.
  [...CONCEPTS, ...PROSE_CONCEPTS]
    .filter((c) => c.kind === "finance" && c.code === item)
    .flatMap((c) => c.stems.map((s) => s.replace(/\$$/, ""))),
]);

/**
 * The finance items some row of a table in the document names, read by a table reader or not.
 * A stem counts anywhere inside a word ("Verksamhetsintäkter", "Ränteintäkter"): this only ever
 * keeps prose from being read, so erring wide is safe.
 */
export function itemsInTables(doc: DocumentText, keep: (line: number) => boolean = () => true): Set<string> {
  const items = new Set<string>();
  for (let n = 1; n <= doc.lineCount; n++) {
    if (!keep(n)) continue;
    // A row holds a digit: a line without one is passed by before the pattern.
    if (!/\d/.test(doc.at(n))) continue;
    // A narrow column's line whose sentence runs on below in lower case ("Eget kapital vid årets slut: 3,1"
    // / "miljoner, …" on a teletext page) is wrapped prose, no row.
    if (doc.inColumn(n) && doc.inColumn(n + 1) && /^\p{Ll}/u.test(doc.at(n + 1))) continue;
    const m = TABLE_ROW.exec(doc.at(n));
    if (!m || /[.!?]$/.test(m[1]!) || pointsAt(m[1]!, doc.at(n))) continue;
    // A row of scores or counts ("Kostnaderna överskrider budget  2  4  8", a risk matrix) holds no amount:
    // an amount has three digits, a thousands group or decimals (Mkr).
    // "… att använda 700 tkr av det egna kapitalet under" / "2025.": a year ending a wrapped sentence is no cell.
    if (!AMOUNT_CELL.test(doc.at(n).slice(m[1]!.length).replace(LONE_YEAR, " "))) continue;
    const label = foldLabel(m[1]!).words.join(" ");
    for (const [item, stems] of ITEM_STEMS) if (stems.some((s) => label.includes(s))) items.add(item);
  }
  return items;
}

/** A column header's year: "2023", "2023-12-31". */
const HEADER_YEAR = /(?<!\d)((?:19|20)\d\d)(?:-\d\d-\d\d)?(?!\d)/g;
/** The basis a column header may name beside its year. */
const BASIS_WORD = "budget|utfall|bokslut|prognos|avvikelse|förändring";
/** At most this many words on a line of column headers ("Belopp i tkr  Not  Utfall 2022  Utfall 2023  Förändring"). */
const HEADER_WORDS = 10;
/** A basis word right beside a year, as a column's header names the two: "Budget 2025", "2024 Utfall". */
const BASIS_BY_YEAR = new RegExp(
  `(?<!\\p{L})(?:${BASIS_WORD})\\s+(?:19|20)\\d\\d(?!\\d)|(?<!\\d)(?:19|20)\\d\\d\\s+(?:${BASIS_WORD})(?!\\p{L})`,
  "iu",
);

/**
 * What the columns of the document's tables are: the years their headers name, and whether one
 * names a budget. A header is a short line that is not a sentence, with no number but years and
 * dates, naming two years or a year beside a basis word ("Budget 2023  Utfall 2023  Avvikelse").
 * `found` is false when no line looks like one: then nothing is known of the tables' columns.
 */
export function tableColumns(doc: DocumentText): { found: boolean; years: Set<number>; budget: boolean } {
  const columns = { found: false, years: new Set<number>(), budget: false };
  for (let n = 1; n <= doc.lineCount; n++) {
    const t = doc.at(n);
    // A header names a year: most lines hold none and are passed by before the patterns.
    if (!/(19|20)\d\d/.test(t) || /[.!?:]$/.test(t.trim())) continue;
    const rest = t.replace(HEADER_YEAR, " ");
    if (/\d{3}|\d[\s,]\d/.test(rest) || t.split(/[\s|]+/).filter(Boolean).length > HEADER_WORDS) continue;
    const years = [...t.matchAll(HEADER_YEAR)].map((m) => Number(m[1]));
    // One year makes a header only beside a basis word of its column ("Utfall 2025   Budget 2025"),
    // not in a title that mentions a budget ("Verksamhetsplan 2026 med budget").
    if (new Set(years).size < 2 && !BASIS_BY_YEAR.test(t)) continue;
    columns.found = true;
    for (const y of years) columns.years.add(y);
    if (/(?<!\p{L})budget/iu.test(t)) columns.budget = true;
  }
  return columns;
}

/**
 * A plan or a budget ("Verksamhetsplan och budget 2025", "Styrelsen har antagit budget för 2025"),
 * told by its title, the first line of text: its figures for the year are planned, never the outcome.
 */
// A förbundsordning sets the rules and the fees of the years it governs: planned, never an outcome.
const PLAN_TITLE = /verksamhetsplan|(?<!\p{L})budget(en)?\s+(för\s+)?(19|20)\d\d|(?<!\p{L})plan för|^förbundsordning/iu;
export function isPlanDocument(doc: DocumentText): boolean {
  for (let n = 1; n <= doc.lineCount; n++) {
    const t = doc.at(n).replace(/^#+\s*/, "");
    if (t !== "") return PLAN_TITLE.test(t);
  }
  return false;
}

/**
 * The first year a plan or a set of rules governs: the year its opening lines say it applies from
 * ("att gälla från och med den 1 januari 2026", "gäller fr.o.m. 2026"), where that is after the
 * document's own year; else the document's year. A year before it, told in the past tense, is an
 * outcome the plan looks back on ("Under 2025 var intäkterna …").
 */
const APPLIES_FROM =
  /gäll\p{L}*\s+(?:från\s+och\s+med|fr\.?\s?o\.?\s?m\.?|från)\s+(?:den\s+)?(?:1\s+januari\s+)?((?:19|20)\d\d)(?!\d)/iu;
const OPENING_LINES = 6;
export function planFirstYear(doc: DocumentText): number {
  for (let n = 1; n <= Math.min(doc.lineCount, OPENING_LINES); n++) {
    const t = doc.at(n);
    if (!/gäll/i.test(t)) continue;
    // The sentence may wrap: the line and the next read as one.
    const m = APPLIES_FROM.exec(`${t} ${doc.at(n + 1)}`);
    if (m && Number(m[1]) > doc.periodYear) return Number(m[1]);
  }
  return doc.periodYear;
}

/**
 * A bullet under a line that states an amount ("Kostnader på 10,3 m.kr" / "• Administrativa
 * kostnader på 2 m.kr"): the list breaks that amount down, so its amounts are parts of it, unless
 * the lead states only other figures than the bullet's.
 */
function underStatedAmount(doc: DocumentText, line: number, item: string): boolean {
  const bullet = (n: number) => BULLET.test(doc.at(n).trim());
  const blank = (n: number) => doc.at(n).trim() === "";
  if (!bullet(line)) return false;
  const lo = Math.max(1, line - 20);
  let n = line - 1;
  while (n >= lo) {
    if (blank(n) || bullet(n)) {
      n--;
      continue;
    }
    // A run of text lines: a bullet's wrapped continuation when a bullet stands right above it, else the list's lead.
    let top = n;
    while (top > lo && !blank(top - 1) && !bullet(top - 1)) top--;
    if (top > 1 && bullet(top - 1)) {
      n = top - 1;
      continue;
    }
    const lead = doc.join(top, n);
    if (findAmounts(lead).length === 0) return false;
    // A lead that states other figures only ("Intäkterna var 8,2 mnkr:") does not break this one down.
    const figures = readMoneySentence(lead, doc.periodYear).figures;
    return figures.length === 0 || figures.some((f) => f.item === item);
  }
  return false;
}

type FinanceFact = Extract<FactInput, { table: "finance" }>;
interface ReadAmount {
  fact: FinanceFact;
  precision: number;
  raw: string;
  /**
   * A member's own figure ("Åby kommun redovisade …", or unnamed in a member's minutes): no rival
   * of the federation's; `dropOtherBodies` drops it.
   */
  otherBody: boolean;
}

/**
 * One figure stated twice with amounts that cannot both be it ("Kostnader på 10,3 m.kr" and "en
 * kostnad av 1,1 m.kr" both read as the year's costs): running text gave no single reading, so
 * none is stored. Amounts that agree within their precision ("5,0 Mkr", "4 987 tkr") are one figure.
 */
function refuseConflicts(read: ReadAmount[], unread: (line: number, raw: string, why: string) => void): FactInput[] {
  const key = (f: FinanceFact) => `${f.item}|${f.year}|${f.basis}`;
  const kept: FactInput[] = [];
  for (const r of read) {
    const rival = read.find(
      (o) =>
        o !== r &&
        !o.otherBody &&
        !r.otherBody &&
        key(o.fact) === key(r.fact) &&
        Math.abs((o.fact.amount_sek ?? 0) - (r.fact.amount_sek ?? 0)) > o.precision + r.precision,
    );
    if (rival) unread(r.fact.line, r.raw, `running text gives this figure another amount on line ${rival.fact.line}`);
    else kept.push(r.fact);
  }
  return kept;
}

/** A sentence about the equity: the next one's "det" may stand for it. */
const NAMES_EQUITY = /(?<!\p{L})(det egna kapitalet|eget kapital)(?!\p{L})/iu;

/** A figure of a sentence, with where it stands. */
/** A year written in the sentence ("2024", "31 december 2024"): it dates its figures itself. */
const YEAR_NAMED = /(?<!\d)(?:19|20)\d\d(?!\d)/;

interface Placed {
  figure: MoneyFigure;
  line: number;
  /** The sentence's lines, for the fact's text. */
  text: string;
  sentence: string;
  /** The sign the next sentence names for an unsigned result it follows (`signNamedNext`). */
  hint?: 1 | -1;
}

/** Amounts agree within the coarser one's rounding (kronor against kronor: exactly). */
const agree = (a: number, b: number, precision: number) => Math.abs(a - b) <= precision;

/**
 * A result read but for its sign, signed by an identity with figures the running text gave:
 * revenue − costs = the operating result ("Verksamhetens resultat blev därmed 292 440 kronor"
 * after the revenue and the costs), this year's equity − last year's = the result, and else
 * revenue − costs = the result where the result stands well beyond the figures' rounding. The
 * identity's difference must equal the amount; its sign is the result's. None stored otherwise.
 */
function signedByIdentity(u: MoneyFigure, read: readonly ReadAmount[]): MoneyFigure | undefined {
  const level = (item: string, year: number) =>
    read.filter((r) => !r.otherBody && r.fact.item === item && r.fact.year === year && r.fact.basis === u.basis);
  const one = (item: string, year: number) => {
    const found = level(item, year);
    return found.length === 1 ? found[0] : undefined;
  };
  const byDifference = (a: ReadAmount | undefined, b: ReadAmount | undefined, margin = 1): MoneyFigure | undefined => {
    if (!a || !b || a.fact.amount_sek == null || b.fact.amount_sek == null) return undefined;
    const difference = a.fact.amount_sek - b.fact.amount_sek;
    const precision = a.precision + b.precision + u.precision;
    if (difference === 0 || !agree(Math.abs(difference), u.sek, precision) || u.sek <= (margin - 1) * precision)
      return undefined;
    return { ...u, sek: Math.sign(difference) * u.sek };
  };
  const operating = () => byDifference(one("revenue_operating", u.year), one("cost_operating", u.year));
  if (u.item === "operating_result") return operating();
  if (u.item !== "result" || u.basis !== "actual") return undefined;
  // The result is the operating result and the financial items: where revenue − costs is the
  // result within rounding, the financial items are too small to turn its sign, as long as the
  // result is well beyond the rounding ("Årets resultat blev 333 500 kr" after revenue 11 386 400 kr
  // and costs 11 052 900 kr).
  return (
    byDifference(one("equity_end", u.year), one("equity_end", u.year - 1)) ??
    byDifference(one("revenue_operating", u.year), one("cost_operating", u.year), 3)
  );
}

/**
 * "Förbundets resultat för år 2024 är 412 tkr. … intäkter uppgick till 14 280 tkr och verksamhetens
 * kostnader till 13 884 tkr. Finansiella intäkter … tillkom med 16 tkr.": the year's result stated
 * without a sign takes the sign of revenue − costs + financial income − financial costs, all read
 * from the same running text for the year, where that sum is the result's size within their
 * precision (the identity "result"); the operating result ("Verksamhetens resultat blev 235 880 kronor")
 * the sign of revenue − costs alone (the identity "operating_result"). Nothing is signed when revenue or costs are missing or stated
 * twice with different amounts, when the sum is another size, when it is too near zero to have a
 * sign, or when the year's result is read already.
 */
function signByResultIdentity(
  read: readonly ReadAmount[],
  unsigned: readonly Placed[],
  financial: MoneyReading["financial"],
  year: number,
): Placed[] {
  const one = (item: string) => {
    const found = read.filter(
      (r) => !r.otherBody && r.fact.item === item && r.fact.year === year && r.fact.basis === "actual",
    );
    const amounts = new Set(found.map((r) => r.fact.amount_sek));
    return amounts.size === 1 ? found[0] : undefined;
  };
  const revenue = one("revenue_operating");
  const costs = one("cost_operating");
  if (!revenue || !costs) return [];
  let net = revenue.fact.amount_sek! - costs.fact.amount_sek!;
  let tolerance = revenue.precision + costs.precision;
  for (const item of ["revenue_financial", "cost_financial"] as const) {
    const terms = financial.filter((f) => f.item === item);
    if (new Set(terms.map((f) => f.sek)).size > 1) return [];
    if (terms[0]) {
      net += item === "revenue_financial" ? terms[0].sek : -terms[0].sek;
      tolerance += terms[0].precision;
    }
  }
  // "Verksamhetens resultat blev 235 880 kronor": the operating result is revenue − costs alone.
  const operating = revenue.fact.amount_sek! - costs.fact.amount_sek!;
  const operatingTolerance = revenue.precision + costs.precision;
  const out: Placed[] = [];
  for (const u of unsigned) {
    const f = u.figure;
    if (f.item !== "result" && f.item !== "operating_result") continue;
    if (f.basis !== "actual" || f.year !== year || aboutAnotherBody(u.sentence)) continue;
    if (one(f.item)) continue;
    const [sum, slack] = f.item === "result" ? [net, tolerance] : [operating, operatingTolerance];
    const size = Math.abs(f.sek);
    const within = slack + f.precision;
    if (Math.abs(sum) <= within || Math.abs(Math.abs(sum) - size) > within) continue;
    out.push({ ...u, figure: { ...f, sek: Math.sign(sum) * size } });
  }
  return out;
}

/** "Det planerade underskottet på 600 tkr", "det budgeterade överskottet om 0,2 mnkr": a budgeted result named as such. */
const PLANNED_RESULT = /(?<!\p{L})(?:planerade|budgeterade)\s+(underskott|överskott)(?:et)?\s+(?:på|om)\s+$/iu;

/**
 * "För 2025 … en budget med intäkter på 9 380 tkr och kostnader på 9 980 tkr. Det planerade
 * underskottet på 600 tkr …": the budgeted result of the year the sentence before budgeted, stored
 * only where that budget's revenue − costs is the amount, with the sign its word gives.
 */
function plannedResult(
  sentence: string,
  reading: MoneyReading,
  before: readonly MoneyFigure[],
): MoneyFigure | undefined {
  if (before.length === 0 || !/planerade|budgeterade/i.test(sentence)) return undefined;
  const revenue = before.filter((f) => f.item === "revenue_operating");
  const cost = before.filter((f) => f.item === "cost_operating");
  if (revenue.length !== 1 || cost.length !== 1 || revenue[0]!.year !== cost[0]!.year) return undefined;
  for (const u of reading.unread) {
    const m = PLANNED_RESULT.exec(sentence.slice(0, u.start));
    const a = findAmounts(sentence.slice(u.start)).find((x) => x.index === 0);
    if (!m || !a || a.sek <= 0) continue;
    const sek = /under/i.test(m[1]!) ? -a.sek : a.sek;
    const net = revenue[0]!.sek - Math.abs(cost[0]!.sek);
    if (Math.abs(net - sek) > Math.max(a.precision, revenue[0]!.precision, cost[0]!.precision)) return undefined;
    return {
      item: "result",
      sek,
      approximate: a.approximate || a.precision > 0,
      precision: a.precision,
      start: u.start,
      end: u.start + a.raw.length,
      raw: a.raw,
      clause: sentence.slice(m.index, u.start + a.raw.length),
      basis: "budget",
      year: revenue[0]!.year,
    };
  }
  return undefined;
}

/**
 * Whether a heading stands between two lines; a lead-in closing on a colon ("Så här mycket betalade
 * var och en:") opens a list inside its section, and a page's number ("Sidan 4") is furniture, not a heading.
 */
function headingBetween(doc: DocumentText, after: number, before: number): boolean {
  if (after < 1) return false;
  for (let n = after + 1; n < before; n++) if (isHeading(doc, n) && !/:\s*$/.test(doc.at(n))) return true;
  return false;
}

export function parseProseFinance(doc: DocumentText): ParseOutput {
  const read: ReadAmount[] = [];
  const findings: FindingInput[] = [];
  const scopes = scopeByLine(doc);
  const year = doc.periodYear;
  // A member's own report (its head names the member): its tables outside the section on the
  // federation are the member's accounts, never the federation's figures restated.
  const byMember = authorOf(doc, "kommunens") !== undefined || authorOf(doc, "regionens") !== undefined;
  const inTables = itemsInTables(doc, byMember ? (n) => scopes[n - 1]?.kind === "federation" : undefined);
  const columns = tableColumns(doc);
  const plan = isPlanDocument(doc);
  const planFrom = plan ? planFirstYear(doc) : year;
  const financial: MoneyReading["financial"] = [];
  const unread = (line: number, raw: string, why: string) =>
    findings.push(
      unreadNumber({ subject: SECTION, line, value: raw, message: `"${raw}" in running text was not stored: ${why}` }),
    );
  /** Why a figure of running text is not the federation's for its year, or undefined. */
  const notTheYears = ({ figure: f, line, sentence }: Placed): string | undefined => {
    // A budget or an earlier year's figure is restated only where a table has that column, or where no
    // header says which columns the tables have: "räknat med ett underskott om 350 000 kr" beside a table
    // of years is read.
    // Tables whose headers name only other years ("Budget 2026 | Plan 2027 | Plan 2028") hold no figure
    // of the year a plan's opening looks back on ("Vad hände 2025?").
    const tableHasIt =
      f.basis === "budget"
        ? columns.budget || !columns.found
        : (f.year === year && !(columns.found && !columns.years.has(year))) ||
          columns.years.has(f.year) ||
          !columns.found;
    if (inTables.has(f.item) && tableHasIt) return "restates a figure a table of the document gives";
    // An earlier year's outcome beside the plan ("utfallet för 2023 blev …") is that year's actual.
    if (plan && f.basis === "actual" && f.year >= planFrom)
      return "the document is a plan or a budget: its figures are not the year's outcome";
    const scope = scopes[line - 1]!;
    if (scope.kind === "intervention") return `in the section of the intervention ${scope.name}, not the federation's`;
    // A sentence naming the report's year itself ("Under 2025 hade förbundet intäkter …") is that year's under
    // a title dated by a later year only (`headingPeriod.ts` `publishedLater`), as running text's counts are.
    const heading =
      f.basis === "actual" && f.year === year
        ? headingNotTheYear(doc, line, datingYear(sentence) === year ? year : undefined)
        : undefined;
    if (heading) return heading;
    const theirs = headingOverInterventionsMoney(doc, line);
    if (theirs !== undefined) return `under the heading "${theirs}": the interventions' money together`;
    // "✔ Styrelsemöte 28/8: halvårsstatistik 2025." over "    Utfall: intäkter 3 100 tkr": a note set in under
    // an item naming a part of the year is that part's.
    const item = f.basis === "actual" && f.year === year ? partOfYearItemOver(doc, line) : undefined;
    if (item !== undefined) return `set in under "${item}": a part of the year`;
    if (underStatedAmount(doc, line, f.item))
      return "a bullet under a line that states an amount: a part of that amount";
    return undefined;
  };
  /** Stores a figure that is the federation's for its year (`confirmedBy`: the identity that signed it). */
  const keep = (p: Placed, confirmedBy?: string[]) => {
    const why = notTheYears(p);
    if (why) {
      unread(p.line, p.figure.raw, why);
      return;
    }
    const f = p.figure;
    const fact: FinanceFact = {
      table: "finance",
      year: f.year,
      basis: f.basis,
      item: f.item,
      amount_sek: f.sek,
      value: null,
      source_label: f.clause.slice(0, 200),
      line: p.line,
      text: p.text,
      section: SECTION,
      approximate: f.approximate,
      ...(confirmedBy ? { confirmed_by: confirmedBy } : {}),
    };
    read.push({
      fact,
      precision: f.precision,
      raw: f.raw,
      otherBody: aboutAnotherBody(p.sentence) || anotherBodysAmount(doc, p.line, f.sek),
    });
  };
  /**
   * "Vi fick … kronor. / Vi använde … kronor. / Det blev … kronor över.": each on a line of its own,
   * one paragraph (no blank line between), stored only as a trio that agrees.
   */
  const readEverydayWords = () => {
    if (plan) return;
    let run: { unit: ProseUnit; span: { start: number; end: number } }[] = [];
    let lastLine = -1;
    const readRun = () => {
      const sentences = run.map((r) => r.unit.text.slice(r.span.start, r.span.end));
      for (const a of readEverydayMoney(sentences, year)) {
        const { unit, span } = run[a.sentence]!;
        const text = doc.join(lineAt(unit, span.start), lineAt(unit, Math.max(span.start, span.end - 1))).slice(0, 600);
        const figure: MoneyFigure = {
          item: a.item,
          sek: a.sek,
          approximate: false,
          precision: 0.5,
          start: a.start,
          end: a.end,
          raw: a.raw,
          clause: sentences[a.sentence]!,
          basis: "actual",
          year,
        };
        const line = lineAt(unit, span.start + a.start);
        // The trio is what the identity confirmed; the equity beside it is only read with it.
        keep(
          { figure, line, text, sentence: sentences[a.sentence]! },
          a.item === "equity_end" ? undefined : ["result"],
        );
      }
    };
    // In easy Swedish one section's paragraphs are one account of the year's money, however many
    // blank lines part them ("Pengar" / "Vi fick …" / "" / "Vi använde …"), and a heading between
    // starts another; elsewhere one paragraph is.
    const easy = isEasyRead(doc);
    for (const unit of proseUnits(doc)) {
      if (!EVERYDAY_CUE.test(unit.text)) {
        if (!easy) lastLine = -1;
        continue;
      }
      const first = lineAt(unit, 0);
      if (run.length > 0 && (easy ? headingBetween(doc, lastLine, first) : first !== lastLine + 1)) {
        readRun();
        run = [];
      }
      for (const span of sentencesOf(unit)) run.push({ unit, span });
      lastLine = lineAt(unit, unit.text.length - 1);
    }
    if (run.length > 0) readRun();
  };
  const unsigned: Placed[] = [];
  /** The later year's budgeted revenue and costs the sentence just before gave (on the line above, or in its paragraph). */
  let budgetBefore: MoneyFigure[] = [];
  let lastLine = -1;
  for (const unit of proseUnits(doc)) {
    const signs = signsDeficits(unit.text);
    let afterEquity = false;
    if (unit.starts[0]!.line !== lastLine + 1) budgetBefore = [];
    lastLine = lineAt(unit, Math.max(0, unit.text.length - 1));
    const spans = sentencesOf(unit);
    for (const [i, s] of spans.entries()) {
      // In news written after the year, "förra året" is the report's year (writtenLater.ts).
      // In a first or last, shortened year's report, "under perioden" is the year (partYear.ts).
      const told = ownPeriodIsTheYear(
        doc,
        lastYearIsReportYear(doc, unit.text.slice(s.start, s.end), unit.text, unit.starts[0]!.line),
      );
      // "… 8,8 mkr – en strukturell nivå som …": a dash's comment is blanked for every judgement of the
      // sentence (dashComments.ts).
      const sentence = withoutDashComments(told) ?? told;
      // "… 7 420 000 kronor, mot 2023 års 7 180 000 kronor.": a closing comparison with an earlier year is
      // blanked before the grammar reads the sentence (comparisonClauses.ts); its amount stays unread.
      // So is a change from an earlier year said beside it (", en ökning med 4 procent jämfört med 2024").
      const unchanged = withoutChangeClauses(sentence, year) ?? sentence;
      const compared = comparisonClause(unchanged, year);
      const reading = readMoneySentence(compared?.blanked ?? unchanged, year, { signsDeficits: signs, afterEquity });
      if (compared?.money)
        reading.unread.push({
          start: compared.start,
          raw: compared.raw,
          why: `an amount of ${compared.year} compared with`,
        });
      // "Mål: Eget kapital under 20 procent …", "Beslut: …": a goal or a decision, never the year's outcome.
      if (opensOnGoal(sentence)) {
        // An unsigned result is among the unread already.
        for (const f of reading.figures)
          reading.unread.push({ start: f.start, raw: f.raw, why: "a goal or a decision, not the year's outcome" });
        reading.figures = [];
        reading.unsigned = [];
        reading.financial = [];
      }
      // "I år har styrelsen budgeterat ett underskott på …" in a text written after its year (a speech, a
      // newsletter): the year it is written in, never the report's.
      if (reading.figures.length > 0 && THIS_YEAR.test(sentence) && writtenAfterYear(doc)) {
        for (const f of reading.figures)
          reading.unread.push({
            start: f.start,
            raw: f.raw,
            why: "the year the text is written in ('i år'), not the report's",
          });
        reading.figures = [];
        reading.unsigned = [];
        reading.financial = [];
      }
      // A plain search first: most sentences name no capital at all.
      afterEquity = /kapital/i.test(sentence) && NAMES_EQUITY.test(sentence);
      const planned = plannedResult(sentence, reading, budgetBefore);
      budgetBefore = reading.figures.filter((f) => f.basis === "budget" && f.year > year);
      if (planned) {
        reading.figures.push(planned);
        reading.unread = reading.unread.filter((u) => u.start !== planned.start);
      }
      // An amount in another currency is no kronor: left unread, and the finding names its unit.
      for (const u of unknownUnitAmounts(sentence))
        findings.push(unknownUnit(SECTION, lineAt(unit, s.start + u.index), u.written, `"${u.raw}" in running text`));
      if (reading.figures.length === 0 && reading.unread.length === 0) continue;
      // "## 2024" / "Intäkterna uppgick till 6,0 mnkr …": a sentence naming no year of its own is of the year
      // its section's heading names alone, an earlier year's outcome or a later year's budget (headingPeriod.ts).
      if (!YEAR_NAMED.test(sentence)) {
        const line = lineAt(unit, s.start);
        const earlier = plan ? undefined : headingYear(doc, line);
        const later = earlier === undefined ? headingLaterYear(doc, line) : undefined;
        const redate = (f: MoneyFigure): MoneyFigure =>
          f.year !== year
            ? f
            : earlier !== undefined && f.basis === "actual"
              ? { ...f, year: earlier }
              : later !== undefined && f.basis === "budget"
                ? { ...f, year: later }
                : f;
        if (earlier !== undefined || later !== undefined) {
          reading.figures = reading.figures.map(redate);
          reading.unsigned = reading.unsigned.map(redate);
        }
      }
      for (const u of reading.unread) unread(lineAt(unit, s.start + u.start), u.raw, u.why);
      const text = doc.join(lineAt(unit, s.start), lineAt(unit, Math.max(s.start, s.end - 1))).slice(0, 600);
      const placed = (figure: MoneyFigure): Placed => ({
        figure,
        line: lineAt(unit, s.start + figure.start),
        text,
        sentence,
      });
      reading.figures.forEach((f) => keep(placed(f)));
      // "Resultatet blev 486 tkr. Överskottet beror på …": the next sentence names the sign of the
      // result this one ended on (no amount after it).
      const next = spans[i + 1];
      const hint = next && reading.unsigned.length > 0 ? signNamedNext(unit.text.slice(next.start, next.end)) : 0;
      const lastAmount = (f: MoneyFigure) => findAmounts(sentence.slice(f.end)).length === 0;
      unsigned.push(
        ...reading.unsigned.map((f) => ({ ...placed(f), ...(hint !== 0 && lastAmount(f) ? { hint } : {}) })),
      );
      // The financial items: terms of the result's identity, under the same rules as a figure.
      if (scopes[lineAt(unit, s.start) - 1]!.kind !== "intervention" && !plan) financial.push(...reading.financial);
    }
  }
  readEverydayWords();
  // After every sentence: an identity may need a figure stated after the result (equity, below it).
  const left: Placed[] = [];
  for (const u of unsigned) {
    const signed = signedByIdentity(u.figure, read);
    // An identity that gives the other sign than the next sentence names: the text disagrees with itself.
    if (signed && u.hint !== undefined && Math.sign(signed.sek) !== u.hint) continue;
    if (signed) keep({ ...u, figure: signed });
    else left.push(u);
  }
  const signedHere = signByResultIdentity(read, left, financial, year);
  for (const p of signedHere) {
    // A result the identity signed is read after all: its "without a sign" entry goes.
    if (notTheYears(p)) continue;
    if (p.hint !== undefined && Math.sign(p.figure.sek) !== p.hint) continue;
    keep(p, [p.figure.item === "operating_result" ? "operating_result" : "result"]);
    const at = findings.findIndex(
      (f) => f.line === p.line && f.value === p.figure.raw && /without a sign/.test(f.message),
    );
    if (at >= 0) findings.splice(at, 1);
  }
  const facts = refuseConflicts(read, unread);
  // The year's result no sum of the text signed waits for the sums every reader reads (unsignedResults.ts).
  const awaiting = left
    .filter(
      (u) =>
        !signedHere.some((p) => p.line === u.line && p.figure.start === u.figure.start) &&
        u.figure.item === "result" &&
        u.figure.basis === "actual" &&
        u.figure.year === year &&
        !notTheYears(u) &&
        !aboutAnotherBody(u.sentence) &&
        !anotherBodysAmount(doc, u.line, u.figure.sek),
    )
    .map((u) =>
      awaitingResult({
        year,
        size: u.figure.sek,
        line: u.line,
        text: u.text,
        section: SECTION,
        source_label: u.figure.clause.slice(0, 200),
        approximate: u.figure.approximate,
        ...(u.hint ? { hint: u.hint } : {}),
      }),
    );
  return {
    facts,
    findings,
    ...(awaiting.length > 0 ? { awaiting } : {}),
    coverage: [
      {
        section: SECTION,
        status: facts.length > 0 ? "parsed" : "missing",
        line: null,
        facts: facts.length,
        note: `revenue, costs, result and equity read from running text; ${findings.length} amount(s) left unread`,
      },
    ],
  };
}
