/**
 * Reading the numeric tables of financial statements: a heading, a header with year
 * columns (and sometimes a "Not" column), rows "label n1 n2". The note column and the
 * digit grouping are resolved together: "Korta fordringar 3 128 980 312 027" is note 3 with
 * 128 980 and 312 027, "Kassa och bank 4 380 817 5 277 654" has no note.
 */
import { clean, type DocumentText } from "../documentText.ts";
import { NUMBER_SPACES, parseNumberRun, spread } from "../numbers.ts";
import { JUNK_LINE } from "../../reference/appendixLabels.ts";
import { isFurniture } from "./sectionScope.ts";
import { isMarksHeader } from "../text/legendColumns.ts";

export interface StatementRow {
  label: string;
  values: number[];
  note: number | null;
  line: number;
  text: string;
  ambiguous: boolean;
}

const NUMERIC = /^-?\d+(,\d+)?$/;
const YEAR_TOKEN = /^(?:19|20)\d\d$/;
/** A label ending in a day and a month: "den 24 februari", "31 dec.". */
const DAY_AND_MONTH_END =
  /(?<!\S)\d{1,2}\s+(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|okt|nov|dec)\.?$/iu;
/** A plus sign right before a figure, after a gap: a signed change or deviation ("+88"). */
const PLUS_SIGN = /(?<=\s)\+(?=\d)/g;

/**
 * Split a row into label, optional note number and `columns` values. Returns null if the
 * line has no numbers. Rows with fewer numbers than columns keep what is there, left-aligned.
 */
export function readStatementRow(
  raw: string,
  columns: number,
  hasNoteColumn: boolean,
): Omit<StatementRow, "line"> | null {
  const text = clean(raw).replace(/[\u2212\u2013]/g, "-");
  // Keep the raw spacing of the numeric tail: wide gaps separate columns.
  // A deviation column's plus sign ("+88", "+1 220") is the figure's own: the figure as written without it.
  const spaced = raw
    .replace(/[\u2212\u2013]/g, "-")
    .replace(PLUS_SIGN, " ")
    .replace(NUMBER_SPACES, " ");
  const spans = [...spaced.matchAll(/\S+/g)];
  let k = spans.length;
  while (k > 0 && (NUMERIC.test(spans[k - 1]![0]) || (k < spans.length && detachedSign(spans, k - 1)))) k--;
  const label = spans
    .slice(0, k)
    .map((m) => m[0])
    .join(" ")
    .replace(/[:*]+$/, "")
    .trim();
  const numTokens = spans.slice(k).map((m) => m[0]);
  // "Vassmora den 24 februari 2026" (a signature's place and day), "Eget kapital 31 december 2025": a date's
  // year after its day and month is no amount.
  if (numTokens.length === 1 && YEAR_TOKEN.test(numTokens[0]!) && DAY_AND_MONTH_END.test(label)) return null;
  // Dashes alone ("Övriga kostnader – –"): empty cells, no number to read.
  if (numTokens.every((t) => t === "-")) return null;
  // "Årets resultat – 228 335 250 560": which dash is a sign and which an empty cell, only a sum
  // the statement must agree with can tell (splitByIdentity.ts): the row is not read as written.
  if (numTokens.includes("-")) return { label, values: [], note: null, text, ambiguous: true };
  return readColumns({ spaced, spans, k, numTokens, label, text }, columns, hasNoteColumn);
}

/**
 * A lone dash one space before a number ("– 6 712 455") is that number's sign set apart, or an
 * empty cell: part of the row's numbers either way, never of its label.
 */
function detachedSign(spans: readonly RegExpMatchArray[], i: number): boolean {
  return spans[i]![0] === "-" && i + 1 < spans.length && spans[i]!.index! + 2 === spans[i + 1]!.index!;
}

/** A statement row split into its words and its numeric tail (`readStatementRow`). */
interface RowTail {
  /** The raw row, its dashes and number spaces made plain. */
  spaced: string;
  spans: readonly RegExpMatchArray[];
  /** The first span of the numeric tail. */
  k: number;
  numTokens: readonly string[];
  label: string;
  text: string;
}

type Reading = { values: number[]; note: number | null; ambiguous: boolean };

/**
 * The row's numbers as `columns` values and perhaps a note. A function of the module, not a
 * closure made per row: V8 keeps a closure's optimized code only while an instance of it lives.
 */
function readColumns(row: RowTail, columns: number, hasNoteColumn: boolean): Omit<StatementRow, "line"> | null {
  const { spans, k, numTokens, label, text } = row;
  const rawTail = (from: number) => row.spaced.slice(spans[from]!.index!).trimEnd();
  const rest = rawTail(k);
  // Wide gaps separate columns; inside a column single spaces are thousands separators.
  const chunks = rest.split(/ {2,}|\t+/).filter((c) => c.trim() !== "");
  if (chunks.length > 1) {
    const parsed = chunks.map((c) => parseNumberRun(c));
    if (parsed.every((p) => p !== null)) {
      const values = parsed.flatMap((p) => p!.values);
      const noteFirst = hasNoteColumn && /^\d{1,2}$/.test(chunks[0]!.trim()) && values.length === columns + 1;
      if (values.length <= columns || noteFirst)
        return {
          label,
          values: noteFirst ? values.slice(1) : values,
          note: noteFirst ? values[0]! : null,
          text,
          ambiguous: parsed.some((p) => p!.ambiguous),
        };
    }
  }
  const readings: Reading[] = [];
  for (let want = columns; want >= 1; want--) {
    const plain = parseNumberRun(rest, want);
    if (plain) readings.push({ values: plain.values, note: null, ambiguous: plain.ambiguous });
    if (hasNoteColumn && /^\d{1,2}$/.test(numTokens[0]!) && numTokens.length > 1) {
      const withNote = parseNumberRun(rawTail(k + 1), want);
      if (withNote)
        readings.push({ values: withNote.values, note: Number(numTokens[0]), ambiguous: withNote.ambiguous });
    }
  }
  if (readings.length === 0) {
    const any = parseNumberRun(rest);
    if (!any) return null;
    return { label, values: any.values, note: null, text, ambiguous: true };
  }
  // Columns of one statement are alike in magnitude, and rows are usually full: each missing
  // column costs as much as a tenfold difference between two columns.
  const score = (r: Reading) => spread(r.values) + 2 * (columns - r.values.length);
  readings.sort((a, b) => score(a) - score(b) || b.values.length - a.values.length);
  const best = readings[0]!;
  return {
    label,
    values: best.values,
    note: best.note,
    text,
    ambiguous: best.ambiguous || (readings.length > 1 && score(readings[1]!) - score(best) < 0.05),
  };
}

/** Year columns from a header such as "2024 2023 2022" or "Not 2024-12-31 2023-12-31". */
export function yearColumns(header: string): number[] {
  const years = [...header.matchAll(/\b(20\d\d)(?:-12-31)?\b/g)].map((m) => Number(m[1]));
  // "2024-01-01 2023-01-01" period starts repeat the years; keep each once, in order.
  return years.filter((y, i) => years.indexOf(y) === i);
}

/**
 * A plan's heading at the margin, a blank line above it ("Budget för kommande år (kr)", "Budget 2026",
 * "Flerårsplan 2026–2028, tkr", "Prognos för helåret"): words one space apart (a year, a span of years and
 * a unit in brackets aside), never a row's label with amounts nor a header of columns ("Budget   Utfall").
 */
const PLAN_HEADING =
  /^(?:budget|flerårsplan|verksamhetsplan|prognos|plan för)(?!\p{L})(?:(?:,? |[–-]| [–-] )\p{L}+)*(?:,? (?:19|20)\d\d(?: ?[–-] ?(?:19|20)?\d\d)?)?(?:(?:,? |[–-]| [–-] )\p{L}+)*(?: ?\([^()\d]*\))?:?$/iu;
/**
 * Whether line `n` (as laid out: `raw`) opens another table under a statement's read rows: a header of
 * column marks no legend named ("      (1)      (2)", the legend refused for a plan's basis), or a plan's
 * heading set apart. The statement ended above it; its columns are not the new table's.
 */
export function opensAnotherTable(doc: DocumentText, n: number, raw: string): boolean {
  return isMarksHeader(raw) || (!/^\s/.test(raw) && PLAN_HEADING.test(raw.trim()) && n > 1 && doc.at(n - 1) === "");
}

/** Rows of a statement between `from` and `to`, skipping page furniture, up to another table's opening. */
export function readStatementRows(
  doc: DocumentText,
  from: number,
  to: number,
  columns: number,
  hasNoteColumn: boolean,
): StatementRow[] {
  const rows: StatementRow[] = [];
  for (let n = from; n <= to; n++) {
    const t = doc.at(n);
    // Page furniture ("Förbundet X Årsredovisning 2024" on every page) is never a row.
    if (t === "" || JUNK_LINE.test(t) || /^…+|^\.{3,}/.test(t) || isFurniture(doc, n)) continue;
    if (rows.length > 0 && opensAnotherTable(doc, n, doc.lines[n - 1] ?? "")) break;
    const row = readStatementRow(doc.lines[n - 1] ?? "", columns, hasNoteColumn);
    if (row) rows.push({ ...row, line: n });
  }
  return rows;
}
