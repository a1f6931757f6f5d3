/**
 * A report printed from a follow-up system: each item's label on a line of its own, its values on the
 * indented line under it, each value tagged inline with what it is:
 *
 *     Verksamhetens kostnader
 *           Budget 2025: 7 300    Utfall 2025: 7 088    Utfall 2024: 7 105
 *     Balansomslutning
 *           Utfall 2025: 2 366    Utfall 2024: 2 207
 *
 * No reader sees a label and its tagged values on two lines as one row. Here each run of such pairs
 * becomes a table: a header of the run's outcome tags ("Utfall 2025   Utfall 2024"), in the order they
 * first stand, then one row per item, "label   7 088   7 105", on its values' line (citing it), each
 * value under its own tag's column, a tag a row lacks left blank; a blank line after each table.
 *
 * What is not an outcome is never set in the table: a value tagged as a budget, a target, a forecast or
 * a plan ("Budget 2025:", "Mål 2025:", "Prognos:") is taken out. A line holding a tag of neither kind
 * (words the rule does not know) stays as written, and so does its label; two outcome tags naming one
 * year in a run (an outcome "Utfall 2025" beside "Bokslut 2025") leave the run as written.
 * Only where the shape is the document's: three labelled lines at least. Pure.
 */
import { someLineMatches } from "./wholeText.ts";

const NUMBER = String.raw`[-–−+]?\d{1,3}(?:[  ]\d{3})*(?:,\d+)?`;
/** One tagged value: a tag of words, a year, a colon, a figure. */
const TAGGED = new RegExp(String.raw`(\p{L}[\p{L} ]*?)\s+((?:19|20)\d\d)\s*:\s*(${NUMBER})(?!\d)`, "gu");
/** A values line: indented, only tagged values set apart by two spaces or more. */
const VALUES_LINE = new RegExp(
  String.raw`^\s+\p{L}[\p{L} ]*?\s+(?:19|20)\d\d\s*:\s*${NUMBER}(?:\s{2,}\p{L}[\p{L} ]*?\s+(?:19|20)\d\d\s*:\s*${NUMBER})*\s*$`,
  "u",
);
/** A tag naming an outcome. */
const OUTCOME = /^(?:utfall|bokslut|verkligt|faktiskt|redovisat|årsutfall|helår|resultat|avläst)$/iu;
/** A tag naming what is not an outcome: a budget, a target, a forecast, a plan. */
const NOT_OUTCOME =
  /^(?:budget|budgeterat|budgeten|mål|målet|målvärde|prognos|plan|planerat|förväntat|beräknat|ram|estimat|target)$/iu;
/** A label: words opening on a letter, no colon, no figure standing alone after it. */
const LABEL = /^\s*\p{L}[^:\d]*$/u;
const MIN_ROWS = 3;

interface Tagged {
  tag: string;
  year: string;
  value: string;
}

function taggedOf(line: string): Tagged[] | undefined {
  if (!VALUES_LINE.test(line)) return undefined;
  const out: Tagged[] = [];
  for (const m of line.matchAll(TAGGED)) {
    const tag = m[1]!.trim();
    if (!OUTCOME.test(tag) && !NOT_OUTCOME.test(tag)) return undefined;
    out.push({ tag, year: m[2]!, value: m[3]! });
  }
  return out.length > 0 ? out : undefined;
}

interface Pair {
  label: number;
  values: number;
  tagged: Tagged[];
}

/** The tagged values set in tables under their tags, with the index in `lines` each line comes from; undefined when none. */
export function taggedValues(lines: readonly string[]): { lines: string[]; from: number[] } | undefined {
  if (!someLineMatches(lines, VALUES_LINE)) return undefined;
  const pairs: Pair[] = [];
  for (let i = 1; i < lines.length; i++) {
    const tagged = taggedOf(lines[i]!);
    if (!tagged) continue;
    const label = lines[i - 1]!;
    if (label.trim() === "" || !LABEL.test(label) || VALUES_LINE.test(label)) continue;
    if (label.search(/\S/u) >= lines[i]!.search(/\S/u)) continue;
    pairs.push({ label: i - 1, values: i, tagged });
  }
  if (pairs.length < MIN_ROWS) return undefined;
  // Runs: pairs following each other line by line.
  const runs: Pair[][] = [];
  for (const p of pairs) {
    const last = runs.at(-1)?.at(-1);
    if (last && last.values + 1 === p.label) runs.at(-1)!.push(p);
    else runs.push([p]);
  }
  const tables = new Map<number, { lines: string[]; from: number[]; end: number }>();
  for (const run of runs) {
    const columns: string[] = [];
    const years = new Map<string, string>();
    let clash = false;
    for (const p of run)
      for (const t of p.tagged) {
        if (!OUTCOME.test(t.tag)) continue;
        const key = `${t.tag} ${t.year}`;
        if (!columns.includes(key)) {
          if (years.has(t.year) && years.get(t.year) !== key) clash = true;
          years.set(t.year, key);
          columns.push(key);
        }
      }
    if (clash || columns.length === 0) continue;
    const labels = run.map((p) => lines[p.label]!.replace(/\s+$/u, ""));
    const width = Math.max(...labels.map((l) => l.length)) + 4;
    const cell = Math.max(14, ...columns.map((c) => c.length + 4));
    const header = " ".repeat(width) + columns.map((c) => c.padStart(cell)).join("");
    const out = [header];
    const from = [run[0]!.label];
    run.forEach((p, k) => {
      const cells = columns.map((c) => {
        const t = p.tagged.find((x) => `${x.tag} ${x.year}` === c);
        return (t?.value ?? "").padStart(cell);
      });
      out.push((labels[k]!.padEnd(width) + cells.join("")).replace(/\s+$/u, ""));
      from.push(p.values);
    });
    // The table set apart from what follows (a heading over the next run is not one of its rows).
    out.push("");
    from.push(run.at(-1)!.values);
    tables.set(run[0]!.label, { lines: out, from, end: run.at(-1)!.values });
  }
  if (tables.size === 0) return undefined;
  const out: string[] = [];
  const from: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const table = tables.get(i);
    if (table) {
      out.push(...table.lines);
      from.push(...table.from);
      i = table.end;
      continue;
    }
    out.push(lines[i]!);
    from.push(i);
  }
  return { lines: out, from };
}
