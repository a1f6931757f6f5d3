/**
 * Words OCR broke with a space: "Verksamh etens intäkter", "Å rets resu ltat", "Summa tillg ångar",
 * "RESULTATRÄKN ING". The fragments are joined where the joined word (case and diacritics
 * aside) is a word of the lexicon (`reference/labelWords.ts`) that runs into the last fragment,
 * with at most an ending after it; two words that are words on their own stay apart ("Övriga
 * intäkter": no lexicon word runs across the space; "kostnad som": a common word ends it). A lower-case l read for a capital I at a
 * word's start ("lngående") is put right where that makes a lexicon word. Only letters are
 * touched: a digit is never changed, moved or joined to anything.
 *
 * The repaired line keeps every column where it was: the spaces a join removes are added to the
 * next wide gap (or the line's end), so a table's cells keep their x-range and the line its
 * number. Pure.
 */
import { fold } from "../../reference/concepts.ts";
import { LABEL_WORDS, LONGEST_LABEL_WORD } from "../../reference/labelWords.ts";
import { rememberByText } from "../textMemo.ts";
import { detached } from "../../config/detachedString.ts";

/** A word, or the fragment of one: letters only (a bracket before, punctuation after are kept apart). */
const FRAGMENT = /^(\(?)(\p{L}+)([.,:;)]?)$/u;
/**
 * Words too common to be a fragment's end: "kostnad som", "verksamheten så", "anställd av" are
 * two words, whatever the lexicon holds. Folded.
 */
const COMMON = new Set(
  [
    "och i av var till på för med som att en ett de den det är om vid från men så har ut in upp per år",
    "dem sin ej inte man er vi ni nu då när än ca se sa sen ser sett sade sig sitt ta tar ge ger gav",
    "går gick får fick kan ska bli blev vara nya ny två tre fem sex sju nio tio",
  ]
    .join(" ")
    .split(" ")
    .map(fold),
);
/** Letters a joined word may run past its lexicon word: an ending ("-erna", "-ens"), not a second word. */
const MAX_ENDING = 3;
/** At most this many fragments make one word ("Ve rksamh etens"). */
const MAX_FRAGMENTS = 3;
/** Every beginning of a lexicon word ("v", "ve", …, "verksamhetens"): a join must make one. */
const BEGINNINGS = new Set([...LABEL_WORDS].flatMap((w) => [...w].map((_, i) => w.slice(0, i + 1))));

/** `fold` of the words of a document, kept: a report repeats its words on every page. */
const folded = new Map<string, string>();
function foldWord(word: string): string {
  let f = folded.get(word);
  if (f === undefined) {
    if (folded.size > 50_000) folded.clear();
    const kept = detached(word);
    f = fold(kept);
    folded.set(kept, f);
  }
  return f;
}

/**
 * A quick look before the work: whether two words one space apart begin a lexicon word together
 * (the first word and the next one's first letter), or a word opens with a look-alike l. Nearly
 * every line of a report has neither. Where such a pair is found, the line is repaired only if
 * some pair could actually join (`mayJoin`) or a bracketed word opens with the look-alike l: a
 * pair like "den löpande" begins a lexicon word but joins nothing, and the full pass over the
 * line cost as much as the look over every line.
 */
function mayRepair(line: string): boolean {
  const words = line.split(" ");
  let begins = false;
  let joinable = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w === "") continue;
    if (w.charCodeAt(0) === 108 && LOOKALIKE_L.test(w)) return true;
    const next = words[i + 1];
    if (!next) continue;
    const stem = w.startsWith("(") ? w.slice(1) : w;
    // A digit or a sign at either side ("2 400", "- 12"): the lexicon's beginnings are letters only.
    if (asciiNonLetter(stem.charCodeAt(0)) || asciiNonLetter(next.charCodeAt(0))) continue;
    if (BEGINNINGS.has(foldWord(stem) + foldWord(next[0]!))) {
      begins = true;
      if (mayJoin(w, next)) joinable = true;
    }
  }
  // A tab or other white space cuts fragments apart where split(" ") does not: no shortcut then.
  return begins && (joinable || PAREN_LOOKALIKE_L.test(line) || /[^\S ]/.test(line));
}

/** An ASCII character that is no letter; NaN (an empty word) is not one. */
function asciiNonLetter(code: number): boolean {
  return code < 0x80 && !((code | 32) >= 97 && (code | 32) <= 122);
}

/** "(lngående": the full pass puts a bracketed look-alike right too, once a pair let it in. */
const PAREN_LOOKALIKE_L = /\(l[bcdfghkmnpqrstvwxz]/;
/** A first fragment (letters, perhaps a bracket before) and a next one (letters, perhaps punctuation after). */
const FIRST_FRAGMENT = /^\(?(\p{L}+)$/u;
const NEXT_FRAGMENT = /^(\p{L}+)[.,:;)]?$/u;

/**
 * Whether fragment `w` may join the next (and perhaps a third), by the tests of `joins` that
 * two fragments decide: the case of the next one, and the lexicon word that runs into the last
 * fragment up to at most an ending (`MAX_ENDING`) before its end, so the joined letters up to
 * there begin a lexicon word; across all of a common word when a third fragment must follow it.
 * A necessary condition only: `joins` decides.
 */
function mayJoin(w: string, next: string): boolean {
  const a = FIRST_FRAGMENT.exec(w);
  const b = a && NEXT_FRAGMENT.exec(next);
  if (!b) return false;
  const first = a[1]!;
  const second = b[1]!;
  if (
    first.length > 1 && first === first.toUpperCase()
      ? second !== second.toUpperCase()
      : second[0] !== second[0]!.toLowerCase()
  )
    return false;
  const fb = foldWord(second);
  return BEGINNINGS.has(foldWord(first) + (COMMON.has(fb) ? fb : fb.slice(0, Math.max(1, fb.length - MAX_ENDING))));
}

/**
 * Whether a lexicon word starts `joined` and runs into its last fragment (which starts at
 * `last`) for at least as many letters as are left after it, at most an ending: "verksamhetens"
 * in "verksamh|etens", "intakter" in "intakt|erna"; not "arets" in "aret|samt" (one letter in, three
 * left: two words).
 */
function lexiconWordAcross(joined: string, last: number): boolean {
  for (let n = Math.min(joined.length, LONGEST_LABEL_WORD); n > last; n--) {
    const left = joined.length - n;
    if (left <= MAX_ENDING && (n - last >= left || ENDINGS.has(joined.slice(n))) && LABEL_WORDS.has(joined.slice(0, n)))
      return true;
  }
  return false;
}

/** Endings of Swedish nouns and verbs after a lexicon stem: "kvinn|or", "intakt|erna", "avslutad|e". */
const ENDINGS = new Set([
  "a",
  "e",
  "n",
  "t",
  "s",
  "ar",
  "er",
  "or",
  "na",
  "en",
  "et",
  "de",
  "te",
  "ad",
  "at",
  "ade",
  "ens",
  "ets",
  "ers",
]);

interface Piece {
  text: string;
  /** The whitespace after it, as written. */
  gap: string;
}

/** Whether fragments `ws` (letters only) may make one word: case, common words, the lexicon. */
function joins(ws: readonly string[]): boolean {
  const [first, ...rest] = ws;
  const upper = first!.length > 1 && first === first!.toUpperCase();
  // "Region Granland", "Samordningsförbundet Granåsen": a capital starts a new word, unless all
  // fragments are capitals ("BA LANSRÄKNING"); "Å rets" is one capitalised word.
  if (rest.some((w) => (upper ? w !== w.toUpperCase() : w[0] !== w[0]!.toLowerCase()))) return false;
  const parts = ws.map(foldWord);
  if (COMMON.has(parts[parts.length - 1]!)) return false;
  const joined = parts.join("");
  // The lexicon word must reach into the last fragment: "Verksamh etens intäkter" joins two, not three.
  const before = joined.length - parts[parts.length - 1]!.length;
  return lexiconWordAcross(joined, before);
}

/** An l before a consonant: no Swedish word opens so ("lj" aside). */
const LOOKALIKE_L = /^l[bcdfghkmnpqrstvwxz]/;

/** "lngående" → "Ingående": an l before a consonant opens no Swedish word; a capital I may. */
function lookalikeI(word: string): string {
  if (!LOOKALIKE_L.test(word)) return word;
  const fixed = `I${word.slice(1)}`;
  return lexiconWordAcross(fold(fixed), 1) ? fixed : word;
}

/**
 * A line with broken words joined and look-alike letters put right; columns stay where they were.
 * Remembered per line (`textMemo.ts`): a report repeats its page furniture and headings, and a
 * federation's reports repeat their labels every year.
 */
export const joinBrokenWords: (line: string) => string = rememberByText(repairLine);

function repairLine(line: string): string {
  // Most lines hold no broken word at all: "Verksamhetens intäkter 2 400" needs no work.
  if (!mayRepair(line)) return line;
  const lead = /^\s*/.exec(line)![0];
  const pieces: Piece[] = [];
  for (const m of line.slice(lead.length).matchAll(/(\S+)(\s*)/g)) pieces.push({ text: m[1]!, gap: m[2]! });
  let changed = false;
  const out: Piece[] = [];
  /** Spaces taken out by joins, owed to the next wide gap. */
  let owed = 0;
  for (let i = 0; i < pieces.length;) {
    let taken = 1;
    let text = pieces[i]!.text;
    for (let k = Math.min(MAX_FRAGMENTS, pieces.length - i); k >= 2; k--) {
      const run = pieces.slice(i, i + k);
      // Fragments of a word stand one space apart; a wider gap is a column's edge.
      if (run.slice(0, -1).some((p) => p.gap !== " ")) continue;
      const parts = run.map((p) => FRAGMENT.exec(p.text));
      if (parts.some((m) => !m)) continue;
      // Only the first may open with a bracket, only the last close with punctuation.
      if (parts.slice(1).some((m) => m![1] !== "") || parts.slice(0, -1).some((m) => m![3] !== "")) continue;
      if (!joins(parts.map((m) => m![2]!))) continue;
      text = parts.map((m, j) => (j === 0 ? m![1]! : "") + m![2]! + (j === k - 1 ? m![3]! : "")).join("");
      taken = k;
      owed += k - 1;
      changed = true;
      break;
    }
    const word = FRAGMENT.exec(text);
    if (word) {
      const fixed = lookalikeI(word[2]!);
      if (fixed !== word[2]) {
        text = word[1]! + fixed + word[3]!;
        changed = true;
      }
    }
    let gap = pieces[i + taken - 1]!.gap;
    if (owed > 0 && gap.length >= 2) {
      gap += " ".repeat(owed);
      owed = 0;
    }
    out.push({ text, gap });
    i += taken;
  }
  if (!changed) return line;
  return lead + out.map((p) => p.text + p.gap).join("") + " ".repeat(owed);
}
