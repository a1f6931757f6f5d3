/**
 * How exact a stored figure is, read back from the line it came from: the tolerance an identity
 * allows it. A fact stores whole kronor, but its line may have said "4 200" (tkr, ±500 kr) or
 * "4,2" (Mkr, ±50 000 kr); a rate written "57 %" is exact to ±0.5, "98,3 %" to ±0.05. Facts do
 * not carry their unit, so the digits on the line tell it. Pure functions.
 */
import { rememberByText } from "../textMemo.ts";

/** Half a unit of the last digit the line states for `amount` kronor; 0 when the line has it to the krona. */
export function amountPrecision(amount: number, text: string): number {
  const digits = String(Math.abs(Math.round(amount)));
  if (digits === "0") return 0;
  const runs = digitRunsOf(text);
  let written = digits;
  for (let zeros = 0; written.length > 0; zeros++) {
    if (runs.includes(written)) return zeros === 0 ? 0 : 10 ** zeros / 2;
    if (!written.endsWith("0")) break;
    written = written.slice(0, -1);
  }
  // The line does not show the figure (it was read from a neighbouring line): trust only what the
  // value itself says, its trailing zeros, up to the coarsest unit a statement uses.
  const trailing = /0*$/.exec(digits)![0].length;
  return trailing === 0 ? 0 : Math.min(10 ** trailing, 1_000_000) / 2;
}

/**
 * The runs of digits on a line, each set apart by a space: as written, and with digit groups
 * written with spaces ("16 189 674") and decimals ("4,2") joined into one run; a cell beside it
 * stays apart ("1,0 0,7" is 1,0 and 0,7, not 1007). A string of digits is in some run exactly when
 * it is in this text. Remembered: every identity asks again of the same line for each of its terms.
 */
const digitRunsOf = rememberByText(
  (text) =>
    `${text.replace(/\D+/g, " ")} ${text
      .replace(/(\d)[\s\u00a0\u202f](?=\d{3}(?!\d))/g, "$1")
      .replace(/(\d)[,.](?=\d)/g, "$1")
      .replace(/\D+/g, " ")}`,
);

/** Half a unit of the last decimal a rate is written with: 57 → 0.5, 98.3 → 0.05. */
export function ratePrecision(value: number): number {
  const s = String(Math.abs(value));
  const dot = s.indexOf(".");
  const decimals = dot < 0 ? 0 : s.length - dot - 1;
  return 0.5 / 10 ** decimals;
}

/**
 * What a sum of figures, each rounded to whole kronor on its own, may differ from its rounded
 * total: up to ⌊(n + 1) / 2⌋ kr for n terms (the rule of warehouse/reconcile.ts).
 */
export function roundingSlack(terms: number): number {
  return Math.floor((terms + 1) / 2);
}
