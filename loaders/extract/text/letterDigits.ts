/**
 * Letters OCR read for digits inside a number, and digits it read for letters inside a word:
 * "l52 deltagare", "8 4l6 000", "-8 7O3 518", "l 262 4OO" (a leader "l" before three-digit
 * groups); "avs1utade", "resu1tat", "ti11", "e11er". The text the readers read has them put
 * back: l, I and | as 1 and O, o as 0 inside a token that also holds a digit, and 1 as l, 0 as o
 * inside a word. Only these look-alikes: S, G, B and Z are letters as often as digits.
 *
 * A number so repaired is a reading of OCR, not what the page says: a figure read from it is
 * never stored (`keepCleanRepairs`); the repair lets the row's label and clean cells be
 * read. A word so repaired changes no number. Pure.
 */
const ONE = /[lI|]/g;
const ZERO = /[Oo]/g;
/** A number with a look-alike in it: digits and look-alikes only, at least one of each. */
const MIXED = /^-?(?=[^-]*\d)(?=[^-]*[lI|Oo])[\dlI|Oo]+$/;
/**
 * A look-alike standing for the leader or a group of a number beside clean groups ("l 262 4OO").
 * A pipe alone before a number is a drawn table's column rule ("| 193 | 114"), never its leader.
 */
const GROUPED = /(^|[\s(])(-?)([1-9lI][\dlIOo|]{0,2}(?: [\dlIOo|]{3})+)(?=[\s.,;:)%]|$)/g;
/** A word with a 1 or 0 inside it, letters on both sides ("avs1utade", "ti11", "e11er"). */
const WORD_WITH_DIGIT =
  /(?<![\p{L}\d])(\p{Ll}+)([10]+)(\p{Ll}+)(?![\p{L}\d])|(?<![\p{L}\d])(\p{Ll}{2,})(11)(?![\p{L}\d])/gu;

/** What WORD_WITH_DIGIT needs somewhere: a lower-case letter just before a 1 or 0. */
const LETTER_THEN_DIGIT = /\p{Ll}[10]/u;

/** One line with its look-alikes put back; `numbers` says whether a number was changed. */
export function repairLetterDigits(line: string): { line: string; numbers: boolean } {
  if (!/\d/.test(line)) return { line, numbers: false };
  let numbers = false;
  let out = line.replace(GROUPED, (whole, lead: string, sign: string, body: string) => {
    // "I 200 fall": a capital I alone is the Swedish word, not a leader.
    if (!/[lI|Oo]/.test(body) || body.startsWith("I ")) return whole;
    numbers = true;
    return `${lead}${sign}${body.replace(ONE, "1").replace(ZERO, "0")}`;
  });
  out = out.replace(/(?<=^|[\s(])-?[\dlI|Oo]+(?=[\s.,;:)%]|$)/g, (token) => {
    if (!MIXED.test(token)) return token;
    numbers = true;
    return token.replace(ONE, "1").replace(ZERO, "0");
  });
  // Most lines hold no letter before a 1 or 0; the look-behinds of WORD_WITH_DIGIT cost at every character.
  if (LETTER_THEN_DIGIT.test(out)) out = out.replace(WORD_WITH_DIGIT, (w) => w.replace(/1/g, "l").replace(/0/g, "o"));
  return { line: out, numbers };
}
