/**
 * Swedish numbers written in words: "tre", "tolv", "tjugofem", "etthundra", "tvåhundrafemtio",
 * "tusen". Whole words only, case-insensitive. "en"/"ett" are not read as 1: they are far more
 * often the article than a count, and a wrong 1 is worse than an unread one. Vague quantities
 * ("ett tiotal", "femtiotal", "hundratals") are not numbers at all.
 */
import { detached } from "../../config/detachedString.ts";

const SMALL: Readonly<Record<string, number>> = {
  noll: 0,
  två: 2,
  tre: 3,
  fyra: 4,
  fem: 5,
  sex: 6,
  sju: 7,
  åtta: 8,
  nio: 9,
  tio: 10,
  elva: 11,
  tolv: 12,
  tretton: 13,
  fjorton: 14,
  femton: 15,
  sexton: 16,
  sjutton: 17,
  arton: 18,
  aderton: 18,
  nitton: 19,
};

const TENS: Readonly<Record<string, number>> = {
  tjugo: 20,
  trettio: 30,
  fyrtio: 40,
  femtio: 50,
  sextio: 60,
  sjuttio: 70,
  åttio: 80,
  nittio: 90,
};

/** Units that may follow a ten or stand inside a compound, where "en"/"ett" do mean 1 ("tjugoen"). */
const COMPOUND_UNITS: Readonly<Record<string, number>> = {
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
};

/**
 * Every number word holds one of these (a number below twenty, a ten, "hundra" or "tusen"), so a
 * text without any holds no number word: a cheap first look before its words are read.
 */
const NUMBER_WORD_PART = new RegExp([...Object.keys(SMALL), ...Object.keys(TENS), "hundra", "tusen"].join("|"), "iu");

export function mayHoldNumberWord(text: string): boolean {
  return NUMBER_WORD_PART.test(text);
}

/** Built once: every word of every sentence is tried as a number word. */
const TENS_ENTRIES = Object.entries(TENS);

function below100(s: string, standalone: boolean): number | undefined {
  if (s in SMALL) return SMALL[s];
  if (!standalone && s in COMPOUND_UNITS) return COMPOUND_UNITS[s];
  for (const [ten, v] of TENS_ENTRIES) {
    if (s === ten) return v;
    if (s.startsWith(ten)) {
      const unit = COMPOUND_UNITS[s.slice(ten.length)];
      if (unit !== undefined) return v + unit;
    }
  }
  return undefined;
}

function below1000(s: string, standalone: boolean): number | undefined {
  const at = s.indexOf("hundra");
  if (at < 0) return below100(s, standalone);
  const head = s.slice(0, at);
  const tail = s.slice(at + "hundra".length);
  const hundreds = head === "" || head === "ett" || head === "en" ? 1 : COMPOUND_UNITS[head];
  if (hundreds === undefined) return undefined;
  if (tail === "") return hundreds * 100;
  const rest = below100(tail, false);
  return rest === undefined ? undefined : hundreds * 100 + rest;
}

/**
 * The letters a number word opens with, in either case ("Tre", "åtta", "hundra", "ettusen"; and
 * "constructor", which `in` finds on every object): every other word is no number, and is not
 * looked up. U+212B, the ångström sign, is lower-cased to "å".
 */
const NUMBER_WORD_INITIAL = new Set([..."ntfsåeahc", ..."NTFSÅEAHC", "\u212b"].map((c) => c.charCodeAt(0)));

/**
 * Words already read: the figure grammar tries every word of every sentence, and most are the
 * same few hundred. Bounded, so a long run over many documents does not grow it without end.
 */
const readBefore = new Map<string, number | null>();
const READ_BEFORE_LIMIT = 50_000;

/** The value of one Swedish number word, or undefined if the word is not one (or is "en"/"ett"). */
export function parseNumberWord(word: string): number | undefined {
  // A word of one or two letters is no number (readNumberWord): "en", "av", "de", "år" are not looked up.
  if (word.length < 3 || !NUMBER_WORD_INITIAL.has(word.charCodeAt(0))) return undefined;
  // One look-up per word: a word that is no number is remembered as null.
  const known = readBefore.get(word);
  if (known !== undefined) return known ?? undefined;
  const value = readNumberWord(word);
  if (readBefore.size >= READ_BEFORE_LIMIT) readBefore.clear();
  readBefore.set(detached(word), value ?? null);
  return value;
}

function readNumberWord(word: string): number | undefined {
  const s = word.toLowerCase();
  if (!/^\p{L}+$/u.test(s) || s.length < 3) return undefined;
  const at = s.indexOf("tusen");
  if (at < 0) return below1000(s, true);
  const head = s.slice(0, at);
  const tail = s.slice(at + "tusen".length);
  const thousands = head === "" || head === "ett" || head === "et" ? 1 : below1000(head, false);
  if (thousands === undefined || thousands === 0) return undefined;
  if (tail === "") return thousands * 1000;
  const rest = below1000(tail, false);
  return rest === undefined ? undefined : thousands * 1000 + rest;
}

/** Every number word in a text, with its offset (for checking that a value comes from its line). */
export function findNumberWords(text: string): { value: number; word: string; index: number }[] {
  const out: { value: number; word: string; index: number }[] = [];
  for (const m of text.matchAll(/\p{L}+/gu)) {
    const value = parseNumberWord(m[0]);
    if (value !== undefined) out.push({ value, word: m[0], index: m.index! });
  }
  return out;
}
