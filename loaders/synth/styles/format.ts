/**
 * How amounts and counts are written: Swedish digit groups, the unit a table or sentence uses,
 * the forms a negative number takes, and small numbers in words.
 */
import type { Rng } from "./prng.ts";

export type Unit = "kr" | "tkr" | "mkr";
export type NegativeForm = "hyphen" | "minus" | "paren";

export const UNIT_SCALE: Record<Unit, number> = { kr: 1, tkr: 1000, mkr: 1_000_000 };

/** "9 874 512" with the given group separator. */
export function groups(n: number, sep = " "): string {
  const s = String(Math.abs(Math.trunc(n)));
  return s.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** `body` (the absolute value, written) with the sign of `n` in the chosen form. */
function withSign(n: number, body: string, neg: NegativeForm): string {
  if (n >= 0) return body;
  if (neg === "paren") return `(${body})`;
  return `${neg === "minus" ? "\u2212" : "-"}${body}`;
}

/** An amount shown in `unit`: kronor whole, tkr rounded to whole thousands, Mkr with one decimal. */
export function shown(amount: number, unit: Unit): number {
  // Half away from zero, so that a cost shown signed ("−13 281") is the one its truth stores
  // unsigned (Math.round takes −13 280,5 to −13 280 but 13 280,5 to 13 281).
  const round = (x: number) => Math.sign(x) * Math.round(Math.abs(x));
  if (unit === "mkr") return round(amount / 100_000) / 10;
  return round(amount / UNIT_SCALE[unit]);
}

/** What a reader should store for a shown amount (kronor). */
export function storedFromShown(amount: number, unit: Unit): number {
  if (unit === "mkr") return Math.round(shown(amount, unit) * 1_000_000);
  return shown(amount, unit) * UNIT_SCALE[unit];
}

/** "9,9" for Mkr, digit groups otherwise. */
export function cell(amount: number, unit: Unit, neg: NegativeForm, sep = " "): string {
  const v = shown(amount, unit);
  return withSign(v, unit === "mkr" ? Math.abs(v).toFixed(1).replace(".", ",") : groups(v, sep), neg);
}

const ONES = [
  "noll",
  "en",
  "två",
  "tre",
  "fyra",
  "fem",
  "sex",
  "sju",
  "åtta",
  "nio",
  "tio",
  "elva",
  "tolv",
  "tretton",
  "fjorton",
  "femton",
  "sexton",
  "sjutton",
  "arton",
  "nitton",
];
const TENS: Record<number, string> = {
  20: "tjugo",
  30: "trettio",
  40: "fyrtio",
  50: "femtio",
  60: "sextio",
  70: "sjuttio",
  80: "åttio",
  90: "nittio",
};

/** A count in words when Swedish reports would write it so (under twenty, round tens), else digits. */
export function countWord(n: number, rng: Rng, p = 0.7): { text: string; words: boolean } {
  if (n >= 0 && n < 20 && rng.chance(p)) return { text: ONES[n]!, words: true };
  if (TENS[n] && rng.chance(p / 2)) return { text: TENS[n]!, words: true };
  // A round ten is the ten's own word ("trettio", not "trettionoll"); the draw is kept so that
  // every seed renders the same document as before.
  if (n > 20 && n < 100 && TENS[n - (n % 10)] && rng.chance(p / 3))
    return {
      text: n % 10 === 0 ? TENS[n]! : `${TENS[n - (n % 10)]}${n % 10 === 1 ? "en" : ONES[n % 10]}`,
      words: true,
    };
  return { text: String(n), words: false };
}

export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Mkr in prose: "9,9 Mkr", "9,9 miljoner kronor", "9,9 m.kr", "ca 9,9 milj". */
export function mkrProse(amount: number, rng: Rng): { text: string; unitForm: string } {
  const v = Math.abs(shown(amount, "mkr")).toFixed(1).replace(".", ",");
  const unitForm = rng.pick(["Mkr", "miljoner kronor", "m.kr", "mnkr", "milj. kr"]);
  return { text: `${v} ${unitForm}`, unitForm };
}
