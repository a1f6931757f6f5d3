/**
 * The gate every fact of a document passes after all its readers have run: sums that must agree
 * decide what is stored. A figure outside its concept's plausible range is not stored; a figure
 * that contradicts an identity of its section (identities.ts) is not stored either, unless
 * another identity confirms it; when none of the figures of a failing identity can be told
 * apart, none of them is stored (a wrong figure is worse than a missing one). Each refusal is a
 * finding naming every line and value. A figure an identity confirms keeps the identity's name
 * in `confirmed_by`. No value is ever changed. Pure.
 */
import { PLAUSIBLE, withinBound, YEAR_TOTAL_ITEMS, type Bound } from "../../reference/plausibility.ts";
import type { FactInput, FindingInput } from "../../schema/facts.ts";
import { identityChecks } from "./identities.ts";

export interface GateResult {
  /** The facts stored, confirmed ones with `confirmed_by` set. */
  facts: FactInput[];
  findings: FindingInput[];
  /** The facts not stored, each with the check that refused it. */
  refused: { fact: FactInput; check: string }[];
}

const UNIT_BOUND: Record<string, Bound | undefined> = {
  percent: PLAUSIBLE.share,
  count: PLAUSIBLE.count,
  sek: PLAUSIBLE.sek,
  years: PLAUSIBLE.years,
  sek_per_month: PLAUSIBLE.sekPerMonth,
};

/** The numbers a fact stores, each with the bound of its concept. */
function bounded(f: FactInput): { field: string; value: number; bound: Bound }[] {
  const out: { field: string; value: number | null | undefined; bound: Bound | undefined }[] = [];
  switch (f.table) {
    case "participant_count":
    case "participant_breakdown":
      out.push({ field: "value", value: f.value, bound: PLAUSIBLE.persons });
      break;
    case "finance":
      out.push({
        field: "amount_sek",
        value: f.amount_sek,
        bound: YEAR_TOTAL_ITEMS.has(f.item) ? PLAUSIBLE.sekYearTotal : PLAUSIBLE.sek,
      });
      out.push({ field: "value", value: f.value, bound: f.item === "staff_fte" ? PLAUSIBLE.fte : undefined });
      break;
    case "member_contribution":
      out.push({ field: "amount_sek", value: f.amount_sek, bound: PLAUSIBLE.sekMemberYear });
      break;
    case "decision":
    case "allocation":
      out.push({ field: "amount_sek", value: f.amount_sek, bound: PLAUSIBLE.sek });
      break;
    case "intervention_funding":
      out.push({ field: "budget_sek", value: f.budget_sek, bound: PLAUSIBLE.sek });
      out.push({ field: "actual_sek", value: f.actual_sek, bound: PLAUSIBLE.sek });
      break;
    case "indicator":
      out.push({ field: "value", value: f.value, bound: UNIT_BOUND[f.unit] });
      break;
    case "goal":
      out.push({ field: "target", value: f.target, bound: UNIT_BOUND[f.unit] });
      out.push({ field: "outcome", value: f.outcome, bound: UNIT_BOUND[f.unit] });
      break;
  }
  const kept: { field: string; value: number; bound: Bound }[] = [];
  for (const b of out)
    if (typeof b.value === "number" && !!b.bound) kept.push(b as { field: string; value: number; bound: Bound });
  return kept;
}

function plausibilityFinding(f: FactInput, field: string, value: number, bound: Bound): FindingInput {
  return {
    check_id: "plausibility.out_of_bounds",
    severity: "warning",
    subject: `${f.table}:${f.section}`,
    line: f.line,
    value: String(value),
    other_value: `${bound.min}–${bound.max}`,
    message: `line ${f.line}: ${f.table}.${field} ${value} is outside the plausible range for ${bound.concept} (${bound.min} to ${bound.max}); not stored`,
  };
}

export function gateFacts(
  facts: readonly FactInput[],
  /** Whether a total row's table says in its own words that the total counts each person once. */
  countsOnce?: (f: FactInput) => boolean,
): GateResult {
  const findings: FindingInput[] = [];
  const refused = new Map<FactInput, string>();
  for (const f of facts)
    for (const b of bounded(f))
      if (!withinBound(b.value, b.bound) && !refused.has(f)) {
        refused.set(f, "plausibility.out_of_bounds");
        findings.push(plausibilityFinding(f, b.field, b.value, b.bound));
      }

  // Loops rather than per-call closures (`filter((f) => !refused.has(f))`): V8 keeps a closure's
  // optimized code only while an instance of it lives, and the gate runs on every document.
  const checks = identityChecks(notIn(facts, refused), countsOnce);
  const confirmedBy = new Map<FactInput, Set<string>>();
  for (const c of checks)
    if (c.holds) for (const f of c.facts) confirmedBy.set(f, (confirmedBy.get(f) ?? new Set()).add(c.name));

  for (const c of checks) {
    if (!c.contradicts) continue;
    // The check may name the wrong side itself; else facts another identity confirms stand and
    // the rest fall. If all are confirmed, or none is, nothing tells the wrong one apart: all fall.
    const suspects = notIn(c.suspects ?? [], confirmedBy);
    const unconfirmed = notIn(c.facts, confirmedBy);
    const fall = suspects.length > 0 ? suspects : unconfirmed.length > 0 ? unconfirmed : c.facts;
    for (const f of fall) if (!refused.has(f)) refused.set(f, `identity.${c.name}`);
    const lines = new Set<number>();
    for (const f of c.facts) lines.add(f.line);
    const first = lines.values().next().value!;
    let lastLine = first;
    for (const l of lines) lastLine = l;
    const fallen = new Set<string>();
    for (const f of fall) fallen.add(`line ${f.line}`);
    findings.push({
      check_id: `identity.${c.name}`,
      severity: "warning",
      subject: c.subject,
      line: first,
      other_line: lines.size > 1 ? lastLine : null,
      value: c.value,
      other_value: c.otherValue,
      message: `${c.message}; not stored: ${[...fallen].join(", ")}${
        fall.length < c.facts.length ? " (the others are confirmed by another identity)" : ""
      }`,
    });
  }

  // Another reader's copy of a figure (same line, same meaning, same value) shares its fate.
  // Copies share their line, so a figure is compared only with the facts on its line.
  const copies: Copies = { onLine: new Map(), keys: new Map() };
  for (const f of facts) {
    const here = copies.onLine.get(f.line);
    if (here) here.push(f);
    else copies.onLine.set(f.line, [f]);
  }
  for (const [f, check] of [...refused])
    for (const copy of copiesOf(copies, f)) if (!refused.has(copy)) refused.set(copy, check);
  // A fact's own set already holds what confirms it: only its copies take more.
  for (const [f, by] of [...confirmedBy])
    for (const copy of copiesOf(copies, f))
      if (copy !== f) confirmedBy.set(copy, new Set([...(confirmedBy.get(copy) ?? []), ...by]));

  const kept: FactInput[] = [];
  for (const f of facts) {
    if (refused.has(f)) continue;
    const by = confirmedBy.get(f);
    kept.push(by ? { ...f, confirmed_by: [...by].sort() } : f);
  }
  const refusals: GateResult["refused"] = [];
  for (const [fact, check] of refused) refusals.push({ fact, check });
  return { facts: kept, findings, refused: refusals };
}

/** The facts that are not keys of `map`, in order. */
function notIn(facts: readonly FactInput[], map: ReadonlyMap<FactInput, unknown>): FactInput[] {
  const out: FactInput[] = [];
  for (const f of facts) if (!map.has(f)) out.push(f);
  return out;
}

/** A document's facts by line, and the copy keys made so far. */
interface Copies {
  onLine: Map<number, FactInput[]>;
  keys: Map<FactInput, string>;
}

function keyOf(copies: Copies, f: FactInput): string {
  if (!copies.keys.has(f)) copies.keys.set(f, figureKey(f));
  return copies.keys.get(f)!;
}

/**
 * The copies of `f` on its line, itself among them. A fact of another table never is one (the
 * table is part of the key): keys are made only for the facts on a line that could be copies,
 * which is most often none. Two facts whose year or value differ (each a plain string, boolean or
 * finite number, as JSON writes it apart) have different keys: most facts on a line are told apart
 * so, without their keys.
 */
function copiesOf(copies: Copies, f: FactInput): FactInput[] {
  const out: FactInput[] = [];
  for (const c of copies.onLine.get(f.line) ?? [])
    if (
      c === f ||
      (c.table === f.table &&
        !differsAt(c, f, "year") &&
        !differsAt(c, f, "value") &&
        keyOf(copies, c) === keyOf(copies, f))
    )
      out.push(c);
  return out;
}

/** A value JSON writes as itself: two of them that differ are written apart. */
const plainValue = (v: unknown): boolean =>
  typeof v === "string" || typeof v === "boolean" || (typeof v === "number" && Number.isFinite(v));

/**
 * Whether two facts' keys (`figureKey`) surely differ at `field` (one no reader field): both hold a
 * plain value there, and not the same one. Undefined, null or a value JSON writes otherwise (NaN as
 * null) says nothing: the keys decide.
 */
function differsAt(a: FactInput, b: FactInput, field: string): boolean {
  const x = (a as Record<string, unknown>)[field];
  const y = (b as Record<string, unknown>)[field];
  return x !== y && plainValue(x) && plainValue(y);
}

/** The fields that say which reader read a figure, not what it is; n and note are what a reader adds around it. */
const READER_FIELDS = new Set(["section", "text", "approximate", "confirmed_by", "source_label", "n", "note"]);

/** A fact without the fields that say which reader read it: two readers' copies of one figure share it. */
function figureKey(f: FactInput): string {
  // Any fixed key order will do (keys are only compared with each other); localeCompare is slow.
  const keys: string[] = [];
  for (const k of Object.keys(f)) if (!READER_FIELDS.has(k)) keys.push(k);
  keys.sort();
  const entries: [string, unknown][] = [];
  for (const k of keys) entries.push([k, (f as Record<string, unknown>)[k]]);
  return JSON.stringify(entries);
}
