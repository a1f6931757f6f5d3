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
import type { DocumentText } from "../documentText.ts";
import { parseColumnHeader, type Column } from "./columnHeaders.ts";
import { gridLines } from "./layoutGrid.ts";
import { readStatementRow } from "./statementTable.ts";

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
}

/** The headless income statements of the document, outside the lines `taken` already holds. */
export function headlessIncomeStatements(doc: DocumentText, taken: (line: number) => boolean): HeadlessStatement[] {
  const found: HeadlessStatement[] = [];
  // A table drawn with pipes reads as one laid out with gaps, as the statement layer reads it.
  const lines = gridLines(doc);
  for (let n = 1; n <= doc.lineCount; n++) {
    const written = lines[n - 1] ?? "";
    if (!BUDGET_WORD.test(written) || taken(n)) continue;
    const raw = /\d{4}/.test(written) ? written : withReportYear(written, doc.periodYear);
    if (raw === undefined) continue;
    const { text, title } = withoutTitle(raw);
    const header = parseColumnHeader(text);
    if (!header || !namesBudgetBeside(header.valueColumns)) continue;
    const columns = header.valueColumns.length;
    let totals = 0;
    for (let k = n + 1; k <= Math.min(doc.lineCount, n + MAX_ROWS) && !taken(k); k++) {
      const t = doc.at(k);
      if (PROSE.test(t) || parseColumnHeader(lines[k - 1] ?? "")) break;
      const row = readStatementRow(lines[k - 1] ?? "", columns, header.hasNote);
      if (row && TOTALS.has(statementItem(row.label, "income_statement")?.item ?? "")) totals++;
    }
    if (totals >= 2) {
      const unit = (title && readUnit(title)?.written) ?? captionUnit(doc, n);
      const rest = unit ? `${text.trim()}  (${unit})` : text.trim();
      found.push(title ? { line: n, rest, layout: text } : { line: n, rest });
    }
  }
  return found;
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
const LEADING_TITLE = /^(\p{L}[\p{L} ()-]*?[\p{L})])(?= {3,}\S)/u;

function withoutTitle(raw: string): { text: string; title?: string } {
  const m = LEADING_TITLE.exec(raw);
  if (!m || BUDGET_COLUMN_WORD.test(m[1]!)) return { text: raw };
  return { text: " ".repeat(m[0].length) + raw.slice(m[0].length), title: m[1] };
}
/** A title that is itself a column's word ("Budget", "Utfall 2024") is a column, not a title. */
const BUDGET_COLUMN_WORD = /^(budget|utfall|prognos|avvikelse|bokslut)\b/i;

function namesBudgetBeside(columns: readonly Column[]): boolean {
  const amounts = columns.filter((c) => c.kind === "amount");
  return amounts.length >= 2 && amounts.some((c) => c.basis === "budget");
}

/** A caption's unit in brackets, its only figures years: "Budget 2025 (tkr)", "Tabell 2. Driftbudget (kr)". */
const CAPTION_UNIT = /\(([^()]*)\)\s*:?\s*$/;

/**
 * The unit the caption right above a headless table states ("### Budget 2025 (tkr)" over the
 * header): the table's own, as a statement heading's unit is its table's. Only the nearest line
 * above (blank lines passed), and only a bracket at its end holding nothing but a unit.
 */
function captionUnit(doc: DocumentText, header: number): string | undefined {
  let n = header - 1;
  while (n >= 1 && n >= header - 3 && doc.at(n) === "") n--;
  if (n < 1 || n < header - 3) return undefined;
  const caption = doc.at(n).replace(/^#+\s*/, "");
  const bracket = CAPTION_UNIT.exec(caption);
  if (!bracket || /\d/.test(caption.replace(/\b(19|20)\d\d\b/g, ""))) return undefined;
  const unit = readUnit(bracket[1]!);
  return unit && unit.written.length === bracket[1]!.trim().length ? unit.written : undefined;
}
