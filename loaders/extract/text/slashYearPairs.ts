/**
 * Two years' figures on one line, set apart by a slash, under a legend that says which year is
 * which ("Belopp i tkr, utfall 2024 / utfall 2023" / "Intäkter   7 850 / 7 600" / "Årets resultat
 * –215 / +130"): read as a table with one column per year, the legend its header ("Belopp i tkr
 * 2024 2023"), so the statement readers read it with every guard they have. Only where the legend
 * names two different years, each alone or as an outcome ("utfall", "bokslut"; a budget is no
 * outcome), right above the rows, and every line of the block down to its blank line is a label
 * and two numbers; a pair with no legend says nothing of which year is which and stays as written.
 * One line per document line; facts quote the document's own lines (`documentWording`). Pure.
 */

/** "…, utfall 2024 / utfall 2023", "(tkr) 2024 / 2023": the legend's text, then the two years. */
const LEGEND =
  /^(\S.*?)[\s,:]+(?:(?:utfall|bokslut)\s+)?((?:19|20)\d\d)\s*\/\s*(?:(?:utfall|bokslut)\s+)?((?:19|20)\d\d)\s*$/iu;
const NOT_OUTCOME = /(?:budget|prognos|mål|plan|förslag|beräkn)\p{L}*$/iu;
const NUMBER = String.raw`[–−+-]?\d{1,3}(?: \d{3})*(?:,\d+)?`;
/** "Intäkter    7 850 / 7 600": a label, a wide gap, two numbers set apart by a slash. */
const ROW = new RegExp(String.raw`^(\S.*?\S)\s{2,}(${NUMBER})\s*\/\s*(${NUMBER})\s*$`, "u");

/** The lines with each legend's block set in year columns; undefined when there is none. */
export function slashYearPairs(lines: readonly string[]): string[] | undefined {
  // Cheap first: a slash between two years.
  if (!lines.some((l) => /(?:19|20)\d\d\s*\/\s*\D{0,10}(?:19|20)\d\d/.test(l))) return undefined;
  let out: string[] | undefined;
  for (let i = 0; i < lines.length; i++) {
    const legend = LEGEND.exec(lines[i]!);
    // "Belopp i tkr, budget 2025 / utfall 2024": a budget's column is no outcome.
    if (!legend || legend[2] === legend[3] || NOT_OUTCOME.test(legend[1]!)) continue;
    const rows: RegExpExecArray[] = [];
    let j = i + 1;
    for (; j < lines.length && lines[j]!.trim() !== ""; j++) {
      const row = ROW.exec(lines[j]!);
      if (!row) break;
      rows.push(row);
    }
    // Every line of the block, two at the least, down to its blank line (or the document's end).
    if (rows.length < 2 || (j < lines.length && lines[j]!.trim() !== "")) continue;
    out ??= [...lines];
    const width = Math.max(legend[1]!.length, ...rows.map((r) => r[1]!.length)) + 4;
    const cells = (label: string, a: string, b: string) => `${label.padEnd(width)}${a.padStart(12)}${b.padStart(12)}`;
    out[i] = cells(legend[1]!, legend[2]!, legend[3]!);
    rows.forEach((r, k) => {
      out![i + 1 + k] = cells(r[1]!, minus(r[2]!), minus(r[3]!));
    });
    i = j;
  }
  return out;
}

/** "–215", "−215": a dash before the digits is a minus; "+130" is the number itself. */
const minus = (cell: string) => cell.replace(/^[–−]/, "-").replace(/^\+/, "");
