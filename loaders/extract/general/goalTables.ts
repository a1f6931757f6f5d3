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
import type { FactInput } from "../../schema/facts.ts";
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
/** The number in a cell: "38,1", "38,1 %", "38". */
const VALUE_CELL = /^(\d{1,3}(?:,\d+)?)\s?%?$/;
const MAX_ROWS = 20;

interface Cell {
  text: string;
  from: number;
}

const cellsOf = (raw: string): Cell[] => [...raw.matchAll(CELL)].map((m) => ({ text: m[0], from: m.index! }));

/** The outcome column's index and year in a goal table's header, or undefined if the line is none. */
function goalHeader(
  raw: string,
  reportYear: number,
): { outcome: number; year: number; count: number; at: Cell } | undefined {
  const cells = cellsOf(raw);
  if (cells.length < 3) return undefined;
  const targets = cells.filter((c) => TARGET.test(c.text));
  const outcomes = cells.flatMap((c, i) => {
    const m = OUTCOME.exec(c.text);
    return m ? [{ i, year: m[1] ? Number(m[1]) : reportYear }] : [];
  });
  // One target and one outcome column after the label's: never the label's title ("Mål") alone.
  const targetColumns = targets.filter((c) => c !== cells[0]);
  if (targetColumns.length !== 1 || outcomes.length !== 1 || outcomes[0]!.i === 0) return undefined;
  // An outcome of another year than the report's is left to that year's report.
  if (outcomes[0]!.year !== reportYear) return undefined;
  return { outcome: outcomes[0]!.i, year: reportYear, count: cells.length, at: cells[outcomes[0]!.i]! };
}

/** The reported rates of the document's goal tables, each waiting for its base. */
export function parseGoalTables(doc: DocumentText): ParseOutput {
  const awaiting: FactInput[] = [];
  const coverage: ParseOutput["coverage"] = [];
  // A table drawn with pipes reads as one laid out with gaps.
  const lines = gridLines(doc);
  for (let n = 1; n <= doc.lineCount; n++) {
    const raw = lines[n - 1] ?? "";
    if (!/m[åa]l/i.test(raw)) continue;
    const header = goalHeader(raw, doc.periodYear);
    if (!header) continue;
    let read = 0;
    let r = n + 1;
    for (; r <= Math.min(doc.lineCount, n + MAX_ROWS); r++) {
      const row = lines[r - 1] ?? "";
      if (row.trim() === "") break;
      const cells = cellsOf(row);
      if (cells.length !== header.count) continue;
      const label = cells[0]!.text;
      const cell = cells[header.outcome]!;
      // The cell stands under the outcome's header, not only in its place by count.
      if (cell.from + cell.text.length <= header.at.from - 2 || cell.from > header.at.from + header.at.text.length + 1)
        continue;
      const outcome = cell.text;
      const rate = bestConcept(label, ["rate"])?.concept;
      const m = VALUE_CELL.exec(outcome);
      if (!rate || !m || !(PERCENT_LABEL.test(label) || outcome.endsWith("%"))) continue;
      const value = parseSwedishNumber(m[1]!);
      if (value === null || value > 100) continue;
      awaiting.push(
        awaitingRate({
          year: header.year,
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
  return { facts: [], findings: [], coverage, awaiting };
}
