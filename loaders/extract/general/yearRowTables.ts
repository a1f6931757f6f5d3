/**
 * A history table with years down the side and measures as columns, money among them ("År
 * Deltagare  Nya  Avslutade  Intäkter (tkr)  Kostnader (tkr)  Resultat (tkr)" over rows "2023
 * 171  88  79  6 240  6 188  52"): the transpose of a five-year overview. A table of counts alone
 * is the participant tables' (a year row is that year's total there); this reader takes the
 * tables with a money column.
 *
 * - The header's first cell titles the years ("År", "Året", "Verksamhetsår"); every other cell
 *   is a figure of the concept lexicon (`bestConcept`, finance or participants, exact), its unit
 *   in the cell ("Intäkter (tkr)", "Kostnader, kr") or the caption's; a cell the lexicon cannot
 *   name is left unread.
 * - A row is a year (never a later one than the report's) and its cells, placed under the header
 *   by position (`layoutGrid`); a plan's row among them ("Budget 2026" on top of the years, "2026
 *   (budget)") is passed over unread.
 * - Money is stored only where the row's own sums hold: revenue − costs (+ financial items) =
 *   the result, within the unit's rounding; or, with equity, the year before's equity + this row's
 *   result = this row's equity (the rows oldest or newest first). Counts only where the exits and the new fit within the enrolled.
 * - An intervention's section's table is that intervention's, and is not read here.
 */
import { bestConcept, type Concept } from "../../reference/concepts.ts";
import { readUnit, scaleAmount, UNIT_FACTOR, type StatementUnit } from "../../reference/units.ts";
import type { Measure } from "../../reference/codes.ts";
import type { FactInput, FindingInput } from "../../schema/facts.ts";
import type { DocumentText, ParseOutput } from "../documentText.ts";
import { cellsByPosition, gridLines, isAligned, type GridColumn } from "./layoutGrid.ts";
import { CAPTION_NUMBER, ownerOf, scopeByLine, type Scope } from "./sectionScope.ts";
import { findStatementBlocks } from "./statementBlocks.ts";
import { unreadNumber } from "../findings.ts";
import { isChangeRow } from "./changeRows.ts";

const OVERVIEW = "general:five_year_overview";
const PT = "general:participant_table";
/** The label column's title over the years. */
const YEARS_TITLE = /^(?:år|året|verksamhetsår|räkenskapsår|årtal)$/i;
/**
 * A title of the whole table over the years instead ("Ekonomi (tkr)", "Nyckeltal, tkr", "Ekonomi i tkr"):
 * a topic of the federation's money naming no one, its unit (where given) the money columns'.
 */
const TOPIC_TITLE =
  /^(?:ekonomi|ekonomiska nyckeltal|nyckeltal|ekonomi i sammandrag)(?:\s*\(([^()]+)\)|,\s*(\S+)|\s+i\s+(\S+))?$/iu;
/** The header's first cell: a years' title, or a topic title and the unit it gives. */
function titleCell(cell: string): { unit?: StatementUnit } | undefined {
  if (YEARS_TITLE.test(cell)) return {};
  const m = TOPIC_TITLE.exec(cell);
  if (!m) return undefined;
  const written = m[1] ?? m[2] ?? m[3];
  if (written === undefined) return {};
  const u = readUnit(written);
  return u && u.unit !== "unknown" ? { unit: u.unit } : undefined;
}
const YEAR_CELL = /^(?:19|20)\d\d$/;
/** A row of a plan among the years: "Budget 2026", "Prognos 2025", "2026 (budget)", "2026 budget". */
const PLAN_ROW =
  /^\s*(?:(?:budget|prognos|plan|mål)\s+(?:19|20)\d\d|(?:19|20)\d\d\s*\(?(?:budget|prognos|plan|mål)\)?)(?=\s{2,}|\s*$)/i;
/** The whole year's outcome named beside its year ("2025 utfall", "2025 (bokslut)"): still the year's. */
const OUTCOME_WORD = /^\s*\(?(?:utfall|bokslut|helår|helåret)\)?\s*$/iu;
/**
 * A year cell with words beside the year, up to the row's first gap of two spaces: "2025 jan–jun",
 * "2025 (delår)", "2025 prel.".
 */
const wordedYear = (row: string): boolean =>
  /\p{L}/u.test((/^\s*(?:19|20)\d\d(\S*(?:\s\S+)*)/u.exec(row)?.[1] ?? "").replace(OUTCOME_WORD, " "));
/** Rounded figures may miss a sum by a unit or two. */
const ROUNDING = 2;
const MAX_ROWS = 20;

interface Heading {
  column: GridColumn;
  /** Undefined for a column the lexicon cannot name: it stands in its place and is never read. */
  concept?: Concept;
  /** The money's unit; undefined for a count. */
  unit?: StatementUnit;
}

/** A header cell's unit: "(tkr)", ", kr", "i tkr"; "(antal)" and "(st)" are counts. */
function cellUnit(cell: string): StatementUnit | "persons" | "unknown" | undefined {
  if (/\((?:antal|st)\)|\bantal\b/i.test(cell)) return "persons";
  const u = readUnit(cell);
  if (!u) return undefined;
  return u.unit === "unknown" ? "unknown" : u.unit;
}

/** The header's cells as columns of figures, or undefined when the line is no such header. */
function readHeader(raw: string, captionUnit: StatementUnit | undefined): Heading[] | undefined {
  if (!isAligned(raw)) return undefined;
  const runs = [...raw.replace(/\t/g, "  ").matchAll(/\S+(?: \S+)*/g)];
  const title = runs.length < 3 ? undefined : titleCell(runs[0]![0]);
  if (title === undefined) return undefined;
  captionUnit = title.unit ?? captionUnit;
  const headings: Heading[] = [];
  for (const m of runs.slice(1)) {
    const cell = m[0];
    const column = { from: m.index!, to: m.index! + cell.length - 1, written: cell };
    const found = bestConcept(cell.replace(/\([^()]*\)|,\s*\p{L}+$/gu, " "), ["finance", "participants"]);
    const unit = cellUnit(cell);
    if (!found || found.score !== 1 || found.label.part || unit === "unknown") {
      // A column the lexicon cannot name stands in its place and is never read.
      headings.push({ column });
      continue;
    }
    if (found.concept.kind === "finance") {
      const money = unit === "persons" ? undefined : (unit ?? captionUnit);
      if (!money) headings.push({ column });
      else headings.push({ column, concept: found.concept, unit: money });
    } else headings.push({ column, concept: found.concept });
  }
  const named = headings.filter((h) => h.concept);
  if (named.length < 2 || !named.some((h) => h.unit)) return undefined;
  return headings;
}

/** "Belopp i tkr" or a caption ending on its unit, within the two lines above the header. */
function captionUnitAbove(doc: DocumentText, header: number): StatementUnit | undefined {
  for (let k = header - 1; k >= Math.max(1, header - 2); k--) {
    const t = doc.at(k);
    if (t === "") continue;
    const u = readUnit(t);
    // A table's number ("Tabell 3. Ekonomi per år, tkr") is no figure of the caption's.
    const words = t.trim().replace(CAPTION_NUMBER, "");
    if (u && u.unit !== "unknown" && !/\d/.test(words.replace(/\b(19|20)\d\d\b/g, ""))) return u.unit;
  }
  return undefined;
}

export function parseYearRowTables(doc: DocumentText, scopes: readonly Scope[] = scopeByLine(doc)): ParseOutput {
  const facts: FactInput[] = [];
  const findings: FindingInput[] = [];
  /** A row of a years-as-rows table passed over unread, with why. */
  const passedOver = (line: number, why: string) =>
    findings.push(
      unreadNumber({
        subject: OVERVIEW,
        line,
        value: doc.at(line),
        message: `table with years as rows: ${why}; not stored`,
      }),
    );
  const coverage: ParseOutput["coverage"] = [];
  const grid = gridLines(doc);
  const inStatement = new Set<number>();
  for (const b of findStatementBlocks(doc)) for (let n = b.heading; n <= b.end; n++) inStatement.add(n);
  for (let h = 1; h < doc.lineCount; h++) {
    const raw = grid[h - 1] ?? "";
    // Cheap first: a header opens on its years' title.
    if (
      inStatement.has(h) ||
      !/^\s*(?:år|året|verksamhetsår|räkenskapsår|årtal|ekonomi|ekonomiska nyckeltal|nyckeltal)(?:\s*\([^()]*\)|,\s*\S+|\s+i\s+\S+)?\s{2,}/i.test(
        raw,
      )
    )
      continue;
    const headings = readHeader(raw, captionUnitAbove(doc, h));
    if (!headings) continue;
    const rows: { line: number; year: number; values: number[] }[] = [];
    let r = h + 1;
    // A rule under the header ("|------|-----:|", "-----") is no row.
    if (/^[\s|:=+_–—-]+$/.test(grid[r - 1] ?? "x")) r++;
    for (; r <= Math.min(doc.lineCount, h + MAX_ROWS); r++) {
      const row = grid[r - 1] ?? "";
      const first = /^\s*(\S+)/.exec(row)?.[1] ?? "";
      // A plan's row among the years ("Budget 2026" on top, "2026 (budget)", "Prognos 2025"): never a
      // year's outcome, passed over unread.
      if (PLAN_ROW.test(row)) continue;
      // "Förändring   +98   +391   -293" between two year rows: passed over, the rows below read on.
      if (rows.length > 0 && isChangeRow(row, headings.length)) {
        passedOver(r, "a change row between the years (differences, not a year's figures)");
        continue;
      }
      if (!YEAR_CELL.test(first)) break;
      // A year with words of its own in its cell ("2025 jan–jun", "2025 delår", "2025 prel."): a part of the
      // year or a figure not yet final, no outcome of the whole year; passed over unread, the bare years read on.
      if (wordedYear(row)) {
        passedOver(r, "a year cell with words beside the year (a part of the year or a preliminary figure)");
        continue;
      }
      // The year blanked in place, so its digits are no cell and the cells keep their columns.
      const blanked = row.replace(first, " ".repeat(first.length));
      const cells = cellsByPosition(
        blanked,
        headings.map((x) => x.column),
      );
      if (!cells.values) {
        findings.push(
          unreadNumber({
            subject: OVERVIEW,
            line: r,
            value: doc.at(r),
            message: `table with years as rows: the row's cells do not stand under the header's columns (${cells.reason}); not stored`,
          }),
        );
        continue;
      }
      rows.push({ line: r, year: Number(first), values: cells.values });
    }
    h = r - 1;
    if (rows.length === 0) continue;
    const scope = scopes[h - 1]!;
    if (scope.kind === "intervention") continue;
    // Money outside an intervention's section is the federation's (as a five-year overview's is);
    // counts only where the words around the table say whose they are.
    const countsOwned = ownerOf(doc, scope, h, rows.at(-1)!.line) === null;
    const before = facts.length;
    readRows(headings, rows, countsOwned);
    if (facts.length > before)
      coverage.push({
        section: OVERVIEW,
        status: "parsed",
        line: rows[0]!.line,
        facts: facts.length - before,
        note: `table with years as rows ${rows.map((x) => x.year).join(", ")}`,
      });
  }

  function readRows(
    headings: readonly Heading[],
    rows: readonly { line: number; year: number; values: number[] }[],
    countsOwned: boolean,
  ) {
    const at = (values: readonly number[], code: string): { value: number; unit?: StatementUnit } | undefined => {
      const i = headings.findIndex((x) => x.concept?.code === code);
      if (i < 0 || Number.isNaN(values[i]!)) return undefined;
      return { value: values[i]!, unit: headings[i]!.unit };
    };
    const sek = (cell: { value: number; unit?: StatementUnit } | undefined, cost = false) =>
      cell?.unit ? scaleAmount(cost ? Math.abs(cell.value) : cell.value, cell.unit).sek : undefined;
    const slack = (cell: { unit?: StatementUnit } | undefined) => (cell?.unit ? UNIT_FACTOR[cell.unit] * ROUNDING : 0);
    // Each year's closing equity, whichever way the rows run (oldest first or newest first).
    const equityOf = new Map<number, number>();
    for (const row of rows) {
      const eq = sek(at(row.values, "equity_end"));
      if (eq !== undefined && !equityOf.has(row.year)) equityOf.set(row.year, eq);
    }
    for (const row of rows) {
      const text = doc.at(row.line);
      const unread = (message: string) =>
        findings.push(
          unreadNumber({
            subject: OVERVIEW,
            line: row.line,
            value: text,
            message: `table with years as rows: ${message}; not stored`,
          }),
        );
      if (row.year > doc.periodYear) {
        unread(`${row.year} is after the report's year`);
        continue;
      }
      // Money: only where a sum of the row's own figures holds.
      const revenue = at(row.values, "revenue_operating");
      const cost = at(row.values, "cost_operating");
      const finIn = at(row.values, "revenue_financial");
      const finOut = at(row.values, "cost_financial");
      const result = at(row.values, "result");
      const equity = at(row.values, "equity_end");
      const [rev, cst, res, eq] = [sek(revenue), sek(cost, true), sek(result), sek(equity)];
      const fin = (sek(finIn) ?? 0) - (sek(finOut, true) ?? 0);
      const tolerance = Math.max(slack(revenue), slack(cost), slack(result));
      const sums =
        rev !== undefined && cst !== undefined && res !== undefined && Math.abs(rev - cst + fin - res) <= tolerance;
      const before = equityOf.get(row.year - 1);
      const rolls =
        eq !== undefined &&
        res !== undefined &&
        before !== undefined &&
        Math.abs(before + res - eq) <= Math.max(slack(equity), slack(result));
      const money = headings.flatMap((x, i) =>
        x.unit && x.concept && !Number.isNaN(row.values[i]!) ? [{ heading: x, value: row.values[i]! }] : [],
      );
      if (money.length > 0 && !sums && !rolls)
        unread("no sum of the row's own figures holds (revenue − costs = result, or equity rolls)");
      else
        for (const { heading, value } of money) {
          const item = heading.concept!.code;
          // The identity checks the items it holds; other money on the row waits for its own.
          if (!sums && item !== "result" && item !== "equity_end") continue;
          if (sums && !rolls && item === "equity_end") continue;
          const costLike = item === "cost_operating" || item === "cost_financial";
          facts.push({
            table: "finance",
            year: row.year,
            basis: "actual",
            item,
            amount_sek: scaleAmount(costLike ? Math.abs(value) : value, heading.unit!).sek,
            value: null,
            source_label: `${heading.column.written} ${row.year}`,
            line: row.line,
            text,
            section: OVERVIEW,
            approximate: false,
          } as FactInput);
        }
      // Counts: the exits and the new are parts of the year's enrolled.
      const count = (m: Measure) => at(row.values, m)?.value;
      const enrolled = count("enrolled");
      const fits = [count("new"), count("exited")].every(
        (v) => v === undefined || enrolled === undefined || (Number.isInteger(v) && v <= enrolled),
      );
      headings.forEach((x, i) => {
        const value = row.values[i]!;
        if (!x.concept || x.concept.kind !== "participants" || x.unit || Number.isNaN(value)) return;
        if (!Number.isInteger(value) || value < 0) return;
        if (!fits || !countsOwned) return;
        facts.push({
          table: "participant_count",
          intervention: null,
          year: row.year,
          measure: x.concept.code as Measure,
          gender: "all",
          value,
          line: row.line,
          text,
          section: PT,
          approximate: false,
        });
      });
      if (!fits) unread("its new or exited are more than its enrolled");
      else if (!countsOwned && headings.some((x) => x.concept?.kind === "participants"))
        unread("whose participants these are is unclear");
    }
  }

  return { facts, findings, coverage };
}
