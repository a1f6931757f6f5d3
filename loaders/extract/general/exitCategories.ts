/**
 * Exit destinations across parsers of one document. "Arbete eller studier" is the joint
 * category for sources that do not split work from studies; where the same document (any
 * parser) gives work and studies separately for the same intervention or the whole
 * federation, a joint figure from a general layer would count the same people twice, so it
 * is dropped with a note.
 */
import type { FactInput } from "../../schema/facts.ts";
import type { DocumentText, ParseOutput } from "../documentText.ts";
import { unreadNumber } from "../findings.ts";

type Breakdown = Extract<FactInput, { table: "participant_breakdown" }>;

const isExit = (f: FactInput): f is Breakdown =>
  f.table === "participant_breakdown" && f.population === "exited" && f.dimension === "exit_outcome";
const scopeKey = (f: Breakdown) => `${f.year}|${(f.intervention ?? "").toLowerCase()}`;

/** A table's cells, split at a pipe or a gap of two spaces. */
const cellsOf = (line: string) =>
  line
    .split(/\s*\|\s*|\s{2,}/)
    .map((c) => c.trim().toLowerCase())
    .filter(Boolean);
const WORK_CELL = /^(?:till\s+|gick till\s+)?arbete$/;
const STUDIES_CELL = /^(?:till\s+|gick till\s+)?studier$/;

/**
 * A table whose header has work and studies as columns of their own ("Avslutade | Till arbete |
 * Till studier"): the document splits the two even where no reader could read the table's rows.
 */
function tableSplitsWorkAndStudies(doc: DocumentText): boolean {
  for (const line of doc.lines) {
    if (!/arbete/i.test(line) || !/studier/i.test(line)) continue;
    const cells = cellsOf(line);
    if (cells.length >= 3 && cells.some((c) => WORK_CELL.test(c)) && cells.some((c) => STUDIES_CELL.test(c)))
      return true;
  }
  return false;
}

export function dropJointBesideParts(out: ParseOutput, doc?: DocumentText): ParseOutput {
  const parts = new Map<string, Set<string>>();
  for (const f of out.facts.filter(isExit)) {
    if (f.category !== "work" && f.category !== "studies") continue;
    parts.set(scopeKey(f), (parts.get(scopeKey(f)) ?? new Set()).add(f.category));
  }
  // Only looked for when a joint figure was read from running text (few documents).
  let split: boolean | undefined;
  const splitInTable = () => (split ??= doc !== undefined && tableSplitsWorkAndStudies(doc));
  const facts = out.facts.filter((f) => {
    if (!isExit(f) || f.category !== "work_or_studies" || !f.section.startsWith("general:")) return true;
    const fromProse = f.section === "general:prose";
    if (parts.get(scopeKey(f))?.size !== 2 && !(fromProse && splitInTable())) return true;
    const row = out.coverage.find((c) => c.section === f.section);
    if (row) row.facts = Math.max(0, row.facts - 1);
    out.findings.push(
      unreadNumber({
        subject: f.section,
        line: f.line,
        value: String(f.value),
        message:
          "exits to work or studies as one figure; the document also gives work and studies separately, so the joint figure is not stored (it would count people twice)",
      }),
    );
    return false;
  });
  return { ...out, facts };
}
