/**
 * A decision written as a list of "att" clauses, one grant or one answer each ("Styrelsen beslutar
 * / 1. att bevilja Åby kommun 900 000 kr för insatsen Steget under 2026, / 2. att avslå ansökan från
 * …"): each clause is read on its own. Where the clauses decide differently (a grant beside a
 * rejection or a postponement), the item granted money: its outcome is the granting clause's, never
 * the rejection's. Where two clauses or more each grant their own sum, the item has no one amount:
 * each granting clause with a sum and a recipient is its own allocation, with its own period; a
 * clause rejecting, postponing or referring back gives none.
 */
import type { FactInput } from "../../schema/facts.ts";
import type { DocumentText } from "../documentText.ts";
import { plainAt } from "./minutesText.ts";
import { amountOf, classifyOutcome, decisionPeriod, findRecipient, type Decision } from "./readDecisions.ts";

/** A clause's opening: "1. att …", "2) att …", "- att …", "att …". */
const CLAUSE_OPEN = /^(?:\d{1,2}[.)]\s+|[-–•]\s+)?att[\s,]/i;

export interface Clause {
  text: string;
  line: number;
  outcome: string;
}

/**
 * The clauses of the decision starting at `from` (its "Styrelsen beslutar" line or its first
 * clause), up to a blank line after them or `to`.
 */
export function decisionClauses(doc: DocumentText, from: number, to: number): Clause[] {
  const out: { text: string; line: number }[] = [];
  for (let n = from; n <= to; n++) {
    const t = plainAt(doc, n);
    if (t === "") {
      if (out.length > 0) break;
      continue;
    }
    if (CLAUSE_OPEN.test(t)) out.push({ text: t.replace(/^(?:\d{1,2}[.)]\s+|[-–•]\s+)/, ""), line: n });
    else if (out.length > 0) out[out.length - 1]!.text += ` ${t}`;
  }
  return out.map((c) => ({
    ...c,
    text: c.text.replace(/[,;]\s*(?:och|samt)?\s*$/, ""),
    outcome: classifyOutcome(c.text),
  }));
}

type Allocation = Extract<FactInput, { table: "allocation" }>;

/**
 * Reads a decision's clauses: whether one of them grants where others decide otherwise
 * (`grantsAmongOthers`), and the allocations of its granting clauses where two or more carry a sum
 * (`allocations`, the decision then without one amount). Undefined where the decision is no list
 * of clauses of either kind.
 */
export function clauseGrants(
  doc: DocumentText,
  d: Decision,
  to: number,
): { grantsAmongOthers: boolean; allocations: Allocation[] | undefined } | undefined {
  // Cheap first: a list of clauses holds "att" twice.
  if (!/\batt\b.*\batt\b/is.test(d.text)) return undefined;
  const clauses = decisionClauses(doc, d.line, to);
  if (clauses.length < 2) return undefined;
  const outcomes = new Set(clauses.map((c) => c.outcome).filter((o) => o !== "other"));
  const mixed = outcomes.size >= 2;
  const granting = clauses.filter((c) => c.outcome === "approved");
  const withSums = granting.filter((c) => amountOf(c.text) !== null);
  const grantsAmongOthers = mixed && granting.length > 0;
  if (!grantsAmongOthers && withSums.length < 2) return undefined;
  if (withSums.length < 2) return { grantsAmongOthers, allocations: undefined };
  const allocations: Allocation[] = [];
  for (const c of withSums) {
    const amount = amountOf(c.text)!;
    const recipient = findRecipient(c.text, "");
    if (!recipient) continue;
    const period = decisionPeriod(c.text);
    allocations.push({
      table: "allocation",
      item_ref: d.itemRef,
      recipient,
      year: period && period.start.slice(0, 4) === period.end.slice(0, 4) ? Number(period.start.slice(0, 4)) : null,
      purpose: null,
      amount_sek: amount.sek,
      intervention: null,
      period_start: period?.start ?? null,
      period_end: period?.end ?? null,
      decision_ref: d.decisionRef,
      line: c.line,
      text: doc.at(c.line),
      section: "allocation",
      approximate: amount.approximate,
    });
  }
  return { grantsAmongOthers, allocations };
}
