/**
 * A line of items set apart by pipes or bullets, each a label and its figure: a slide's or a web
 * card's key figures on one line ("Deltagare i förbundets insatser: 214 | Nya under året: 96 |
 * Avslutade: 88", "Arbete 27 • Studier 11 • Annat 32"). Read as one sentence, a figure would be
 * taken with the next item's label ("214 | Nya" as 214 new); each item is a sentence of its own.
 *
 * Only a sentence on one line, not opening on a pipe (a table drawn with pipes is the layout grid's),
 * with two items or more, each holding a letter and a digit (a table row's bare cells hold no
 * letter). A middle dot is left alone: a sentence listing destinations runs on over lines with it
 * ("arbete 31 · studier 14 ·" / "övrigt 15"), and the grammar reads such a list whole.
 *
 * A lead governs the whole line: a line opening on a goal ("Mål 2025: 230 deltagare | 100 nya"), holding
 * a plan's or a target's words, or naming a year other than the report's in some items but not in
 * every one ("Målet för 2025 är 230 | 100 nya") stays one sentence, so no item is read without its
 * lead; the report's own year in one item ("Deltagare 2024: 214 | Nya: 96") dates them all. Pure.
 */
import { TARGET_WORDS } from "../../reference/planWords.ts";
import { opensOnGoal } from "./headingPeriod.ts";
import { lineAt, sentencesOf, type ProseUnit } from "./proseSentences.ts";

type Span = { start: number; end: number };

/** " | " or " • " between two items. */
const SEPARATOR = /\s+[|•]\s+/gu;
const HAS_LETTER = /\p{L}/u;
/** "129 kvinnor", "109 män": one gender's part of a count named elsewhere. */
const GENDER_ITEM = /^\s*\d{1,3}(?: \d{3})?\s+(?:kvinnor|män)\s*\.?\s*$/iu;
const HAS_DIGIT = /\d/;
const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/g;
const YEAR_ONCE = /(?<!\d)(?:19|20)\d\d(?!\d)/;

/** The unit's sentences, a sentence of items on one line cut into its items. */
export function itemSentences(unit: ProseUnit, year: number): readonly Span[] {
  const sentences = sentencesOf(unit);
  // Most paragraphs hold no separator: one look at the text first.
  const dots = unit.text.includes("·");
  if (!unit.text.includes("|") && !unit.text.includes("•") && !dots) return sentences;
  return sentences.flatMap((s) => itemsOf(unit, s, year, dots));
}

/**
 * A middle dot between items that each pair a label with its figure by a colon ("Nya under året:
 * 101 · Avslutade: 97"): a key-figure line like a pipe's. A list of destinations ("arbete 28 ·
 * studier 12") pairs none by a colon and stays one sentence.
 */
const DOT_SEPARATOR = /\s+·\s+/gu;
const COLON_ITEM = /^[^:\d]*\p{L}[^:\d]*:\s*[−-]?\d/u;

function itemsOf(unit: ProseUnit, s: Span, year: number, dots = false): Span[] {
  const text = unit.text.slice(s.start, s.end);
  if (dots && !/[|•]/u.test(text)) {
    const parts = text.split(DOT_SEPARATOR);
    if (parts.length < 2 || !parts.every((p) => COLON_ITEM.test(p.trim()))) return [s];
    return splitAt(unit, s, text, DOT_SEPARATOR, year);
  }
  return splitAt(unit, s, text, SEPARATOR, year);
}

function splitAt(unit: ProseUnit, s: Span, text: string, separator: RegExp, year: number): Span[] {
  if (/^\s*[|•]/u.test(text) || lineAt(unit, s.start) !== lineAt(unit, Math.max(s.start, s.end - 1))) return [s];
  if (opensOnGoal(text) || TARGET_WORDS.test(text.toLowerCase())) return [s];
  const items: Span[] = [];
  let from = 0;
  separator.lastIndex = 0;
  for (let m = separator.exec(text); m !== null; m = separator.exec(text)) {
    items.push({ start: s.start + from, end: s.start + m.index });
    from = m.index + m[0].length;
  }
  items.push({ start: s.start + from, end: s.end });
  const isItem = (i: Span) => {
    const t = unit.text.slice(i.start, i.end);
    return HAS_LETTER.test(t) && HAS_DIGIT.test(t);
  };
  // "Deltagare 2024: 214 | Nya: 96": the report's year in one item dates them all, as a lead would.
  const namesOtherYear = (i: Span) =>
    [...unit.text.slice(i.start, i.end).matchAll(YEAR)].some((m) => Number(m[0]) !== year);
  const namesYear = (i: Span) => YEAR_ONCE.test(unit.text.slice(i.start, i.end));
  const yearsEach = items.every(namesYear) || !items.some(namesOtherYear);
  // "129 kvinnor | 109 män": a count's gender split on a line of its own is read whole, as a split.
  const genderOnly = items.every((i) => GENDER_ITEM.test(unit.text.slice(i.start, i.end)));
  return items.length >= 2 && items.every(isItem) && yearsEach && !genderOnly ? items : [s];
}
