/**
 * Pure comparison of warehouse rows with a style's truth: which core figures are right, wrong
 * or missing, and which must-not-store conditions are broken. Rows are plain objects as
 * @duckdb/node-api's getRowObjectsJson gives them (BIGINT as strings), so values are compared
 * as numbers where both sides are numeric.
 */
import type { CellCondition, Expectation, Truth } from "./truth.ts";

export type Row = Record<string, unknown>;

/** Rows per table, already limited to one federation. */
export type Tables = Record<string, readonly Row[]>;

function numeric(v: unknown): number | undefined {
  if (typeof v === "number") return v;
  if (typeof v === "bigint") return Number(v);
  if (typeof v === "string" && /^-?\d+(\.\d+)?$/.test(v.trim())) return Number(v);
  return undefined;
}

function same(actual: unknown, expected: unknown): boolean {
  if (expected === null) return actual === null || actual === undefined;
  if (typeof expected === "boolean") return actual === expected;
  const a = numeric(actual);
  const e = numeric(expected);
  if (a !== undefined && e !== undefined) return Math.abs(a - e) < 0.051;
  return actual === expected;
}

export function holds(actual: unknown, cond: CellCondition): boolean {
  if (cond === null || typeof cond !== "object") return same(actual, cond);
  if ("in" in cond) return cond.in.some((v) => same(actual, v));
  if ("not_in" in cond) return !cond.not_in.some((v) => same(actual, v));
  if ("gte" in cond) return (numeric(actual) ?? -Infinity) >= cond.gte;
  return actual !== null && actual !== undefined;
}

export function matches(row: Row, where: Record<string, CellCondition>): boolean {
  return Object.entries(where).every(([col, cond]) => holds(row[col], cond));
}

export interface Score {
  right: string[];
  wrong: string[];
  missing: string[];
  total: number;
}

export interface Judgement {
  verdict: "right" | "wrong" | "missing";
  /** Why, for messages. */
  detail: string;
}

/** One figure: its row found and equal (right), found and different (wrong), or not found (missing). */
export function judge(e: Expectation, tables: Tables): Judgement {
  const row = (tables[e.table] ?? []).find((r) => matches(r, e.key));
  if (!row) return { verdict: "missing", detail: `${e.label}: expected ${JSON.stringify(e.values)} (from "${e.text}")` };
  const bad = Object.entries(e.values).filter(([col, v]) => !same(row[col], v));
  if (bad.length === 0) return { verdict: "right", detail: e.label };
  return {
    verdict: "wrong",
    detail: `${e.label}: ${bad.map(([col, v]) => `${col} ${JSON.stringify(row[col])} (expected ${JSON.stringify(v)})`).join(", ")} at line ${String(row.source_line)}`,
  };
}

export function scoreCoreFigures(expected: readonly Expectation[], tables: Tables): Score {
  const score: Score = { right: [], wrong: [], missing: [], total: expected.length };
  for (const e of expected) {
    const j = judge(e, tables);
    score[j.verdict].push(j.detail);
  }
  return score;
}

/** Every must-not-store condition that is broken, with the rows that break it. */
export function brokenConditions(truth: Truth, tables: Tables): string[] {
  const out: string[] = [];
  for (const m of truth.must_not_store) {
    const hits = (tables[m.table] ?? []).filter((r) => matches(r, m.where));
    if (hits.length > 0) out.push(`[${m.trap}] ${m.condition}; found ${hits.map((r) => JSON.stringify(r)).join("; ")}`);
  }
  return out;
}

/** Findings the truth calls for that the warehouse's data_quality does not have. */
export function missingFindings(truth: Truth, dataQuality: readonly Row[]): string[] {
  return truth.findings
    .filter((f) => {
      return !dataQuality.some((r) => {
        if (f.check_id !== undefined) {
          const ids = typeof f.check_id === "string" ? [f.check_id] : f.check_id.in;
          if (!ids.includes(String(r.check_id))) return false;
        }
        if (f.values) {
          const pair = [String(r.value), String(r.other_value)].sort();
          if (pair.join("|") !== [...f.values].sort().join("|")) return false;
        }
        return true;
      });
    })
    .map((f) => `${f.what}: ${f.condition}`);
}

/** The truth's `extra` rows (not core figures) that were found, for the progress line. */
export function extrasFound(truth: Truth, tables: Tables): { found: number; total: number } {
  const found = truth.extra.filter((x) => (tables[x.table] ?? []).some((r) => matches(r, x.where))).length;
  return { found, total: truth.extra.length };
}

export function scoreLine(style: string, s: Score): string {
  return `${style}: core figures right ${s.right.length}/${s.total}, wrong ${s.wrong.length}`;
}
