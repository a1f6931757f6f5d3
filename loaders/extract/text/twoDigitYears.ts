/**
 * Tables whose headers write the years with two digits after a dash, as some accounting systems
 * print them: "-25     -24     -23", "Utf -25    Bu -25    Utf -24", "31/12 -25   31/12 -24". Each
 * such year is written out in full ("2025") on the header's line, so the readers know the columns'
 * years. Only a line laid out in columns where every number is such a year or a balance day's
 * "31/12", with two such years at least apart by a wide gap, one of them the report's year or the
 * year before, and every one within fifteen years before to three after it: a row of negative
 * figures ("Förändring   -12   -15") names no such set of years. The line keeps its width: the
 * year takes a space from the gap before it (else after it). Pure.
 */
import { wholeText } from "./wholeText.ts";
import { statementItem } from "../../reference/statementLabels.ts";

/** A dash and two digits, after a space and before a space or the line's end. */
const SHORT_YEAR = /(?<=\s)[-–](\d\d)(?=\s|$)/g;

/** The lines with each header's two-digit years written out; undefined where none is. */
export function twoDigitYears(lines: readonly string[], reportYear: number | undefined): string[] | undefined {
  if (reportYear === undefined) return undefined;
  const candidates = linesWithShortYears(lines);
  if (candidates.length === 0) return undefined;
  const century = Math.floor(reportYear / 100) * 100;
  const own = reportYear % 100;
  let out: string[] | undefined;
  for (let c = 0; c < candidates.length; c++) {
    const i = candidates[c]!;
    const line = lines[i]!;
    const years = [...line.matchAll(SHORT_YEAR)].map((m) => Number(m[1]));
    if (years.length < 2) continue;
    // Every other number of the line is a balance day ("31/12"): a header, no row of figures.
    const rest = line.replace(SHORT_YEAR, " ").replace(/(?<!\d)\d{1,2}\/\d{1,2}(?!\d)/g, " ");
    if (/\d/.test(rest) || !/\s{2,}\S/.test(line.trim())) continue;
    if (!years.includes(own) && !years.includes(own - 1)) continue;
    if (years.some((y) => y < own - 15 || y > own + 3)) continue;
    // "Årets resultat   -25   -24" under "2025   2024": a row of small negative amounts, no header —
    // a statement's row label, or a header of years above it in the same block.
    const label = line.slice(0, line.search(/\s[-–]\d\d(?:\s|$)/)).trim();
    if (label !== "" && (statementItem(label, "income_statement") || statementItem(label, "balance_sheet"))) continue;
    if (yearsAbove(lines, i)) continue;
    let written = "";
    let from = 0;
    for (const m of line.matchAll(SHORT_YEAR)) {
      const at = m.index!;
      const year = String(century + Number(m[1]));
      // "  -25" → " 2025": the year takes the space before it; "Utf -25  " → "Utf 2025 ": the one after.
      if (line[at - 2] === " ") {
        written += line.slice(from, at - 1) + year;
        from = at + 3;
      } else {
        written += line.slice(from, at) + year;
        from = line[at + 3] === " " && line[at + 4] === " " ? at + 4 : at + 3;
      }
    }
    written += line.slice(from);
    out ??= [...lines];
    out[i] = written;
  }
  // A document whose headers write the years so writes them so in its sentences too: "under -25",
  // "för -25", "Budgeten för -25" are years, written out in full where a dating word stands before.
  if (out)
    for (const i of candidates) {
      const line = out[i]!;
      if (!DATED_SHORT_YEAR.test(line)) continue;
      out[i] = line.replace(DATED_SHORT_YEAR, (_, word: string, yy: string) => {
        const y = Number(yy);
        return y < own - 15 || y > own + 3 ? `${word} -${yy}` : `${word} ${century + y}`;
      });
    }
  return out;
}

/** A two-digit year after a dating word in running text: "under -25", "för -24", "år -23". */
const DATED_SHORT_YEAR =
  /(?<!\p{L})(under|för|år|sedan)\s[-–](\d\d)(?=[,.;:)]|\s+(?!tkr|kr|mnkr|mkr|kronor|procent|%|\d)|$)/giu;

/** Whether a line of full years ("2025   2024") stands above line i in its block (up to a blank line). */
/** A dash and two digits after white space, over the whole text: "\n" is white space there too. */
const SHORT_YEAR_IN_TEXT = /\s[-–]\d\d(?:\s|$)/gm;

/**
 * The lines (0-based, ascending) where a dash of `SHORT_YEAR_IN_TEXT` over the whole text stands:
 * one pass over the text instead of a pattern per line. Every line holding a match of `SHORT_YEAR`
 * is among them (a match consumed before a line's first year ends before that line or holds a dash
 * on it), so a line left out holds none; a line found may hold none (a year at its start, after the
 * line break).
 */
export function linesWithShortYears(lines: readonly string[]): number[] {
  const text = wholeText(lines);
  const found: number[] = [];
  let line = 0;
  let lineEnd = lines.length > 0 ? lines[0]!.length : 0;
  for (const m of text.matchAll(SHORT_YEAR_IN_TEXT)) {
    const dash = m.index + 1;
    while (dash > lineEnd) lineEnd += 1 + lines[++line]!.length;
    if (found[found.length - 1] !== line) found.push(line);
  }
  return found;
}

function yearsAbove(lines: readonly string[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 12) && lines[k]!.trim() !== ""; k--)
    if (/(?<!\d)(?:19|20)\d\d(?!\d)/.test(lines[k]!)) return true;
  return false;
}
