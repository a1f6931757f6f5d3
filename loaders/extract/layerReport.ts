/**
 * Per-layer counts of one extraction: for each reading layer (the federation template, the
 * general statement reader, the general participant tables, prose, member contributions), the
 * figures it read, those it left unread (by the finding that says why), and those the identity
 * gate refused or confirmed. The layer is told by the section a fact names and the subject a
 * finding names. Pure.
 */
import type { FactInput, FindingInput, LayerCount } from "../schema/facts.ts";
import type { GateResult } from "./general/identityGate.ts";

export const LAYERS = [
  "template",
  "general_statements",
  "general_participant_tables",
  "prose",
  "contributions",
  "text",
] as const;
export type Layer = (typeof LAYERS)[number];

/** Findings that mean "a figure was there and was not stored". */
const UNREAD_CHECKS = new Set([
  "coverage.unread_number",
  "coverage.unknown_unit",
  "prose.unreadable",
  "prose.unreadable_number",
  "statement.ambiguous_digits",
  "statement.decimal_amount",
  "statement.short_row",
  "statement.unit_unknown",
  "statement.unmapped_row",
  "participant_table.column_count",
  "participant_table.member_row",
  "exit_table.unknown_label",
  "appendix.not_a_count",
  "appendix.unknown_label",
  "goal.unparsed",
]);

/** The layer a section or finding subject belongs to. */
export function layerOf(sectionOrSubject: string): Layer {
  const s = sectionOrSubject.replace(/^[a-z_]+:(?=general:)/, "");
  if (s.startsWith("document:")) return "text";
  if (/^general:(participant_table|exit_table)/.test(s)) return "general_participant_tables";
  if (s.startsWith("general:prose")) return "prose";
  if (s.startsWith("general:member_contributions") || s === "coverage:statement") return "contributions";
  if (s.startsWith("general:")) return "general_statements";
  return "template";
}

export function layerReport(
  read: readonly FactInput[],
  findings: readonly FindingInput[],
  gate: GateResult,
): LayerCount[] {
  const counts = new Map<Layer, LayerCount>(
    LAYERS.map((layer) => [layer, { layer, read: 0, stored: 0, confirmed: 0, refused: {}, unread: {} }]),
  );
  const bump = (rec: Record<string, number>, key: string) => (rec[key] = (rec[key] ?? 0) + 1);
  for (const f of read) counts.get(layerOf(f.section))!.read++;
  for (const f of gate.facts) {
    const c = counts.get(layerOf(f.section))!;
    c.stored++;
    if ((f.confirmed_by ?? []).length > 0) c.confirmed++;
  }
  for (const r of gate.refused) bump(counts.get(layerOf(r.fact.section))!.refused, r.check);
  for (const f of findings) if (UNREAD_CHECKS.has(f.check_id)) bump(counts.get(layerOf(f.subject))!.unread, f.check_id);
  return [...counts.values()].filter(
    (c) => c.read > 0 || Object.keys(c.unread).length > 0 || Object.keys(c.refused).length > 0,
  );
}
