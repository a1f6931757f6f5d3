// A chart's or table's rows as spreadsheet cells for people using Swedish Excel: title and
// source in the first rows, Swedish column headers, numbers stored as numbers with a display
// format (Excel shows "1 234" and "55,6 %" in a Swedish locale; the format codes are
// locale-neutral), and "uppgift saknas" where a figure is missing. Pure, so it is tested in Node.
import { MISSING, count, kr, percent, signedPercent } from "./format.js";

/** Number formats for the site's formatters (see format.js). */
export const FORMATS = new Map([
  [count, "#,##0"],
  [kr, '#,##0" kr"'],
  [percent, '0.0" %"'],
  [signedPercent, '+0.0" %";-0.0" %";0.0" %"'],
  [String, "0"],
]);

// "1 234 kr", "55,6 %", "−3,0 %", "2024": a Swedish display string of one number and its unit.
const SWEDISH_NUMBER = /^([+\-\u2212]?[\d\s\u00a0\u202f]*\d(?:,\d+)?)(?:\s?(%|kr))?$/;

/** The number a Swedish display string shows, with a format to show it the same way; or null. */
export function parseSwedishNumber(text) {
  const m = SWEDISH_NUMBER.exec(String(text).trim());
  if (!m) return null;
  const digits = m[1]
    .replace(/[\s\u00a0\u202f]/g, "")
    .replace("\u2212", "-")
    .replace(",", ".");
  const decimals = digits.split(".")[1]?.length ?? 0;
  const base = decimals ? `0.${"0".repeat(decimals)}` : "0";
  const grouped = /^[+-]?\d{5,}/.test(digits) || /[\s\u00a0\u202f]/.test(m[1]) ? `#,##${base}` : base;
  const format = m[2] === "%" ? `${grouped}" %"` : m[2] === "kr" ? `${grouped}" kr"` : grouped;
  return { value: Number(digits), format };
}

const isMissing = (v) => v === null || v === undefined || (typeof v === "number" && !Number.isFinite(v));
const textOf = (out) => (out && typeof out === "object" && "textContent" in out ? out.textContent : String(out)).trim();

/** One cell: the raw number with the column's format, else the text a reader sees in the table. */
export function excelCell(value, row, fmt) {
  if (isMissing(value)) return { value: MISSING, type: String, fontStyle: "italic" };
  if (typeof value === "number") {
    const known = fmt ? FORMATS.get(fmt) : "#,##0.##########";
    if (known) return { value, type: Number, format: known };
    // A page's own formatter (e.g. a share 0–1 shown as a percentage): take what it shows.
    const shown = parseSwedishNumber(textOf(fmt(value, row)));
    return shown
      ? { value: shown.value, type: Number, format: shown.format }
      : { value: textOf(fmt(value, row)), type: String };
  }
  if (typeof value === "boolean" && !fmt) return { value: value ? "ja" : "nej", type: String };
  return { value: fmt ? textOf(fmt(value, row)) : String(value), type: String };
}

/**
 * Sheet data: title, source, an empty row, the Swedish headers, then one row per data row.
 * @param {{title: string, source: string, rows: object[], columns: [string, string, Function?][]}} o
 */
export function excelSheet({ title, source, rows, columns }) {
  return [
    [{ value: title, type: String, fontWeight: "bold" }],
    [{ value: source, type: String }],
    [],
    columns.map(([, label]) => ({ value: label, type: String, fontWeight: "bold" })),
    ...rows.map((r) => columns.map(([key, , fmt]) => excelCell(r[key], r, fmt))),
  ];
}

/**
 * The columns with the rows' year among them: a figure without its year cannot be compared, so
 * every table view and download says which year each row is, also when the chart only names it
 * in its note. The year goes after the first column (the row's name).
 */
export function withYearColumn(rows, columns) {
  if (columns.some(([key]) => key === "year") || !rows.some((r) => r.year !== null && r.year !== undefined))
    return columns;
  return [columns[0], ["year", "År", String], ...columns.slice(1)];
}

/** The row (1-based) where the headers are, for readers and tests. */
export const HEADER_ROW = 4;

/** Column widths in characters: the longest header or value, within reason. */
export function excelColumns(sheet) {
  const widths = [];
  for (const row of sheet.slice(HEADER_ROW - 1))
    row.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 8, Math.min(50, String(c?.value ?? "").length + 2))));
  return widths.map((width) => ({ width }));
}
