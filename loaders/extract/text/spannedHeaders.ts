/**
 * A follow-up table under a header merged over three lines, one basis spanning two columns by a dashed
 * rule ("------ Utfall ------" over "jan–aug" / "(67 % av året)" and "jan–dec" / "(100 % av året)"),
 * beside a budget or target column ("Budget" / "helår" / "2025") and a share of it ("Förbrukat" / "av
 * budget" / "(%)"). No reader can tell from such a header which column is the year's outcome; this step
 * reads each column's words down the stack (a spanning run belongs to every column under it) and writes
 * the header anew on its last line: the whole year's outcome "Utfall 2025", the year's budget "Budget
 * 2025", the label column's title kept; the other columns (a part of the year, a target, a share or a
 * percentage of the budget) blanked, header and cells, space for character, so every kept column keeps
 * its place and the table readers read it with every guard they have.
 *
 * Only where every column is understood: each column's words name a basis (an outcome, a budget, a
 * target) or a share, a column's period is the whole year ("jan–dec", "helår", "100 % av året", no
 * period at all) or a part of it ("jan–aug", "67 % av året"), the stack names one year only (the
 * report's, where the report's year is known), one column
 * at least is the whole year's outcome, and every row under the header holds one cell per column (a
 * dash for an empty one). A header with no spanning rule, a stack naming two years, and a table with a
 * column of words no rule knows stay as written. Each line cites its own line. Pure.
 */
import { runsOf, type Run } from "./hyphenatedHeaders.ts";

/** A basis spanning columns: "------ Utfall ------", "=== Utfall ===". */
const SPAN = /^[-–—=_]{2,}\s*(\p{L}[\p{L} ]*?)\s*[-–—=_]{2,}$/u;
/** A cell of a table's row: a signed amount or count, maybe a per cent, or a dash. */
const CELL = /^(?:[–−+-]?\s?\d{1,3}(?: \d{3})*(?:,\d+)?(?:\s?%)?|[–—-])$/u;
const YEAR = /(?<!\d)((?:19|20)\d\d)(?!\d)/gu;
const MAX_STACK = 4;

const ACTUAL = /(?<!\p{L})(?:utfall|bokslut|resultat|utfallet)(?!\p{L})/iu;
const BUDGET = /(?<!\p{L})budget(?:en)?(?!\p{L})/iu;
const TARGET = /(?<!\p{L})(?:mål|målet|målvärde)(?!\p{L})/iu;
/** A share or percentage column: "Förbrukat av budget (%)", "Andel av målet", "%". */
const SHARE = /\(\s*%\s*\)|^%$|(?<!\p{L})(?:andel|förbrukat|förbrukning|procent)(?!\p{L})/iu;
const MONTHS = String.raw`(?:jan(?:uari)?|feb(?:ruari)?|mar(?:s)?|apr(?:il)?|maj|jun(?:i)?|jul(?:i)?|aug(?:usti)?|sep(?:t(?:ember)?)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const MONTH_SPAN = new RegExp(String.raw`(?<!\p{L})${MONTHS}\s*[–-]\s*(${MONTHS})(?!\p{L})`, "iu");
const WHOLE_YEAR = /(?<!\p{L})helår(?:et)?(?!\p{L})|\(?\s*100\s*%\s*av\s+året\s*\)?/iu;
const PART_SHARE = /\(?\s*(\d{1,2})\s*%\s*av\s+året\s*\)?/iu;

interface Column {
  from: number;
  to: number;
  words: string[];
}

/** A row of a table: a label of words, then cells only. */
function rowCells(line: string): Run[] | undefined {
  const runs = runsOf(line);
  if (runs.length < 2 || !/^\p{L}/u.test(runs[0]!.text)) return undefined;
  const cells = runs.slice(1);
  return cells.every((r) => CELL.test(r.text)) ? cells : undefined;
}

type Kind = "actual" | "budget" | "drop" | undefined;

/** What a column is, by its words down the stack: kept as an outcome or a budget of the year, dropped, or not known. */
function kindOf(words: string): Kind {
  if (SHARE.test(words)) return "drop";
  const month = MONTH_SPAN.exec(words);
  const part = PART_SHARE.exec(words);
  const partOfYear =
    (month !== null && !/^dec/iu.test(month[1]!)) ||
    (part !== null && Number(part[1]) < 100 && !WHOLE_YEAR.test(words));
  if (TARGET.test(words)) return "drop";
  if (ACTUAL.test(words)) return partOfYear ? "drop" : "actual";
  if (BUDGET.test(words)) return partOfYear ? undefined : "budget";
  return undefined;
}

/**
 * The lines with each such table's header written anew on its last line, the stack's upper lines dropped
 * (so the table's caption stays right above it), each line citing the reading line it came from;
 * undefined where there is none.
 */
export function spannedHeaders(
  lines: readonly string[],
  reportYear?: number,
): { lines: string[]; from: number[] } | undefined {
  const set = spannedHeaderLines(lines, reportYear);
  if (!set) return undefined;
  const from: number[] = [];
  const out: string[] = [];
  set.forEach((line, k) => {
    if (line === null) return;
    out.push(line);
    from.push(k);
  });
  return { lines: out, from };
}

/** One entry per line: the line as the readers see it, or null where a header's upper line is dropped. */
function spannedHeaderLines(lines: readonly string[], reportYear?: number): (string | null)[] | undefined {
  if (!lines.some((l) => /[-–—=_]{2,}\s*\p{L}[\p{L} ]*?\s*[-–—=_]{2,}/u.test(l))) return undefined;
  let out: (string | null)[] | undefined;
  for (let i = 0; i < lines.length; i++) {
    if (!runsOf(lines[i]!).some((r) => SPAN.test(r.text))) continue;
    // The stack: the span's line and the lines under it down to the first row.
    let first = i + 1;
    while (first < lines.length && first - i < MAX_STACK && lines[first]!.trim() !== "" && !rowCells(lines[first]!))
      first++;
    const firstRow = rowCells(lines[first] ?? "");
    if (!firstRow || first === i + 1) continue;
    const rows: { at: number; cells: Run[] }[] = [];
    for (let r = first; r < lines.length; r++) {
      const cells = rowCells(lines[r]!);
      if (!cells) break;
      rows.push({ at: r, cells });
    }
    const n = firstRow.length;
    if (rows.length < 2 || rows.some((r) => r.cells.length !== n)) continue;
    // Each column's x-range: the widest its cells reach.
    const columns: Column[] = firstRow.map((_, c) => ({
      from: Math.min(...rows.map((r) => r.cells[c]!.from)),
      to: Math.max(...rows.map((r) => r.cells[c]!.to)),
      words: [],
    }));
    if (columns.some((c, k) => k > 0 && c.from <= columns[k - 1]!.to)) continue;
    // Where a run of the header goes: the column its middle falls nearest; a spanning rule to every column under it.
    const bound = (k: number) => (columns[k]!.to + columns[k + 1]!.from) / 2;
    const columnOf = (x: number) => {
      for (let k = 0; k < n - 1; k++) if (x < bound(k)) return k;
      return n - 1;
    };
    let title: string | undefined;
    let understood = true;
    for (let h = i; h < first; h++)
      for (const run of runsOf(lines[h]!)) {
        const span = SPAN.exec(run.text);
        if (span) {
          const under = columns.filter((c) => (c.from + c.to) / 2 >= run.from && (c.from + c.to) / 2 <= run.to);
          if (under.length < 2) understood = false;
          for (const c of under) c.words.push(span[1]!);
          continue;
        }
        // The label column's title on the stack's last line, left of every column.
        if (h === first - 1 && run.to < columns[0]!.from - 1 && /^\p{L}/u.test(run.text) && title === undefined) {
          title = run.text;
          continue;
        }
        // Right of every column's cells: a column an earlier step blanked (a share, a target), no cell left.
        if (run.from > columns[n - 1]!.to + 1) continue;
        if (run.to < columns[0]!.from - 4) {
          understood = false;
          continue;
        }
        columns[columnOf((run.from + run.to) / 2)]!.words.push(run.text);
      }
    if (!understood) continue;
    const stack = lines.slice(i, first).join(" ");
    const years = new Set([...stack.matchAll(YEAR)].map((m) => m[1]!));
    if (years.size !== 1) continue;
    const year = [...years][0]!;
    // The one year is the outcome's only where it is the report's: a budget for next year beside this
    // year's outcome ("Budget 2026" by "Utfall jan–dec") names no year of the outcome.
    if (reportYear !== undefined && Number(year) !== reportYear) continue;
    const kinds = columns.map((c) => kindOf(c.words.join(" ")));
    if (kinds.some((k) => k === undefined) || !kinds.includes("actual")) continue;
    if (kinds.filter((k) => k === "actual").length > 1 || kinds.filter((k) => k === "budget").length > 1) continue;
    out ??= [...lines];
    for (let h = i; h < first - 1; h++) out[h] = null;
    let header = title ?? "";
    columns.forEach((c, k) => {
      if (kinds[k] === "drop") return;
      const name = kinds[k] === "actual" ? year : `Budget ${year}`;
      header = header.padEnd(Math.max(c.to + 1 - name.length, header.length + 2)) + name;
    });
    out[first - 1] = header;
    for (const r of rows) {
      let text = lines[r.at]!;
      columns.forEach((_, k) => {
        if (kinds[k] !== "drop") return;
        const cell = r.cells[k]!;
        text = text.slice(0, cell.from) + " ".repeat(cell.to - cell.from + 1) + text.slice(cell.to + 1);
      });
      out[r.at] = text.trimEnd();
    }
    i = rows.at(-1)!.at;
  }
  return out;
}
