/**
 * "Every stored number appears in its cited line": a fact's numeric values must be derivable
 * from a number written in its provenance `text`. Derivable means equal to one reading of a
 * number token (Swedish formats as loaders/extract/numbers.ts reads them: space or no-break
 * space thousands groups, decimal comma, hyphen, en dash or real minus), up to sign (costs are
 * stored positive), times a unit factor the text names (tkr = 1 000; Mkr, mnkr, miljoner = 1e6),
 * and for percentages up to rounding. Used by the fuzz tests; readers can be added (numbers
 * written in words) with `addNumberReader`.
 */
import type { FactInput } from "../../loaders/schema/facts.ts";

/** The numeric fields of the fact tables that hold a number read from the text. */
export const NUMERIC_FIELDS = ["value", "amount_sek", "budget_sek", "actual_sek", "target", "outcome", "n"] as const;

/** Reads candidate numbers out of a text; all readings count. */
export type NumberReader = (text: string) => number[];

const SPACE = "[ \\u00a0\\u202f\\u2009]";
const TOKEN_RUN = new RegExp(`[-\\u2212\\u2013]?\\d+(?:,\\d+)?(?:${SPACE}\\d+(?:,\\d+)?)*`, "g");

/**
 * Digits as written: every token ("2,5", "-12"), and every leader followed by three-digit groups
 * ("1 411 976" also as 1411976; "30 21 6" as 30, 21, 6). A run of tokens may be split anywhere,
 * because a line can hold several numbers side by side.
 */
export function digitReadings(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(TOKEN_RUN)) {
    const negative = /^[-\u2212\u2013]/.test(m[0]);
    const tokens = m[0].replace(/^[-\u2212\u2013]/, "").split(new RegExp(`${SPACE}+`));
    for (let i = 0; i < tokens.length; i++) {
      const sign = negative && i === 0 ? -1 : 1;
      out.push(sign * Number(tokens[i]!.replace(",", ".")));
      // A leader of 1–3 digits followed by exact three-digit groups (the last may have decimals).
      if (!/^\d{1,3}$/.test(tokens[i]!)) continue;
      let joined = tokens[i]!;
      for (let j = i + 1; j < tokens.length && /^\d{3}(,\d+)?$/.test(tokens[j]!); j++) {
        joined += tokens[j]!;
        out.push(sign * Number(joined.replace(",", ".")));
        if (tokens[j]!.includes(",")) break;
      }
    }
  }
  return out.filter(Number.isFinite);
}

const readers: NumberReader[] = [digitReadings];

/** Another way numbers are written (e.g. in words: "tre", "hälften"); its readings count too. */
export function addNumberReader(reader: NumberReader): void {
  if (!readers.includes(reader)) readers.push(reader);
}

export function numberReadings(text: string): number[] {
  return readers.flatMap((r) => r(text));
}

/** Unit factors the text allows: always 1; 1 000 and 1e6 when it names the unit. */
export function unitFactors(text: string): number[] {
  const factors = [1];
  if (/\b(tkr|tsek|tusen)\b/i.test(text)) factors.push(1_000);
  if (/\b(mkr|mnkr|msek|mn kr|milj\.?|miljon|miljoner)\b/i.test(text) || /\bMkr\b/.test(text)) factors.push(1_000_000);
  return factors;
}

/** Whether `value` can be read from `text`. `percent`: a rounded percentage (57 from "57,4 %") counts. */
export function isDerivable(value: number, text: string, { percent = false, sums = false } = {}): boolean {
  const readings = numberReadings(text);
  const factors = unitFactors(text);
  const tolerance = percent ? 0.5 + 1e-9 : 0;
  for (const n of readings)
    for (const f of factors) {
      const scaled = n * f;
      // Whole kronor: a scaled amount ("10,7 miljoner") is stored rounded.
      const slack = f === 1 ? tolerance : 0.5;
      if (Math.abs(Math.abs(scaled) - Math.abs(value)) <= slack + 1e-9) return true;
    }
  if (!sums || !Number.isInteger(value) || value < 0) return false;
  // "8 st (5 st GK)" gives 3 that went on without GK: one reading less another.
  if (readings.some((a) => readings.some((b) => a - b === value))) return true;
  return subsetSums(readings, value).has(value);
}

/** Sums of distinct readings (non-negative integers) up to `max`. */
function subsetSums(readings: readonly number[], max: number): Set<number> {
  let sums = new Set<number>([0]);
  for (const r of readings) {
    if (!Number.isInteger(r) || r < 0 || r > max) continue;
    const next = new Set(sums);
    for (const s of sums) if (s + r <= max) next.add(s + r);
    sums = next;
  }
  return sums;
}

export interface DerivableOptions {
  /**
   * Numbers stated anywhere in the document (`documentNumbers`): `n`, the population a share is
   * computed over, is usually stated on another line than the share ("fick in 249 svar").
   */
  nValues?: ReadonlySet<number>;
}

/** Every number reading of a document's text, for `nValues`. */
export function documentNumbers(text: string): Set<number> {
  return new Set(numberReadings(text).map(Math.abs));
}

/**
 * The numeric fields of a fact whose value cannot be read from its `text`; empty when all can.
 * A breakdown's value may be the sum of several cells its text joins (categories merged into one
 * code, "upp till 3 år 3 | upp till 4 år 1") or one cell less another.
 */
export function underivableValues(
  fact: FactInput,
  { nValues }: DerivableOptions = {},
): { field: string; value: number; text: string }[] {
  const f = fact as FactInput & Record<string, unknown>;
  const text = String(f.text);
  const percent = f.unit === "percent" || /%|procent/.test(text);
  const sums = f.table === "participant_breakdown";
  const out: { field: string; value: number; text: string }[] = [];
  for (const field of NUMERIC_FIELDS) {
    const v = f[field];
    if (typeof v !== "number") continue;
    if (field === "n" && nValues?.has(Math.abs(v))) continue;
    if (!isDerivable(v, text, { percent: percent && field !== "n", sums })) out.push({ field, value: v, text });
  }
  return out;
}
