/**
 * Table rows whose every cell holds a figure and a second figure in brackets after it:
 *
 *   Arbete                  9 (22 %)      8 (24 %)     17 (23 %)     a count and its share of the column
 *   Inskrivna under året   68 (61)       55 (57)      123 (118)      the year's figure and last year's,
 *                                                                    under "Siffrorna inom parentes avser 2023"
 *
 * Either way the figure outside the bracket is the cell's own (the count; the report year's), and
 * the bracket hides it from the table readers, which see two numbers in one column. The bracket is
 * blanked, space for character, so every cell keeps its column under the header. A bracket holding a
 * share ("(23 %)") is blanked in any such row; a bracket holding a bare number only below a line that
 * says the parentheses hold the prior year's figures (`priorYearParentheses.ts`), since without it
 * "45 (20)" may be a total and its women, and a label with one such cell in that line's own block
 * (up to its first blank line) is a card's, which that module dates. Only rows set out as a table (a label, then cells apart by
 * two spaces or more) where every cell has this form: a bracketed amount standing alone ("(1 204)",
 * a negative) or a rate with its fraction ("38 % (49 av 129)") is left as written. Pure.
 */
import { priorYearDeclarationIndex } from "./priorYearParentheses.ts";

const NUM = String.raw`[−–-]?\d{1,3}(?:[ \u00a0]\d{3})*(?:,\d+)?`;
/** "17 (23 %)": a count, then its share; a deficit's share or a change signed ("-120 000 (-2 %)"). */
const SHARE_CELL = new RegExp(String.raw`^${NUM} ?\(\s*[−–+-]?\s?\d{1,3}(?:,\d+)?\s?%\s*\)$`, "u");
/** "123 (118)": a figure, then another of its own kind. */
const PAIR_CELL = new RegExp(String.raw`^${NUM} ?\(\s*${NUM}\s*\)$`, "u");
/** The bracket of a cell, to blank. */
const BRACKET = /\([^()]*\)/gu;

/** How many cells follow the row's label when every one has the given form; 0 when the line is no such row. */
function bracketRow(line: string, cell: RegExp): number {
  const parts = line.trim().split(/\s{2,}/u);
  if (parts.length < 2 || !/\p{L}/u.test(parts[0]!)) return 0;
  return parts.slice(1).every((p) => cell.test(p)) ? parts.length - 1 : 0;
}

/**
 * A legend saying the bracket holds the women of the figure before it: "antal (varav kvinnor)", "med
 * antalet kvinnor inom parentes", "inom parentes anges kvinnorna". The figure outside is everyone.
 */
const WOMEN_LEGEND =
  /\((?:varav|därav|varav antal|antal) kvinnor\)|(?:antal(?:et)?|varav|därav) kvinnor(?:na)? (?:anges |står |redovisas )?inom parentes|inom parentes (?:anges|står|redovisas) (?:antalet |varav |därav )?kvinnor/iu;
export const womenLegendIndex = (lines: readonly string[]): number =>
  lines.findIndex((line) => /kvinnor/iu.test(line) && WOMEN_LEGEND.test(line));
/** "64 (38)": every cell's bracket no greater than its figure, as the women of a count are. */
function womenFit(line: string): boolean {
  const cells = [...line.matchAll(/(\d{1,3}(?:[ \u00a0]\d{3})*) ?\(\s*(\d{1,3}(?:[ \u00a0]\d{3})*)\s*\)/gu)];
  const n = (x: string) => Number(x.replace(/\D/g, ""));
  return cells.length > 0 && cells.every((m) => n(m[2]!) <= n(m[1]!));
}

/** The lines with such rows' brackets blanked; undefined when no line changed. */
export function blankBracketedCells(lines: readonly string[]): string[] | undefined {
  let declared: number | undefined;
  let women: number | undefined;
  /** The declaration's own block, up to its first blank line: its label–value cards are dated there. */
  let blockEnd = -1;
  let out: string[] | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // Cheap first: a row of bracketed cells has an opening bracket after a digit and a gap.
    if (!line.includes("(") || !/\d ?\(/u.test(line) || !line.includes("  ")) continue;
    let hit = bracketRow(line, SHARE_CELL) > 0;
    const pairs = hit ? 0 : bracketRow(line, PAIR_CELL);
    if (pairs > 0) {
      if (declared === undefined) {
        declared = priorYearDeclarationIndex(lines);
        blockEnd = declared < 0 ? -1 : lines.findIndex((l, k) => k > declared! && l.trim() === "");
        if (declared >= 0 && blockEnd < 0) blockEnd = lines.length;
      }
      // "Nya deltagare      97 (84)" in the declaration's own block is a card's line, whose bracket
      // `priorYearParentheses.ts` dates; a table's row of cells is read here.
      hit = declared >= 0 && declared < i && (pairs > 1 || i > blockEnd);
      // Under a legend saying the bracket holds the women ("antal (varav kvinnor)"), and no prior-year
      // legend: the figure outside is everyone's, each bracket no greater than it.
      if (declared < 0) {
        women ??= womenLegendIndex(lines);
        hit = women >= 0 && women < i && womenFit(line);
      }
    }
    if (!hit) continue;
    out ??= [...lines];
    out[i] = line.replace(BRACKET, (b) => " ".repeat(b.length));
  }
  return out;
}
