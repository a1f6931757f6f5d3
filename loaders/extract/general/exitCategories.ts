/**
 * Exit destinations across parsers of one document. "Arbete eller studier" is the joint
 * category for sources that do not split work from studies; where the same document (any
 * parser) gives work and studies separately for the same intervention or the whole
 * federation, a joint figure from a general layer would count the same people twice, so it
 * is dropped with a note.
 */
import type { FactInput } from "../../schema/facts.ts";
import type { ParseOutput } from "../documentText.ts";

type Breakdown = Extract<FactInput, { table: "participant_breakdown" }>;

const isExit = (f: FactInput): f is Breakdown =>
  f.table === "participant_breakdown" && f.population === "exited" && f.dimension === "exit_outcome";
const scopeKey = (f: Breakdown) => `${f.year}|${(f.intervention ?? "").toLowerCase()}`;

export function dropJointBesideParts(out: ParseOutput): ParseOutput {
  const parts = new Map<string, Set<string>>();
  for (const f of out.facts.filter(isExit)) {
    if (f.category !== "work" && f.category !== "studies") continue;
    parts.set(scopeKey(f), (parts.get(scopeKey(f)) ?? new Set()).add(f.category));
  }
  const facts = out.facts.filter((f) => {
    if (!isExit(f) || f.category !== "work_or_studies" || !f.section.startsWith("general:")) return true;
    if (parts.get(scopeKey(f))?.size !== 2) return true;
    const row = out.coverage.find((c) => c.section === f.section);
    if (row) row.facts = Math.max(0, row.facts - 1);
    out.findings.push({
      check_id: "coverage.unread_number",
      severity: "info",
      subject: f.section,
      line: f.line,
      value: String(f.value),
      message:
        "exits to work or studies as one figure; the document also gives work and studies separately, so the joint figure is not stored (it would count people twice)",
    });
    return false;
  });
  return { ...out, facts };
}
