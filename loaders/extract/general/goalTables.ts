/**
 * A goal table: the plan's targets beside what the year achieved ("Mål | Målvärde 2024 | Utfall
 * 2024 | Uppfyllt", "Indikator | Mål | Resultat"). The outcome column is the year's figure; the
 * target column never is, whatever it holds. Only reported rates are read here ("Andel avslutade
 * till arbete eller studier (%)  35  38,1  Ja"), as the lexicon names them (`bestConcept` kind
 * `rate`) with a percent in the label or the cell: each waits for the year's exits as its base
 * (`reportedRates.ts`), like a rate anywhere. Counts in such a table repeat the prose's and are
 * left to it. A table is read only laid out in columns, every row with one cell per header cell
 * and its outcome under the outcome's header (an empty cell leaves the row unread). Pure.
 */
import { bestConcept } from "../../reference/concepts.ts";
import type { FactInput, FindingInput } from "../../schema/facts.ts";
import { unreadNumber } from "../findings.ts";
import type { DocumentText, ParseOutput } from "../documentText.ts";
import { parseSwedishNumber } from "../numbers.ts";
import { gridLines } from "./layoutGrid.ts";
import { awaitingRate } from "./reportedRates.ts";

const GOAL_TABLE_SECTION = "general:goal_table";

/** A target column: "Mål", "Målvärde 2024", "Målnivå", "Målsättning 2024". */
const TARGET = /^(?:mål|målvärde|målnivå|målsättning|målet)(?:\s+(?:19|20)\d\d)?$/i;
/** The outcome column: "Utfall", "Utfall 2024", "Resultat 2024", "Uppnått". */
const OUTCOME = /^(?:utfall|resultat|uppnått|uppnått resultat)(?:\s+((?:19|20)\d\d))?$/i;
/** Cells are runs of words one space apart; columns are two or more spaces apart. */
const CELL = /\S+(?: \S+)*/g;
/** A percent the row states: in its label ("(%)", "i procent") or after its value. */
const PERCENT_LABEL = /\(%\)|(?<!\p{L})(?:i\s+)?procent(?!\p{L})|%\s*$/iu;
/** The number in a cell: "38,1", "38,1 %", "38"; with its fraction, "71,4 (85/119)", "38 % (49 av 129)". */
const VALUE_CELL = /^(\d{1,3}(?:,\d+)?)\s?%?(?:\s?\(\s?(\d{1,3}(?: \d{3})*)\s?(?:\/|av)\s?(\d{1,3}(?: \d{3})*)\s?\))?$/;
const MAX_ROWS = 20;

interface Cell {
  text: string;
  from: number;
}

const cellsOf = (raw: string): Cell[] => [...raw.matchAll(CELL)].map((m) => ({ text: m[0], from: m.index! }));

/** An outcome column of a goal table: its index, its year and its header cell. */
interface OutcomeColumn {
  outcome: number;
  year: number;
  at: Cell;
}

/**
 * The outcome columns of a goal table's header, or undefined if the line is none: one column of
 * the report's year ("Utfall 2024", or "Utfall" alone), or a scorecard's outcome per year ("Utfall
 * 2025  Utfall 2024"), one of them the report's and none after it.
 */
function goalHeader(
  raw: string,
  reportYear: number,
): { columns: OutcomeColumn[]; count: number; firstValue: number } | undefined {
  const cells = cellsOf(raw);
  if (cells.length < 3) return undefined;
  const targets = cells.filter((c) => TARGET.test(c.text));
  const outcomes = cells.flatMap((c, i) => {
    const m = OUTCOME.exec(c.text);
    return m ? [{ outcome: i, year: m[1] ? Number(m[1]) : reportYear, at: c, named: m[1] !== undefined }] : [];
  });
  // One target and one outcome column after the label's: never the label's title ("Mål") alone.
  const targetColumns = targets.filter((c) => c !== cells[0]);
  if (targetColumns.length !== 1 || outcomes.length === 0 || outcomes.some((o) => o.outcome === 0)) return undefined;
  if (outcomes.length > 1) {
    // Several outcome columns each name their year, all different, the report's among them, none after it.
    const years = outcomes.map((o) => o.year);
    if (!outcomes.every((o) => o.named) || new Set(years).size !== years.length) return undefined;
    if (!years.includes(reportYear) || years.some((y) => y > reportYear)) return undefined;
  } else if (outcomes[0]!.year !== reportYear) return undefined; // another year's outcome alone is left to that year's report
  return {
    columns: outcomes.map(({ outcome, year, at }) => ({ outcome, year, at })),
    count: cells.length,
    firstValue: cells.indexOf(targetColumns[0]!),
  };
}

/**
 * A legend or label saying a fraction's base is the year's exits: "(antal som nått målet / antal
 * avslutade)", "av de avslutade", "bland avslutade".
 */
const EXIT_BASE = /(?:\/|(?<!\p{L})av|(?<!\p{L})bland)\s*(?:antal|de|alla|samtliga)?\s*avslutade/iu;
/**
 * A legend above the table naming the exits as the fractions' base in the fraction's own shape:
 * "(antal som nått målet / antal avslutade)", "inom parentes … av antalet avslutade"; running
 * text's "38 procent av de avslutade" is no legend.
 */
/** A subgroup named in a rate's label: its fraction's base is not everyone's exits. */
const SUBGROUP =
  /(?<!\p{L})(?:kvinnor|kvinnliga|män|manliga|flickor|pojkar|unga|ungdomar|yngre|äldre|utrikes|inrikes|födda|under \d+|över \d+|\d+\s*[–-]\s*\d+ år)(?!\p{L})/iu;
const LEGEND_BASE = /\/\s*(?:antal(?:et)?\s+|de\s+|alla\s+)?avslutade|parentes[^.]*avslutade/iu;
/** How far above its header a goal table's legend may stand. */
const LEGEND_LINES = 4;

/** The reported rates of the document's goal tables, each waiting for its base. */
export function parseGoalTables(doc: DocumentText): ParseOutput {
  const awaiting: FactInput[] = [];
  const facts: FactInput[] = [];
  const findings: FindingInput[] = [];
  const coverage: ParseOutput["coverage"] = [];
  // A table drawn with pipes reads as one laid out with gaps.
  const lines = gridLines(doc);
  for (let n = 1; n <= doc.lineCount; n++) {
    const raw = lines[n - 1] ?? "";
    if (!/m[åa]l/i.test(raw)) continue;
    const header = goalHeader(raw, doc.periodYear);
    if (!header) continue;
    // The paragraph right above the header (a blank line between them allowed), where a legend stands.
    const legend = doc.join(Math.max(1, n - LEGEND_LINES), n - 1);
    /** Per year, the bases of the fractions whose legend or label names the exits as their base. */
    const exitBases = new Map<number, { base: number; line: number }[]>();
    let read = 0;
    let r = n + 1;
    for (; r <= Math.min(doc.lineCount, n + MAX_ROWS); r++) {
      const row = lines[r - 1] ?? "";
      if (row.trim() === "") break;
      const written = cellsOf(row);
      // The label: the cells before the first target or outcome column ("1.6  Positiv stegförflyttning, %");
      // a row may leave a leading label cell empty (its number), the value cells counted from the right.
      const firstValue = Math.min(header.firstValue, ...header.columns.map((c) => c.outcome));
      const missing = header.count - written.length;
      if (missing < 0 || missing >= firstValue) continue;
      const cells: Cell[] = [...new Array<Cell>(missing).fill({ text: "", from: -1 }), ...written];
      const label = cells
        .slice(0, firstValue)
        .map((c) => c.text)
        .join(" ")
        .trim();
      const rate = bestConcept(label, ["rate"])?.concept;
      if (!rate) continue;
      for (const column of header.columns) {
        const cell = cells[column.outcome]!;
        // The cell stands under the outcome's header, not only in its place by count.
        if (
          cell.from + cell.text.length <= column.at.from - 2 ||
          cell.from > column.at.from + column.at.text.length + 1
        )
          continue;
        const outcome = cell.text;
        const m = VALUE_CELL.exec(outcome);
        if (!m || !(PERCENT_LABEL.test(label) || /%/.test(outcome))) continue;
        const value = parseSwedishNumber(m[1]!);
        if (value === null || value > 100) continue;
        if (m[2] !== undefined) {
          // "71,4 (85/119)": the share must be its numerator over its base, as rounded.
          const [part, base] = [Number(m[2].replace(/ /g, "")), Number(m[3]!.replace(/ /g, ""))];
          const decimals = m[1]!.split(",")[1]?.length ?? 0;
          if (base === 0 || part > base || Math.abs((100 * part) / base - value) > 0.5 * 10 ** -decimals + 1e-9) {
            findings.push(
              unreadNumber({
                subject: GOAL_TABLE_SECTION,
                line: r,
                value: outcome,
                message: `a goal table's outcome ${m[1]} is not ${part} of ${base} as rounded; not stored`,
              }),
            );
            continue;
          }
          // Everyone's exits only: a rate among a subgroup ("Andel kvinnor bland avslutade", "unga under
          // 25 år") has the subgroup's exits for its base.
          if ((EXIT_BASE.test(label) || LEGEND_BASE.test(legend)) && !SUBGROUP.test(label))
            exitBases.set(column.year, [...(exitBases.get(column.year) ?? []), { base, line: r }]);
        }
        awaiting.push(
          awaitingRate({
            year: column.year,
            scope: "federation",
            indicator: rate.code,
            value,
            note: `${rate.sv}, the outcome column of a goal table`,
            line: r,
            text: doc.at(r),
            section: GOAL_TABLE_SECTION,
          }),
        );
        read++;
      }
    }
    // The year's exits: the one base every fraction of that year gives, where the legend or label
    // says it is the exits; two bases that differ store none.
    for (const [year, bases] of exitBases) {
      if (new Set(bases.map((b) => b.base)).size !== 1) {
        findings.push(
          unreadNumber({
            subject: GOAL_TABLE_SECTION,
            line: bases[0]!.line,
            value: doc.at(bases[0]!.line),
            message: `a goal table's fractions of ${year} give different bases (${bases.map((b) => b.base).join(", ")}); no exit count stored`,
          }),
        );
        continue;
      }
      facts.push({
        table: "participant_count",
        intervention: null,
        year,
        measure: "exited",
        gender: "all",
        value: bases[0]!.base,
        line: bases[0]!.line,
        text: doc.at(bases[0]!.line),
        section: GOAL_TABLE_SECTION,
        approximate: false,
      });
    }
    if (read > 0)
      coverage.push({
        section: GOAL_TABLE_SECTION,
        status: "parsed",
        line: n,
        facts: read,
        note: `rates in the outcome column, lines ${n + 1}-${r - 1}`,
      });
    n = r - 1;
  }
  return { facts, findings, coverage, awaiting };
}
