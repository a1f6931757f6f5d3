/**
 * Builders of the findings readers write in many places: the check and its severity are fixed
 * here, once; a reader fills in where and why. Typed from the finding's zod schema. Pure.
 */
import type { FindingInput } from "../schema/facts.ts";

/** What a reader says about one finding: its subject, line, values and message. */
export type FindingFields = Omit<FindingInput, "check_id" | "severity">;

function findingOf(check_id: string, severity: FindingInput["severity"]) {
  return (fields: FindingFields): FindingInput => ({ check_id, severity, ...fields });
}

/** A number in the text whose meaning could not be read with certainty; not stored. */
export const unreadNumber = findingOf("coverage.unread_number", "info");

/** A table cell with stray characters whose digits were read. */
export const damagedCell = findingOf("appendix.damaged_cell", "warning");

/** A decision's amount lines that do not add up to the total or frame it states. */
export const frameTotalMismatch = findingOf("allocation.frame_total", "warning");
