/**
 * A comment set after the year's figure with a dash: "Det egna kapitalet stannade på 8,8 mkr – en
 * strukturell nivå som styrelsen vill sänka till 4 mkr.", "Antalet deltagare blev 154 – det högsta på
 * fem år, trots att en insats med 30 platser stängde.", "Intäkterna landade på 11,2 mkr – i stort sett
 * som budgeterat." The figure before the dash is the year's; the clause after it only comments, and its
 * words (a target, a plan, "budgeterat", a part of the costs, places) made the grammars leave the year's
 * figure unread or take the comment's number. The comment is blanked (offsets kept) before either
 * grammar reads the sentence, up to the sentence's end or the dash closing it ("… 154 – fler än
 * någonsin – under året").
 *
 * Only a dash with a space on each side, right after a figure (its unit or noun and at most two more
 * words between), opening on a word of comment (a pronoun, an article, an adverb of degree or
 * comparison: `COMMENT_OPENER`); never a split or a list ("– varav 112 kvinnor", "– kvinnor 80, män
 * 74"), a range ("2023 – 2024") or a label's dash ("Bron – 48 deltagare"). A comment opening on a
 * result's sign ("… 0,4 mkr – ett underskott som …") keeps the sign's word, so an unsigned result still
 * has it. A record said between commas after the figure (", det högsta antalet sedan starten", ", det
 * lägsta på fem år", ", vilket är det största hittills") is such a comment too: its "sedan starten"
 * made the count read as one since the start. So is a change's comment closing the sentence (", en
 * ökning som förbundschefen noterar med glädje", ", en minskning som väntat"), where the change has
 * no size of its own. Pure.
 */
import { CHANGE_WORD_CUE, RECORD_WORD_CUE, guarding, mayHold } from "./cueGate.ts";

/** The words a comment on a figure opens with. */
const COMMENT_OPENER = String.raw`en|ett|det|den|de|detta|denna|dessa|vilket|något|några|i|inom|som|trots|främst|mest|mer|mindre|fler|färre|högre|lägre|samma|lika|nästan|ungefär|klart|långt|väl|strax|men|alltså|över|under|bland`;
/** A figure, then at most three words (its unit, its noun), a dash between spaces and the comment's opener. */
const DASH_COMMENT = new RegExp(
  String.raw`\d(?:[^\d.!?;:–—]{0,40}?)?\s[–—-]\s(?=(?:${COMMENT_OPENER})(?!\p{L}))`,
  "giu",
);
/** The words between the figure and the dash: a unit, a noun, no more than three. */
const FEW_WORDS = /^(?:[ \p{L},]*)$/u;
/** A result's sign word at the comment's head: kept for the grammars. */
const SIGN_HEAD = /^(?:(?:ett|en)\s+)?(?:\p{L}+\s+)?(överskott|underskott)(?!\p{L})/iu;
/** The cheap look: a dash with spaces. */
const CUE = / [–—-] /;
/** ", det högsta antalet sedan starten", ", den lägsta nivån på fem år": a record, after a figure and its words. */
const RECORD_COMMENT = guarding(
  RECORD_WORD_CUE,
  /(?<=\d[^\d.!?;:,]{0,40}),\s*(?:vilket är |som är )?(?:det|den|de) (?:högsta|lägsta|största|minsta|flesta|färsta|bästa|sämsta)(?: \p{L}+){0,2}? (?:sedan|på|någonsin|hittills|i förbundets|under förbundets)(?!\p{L})[^,.;!?]*/giu,
);
const RECORD_CUE = /högsta|lägsta|största|minsta|flesta|färsta|bästa|sämsta|ökning|minskning/i;
/** ", en ökning som …" closing the sentence, no number in it: a comment on the change. */
const CHANGE_COMMENT = guarding(
  CHANGE_WORD_CUE,
  /,\s*(?:en|ett) (?:ökning|minskning|höjning|sänkning|förbättring|försämring|uppgång|nedgång) (?:som|vilket)(?!\p{L})[^\d,.;!?]*(?=[.!?]?\s*$)/giu,
);

/** The sentence with its dash comments blanked, offsets kept, or undefined where it holds none. */
export function withoutDashComments(sentence: string): string | undefined {
  // Both record and change comments open on a comma: a sentence without one has neither.
  const record = sentence.includes(",") && RECORD_CUE.test(sentence) ? withoutRecords(sentence) : sentence;
  if (!CUE.test(record)) return record === sentence ? undefined : record;
  let out = record;
  DASH_COMMENT.lastIndex = 0;
  for (let m = DASH_COMMENT.exec(record); m !== null; m = DASH_COMMENT.exec(record)) {
    const between = m[0].slice(1, -3);
    if (!FEW_WORDS.test(between) || between.trim().split(/\s+/).filter(Boolean).length > 3) continue;
    // The dash goes with its comment: left alone, "154 –" reads as a range or a sign.
    const dash = m.index + m[0].length - 3;
    const from = m.index + m[0].length;
    // The comment runs to the sentence's end, or to a dash closing it (blanked too), or to the closing mark.
    const rest = record.slice(from);
    const close = / [–—-] |[.!?]\s*$/u.exec(rest);
    const to = from + (close ? close.index + (close[0].startsWith(" ") ? 3 : 0) : rest.length);
    let blank = " ".repeat(to - dash);
    const sign = SIGN_HEAD.exec(rest);
    if (sign) {
      const at = from - dash + sign[0].length - sign[1]!.length;
      blank = blank.slice(0, at) + sign[1] + blank.slice(at + sign[1]!.length);
    }
    out = out.slice(0, dash) + blank + out.slice(to);
    DASH_COMMENT.lastIndex = to;
  }
  return out === sentence ? undefined : out;
}

/** The sentence with its record and change comments blanked, offsets kept (the sentence itself where none). */
function withoutRecords(sentence: string): string {
  const blank = (m: string) => " ".repeat(m.length);
  // Each pattern only where its own words stand (the cue above finds either's): a record's look-behind
  // is tried at every comma otherwise.
  const records = mayHold(sentence, RECORD_WORD_CUE) ? sentence.replace(RECORD_COMMENT, blank) : sentence;
  return mayHold(records, CHANGE_WORD_CUE) ? records.replace(CHANGE_COMMENT, blank) : records;
}
