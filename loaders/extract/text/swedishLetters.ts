/**
 * Swedish letters a PDF viewer or a font's encoding lost, put back. Text copied from some online
 * viewers has every å, ä and ö dropped ("Samordningsfrbundet", "varav mn", "Nya under ret",
 * "Intkter", "rets resultat"); a font without those glyphs in its encoding gives one stand-in
 * character for each ("Samordningsf?rbundet", "Int\uFFFDkter", "m#n"). The readers' patterns name
 * the letters, so such a document reads almost nothing.
 *
 * The damage is judged once per document, cheaply, before any word is looked at:
 * - letters dropped: no å, ä or ö (either case) on any line (a document with its letters stops at
 *   its first such line), and at least two different words of the document spell, without their
 *   å/ä/ö, exactly one word of the vocabulary that has them;
 * - a stand-in: one character of `STAND_INS` standing inside words (between letters, or opening a
 *   word before letters), at least two different such words each spelling exactly one word of the
 *   vocabulary with that character as å, ä or ö.
 * Then each word whose skeleton (dropped: the word without å/ä/ö; stand-in: the stand-in at each
 * å/ä/ö) is that of exactly one vocabulary word is written as that word, in the word's own case
 * (capitals where the word is in capitals, a lost capital opening a line or a sentence). A word
 * that is itself a word of the vocabulary, or whose skeleton is ambiguous ("r" is "år" or "är"),
 * stays as written, and so does a name the vocabulary cannot know ("Hlleby kommun"): the name
 * resolver matches it to a member only where its skeleton is one member's (`resolveNames.ts`).
 * A word may carry an ending ("förbundet-s") or be a compound of a known word and a restored one
 * ("Samordnings|förbundet"), only where every way of reading it gives one word.
 *
 * UTF-8 read as Windows-1252 ("fÃ¶rbundet", "mÃ¤n") is decoded first (`withoutMojibake`).
 *
 * The vocabulary is built once, on the first damaged document, from the project's own lexicons
 * and code lists (`reference/*`: concepts, codes, statement and row labels, measures, member and
 * English words' Swedish side, units, headings) and `COMMON_WORDS` below, the short words of
 * running text and minutes no lexicon holds. Pure.
 */
import { CONCEPTS, DECISION_COLUMNS, PROSE_CONCEPTS } from "../../reference/concepts.ts";
import * as codes from "../../reference/codes.ts";
import * as statementLabels from "../../reference/statementLabels.ts";
import * as rowLabels from "../../reference/rowLabels.ts";
import * as appendixLabels from "../../reference/appendixLabels.ts";
import * as scopeWords from "../../reference/scopeWords.ts";
import * as planWords from "../../reference/planWords.ts";
import { COMPARABLE_MEASURES } from "../../reference/measures.ts";
import { NOT_A_NAME_WORDS } from "../../reference/memberWords.ts";
import { ENGLISH_HEDGES, ENGLISH_MONTHS, ENGLISH_WORDS, SWEDISH_MARKERS } from "../../reference/englishWords.ts";
import { HEADING_WORDS } from "../../reference/labelWords.ts";
import { AMOUNT_UNIT_WORD, LABEL_UNIT_WORDS } from "../../reference/units.ts";
import type { FactInput } from "../../schema/facts.ts";
import { documentWording } from "./englishText.ts";
import { characters } from "./wholeText.ts";

/**
 * Words of running text, minutes and reports that hold å, ä or ö and that no lexicon lists (the
 * function words, the minutes' verbs, the year's words), and words without them that a dropped
 * skeleton would otherwise be read for ("nr" is no "när", "ren" no "åren").
 */
// prettier-ignore
export const COMMON_WORDS = [
  // function words and adverbs
  "för", "före", "förra", "på", "år", "året", "årets", "åren", "års", "även", "också", "både", "från", "över",
  "här", "där", "därmed", "därför", "därefter", "när", "två", "många", "någon", "något", "några", "ännu",
  "högst", "lägst", "högre", "lägre", "högt", "lågt", "större", "störst", "mindre", "färre", "fler", "främst",
  "första", "nästa", "nästan", "ungefär", "särskilt", "särskild", "tillsammans", "jämfört", "jämföra",
  "jämförelse", "gäller", "gällande", "således", "löpande", "pågår", "pågående", "påbörjat", "påbörjade",
  "genomfört", "genomförts", "genomförda", "genomföra", "ökat", "ökade", "ökning", "minskning", "förändring",
  "förändringar", "förbättra", "förbättring", "bättre", "sämre", "hälften", "äldre", "yngre", "ålder",
  "åldern", "män", "mäns", "kön", "själv", "samtidigt", "fortsätta", "fortsätter", "fortsättning", "möjlighet",
  "möjligheter", "behöver", "stöd", "stödet", "stödja", "vård", "vården", "hälsa", "hälso", "välfärd",
  "försörjning", "försörjningsstöd", "sysselsättning", "arbetsförmåga", "arbetsmarknad", "arbetsmarknaden",
  "arbetssökande", "närmare", "nått", "nådde", "fått", "gått", "står", "stått", "uppgår", "uppgått",
  "ställning", "sätt", "gång", "gången", "gånger", "läge", "läget", "väg", "vägen", "mål", "målet", "målen",
  "målgrupp", "målgruppen", "målvärde", "måndag", "lördag", "söndag", "månad", "månaden", "månader",
  "månaders",
  // the federation and its year
  "förbund", "förbundet", "förbundets", "förbunden", "förbundschef", "förbundschefen", "förbundsordning",
  "förbundsordningen", "samordningsförbund", "samordningsförbundet", "samordningsförbundets", "räkenskapsår",
  "räkenskapsåret", "verksamhetsår", "verksamhetsåret", "budgetår", "budgetåret", "helår", "halvår", "delår",
  "delårsrapport", "delårsrapporten", "årsredovisning", "årsredovisningen", "årsredovisningar",
  "verksamhetsberättelse", "verksamhetsberättelsen", "förvaltningsberättelse", "revisionsberättelse",
  "revisionsberättelsen", "årsbokslut", "bokslut", "fastställd", "fastställt", "fastställda", "fastställs",
  "fastställa", "fastställer", "fastställde", "föregående", "innevarande", "överskott", "överskottet",
  "intäkter", "intäkterna", "intäkt", "tillgångar", "tillgångarna", "leverantörsskulder", "förutbetalda",
  "upplupna", "avsättningar", "räntekostnader", "ränteintäkter", "ändamål", "ändring", "ändrad", "tjänster",
  "tjänsteskrivelse", "inköp", "förlängning", "beviljade",
  // the minutes
  "närvarande", "ordförande", "ordföranden", "ledamöter", "ersättare", "tjänstgörande", "sammanträde",
  "sammanträdet", "sammanträdesdatum", "sammanträdesprotokoll", "protokollsutdrag", "justerare", "justering",
  "ärende", "ärendet", "ärenden", "föredrar", "föredragande", "förslag", "förslaget", "förslagen", "godkänna",
  "godkänner", "godkänd", "godkänt", "godkända", "godkännande", "lägga", "läggs", "lägger", "överlämna",
  "överlämnar", "ansöker", "ansökan", "ansökt", "ansökningar", "sökt", "söker", "beslöt", "återremiss",
  "återremittera", "återremitteras", "återrapportering", "anmäls", "anmälan", "anmälningsärenden", "yttrande",
  "yttranden", "delegationsbeslut", "för kännedom", "föreslår", "föreslå", "föreslås", "informerar",
  "information", "bifall", "bifalla", "avslå", "avslår", "röster", "röstar", "bordläggs", "bordlägga", "utse",
  "utses", "jäv", "närvarorätt", "yttranderätt", "paragrafer", "underskrifter", "sekreterare", "plats", "tid",
  // places' common words
  "län", "läns", "länet", "västra", "östra", "södra", "norra", "övre", "nedre", "övriga", "övrigt", "övrig",
  // words without the letters that a skeleton would otherwise be read for
  "nr", "st", "ca", "bl", "kr", "tkr", "mkr", "ren", "sker", "uppg",
  // words of reports and minutes
  "gör", "uppföljning", "uppföljningen", "fråga", "frågan", "frågor", "alltså", "därav", "inför", "innehåll",
  "nära", "arbetsnära", "säga", "säger", "följer", "följande", "vår", "våra", "vårt", "årsskiftet",
  "utvärdering", "utvärderingen", "består", "källa", "rätt", "ärendebeskrivning", "redogörelse", "hålls",
  "hösten", "våren", "handläggare", "framåt", "möte", "mötet", "mötets", "oförändrad", "oförändrade",
  "öppnande", "ohälsa", "sammanställning", "innebär", "lämnat", "lämnas", "lämnar", "räkenskaper", "pröva",
  "prövar", "höjs", "höjning", "ränta", "förhinder", "utöver", "mått", "ingår", "tjänsteutlåtande",
  "årsberättelse", "föreslagit", "härmed", "delmål", "förklarar", "anmält", "rådet", "väsentligt",
  "väsentliga", "förtroendevalda", "måluppfyllelse", "översikt", "hjälper", "hjälp", "människor", "öppnade",
  "hämtade", "rättelse", "företag", "kännedom",
  // the two words left after a letter of their own ("lång", "långt" spell "lng", "lngt")
  "lång", "långt", "länge", "längre", "längst",
];

/** Characters a font's encoding sets for a letter it lacks. */
const STAND_INS = ["?", "\uFFFD", "#", "¤"] as const;
const LETTERS = /[åäöÅÄÖ]/;

/** How a document lost its letters: dropped, or each set as one stand-in character. */
export type LetterDamage = { kind: "dropped" } | { kind: "stand_in"; char: string };

interface Vocabulary {
  /** Every word known, lower case, with or without å/ä/ö. */
  words: Set<string>;
  /** A word with å/ä/ö, by its skeleton without them ("intkter" → ["intäkter"]). */
  dropped: Map<string, string[]>;
  /** A word with å/ä/ö, by its skeleton with "\0" for each ("int\0kter" → ["intäkter"]). */
  standIn: Map<string, string[]>;
}

let vocabulary: Vocabulary | undefined;

/** Words of a text or a pattern's source; a pattern's escapes and character classes are no words. */
function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
}
function patternWords(re: RegExp): string[] {
  return wordsOf(
    re.source
      .replace(/\\[pPu]\{[^}]*\}/g, " ")
      .replace(/\[[^\]]*\]/g, " ")
      .replace(/\\./g, " "),
  );
}

/**
 * Strings and patterns anywhere in a lexicon's values (arrays, records, plain objects): a text's
 * words of two letters or more, a pattern's of three or more (shorter ones are its fragments,
 * "(l|k)ön" → "k"); a single letter is no word here ("p" must stay free to be "på").
 */
function collect(value: unknown, out: string[], seen: Set<unknown>, depth = 0): void {
  if (depth > 6 || value === null || value === undefined) return;
  if (typeof value === "string") {
    out.push(...wordsOf(value).filter((w) => w.length >= 2));
    return;
  }
  if (value instanceof RegExp) {
    out.push(...patternWords(value).filter((w) => w.length >= 3));
    return;
  }
  if (typeof value !== "object" || seen.has(value)) return;
  seen.add(value);
  if (value instanceof Set || value instanceof Map || Array.isArray(value)) {
    for (const v of value instanceof Map ? [...value.keys(), ...value.values()] : value)
      collect(v, out, seen, depth + 1);
    return;
  }
  // Plain records only: a schema object (zod) is no lexicon.
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return;
  for (const [key, v] of Object.entries(value)) if (!SKIPPED_KEYS.has(key)) collect(v, out, seen, depth + 1);
}

/**
 * Keys whose values are no words: a schema object, and a concept's folded stems and cues (prefixes
 * without å/ä/ö, "avsl", "intakt": no word to restore, and no word a skeleton may not be read for).
 */
const SKIPPED_KEYS: ReadonlySet<string> = new Set(["schema", "stems", "negativeCues", "context", "abbreviations"]);

const SKELETON_DROP = /[åäö]/g;
const SKELETON_STAND_IN = /[åäö]/g;
const dropSkeleton = (w: string) => w.replace(SKELETON_DROP, "");
const standInSkeleton = (w: string) => w.replace(SKELETON_STAND_IN, "\0");

function add(index: Map<string, string[]>, key: string, word: string): void {
  const list = index.get(key);
  if (!list) index.set(key, [word]);
  else if (!list.includes(word)) list.push(word);
}

/** The vocabulary, built once. */
export function letterVocabulary(): Vocabulary {
  if (vocabulary) return vocabulary;
  const found: string[] = [];
  const seen = new Set<unknown>();
  for (const source of [
    CONCEPTS,
    PROSE_CONCEPTS,
    DECISION_COLUMNS,
    codes,
    statementLabels,
    rowLabels,
    appendixLabels,
    scopeWords,
    planWords,
    COMPARABLE_MEASURES,
    NOT_A_NAME_WORDS,
    ENGLISH_WORDS.map(([, sv]) => sv),
    ENGLISH_HEDGES.map(([, sv]) => sv),
    Object.values(ENGLISH_MONTHS),
    SWEDISH_MARKERS,
    HEADING_WORDS,
    LABEL_UNIT_WORDS,
    AMOUNT_UNIT_WORD,
    COMMON_WORDS,
  ])
    collect(source, found, seen);
  const words = new Set(found);
  const dropped = new Map<string, string[]>();
  const standIn = new Map<string, string[]>();
  for (const w of words) {
    if (!LETTERS.test(w)) continue;
    add(dropped, dropSkeleton(w), w);
    add(standIn, standInSkeleton(w), w);
  }
  vocabulary = { words, dropped, standIn };
  return vocabulary;
}

/**
 * Endings a noun of the vocabulary may carry ("förbundet" + "s"), longest first; never a verb's or
 * an adjective's ("sökt" + "t" is no word).
 */
const ENDINGS = [
  "ernas",
  "arnas",
  "erna",
  "arna",
  "orna",
  "ens",
  "ets",
  "ars",
  "ers",
  "en",
  "et",
  "na",
  "ar",
  "er",
  "or",
  "s",
  "n",
];

/**
 * The readings of one lower-case word as a vocabulary word: its skeleton's words, with an ending,
 * or a compound whose parts are a known word and a restored one. Empty where there is none.
 */
function readings(word: string, vocab: Vocabulary, kind: LetterDamage["kind"], marker: string): Set<string> {
  const index = kind === "dropped" ? vocab.dropped : vocab.standIn;
  const key = (w: string) => (kind === "dropped" ? w : w.split(marker).join("\0"));
  const damaged = (w: string) => kind === "dropped" || w.includes(marker);
  const whole = (w: string, minLength: number): string[] => {
    if (!damaged(w)) return [];
    // A word of the vocabulary itself before any reading with an ending ("vren": "våren", not "övre-n").
    const out = [...(index.get(key(w)) ?? [])];
    if (out.length > 0) return out;
    for (const e of ENDINGS) {
      if (w.length - e.length < minLength || !w.endsWith(e)) continue;
      const base = w.slice(0, -e.length);
      if (!damaged(base)) continue;
      for (const v of index.get(key(base)) ?? []) if (v.length >= 5) out.push(v + e);
    }
    return out;
  };
  const direct = whole(word, 3);
  if (direct.length > 0) return new Set(direct);
  const out = new Set<string>();
  // A compound: a known head and a restored tail ("samordnings|frbundet"), or a restored head and a
  // known tail, each of four letters or more. An unknown head is never enough: in a document that
  // dropped its letters any word may be one ("befolkningen" is no "befol|ökningen").
  for (let i = 4; i <= word.length - 4; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (vocab.words.has(head)) for (const t of whole(tail, 4)) if (t.length >= 5) out.add(head + t);
    if (vocab.words.has(tail)) {
      const heads = whole(head, 3).concat(head.endsWith("s") ? whole(head.slice(0, -1), 3).map((h) => `${h}s`) : []);
      for (const h of heads) if (h.length >= 5) out.add(h + tail);
    }
  }
  return out;
}

/**
 * Words of one letter left: only "p" is restored ("på"); "n" is a sample's size, "s" a page, "f"
 * a year of birth, and "r" is "år" or "är" (`YEAR_BEFORE` tells them apart).
 */
const ONE_LETTER: ReadonlyMap<string, string> = new Map([["p", "på"]]);
/** "mn" is "män" except as the unit before a currency ("4,2 mn kr"), which a lexicon lists as a word. */
const UNIT_WORDS: ReadonlySet<string> = new Set(["mn"]);
const CURRENCY_AFTER = /^\s*(?:kr|kronor|sek)\b/i;
/** "mn" as the unit: before a currency, or after a figure with decimals ("10,4 mn"). */
const unitAt = (line: string, at: number, word: string) =>
  CURRENCY_AFTER.test(line.slice(at + word.length)) || /\d,\d+\s*$/.test(line.slice(0, at));
/** A word before "r" (år or är) that makes it the year: "föregående r", "ett r", "2024 r". */
const YEAR_BEFORE =
  /(?:^|[^\p{L}])(?:föregående|nästa|förra|varje|ett|per|hela|under|innevarande|kommande|senaste)\s+$/iu;

/** The one restoration of a word, or undefined (none, several, or the word is a word already). */
function restoreWord(word: string, vocab: Vocabulary, damage: LetterDamage): string | undefined {
  const lower = word.toLowerCase();
  const marker = damage.kind === "stand_in" ? damage.char : "";
  if (damage.kind === "dropped" && lower.length === 1) return word === lower ? ONE_LETTER.get(lower) : undefined;
  // "HR", "RS", "BR": capitals of three letters or fewer are an abbreviation, never a word that lost a letter.
  if (damage.kind === "dropped" && word.length <= 3 && word !== lower) return undefined;
  if (damage.kind === "dropped" && vocab.words.has(lower) && !UNIT_WORDS.has(lower)) return undefined;
  if (damage.kind === "stand_in") {
    // A question mark closing a word that is a word without it is a question ("varför?").
    if (lower.endsWith(marker) && vocab.words.has(lower.slice(0, -marker.length))) return undefined;
    if (lower.replaceAll(marker, "") === "") return undefined;
  }
  const found = readings(lower, vocab, damage.kind, marker);
  return found.size === 1 ? [...found][0] : undefined;
}

/** `restored` (lower case) in the case of `word` as written; a lost capital opens a word that opens a sentence. */
function inCase(word: string, restored: string, damage: LetterDamage, opensSentence: boolean): string {
  const letters = word.replace(/[^\p{L}]/gu, "");
  const capitals = letters.length >= 2 && letters === letters.toUpperCase();
  const lost = (i: number, c: string) => (capitals || (i === 0 && opensSentence) ? c.toUpperCase() : c);
  let out = "";
  let j = 0;
  for (let i = 0; i < restored.length; i++) {
    const c = restored[i]!;
    const letter = c === "å" || c === "ä" || c === "ö";
    if (damage.kind === "dropped" && letter) out += lost(i, c);
    else if (damage.kind === "stand_in" && letter && word.startsWith(damage.char, j)) {
      out += lost(i, c);
      j += damage.char.length;
    } else {
      out += word[j] ?? c;
      j++;
    }
  }
  return out;
}

/** Whether what comes before a word on its line leaves it opening a sentence (a line, a bullet, a full stop). */
function opensSentence(before: string): boolean {
  return /^[\s\d.)•·*§–—-]*$/u.test(before) || /[.!|]\s*$/.test(before) || / {2,}$/.test(before);
}

/** The words a damage touches: runs of letters (dropped), or of letters and the stand-in holding one. */
function damagedWords(damage: LetterDamage): RegExp {
  if (damage.kind === "dropped") return /\p{L}+/gu;
  const known = standInWords.get(damage.char);
  if (known) return known;
  const c = damage.char === "?" ? "\\?" : damage.char;
  const re = new RegExp(`(?:\\p{L}|${c})*${c}(?:\\p{L}|${c})*`, "gu");
  standInWords.set(damage.char, re);
  return re;
}
const standInWords = new Map<string, RegExp>();

/** A word's stand-ins dropped, but one closing the word after two letters or more (a question's mark). */
function withoutStandIns(word: string, char: string): string {
  const closing = word.endsWith(char) && word.slice(0, -char.length).replaceAll(char, "").length >= 2;
  const body = closing ? word.slice(0, -char.length) : word;
  const dropped = body.replaceAll(char, "");
  return dropped === "" ? word : dropped + (closing ? char : "");
}

/** "r" ("?r") standing alone: "år" after a word of time (read once the words before it are restored), else as written. */
function yearWords(line: string, damage: LetterDamage): string {
  const r = damage.kind === "dropped" ? "r" : `${damage.char}r`;
  if (!line.includes(` ${r}`)) return line;
  const lone = damage.kind === "dropped" ? /(?<![\p{L}])r(?![\p{L}])/gu : damagedWords(damage);
  return line.replace(lone, (word: string, at: number) =>
    word.toLowerCase() === r && YEAR_BEFORE.test(line.slice(0, at)) ? "år" : word,
  );
}

/** One line with its damaged words restored. */
function restoreLine(line: string, vocab: Vocabulary, damage: LetterDamage): string {
  const out = line.replace(damagedWords(damage), (word: string, at: number) => {
    if (!/\p{L}/u.test(word)) return word;
    if (UNIT_WORDS.has(word.toLowerCase()) && unitAt(line, at, word)) return word;
    // "p" is "på" only before a word or a figure ("p 272 000 kr"), never an abbreviation's ("e.p.").
    if (word === "p" && !/^ [\p{L}\d]/u.test(line.slice(at + 1))) return word;
    const restored = restoreWord(word, vocab, damage);
    // A name the vocabulary cannot know ("Sj?dals kommun", "?sby kommun") is written as a viewer that
    // drops the letters writes it ("Sjdals kommun"): the readers take it for a name, and the name
    // resolver matches it to the one member whose name has that skeleton. A question mark closing a
    // word stays a question mark.
    if (!restored) return damage.kind === "stand_in" ? withoutStandIns(word, damage.char) : word;
    const before = line.slice(0, at);
    // A lost capital opens a sentence, or a name's word between capitalised words ("Förbundet stra Dalbygden").
    const capital =
      opensSentence(before) || (/\p{Lu}\p{L}*\s+$/u.test(before) && /^\s+\p{Lu}/u.test(line.slice(at + word.length)));
    return inCase(word, restored, damage, capital);
  });
  return yearWords(out, damage);
}

/** The stand-in character standing inside words on a line, if any: cheap tests of a few characters. */
function standInOn(line: string): string | undefined {
  for (const c of STAND_INS) {
    for (let i = line.indexOf(c); i !== -1; i = line.indexOf(c, i + 1)) {
      const next = line.charAt(i + 1);
      if (next === "" || next.toLowerCase() === next.toUpperCase()) continue;
      const prev = line.charAt(i - 1);
      // Inside a word, or opening one ("?rets"): never a bracketed or quoted question.
      if (prev === "" || prev === " " || prev.toLowerCase() !== prev.toUpperCase()) return c;
    }
  }
  return undefined;
}

/** How the document lost its letters, judged once; undefined for a document with its letters. */
export function letterDamage(lines: readonly string[]): LetterDamage | undefined {
  // Cheap first, from the characters the document holds (`wholeText.ts`): one with å, ä or ö and no
  // stand-in character anywhere is whole, and each line need not be searched for a stand-in.
  const chars = characters(lines);
  if ([..."åäöÅÄÖ"].some((c) => chars.has(c)) && !STAND_INS.some((c) => chars.has(c))) return undefined;
  let hasLetters = false;
  let standIn: string | undefined;
  for (const line of lines) {
    if (!hasLetters && LETTERS.test(line)) {
      hasLetters = true;
      if (standIn) break;
    }
    if (!standIn && line.length > 2) standIn = standInOn(line);
    if (hasLetters && standIn) break;
  }
  if (hasLetters && !standIn) return undefined;
  const vocab = letterVocabulary();
  const tries: LetterDamage[] = standIn ? [{ kind: "stand_in", char: standIn }] : [];
  if (!hasLetters) tries.push({ kind: "dropped" });
  for (const damage of tries) {
    const evidence = new Set<string>();
    const pattern = damagedWords(damage);
    for (const line of lines) {
      for (const m of line.matchAll(pattern)) {
        const w = m[0].toLowerCase();
        if (evidence.has(w) || !restoreWord(w, vocab, damage)) continue;
        evidence.add(w);
        if (evidence.size >= MIN_EVIDENCE) return damage;
      }
    }
  }
  return undefined;
}

/** Different restorable words a document must hold before any word is restored. */
const MIN_EVIDENCE = 2;

/**
 * UTF-8 read as Windows-1252 or Latin-1 ("fÃ¶rbundet", "mÃ¤n", "â€“"): each pair is its one
 * character again. Å, Ä and Ö end in a byte that is a control character in Latin-1, which the text
 * layer drops: a lone "Ã" before a letter is then a stand-in (U+FFFD) the stand-in reading puts back
 * ("Ãrets" → "Årets"), where the vocabulary knows the word.
 */
// prettier-ignore
const MOJIBAKE: ReadonlyMap<string, string> = new Map([
  ["Ã¥", "å"], ["Ã¤", "ä"], ["Ã¶", "ö"], ["Ã…", "Å"], ["Ã„", "Ä"], ["Ã–", "Ö"], ["Ã\u0085", "Å"],
  ["Ã\u0084", "Ä"], ["Ã\u0096", "Ö"], ["Ã©", "é"], ["Ã‰", "É"], ["Ã¼", "ü"], ["Ã¸", "ø"], ["Ã¦", "æ"],
  ["â€“", "–"], ["â€”", "—"], ["â€™", "’"], ["â€˜", "‘"], ["â€œ", "“"], ["â€\u009d", "”"], ["â€¢", "•"],
  ["â€¦", "…"], ["Â\u00a0", "\u00a0"], ["Â§", "§"], ["Â°", "°"],
]);
const MOJIBAKE_PAIR = new RegExp([...MOJIBAKE.keys()].join("|"), "g");
/** A lone "Ã" left before a letter: Å, Ä or Ö whose second byte was dropped. */
const LONE_A_TILDE = /Ã(?=\p{L})/gu;
/** Pairs a document must hold before it is read as UTF-8 misread: a Portuguese name's "Ã" is no reason. */
const MIN_MOJIBAKE = 2;

/** The lines of a document whose UTF-8 was read as Windows-1252, put right; undefined for any other (one `includes` a line). */
export function withoutMojibake(lines: readonly string[]): string[] | undefined {
  // Cheap first: an "Ã" somewhere in the document (`wholeText.ts`); each line is asked below.
  if (!characters(lines).has("Ã")) return undefined;
  let pairs = 0;
  for (const line of lines) {
    if (!line.includes("Ã")) continue;
    pairs += line.match(MOJIBAKE_PAIR)?.length ?? 0;
    if (pairs >= MIN_MOJIBAKE) break;
  }
  if (pairs < MIN_MOJIBAKE) return undefined;
  return lines.map((line) =>
    line.includes("Ã") || line.includes("â€") || line.includes("Â")
      ? line.replace(MOJIBAKE_PAIR, (pair) => MOJIBAKE.get(pair)!).replace(LONE_A_TILDE, "\uFFFD")
      : line,
  );
}

/** The document's lines with their lost letters restored, or undefined where none were lost (or none could be told). */
export function restoreSwedishLetters(documentLines: readonly string[]): string[] | undefined {
  const decoded = withoutMojibake(documentLines);
  const lines = decoded ?? documentLines;
  // A lone "Ã" the decoding set as U+FFFD needs no more evidence than the pairs that were read.
  const damage: LetterDamage | undefined =
    decoded && decoded.some((line) => line.includes("\uFFFD"))
      ? { kind: "stand_in", char: "\uFFFD" }
      : letterDamage(lines);
  if (!damage) return decoded;
  const vocab = letterVocabulary();
  let changed = decoded !== undefined;
  const out = lines.map((line) => {
    const r = line === "" ? line : restoreLine(line, vocab, damage);
    if (r !== line) changed = true;
    return r;
  });
  return changed ? out : undefined;
}

/**
 * Facts read from restored lines (`view`, one per document line) quoting the document's own
 * lines; a member's, an intervention's and a row's name stay as read, letters restored, so the
 * resolver knows them.
 */
export function letteredFacts(
  facts: readonly FactInput[],
  view: readonly string[],
  document: readonly string[],
): FactInput[] {
  return documentWording(facts, view, document).map((f, i) => {
    const read = facts[i] as FactInput & Record<string, unknown>;
    const out = { ...f } as FactInput & Record<string, unknown>;
    for (const key of ["source_label", "intervention", "member"])
      if (typeof read[key] === "string") out[key] = read[key];
    return out as FactInput;
  });
}
