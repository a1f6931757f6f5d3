/**
 * Tables whose headers write their periods and balance days as six-digit dates, as some accounting
 * systems print them (YYMMDD): an income statement's columns "250101-251231   240101-241231", a
 * balance sheet's "251231   241231". Each such head is written as its year ("2025") on the header's
 * line, so the readers know the columns' years. Only a line laid out in columns where every number
 * is such a date (a note's "Not 1" aside), two at least apart by a wide gap, every one a whole
 * calendar year (Jan 1 to Dec 31 of one year) or a year's last day, one of them the report's year
 * or the year before and every one within fifteen years before to three after it: a broken
 * financial year ("250701-260630"), a half-year's day ("250630") or a row of figures leaves the line
 * as written. The line keeps its width: the year stands right-aligned where the date stood. Pure.
 */
import { statementItem } from "../../reference/statementLabels.ts";

/** A six-digit date, alone or as the start of a period "YYMMDD-YYMMDD", not inside a longer number. */
const SIX_DIGIT = /(?<![\d\-–])(\d\d)(\d\d)(\d\d)(?:[-–](\d\d)(\d\d)(\d\d))?(?![\d\-–])/g;

/** The lines with each header's six-digit dates written as years; undefined where none is. */
export function sixDigitDates(lines: readonly string[], reportYear: number | undefined): string[] | undefined {
  if (reportYear === undefined) return undefined;
  const century = Math.floor(reportYear / 100) * 100;
  const own = reportYear % 100;
  let out: string[] | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!/\d{6}/.test(line)) continue;
    const found = [...line.matchAll(SIX_DIGIT)];
    if (found.length < 2) continue;
    const years: number[] = [];
    for (const m of found) {
      const year = wholeYearOf(m);
      if (year === undefined) break;
      years.push(year);
    }
    if (years.length !== found.length) continue;
    // Every other number of the line is a note's number ("Not 1"): a header, no row of figures.
    const rest = line.replace(SIX_DIGIT, " ").replace(/\bnot\s*\d{1,2}\b/giu, " ");
    if (/\d/.test(rest)) continue;
    // Columns: each date after a wide gap (or at the line's start).
    if (found.some((m) => m.index > 0 && !/\s{2,}$/.test(line.slice(0, m.index)))) continue;
    if (new Set(years).size !== years.length) continue;
    if (!years.includes(own) && !years.includes(own - 1)) continue;
    if (years.some((y) => y < own - 15 || y > own + 3)) continue;
    // "Kassa   251231   241231": a statement's row label before six-digit amounts is no header (a
    // period "250101-251231" is never an amount; a statement's title "Balansräkning" is no row).
    const label = line
      .slice(0, found[0]!.index)
      .replace(/\bnot\s*\d{1,2}\b/giu, " ")
      .trim();
    const periods = found.every((m) => m[4] !== undefined);
    if (!periods && label !== "" && !/(?:räkning|rapport)$/iu.test(label)) {
      if (statementItem(label, "income_statement") || statementItem(label, "balance_sheet")) continue;
    }
    let written = "";
    let from = 0;
    for (let k = 0; k < found.length; k++) {
      const m = found[k]!;
      const year = String(century + years[k]!);
      written += line.slice(from, m.index) + year.padStart(m[0].length, " ");
      from = m.index + m[0].length;
    }
    written += line.slice(from);
    out ??= [...lines];
    out[i] = written;
  }
  return out;
}

/**
 * The two-digit year of a six-digit date that is a whole calendar year: a period from its Jan 1 to its
 * Dec 31 ("250101-251231"), or a year's last day alone ("251231"); undefined for any other.
 */
function wholeYearOf(m: RegExpMatchArray): number | undefined {
  const [, yy, mm, dd, yy2, mm2, dd2] = m;
  if (yy2 === undefined) return mm === "12" && dd === "31" ? Number(yy) : undefined;
  if (yy !== yy2 || mm !== "01" || dd !== "01" || mm2 !== "12" || dd2 !== "31") return undefined;
  return Number(yy);
}
