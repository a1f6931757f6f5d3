/**
 * The report's own summary tables: intervention budget vs actual ("Använda Insats/
 * Projektmedel"), table 1 (participants per intervention) and table 2 (yearly totals).
 * Column order is read from the header words, not assumed.
 */
import { neverIntervention, TOTAL_LABEL } from "../../../reference/rowLabels.ts";
import type { Measure } from "../../../reference/codes.ts";
import type { FactInput, FindingInput } from "../../../schema/facts.ts";
import { clean, type DocumentText, type ParseOutput } from "../../documentText.ts";
import { findAmounts } from "../../numbers.ts";
import { readStatementRow } from "../../general/statementTable.ts";

const MEASURE_WORDS: readonly [RegExp, Measure][] = [
  [/budget/i, "budgeted"],
  [/totalt|^antal deltagare$/i, "enrolled"],
  [/nya/i, "new"],
  [/avslut/i, "exited"],
  [/pågående/i, "ongoing"],
];

/** Header cells wrap over many lines ("Budget / antal / delt."); collect them into column names. */
function headerMeasures(doc: DocumentText, from: number, to: number): Measure[] {
  const cells: string[] = [];
  let current: string[] = [];
  for (let n = from; n <= to; n++) {
    const t = doc.at(n);
    if (t === "") {
      if (current.length) cells.push(current.join(" "));
      current = [];
      continue;
    }
    current.push(t);
  }
  if (current.length) cells.push(current.join(" "));
  const measures: Measure[] = [];
  for (const cell of cells) {
    const hit = MEASURE_WORDS.find(([re]) => re.test(cell));
    if (hit && !measures.includes(hit[1])) measures.push(hit[1]);
  }
  return measures;
}

export function parseSummaryTables(doc: DocumentText): ParseOutput {
  const facts: FactInput[] = [];
  const findings: FindingInput[] = [];
  const coverage: ParseOutput["coverage"] = [];

  // ---- table 1: per intervention ----
  const t1Caption = doc.find(/^Tabell 1\b/);
  const t1Head = t1Caption !== undefined ? findBackwards(doc, /^Insatsnamn\b/, t1Caption, 40) : undefined;
  if (t1Caption !== undefined && t1Head !== undefined) {
    const firstRow = doc.find(/^\S.*\s\d+(\s\d+){3,}$/, t1Head + 1, t1Caption);
    const measures = headerMeasures(doc, t1Head + 1, (firstRow ?? t1Caption) - 1);
    const before = facts.length;
    for (let n = firstRow ?? t1Caption; n < t1Caption; n++) {
      const m = /^(.*?\D)\s+(\d+(?:\s+\d+)+)$/.exec(doc.at(n));
      if (!m) continue;
      const values = m[2]!.split(/\s+/).map(Number);
      if (values.length !== measures.length) {
        findings.push({
          check_id: "table1.column_count",
          severity: "error",
          subject: "participant_count:table1",
          line: n,
          value: doc.at(n),
          message: `table 1: row has ${values.length} numbers for ${measures.length} columns (${measures.join(", ")}); not loaded`,
        });
        continue;
      }
      const name = m[1]!.trim();
      const total = TOTAL_LABEL.test(name);
      // A gender or member row is not an intervention; the general table reader decides what it is.
      if (!total && neverIntervention(name)) continue;
      values.forEach((value, i) =>
        facts.push({
          table: "participant_count",
          intervention: total ? null : name,
          year: doc.periodYear,
          measure: measures[i]!,
          gender: "all",
          value,
          line: n,
          text: doc.at(n),
          section: "table1",
          approximate: false,
        }),
      );
    }
    coverage.push({
      section: "table1",
      status: facts.length > before ? "parsed" : "missing",
      line: t1Caption,
      facts: facts.length - before,
      note: `columns: ${measures.join(", ")}`,
    });
  } else
    coverage.push({
      section: "table1",
      status: "missing",
      line: null,
      facts: 0,
      note: "caption 'Tabell 1' or header 'Insatsnamn' not found",
    });

  // ---- table 2: yearly totals ----
  const t2Caption = doc.find(/^Tabell 2\b/);
  if (t2Caption !== undefined) {
    const rows = doc.findAll(/^(19|20)\d\d(\s+\d+){3,}$/, Math.max(1, t2Caption - 60), t2Caption);
    const headFrom = t1Caption !== undefined && t1Caption < t2Caption ? t1Caption + 1 : Math.max(1, t2Caption - 60);
    const measures = rows.length
      ? headerMeasures(doc, doc.find(/^Budget antal|^Antal/i, headFrom, rows[0]!) ?? headFrom, rows[0]! - 1)
      : [];
    const before = facts.length;
    for (const n of rows) {
      const [year, ...values] = doc.at(n).split(/\s+/).map(Number);
      if (values.length !== measures.length) {
        findings.push({
          check_id: "table2.column_count",
          severity: "error",
          subject: "participant_count:table2",
          line: n,
          value: doc.at(n),
          message: `table 2: row has ${values.length} numbers for ${measures.length} columns; not loaded`,
        });
        continue;
      }
      values.forEach((value, i) =>
        facts.push({
          table: "participant_count",
          intervention: null,
          year: year!,
          measure: measures[i]!,
          gender: "all",
          value,
          line: n,
          text: doc.at(n),
          section: "table2",
          approximate: false,
        }),
      );
    }
    coverage.push({
      section: "table2",
      status: facts.length > before ? "parsed" : "missing",
      line: t2Caption,
      facts: facts.length - before,
      note: `columns: ${measures.join(", ")}; years ${rows.length}`,
    });
  } else
    coverage.push({ section: "table2", status: "missing", line: null, facts: 0, note: "caption 'Tabell 2' not found" });

  // ---- intervention budget vs actual ----
  const budgetHead = doc.find(/Använda Insats\s*\/\s*Projektmedel/i);
  if (budgetHead !== undefined) {
    const before = facts.length;
    // The header cells are scrambled in the text layer; values run actual, then budget (the
    // actual column sums to the grants paid in Not 2, which the warehouse checks).
    for (let n = budgetHead + 1; n <= Math.min(doc.lineCount, budgetHead + 40); n++) {
      const raw = doc.lines[n - 1] ?? "";
      const t = clean(raw);
      if (/^\*/.test(t)) {
        // "*miljonen har en total budget på 350 000 kr för verksamhetsår 2024"
        const m = /^\*\s*(\S+) har en total budget på/i.exec(t);
        const amount = findAmounts(t)[0];
        if (m && amount)
          facts.push({
            table: "intervention_funding",
            intervention: m[1]!,
            year: doc.periodYear,
            budget_sek: amount.sek,
            actual_sek: null,
            line: n,
            text: t,
            section: "intervention_budget",
            approximate: amount.approximate,
          });
        break;
      }
      if (t === "" || /^(Projekt|Total|Projektkostn)/i.test(t)) continue;
      const starred = /\*\s*(\p{L}+)\s*$/u.exec(t);
      const body = starred ? raw.slice(0, raw.indexOf("*")) : raw;
      const row = readStatementRow(body, starred ? 1 : 2, false);
      if (!row || row.values.length === 0) continue;
      if (row.label === "") {
        // The sum line: actual total and budget total.
        const [actual, budget] = row.values;
        if (actual !== undefined)
          facts.push({
            table: "finance",
            year: doc.periodYear,
            basis: "actual",
            item: "grants_paid",
            amount_sek: actual,
            value: null,
            source_label: "Summa använda insats-/projektmedel",
            line: n,
            text: t,
            section: "intervention_budget",
            approximate: false,
          });
        if (budget !== undefined)
          facts.push({
            table: "finance",
            year: doc.periodYear,
            basis: "budget",
            item: "intervention_budget_total",
            amount_sek: budget,
            value: null,
            source_label: "Summa total budget insatser",
            line: n,
            text: t,
            section: "intervention_budget",
            approximate: false,
          });
        continue;
      }
      const [actual, budget] = row.values;
      facts.push({
        table: "intervention_funding",
        intervention: row.label,
        year: doc.periodYear,
        budget_sek: starred ? null : (budget ?? null),
        actual_sek: actual ?? null,
        line: n,
        text: t,
        section: "intervention_budget",
        approximate: false,
      });
      if (starred)
        findings.push({
          check_id: "intervention_budget.shared_pot",
          severity: "info",
          subject: `intervention_funding:${row.label}`,
          line: n,
          value: starred[1]!,
          message: `intervention budget: "${row.label}" has no budget of its own; it is funded from the pot "${starred[1]}"`,
        });
    }
    coverage.push({
      section: "intervention_budget",
      status: facts.length > before ? "parsed" : "missing",
      line: budgetHead,
      facts: facts.length - before,
      note: "columns: actual (projektkostnad), budget",
    });
  } else
    coverage.push({
      section: "intervention_budget",
      status: "missing",
      line: null,
      facts: 0,
      note: "heading not found",
    });

  return { facts, findings, coverage };
}

function findBackwards(doc: DocumentText, pattern: RegExp, from: number, max: number): number | undefined {
  for (let n = from; n >= Math.max(1, from - max); n--) if (pattern.test(doc.at(n))) return n;
  return undefined;
}
