/**
 * Money a decision gives: one allocation per approved grant, and one per line of a budget
 * frame split by municipality ("- Karlskrona 3 278 240 kr"). A frame's stated total is checked
 * against the sum of its lines within the precision the total is written in ("10,7 miljoner"
 * is ±50 000 kr).
 */
import type { FactInput, FindingInput } from "../../schema/facts.ts";
import type { DocumentText } from "../documentText.ts";
import { findAmounts } from "../numbers.ts";
import { plainAt } from "./minutesText.ts";
import type { Decision } from "./readDecisions.ts";

type Allocation = Extract<FactInput, { table: "allocation" }>;

interface FrameLine {
  recipient: string;
  sek: number;
  approximate: boolean;
  line: number;
}

const FRAME_LINE =
  /^[-–•*]?\s*(\p{Lu}[\p{L} .-]*?\p{L})\s*:?\s+(-?\d[\d  ]*(?:,\d+)?\s*(?:kr|kronor|sek|tkr|mkr)\.?)\s*$/iu;

/** Runs of two or more "<name> <amount>" lines (blank lines between are allowed). */
export function findFrameLines(doc: DocumentText, from = 1, to = doc.lineCount): FrameLine[][] {
  const runs: FrameLine[][] = [];
  let run: FrameLine[] = [];
  for (let n = from; n <= to; n++) {
    const t = plainAt(doc, n);
    if (t === "") continue;
    const m = FRAME_LINE.exec(t);
    const amount = m ? findAmounts(m[2]!)[0] : undefined;
    if (m && amount) run.push({ recipient: m[1]!.trim(), sek: amount.sek, approximate: amount.approximate, line: n });
    else {
      if (run.length >= 2) runs.push(run);
      run = [];
    }
  }
  if (run.length >= 2) runs.push(run);
  return runs;
}

function yearOf(d: Decision): number | null {
  if (d.periodStart && d.periodEnd && d.periodStart.slice(0, 4) === d.periodEnd.slice(0, 4))
    return Number(d.periodStart.slice(0, 4));
  return null;
}

/** The item's title without "Ansökan" and the applicant, plus the cost type where stated. */
function purposeOf(d: Decision): string | null {
  const title = d.title
    .replace(/^Ansökan\s+/i, "")
    .replace(/,\s*[^,]+$/, "")
    .trim();
  const costType = /\(kostnadsslaget ([^)]+)\)/i.exec(d.text)?.[1];
  const purpose = [title, costType ? `(kostnadsslaget ${costType})` : ""].filter(Boolean).join(" ");
  return purpose || null;
}

/**
 * Frames are tied to the first decision whose text follows them (detached layouts) or to the
 * decision of the item whose body holds them.
 */
export function parseAllocations(
  doc: DocumentText,
  decisions: readonly Decision[],
  itemOfLine: (n: number) => string | undefined,
): { facts: Allocation[]; findings: FindingInput[] } {
  const facts: Allocation[] = [];
  const findings: FindingInput[] = [];
  const framed = new Set<Decision>();
  // Lookups built once, so a long document's many frames do not each scan every decision.
  const byItem = new Map<string, Decision>();
  for (const d of decisions) if (d.text && !byItem.has(d.itemRef)) byItem.set(d.itemRef, d);
  const referenced = decisions.filter((d) => d.decisionRef).sort((a, b) => a.line - b.line);
  /** The first referenced decision within 20 lines after `line`. */
  const referencedAfter = (line: number) => {
    let lo = 0;
    let hi = referenced.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (referenced[mid]!.line <= line) lo = mid + 1;
      else hi = mid;
    }
    const d = referenced[lo];
    return d && d.line - line <= 20 ? d : undefined;
  };
  for (const run of findFrameLines(doc)) {
    const last = run.at(-1)!.line;
    const ref = itemOfLine(run[0]!.line);
    const owner = (ref === undefined ? undefined : byItem.get(ref)) ?? referencedAfter(last);
    if (!owner) {
      findings.push({
        check_id: "allocation.frame_without_decision",
        severity: "warning",
        subject: "allocation",
        line: run[0]!.line,
        message: `${run.length} amount lines (${run.map((r) => r.recipient).join(", ")}) belong to no decision found nearby; not loaded as allocations`,
      });
      continue;
    }
    framed.add(owner);
    const year = yearOf(owner) ?? yearFromContext(owner);
    for (const r of run)
      facts.push({
        table: "allocation",
        item_ref: owner.itemRef,
        recipient: r.recipient,
        year,
        purpose: purposeOf(owner),
        amount_sek: r.sek,
        intervention: null,
        period_start: owner.periodStart,
        period_end: owner.periodEnd,
        decision_ref: owner.decisionRef,
        line: r.line,
        text: doc.at(r.line),
        section: "allocation",
        approximate: r.approximate,
      });
    const sum = run.reduce((a, r) => a + r.sek, 0);
    if (owner.amount) {
      const diff = Math.abs(owner.amount.sek - sum);
      if (diff > owner.amount.precision)
        findings.push({
          check_id: "allocation.frame_total",
          severity: "warning",
          subject: `allocation:${owner.itemRef}`,
          line: owner.line,
          value: String(owner.amount.sek),
          other_value: String(sum),
          other_line: run[0]!.line,
          message: `frame total ${owner.amount.sek} kr (stated to ±${owner.amount.precision}) differs from the sum of its ${run.length} lines, ${sum} kr, by ${diff} kr`,
        });
      else
        findings.push({
          check_id: "allocation.frame_total_within_precision",
          severity: "info",
          subject: `allocation:${owner.itemRef}`,
          line: owner.line,
          value: String(owner.amount.sek),
          other_value: String(sum),
          other_line: run[0]!.line,
          message: `frame total ${owner.amount.sek} kr (stated to ±${owner.amount.precision}) agrees with the sum of its ${run.length} lines, ${sum} kr`,
        });
    }
  }
  for (const d of decisions) {
    if (framed.has(d) || d.outcome !== "approved" || !d.amount || !d.recipient) continue;
    facts.push({
      table: "allocation",
      item_ref: d.itemRef,
      recipient: d.recipient,
      year: yearOf(d),
      purpose: purposeOf(d),
      amount_sek: d.amount.sek,
      intervention: null,
      period_start: d.periodStart,
      period_end: d.periodEnd,
      decision_ref: d.decisionRef,
      line: d.line,
      text: d.text,
      section: "allocation",
      approximate: d.amount.approximate,
    });
  }
  return { facts, findings };
}

function yearFromContext(d: Decision): number | null {
  const m = /\b(?:budget(?:ram)?|ram|under|för)\s+((?:19|20)\d\d)\b/i.exec(`${d.text} ${d.context}`);
  return m ? Number(m[1]) : null;
}
