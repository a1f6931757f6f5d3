/**
 * A statement split into columns per part of the federation (its office, individual work, structural
 * work) with the whole federation's columns after them, each stacked over its year:
 *
 *                          Kansli   Individ  Struktur    Totalt    Totalt
 *                                                          2025      2024
 *     Summa intäkter        9 140         0         0     9 140     8 895
 *     Årets resultat        7 085    -6 668      -732      -315        23
 *
 * The parts' columns have no year, and a reader placing cells by the year line finds two cells under
 * "2025". Here the parts' columns are blanked, space for character (their header words too), so the
 * whole's columns are read as a statement by their years. Only where every row of the table proves
 * it: the parts' cells add up to the whole's cell of the report's year, in every row; the header's
 * upper line names two parts or more and then only the whole ("Totalt", "Summa", "Förbundet", "Hela
 * förbundet") over each year of the lower line, and the lower line holds years alone. A row whose parts
 * do not add up, a total column without its year, or a header of other words leaves the table as
 * written. Pure: one line per line.
 */

import { cellsOverlap, layoutCells, type LayoutCell } from "./layoutCells.ts";

/** The whole's column's word. */
const WHOLE = /^(?:totalt|total|summa|förbundet|hela förbundet|samtliga)$/iu;
/** A year alone. */
const YEAR = /^(?:19|20)\d\d$/;
/** A figure as a statement writes it: "9 140", "-6 668", "0". */
const FIGURE = /^[-–−]?\d{1,3}(?: \d{3})*$/;

const valueOf = (text: string) => Number(text.replace(/[–−]/, "-").replace(/ /g, ""));

export function partColumnsBesideTotals(lines: readonly string[], reportYear: number): string[] | undefined {
  let out: string[] | undefined;
  for (let i = 0; i + 2 < lines.length; i++) {
    const upper = layoutCells(lines[i]!);
    if (upper.length < 3 || /\d/.test(lines[i]!)) continue;
    const years = layoutCells(lines[i + 1]!);
    if (years.length === 0 || !years.every((c) => YEAR.test(c.text))) continue;
    // Each year under one whole's cell, the last ones of the upper line; two parts before them at least.
    const wholes = years.map((y) => upper.findIndex((u) => cellsOverlap(u, y)));
    const firstWhole = upper.length - years.length;
    if (firstWhole < 2 || wholes.some((w, k) => w !== firstWhole + k)) continue;
    if (!upper.slice(firstWhole).every((u) => WHOLE.test(u.text))) continue;
    const own = years.findIndex((y) => Number(y.text) === reportYear);
    if (own < 0) continue;
    const rows = tableRows(lines, i + 2, upper.length);
    if (rows.length < 2) continue;
    // Every row's parts add up to the whole's cell of the report's year.
    const proven = rows.every((r) => {
      const figures = r.cells.slice(1).map((c) => valueOf(c.text));
      const parts = figures.slice(0, firstWhole).reduce((a, b) => a + b, 0);
      return parts === figures[firstWhole + own];
    });
    if (!proven) continue;
    out ??= [...lines];
    out[i] = blank(lines[i]!, upper.slice(0, firstWhole));
    for (const r of rows) out[r.line] = blank(lines[r.line]!, r.cells.slice(1, 1 + firstWhole));
    i = rows.at(-1)!.line;
  }
  return out;
}

/** The table's rows under its header: a label and one figure per column, blank lines between groups passed. */
function tableRows(lines: readonly string[], start: number, columns: number): { line: number; cells: LayoutCell[] }[] {
  const rows: { line: number; cells: LayoutCell[] }[] = [];
  for (let n = start; n < lines.length; n++) {
    const line = lines[n]!;
    if (line.trim() === "") {
      if ((lines[n + 1] ?? "").trim() === "") break;
      continue;
    }
    if (!isRow(line, columns)) break;
    rows.push({ line: n, cells: layoutCells(line) });
  }
  // A table going on past a line of another shape (a group's heading) is not plain: none of it is read so.
  const last = rows.at(-1)?.line ?? start;
  for (let n = last + 1; n < Math.min(lines.length, last + 5); n++) if (isRow(lines[n]!, columns)) return [];
  return rows;
}

function isRow(line: string, columns: number): boolean {
  const cells = layoutCells(line);
  return cells.length === columns + 1 && !/\d/.test(cells[0]!.text) && cells.slice(1).every((c) => FIGURE.test(c.text));
}

function blank(line: string, cells: readonly LayoutCell[]): string {
  let out = line;
  for (const c of cells) out = out.slice(0, c.from) + " ".repeat(c.to - c.from) + out.slice(c.to);
  return out;
}
