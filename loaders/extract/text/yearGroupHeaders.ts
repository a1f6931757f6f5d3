/**
 * A header of two lines: the years, each set over a group of columns, and under them the bases of
 * each group ("Budget  Utfall" per year):
 *
 *                           2023                2024
 *                      Budget    Utfall    Budget    Utfall
 *   Intäkter           11 800    11 865    12 100    12 140
 *
 * Read line by line, the years stand over no cell and the bases name no year: every column would
 * be unread. Here the lower line names both ("Budget 2023   Utfall 2023   Budget 2024 …"), the
 * years' line is left blank and the table is laid out anew, each column as wide as its widest
 * cell, so the table has the one header its readers know and every cell stands under its own. Only where every
 * year stands over its own group (within three characters of the group's span) and every group
 * has as many bases; gender groups ("K  M" under years) are another reader's (`yearGroupTables.ts`).
 * Pure.
 */
import { runsOf } from "./hyphenatedHeaders.ts";

/** A line of years alone, two or more, apart by wide gaps. */
const YEARS_ONLY = /^\s*(?:(?:19|20)\d\d\s{2,})+(?:19|20)\d\d\s*$/;
/** A basis a column group is split by. */
const BASIS = /^(?:budget|utfall|bokslut|prognos|avvikelse|avv\.?|diff\.?)$/i;
/** How far (in characters) a year may stand outside its group's span. */
const SLACK = 3;

/** The lines with each such header made one; undefined when there is none. */
export function yearGroupHeaders(lines: readonly string[]): string[] | undefined {
  let out: string[] | undefined;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    if (line.length < 10 || !YEARS_ONLY.test(line)) continue;
    const years = runsOf(line);
    const bases = runsOf(lines[i + 1]!);
    if (bases.length === 0 || !bases.every((b) => BASIS.test(b.text))) continue;
    const per = bases.length / years.length;
    if (!Number.isInteger(per) || per < 2) continue;
    // Every group the same bases in the same order, and each year within its own group's span only.
    const groups = years.map((_, k) => bases.slice(k * per, (k + 1) * per));
    const order = groups[0]!.map((b) => b.text.toLowerCase()).join(" ");
    const placed =
      groups.every((g) => g.map((b) => b.text.toLowerCase()).join(" ") === order) &&
      years.every((y, k) => {
        const centre = (y.from + y.to) / 2;
        return groups.every((g, m) => (centre >= g[0]!.from - SLACK && centre <= g.at(-1)!.to + SLACK) === (m === k));
      });
    if (!placed) continue;
    // The rows under it, to the first blank line: a label and one cell per column each ("–" for an
    // empty one), else the header is left as written.
    const rows: { line: number; cells: string[] }[] = [];
    for (let r = i + 2; r < lines.length && lines[r]!.trim() !== ""; r++) {
      const cells = lines[r]!.trim().split(/\s{2,}/);
      if (cells.length !== bases.length + 1 || !cells.slice(1).every((c) => CELL.test(c))) break;
      rows.push({ line: r, cells });
    }
    if (rows.length === 0 || (lines[i + 2 + rows.length]?.trim() ?? "") !== "") continue;
    // Laid out anew, every column as wide as its widest cell (the header's "Budget 2023" among
    // them) and three spaces apart, so each cell stands under its own header's cell.
    const header = ["", ...bases.map((b, k) => `${b.text} ${years[Math.floor(k / per)]!.text}`)];
    const widths = header.map((h, c) => Math.max(h.length, ...rows.map((row) => row.cells[c]!.length)));
    const lay = (cells: readonly string[]) =>
      cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[0]!) : cell.padStart(widths[c]!))).join("   ");
    out ??= [...lines];
    out[i] = "";
    out[i + 1] = lay(header);
    for (const row of rows) out[row.line] = lay(row.cells);
  }
  return out;
}

/** A figure's cell: a number (signed, grouped by spaces, decimals) or a dash for none. */
const CELL = /^(?:[-−–]?\d{1,3}(?: \d{3})*(?:,\d+)?|[-–—])$/;
