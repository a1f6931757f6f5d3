/**
 * A year's flow of participants counted by the quarter they came in or left, the four quarters as rows
 * and the whole year's row under them (often under a rule), the table's measure named by its caption:
 *
 *   Nya deltagare per inskrivningskvartal
 *                   Kvinnor   Män   Totalt
 *   Kv 1 (jan–mar)       11     9       20
 *   …
 *   Kv 4 (okt–dec)        7     8       15
 *   ---------------------------------------
 *   Helår 2024           40    33       73
 *
 * The whole year's row is the year's: its gender and total columns the caption's count (new or exited,
 * a flow, never a count of those enrolled at a time), a destination column under an exits caption ("Arbete",
 * "Studier", "Övriga avslut") the exits' destination. Every column must hold the sum of its four quarters
 * in the whole year's row, and the parts (the genders, the destinations) must add up to a total column
 * where there is one; else nothing of the table is stored. A quarter's row is never the year's, nor a
 * whole-year row naming another year, nor a table under a caption naming another year or no flow, nor one
 * in an intervention's section. The participant tables' own reading of such a table is dropped
 * (`withoutQuarterRows`): a quarter is no row of theirs. Cheap: a table is looked for only at a line opening
 * on a quarter's name. Pure.
 */
import { spanTableReader } from "./spanTables.ts";
import type { FactInput } from "../../schema/facts.ts";
import { bestConcept } from "../../reference/concepts.ts";
import { genderOfLabel, TOTAL_LABEL } from "../../reference/rowLabels.ts";
import type { DocumentText } from "../documentText.ts";
import { outsideInterventions } from "./chartLabels.ts";
import { destinationRowCategory, exitRowCategory, otherExitRow } from "./exitRowLabel.ts";

const SECTION = "general:participant_table";
/** A quarter's row: "Kv 1", "Kv. 2 (apr–jun)", "Kvartal 3", "Q4", then its cells after a wide gap. */
const QUARTER_ROW = /^\s*(?:kv(?:artal)?\.?\s?|q)([1-4])(?:\s*\([^)]{0,20}\))?\s{2,}(\d.*)$/iu;
/** The whole year's row: "Helår 2024", "Hela året", "Totalt", "Summa", "År 2024". */
const WHOLE_YEAR = /^\s*(?:helår|hela året|totalt|summa|år|året)\b(?:\s+((?:19|20)\d\d))?\s{2,}(\d.*)$/iu;
const RULE = /^[\s=_–—-]+$/u;
/** A Markdown code fence around a table set in layout: no line of it. */
const FENCE = /^\s*(?:```|~~~)/u;
const CELLS = /^\d{1,3}(?: \d{3})*(?:\s{2,}\d{1,3}(?: \d{3})*)*\s*$/u;

const raw = (doc: DocumentText, n: number): string => doc.lines[n - 1] ?? "";
const cellsOf = (text: string): number[] | undefined =>
  CELLS.test(text)
    ? text
        .trim()
        .split(/\s{2,}/u)
        .map((c) => Number(c.replace(/ /g, "")))
    : undefined;

type Column = { kind: "gender"; gender: "woman" | "man" | "all" } | { kind: "destination"; category: string };

function columnOf(name: string, measure: "new" | "exited"): Column | undefined {
  const n = name.trim();
  if (TOTAL_LABEL.test(n)) return { kind: "gender", gender: "all" };
  const g = genderOfLabel(n);
  if (g === "woman" || g === "man") return { kind: "gender", gender: g };
  if (measure !== "exited") return undefined;
  const category = exitRowCategory(n) ?? destinationRowCategory(n) ?? (otherExitRow(n) ? "other_exit" : undefined);
  return category ? { kind: "destination", category } : undefined;
}

export interface QuarterTable {
  /** The header to the whole year's row. */
  from: number;
  to: number;
  facts: FactInput[];
}

function tablesOf(doc: DocumentText): QuarterTable[] {
  const out: QuarterTable[] = [];
  const outside = outsideInterventions(doc);
  for (let n = 2; n <= doc.lineCount - 4; n++) {
    const first = raw(doc, n);
    if (!/^\s*(?:kv|q)/iu.test(first)) continue;
    // Four quarter rows in order, each with the same count of cells.
    const rows: number[][] = [];
    for (let k = 0; k < 4; k++) {
      const m = QUARTER_ROW.exec(raw(doc, n + k));
      const cells = m && Number(m[1]) === k + 1 ? cellsOf(m[2]!) : undefined;
      if (!cells) break;
      rows.push(cells);
    }
    if (rows.length !== 4) continue;
    const width = rows[0]!.length;
    if (rows.some((r) => r.length !== width)) continue;
    // The header: the one line right above, cells apart by wide gaps, no figures but years.
    const header = raw(doc, n - 1);
    if (header.trim() === "" || /\d/.test(header.replace(/(?:19|20)\d\d/g, ""))) continue;
    const split = header.trim().split(/\s{2,}/u);
    const names = split.length === width ? split : split.length === width + 1 ? split.slice(1) : undefined;
    if (!names) continue;
    // The whole year's row after the fourth quarter, a rule passed over.
    let w = n + 4;
    while (w <= doc.lineCount && RULE.test(raw(doc, w)) && raw(doc, w).trim() !== "") w++;
    const whole = WHOLE_YEAR.exec(raw(doc, w));
    const table: QuarterTable = { from: n - 1, to: whole ? w : n + 3, facts: [] };
    out.push(table);
    n = table.to;
    if (!whole || (whole[1] !== undefined && Number(whole[1]) !== doc.periodYear) || !outside(table.from)) continue;
    const totals = cellsOf(whole[2]!);
    if (!totals || totals.length !== width) continue;
    // The caption: the nearest line with words above the header (blank lines and a code fence passed over).
    let c = table.from - 1;
    while (c >= 1 && c >= table.from - 3 && (raw(doc, c).trim() === "" || FENCE.test(raw(doc, c)))) c--;
    const caption = raw(doc, c)
      .replace(/^\s*#+\s*/u, "")
      .trim();
    if (caption === "" || /\d/.test(caption.replace(/(?:19|20)\d\d/g, ""))) continue;
    if ((caption.match(/(?:19|20)\d\d/g) ?? []).some((y) => Number(y) !== doc.periodYear)) continue;
    // "Nya deltagare efter inskrivningskvartal", "Avslutade per kvartal 2024": the grouping after the count is no part of it.
    const counted = caption.replace(/\s+(?:efter|per|fördelade? på|uppdelade? på|i)\s.*$/iu, "");
    const measure = bestConcept(counted, ["participants"])?.concept.code;
    if (measure !== "new" && measure !== "exited") continue;
    const mapped = names.map((name) => columnOf(name, measure));
    if (mapped.some((col) => col === undefined)) continue;
    const columns = mapped as Column[];
    // Every column the sum of its quarters; the parts the total, where there is one.
    if (totals.some((t, k) => rows.reduce((a, r) => a + r[k]!, 0) !== t)) continue;
    const totalAt = columns.findIndex((col) => col.kind === "gender" && col.gender === "all");
    const parts = (kind: Column["kind"]) =>
      columns.flatMap((col, k) => (k !== totalAt && col.kind === kind ? [totals[k]!] : []));
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    const genders = parts("gender");
    const destinations = parts("destination");
    // Without a total column nothing proves the parts are the whole; one gender alone is no part of a checked whole.
    if (totalAt < 0 || genders.length === 1) continue;
    if (genders.length > 0 && sum(genders) !== totals[totalAt]) continue;
    if (destinations.length > 0 && sum(destinations) !== totals[totalAt]) continue;
    const base = { line: w, text: doc.at(w), section: SECTION, approximate: false, confirmed_by: [] };
    columns.forEach((col, k) => {
      if (col.kind === "gender")
        table.facts.push({
          table: "participant_count",
          intervention: null,
          year: doc.periodYear,
          measure,
          gender: col.gender,
          value: totals[k]!,
          ...base,
        });
      else
        table.facts.push({
          table: "participant_breakdown",
          intervention: null,
          year: doc.periodYear,
          population: "exited",
          dimension: "exit_outcome",
          category: col.category,
          value: totals[k]!,
          source_label: names[k]!,
          ...base,
        } as FactInput);
    });
  }
  return out;
}

/** The document's quarter-by-quarter tables, found once; a reader's output without its facts on their lines. */
const reader = spanTableReader(tablesOf);
export const quarterRowTables = reader.tables;
export const parseQuarterRows = reader.parse;
export const withoutQuarterRows = reader.without;
