/**
 * The numbers a fact stores and whether one of them is a number written on its line: the OCR
 * guards behind every reader (`extractDocument.ts` for noise, `raggedDigits.ts` for spaced-out
 * digits) ask which facts a doubtful number on the line went into. Pure.
 */
import type { FactInput } from "../../schema/facts.ts";
import { UNIT_SCALES } from "../../reference/units.ts";

/** The amounts and counts a fact stores (not its year or date, which come from headers). */
export function storedNumbers(f: FactInput): number[] {
  const r = f as Record<string, unknown>;
  return ["value", "amount_sek", "n", "budget_sek", "actual_sek", "target", "outcome"].flatMap((k) =>
    typeof r[k] === "number" ? [r[k] as number] : [],
  );
}

/** Whether a stored value is the written number `w` in the line's unit (kronor, tkr or Mkr). */
export function storedAs(v: number, w: number): boolean {
  return UNIT_SCALES.some((s) => Math.abs(Math.abs(w) * s - Math.abs(v)) < 0.5);
}
