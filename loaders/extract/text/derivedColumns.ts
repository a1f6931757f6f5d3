/**
 * A column derived from the value column beside it: a rate per population or per participant, or each
 * row's share of a total, set beside the count or amount it is computed from:
 *
 *   A. Deltagare                 Antal    Per 10 000 invånare 16–64 år
 *      Deltagare under året        182         41,2
 *   RESULTATRÄKNING (kr)          2025      % av        2024      % av
 *                                       intäkterna              intäkterna
 *   Verksamhetens kostnader  -5 790 615     -99,1  -5 802 240    -101,5
 *   | Post | Utfall 2025 | Andel | Utfall 2024 | Andel |
 *
 * Read as written, the derived column is one more figure column: a reader takes the row for a row of
 * two years, or of a count and an unknown column, and reads none of it (or the rate as a count). The
 * derived column holds no figure of its own, so here it is taken out: in layout text its header words
 * (on the header's line and a stacked line under it) and its cells blanked, space for character, so
 * every other cell keeps its column; in a Markdown pipe table the column's cell dropped from the
 * header, the rule and every row.
 *
 * Only where the header names a derivation ("per 10 000 invånare", "kr per invånare", "kr/inv.",
 * "per deltagare", "% av intäkterna", "Andel av samtliga", "Andel", "%"; a share only beside money or a
 * statement's year, "Antal  Andel" left to the readers that know it), and every row of the table
 * proves it: the derived cell is the value cell beside it (to its left, or to its right where it
 * stands first) divided by one and the same base in every row, within the rounding of both cells
 * (`proportional`), three rows with a derived cell other than 0 at least. A column that is no such
 * quotient in some row (a target, last year's rate, a column of its own), a row of another shape
 * inside the table, or a header naming no derivation leaves the table as written. Pure; line for line.
 */

import { cellsOverlap, layoutCells, type LayoutCell } from "./layoutCells.ts";

/** A header's words naming a rate or a share ("per 10 000 invånare 16–64 år", "kr/inv.", "% av summa"). */
const PER_BASE_SOURCES = [
  String.raw`\bper\s+(?:\d{1,3}(?:[ \u00a0]\d{3})*\s+)?(?:inv\.?|invånare|innevånare|deltagare|person|capita)(?![\p{L}])`,
  String.raw`\b(?:kr|kronor|tkr|sek)\s*\/\s*(?:inv\.?|invånare|deltagare|person)(?![\p{L}])`,
];
const DERIVED = new RegExp(
  [
    ...PER_BASE_SOURCES,
    String.raw`(?:^|\s|\()%(?:\s*\)|\s+av\b|\s*$)`,
    String.raw`^(?:andel|procent)(?:\s*[,(]\s*%\s*\)?)?$`,
    String.raw`^(?:andel|procent)\s+av\b`,
    String.raw`\bprocent\s+av\b`,
  ].join("|"),
  "iu",
);
/** A rate per population or per participant (the rest of DERIVED are shares of a total). */
const PER_BASE = new RegExp(PER_BASE_SOURCES.join("|"), "iu");
/**
 * A value column a share may be blanked beside: money or a statement's year ("2025", "Utfall 2025", "tkr",
 * "Avgift, kr", "Belopp"). A share beside counts ("Antal  Andel") is left to the readers that know it.
 */
const MONEY_OR_YEAR =
  /(?:^|\s|\()(?:t?kr|kronor|sek|mkr|mnkr)(?:\)|\s|$|\.)|belopp|avgift|utfall|(?<!\d)(?:19|20)\d\d(?!\d)/iu;

/** A header's words that name a column of its own, never a quotient of the one beside it. */
const OWN_COLUMN =
  /\b(?:mål|målvärde|budget|prognos|förändring|avvikelse|ökning|minskning|diff|länet|riket|snitt|genomsnitt)/iu;
/** A figure: "6 952", "-5 790 615", "41,2", "100,0 %", "-1,5". */
const FIGURE = /^[-–−]?\d{1,3}(?:[ \u00a0]\d{3})*(?:,\d+)?(?:\s?%)?$/u;
/** A value cell: a figure with no "%". */
const VALUE = /^[-–−]?\d{1,3}(?:[ \u00a0]\d{3})*(?:,\d+)?$/u;
const MAX_ROWS = 60;

const isFigure = (t: string) => FIGURE.test(t.trim());

/** A figure's value and half its last printed digit (the rounding it may hide). */
function figureOf(t: string): { value: number; half: number } {
  const s = t
    .replace(/%/, "")
    .trim()
    .replace(/[–−]/, "-")
    .replace(/[ \u00a0]/g, "");
  const decimals = s.includes(",") ? s.length - s.indexOf(",") - 1 : 0;
  return { value: Math.abs(Number(s.replace(",", "."))), half: 0.5 * 10 ** -decimals };
}

/**
 * Every row's derived cell is its value cell divided by one base, within both cells' rounding: the
 * bases each row allows overlap. Three rows with a derived cell other than 0 at least (two whole
 * numbers may agree by chance); an empty pair (a
 * row with neither) passes, a row with one of the two fails.
 */
export function proportional(pairs: readonly (readonly [string, string])[]): boolean {
  let low = 0;
  let high = Infinity;
  let bounded = 0;
  for (const [valueText, derivedText] of pairs) {
    const v = valueText.trim();
    const d = derivedText.trim();
    if (v === "" && d === "") continue;
    if (!VALUE.test(v) || !isFigure(d)) return false;
    const value = figureOf(v);
    const rate = figureOf(d);
    if (value.value === 0 && rate.value === 0) continue;
    low = Math.max(low, Math.max(0, value.value - value.half) / (rate.value + rate.half));
    if (rate.value - rate.half > 0) {
      high = Math.min(high, (value.value + value.half) / (rate.value - rate.half));
      bounded++;
    }
    if (low > high * (1 + 1e-9)) return false;
  }
  return bounded >= 3 && low <= high * (1 + 1e-9);
}

/** A header cell naming a derivation and no column of its own. */
export const namesDerivation = (header: string): boolean => DERIVED.test(header.trim()) && !OWN_COLUMN.test(header);

/** The lines with each proven derived column taken out; undefined when there is none. */
export function derivedColumns(lines: readonly string[]): string[] | undefined {
  let out: string[] | undefined;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    if (line.trimStart().startsWith("|")) {
      const end = pipeTable(lines, i, (out ??= [...lines]));
      if (end > i) i = end;
      continue;
    }
    if (!/\S\s{2,}\S/.test(line)) continue;
    const end = layoutTable(lines, i, (out ??= [...lines]));
    if (end > i) i = end;
  }
  return out && out.some((l, n) => l !== lines[n]) ? out : undefined;
}

// ── Markdown pipe tables ───────────────────────────────────────────────────────────────────────────

const RULE_ROW = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)+\|?\s*$/;

function pipeCells(line: string): string[] {
  const inner = line.trim().replace(/^\|/, "").replace(/\|$/, "");
  return inner.split("|").map((c) => c.trim());
}

/** A pipe table headed at `start`: its proven derived columns dropped in `out`; the table's last line, or `start`. */
function pipeTable(lines: readonly string[], start: number, out: string[]): number {
  if (!RULE_ROW.test(lines[start + 1] ?? "")) return start;
  const header = pipeCells(lines[start]!);
  const rows: number[] = [];
  for (let n = start + 2; n < lines.length && rows.length <= MAX_ROWS; n++) {
    if (!lines[n]!.trimStart().startsWith("|")) break;
    if (pipeCells(lines[n]!).length !== header.length) return start + 1;
    rows.push(n);
  }
  const end = rows.at(-1) ?? start + 1;
  if (rows.length < 2) return end;
  const cells = rows.map((n) => pipeCells(lines[n]!));
  const drop = new Set<number>();
  for (let c = 1; c < header.length; c++) {
    if (!namesDerivation(header[c]!)) continue;
    const p = pairedColumn(header, c);
    if (p === undefined || !(PER_BASE.test(header[c]!) || MONEY_OR_YEAR.test(header[p]!))) continue;
    if (proportional(cells.map((r) => [r[p]!, r[c]!] as const))) drop.add(c);
  }
  if (drop.size === 0) return end;
  const keep = (cs: string[]) => cs.filter((_, c) => !drop.has(c));
  const write = (n: number, cs: string[]) => {
    const indent = /^\s*/.exec(lines[n]!)![0];
    out[n] = `${indent}| ${keep(cs).join(" | ")} |`;
  };
  write(start, header);
  write(start + 1, pipeCells(lines[start + 1]!));
  rows.forEach((n, k) => write(n, cells[k]!));
  return end;
}

/** The value column a derived column is computed from: the one before it, or after it where it stands first. */
function pairedColumn(header: readonly string[], c: number): number | undefined {
  if (c - 1 >= 1 && !namesDerivation(header[c - 1]!)) return c - 1;
  if (c + 1 < header.length && !namesDerivation(header[c + 1]!)) return c + 1;
  return undefined;
}

// ── Layout text ────────────────────────────────────────────────────────────────────────────────────

/** A row: a label of words, then figures only. */
function rowCells(line: string): LayoutCell[] | undefined {
  const cells = layoutCells(line);
  if (cells.length < 3 || isFigure(cells[0]!.text) || !/\p{L}/u.test(cells[0]!.text)) return undefined;
  return cells.slice(1).every((c) => isFigure(c.text)) ? cells : undefined;
}

/** A table headed at `start` in layout text: its proven derived columns blanked in `out`; its last line, or `start`. */
function layoutTable(lines: readonly string[], start: number, out: string[]): number {
  const upper = layoutCells(lines[start]!);
  if (upper.length < 2 || rowCells(lines[start]!)) return start;
  // A stacked header line under it: words only, each under a cell of the header line.
  const next = lines[start + 1] ?? "";
  const lowerCells = layoutCells(next);
  const stacked =
    lowerCells.length > 0 &&
    !rowCells(next) &&
    lowerCells.every((l) => !isFigure(l.text) && !/\d{3}/.test(l.text) && upper.some((u) => cellsOverlap(u, l)));
  const first = start + (stacked ? 2 : 1);
  const rows: LayoutCell[][] = [];
  const rowLines: number[] = [];
  for (let n = first; n < lines.length && rows.length <= MAX_ROWS; n++) {
    const r = rowCells(lines[n]!);
    if (!r) break;
    rows.push(r);
    rowLines.push(n);
  }
  if (rows.length < 2) return start;
  const width = rows[0]!.length - 1;
  if (width < 2 || rows.some((r) => r.length - 1 !== width)) return start;
  // The header's column cells: its last `width` cells (a caption may stand first), each over its rows' cells.
  if (upper.length !== width && upper.length !== width + 1) return start;
  const columns = upper.slice(upper.length - width);
  const words = columns.map((u) => {
    const below = stacked ? lowerCells.filter((l) => cellsOverlap(u, l)) : [];
    return { cell: u, below, text: [u.text, ...below.map((b) => b.text)].join(" ") };
  });
  if (!rows.every((r) => r.slice(1).every((c, k) => near(columns[k]!, c)))) return start;
  const names = ["", ...words.map((w) => w.text)];
  const blank = new Set<number>();
  for (let c = 1; c <= width; c++) {
    if (!namesDerivation(names[c]!)) continue;
    const p = pairedColumn(names, c);
    if (p === undefined || !(PER_BASE.test(names[c]!) || MONEY_OR_YEAR.test(names[p]!))) continue;
    if (proportional(rows.map((r) => [r[p]!.text, r[c]!.text] as const))) blank.add(c);
  }
  if (blank.size === 0) return rowLines.at(-1)!;
  let head = lines[start]!;
  let lower = next;
  for (const c of blank) {
    const w = words[c - 1]!;
    head = blankCell(head, w.cell);
    for (const b of w.below) lower = blankCell(lower, b);
  }
  rows.forEach((r, k) => {
    let row = lines[rowLines[k]!]!;
    for (const c of blank) row = blankCell(row, r[c]!);
    out[rowLines[k]!] = row.trimEnd();
  });
  if (stacked && lower.trim() === "") {
    // The stacked line held only the derived columns' words: the header set right above its rows.
    out[start] = "";
    out[start + 1] = head.trimEnd();
  } else {
    out[start] = head.trimEnd();
    if (stacked) out[start + 1] = lower.trimEnd();
  }
  return rowLines.at(-1)!;
}

/** A row's cell under a header cell: overlapping it, or within four characters of its span. */
const near = (header: LayoutCell, cell: LayoutCell) => cell.from <= header.to + 4 && header.from <= cell.to + 4;

function blankCell(line: string, cell: LayoutCell): string {
  return line.slice(0, cell.from) + " ".repeat(cell.to - cell.from) + line.slice(cell.to);
}
