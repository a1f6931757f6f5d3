/**
 * A number OCR spaced out digit by digit in running text: "deltog 1 1 8 personer", "med 1 0 1 5
 * tkr". Three or more single digits one space apart, right before a unit or a count's noun, are
 * no way of writing several numbers (a list has commas, a grouped number three-digit groups), so
 * the text layer reads them as one number, digits unchanged and in order. Being a reading of
 * OCR, such a number is stored only where a sum that must agree confirms it (`confirmed_by`, set
 * by the identity gate); otherwise it stays unread. A table row is left to the table grid
 * (`general/raggedRows.ts`): nothing here runs without a unit after the digits. Pure.
 */
import type { FactInput, FindingInput } from "../../schema/facts.ts";
import { storedAs, storedNumbers } from "./factNumbers.ts";
import { unreadNumber } from "../findings.ts";
import { mayHold } from "./wholeText.ts";

/** What may follow the digits: a unit of money, a percent, or the noun a count counts. */
const AFTER = /^(tkr|kr|mkr|mnkr|msek|kronor|procent|%|personer|deltagare|individer|kvinnor|män|st)[.,;:)]?$/i;
const DIGIT = /^-?\d$/;

/**
 * What every spaced-out number needs: three digits standing alone one space apart, the first
 * opening a piece of the line, a space after the third (before the next digit or the word after).
 * Cells in digit groups ("2 400 3 500", where "0 3 5" stands one space apart) are looked at no further.
 */
const MAY_BE_RAGGED = /(?<!\S)-?\d \d \d /;

/**
 * Whether some line may hold a spaced-out number (`MAY_BE_RAGGED`), looked at over the whole text
 * (`wholeText.ts`): the pattern never crosses a line's end, and its look-behind passes a line's
 * start as it passes the "\n" before it. Most documents hold none, and their lines are not asked.
 */
export function mayHoldRaggedDigits(lines: readonly string[]): boolean {
  return mayHold(lines, MAY_BE_RAGGED);
}

/** A line with its spaced-out numbers closed up, and the numbers so read. */
export function joinRaggedDigits(line: string): { line: string; values: number[] } {
  if (!MAY_BE_RAGGED.test(line)) return { line, values: [] };
  const pieces = [...line.matchAll(/(\s*)(\S+)/g)].map((m) => ({ before: m[1]!, text: m[2]! }));
  const values: number[] = [];
  let out = "";
  /** Spaces taken out, owed to the next wide gap: the rest of the line keeps its columns. */
  let owed = 0;
  for (let i = 0; i < pieces.length;) {
    let j = i;
    while (j + 1 < pieces.length && DIGIT.test(pieces[j + 1]!.text) && pieces[j + 1]!.before === " ") j++;
    const run = pieces.slice(i, j + 1);
    const after = pieces[j + 1];
    const ragged =
      run.length >= 3 &&
      run.every((p, k) => DIGIT.test(p.text) && (k === 0 || !p.text.startsWith("-"))) &&
      !/\d[,.]?$/.test(pieces[i - 1]?.text ?? "") &&
      after !== undefined &&
      after.before === " " &&
      AFTER.test(after.text);
    let before = pieces[i]!.before;
    if (owed > 0 && before.length >= 2) {
      before += " ".repeat(owed);
      owed = 0;
    }
    if (ragged) {
      const digits = run.map((p) => p.text).join("");
      values.push(Number(digits));
      out += before + digits;
      owed += run.length - 1;
      i = j + 1;
    } else {
      out += before + pieces[i]!.text;
      i++;
    }
  }
  if (values.length === 0) return { line, values };
  const trailing = /\s*$/.exec(line)![0];
  return { line: out + trailing + " ".repeat(owed), values };
}

/**
 * Facts read from a spaced-out number are kept only when an identity confirms them; the rest
 * become unread numbers. `ragged` holds, per document line, the numbers closed up on it.
 */
export function keepConfirmedRagged(
  facts: readonly FactInput[],
  ragged: ReadonlyMap<number, readonly number[]>,
  documentId: string,
): { facts: FactInput[]; findings: FindingInput[] } {
  if (ragged.size === 0) return { facts: [...facts], findings: [] };
  const findings: FindingInput[] = [];
  const kept = facts.filter((f) => {
    const values = ragged.get(f.line);
    if (!values || (f.confirmed_by?.length ?? 0) > 0) return true;
    const fromRagged = storedNumbers(f).some((v) => values.some((w) => storedAs(v, w)));
    if (fromRagged)
      findings.push(
        unreadNumber({
          subject: `document:${documentId}`,
          line: f.line,
          value: values.join(" "),
          message: `OCR spaced out the digits of a number ("${values.join('", "')}"); a figure read from it is stored only where a sum confirms it, and none does`,
        }),
      );
    return !fromRagged;
  });
  return { facts: kept, findings };
}
