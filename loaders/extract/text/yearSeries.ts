/**
 * A row holding a series of values for consecutive years on one line, set apart by semicolons
 * ("Inskrivna under året ........ 118; 131; 140; 152; 167", "Intäkter: 6 150; 6 300; 6 420; 6 610"),
 * whose years only a reading note gives: read as a table with one column per year, the note's years
 * written over each block of rows (on its heading's line, or the blank line above it), so the
 * multi-year readers read it with every guard they have.
 *
 * The years are proven by the document's own words, never guessed from the count of values: a
 * paragraph speaking of the rows' values ("värden", "värdet") in order ("i tidsordning", "i den
 * ordningen", "semikolon") that lists three or more consecutive years in rising order ("2021; 2022;
 * 2023; 2024; 2025", "åren 2022, 2023, 2024 och 2025"), or that names the year of the last value
 * ("Det sista värdet … avser … 2025") where a title spans the years up to it ("2021–2025"). The last
 * year must be the report's. A row is read only where it holds exactly as many values as there
 * are years (a "–" for a year not reported); a row of another count, a line of prose, and any row
 * with no note above stay as written. One line per document line; facts quote the document's own
 * lines. Pure.
 */

const YEAR = String.raw`(?:19|20)\d\d`;
/** One value of a series: a signed number with space-grouped thousands and a decimal comma, or a dash. */
const VALUE = String.raw`(?:[–−+-]?\d{1,3}(?: \d{3})*(?:,\d+)?|[–—-])`;
/** "Label ...... 1; 2; 3", "Label: 1; 2; 3", "Label    1; 2; 3": the label, then the series. */
const ROW = new RegExp(
  String.raw`^(\s*)(\S.*?[^\s.:])(?:\s*\.{2,}\s*|\s*:\s+|\s{2,}|\s+(?=\d))(${VALUE}(?:\s*;\s*${VALUE}){2,})\s*;?\s*$`,
  "u",
);
/** The note's words: it speaks of the rows' values and their order. */
const VALUES_WORD = /\bvärde(?:t|n|na)?\b/iu;
/** A note saying the values run latest first: never read (a wrong year for every value is worse than none). */
const REVERSED =
  /omvänd|fallande|baklänges|(?:senaste|nyaste|sista)\s+(?:året|åren|värdet|värdena)\s+(?:står\s+)?först|först\s+står\s+(?:det\s+)?senaste/iu;
const ORDER_WORD = /semikolon|tidsordning|i (?:den|samma) ordning(?:en)?|i ordning|kronologisk/iu;
/** "2021; 2022; 2023", "2022, 2023, 2024 och 2025": a list of years. */
const YEAR_LIST = new RegExp(String.raw`${YEAR}(?:\s*(?:[,;]|och|samt|,\s*och)\s*${YEAR})+`, "gu");
/** "Det sista värdet (på raden) avser (alltså) (verksamhetsåret) 2025". */
const LAST_VALUE = new RegExp(
  String.raw`(?:sista|senaste|femte|fjärde|tredje)\s+värdet\b[^.]{0,60}?\b(?:avser|gäller|är|visar)\b[^.]{0,40}?\b(${YEAR})\b`,
  "iu",
);
/** "2021–2025", "2021-2025", "2021 – 2025": a span of years in a title. */
const SPAN = new RegExp(String.raw`\b(${YEAR})\s?[–-]\s?(${YEAR})\b`, "gu");

/** The series' years the document's reading note gives; undefined where it gives none. */
export function seriesYears(lines: readonly string[], reportYear: number): number[] | undefined {
  for (const paragraph of paragraphs(lines)) {
    if (!VALUES_WORD.test(paragraph) || !ORDER_WORD.test(paragraph)) continue;
    if (REVERSED.test(paragraph)) return undefined;
    for (const m of paragraph.matchAll(YEAR_LIST)) {
      const years = (m[0].match(new RegExp(YEAR, "gu")) ?? []).map(Number);
      if (years.length >= 3 && consecutive(years) && years.at(-1) === reportYear) return years;
    }
    const last = LAST_VALUE.exec(paragraph);
    if (!last || Number(last[1]) !== reportYear) continue;
    for (const line of lines)
      for (const span of line.matchAll(SPAN)) {
        const from = Number(span[1]);
        const to = Number(span[2]);
        if (to === reportYear && to - from >= 2 && to - from <= 10)
          return Array.from({ length: to - from + 1 }, (_, k) => from + k);
      }
  }
  return undefined;
}

const consecutive = (years: readonly number[]) => years.every((y, k) => k === 0 || y === years[k - 1]! + 1);

/** The document's paragraphs (runs of non-blank lines, joined by a space). */
function paragraphs(lines: readonly string[]): string[] {
  const out: string[] = [];
  let run: string[] = [];
  for (const line of [...lines, ""]) {
    if (line.trim() === "") {
      if (run.length > 0) out.push(run.join(" "));
      run = [];
    } else run.push(line.trim());
  }
  return out;
}

/** A heading over a block of rows: short, no sentence, no figures but a unit's bracket. */
const isHeading = (line: string) =>
  line.trim().length <= 60 && !/[.;!?]\s*$/.test(line.trim()) && !/\d/.test(line.replace(/\([^)]*\)/g, ""));

/** The lines with each block of series rows set in year columns; undefined when there is none. */
export function yearSeries(lines: readonly string[], reportYear?: number): string[] | undefined {
  if (reportYear === undefined) return undefined;
  // Cheap first: two semicolons between digits on some line.
  if (!lines.some((l) => /\d\s*;\s*(?:\d|[–—-]).*;/.test(l))) return undefined;
  let years: number[] | undefined | null = null;
  let out: string[] | undefined;
  for (let i = 0; i < lines.length; i++) {
    if (!ROW.test(lines[i]!)) continue;
    // A block: the run of series rows of the years' count down to a line that is none.
    const rows: { at: number; indent: string; label: string; values: string[] }[] = [];
    let j = i;
    for (; j < lines.length; j++) {
      const row = ROW.exec(lines[j]!);
      if (!row) break;
      rows.push({ at: j, indent: row[1]!, label: row[2]!, values: row[3]!.split(/\s*;\s*/) });
    }
    const above = i > 0 ? lines[i - 1]! : "";
    const from = i;
    i = j - 1;
    if (years === null) years = seriesYears(lines, reportYear);
    if (!years) return undefined;
    const n = years.length;
    const read = rows.filter((r) => r.values.length === n);
    if (read.length === 0 || from === 0 || !isHeading(above)) continue;
    out ??= [...lines];
    const width = Math.max(above.trimEnd().length, ...read.map((r) => r.indent.length + r.label.length)) + 4;
    const cells = (values: readonly string[]) => values.map((v) => minus(v).padStart(10)).join("");
    out[from - 1] = above.trimEnd().padEnd(width) + cells(years.map(String));
    for (const r of read) out[r.at] = (r.indent + r.label).padEnd(width) + cells(r.values);
  }
  return out;
}

/** "–139", "−139": a dash before the digits is a minus; "+130" is the number itself; a dash alone stays. */
const minus = (cell: string) => (/\d/.test(cell) ? cell.replace(/^[–−]/, "-").replace(/^\+/, "") : "–");
