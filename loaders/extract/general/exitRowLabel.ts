import { exitOutcome, matchCode } from "../../reference/codes.ts";

/**
 * "Arbete (inkl. subventionerad anställning)": a remark on what an exit category includes widens
 * it, it does not rename it; the category is the words before it.
 */
export const INCLUDES_REMARK = /\s*\((?:inkl\.?|inklusive)\s[^)]*\)/gi;

/** "Annat", "Övrigt", "Annan orsak": under an exit table's header, the row of other exits. */
export const OTHER_EXIT_ROW =
  /^(annat|annan|andra|övrigt|övriga|annan orsak|andra orsaker|övriga orsaker|annat skäl|andra skäl|övriga skäl)$/i;

/** The exit outcome a row label names on its own ("Studier", "Annat avslut", "Arbete (inkl. …)"), if any. */
export function exitRowCategory(label: string): string | undefined {
  return matchCode(exitOutcome, label.replace(INCLUDES_REMARK, "").trim());
}
