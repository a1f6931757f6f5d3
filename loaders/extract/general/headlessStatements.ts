/**
 * An income statement with no statement heading: a budget table in a plan or a budget
 * follow-up ("Tabell 1. Budget 2025, budget 2024 och utfall 2024" over the columns "Budget 2025
 * Budget 2024 Utfall 2024", then "Summa intäkter", "Summa kostnader", "Resultat"). Such a table
 * is found by its own shape, not by a heading word:
 * - a column header that names a budget column beside another amount column (a header of years
 *   alone is a multi-year overview's, read by parseMultiYearTables);
 * - under it, before any prose, at least two rows that the statement lexicon names as the
 *   income statement's totals (operating revenue, operating costs, a result).
 * Where the header is, the block starts; the statement layer reads it like any other.
 */
import { statementItem } from "../../reference/statementLabels.ts";
import { readUnit } from "../../reference/units.ts";
import { MONTHS } from "../../reference/months.ts";
import { clean, type DocumentText } from "../documentText.ts";
import {
  isBasisLine,
  parseColumnHeader,
  parseSplitHeader,
  parseStackedHeader,
  type Column,
  type ColumnHeader,
} from "./columnHeaders.ts";
import { gridLines, isAligned } from "./layoutGrid.ts";
import { readStatementRow } from "./statementTable.ts";
import { withoutCaptionNumber } from "./captionNumber.ts";

/** Lines a headless table may run over; a plan's budget table is short. */
const MAX_ROWS = 40;
const TOTALS = new Set(["revenue_operating", "cost_operating", "operating_result", "result"]);
/** A line that may hold a header naming a budget column: cheap to test before parsing. */
const BUDGET_WORD = /\bbudget/i;
/** Running text: a sentence, not a row (a table's rows end in numbers, not in a full stop). */
const PROSE = /\p{Ll}{2,}[.!?]\s*$/u;

export interface HeadlessStatement {
  /** The header line: the block's heading. */
  line: number;
  /** The header's text, read as the block's column header. */
  rest: string;
  /** The header line with its title blanked, columns in place, when a title stood before them. */
  layout?: string;
  /** Where each column stands, for a header stacked over two lines (`parseStackedHeader`). */
  spans?: { from: number; to: number }[];
  /** A cost-centre follow-up's bare total row ("Summa" under "Driftredovisning"): the federation's costs. */
  costTotal?: number;
  /** The block's last line where the table itself ends it (a one-column table ends at its first blank line). */
  end?: number;
}

/** The headless income statements of the document, outside the lines `taken` already holds. */
export function headlessIncomeStatements(doc: DocumentText, taken: (line: number) => boolean): HeadlessStatement[] {
  const found: HeadlessStatement[] = [];
  // A table drawn with pipes reads as one laid out with gaps, as the statement layer reads it.
  const lines = gridLines(doc);
  for (let n = 1; n <= doc.lineCount; n++) {
    const written = lines[n - 1] ?? "";
    if (taken(n)) continue;
    const single = singleColumnTitle(doc, lines, n);
    if (single) {
      found.push(single);
      continue;
    }
    if (!BUDGET_WORD.test(written) && !LEDGER_WORD.test(written)) continue;
    // "Utfall jan–dec   Budget helår": the report's year written in; bare "Budget   Utfall" below.
    // "Utkast 10/2": the draft's date says which draft, no year: the cell is read as "Utkast".
    const undated = written.replace(DATED_DRAFT, "$1");
    const raw = /\d{4}/.test(undated) ? undated : (withReportYear(undated, doc.periodYear) ?? undated);
    const { text, title } = withoutTitle(raw, doc.periodYear);
    // "Budget   Utfall   Avvikelse" with no year: in a report on one year, that year's columns.
    const yearless = /\d/.test(text) ? undefined : ofTheReportYear(doc, n, text);
    // "Utfall   Utfall   Budget" over "2024   2023   2025": each basis word with the year under it.
    const split = /\d/.test(written) ? undefined : splitHeader(doc, lines, n);
    const header = split?.header ?? yearless ?? (/\d{4}/.test(raw) ? parseColumnHeader(text) : null);
    if (!header || !(namesBudgetBeside(header.valueColumns) || ledgerBesideDraft(header.valueColumns))) continue;
    const top = split?.yearLine ?? n;
    const columns = header.valueColumns.length;
    let totals = 0;
    const rows: CentreRow[] = [];
    let centresEnded = false;
    /** Where a caption over years of another table ("Balans 31 december (tkr)   2025   2024") ends this one. */
    let endsAt: number | undefined;
    for (let k = top + 1; k <= Math.min(doc.lineCount, top + MAX_ROWS) && !taken(k); k++) {
      const t = doc.at(k);
      if (YEARS_TAIL.test(lines[k - 1] ?? "")) {
        endsAt = k - 1;
        break;
      }
      // The cost centres are the rows up to the first blank line after them.
      if (t === "" && rows.length > 0) centresEnded = true;
      if (PROSE.test(t) || parseColumnHeader(lines[k - 1] ?? "")) break;
      const row = readStatementRow(lines[k - 1] ?? "", columns, header.hasNote);
      const item = row ? statementItem(row.label, "income_statement")?.item : undefined;
      if (row && !centresEnded) rows.push({ line: k, label: row.label, values: row.values, ...(item ? { item } : {}) });
      if (item && TOTALS.has(item)) totals++;
    }
    const bareTotal = totals >= 2 ? undefined : bareCostTotal(doc, top, title, header.valueColumns, rows);
    if (totals >= 2 || costCentres(rows) || bareTotal !== undefined) {
      const unit = (title && readUnit(title)?.written) ?? captionUnit(doc, n);
      const costTotal = {
        ...(bareTotal !== undefined ? { costTotal: bareTotal } : {}),
        ...(endsAt !== undefined ? { end: endsAt } : {}),
      };
      if (split) {
        // The block starts at the year line: its years stand where the columns do.
        const cells = split.cells ?? header.valueColumns.map((c) => c.written).join("   ");
        found.push({
          line: top,
          rest: unit ? `${cells}  (${unit})` : cells,
          layout: lines[top - 1] ?? "",
          ...(split.spans ? { spans: split.spans } : {}),
          ...costTotal,
        });
        continue;
      }
      const written = yearless ? withYears(text, doc.periodYear) : text.trim();
      const rest = unit ? `${written}  (${unit})` : written;
      found.push(title || yearless ? { line: n, rest, layout: text, ...costTotal } : { line: n, rest, ...costTotal });
    }
  }
  return found;
}

/**
 * A title naming the report's year and a unit ("Direkt genererat och fördelat ekonomiskt värde 2025
 * (kronor)", "Resultat 2025, tkr") over rows of one amount each, at least two of them the income
 * statement's totals by the lexicon (revenue, costs, a result): a one-column statement of that year,
 * its header the title's year and unit. A title naming a budget, a plan, a forecast or another year
 * is none; nor are rows with a second amount (a table with columns has a header of its own).
 */
function singleColumnTitle(doc: DocumentText, lines: readonly string[], n: number): HeadlessStatement | undefined {
  // The title must name the report's year (below), which cleaning the line cannot make: a line
  // without it is passed by before it is cleaned (this ran on every line of every report).
  if (!(lines[n - 1] ?? "").includes(String(doc.periodYear))) return undefined;
  const title = clean(lines[n - 1] ?? "");
  if (title.length > 120 || !ONE_YEAR_TITLE.test(title) || NOT_ACTUALS.test(title)) return undefined;
  // Only a title about the economy itself: one naming an intervention, a member or a project is theirs.
  const words = title
    .replace(/\([^()]*\)|(?<!\d)(?:19|20)\d\d(?!\d)|[^\p{L}\s]/gu, " ")
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== "" && !UNIT_WORD.test(w));
  if (words.length === 0 || !words.every((w) => ECONOMY_WORD.test(w))) return undefined;
  const years = title.match(/(?<!\d)(?:19|20)\d\d(?!\d)/g) ?? [];
  if (years.length !== 1 || Number(years[0]) !== doc.periodYear) return undefined;
  const unit = readUnit(title)?.written;
  if (!unit) return undefined;
  let totals = 0;
  let last = n;
  for (let k = n + 1; k <= Math.min(doc.lineCount, n + MAX_ROWS); k++) {
    const t = lines[k - 1] ?? "";
    if (clean(t) === "") break;
    last = k;
    const row = readStatementRow(t, 1, false);
    // One amount a row: a gap between numbers is a second column, which a header would name.
    if (!row || row.values.length !== 1 || /\d\s{2,}[-−]?\d/.test(t)) return undefined;
    const item = statementItem(row.label, "income_statement")?.item;
    if (item && TOTALS.has(item)) totals++;
  }
  // The title's rows end at the first blank line: a row below it is none of the title's year.
  return totals >= 2 ? { line: n, rest: `${doc.periodYear}  (${unit})`, end: last } : undefined;
}
/** A title that ends on its year and a unit: "… 2025 (kronor)", "… 2025, tkr", "… 2025 i tkr". */
const ONE_YEAR_TITLE = /(?:19|20)\d\d\s*(?:\(|,|\bi\b|\bbelopp\b)[^\d]*$/iu;
/** Words that make a title's figures something other than the year's outcome, or a part of the year. */
const NOT_ACTUALS =
  /budget|plan|prognos|förslag|mål|jämförelse|delår|tertial|halvår|kvartal|ack|period|per\s+\d|(?<!\p{L})(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov)\p{L}*\s*[–-]/iu;
/** The words a title about the federation's own economy is made of; any other word names whose it is. */
const ECONOMY_WORD =
  /^(?:direkt|genererat|genererade|fördelat|fördelade|behållet|behållna|och|samt|ekonomiskt|ekonomiska|ekonomi|värde|värdet|resultat|resultatet|utfall|utfallet|årets|året|förbundets|räkenskaper|räkenskaperna|intäkter|kostnader|sammandrag|i|för|år|belopp)$/u;
const UNIT_WORD = /^(?:kr|kronor|tkr|mkr|mnkr|tusental|tusentals|miljoner)$/u;

/**
 * A header split over two lines: basis words ("Utfall   Utfall   Budget") over a line of years
 * only ("2024   2023   2025"), each year under the word nearest above it (columnHeaders.ts
 * `parseSplitHeader`). Undefined unless the line below is years alone and they pair up.
 */
function splitHeader(
  doc: DocumentText,
  lines: readonly string[],
  n: number,
): { header: ColumnHeader; yearLine: number; cells?: string; spans?: { from: number; to: number }[] } | undefined {
  const basis = lines[n - 1] ?? "";
  const below = doc.nextNonBlank(n, 1);
  if (below === undefined) return undefined;
  const years = lines[below - 1] ?? "";
  if (!isBasisLine(clean(basis)) || !YEARS_ONLY.test(clean(years))) {
    // Every cell stacked over the two lines ("Reviderad" over "budget 2025"), right one under the other,
    // where the upper line is no line of basis words alone (those pair with a line of years only).
    // With no year on them, only where the caption lines above name no other year than the report's.
    const stacked =
      below === n + 1 && !isBasisLine(clean(basis))
        ? parseStackedHeader(basis, years, captionYearOf(doc, n))
        : undefined;
    return stacked
      ? { header: stacked.header, yearLine: below, cells: stacked.cells, spans: stacked.spans }
      : undefined;
  }
  const header = parseSplitHeader(clean(basis), clean(years), { basis, year: years });
  return header ? { header, yearLine: below } : undefined;
}
/** The report's year, where the caption lines right above line n name no other year; else undefined. */
function captionYearOf(doc: DocumentText, n: number): number | undefined {
  for (let k = n - 1; k >= Math.max(1, n - 3) && doc.at(k) !== ""; k--)
    if ((doc.at(k).match(/(?<!\d)(19|20)\d\d(?!\d)/g) ?? []).some((y) => Number(y) !== doc.periodYear))
      return undefined;
  return doc.periodYear;
}

/**
 * A line of words then years alone, two or more ("Balans 31 december (tkr)   2025   2024"): another
 * table's header, never a row of this one.
 */
const YEARS_TAIL = /^\S.*?\p{L}.*?(?:\s{2,}(?:19|20)\d\d){2,}\s*$/u;

/** A line of years and nothing else: the lower half of a split header. */
const YEARS_ONLY = /^(?:(?:19|20)\d\d\s*)+$/;

/** A cell that is only a basis word: "Budget", "Utfall", "Bokslut", or the ledger's "Huvudbok" beside a draft. */
const BARE_BASIS = /(?<=^|\s{2,})(budget|utfall|bokslut|huvudbok|huvudboken)(?=\s{2,}|\s*$)/gi;
const HAS_BARE_BASIS = new RegExp(BARE_BASIS.source, "i");

/** The header with the report's year after each bare basis word ("Budget" → "Budget 2024"). */
function withYears(text: string, year: number): string {
  return text.trim().replace(BARE_BASIS, `$1 ${year}`);
}

/**
 * A header naming its columns without a year ("Kostnadsställe   Budget   Utfall   Avvikelse"),
 * read as the report's year's, where nothing says another: the header laid out in columns, and
 * no year but the report's on its caption lines above (a plan's "Budget 2025" table is another year's).
 */
function ofTheReportYear(doc: DocumentText, n: number, text: string): ReturnType<typeof parseColumnHeader> {
  if (!isAligned(text.trim()) || !HAS_BARE_BASIS.test(text)) return null;
  for (let k = n - 1; k >= Math.max(1, n - 3) && doc.at(k) !== ""; k--)
    if ((doc.at(k).match(/(?<!\d)(19|20)\d\d(?!\d)/g) ?? []).some((y) => Number(y) !== doc.periodYear)) return null;
  return parseColumnHeader(withYears(text, doc.periodYear));
}

/**
 * Under a statement's own heading ("Resultaträkning i sammandrag (belopp i tkr)"), a header of bare
 * basis words naming a budget beside the outcome ("Utfall   Budget   Avvikelse"): the report's year's
 * follow-up, its columns dated as `ofTheReportYear` dates a headless one's (no other year on the
 * caption lines above). Null for any other line.
 */
export function reportYearBasisHeader(doc: DocumentText, n: number, raw: string): ColumnHeader | null {
  if (/\d/.test(raw) || !BUDGET_WORD.test(raw)) return null;
  const header = ofTheReportYear(doc, n, raw);
  return header && namesBudgetBeside(header.valueColumns) ? header : null;
}

/** The federation's own running costs: a cost centre only the federation as a whole has. */
const OWN_COST_CENTRE =
  /^(kansli\p{L}*|styrelse\p{L}*|förbunds(?:styrelse|ledning|kansli)\p{L}*|ledning\p{L}*|administration\p{L}*|gemensam\p{L}* kostnader)(?!\p{L})/iu;
/** "Summa kostnader", "Kostnader totalt": a total that says it is of costs. */
const COSTS_TOTAL = /(?<!\p{L})kostnader(?!\p{L})/iu;

/**
 * A follow-up per cost centre ("Styrelse och revision", "Kansli", each intervention, then "Summa
 * kostnader"): the federation's total costs only where its rows include the federation's own
 * running costs (kansli, styrelse, ledning), the rows add up to the total row in every column,
 * and the total is the only row the lexicon names. An interventions' budget table sums only them.
 */
function costCentres(rows: readonly CentreRow[]): boolean {
  const named = rows.filter((r) => r.item !== undefined);
  const total = rows.at(-1);
  if (!total || named.length !== 1 || named[0] !== total || total.item !== "cost_operating") return false;
  if (!COSTS_TOTAL.test(total.label)) return false;
  const parts = rows.slice(0, -1);
  if (parts.length < 2 || !parts.some((r) => OWN_COST_CENTRE.test(r.label))) return false;
  // Every amount column adds up (a deviation column too: it is budget − outcome row by row).
  return total.values.every(
    (v, i) =>
      parts.every((p) => p.values.length === total.values.length) && parts.reduce((a, p) => a + p.values[i]!, 0) === v,
  );
}

interface CentreRow {
  line: number;
  label: string;
  values: number[];
  item?: string;
}

/** A total row that names nothing but being one: "Summa", "Totalt", "Summa totalt", "S:a". */
const BARE_TOTAL = /^(?:summa|totalt|total|summa totalt|s:a|totalsumma)$/iu;
/** A caption or title saying its rows are costs: "Driftredovisning", "Kostnader per verksamhet", "Kostnadsställe". */
const COSTS_CAPTION = /(?<!\p{L})(?:driftsredovisning|driftredovisning|kostnad\p{L}*|driftkostnad\p{L}*)(?!\p{L})/iu;

/**
 * A follow-up per cost centre closed by a bare total ("Summa", "Totalt") under a caption or a
 * label-column title naming costs ("Driftredovisning 2024 (kr)", "Kostnadsställe   Budget
 * Utfall"): the total is the federation's costs on the same terms as `costCentres` (its own
 * running costs among the rows, every column adding up, no row the lexicon names), and every
 * centre's budget and outcome cells of one sign (a revenue row among them would make the total
 * a net). Returns the total's line.
 */
function bareCostTotal(
  doc: DocumentText,
  header: number,
  title: string | undefined,
  columns: readonly Column[],
  rows: readonly CentreRow[],
): number | undefined {
  const total = rows.at(-1);
  if (!total || !BARE_TOTAL.test(total.label.trim()) || rows.some((r) => r.item !== undefined)) return undefined;
  const captions = [title ?? "", doc.at(header)];
  for (let k = header - 1; k >= Math.max(1, header - 3) && doc.at(k) !== ""; k--) captions.push(doc.at(k));
  if (!captions.some((c) => COSTS_CAPTION.test(c))) return undefined;
  const parts = rows.slice(0, -1);
  if (parts.length < 2 || !parts.some((r) => OWN_COST_CENTRE.test(r.label))) return undefined;
  if (!parts.every((p) => p.values.length === total.values.length)) return undefined;
  const amounts = columns.flatMap((c, i) => (c.kind === "amount" ? [i] : []));
  const signs = new Set(parts.flatMap((p) => amounts.map((i) => Math.sign(p.values[i]!)).filter((s) => s !== 0)));
  if (signs.size !== 1) return undefined;
  const addUp = total.values.every((v, i) => parts.reduce((a, p) => a + p.values[i]!, 0) === v);
  return addUp ? total.line : undefined;
}

/** A basis word over the whole year, no year written: "Utfall jan–dec", "Budget helår". */
const WHOLE_YEAR_CELL =
  /(?<!\p{L})(utfall|budget|bokslut)( +)(jan(?:uari)?\.? ?[–-] ?dec(?:ember)?\.?|helåret|helår|hela året)(?= {2,}|\t|$)/giu;

/**
 * A header naming its columns' basis over the whole year and no year ("Utfall jan–dec   Budget
 * helår   Avvikelse"): the report's own year, written where the period's words stood so the
 * columns keep their place. Undefined unless both an outcome and a budget cell say so.
 */
function withReportYear(raw: string, year: number): string | undefined {
  const bases = new Set<string>();
  const dated = raw.replace(WHOLE_YEAR_CELL, (_, basis: string, gap: string, period: string) => {
    bases.add(basis.toLowerCase() === "budget" ? "budget" : "actual");
    return `${basis}${gap}${String(year).padEnd(period.length)}`;
  });
  return bases.size === 2 ? dated : undefined;
}

/**
 * The table's title at the start of its header line, where the rows' labels stand, a wide gap
 * before the columns ("Budgetuppföljning (kkr)      Budget 2024   Utfall 2024   Avvikelse"): no
 * column of its own. Words and a bracket only, no digit; blanked so the columns keep their place.
 */
const LEADING_TITLE = /^(\p{L}[\p{L} (),-]*?[\p{L})])(?= {3,}\S)/u;

/**
 * A title naming the report's year before its unit ("Ekonomi 2025 (tkr)      Utfall   Budget"): the
 * year is the title's, the columns say nothing of it. Another year in the title leaves the line as it is.
 */
const LEADING_TITLE_YEAR =
  /^(\p{L}[\p{L}-]*(?: [\p{L}-]+)* ((?:19|20)\d\d)(?: ?\([\p{L}]+(?: [\p{L}]+)*\))?)(?= {3,}\S)/u;

function withoutTitle(raw: string, reportYear?: number): { text: string; title?: string } {
  const dated = reportYear !== undefined ? LEADING_TITLE_YEAR.exec(raw) : null;
  const m = dated && Number(dated[2]) === reportYear ? dated : LEADING_TITLE.exec(raw);
  if (!m || BUDGET_COLUMN_WORD.test(m[1]!)) return { text: raw };
  return { text: " ".repeat(m[0].length) + raw.slice(m[0].length), title: m[1] };
}
/** A title that is itself a column's word ("Budget", "Utfall 2024") is a column, not a title. */
const BUDGET_COLUMN_WORD = /^(budget|utfall|prognos|avvikelse|bokslut)\b/i;

/** The general ledger's column: "Huvudbok", "Huvudboken". */
const LEDGER_WORD = /(?<!\p{L})huvudbok(?:en)?(?!\p{L})/iu;
/** A draft's cell with the day it was sent ("Utkast 10/2", "Utkastet 3/3"): the date names no year. */
const DATED_DRAFT = /(?<=^|\s{2,})(utkast(?:et)?)\s+\d{1,2}\/\d{1,2}(?=\s{2,}|\s*$)/giu;

/**
 * An audit's reconciliation ("Post   Huvudbok   Utkast   Diff."): the ledger's one outcome column
 * beside a draft's column, no budget. The ledger is the accounts; the draft and the difference are
 * columns of their own, never stored.
 */
function ledgerBesideDraft(columns: readonly Column[]): boolean {
  const amounts = columns.filter((c) => c.kind === "amount");
  return (
    amounts.length === 1 &&
    amounts[0]!.basis === "actual" &&
    LEDGER_WORD.test(amounts[0]!.written) &&
    columns.some((c) => c.kind === "unknown" && /^utkast/i.test(c.written))
  );
}

function namesBudgetBeside(columns: readonly Column[]): boolean {
  const amounts = columns.filter((c) => c.kind === "amount");
  return amounts.length >= 2 && amounts.some((c) => c.basis === "budget");
}

/**
 * A caption's unit in brackets or after a last comma, its only figures years: "Budget 2025 (tkr)",
 * "Tabell 2. Driftbudget (kr)", "Ekonomiskt sammandrag, Mkr".
 */
const CAPTION_UNIT = /(?:\(([^()]*)\)|,\s*([^,()]+))\s*:?\s*$/;
/** How a caption's amounts are rounded, after its unit: ", en decimal", ", avrundat till hela tusental". */
const ROUNDING_NOTE = /\s*,\s*(?:(?:en|två|tre|\d)\s+decimal(?:er)?|avrundade?t?(?:\s+\p{L}+){0,3})$/iu;
/** A day of a month in words: "31 december", "1 januari". */
const DAY_OF_MONTH = new RegExp(String.raw`(?<!\d)\d{1,2}\s+(?:${MONTHS.join("|")})(?!\p{L})`, "giu");

/**
 * A section's number before a heading's words ("5. Ekonomi i korthet (tkr)", "6.1 Resultat jämfört med
 * budget, tkr", "4 Ekonomi, tkr"): the heading's place in the report, no figure. One or two digits a part,
 * three parts at most, a letter right after.
 */
const SECTION_NUMBER = /^\d{1,2}(?:\.\d{1,2}){0,2}\.?\s+(?=\p{L})/u;

/**
 * The unit the caption right above a headless table states ("### Budget 2025 (tkr)" over the
 * header): the table's own, as a statement heading's unit is its table's. Only the nearest line
 * above (blank lines passed), and only a bracket or a last comma's words holding nothing but a unit;
 * a heading's hashes or a banner's rules around the caption are no part of it.
 */
function captionUnit(doc: DocumentText, header: number): string | undefined {
  // A header stacked over two lines ("Ack. utfall   Helårs-   Ack. utfall" over "jan–dec 2025   budget …"):
  // the caption stands over its upper line, a row of column words with no figure.
  const upper = (doc.lines[header - 2] ?? "").trim();
  const stacked = upper !== "" && !/[\d:]/.test(upper) && upper.split(/\s{2,}/).length >= 2;
  const top = stacked ? header - 1 : header;
  let n = top - 1;
  while (n >= 1 && n >= top - 3 && doc.at(n) === "") n--;
  if (n < 1 || n < top - 3) return undefined;
  // A Markdown heading's hashes, a banner's rules ("=== Blad 3: Ekonomi (tkr) ==="): decoration, no words.
  const caption = doc
    .at(n)
    .replace(/^(?:#+|[=*_~-]{2,})\s*/, "")
    .replace(/\s*[=*_~#-]{2,}\s*$/, "");
  const bracket = CAPTION_UNIT.exec(caption);
  // A caption's own number before its title ("Tabell 2.", "Bilaga 1", "Tab. 3:"): a label, no figure.
  // A day in words ("per den 31 december 2025 (tkr):", a lead sentence's balance day) is a date, no figure.
  const figures = withoutCaptionNumber(caption)
    .replace(SECTION_NUMBER, "")
    .replace(DAY_OF_MONTH, "")
    .replace(/\b(19|20)\d\d\b/g, "");
  if (!bracket || /\d/.test(figures)) return undefined;
  // "(tkr, en decimal)", "(kr, avrundat)": how the amounts are rounded, after the unit, says no other unit.
  const stated = (bracket[1] ?? bracket[2]!).trim().replace(ROUNDING_NOTE, "");
  const unit = readUnit(stated);
  return unit && unit.written.length === stated.length ? unit.written : undefined;
}
