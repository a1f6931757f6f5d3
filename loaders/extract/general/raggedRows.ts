/**
 * Statement rows that OCR broke: digits spaced apart ("Summa tillgångar 1906 2 0 4 1", "Årets
 * resultat — -1 2 3 87"), dashes for empty cells, or digits that group more than one way
 * ("Verksamhetens resultat 0 -188 228"). The row reader leaves them unread: "2 0 4 1" may be
 * 2 041 or four numbers. Here every way to cut the row into the header's columns is tried,
 * joining a run of single digits into one number and taking a lone dash for an empty cell.
 * A reading is stored only when it is the one reading no identity refutes, and an identity with
 * a figure read elsewhere on the statement confirms it (revenue − costs = operating result, the
 * operating result and the year's result, total assets = total equity and liabilities).
 * Otherwise the row stays unread. Pure.
 */
import type { FactInput } from "../../schema/facts.ts";
import { clean } from "../documentText.ts";
import { statementItem } from "../../reference/statementLabels.ts";
import { decimalsOfValue, scaleAmount, type StatementUnit } from "../../reference/units.ts";
import { identityChecks } from "./identities.ts";
import type { RawTable } from "./statementRows.ts";

type Finance = Extract<FactInput, { table: "finance" }>;

/** One cut of a row into cells: a number, or null for a dash; `ragged` where digits were joined. */
interface Reading {
  cells: (number | null)[];
  ragged: boolean;
}

const DASH = /^[—–-]$/;
const MAX_READINGS = 50;

/** A group of tokens that is one number: "5 900", "5924", or a run of single digits "5 7 1 0". */
function groupValue(tokens: readonly string[]): { value: number; ragged: boolean } | undefined {
  const [first, ...rest] = tokens;
  if (first === undefined || !/^-?\d+$/.test(first)) return undefined;
  const joined = Number(tokens.join(""));
  if (rest.length === 0) return /^-?\d{1,9}$/.test(first) ? { value: joined, ragged: false } : undefined;
  if (/^-?\d{1,3}$/.test(first) && rest.every((t) => /^\d{3}$/.test(t))) return { value: joined, ragged: false };
  if (/^-?\d$/.test(first) && rest.every((t) => /^\d$/.test(t))) return { value: joined, ragged: true };
  return undefined;
}

/** Every cut of `tokens` into `columns` cells. */
export function readings(tokens: readonly string[], columns: number): Reading[] {
  const out: Reading[] = [];
  const walk = (at: number, cells: (number | null)[], ragged: boolean) => {
    if (out.length > MAX_READINGS) return;
    if (cells.length === columns) {
      if (at === tokens.length) out.push({ cells, ragged });
      return;
    }
    if (at >= tokens.length) return;
    if (DASH.test(tokens[at]!)) return walk(at + 1, [...cells, null], ragged);
    for (let end = at + 1; end <= tokens.length; end++) {
      const g = groupValue(tokens.slice(at, end));
      if (g) walk(end, [...cells, g.value], ragged || g.ragged);
    }
  };
  walk(0, [], false);
  return out.length > MAX_READINGS ? [] : out;
}

/** Items whose identities can confirm a reading. */
const CHECKED = new Set([
  "revenue_operating",
  "cost_operating",
  "operating_result",
  "result",
  "result_after_financial",
  "financial_items",
  "revenue_financial",
  "cost_financial",
  "assets_total",
  "equity_and_liabilities",
]);

/** Total assets = total equity and liabilities, per year and basis (the balance sheet's own sum). */
function balanceHolds(facts: readonly Finance[], trial: readonly Finance[]): { holds: number; fails: number } {
  let holds = 0;
  let fails = 0;
  for (const t of trial) {
    const other =
      t.item === "assets_total"
        ? "equity_and_liabilities"
        : t.item === "equity_and_liabilities"
          ? "assets_total"
          : undefined;
    if (!other) continue;
    const match = facts.filter(
      (f) => f.item === other && f.year === t.year && f.basis === t.basis && f.section === t.section,
    );
    if (match.length !== 1) continue;
    if (match[0]!.amount_sek === t.amount_sek) holds++;
    else fails++;
  }
  return { holds, fails };
}

/**
 * Readings of the unread rows of `tables` that the identities settle, as finance facts, and the
 * lines they come from (their "unread" findings go).
 */
export function readRaggedRows(
  tables: readonly RawTable[],
  units: readonly (StatementUnit | null)[],
  known: readonly FactInput[],
): { facts: Finance[]; lines: Set<number> } {
  // Each unread row's readings, with its table's line range: identities are checked within one
  // table only (so checking a row costs the size of its table, not of the document).
  const rows: { line: number; options: Finance[][]; from: number; to: number }[] = [];
  tables.forEach((t, i) => {
    const unit = units[i];
    if (!unit || t.header.valueColumns.some((c) => c.kind !== "amount")) return;
    // A row of numbers alone that the row reader placed, but no label names, is tried as an unread one.
    const orphans = t.rows.filter((r) => r.label === "").map((r) => ({ line: r.line, text: r.text, label: "" }));
    for (const u of [...t.unread, ...orphans]) {
      // "Verksamhetens kostnader  -7 105 940" / "        -6 531 118": numbers alone on the line under a
      // row with empty cells, where OCR set them apart from it, fill those cells in order.
      const above = u.label === "" ? t.rows.find((r) => r.line === u.line - 1 && !r.noise) : undefined;
      // An empty cell is NaN; a null cell is one OCR noise made uncertain, never filled.
      const empty = above ? above.values.flatMap((v, k) => (v !== null && Number.isNaN(v) ? [k] : [])) : [];
      // "Årets resultat — -123": the row reader kept a leading dash cell in the label.
      const name = clean(above?.label ?? u.label).replace(/(\s+[—–-])+$/, "");
      const label = statementItem(name, t.block.kind);
      if (!label || !CHECKED.has(label.item) || (above && empty.length === 0)) continue;
      const tail = clean(u.text)
        .replace(/\u2212/g, "-")
        .slice(above ? 0 : name.length)
        .trim();
      const all = readings(tail.split(/\s+/), above ? empty.length : t.header.valueColumns.length);
      if (all.length === 0) continue;
      const options = all.map((r) =>
        r.cells.flatMap((v, i): Finance[] => {
          const k = above ? empty[i]! : i;
          const c = t.header.valueColumns[k]!;
          if (v === null || c.kind !== "amount") return [];
          return [
            {
              table: "finance",
              year: c.year,
              basis: c.basis,
              item: label.item,
              amount_sek: scaleAmount(label.cost ? Math.abs(v) : v, unit, decimalsOfValue(v)).sek,
              value: null,
              source_label: unit === "kr" ? name : `${name} (${unit})`,
              line: u.line,
              text: u.text,
              section: t.block.section,
              approximate: false,
            },
          ];
        }),
      );
      rows.push({ line: u.line, options, from: t.block.heading, to: t.block.end });
    }
  });
  const stored: Finance[] = [];
  const lines = new Set<number>();
  const knownFinance = known.filter((f): f is Finance => f.table === "finance");
  for (const from of new Set(rows.map((r) => r.from))) {
    const group = rows.filter((r) => r.from === from);
    const to = group[0]!.to;
    const inTable = knownFinance.filter((f) => f.line >= from && f.line <= to);
    settleTable(group, inTable, stored, lines);
  }
  return { facts: stored, lines };
}

/** Settle the unread rows of one table against its figures; rows settle one another over rounds. */
function settleTable(
  rows: { line: number; options: Finance[][] }[],
  known: readonly Finance[],
  stored: Finance[],
  lines: Set<number>,
): void {
  const mine: Finance[] = [];
  for (let round = 0; round < 4; round++) {
    let settled = false;
    for (const row of rows) {
      if (lines.has(row.line)) continue;
      // Rows with one reading left stand in for themselves while another row is tried.
      const tentative = rows
        .filter((r) => r !== row && !lines.has(r.line) && r.options.length === 1)
        .flatMap((r) => r.options[0]!);
      const base = [...known, ...mine];
      const survivors: Finance[][] = [];
      let confirmed: Finance[] | undefined;
      for (const trial of row.options) {
        const checks = identityChecks([...base, ...tentative, ...trial]).filter(
          (c) => c.name !== "restated" && c.facts.some((f) => trial.includes(f as Finance)),
        );
        const balance = balanceHolds([...base, ...tentative], trial);
        if (checks.some((c) => !c.holds) || balance.fails > 0) continue;
        survivors.push(trial);
        // A confirmation needs a figure the row reader stored: two mended rows alone prove nothing.
        const anchored =
          balanceHolds(base, trial).holds > 0 ||
          checks.some(
            (c) => c.holds && c.facts.some((f) => base.includes(f as Finance) && !trial.includes(f as Finance)),
          );
        if (anchored) confirmed = trial;
      }
      if (survivors.length === 1 && confirmed) {
        mine.push(...confirmed);
        stored.push(...confirmed);
        lines.add(row.line);
        settled = true;
      } else if (survivors.length > 0 && survivors.length < row.options.length) row.options = survivors;
    }
    if (!settled) break;
  }
}
