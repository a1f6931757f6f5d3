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
import { fold } from "../../reference/concepts.ts";
import { LABEL_WORDS, LONGEST_LABEL_WORD } from "../../reference/labelWords.ts";

const ONE = /[lI|]/g;
const ZERO = /[Oo]/g;
/** A number with a look-alike in it: digits and look-alikes only, at least one of each. */
const MIXED = /^-?(?=[^-]*\d)(?=[^-]*[lI|Oo])[\dlI|Oo]+$/;
/** What a MIXED token holds somewhere: a digit and a look-alike side by side. */
const DIGIT_BESIDE_LOOKALIKE = /\d[lI|Oo]|[lI|Oo]\d/;
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
/**
 * A pipe between letters ("resu|tat") or a 1 ending a word ("kapita1"): an l, put back only where
 * that spells a word of the lexicon with the l inside it ("Eget kapita1" → "Eget kapital"), never a
 * drawn table's rule between two words ("kvinnor|män") nor a marker after a word ("deltagare1").
 */
const L_AT_EDGE = /(?<![\p{L}\d|])\p{L}+(?:\|\p{Ll}+|1)(?![\p{L}\d|])/gu;
/** What L_AT_EDGE needs somewhere: a letter just before a pipe or a 1. */
const LETTER_THEN_L = /\p{L}[|1]/u;

/**
 * Whether LETTER_THEN_L matches: tried only around each pipe and 1 (the letter before may be
 * two UTF-16 units), not at every character of a line that holds a digit (half the time).
 */
export function letterThenL(line: string): boolean {
  for (let i = line.indexOf("1"); i !== -1; i = line.indexOf("1", i + 1))
    if (LETTER_THEN_L.test(line.slice(Math.max(0, i - 2), i + 1))) return true;
  for (let i = line.indexOf("|"); i !== -1; i = line.indexOf("|", i + 1))
    if (LETTER_THEN_L.test(line.slice(Math.max(0, i - 2), i + 1))) return true;
  return false;
}

/** The lexicon word `folded` starts with, if the character at `at` lies inside it and at most an ending follows. */
function spellsLexiconWord(folded: string, at: number): boolean {
  for (let n = Math.min(folded.length, LONGEST_LABEL_WORD); n > at && n >= folded.length - MAX_ENDING; n--)
    if (LABEL_WORDS.has(folded.slice(0, n))) return true;
  return false;
}
/** Letters a word may run past its lexicon word: an ending ("-ens", "-erna"). */
const MAX_ENDING = 3;

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
  // A mixed token holds a digit beside a look-alike: most lines hold none, and are not searched.
  if (DIGIT_BESIDE_LOOKALIKE.test(out))
    out = out.replace(/(?<=^|[\s(])-?[\dlI|Oo]+(?=[\s.,;:)%]|$)/g, (token) => {
      if (!MIXED.test(token)) return token;
      numbers = true;
      return token.replace(ONE, "1").replace(ZERO, "0");
    });
  // Most lines hold no letter before a 1 or 0; the look-behinds of WORD_WITH_DIGIT cost at every character.
  if (LETTER_THEN_DIGIT.test(out)) out = out.replace(WORD_WITH_DIGIT, (w) => w.replace(/1/g, "l").replace(/0/g, "o"));
  if (letterThenL(out))
    out = out.replace(L_AT_EDGE, (w) => {
      const at = w.search(/[|1]/);
      const word = `${w.slice(0, at)}l${w.slice(at + 1)}`;
      return spellsLexiconWord(fold(word), at) ? word : w;
    });
  return { line: out, numbers };
}
