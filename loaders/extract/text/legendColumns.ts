/**
 * A table whose columns are headed only by marks, numbers or letters in brackets, with a legend in a
 * sentence near it saying what each mark's column holds:
 *
 *                                     (1)        (2)        (3)
 *     Verksamhetens intäkter         5 620      5 800      5 800
 *     …
 *     Kolumnförklaring: (1) utfall 2024, (2) budget 2025, (3) utfall 2025.
 *
 *     I tabellerna betecknar kolumn [a] budget 2025, kolumn [b] utfall 2025 och kolumn [c] utfall 2024.
 *
 * No reader knows which year a "(2)" is. Here the header's marks are written as the legend names them
 * ("Utfall 2024   Budget 2025   Utfall 2025"), each cell ending where its mark ended (or moved left
 * where the words need more room), so the statement readers read each column by its year and basis
 * as under any header: the legend's word decides, never a column's place, so a legend naming last
 * year or the budget for the first or middle column is read so.
 *
 * The legend is the paragraph after the header, before the next header of marks (a legend under its
 * table), else the nearest one before the header (a sentence above the tables, or a table that says
 * its columns are as in the one before); it must name each of the header's marks with one year and at
 * most one basis word (utfall, bokslut, budget, prognos); the year may be said as the year before the
 * report's ("föregående år") or the report's ("innevarande år"). A mark's forms: "(1)", "[a]", "1)",
 * "Kolumn 2". A mark the legend leaves out or names in other words ("avvikelse", "budget" with no year),
 * two years or two bases for one mark: the header stays as written. Pure.
 */
import { someLineMatches } from "./wholeText.ts";

/** A mark's forms: "(1)", "[a]", "1)", "Kolumn 2", "Kol. b". */
const MARK_FORM = String.raw`(?:\(\s?(?:\d|[a-h])\s?\)|\[\s?(?:\d|[a-h])\s?\]|(?<![\p{L}\d(])(?:\d|[a-h])\)|kol(?:umn|\.)?\s?(?:\d|[a-h])(?![\p{L}\d]))`;
/** A header of two marks or more and nothing else: "(1)  (2)  (3)", "[a]  [b]", "Kolumn 1   Kolumn 2". */
const MARKS_HEADER = new RegExp(String.raw`^\s+(?:${MARK_FORM}\s+)+${MARK_FORM}\s*$`, "iu");
/** Whether a line is a header of column marks only, set in from the margin ("      (1)      (2)", "  [a]  [b]"). */
export const isMarksHeader = (line: string): boolean => MARKS_HEADER.test(line);
/** One mark in a line, its key the number or letter inside. */
const MARK =
  /\(\s?(\d|[a-h])\s?\)|\[\s?(\d|[a-h])\s?\]|(?<![\p{L}\d(])(\d|[a-h])\)|kol(?:umn|\.)?\s?(\d|[a-h])(?![\p{L}\d])/giu;
const keyOf = (m: RegExpMatchArray) => (m[1] ?? m[2] ?? m[3] ?? m[4])!.toLowerCase();
/** The year before the report's, or the report's, said in words: "föregående år", "innevarande år". */
const PRIOR_YEAR_WORDS = /(?<!\p{L})(?:föregående år|förra året|fg\.? år|fjolåret)(?!\p{L})/giu;
const THIS_YEAR_WORDS =
  /(?<!\p{L})(?:innevarande år|detta år|i år|aktuellt år|redovisningsåret|räkenskapsåret)(?!\p{L})/giu;
const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/g;
const BASIS = /(?<!\p{L})(utfall|bokslut|budget|prognos)(?!\p{L})/giu;
/** A basis outside the four: a plan's, a target's, a proposal's or a difference's column ("plan 2027", "mål 2026"). */
const OTHER_BASIS =
  /(?<!\p{L})(?:plan|planerat|plan\p{L}*|mål|målvärde|förslag|beräknat|avvikelse|skillnad|differens)(?!\p{L})/iu;
const BASIS_CELL: Record<string, string> = {
  utfall: "Utfall",
  bokslut: "Utfall",
  budget: "Budget",
  prognos: "Prognos",
};
/** How far a legend may stand from its header: under it, above it. */
const AFTER = 30;
const BEFORE = 60;

interface Mark {
  key: string;
  /** The column the mark ends at (exclusive). */
  end: number;
}

const marksOf = (line: string): Mark[] =>
  [...line.matchAll(MARK)].map((m) => ({ key: keyOf(m), end: m.index + m[0].length }));

/** A paragraph's lines joined (lines up to a blank one), by its first line's index. */
function paragraphAt(lines: readonly string[], i: number, end = lines.length): string {
  let k = i;
  const parts: string[] = [];
  while (k < end && lines[k]!.trim() !== "") parts.push(lines[k++]!.trim());
  return parts.join(" ");
}

/**
 * What a legend says each mark's column holds ("Utfall 2024"); undefined where the paragraph is no legend of
 * the keys; null where it is one (it names every key) but says for some key no single year and basis of the
 * four, or a basis outside them ("plan 2027"): the table's columns are then not known.
 */
function legendCells(
  paragraph: string,
  keys: readonly string[],
  reportYear: number | undefined,
): Map<string, string> | null | undefined {
  if (MARKS_HEADER.test(` ${paragraph}`)) return undefined;
  const found = [...paragraph.matchAll(MARK)];
  if (found.length < 2) return undefined;
  const named = new Set(found.map(keyOf));
  const refused = keys.every((k) => named.has(k)) ? null : undefined;
  const cells = new Map<string, string>();
  for (let j = 0; j < found.length; j++) {
    const key = keyOf(found[j]!);
    const segment = paragraph.slice(found[j]!.index + found[j]![0].length, found[j + 1]?.index ?? paragraph.length);
    // "föregående år", "innevarande år": the year before the report's, the report's.
    const years = new Set([
      ...(segment.match(YEAR) ?? []),
      ...(reportYear === undefined
        ? []
        : [
            ...[...segment.matchAll(PRIOR_YEAR_WORDS)].map(() => String(reportYear - 1)),
            ...[...segment.matchAll(THIS_YEAR_WORDS)].map(() => String(reportYear)),
          ]),
    ]);
    const bases = new Set([...segment.matchAll(BASIS)].map((m) => BASIS_CELL[m[1]!.toLowerCase()]!));
    if (cells.has(key)) return refused;
    if (years.size !== 1 || bases.size > 1 || OTHER_BASIS.test(segment)) {
      if (keys.includes(key)) return refused;
      continue;
    }
    cells.set(key, [...bases, ...years].join(" "));
  }
  return keys.every((k) => cells.has(k)) ? cells : undefined;
}

/** The header written in the legend's words, each cell ending at its mark's end or left of the next cell. */
function header(marks: readonly Mark[], cells: ReadonlyMap<string, string>): string | undefined {
  const placed: { start: number; text: string }[] = [];
  let limit = Infinity;
  for (let j = marks.length - 1; j >= 0; j--) {
    const text = cells.get(marks[j]!.key)!;
    const end = Math.min(marks[j]!.end, limit);
    const start = end - text.length;
    if (start < 1) return undefined;
    placed.unshift({ start, text });
    limit = start - 2;
  }
  let out = "";
  for (const p of placed) out = out.padEnd(p.start) + p.text;
  return out;
}

/** The lines with each header of marks a legend explains written in the legend's words; undefined when none. */
export function legendColumns(lines: readonly string[], reportYear?: number): string[] | undefined {
  if (!someLineMatches(lines, MARKS_HEADER)) return undefined;
  const headers: number[] = [];
  lines.forEach((l, i) => {
    if (MARKS_HEADER.test(l)) headers.push(i);
  });
  let out: string[] | undefined;
  const keysOf = (h: number) => marksOf(lines[h]!).map((m) => m.key);
  /** The nearest legend above the header (a paragraph opening after a blank line), refused or not. */
  const above = (h: number, keys: readonly string[]) => {
    for (let k = h - 1; k >= Math.max(0, h - BEFORE); k--)
      if (lines[k]!.trim() !== "" && (k === 0 || lines[k - 1]!.trim() === "")) {
        const cells = legendCells(paragraphAt(lines, k, h), keys, reportYear);
        if (cells !== undefined) return cells;
      }
    return undefined;
  };
  // A legend before the first table of marks: the document sets its legends above its tables, so a
  // paragraph after a table is the next table's legend, never its own.
  const legendsAbove = above(headers[0]!, keysOf(headers[0]!)) !== undefined;
  headers.forEach((h, n) => {
    const marks = marksOf(lines[h]!);
    const keys = marks.map((m) => m.key);
    if (new Set(keys).size !== keys.length) return;
    const next = headers[n + 1] ?? lines.length;
    let cells: Map<string, string> | null | undefined;
    // Under the table first, up to the next header of marks; then above it.
    if (!legendsAbove)
      for (let k = h + 2; k < Math.min(next, h + AFTER) && cells === undefined; k++)
        if (lines[k]!.trim() !== "" && lines[k - 1]!.trim() === "")
          cells = legendCells(paragraphAt(lines, k), keys, reportYear);
    if (cells === undefined) cells = above(h, keys);
    if (!cells) return;
    const written = header(marks, cells);
    if (written === undefined) return;
    out ??= [...lines];
    out[h] = written;
  });
  return out;
}
