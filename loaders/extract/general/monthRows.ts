/**
 * Month-by-month statistics with the months as rows, January to December, closed by a row for
 * the whole year ("Helår 2024", "Hela året", "Totalt"):
 *
 *   Månad          Nya   Avslutade   Pågående vid månadens slut
 *   Januari          7        4          52
 *   …
 *   December         2       12          50
 *   Hela året       63       62
 *
 * A flow column's (new, exited) whole-year cell is the year's figure only where the twelve months
 * add up to it; a stock column's (counted at each month's end) whole-year cell is the year's
 * enrolled only where it less the year's exits (read from the same table) is December's stock
 * (enrolled − exited = ongoing). A month's row is never the year's, nor a whole-year row of another
 * year (nothing here confirms it). The header may be stacked over two lines (`headerOverColumns`).
 * Only the federation's tables (never in an intervention's section); the participant tables' own
 * reading of a table read here is dropped (`withoutMonthRows`), as it cannot tell a month from a
 * row of its own. Cheap: a table is looked for only at a line opening on "Januari" or "Jan". Pure.
 */
import { spanTableReader } from "./spanTables.ts";
import type { FactInput } from "../../schema/facts.ts";
import { bestConcept } from "../../reference/concepts.ts";
import type { DocumentText } from "../documentText.ts";
import { outsideInterventions } from "./chartLabels.ts";
import { headerOverColumns } from "./layoutGrid.ts";

const SECTION = "general:participant_table";
const MONTHS = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];
const MONTH_ROW = /^\s*(\p{L}{3,9})\.?\s{2,}(\d.*)$/u;
const CELL = /\d{1,3}(?: \d{3})*/g;
/** The whole year's row: "Helår 2024 (unika personer)", "Hela året", "Totalt", "Summa", "År 2024". */
const WHOLE_YEAR = /^\s*(?:helår|hela året|totalt|summa|år|året)\b(?:\s+((?:19|20)\d\d))?(?:\s*\([^)]*\))?\s{2,}\d/iu;
/** A column counted at each month's end: a stock, never a flow. */
const STOCK = /vid månadens slut|månadens slut|pågående|aktiva|i slutet av/iu;
const RULE = /^[\s=_–—-]+$/u;

/** A line as written, its spaces kept: the columns are told by them. */
const raw = (doc: DocumentText, n: number): string => doc.lines[n - 1] ?? "";

const monthIndex = (word: string): number => {
  const w = word.toLowerCase();
  const i = MONTHS.findIndex((m) => w.startsWith(m));
  // "Mars", "Maj" both start "ma": the whole word decides.
  return i >= 0 &&
    (w.length === 3 ||
      /^(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)$/.test(w))
    ? i
    : -1;
};

interface Span {
  from: number;
  to: number;
  value: number;
}

const numbersOf = (raw: string, after: number): Span[] =>
  [...raw.matchAll(CELL)]
    .filter((m) => m.index! >= after)
    .map((m) => ({ from: m.index!, to: m.index! + m[0].length - 1, value: Number(m[0].replace(/ /g, "")) }));

export interface MonthTable {
  /** First header line to the last whole-year row. */
  from: number;
  to: number;
  facts: FactInput[];
}

function tablesOf(doc: DocumentText): MonthTable[] {
  const out: MonthTable[] = [];
  const outside = outsideInterventions(doc);
  for (let n = 2; n <= doc.lineCount - 12; n++) {
    const first = doc.lines[n - 1] ?? "";
    if (!/^\s*jan/iu.test(first)) continue;
    // Twelve month rows in order, each with the same count of number cells.
    const rows: { line: number; cells: Span[] }[] = [];
    for (let k = 0; k < 12; k++) {
      const row = raw(doc, n + k);
      const m = MONTH_ROW.exec(row);
      if (!m || monthIndex(m[1]!) !== k) break;
      rows.push({ line: n + k, cells: numbersOf(row, row.indexOf(m[2]!)) });
    }
    if (rows.length !== 12) continue;
    const width = rows[0]!.cells.length;
    if (width < 1 || rows.some((r) => r.cells.length !== width)) continue;
    // The header: the lines right above, up to a blank line.
    const header: string[] = [];
    let h = n - 1;
    for (; h >= 1 && raw(doc, h).trim() !== "" && header.length < 3; h--) header.unshift(raw(doc, h));
    if (header.length === 0 || header.some((l) => /\d/.test(l.replace(/(?:19|20)\d\d/g, "")))) continue;
    const names =
      headerOverColumns(
        header,
        rows.map((r) => raw(doc, r.line)),
      ) ??
      (header.length === 1
        ? header[0]!
            .trim()
            .split(/\s{2,}/u)
            .slice(1)
        : undefined);
    if (!names || names.length !== width) continue;
    // The whole year's row after December (a rule line passed over), then any of other years.
    let w = n + 12;
    while (w <= doc.lineCount && RULE.test(raw(doc, w)) && raw(doc, w).trim() !== "") w++;
    const wholeRows: number[] = [];
    for (; w <= doc.lineCount && WHOLE_YEAR.test(raw(doc, w)); w++) wholeRows.push(w);
    if (wholeRows.length === 0) continue;
    const table: MonthTable = { from: h + 1, to: wholeRows.at(-1)!, facts: [] };
    out.push(table);
    const yearRow = wholeRows.find((l) => {
      const y = WHOLE_YEAR.exec(raw(doc, l))![1];
      return y === undefined || Number(y) === doc.periodYear;
    });
    if (yearRow === undefined || !outside(n)) continue;
    // The header and the title above it (a blank line between them allowed) name no other year.
    let title = h;
    while (title > 1 && title >= h - 2 && raw(doc, title).trim() === "") title--;
    // A line with other figures than years is a sentence, not a title ("Inskrivna den 1 januari …: 67").
    const titled = /\d/.test(raw(doc, title).replace(/(?:19|20)\d\d/g, "")) ? header : [raw(doc, title), ...header];
    const yearsAbove = (titled.join(" ").match(/(?:19|20)\d\d/g) ?? []).map(Number);
    if (yearsAbove.some((y) => y !== doc.periodYear)) continue;
    // Each whole-year cell under the month column it stands at (right ends within two places).
    const text = raw(doc, yearRow);
    const columns = rows[0]!.cells.map((_, k) => ({
      from: Math.min(...rows.map((r) => r.cells[k]!.from)),
      to: Math.max(...rows.map((r) => r.cells[k]!.to)),
    }));
    const labelEnd = /\s{2,}\d/u.exec(text)!.index;
    // A full row is read in order (a long label may push it off the columns); one with empty cells
    // by where its numbers stand (right ends within two places of a column's).
    const spans = numbersOf(text, labelEnd);
    const totals: (number | undefined)[] = columns.map(() => undefined);
    if (spans.length === width) spans.forEach((s, k) => (totals[k] = s.value));
    else
      for (const s of spans) {
        const k = columns.findIndex((c) => Math.abs(c.to - s.to) <= 2 || (s.from <= c.to && s.to >= c.from));
        if (k < 0 || totals[k] !== undefined) {
          totals.fill(undefined);
          break;
        }
        totals[k] = s.value;
      }
    const base = { line: yearRow, text: doc.at(yearRow), section: SECTION, approximate: false, confirmed_by: [] };
    const flows = new Map<string, number>();
    names.forEach((name, k) => {
      if (STOCK.test(name) || totals[k] === undefined) return;
      const c = bestConcept(name.replace(/\s+(?:under|per|i)\s+månade?n?$/iu, ""), ["participants"]);
      const measure = c?.concept.code;
      if (measure !== "new" && measure !== "exited") return;
      if (rows.reduce((a, r) => a + r.cells[k]!.value, 0) !== totals[k]) return;
      flows.set(measure, totals[k]!);
    });
    names.forEach((name, k) => {
      const exits = flows.get("exited");
      if (!STOCK.test(name) || totals[k] === undefined || exits === undefined) return;
      if (totals[k]! - exits === rows[11]!.cells[k]!.value) flows.set("enrolled", totals[k]!);
    });
    for (const measure of ["enrolled", "new", "exited"] as const)
      if (flows.has(measure))
        table.facts.push({
          table: "participant_count",
          intervention: null,
          year: doc.periodYear,
          measure,
          gender: "all",
          value: flows.get(measure)!,
          ...base,
        });
    n = table.to;
  }
  return out;
}

/** The document's month-by-month tables, found once; a reader's output without its facts on their lines. */
const reader = spanTableReader(tablesOf);
export const monthRowTables = reader.tables;
export const parseMonthRows = reader.parse;
export const withoutMonthRows = reader.without;
