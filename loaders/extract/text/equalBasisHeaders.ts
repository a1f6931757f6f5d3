/**
 * A header cell saying one column is both the year's budget and its outcome ("Budget 2025 = Utfall 2025",
 * "Utfall 2025 = budget 2025"), as a fee table writes it where the members paid what the budget said: the
 * cell read as the outcome ("Utfall 2025"), set in the middle of the cell, so the readers take the column as
 * the year's outcome rather than as a budget alone (the budget's figure is the same).
 *
 * Only a cell of a line laid out in columns (two spaces or more around it), its two sides one budget and
 * one outcome of the same year, with a row of figures right under the line. Two years ("Budget 2026 =
 * Utfall 2025"), a forecast or any other basis, and such words in running text stay as written. One line
 * per document line. Pure.
 */

const YEAR = String.raw`((?:19|20)\d\d)`;
const BASIS = String.raw`(budget|utfall|bokslut)`;
/** "Budget 2025 = Utfall 2025": a cell standing between gaps (or the line's ends). */
const CELL = new RegExp(String.raw`(^|\s{2,})${BASIS}\s+${YEAR}\s*=\s*${BASIS}\s+${YEAR}(?=\s{2,}|\s*$)`, "iu");
/** A row of a table: a label, a gap, a figure. */
const ROW = /^\s*\S.*?\s{2,}[–−-]?\d/u;

/** The lines with each such header cell read as the outcome; undefined where there is none. */
export function equalBasisHeaders(lines: readonly string[]): string[] | undefined {
  let out: string[] | undefined;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    if (!line.includes("=")) continue;
    const m = CELL.exec(line);
    if (!m || !ROW.test(lines[i + 1]!)) continue;
    const [, lead, a, y1, b, y2] = m;
    if (y1 !== y2) continue;
    const kinds = new Set([
      a!.toLowerCase() === "budget" ? "budget" : "actual",
      b!.toLowerCase() === "budget" ? "budget" : "actual",
    ]);
    if (kinds.size !== 2) continue;
    const from = m.index + lead!.length;
    const to = m.index + m[0].length;
    const name = `Utfall ${y1}`;
    out ??= [...lines];
    // Centred in the cell's span: its figures stand under some part of it, the middle nearest to all.
    const before = Math.floor((to - from - name.length) / 2);
    out[i] = line.slice(0, from) + (" ".repeat(before) + name).padEnd(to - from) + line.slice(to);
  }
  return out;
}
