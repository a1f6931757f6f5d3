/**
 * What a cited line can stand for: the money unit in force on it, and every number it can be
 * read as. A figure a person sets (`curate --set`, the review page) must be one of these, so a
 * typo, a sum worked out by hand or a line number off by one is refused instead of stored with
 * a citation that does not hold it. Pure functions.
 */
import { findAmounts, NUMBER_SPACES } from "./numbers.ts";
import { readUnit, UNIT_FACTOR, UNKNOWN_UNIT } from "../reference/units.ts";

/** Characters that print as nothing (normalizeText.ts removes them from the parsers' lines; a document's own lines keep them). */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

export interface LineUnit {
  /** Kronor per unit written; null for a unit no reader knows ("hundratals kronor"). */
  factor: number | null;
  /** The unit as the reader names it ("tkr"), or as written when unknown. */
  word: string;
  /** The line that states it; null when none does (kronor by default). */
  line: number | null;
}

/**
 * The money unit in force on line n: the line's own, else the nearest heading above (30 lines).
 * A unit no reader knows has no factor: its numbers get no value in kronor.
 */
export function unitAt(lines: readonly string[], n: number): LineUnit {
  for (let i = n; i >= Math.max(1, n - 30); i--) {
    const u = readUnit(lines[i - 1] ?? "");
    if (u?.unit === UNKNOWN_UNIT) return { factor: null, word: u.written, line: i };
    if (u) return { factor: UNIT_FACTOR[u.unit], word: u.unit, line: i };
  }
  return { factor: 1, word: "kr", line: null };
}

/**
 * Every number the line can be read as, without sign: each digit group alone, a 1–3 digit
 * leader with the three-digit groups after it (space, no-break space or dot between), and each
 * of these with the decimals after a comma or a dot. "4 100 4 500" gives 4, 100, 4 100, 500 and
 * 4 500; "41,7 %" gives 41, 7 and 41,7. Generous on purpose: it only has to hold the number the
 * person read, whichever way the columns were flattened.
 */
export function valuesOnLine(text: string): number[] {
  const t = text.replace(NUMBER_SPACES, " ").replace(INVISIBLE, "");
  const groups = [...t.matchAll(/\d+/g)].map((m) => ({ digits: m[0], start: m.index!, end: m.index! + m[0].length }));
  const sepBefore = (k: number) => (k === 0 ? "" : t.slice(groups[k - 1]!.end, groups[k]!.start));
  const thousands = (k: number) => k < groups.length && /^[ .]$/.test(sepBefore(k)) && groups[k]!.digits.length === 3;
  const decimals = (k: number) => (k < groups.length && /^[,.]$/.test(sepBefore(k)) ? groups[k]!.digits : null);
  const out = new Set<number>();
  const add = (whole: string, k: number) => {
    out.add(Number(whole));
    const d = decimals(k + 1);
    if (d !== null) out.add(Number(`${whole}.${d}`));
  };
  for (let i = 0; i < groups.length; i++) {
    let whole = groups[i]!.digits;
    add(whole, i);
    if (whole.length > 3) continue;
    for (let j = i + 1; thousands(j); j++) {
      whole += groups[j]!.digits;
      add(whole, j);
    }
  }
  return [...out];
}

/** The line's numbers as the person will recognise them, for a refusal: "55, 48". */
export function numbersWritten(text: string): string {
  const found = text.replace(NUMBER_SPACES, " ").match(/\d{1,3}(?: \d{3})+(?:,\d+)?|\d+(?:,\d+)?/g) ?? [];
  return found.length === 0 ? "none" : found.join(", ");
}

const same = (a: number, b: number) => Math.abs(Math.abs(a) - Math.abs(b)) < 1e-6 * Math.max(1, Math.abs(b));

/**
 * Whether a figure's value can have been read from the line: a count or a percentage as one of
 * its numbers, money as one of them in kronor, tkr or Mkr, or as an amount the line states with
 * its unit. The load asks it of every curated fact, whose line and value a person may have typed
 * by hand (`curate --set` refuses such a value before it is written).
 */
export function valueOnLine(value: { money: boolean; value: number }, text: string): boolean {
  const values = valuesOnLine(text);
  if (!value.money) return values.some((v) => same(v, value.value));
  const t = text
    .replace(NUMBER_SPACES, " ")
    .replace(INVISIBLE, "")
    .replace(/\u2212/g, "-");
  return (
    findAmounts(t).some((a) => same(a.sek, value.value)) ||
    values.some((v) => [1, 1_000, 1_000_000].some((f) => same(v * f, value.value)))
  );
}
