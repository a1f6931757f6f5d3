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

/**
 * A table or section states a unit the readers do not know ("hundratals kronor", "tusen euro"):
 * its amounts are left unread, never read as kronor. `written` is the unit as the document
 * writes it; the finding names it.
 */
export function unknownUnit(subject: string, line: number, written: string, what: string): FindingInput {
  return {
    check_id: "coverage.unknown_unit",
    severity: "warning",
    subject,
    line,
    value: written,
    message: `${what}: the unit "${written}" is not one the readers know (kr, tkr, Mkr); its amounts are not read`,
  };
}
