/** Numbers as running text writes them: "1 234,5" and small counts in words ("tre"). */
import { parseSwedishNumber } from "../../numbers.ts";
import { parseNumberWord } from "../../general/numberWords.ts";

export const num = (s: string) => parseSwedishNumber(s) ?? Number.NaN;
/**
 * A count as written: "3", "tre" or "elva" (numberWords.ts, shared with the general layers); NaN
 * for anything else. "en"/"ett" count as 1 here, because these template rules only call it on a
 * group that their pattern places where a count stands ("en valde att inte ange").
 */
export const countWord = (s: string) => (/^(en|ett)$/i.test(s) ? 1 : (parseNumberWord(s) ?? Number(s)));
