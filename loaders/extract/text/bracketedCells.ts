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
import { runsOf } from "./hyphenatedHeaders.ts";

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
  /** The rows whose brackets held the women. */
  const womenRows: number[] = [];
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
    if (declared !== undefined && declared < 0) womenRows.push(i);
  }
  if (out && womenRows.length > 0) splitWomenColumns(lines, out, womenRows);
  return out;
}

/** A header's cell naming a count of participants, whose women get a column of their own. */
const MEASURE_CELL = /^(?:inskrivna|deltagare|nya|avslutade|pågående|aktuella|totalt|antal deltagare)$/iu;
const WOMEN_CELL = /(\d{1,3}(?:[ \u00a0]\d{3})*) ?\(\s*(\d{1,3}(?:[ \u00a0]\d{3})*)\s*\)/gu;
const GAP = 3;

/**
 * Under the women legend, a table whose header names counts ("Inskrivna  Nya  Avslutade  Arbete"): each
 * count's women set in a column of their own ("varav kvinnor") after it, the table laid out anew, each
 * column as wide as its widest cell; other columns (destinations) keep everyone's figure alone. Only where
 * every row's cells stand one under each header cell; else the rows stay as blanked.
 */
function splitWomenColumns(lines: readonly string[], out: string[], rows: readonly number[]): void {
  let k = 0;
  while (k < rows.length) {
    const first = rows[k]!;
    let h = first - 1;
    while (h >= 0 && lines[h]!.trim() !== "" && /\d ?\(/u.test(lines[h]!)) h--;
    while (h >= 0 && lines[h]!.trim() !== "" && !/\S\s{2,}\S/u.test(lines[h]!)) h--;
    // The table's rows: the women rows after the header up to its first blank line.
    let end = first;
    while (end < lines.length && lines[end]!.trim() !== "") end++;
    const table = rows.filter((r) => r >= first && r < end);
    k += Math.max(1, table.length);
    if (h < 0 || lines[h]!.trim() === "" || /\d/.test(lines[h]!)) continue;
    // Every row of figures in the table holds the women, or none is laid out anew.
    let whole = true;
    for (let r = h + 1; r < end; r++) if (/\d/.test(lines[r]!) && !table.includes(r)) whole = false;
    if (!whole) continue;
    const header = runsOf(lines[h]!);
    if (header.length < 3 || header[0]!.from !== 0) continue;
    const cellsHead = header.slice(1);
    if (!cellsHead.some((c) => MEASURE_CELL.test(c.text))) continue;
    const read: { label: string; cells: [string, string][] }[] = [];
    let ok = true;
    for (const r of table) {
      const line = lines[r]!;
      const found = [...line.matchAll(WOMEN_CELL)];
      if (found.length !== cellsHead.length) ok = false;
      const label = line.slice(0, found[0]?.index ?? 0).trimEnd();
      // Each cell under its own header cell: the nearest by centre, one to one.
      const placed = found.map((m) => {
        const mid = m.index! + m[0].length / 2;
        let best = 0;
        cellsHead.forEach((c, j) => {
          const d = Math.abs((c.from + c.to) / 2 - mid);
          if (d < Math.abs((cellsHead[best]!.from + cellsHead[best]!.to) / 2 - mid)) best = j;
        });
        return best;
      });
      if (placed.some((p, j) => p !== j) || label === "") ok = false;
      read.push({ label, cells: found.map((m) => [m[1]!, m[2]!]) });
    }
    if (!ok) continue;
    const columns: { title: string; values: string[] }[] = [];
    cellsHead.forEach((c, j) => {
      columns.push({ title: c.text, values: read.map((x) => x.cells[j]![0]) });
      if (MEASURE_CELL.test(c.text)) columns.push({ title: "varav kvinnor", values: read.map((x) => x.cells[j]![1]) });
    });
    const labelWidth = Math.max(header[0]!.text.length, ...read.map((x) => x.label.length)) + GAP;
    const widths = columns.map((c) => Math.max(c.title.length, ...c.values.map((v) => v.length)));
    const lay = (label: string, cells: string[]) =>
      (label.padEnd(labelWidth) + cells.map((c, j) => c.padStart(widths[j]!)).join(" ".repeat(GAP))).trimEnd();
    out[h] = lay(
      header[0]!.text,
      columns.map((c) => c.title),
    );
    table.forEach(
      (r, n) =>
        (out[r] = lay(
          read[n]!.label,
          columns.map((c) => c.values[n]!),
        )),
    );
  }
}
