/** Numbers as running text writes them: "1 234,5" and small counts in words ("tre"). */
import { parseSwedishNumber } from "../numbers.ts";

export const num = (s: string) => parseSwedishNumber(s) ?? Number.NaN;
const WORD_NUMBERS: Record<string, number> = {
  en: 1,
  ett: 1,
  två: 2,
  tre: 3,
  fyra: 4,
  fem: 5,
  sex: 6,
  sju: 7,
  åtta: 8,
  nio: 9,
  tio: 10,
};
/** A count as written: "3" or "tre"; NaN for anything else. */
export const countWord = (s: string) => WORD_NUMBERS[s.toLowerCase()] ?? Number(s);
