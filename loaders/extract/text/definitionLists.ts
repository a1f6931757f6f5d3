/**
 * Key figures written as a Markdown definition list: each figure's name a term on a line of its own,
 * its value a definition line under it opening on a colon, and any comparison a further definition:
 *
 *     Deltagare totalt
 *     :   187
 *     :   2024 – 172
 *
 *     Kostnader
 *     : 7 402
 *     : Budget: 7 500
 *
 * No reader sees a term and its value on two lines as one row. Here each term whose first definition
 * is a figure alone (with or without a unit: "187", "7 402", "−142", "40 %", "5 340 tkr") becomes one
 * row "term      figure" on the definition's line, citing it, and the terms of one list (under one
 * heading, set apart by blank lines) stand together as the rows of a list of key figures, so the
 * leader-row reader reads them as it reads any such list (its heading, unit, year and sums).
 *
 * What is not the term's value is never set on its row:
 * - a later definition (a year before the figure, "Föregående år: 221", "Mål: 130", "Budget: 9 900")
 *   is taken out: a comparison, a target or a budget is never the year's outcome;
 * - a term whose first definition holds words ("Mål: 130", "2024 – 172") stays as written;
 * - a term naming a budget, a target, a plan, a forecast or a year other than the report's
 *   ("Budgeterat resultat 2026") becomes a row of its own between blank lines, set after the list's
 *   end, so it neither joins nor stops the list's other rows.
 * A term set in bold or italics ("**Deltagare totalt**") is read as its words.
 * Only where the shape is the document's: three terms at least, each right above its definitions. Pure.
 */
import { someLineMatches } from "./wholeText.ts";

/** A definition line: a colon at the margin, then a space or more, then its text. */
const DEFINITION = /^:\s+(\S.*?)\s*$/u;
/** A figure alone, with or without a unit after it. */
const FIGURE_ALONE =
  /^[-–−+]?\d{1,3}(?:[  ]\d{3})*(?:,\d+)?(?:\s*(?:%|procent|tkr|kkr|mnkr|mkr|kr|kronor|personer|st))?$/iu;
/** A term: words, opening on a letter, no heading's or list's mark. */
const TERM = /^\p{L}[^:]*$/u;
/** A term set in bold or italics ("**Deltagare totalt**"): its words alone. */
const EMPHASIS = /^(\*{1,2}|_{1,2})(\S(?:.*?\S)?)\1$/u;
const termOf = (line: string) => {
  const t = line.trim();
  return EMPHASIS.exec(t)?.[2] ?? t;
};
/** A term naming what is not the year's outcome: a budget, a target, a plan, a forecast, a coming year. */
const NOT_OUTCOME =
  /budget|prognos|(?<!\p{L})plan(?!\p{L})|kommande|nästa år|(?<!\p{L})(?:mål|målet|målvärde|målnivå|målsättning)(?!\p{L})/iu;
const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/g;
/** Terms with a figure a document needs for this to be its layout. */
const MIN_TERMS = 3;

interface Entry {
  /** The term's line (index). */
  term: number;
  /** Its definitions' lines (indices), the first right under the term. */
  definitions: number[];
}

/** A year closing a term ("Nytillkomna deltagare 2025", "Avslutade under 2025"). */
const CLOSING_YEAR = /\s+(?:under\s+|för\s+|år\s+)?((?:19|20)\d\d)$/u;
/**
 * A term closing on the report's own year says no more than the list's year does: the row is written
 * without it, as a row's label ends on its words ("Nytillkomna deltagare      118"). Any other year stays
 * (such a term stands apart, `apart`).
 */
function withoutReportYear(term: string, reportYear?: number): string {
  const m = CLOSING_YEAR.exec(term);
  return m && reportYear !== undefined && Number(m[1]) === reportYear ? term.slice(0, m.index) : term;
}

/** Whether a term names a year other than the report's, or what is not the year's outcome. */
function apart(term: string, reportYear?: number): boolean {
  if (NOT_OUTCOME.test(term)) return true;
  for (const m of term.matchAll(YEAR)) if (reportYear === undefined || Number(m[0]) !== reportYear) return true;
  return false;
}

/** The definition lists' terms set on their values' lines, with the index in `lines` each comes from; undefined when none. */
export function definitionLists(
  lines: readonly string[],
  reportYear?: number,
): { lines: string[]; from: number[] } | undefined {
  if (!someLineMatches(lines, DEFINITION)) return undefined;
  const entries: Entry[] = [];
  for (let i = 1; i < lines.length; i++) {
    if (!DEFINITION.test(lines[i]!) || DEFINITION.test(lines[i - 1]!)) continue;
    const term = termOf(lines[i - 1]!);
    if (!TERM.test(term)) continue;
    const definitions: number[] = [];
    for (let k = i; k < lines.length && DEFINITION.test(lines[k]!); k++) definitions.push(k);
    entries.push({ term: i - 1, definitions });
  }
  const valued = entries.filter((e) => FIGURE_ALONE.test(DEFINITION.exec(lines[e.definitions[0]!]!)![1]!));
  if (valued.length < MIN_TERMS) return undefined;
  /** Each valued entry by its term's line. */
  const byTerm = new Map(valued.map((e) => [e.term, e]));
  const out: string[] = [];
  const from: number[] = [];
  /** Whether the last line put out is a row of a list of terms (blank lines after it are dropped until the next term). */
  let inList = false;
  /** Rows standing apart met inside a list, put out after it, each between blank lines. */
  const apartRows: { row: string; line: number }[] = [];
  const endList = () => {
    for (const a of apartRows) {
      out.push("", a.row, "");
      from.push(a.line, a.line, a.line);
    }
    apartRows.length = 0;
    inList = false;
  };
  for (let i = 0; i < lines.length; i++) {
    const entry = byTerm.get(i);
    if (entry) {
      const term = termOf(lines[i]!);
      const first = entry.definitions[0]!;
      const row = `${withoutReportYear(term, reportYear)}      ${DEFINITION.exec(lines[first]!)![1]!}`;
      if (apart(term, reportYear)) {
        if (inList) apartRows.push({ row, line: first });
        else {
          out.push(row, "");
          from.push(first, first);
        }
      } else {
        out.push(row);
        from.push(first);
        inList = true;
      }
      i = entry.definitions.at(-1)!;
      continue;
    }
    // Blank lines between two terms of one list are dropped; anything else ends the list.
    if (inList && lines[i]!.trim() === "") {
      let k = i;
      while (k < lines.length && lines[k]!.trim() === "") k++;
      if (byTerm.has(k)) {
        i = k - 1;
        continue;
      }
    }
    if (inList) endList();
    out.push(lines[i]!);
    from.push(i);
  }
  if (inList) endList();
  return { lines: out, from };
}
