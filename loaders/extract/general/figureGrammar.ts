/**
 * A small grammar for participant figures in Swedish running text. A sentence is cut into
 * tokens (numbers in digits or words, words, punctuation); each number is then classified by
 * the words around it within its clause: what it counts (enrolled, new, exited, structural
 * participants, a gender split), where people went at exit, or a rate with its base. Numbers
 * that are years, dates, money, ages, durations, page or note references are set aside; a
 * number in a sentence about participants that fits no rule is returned as unread. Nothing
 * here knows which federation wrote the text. Pure functions.
 */
import { parseSwedishNumber } from "../numbers.ts";
import { TARGET_WORDS } from "../../reference/planWords.ts";
import { rememberByText, rememberByTextWith } from "../textMemo.ts";
import { mayHoldNumberWord, parseNumberWord } from "./numberWords.ts";
import { countsEarlierParticipation } from "./earlierParticipation.ts";
import { readCountBracketParts } from "./countBracketParts.ts";

export interface NumberToken {
  type: "number";
  value: number;
  /** Same as raw; every token has a text. */
  text: string;
  /** The number as written ("1 200", "tolv"). */
  raw: string;
  form: "digits" | "word";
  start: number;
  end: number;
  percent: boolean;
  approximate: boolean;
}
export interface WordToken {
  type: "word";
  text: string;
  lower: string;
  start: number;
  end: number;
}
export interface OtherToken {
  type: "punct" | "fraction" | "other";
  text: string;
  start: number;
  end: number;
  /** A number damaged by OCR ("1l6", "20 IO"): it stands where a number stands, but its value is a guess. */
  damaged?: boolean;
}
export type Token = NumberToken | WordToken | OtherToken;

/**
 * A sentence's tokens, told apart by their first character: (1) a date or a dotted number, (2) a
 * fraction, (3) a range, (4) digits and letters run together ("3a", "Drygt7"), (5) a number
 * grouped by thousands, (6) a plain number, (7) "%", (8) an abbreviation, (9) a word, (10) a mark.
 * Any other character stands between tokens. One pattern of all ten alternatives, tried at every
 * character, made an array of eleven groups for every word; the tokens are the same (tested
 * against it): the digits' alternatives are tried only at a digit, and a word is found by a
 * pattern that makes no array.
 *
 * A spaced dash after a year before a count of three digits or more ("… under 2024 – 151 kvinnor
 * och 117 män"), or before one of two digits counting people ("deltog under 2025 – 95 kvinnor och 81 män"),
 * sets off a clause; it makes no range. "2023 – 2024" and "2023 – 24" are periods.
 */
const DIGIT_TOKEN =
  /(\d{4}-\d{2}-\d{2}|\d+(?:\.\d+)+)|(\d+\s?\/\s?\d+)|(?!(?:19|20)\d\d\s[-–]\s(?:(?!(?:19|20)\d\d(?!\d))\d{3}|\d{1,2}\s(?:kvinnor|män|personer|deltagare|individer|unga|nya|av)(?!\p{L})))(\d+(?:,\d+)?\s?[-–]\s?\d+(?:,\d+)?)|(\d+-?\p{L}[\d\p{L}]*)|(\d{1,3}(?: \d{3})+(?:,\d+)?(?![\d,]))|(\d+(?:,\d+)?)/uy;
/** (4) opening on a letter: letters running into digits. */
const LETTERS_THEN_DIGITS = /\p{L}+\d[\d\p{L}]*/uy;
/** (8) and (9). */
const WORD_AT = /c:a|t\.o\.m|t\.ex|bl\.a|s\.k|m\.m|[\p{L}][\p{L}\p{M}]*(?:[/-][\p{L}]+)*/uy;
/** Which characters of Latin-1 are letters (\\p{L}); none of them is a combining mark (\\p{M}). */
const LATIN1_LETTER = Uint8Array.from({ length: 256 }, (_, c) => (/\p{L}/u.test(String.fromCharCode(c)) ? 1 : 0));
/** (7) and (10), by character code ("x" opens a word: it is a letter). */
const MARK_CODES = new Set([..."%.,;:()!?•–—-=×+"].map((c) => c.charCodeAt(0)));

/** OCR's look-alikes for digits: O for 0, I, l and | for 1. */
const OCR_DAMAGED = /^(?=.*\d)(?=.*[OoIl|])[\dOoIl|]+$/;
const OCR_LOOKALIKES = /^[OoIl|]{2,}$/;
const HEDGES_ONE = new Set([
  "cirka",
  "ca",
  "c:a",
  "drygt",
  "knappt",
  "över",
  "ungefär",
  "omkring",
  "nästan",
  "runt",
  "närmare",
  "uppemot",
]);
const HEDGES_TWO = /^(mer än|fler än|strax över|strax under|upp emot|uppåt|närmare)$/;

const THIN_SPACES = /[\u00a0\u202f\u2009]/g;
/** "hundra", "tusen" alone: a round number that a vague word before it ("några hundra") makes a guess. */
const ROUND_WORD = /^(?:hundra|tusen)$/i;
const VAGUE_MANY = /^(?:några|flera|par|många|åtskilliga)$/;

/** A word's token: a number written as a word ("fyrtiotvå") or a plain word. */
function wordToken(word: string, start: number, end: number): Token {
  const value = parseNumberWord(word);
  return value !== undefined
    ? { type: "number", value, text: word, raw: word, form: "word", start, end, percent: false, approximate: false }
    : { type: "word", text: word, lower: word.toLowerCase(), start, end };
}

/** Cut a sentence into tokens. Offsets are into `text`. */
export function tokenize(text: string): Token[] {
  const t = text.replace(THIN_SPACES, " ");
  const out: Token[] = [];
  // Nothing in this loop runs the three patterns but here, so their lastIndex is this loop's alone.
  for (let i = 0; i < t.length;) {
    const start = i;
    const c = t.charCodeAt(i);
    if (c === 32) {
      i++;
      continue;
    }
    if (c >= 48 && c <= 57) {
      DIGIT_TOKEN.lastIndex = i;
      const m = DIGIT_TOKEN.exec(t)!;
      const end = start + m[0].length;
      i = end;
      if (m[1] || m[3] || m[4]) out.push({ type: "other", text: m[0], start, end });
      else if (m[2]) out.push({ type: "fraction", text: m[0], start, end });
      else {
        const value = parseSwedishNumber(m[0]);
        // "000", "05": a leading zero is the tail of a broken number or a code, never a count.
        if (value === null || /^0\d/.test(m[0])) out.push({ type: "other", text: m[0], start, end });
        else
          out.push({
            type: "number",
            value,
            text: m[0],
            raw: m[0],
            form: "digits",
            start,
            end,
            percent: false,
            approximate: false,
          });
      }
      continue;
    }
    // A word of Latin-1 letters ended by a space or a mark that neither runs it on ("/", "-"), into
    // digits (4), nor makes it an abbreviation (":", "."): most words, read without a pattern.
    if (c < 256 && LATIN1_LETTER[c] === 1) {
      let j = i + 1;
      let d = j < t.length ? t.charCodeAt(j) : -1;
      while (d >= 0 && d < 256 && LATIN1_LETTER[d] === 1) d = ++j < t.length ? t.charCodeAt(j) : -1;
      if (d < 256 && d !== 47 && d !== 45 && d !== 58 && d !== 46 && !(d >= 48 && d <= 57)) {
        i = j;
        out.push(wordToken(t.slice(start, i), start, i));
        continue;
      }
    }
    // A letter (an ASCII one, or any character beyond ASCII that the patterns take for one).
    if (c >= 128 || ((c | 32) >= 97 && (c | 32) <= 122)) {
      LETTERS_THEN_DIGITS.lastIndex = i;
      if (LETTERS_THEN_DIGITS.test(t)) {
        i = LETTERS_THEN_DIGITS.lastIndex;
        out.push({ type: "other", text: t.slice(start, i), start, end: i });
        continue;
      }
      WORD_AT.lastIndex = i;
      if (WORD_AT.test(t)) {
        i = WORD_AT.lastIndex;
        out.push(wordToken(t.slice(start, i), start, i));
        continue;
      }
    }
    i++;
    if (MARK_CODES.has(c)) out.push({ type: "punct", text: t[start]!, start, end: i });
    // "kvinnor 97 · män 77", "arbete 31 · studier 14": a middle dot sets items apart as a comma does.
    else if (c === 0xb7) out.push({ type: "punct", text: ",", start, end: i });
    // A character of two code units (a surrogate pair) that is no letter is passed over whole.
    else if (c >= 0xd800 && c <= 0xdbff && i < t.length && (t.charCodeAt(i) & 0xfc00) === 0xdc00) i++;
  }
  // A number that touches a broken one across a single space ("Drygt7 300", "1 2OO") may be a
  // piece of it: not a number.
  const t0 = t;
  for (let i = 0; i < out.length; i++) {
    const tok = out[i]!;
    if (tok.type !== "number" || tok.form !== "digits") continue;
    const prev = out[i - 1];
    const next = out[i + 1];
    const brokenBefore = prev?.type === "other" && /\d$/.test(prev.text) && t0.slice(prev.end, tok.start) === " ";
    const brokenAfter = next?.type === "other" && /^\d/.test(next.text) && t0.slice(tok.end, next.start) === " ";
    // "tre2,45": the tail of a decimal whose head is broken.
    const tail = /\d[,.]$/.test(t0.slice(Math.max(0, tok.start - 2), tok.start));
    if (brokenBefore || brokenAfter || tail) out[i] = { type: "other", text: tok.raw, start: tok.start, end: tok.end };
  }
  // "några hundra", "ett par tusen", "flera hundra": a vague quantity of hundreds, never a hundred.
  // "elva komma två": a decimal in words, neither of its numbers one of its own.
  for (let i = 1; i < out.length; i++) {
    const tok = out[i]!;
    const prev = out[i - 1]!;
    if (tok.type !== "number" || tok.form !== "word") continue;
    const next = out[i + 1];
    if (
      (ROUND_WORD.test(tok.raw) && prev.type === "word" && VAGUE_MANY.test(prev.lower)) ||
      (prev.type === "word" && prev.lower === "komma") ||
      (next?.type === "word" && next.lower === "komma")
    )
      out[i] = { type: "other", text: tok.raw, start: tok.start, end: tok.end };
  }
  // OCR damage: "1l6", "2O4" are numbers with a look-alike letter in them; "20 IO" is a number
  // split by a space from its look-alike tail. Each is one damaged token: never a value.
  for (let i = 0; i < out.length; i++) {
    const tok = out[i]!;
    const next = out[i + 1];
    if (tok.type === "other" && OCR_DAMAGED.test(tok.text)) tok.damaged = true;
    const digitsThenLookalikes =
      (tok.type === "number" || (tok.type === "other" && tok.damaged)) &&
      next?.type === "word" &&
      OCR_LOOKALIKES.test(next.text);
    // The neighbour first: most words stand before another word, and need no look at their letters.
    const lookalikesThenDigits =
      tok.type === "word" &&
      next !== undefined &&
      (next.type === "number" || (next.type === "other" && next.damaged === true)) &&
      OCR_LOOKALIKES.test(tok.text);
    if ((digitsThenLookalikes || lookalikesThenDigits) && t0.slice(tok.end, next!.start) === " ")
      out.splice(i, 2, {
        type: "other",
        text: t0.slice(tok.start, next!.end),
        start: tok.start,
        end: next!.end,
        damaged: true,
      });
  }
  // Percent signs and hedges belong to the number they touch.
  for (let i = 0; i < out.length; i++) {
    const tok = out[i]!;
    if (tok.type !== "number") continue;
    const next = out[i + 1];
    if (
      next &&
      ((next.type === "punct" && next.text === "%") || (next.type === "word" && /^procent$/.test(next.lower)))
    )
      tok.percent = true;
    const w1 = wordBefore(out, i, 1);
    const w2 = wordBefore(out, i, 2);
    if ((w1 && HEDGES_ONE.has(w1)) || (w1 && w2 && HEDGES_TWO.test(`${w2} ${w1}`))) tok.approximate = true;
  }
  return out;
}

/** The k-th word before token i ("ca." counts as "ca"); undefined if a number or a strong stop is in between. */
function wordBefore(tokens: Token[], i: number, k: number): string | undefined {
  let seen = 0;
  for (let j = i - 1; j >= 0; j--) {
    const t = tokens[j]!;
    if (t.type === "punct" && t.text === ".") continue;
    if (t.type !== "word") return undefined;
    seen++;
    if (seen === k) return t.lower;
  }
  return undefined;
}

export type CountMeasure = "enrolled" | "new" | "exited" | "ongoing" | "structural_participants";
export type ExitCategory =
  | "work"
  | "studies"
  | "work_or_studies"
  | "job_seeker"
  | "joint_assessment"
  | "continued_rehab"
  | "other_positive"
  | "other_exit";

export type Figure =
  | {
      kind: "count";
      measure: CountMeasure;
      gender: "all" | "woman" | "man" | "nonbinary" | "unknown";
      token: NumberToken;
      /** An earlier year's figure in a bracket after this year's ("180 (2022: 170)"); else the report's year. */
      year?: number;
    }
  | {
      kind: "exit_outcome";
      category: ExitCategory;
      token: NumberToken;
      /** An earlier year's destination in a bracket after this year's ("49 (2023: 41) till arbete"). */
      year?: number;
    }
  | {
      kind: "rate";
      indicator: RateIndicator;
      /** The base stated with the rate; null where it waits for the year's exits (`SentenceReading.baseless`). */
      base: number | null;
      token: NumberToken;
    };

export type SetAsideReason =
  | "year"
  | "date"
  | "money"
  | "duration"
  | "thing"
  | "reference"
  | "target"
  | "table_row"
  | "staff"
  | "waiting"
  | "change_from"
  | "change"
  | "prior_year"
  | "overlap"
  | "superseded"
  | "other_body";

export interface SentenceReading {
  figures: Figure[];
  /** Numbers in a sentence about participants whose meaning the grammar could not read. */
  unread: NumberToken[];
  /** Numbers recognised as something that is not a participant figure. */
  setAside: { token: NumberToken; reason: SetAsideReason }[];
  /** Years the sentence names ("under 2023"): a figure belongs to the report's year only if no other year is named. */
  years: number[];
  /** The sentence is about participants (has a participant noun, an exit or a rate cue). */
  figureBearing: boolean;
  /**
   * Rates of the exited that state no base ("Andelen som gick till arbete eller studier var 32
   * procent"): unread here, but their base is the year's exits of the same population, which the
   * document may give elsewhere (`general/reportedRates.ts` settles them). Each token is also in `unread`.
   */
  baseless: { indicator: RateIndicator; token: NumberToken }[];
}

export type RateIndicator = "positive_step_rate_reported" | "work_or_studies_rate_reported";

const MONEY = /^(kr|kronor|krona|tkr|mkr|mnkr|msek|sek|miljoner|miljon|miljarder|mdkr|tusen|euro)$/;
const DURATION =
  /^(år|åren|års|årig|åriga|månader|månad|mån|månaders|veckor|vecka|veckors|dagar|dag|dagars|timmar|timme|tim|minuter|gånger|gång|procentenheter|terminer)$/;
/** Counts of things, not people. */
const THING =
  /^(platser|tjänster|årsarbetare|heltidstjänster|kommuner|medlemmar|\p{L}*insatser|\p{L}*insatserna|projekt|möten|mål|\p{L}*ärenden|remisser|konsultationer|konsultationsremisser|samtal|besök|team|utbildningar|tillfällen|träffar|sammanträden|\p{L}*ansökningar|\p{L}*ansökningarna|\p{L}*avtal|\p{L}*beslut|\p{L}*rapporter|\p{L}*planer|\p{L}*uppdrag|\p{L}*aktiviteter|\p{L}*metoder|arbetssätt|samarbeten|lokaler|rutiner)$/u;
/**
 * THING per word, remembered: its stems that may open a longer word ("\p{L}*insatser") are tried
 * from every letter of the word and backed off from, the dearest look of pass 1, and asked of the
 * same few hundred words after every number.
 */
const countsThing = rememberByText((word) => THING.test(word));
const REFERENCE =
  /^(sidan|sida|sid|s|bilaga|bilagan|not|noten|tabell|diagram|figur|kapitel|avsnitt|punkt|nr|paragraf|§|kl|mål|målområde|version|kommun|medlemskommun|delområde)$/;
const MONTH =
  /^(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec)$/;
/** Words that name the people a count is about. */
const PERSON_NOUN =
  /^(personer|person|deltagare|deltagarna|individer|individ|ungdomar|unga|kvinnor|män|flickor|pojkar|st|stycken|nya|invånare|klienter|brukare|sökande)$/;
/** Other words of participants that make a sentence one about them ("deltagarnas", "individerna"). */
const PEOPLE_WORD = /^(deltagar\p{L}*|individer\p{L}*|individens|personerna)$/u;
const STAFF_NOUN =
  /^(medarbetare|yrkesverksamma|handläggare|anställda|chefer|professionella|tjänstemän|personal|representanter|ledamöter|politiker|deltagande|aktörer|organisationer|verksamheter|arbetsgivare|företag)$/;
const GENDER_NOUN: Record<string, "woman" | "man"> = { kvinnor: "woman", flickor: "woman", män: "man", pojkar: "man" };
/** A gender's word or abbreviation written before its number in a split ("varav kv 121 och m 91"). */
const GENDER_LABEL: Record<string, "woman" | "man"> = {
  kvinnor: "woman",
  kv: "woman",
  k: "woman",
  män: "man",
  m: "man",
};
/**
 * A third group after women and men ("och 5 med annan eller okänd könstillhörighet", "och 3 icke-binära",
 * "2 med okänt kön", "2 personer som inte ville uppge kön"): the words right after its number. Not stated (okänd, ej angivet) is `unknown`, also
 * where it is named with another identity; another identity alone is `nonbinary`.
 */
const THIRD_GENDER =
  /^\s*(?:personer\s+|deltagare\s+)?(?:(icke-?binära?)|(?:med\s+)?((?:annan|annat|okänd|okänt)(?:\s+eller\s+(?:annan|annat|okänd|okänt))?)\s+(?:kön|könstillhörighet|könsidentitet)|((?:som\s+)?(?:inte|ej)\s+(?:ville\s+|vill\s+|har\s+velat\s+|kunde\s+)?(?:uppge|uppgett|angett|ange)\s+(?:sitt\s+)?kön|(?:med\s+)?(?:inte|ej)\s+angivet\s+kön))(?!\p{L})/u;
const thirdGender = (rest: string): "nonbinary" | "unknown" | undefined => {
  const m = THIRD_GENDER.exec(rest);
  if (!m) return undefined;
  // "2 personer som inte ville uppge kön", "3 med ej angivet kön": not stated.
  if (m[3]) return "unknown";
  return m[1] || !/okän/.test(m[2]!) ? "nonbinary" : "unknown";
};
/** Adjectives that may stand between a number and its noun ("45 nya deltagare", "12 unika individer"). */
const ADJECTIVE =
  /^(nya|unika|olika|inskrivna|aktiva|utskrivna|avslutade|nyinskrivna|enskilda|fler|yngre|äldre|unga|vuxna|av)$/;
/** A verb right after a number lets the number stand without a noun ("40 avslutades", "12 till arbete"). */
const VERB_LED =
  /^(fortfarande|kvar|avslutade|avslutades|avslutats|avslutat|har|hade|gick|gått|går|började|börjat|påbörjade|påbörjat|kom|kommit|fick|fått|blev|blivit|skrevs|skrivits|deltog|deltagit|till|som|var|är|vidare|övergick|övergått|fortsatte)$/;

/**
 * A measure as the subject of "var"/"blev", dated by the year at most: "nya under året var", "avslutade
 * deltagare 2024 blev", "deltagarna blev" (the year's participants).
 */
const COPULA_LABEL =
  /^(nya|nyinskrivna|avslutade|inskrivna)( deltagare| personer)?( (under|i) (året|hela året))? (var|blev|uppgick till)$|^deltagarna( (under|i) (året|hela året))? (var|blev|uppgick till)( alltså| därmed| totalt| sammanlagt)?$/;
/** "Deltagarna blev 178.", "Deltagarna under året var 150": the participants as the subject, their count alone after. */
const PARTICIPANTS_SUBJECT =
  /^deltagarna( (under|i) (året|hela året))? (var|blev|uppgick till)( alltså| därmed| totalt| sammanlagt)?$/;

/**
 * A label naming only the participants of the individual interventions ("Deltagare", "Antal deltagare
 * totalt", "Deltagare i individinsatser"); the interventions may be those the federation pays for
 * ("Deltagare i finansierade insatser", "… i våra samfinansierade insatser"), never ongoing ones alone.
 */
const PARTICIPANTS_LABEL =
  /^(antal )?(unika )?(deltagare|personer|individer)( totalt)?( i (förbundets |våra |de |alla |samtliga )?((sam)?finansierade )?(individ\p{L}* |individ)?insatser(na)?)?( (under|för|i)( året| år)?)?$/u;

/**
 * "326 deltagare, varav 184 kvinnor och 142 män.", "412 deltagare under året, varav …", "Samtliga insatser: 134 deltagare, 79 kvinnor och
 * 55 män.": a count with no verb, only its people and their split by gender (after a lead naming all
 * the interventions or the total), as a list of the year's key figures writes it: the year's
 * participants, where the split adds up to the count (checked where it is read). The split may stand
 * in a bracket ("198 deltagare (109 kvinnor, 89 män)"), the new among them after it (", varav 101 nya"),
 * and the lead may be the interventions with the federation's word or a year ("Förbundets samtliga
 * individinsatser 2024:", "2025:", "I korthet:", "Hos oss 2025:", "Totalt"), a document telling it ("Förvaltningsberättelsen
 * anger 196 deltagare (108 kvinnor, 88 män)"), or an answer's tag ("KM: Nej, 311 är individer i insatser 2025
 * (174 kvinnor, 137 män), varav 126 nya"). The count's year may follow its people ("158 deltagare under 2025"),
 * and so may the interventions they took part in ("… individer i insatserna").
 */
const BARE_SPLIT_COUNT =
  /^[^\p{L}\d]*(?:(?:(?:(?:förbundets|våra) )?(?:samtliga|alla) (?:\p{L}+ )?\p{L}*insatser(?:na)?(?: (?:19|20)\d\d)?|(?:förbundet )?(?:totalt|sammanlagt|sammantaget)|(?:19|20)\d\d|i korthet|hos (?:oss|förbundet|samordningsförbundet)(?: (?:19|20)\d\d)?)\s*:[*_]*\s*|(?:totalt|sammanlagt)\s+|(?:\p{L}{1,4}\s*:\s*)?(?:ja|nej)\s*,\s*|svar\s*:\s*|\p{L}*(?:berättelsen|redovisningen|rapporten|uppföljningen|sammanställningen|statistiken|underlaget) (?:anger|angav|redovisar|redovisade)\s+)?(\d{1,3}(?: \d{3})*)\s+(?:(?:är|var)\s+)?(deltagare|personer|individer)(?:\s+i\s+(?:förbundets\s+|våra\s+)?\p{L}*insatser(?:na)?)?(?:\s+(?:under\s+)?(?:året|verksamhetsåret|(?:19|20)\d\d))?\s*(?:,\s*(?:varav\s+)?(\d+)\s+(kvinnor|män)(?:\s*,\s*|\s+och\s+)(\d+)\s+(kvinnor|män)|\(\s*(\d+)\s+(kvinnor|män)(?:\s*,\s*|\s+och\s+)(\d+)\s+(kvinnor|män)\s*\)(?:\s*,\s*varav\s+\d+\s+nya(?:\s+under\s+(?:året|verksamhetsåret))?)?)\s*\.?\s*$/u;

/** The finite verbs of VERB_LED: a number followed by one is the subject of its own clause. */
const OWN_VERB =
  /^(avslutade|avslutades|har|hade|gick|går|började|påbörjade|kom|fick|blev|skrevs|deltog|var|är|övergick|fortsatte)$/;

/** "245 inskrivna, 120 nya och 85 avslutade", "176 deltagare och 88 avslut": the word stands for the noun. */
const MEASURE_ADJECTIVE = /^(inskrivna|nya|nyinskrivna|avslutade|utskrivna|avslut)$/;
const STRUCTURAL =
  /strukturinriktad|strukturell|utbildningsdag|utbildningstillfälle|utbildningsinsats|utbildningar\b|\bnätverk|seminari|föreläsning|konferens|workshop|kompetensutveckl|strukturövergripande|strukturinsats|informationsträff|informationsmöte|informationstillfälle|frukostmöte|inspirationsdag|temadag|kursdag|dialogmöte|samverkansträff|webbinari|informationsinsats|informationsspridning|spridningsaktivitet/;
/**
 * Plans, capacities and cumulative totals: not the year's figures. A span of several years is
 * one too ("under de tre åren", "de senaste fem åren", "under åren 2022–2024", "mellan 2022 och
 * 2024", "under projektperioden"): its count is the span's, never the report year's. Two digits after a
 * year's dash that count people ("deltog under 2025 – 95 kvinnor och 81 män") are a count, no span's end.
 */
/**
 * A span since the federation, its work or an intervention began, in other words than "sedan starten"
 * ("sedan förbundet bildades", "sedan förbundets start", "sedan verksamheten kom igång", "genom åren"):
 * a count over all the years since, never one year's.
 */
export const SINCE_FOUNDING =
  /(?<!\p{L})(?:sedan (?:förbundet|samordningsförbundet|verksamheten|samverkan|insatsen|projektet|vi) (?:bildades|startades|startade|grundades|började|kom igång|drogs igång|drog igång|inleddes|etablerades|tillkom|(?:har )?funnits)|sedan (?:förbundets|samordningsförbundets|verksamhetens|insatsens|projektets) (?:start|bildande|början|tillkomst|uppstart|tillblivelse|första år)|sedan begynnelsen|genom åren|under årens lopp)(?!\p{L})/iu;
// "ackumulerat jan–dec 2025" (a follow-up's year to date at the year's end) is that whole year's, never a span since the start.
const NOT_THE_YEAR_WORDS =
  /föregående år|förra året|\bi fjol|fjolår|tidigare år|jämfört med|(ökat|minskat|ökning|minskning) från|sedan (uppstart|start|starten|insatsen startade|projektet startade)|ackumulerat(?!\s+(?:jan(?:uari)?\s*[–-]\s*dec(?:ember)?|helåret|helår)\s+(?:19|20)\d\d)|totalt sedan|halvår|delår|tertial|kvartal|(?<!\p{L})(de|dessa|alla) (\p{L}+ )?(senaste |gångna |första )?åren(?!\p{L})|(?<!\p{L})under åren(?!\p{L})|(?<!\d)(19|20)\d\d\s*[–-]\s*(?!\d\d\s(?:kvinnor|män|personer|deltagare|individer|unga|nya|av)(?!\p{L}))(19|20)?\d\d(?![\d-])|mellan (19|20)\d\d och (19|20)\d\d|projektperiod|projekttid(?!\p{L})|programperiod/u;
const NOT_THE_YEAR = new RegExp(`${NOT_THE_YEAR_WORDS.source}|${SINCE_FOUNDING.source}`, "u");
/**
 * The year before, named in a number's own clause only ("året innan hade förbundet 130 deltagare");
 * "143 deltagare, ungefär lika många som året innan" compares in another clause and keeps its 143.
 */
const PRIOR_IN_CLAUSE =
  /(^|\s)(året|ett år) (innan|före|dessförinnan|tidigare)\b|\b(föregående|förra) år(et)?(?!\p{L})|\bi fjol\b/u;
/** "… än föregående år, då 241 personer var inskrivna": the number after "då" is the year before's. */
const PRIOR_THEN =
  /(?<!\p{L})(föregående år|förra året|året innan|året före),?\s+då\s+(?:(?:vi|förbundet|insatserna) hade )?$/u;
/**
 * "Det är fler än 2023, då vi hade 184 deltagare": the year before named by its number, its count after
 * "då" (with "vi/förbundet hade" between at most); read only where that year is the one before the report's.
 */
const PRIOR_YEAR_THEN = /(?<!\p{L})än ((?:19|20)\d\d),?\s+då\s+(?:(?:vi|förbundet|insatserna) hade )?$/u;
/** "(resten) fortsatte från 2023", "var kvar från 2023": a year the participants carried over from. */
const CARRIED_FROM = /(?<!\p{L})(?:fortsatte|fortsätter|kvar|kvarstod|följde med|överfördes) från\s+$/u;
/** At most this many words between a figure and the bracket that gives its earlier year's value. */
const BRACKET_NOUN_WORDS = 6;
/** "(föregående år 88)", "(året innan: 88 personer)", "(fg år 88)": a bracket giving the year before's figure. */
const PRIOR_IN_WORDS_BRACKET =
  /^\(\s*(?:föregående år|förra året|året (?:innan|före)|fg\.? år)\s*:?\s*(\d{1,3}(?: \d{3})*(?:,\d+)?)\s*(?:procent|%|personer|deltagare|st)?\s*\)/u;
/** "Året innan var deltagarna 131", "Ett år tidigare avslutades 88": a sentence that opens on the year before (relative to the year it tells of). */
const PRIOR_OPENING = /^(året (innan|före|dessförinnan)|ett år (tidigare|innan))(?!\p{L})/u;
/** "var deltagarna", "var antalet deltagare": the year's participants named with no verb of their own. */
const PARTICIPANTS_WERE = /^(var|blev) (antalet )?(deltagarna|deltagare)$|^(var|blev) de$/;
/** Verbs of a change in a count: "ökade med 41", "minskade från 80 till 65". */
const CHANGE_VERB =
  /^(ökade|ökat|ökar|ökades|minskade|minskat|minskar|minskades|steg|stigit|sjönk|sjunkit|växte|vuxit|föll|fallit)$/;
/** "gick ner med 5", "gått upp med 12": a change said with a particle after "gick". */
const CHANGE_PARTICLE = /^(ner|ned|upp)$/;
const GO_VERB = /^(gick|gått|går)$/;
/** Whether the `k`-th word before token `i` ends a verb of change ("ökade", "gick ner"). */
function changeVerbAt(tokens: Token[], i: number, k: number): boolean {
  const w = wordBefore(tokens, i, k) ?? "";
  if (CHANGE_VERB.test(w)) return true;
  if (CHANGE_PARTICLE.test(w) && GO_VERB.test(wordBefore(tokens, i, k + 1) ?? "")) return true;
  // "minskade däremot med 9", "ökade också med 12": an adverb between the verb and its "med" or "från".
  return CHANGE_ADVERB.test(w) && CHANGE_VERB.test(wordBefore(tokens, i, k + 1) ?? "");
}
/** Adverbs that may stand between a verb of change and its "med": "däremot", "också", "kraftigt". */
const CHANGE_ADVERB =
  /^(däremot|också|även|dock|samtidigt|därmed|alltså|något|kraftigt|rejält|markant|ytterligare|totalt|sammanlagt)$/;
/**
 * A clause that compares what was just said with something else: ", vilket är under målet på 40
 * procent", ", en ökning jämfört med 2023 då 187 personer deltog", ", en minskning från 41 procent året innan",
 * and the outcome set against its goal with no verb: ", något under målet på 40 procent", ", strax över
 * förbundets mål", ", mot målet 30 %", ", mot förbundets mål på 40 procent".
 */
export const COMPARISON_TAIL =
  /,\s*(vilket|men|medan|jämfört|att jämföra|(en|ett) (ökning|minskning|höjning|sänkning|uppgång|nedgång) (med (?:\d[\d ,]*|\p{L}+) (?:procent|%|personer|deltagare) )?(jämfört|i jämförelse|från(?=[^,.;]*(året (innan|före)|föregående år|förra året|i fjol|(19|20)\d\d)))|(?:(?:något|strax|klart|långt|en bit|knappt|precis|just|väl|därmed|alltså) )?(?:under|över|mot) (?:årets |förbundets |verksamhetsplanens |det uppsatta |vårt )?(?:mål|målet|målvärdet|målnivån)(?=\s*(?:på|om|för|var|är|\d|[.,;)]|$)))(?!\p{L})/gu;
/**
 * Capacities and averages in the number's own clause ("45 personer deltar årligen", "20 deltagare
 * åt gången", "hade i snitt 14 deltagare", "18 deltagare per handläggare").
 */
const CAPACITY =
  /årligen|\bper (år|månad|vecka|handläggare|coach|medarbetare|anställd|årsarbetare)\b|varje år|i (genomsnitt|snitt|medeltal)\b|åt gången|\bi taget\b|\bsamtidigt\b/;
/**
 * The first word of a remark on what a label includes: "(även med lönestöd)", "(inkl. subventionerat)",
 * or on how it counts them: "(unika personer)", each person once.
 */
const INCLUSION_REMARK = /^(inkl|inklusive|även|också|exkl|exklusive|unika)$/;
/**
 * People waiting for a place: "i kö", "på väntelistan", "väntar på en plats" ("kön" alone is as
 * often a person's sex: "angett kvinna som kön").
 */
const WAITING = /(?<!\p{L})(i kön?|kölista\p{L}*|väntelista\p{L}*|väntar på|väntande|väntetid)(?!\p{L})/u;
/**
 * A draft's or an earlier version's figures reported as such: "första utkast angav", "i en tidigare
 * version stod", "det preliminära bokslutet visade". A draft named with no verb of saying ("utkastet
 * till budget") is left alone.
 */
/** The words SUPERSEDED opens on: a quick look before its look-behind is tried at every character. */
const MAY_BE_SUPERSEDED = /utkast|tidigare version|preliminär/;
const SUPERSEDED =
  /(?<!\p{L})(?:utkast\p{L}*|tidigare version\p{L}*|preliminär\p{L}*)(?!\p{L})[^.]{0,80}?(?<!\p{L})(?:angav|angavs|uppgav|uppgavs|stod|visade|redovisade)(?!\p{L})/u;
/**
 * People counted in more than one intervention ("fyra personer deltog i två insatser", "12 har haft
 * stöd i flera insatser", "tog del av två insatser"): the overlap between the interventions' counts,
 * never the year's participants. Numbers in the words after the count stand as "#".
 */
const IN_SEVERAL_INTERVENTIONS =
  /(?<!\p{L})(i|av) (#|flera|fler än en|mer än en|båda|bägge|minst två) (olika )?insats(er|erna)?(?!\p{L})/u;
/** A bracket holding a figure of its own: "(mål 2024: 40 %)", "(budget 120)". */
const OWN_FIGURE_BRACKET = /\([^()]*\d[^()]*\)/g;
/**
 * A target, a plan or a hypothesis in the number's clause: "målet är att 80 …", "budgeten förutsätter
 * 60 deltagare", "Utkastet bygger på att 140 personer deltar", "planen utgår från att …", "beräknas",
 * "väntas", "om 80 personer avslutar …" (a condition), "skulle": never an outcome. The words are the
 * lexicon's (`reference/planWords.ts`), shared with the money grammar.
 */
const TARGET = TARGET_WORDS;
const DEST_JOINT =
  /arbete (och\/eller|eller|och|\/) studie|arbete (eller|och) studera|arbete\/studie|arbete, studie|arbeta (eller|och) studera|studier (eller|och) arbete|studera (eller|och) arbeta|studier\/arbete|studie\/arbete/;
/** Every joint phrase of a text (`replace` starts a global pattern at 0 and leaves it there). */
const DEST_JOINT_ALL = new RegExp(DEST_JOINT.source, "g");
const DEST: readonly [ExitCategory, RegExp][] = [
  // "stöd att söka arbete": seeking work is not having found it.
  [
    "work",
    /(?<!\b(söka|söker|sökte|sökt) (ett )?)\b(förvärvs|löne|subventionerat )?arbete\b|\barbeta\b|\banställning\b|\bjobb(et)?\b|arbetsmarknaden(?!s förfogande)/,
  ],
  // "började plugga": the everyday word for it.
  [
    "studies",
    /\bstudier\b|\bstudera\b|\bstudie\b|till utbildning\b|börja(de|t)? (en )?utbildning|börja(de|t)? plugga\b/,
  ],
  // "gick över till att söka arbete på heltid": moving on to seek work; "stöd att söka arbete" is support, not a destination;
  // "stod till arbetsmarknadens förfogande": available for work, not in it.
  [
    "job_seeker",
    /arbetssökande|till arbetsmarknadens förfogande|\b(gick (över|vidare) till|övergick till|började) (att )?(aktivt )?söka (arbete|jobb)\b/,
  ],
  ["joint_assessment", /gemensam(ma)? kartläggning|\bgk\b/],
  // "8 fick en annan positiv stegförflyttning": only "annan"/"andra" makes it a destination of its
  // own; a positive step alone counts every step, work and studies among them.
  ["other_positive", /\b(en )?(annan|andra) positiva? stegförflyttning(ar)?\b/],
  // "fortsatt stöd hos annan aktör": support that goes on with another of the parties is continued rehabilitation;
  // "fortsatt rehab" its short form (as the code list's labels read it).
  [
    "continued_rehab",
    /(fortsatt|vidare till|vidare) rehab(ilitering)?\b|vidare till (annan |fortsatt )?(rehabilitering|vård)\b|^(av (dem|dessa) )?fortsatte till (en )?(annan |fortsatt )?(rehabilitering|vård)\b|^(annan|fortsatt) rehabilitering( ?(\/|eller|och) ?(vård|behandling))?$|^(vård|behandling) ?(\/|eller|och) ?(annan |fortsatt )?rehabilitering$|fortsatt stöd (hos|från|via|inom) (en )?(annan|andra) (aktör|aktörer|part|parter|myndighet|myndigheter|huvudman)\b|fick fortsatt (stöd|hjälp) (någon annanstans|på annat håll|(hos|från|av|i) (vården|sjukvården|psykiatrin|regionen|försäkringskassan))\b/,
  ],
  // "29 avslutades av andra skäl", "13 till annat avslut": the exit's reason is no destination; "… och 12
  // till annat." closing a list of destinations: the rest, never the destination named before it.
  [
    "other_exit",
    /^till (?:annat|övrigt)(?!\p{L})(?! (?:än|sätt|håll)\b)|\bannat avslut|(?<!\p{L})övriga avslut|(?<!bland )\bannat( \/| eller| och)? okänt\b|\bavslutsorsak(en)?[\s–:-]+(annat|annan|övrigt|övriga)(?!\p{L})|\b(avslut\p{L}*|slutade)( \p{L}+){0,3} (av|på grund av|pga) (en |ett )?(annan|annat|andra|övriga) (anledning|anledningar|skäl|orsak|orsaker)\b/u,
  ],
];
/** "fem fortsatte med rehabilitering", "21 fortsatte sin rehabilitering": past tense, so only said of people who have left. */
const REHAB_VERB = /\bfortsatte (med |i |sin |sina )?(annan |vidare |fortsatt )?rehabilitering/;
/** "avbrott eller flytt": a destination's label made only of leaving without one, said only of people who left. */
const DROPPED_OUT = /^(avbrott|flytt|flyttning)((,| eller| och| \/) (avbrott|flytt|flyttning))*$/;
/** "övriga", "resterande", "återstående": the rest of a group, as the word right before a count. */
const REMAINDER = /^(?:övriga|resterande|återstående|kvarvarande)$/;
/** "14 personer av andra orsaker": a reason, which is an exit's only in a sentence about leaving. */
const OTHER_REASON =
  /\b(av|på grund av|pga) (en |ett )?(annan|annat|andra|övriga) (anledning|anledningar|skäl|orsak|orsaker)\b/;
// "141 började under året", "Påbörjade under året: 118": begun in the year, said of people, is new; "började arbeta" is a destination (read first).
const NEW =
  /\bnya\b|\bnyinskriv|skrivits in|skrevs in|skrivit in|tillkommit|nytillkomna|påbörjat(?! (en |sin )?(utbildning|studier))|(påbörjade|började|har börjat) (en |sin |sina )?insats|(^| )påbörjade$|(^| )(började|påbörjade|har börjat|har påbörjat) under året\b|^av (dem|dessa) (var |deltog |kom )?(med )?för första gången\b|^(?:personer |deltagare |individer )?(?:kom|har kommit|hade kommit) till (?:oss|förbundet|någon av (?:våra|förbundets) insatser) för första gången\b/;
/**
 * … "slutade hos oss", "lämnade sin insats"; never "slutade" or "lämnade" alone ("året slutade med
 * …", "lämnade bidrag").
 */
/**
 * "lämnat" as leaving: with nothing after it, an intervention ("lämnat insatsen", "lämnat ett av projekten") or a
 * time; never handing over ("kansliet lämnat till mig", "lämnat samtycke", "lämnat synpunkter").
 */
const EXITED =
  /\bavslutat|\bavslutats|\bavslutades|\bavslutade|\bavslut\b|skrivits ut|skrevs ut|\butskrivna|utskrivits|\blämnat(?=\s*$|\s*[.,;:)]|\s+(?:(?:sin|sina|en|ett|någon|några|vår|våra|de|den|det|förbundets)\s+)?(?:av\s+(?:(?:de|våra|förbundets)\s+)?)?(?:[a-zåäö]*insats[a-zåäö]*|[a-zåäö]*projekt[a-zåäö]*|verksamhet[a-zåäö]*|program[a-zåäö]*|förbundet|oss|under|i|efter|inom|innan|före)\b)|\b(slutade|lämnade) (hos (oss|förbundet)|(i|sin|sina) (insats|insatsen|insatser|insatserna|projektet))\b|^(personer |deltagare )?slutade (under|i) (året|år (19|20)\d\d|(19|20)\d\d)\b/;
const ENROLLED =
  /deltagit|\b(var|varit|är) med i\b|\b(var|varit) (personer|deltagare|individer) med i( (någon|något|en|ett|flera|fler än en|minst en) av)?( [a-zåäö]+){0,2} [a-zåäö]*insats|\b(tog|tagit|tar)( [a-zåäö]+){0,4} emot\b|\binsats(er|erna)? (med|för)( (sammanlagt|totalt|tillsammans))?$|\bdeltog\b|\bdeltar\b|\binskrivna\b|varit inskrivn|fått stöd|fick stöd|\b(fick|fått|får)(?! fortsatt)( [a-zåäö]+){1,2} stöd\b(?! att\b)|\b(fick|fått|får)(?! fortsatt)( [a-zåäö]+){0,2} hjälp (av|hos) (oss|förbundet)\b|\b(gett|gav|ger|erbjudit|erbjöd) stöd till$|tagit del|tog del|\b(tog|tar)( [a-zåäö]+){1,2} del av\b|haft stöd|varit aktuella|omfattats|\bantal(et)? (unika |olika |inskrivna )?(deltagare|inskrivna|personer|individer)\b|\bdeltagarantal(et)?\b|deltagare totalt|totalt antal|\bhaft\b|\bhade\b|\bnått\b|\bnådde\b|\b(mötte|möter|har mött|mött) (våra |förbundets |de )?insatser(na)?\b|\binsatser(na)? (mötte|möter|har mött)\b/;
/**
 * A reporting verb right before the count, its teller before it ("Förbundet redovisar 236 deltagare",
 * "Kansliet noterar 118 …", "rapporterar sammanlagt …", "summerar verksamhetsåret till 204 …"): the
 * verb only says who tells it, so a count of participants after it is the year's (a noun of people
 * must follow, as for any count; "nya", "avslutade" still say which). After a fronted phrase the teller
 * follows the verb ("Efter avstämningen redovisar den slutliga årsredovisningen 144 deltagare"): the
 * federation, its report or its office, never a name.
 */
const REPORTED_COUNT =
  /\b(redovisar|redovisade|rapporterar|rapporterade|noterar|noterade)( (?:den |det )?(?:slutliga |fastställda |färdiga |nya )?(?:samordningsförbundet|förbundet|årsredovisningen|verksamhetsberättelsen|rapporten|redovisningen|kansliet|styrelsen|vi))?( (sammanlagt|totalt|i år|för året))?$|\bsummerar (året|verksamhetsåret)( (19|20)\d\d)? till$/;
/**
 * "Det var 213 deltagare under 2025", "Under 2025 fanns det 213 deltagare i insatserna": there being so
 * many, right before the count, counts the year's participants where the words after it say so, "deltagare"
 * or the interventions; "Det var 120 personer." alone answers whatever was asked (a question's year, a
 * seminar), and is no count of its own.
 */
const THERE_WERE = /\b(det var|var det|det fanns|fanns det)$/;
const THERE_WERE_WHO = /^(?:unika |olika )?deltagare\b|^(?:\p{L}+ ){1,3}(?:i|inom) (?:\p{L}+ )?\p{L}*insats/u;
/**
 * The year's participants named as the group a gender split is of: "Av årets deltagare var",
 * "Bland deltagarna fanns". Not "av de nya deltagarna" (new) nor "av dem" (whoever came before).
 */
const ENROLLED_SPLIT_LEAD = /^(av|bland) (årets |samtliga |alla )?deltagar(na|e)( under året)? (var|är|fanns)$/;
/** Enrolled at the year's end, not during it. */
const ONGOING =
  /vid årets slut|vid årsskiftet|vid utgången av året|\bpågående\b|kvarstår|fortfarande inskrivna|per den 31|den 31 december/;
/**
 * Counted at the year's start or early in it ("Vid årets början var 82 personer inskrivna", "I
 * början av året …", "24 deltagare fanns kvar från föregående år", "ingående antal"): a stock
 * carried in or a part of the year, never the year's enrolled, new or exited ("de ingående
 * insatserna", the constituent ones, says nothing of time).
 */
const AT_START =
  /vid årets (början|start)|vid (ingången|början|starten) av (året|\d{4})|i (början|starten) av året|\bingående (antal|balans)|kvar från (föregående|förra) år|(överförda|överflyttade|med sig) från (föregående|förra) år/;
/**
 * What may stand before "avslutade N sin insats": nothing, a dating phrase, or all the year's participants
 * ("Av deltagarna", "Av dem", "Av samtliga deltagare"); never a part of them ("Av kvinnorna", "Av de unga").
 */
const WHOLE_GROUP_LEAD =
  /^(?:(?:av|bland) (?:deltagarna|dem|dessa|(?:samtliga|alla|årets) deltagar(?:e|na))|under (?:året|(?:19|20)\d\d)|totalt|sammanlagt)? ?(?:avslutade|avslutat|påbörjade|påbörjat)$/;
/**
 * A sentence opening on a part of the exited: "Av kvinnorna som avslutade …", "Bland de unga …", "Av männen …",
 * or on the group before narrowed by age or gender ("Bland dem under 25 år …", "Av dessa som var yngre än 30
 * år …", "Bland deltagarna i åldern 18–24 …", "Av de avslutade kvinnorna …"): never everyone's.
 */
const SUBGROUP_LEAD =
  /^\W*(?:av|bland|för|hos)\s+(?:(?:de\s+)?(?:kvinnor(?:na)?|män(?:nen)?|unga|ungdomarna|yngre|äldre)(?!\p{L})|(?:dem|dessa|deltagarna|de avslutade|de som avslutade)\s+(?:som\s+(?:var|är|hade|har)\s+)?(?:(?:under|över|upp till)\s+(?:\d{1,2}|\p{L}+)\s+år(?!\p{L})|(?:yngre|äldre)\s+än|i åldern|mellan\s+\d{1,2}\s+och\s+\d{1,2}\s+år|\d{1,2}\s*[–-]\s*\d{1,2}\s+år|kvinnor(?:na)?(?!\p{L})|män(?:nen)?(?!\p{L})|unga(?!\p{L})|ungdomar(?:na)?(?!\p{L})))/u;
/** "sin insats", "sina insatser under året": a participant's own intervention, right after a count. */
const OWN_INTERVENTION_AFTER = /^(sin|sina) (insats|insatser|insatsen|rehabilitering)\b/;
/** "under året", "under verksamhetsåret" and nothing more in the clause, right after a count. */
const IN_THE_YEAR_ONLY = /^under (året|verksamhetsåret)(?: (?:och|samt|men)\b.*)?\s*(?:[.,;:!?].*)?$/;
/**
 * "Av dessa är 88 personer inskrivna just nu", "i dagsläget har 40 en pågående insats": a count on the
 * day the text was written, after the report's year has ended; neither the year's nor its year-end stock.
 */
const AT_WRITING = /(?<!\p{L})(just nu|för närvarande|i dagsläget|i nuläget|i skrivande stund|idag|i dag)(?!\p{L})/u;
/** The statistics closed on a day ("när statistiken stängdes den 31 december"): the day the count was taken. */
const STATISTICS_CLOSED =
  /(?<!\p{L})(?:när|då) (?:statistiken|årsstatistiken|uppföljningen) (?:stängdes|sammanställdes|togs ut|summerades|låstes)(?!\p{L})/u;
/** A perfect tense counting everyone so far ("hade deltagit", "har fått stöd"), never those still enrolled. */
const SO_FAR =
  /deltagit|tagit del|fått stöd|haft stöd|(?<!\p{L})haft(?!\p{L})|omfattats|varit inskrivn|varit aktuella/u;
/** "positiv stegförflyttning", "tog ett positivt steg", "positiva steg", "andel positiva avslut": the same outcome in words. */
const POSITIVE_STEP = /positiv(a)? stegförflyttning|positiv[at]? steg(?!\p{L})|positiva avslut(?!\p{L})/u;
/** "… när de lämnade insatsen": leaving one's intervention is an exit; "lämnade bidrag" (grants paid) is not. */
const EXIT_CONTEXT = /avslut|utskriv|lämnat|lämnade (sin|sina|insatsen|insatserna|projektet|verksamheten)\b/;

/** "till annat håll", "på annat håll", "någon annanstans", "annat än …": a destination that is none of the list's. */
const ELSEWHERE =
  /(?<!\p{L})(?:(?:till|på) annat håll|(?:någon )?annanstans|annorstädes|(?:något |någonting )?annat än)(?!\p{L})/u;
/**
 * "annat håll än arbete", "annan sysselsättning än studier", "något annat än arbete eller studier",
 * "andra än arbete": a destination named after "än" is excluded, never the one the count went to.
 */
const OTHER_THAN = /(?<!\p{L})(?:annat|annan|andra|övrigt|övriga)(?: \p{L}+){0,2} än(?!\p{L})/u;
/**
 * Where people went at exit, read from a window of text: one category, several (ambiguous), or
 * none. `exiting`: the sentence speaks of people who left, so a verb phrase may name a destination.
 */
/**
 * Where people are NOT: "unga utanför arbete och studier", "varken arbetar eller studerar", "inte i
 * arbete eller studier". A group so described (a survey's young people outside work, a target group)
 * names no destination anyone went to.
 */
const OUTSIDE_DESTINATION =
  /(?<!\p{L})(?:utanför|varken|ej i|inte i|saknar)\s+(?:(?:\p{L}+\s+){0,2}?)(?:arbete|arbetsmarknaden|sysselsättning|studier|utbildning|arbetar|studerar)(?:\s+(?:och|eller|,)\s*(?:arbete|arbetsmarknaden|sysselsättning|studier|utbildning|arbetar|studerar))*(?!\p{L})/gu;

export function destinationsIn(text: string, exiting = false): ExitCategory[] {
  let t = text.replace(OUTSIDE_DESTINATION, " ");
  const found = new Set<ExitCategory>();
  if (exiting && REHAB_VERB.test(t)) found.add("continued_rehab");
  if (exiting && (OTHER_REASON.test(t) || DROPPED_OUT.test(t.trim()))) found.add("other_exit");
  if (DEST_JOINT.test(t)) {
    found.add("work_or_studies");
    t = t.replace(DEST_JOINT_ALL, " ");
  }
  for (const [cat, re] of DEST) if (re.test(t)) found.add(cat);
  // Work and studies named together are the joint category ("arbete, subventionerat arbete eller studier").
  if (
    (found.has("work") && found.has("studies")) ||
    (found.has("work_or_studies") && (found.has("work") || found.has("studies")))
  ) {
    found.delete("work");
    found.delete("studies");
    found.add("work_or_studies");
  }
  return [...found];
}

/**
 * Another body that may be a clause's subject: an association, a company, a municipality, the region,
 * a state agency, the social services. The federation's own (its project, its interventions) is none.
 */
const OTHER_SUBJECT =
  /^(?:föreningen|företaget|kommunen|regionen|arbetsförmedlingen|försäkringskassan|socialtjänsten|landstinget|stiftelsen|kyrkan|församlingen)$/;
/** A word that makes the noun after it no subject ("från kommunen", "med regionen", "hos Försäkringskassan"). */
const SUBJECT_BREAKER =
  /^(?:från|med|hos|i|inom|via|genom|av|till|för|mot|på|åt|om|och|samt|eller|än|som|mellan|bland|tillsammans)$/;
/** Verbs a body counts its people with ("tog emot", "hade", "nådde"): its subject is whose count it is. */
const COUNTING_VERB =
  /^(?:tog|tar|tagit|har|hade|haft|nådde|når|nått|mötte|möter|mött|hjälpte|hjälper|stöttade|stöttar|skrev|skriver|erbjöd|erbjuder|gav|ger)$/;
/**
 * Whether a clause's words before a count name another body as the subject of its counting verb:
 * "tog föreningen emot", "kommunen hade", "Ekby kommun tog emot", "Region Bergmark hade". The body
 * must stand right before or right after the verb (a body in a clause of its own, "Trots att
 * Arbetsförmedlingen omorganiserades deltog 174 …", is no subject of the count), not after a
 * preposition or a conjunction, and the federation must not be named as well.
 */
function otherBodySubject(beforeText: string): boolean {
  if (beforeText === "") return false;
  const ws = beforeText.split(" ");
  if (ws.some((w) => /^(?:samordnings)?förbundet$|^vi$/.test(w))) return false;
  return ws.some((w, k) => {
    // "ekby kommun", "region bergmark": the body's last word stands next to the verb.
    const named = (w === "kommun" || w === "stad") && k > 0 && !SUBJECT_BREAKER.test(ws[k - 1]!);
    const region = w === "region" && k + 1 < ws.length && !SUBJECT_BREAKER.test(ws[k + 1]!) ? k + 1 : undefined;
    if (!OTHER_SUBJECT.test(w) && !named && region === undefined) return false;
    const first = named ? k - 1 : k;
    const last = region ?? k;
    if (SUBJECT_BREAKER.test(ws[first - 1] ?? "")) return false;
    return COUNTING_VERB.test(ws[last + 1] ?? "") || COUNTING_VERB.test(ws[first - 1] ?? "");
  });
}

/** Verbs a place's count follows right after the place: "I Åby deltog 84 personer", "I Åby fanns 12". */
const PLACE_VERB = /^(?:deltog|deltar|hade|har|fanns|finns)$/;
/**
 * "I Åby deltog 84 personer i förbundets insatser": a clause opening on "I" and a name (capitalised,
 * never the federation) right before its verb and the count counts that place's (a member's) people,
 * whatever the rest of the clause says of the federation's work.
 */
function placeBeforeVerb(before: readonly Token[]): boolean {
  if (before.length !== 3) return false;
  const [inWord, name, verb] = before;
  return (
    inWord?.type === "word" &&
    inWord.text === "I" &&
    name?.type === "word" &&
    /^\p{Lu}\p{Ll}+$/u.test(name.text) &&
    !/^(?:samordnings)?förbundet$/.test(name.lower) &&
    verb?.type === "word" &&
    PLACE_VERB.test(verb.lower)
  );
}

/** "till arbete gick", "Till studier eller utbildning kom": a destination opening the clause, its verb right before the number. */
const FRONTED_DESTINATION = /^(?:\p{L}+ ){0,2}till (?:\p{L}+ ){1,4}(?:gick|kom|har gått|har kommit|gått|kommit)$/u;
const CLAUSE_START =
  /^(vid|under|bland|sedan|därefter|dessutom|efter|före|då|när|har|hade|var|är|blev|det|dessa|totalt|sammanlagt|ytterligare)$/;
const CONJUNCTION = /^(och|samt|medan|men|varav|därav|respektive|resp)$/;
/** ", och förbundet …", ", men vi …": a clause of its own with the federation (or its board) as its subject. */
const OWN_SUBJECT_CLAUSE = /,\s*(?:och|men|medan)\s+(?:förbundet|samordningsförbundet|vi|styrelsen)\s/gu;
/** "vilket", "vilka": a relative clause about what the sentence said, not more of it. */
const RELATIVE_ON_FIGURES = /^(vilket|vilka)$/;
// A question or exclamation mark ends its sentence though a lower-case word runs on after it
// ("Vart gick de 154 som avslutade? arbete 38 · studier 17"): the words after it are no part of its clause.
const isStop = (t: Token | undefined) => t?.type === "punct" && /^[,;:()?!]$/.test(t.text);
const isSentenceStop = (t: Token | undefined) => t?.type === "punct" && /^[;()•?!]$/.test(t.text);
/** The words of the tokens, lower-cased, one space between (one pass: asked for every figure). */
const wordsOf = (tokens: readonly Token[]): string => {
  const words: string[] = [];
  for (const t of tokens) if (t.type === "word") words.push(t.lower);
  return words.join(" ");
};

/** What the paragraph said before a sentence. */
export interface SentenceContext {
  /** Counts of exited participants already read in the paragraph, for the same scope (NaN for a hedged one). */
  exitedBefore?: readonly number[];
  /** The whole-group counts the sentence just before gave, for the same scope (NaN for a hedged one). */
  countsJustBefore?: readonly { measure: CountMeasure; value: number }[];
  /** The report's year, where the caller knows it. */
  year?: number;
  /** A lead ending with a colon on the line right above the sentence ("Avslutade 2024 fördelade på:"). */
  lead?: string;
}

/**
 * "Förra året finansierades insatser för 78 personer under 2021": news published after the year
 * calls the report's year "förra året". Where the sentence names the report's year and no other,
 * the phrase is blanked out (offsets kept) so that it does not make the figures another year's.
 */
const LAST_YEAR = /(?<!\p{L})(förra året|i fjol)(?!\p{L})/giu;
/**
 * The sentence with its phrases of where people are NOT blanked out (offsets kept): "Kartläggningen av
 * unga utanför arbete och studier omfattade 1 260 personer" sends no one to studies, though a clause
 * cut at its "och" would read "studier omfattade 1 260".
 */
/** ", där 120 personer deltog": the words before a "där" clause (up to five) that a count opens. */
const WHERE_CLAUSE_BEFORE =
  /((?:[\p{L}\d]+\s+){0,4}[\p{L}\d]+)\s*,?\s+(?:där|vid vilken|vid vilket|i vilken|i vilket)\s+(?:(?:totalt|sammanlagt|drygt|nästan|omkring|cirka|ca|över|runt|hela|knappt)\s+)?$/u;
/**
 * The head noun of a "där" clause's antecedent: its last word, or the word before a place or time
 * phrase after it ("verksamhet i fem kommuner" → "verksamhet", "hälsoveckan i maj" → "hälsoveckan").
 */
function antecedentHead(words: string): string {
  const w = words.trim().split(/\s+/u);
  // A place or time phrase closes the antecedent when it is its last two or three words.
  let prep = -1;
  for (let k = Math.max(1, w.length - 3); k < w.length - 1; k++)
    if (/^(?:i|inom|på|under|för|över|runt|kring)$/u.test(w[k]!)) prep = k;
  return (prep > 0 ? w[prep - 1] : w.at(-1)) ?? "";
}
/**
 * The federation's own work as a "där" clause's head noun ("fyra insatser, där …", "sju projekt, där …",
 * "verksamhet i fem kommuner, där …"); a conference, a theme day or a fair is none, whoever arranged it.
 */
const OWN_WORK_HEAD =
  /^(?:\p{L}*insats(?:en|er|erna)?|\p{L}*projekt(?:et|en)?|verksamhet(?:en|er|erna)?|\p{L}*team(?:et|en)?|(?:samordnings)?förbundet)$/u;

function outsideDestinationsBlanked(sentence: string): string {
  return /utanför|varken|ej i|inte i|saknar/i.test(sentence)
    ? sentence.replace(OUTSIDE_DESTINATION, (m) => " ".repeat(m.length))
    : sentence;
}

function seenFromLater(sentence: string, year: number | undefined): string {
  if (year === undefined || !/förra året|i fjol/i.test(sentence)) return sentence;
  const years = [...sentence.matchAll(/(?<!\d)(?:19|20)\d\d(?!\d)/g)].map((m) => Number(m[0]));
  if (years.length === 0 || years.some((y) => y !== year)) return sentence;
  return sentence.replace(LAST_YEAR, (m) => " ".repeat(m.length));
}

/**
 * "blev därmed 44 procent", "Det betyder att 39 procent …", "…, vilket innebär att 41 procent …": the
 * rate follows from the figures stated just before.
 */
export const DRAWN_FROM_BEFORE = /\b(därmed|därigenom|alltså|sammantaget|(?:det|vilket) (?:betyder|innebär) att)\b/;
/**
 * "Andelen som gick vidare till arbete eller studier blev 35 procent": a sentence that opens with
 * the share of those who went somewhere, after the paragraph gave its one exit count.
 */
const SHARE_OPENING = /^\s*andel(en)?\s+(som|av (de|dem|deltagarna) som)\b/;
/** "Av de avslutade gick 37 procent …": the same, said before the rate. */
const OF_THE_EXITED_BEFORE =
  /(^|\s)(av|bland) (de|dem|alla|samtliga) (som (har )?)?(avslutade|avslutades|avslutats|avslutat|utskrivna|skrevs ut)(\s+\p{L}+){0,2}\s*$/u;
/** A bracket's measure word ("(2023: 128 avslutade)"): the count it is an earlier year's figure of. */
const BRACKET_MEASURE: Readonly<Record<string, CountMeasure>> = {
  avslutade: "exited",
  nya: "new",
  inskrivna: "enrolled",
};
/** The exits qualified by how they ended ("som avslutat med en positiv lösning", "som avslutades till arbete"). */
const EXITS_ENDED_ONE_WAY =
  /^(?:som )?(?:har )?(?:avslutades|avslutats|avslutat|avslutade|skrevs ut|skrivits ut)(?: (?:sin|sina|insatsen|insatserna|projektet))? (?:med (?:en |ett )?(?:positiv|positivt|lyckat|lyckad)|till (?:arbete|studier|jobb|egen försörjning|egenförsörjning))/u;
/**
 * "Av dem som avslutade en insats under året, 104 personer, gick 29 till arbete": the exits set in
 * commas as an apposition to a fronted "av dem som avslutade …" (the text up to the number); the
 * clause names who left, the number how many.
 */
const APPOSED_EXITS_BEFORE =
  /^\s*(?:av|bland) (?:dem|de|dessa|alla|samtliga) (som (?:har )?(?:avslutades|avslutats|avslutat|avslutade|lämnade|lämnat|slutade|slutat|skrevs ut|skrivits ut)\b[^,.;:()]{0,60}),\s*$/u;
/** A fraction opening the sentence, then a comma: "Nästan hälften,", "En tredjedel,", "Drygt var fjärde,". */
const FRACTION_LEAD =
  /^\s*(?:(?:nästan|drygt|knappt|ungefär|cirka|ca|omkring|runt|mer än|över|under|strax (?:över|under)) )?(?:hälften|en (?:tredjedel|fjärdedel|femtedel)|två tredjedelar|tre fjärdedelar|var (?:annan|tredje|fjärde|femte))\s*,\s*$/u;
/** "104 personer, började …": the apposed count's people, the comma closing it, a verb after it. */
const APPOSED_PEOPLE_AFTER = /^\s*(?:personer|deltagare|individer)\s*,\s*\p{L}/u;
/** The apposition closed after the number: "104 personer, gick …", "104, gick …". */
const APPOSED_EXITS_AFTER = /^\s*(?:(?:personer|deltagare|individer)\s*)?,\s*\p{L}/u;
/** "47 procent av de avslutade": a share of the exited, whose number is stated elsewhere. */
const OF_THE_EXITED =
  /^\s*(%|procent)\s+av\s+((de|dem|alla|samtliga)\s+)?(som\s+(har\s+)?)?(avslutade|avslutades|avslutats|avslutat|utskrivna|skrevs ut|avslut|avsluten)\b/;

/** People who went somewhere at exit, or a positive step, named in a rate's sentence. */
const MOVED =
  /(?<!\p{L})(gick|gått|går|gå|började|börjat|kom|kommit|fick|fått|övergick|övergått|vidare|avslut\p{L}*|stegförflyttning\p{L}*)(?!\p{L})|(?<!\p{L})till (arbete|studier|arbete eller studier)(?!\p{L})/u;
/** A survey's answers and opinions: what people said, not where they went. */
const OPINION =
  /enkät|uppgav|uppger|upplev|ansåg|anser|bedömer|bedömde|svarade|svarat|nöjd|tror |trodde|förutsättningar|önskar/;
/** ", jämfört med 167 personer under 2023", ", jämfört med 130 deltagare året innan": the same people's count for an earlier year. */
const COMPARED_COUNT =
  /,\s*jämfört med (\d{1,3}(?: \d{3})?) (?:personer|deltagare|individer) (?:under |år |under år )?((?:19|20)\d\d|året innan|året före|föregående år)(?![\d\p{L}])\s*[.;]?\s*$/gu;
/**
 * A share of others (the country, the county, other federations, an average) or one expected
 * ("räknar med att 35 procent går vidare"): nothing the federation reports as its own year's.
 */
const ELSEWHERE_OR_AHEAD =
  /nationell|i riket|riks|hela landet|i landet|genomsnitt|snitt(?!\p{L})|länet|andra (samordnings)?förbund|övriga (samordnings)?förbund|jämförbara|räknar med|hoppas|siktar|förväntas|beräknas|prognos/u;
/**
 * ", vilket är i nivå med länets övriga förbund", ", vilket är högre än i riket": a clause after the
 * rate comparing it with others; the others are that clause's, the rate before it is still the
 * sentence's own.
 */
const COMPARED_AFTER =
  /^\s*(?:procent|%)?\s*,\s*(?:vilket|som) (?:är|var|ligger|låg)(?: \p{L}+){0,2} (?:i nivå med|än|jämfört med|i linje med)(?!\p{L})[^\d]*$/u;
/** "45 procent av deltagarna": a share of a group that is not (or not only) the exited. */
const OF_ANOTHER_GROUP =
  /^\s*(%|procent)\s+av\s+(?!((de|dem|alla|samtliga)\s+)?(som\s+(har\s+)?)?(avslutade|avslutades|avslutats|avslutat|utskrivna|skrevs ut)\b)/;
/** "Av årets deltagare gick 45 procent …", "bland deltagarna": the same, said before the rate. */
const OF_ANOTHER_GROUP_BEFORE =
  /(^|\s)(av|bland) (årets |alla |samtliga )?(deltagarna|deltagare|personerna|individerna|de inskrivna)(?!\s+som\s+(har\s+)?(avslut|skrevs ut))/;

/**
 * Whether tokenize would find a number in the text. Most sentences of a report hold none, and
 * this costs far less than cutting them into tokens. Without a digit only a word can be a number,
 * so the words are tried as tokenize tries them.
 */
function holdsNumber(text: string): boolean {
  if (/\d/.test(text)) return true;
  if (!mayHoldNumberWord(text)) return false;
  WORD_TOKEN.lastIndex = 0;
  for (let m = WORD_TOKEN.exec(text); m !== null; m = WORD_TOKEN.exec(text))
    if (parseNumberWord(m[0]) !== undefined) return true;
  return false;
}
/**
 * TOKEN's words and abbreviations, its alternatives 8 and 9: in a text without a digit TOKEN finds
 * these where they stand and nothing else but single marks (no other alternative opens on a letter
 * or holds one without a digit), so the words are the same without trying every alternative at
 * every letter.
 */
const WORD_TOKEN = /c:a|t\.o\.m|t\.ex|bl\.a|s\.k|m\.m|[\p{L}][\p{L}\p{M}]*(?:[/-][\p{L}]+)*/gu;

/** The tokens of every bracket that splits a count by gender: "(89 kvinnor, 67 män)", "(89 kvinnor och 67 män)". */
function genderBracketTokens(tokens: readonly Token[]): Set<number> {
  const inside = new Set<number>();
  tokens.forEach((t, j) => {
    if (t.type !== "punct" || t.text !== "(" || tokens[j - 1]?.type !== "number") return;
    let k = j + 1;
    let genders = 0;
    for (; k < tokens.length; k++) {
      const u = tokens[k]!;
      if (u.type === "word" && GENDER_NOUN[u.lower]) genders++;
      else if (!(
        u.type === "number" ||
        (u.type === "punct" && u.text === ",") ||
        (u.type === "word" && u.lower === "och")
      ))
        break;
    }
    if (tokens[k]?.text === ")" && genders === 2) for (let i = j; i <= k; i++) inside.add(i);
  });
  return inside;
}

/** The last `k` words of words joined by single spaces: `text.split(" ").slice(-k).join(" ")`, without the arrays. */
function lastWords(text: string, k: number): string {
  let at = text.length;
  for (let n = 0; n < k; n++) {
    if (at === 0) return text;
    at = text.lastIndexOf(" ", at - 1);
    if (at < 0) return text;
  }
  return text.slice(at + 1);
}

/**
 * A row of a flattened table ("Kompass 30 21 6 12 10") is not prose: three numbers or more in a run.
 * A gender split in a bracket after a count ("156 (89 kvinnor, 67 män)") is words, not columns, and so
 * are the brackets giving an earlier year's figure.
 */
function isTableRow(
  tokens: readonly Token[],
  priorBrackets: ReadonlyMap<number, unknown>,
  priorYearAt: ReadonlySet<number>,
  priorInWords: ReadonlySet<number>,
): boolean {
  const genderSplit = genderBracketTokens(tokens);
  let run = 0;
  let longest = 0;
  for (let j = 0; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (priorBrackets.has(j) || priorYearAt.has(j) || priorInWords.has(j) || genderSplit.has(j)) continue;
    // "… under 2024 (2023: 128 avslutade)": a year with a colon labels what follows, it is no cell.
    if (t.type === "number" && /^(19|20)\d\d$/.test(t.raw) && tokens[j + 1]?.text === ":") {
      run = 0;
      continue;
    }
    run = t.type === "number" ? run + 1 : t.type === "punct" ? run : 0;
    longest = Math.max(longest, run);
  }
  return longest >= 3;
}

/** Depth of brackets at each token: "8 st (5 st GK)" – a bracketed count is a part of the one before. */
function bracketDepths(tokens: readonly Token[]): number[] {
  const depth: number[] = [];
  let d = 0;
  for (const t of tokens) {
    if (t.type === "punct" && t.text === "(") d++;
    depth.push(d);
    if (t.type === "punct" && t.text === ")") d = Math.max(0, d - 1);
  }
  return depth;
}

/** Read every number in one sentence. */
export function readSentence(written: string, context: SentenceContext = {}): SentenceReading {
  return holdsNumber(written) ? rememberedReading(written, context) : emptyReading();
}

const emptyReading = (): SentenceReading => ({
  figures: [],
  unread: [],
  setAside: [],
  years: [],
  figureBearing: false,
  baseless: [],
});

/**
 * What a context says to the grammar, as text: its year, the lead above, the exits and the counts
 * before (their measures and values, all the grammar reads of them). Strings are given with their
 * lengths, so no two contexts read the same.
 */
function contextKey(context: SentenceContext): string {
  const { year, lead, exitedBefore, countsJustBefore } = context;
  return `${year}|${lead === undefined ? "-" : `${lead.length}:${lead}`}|${exitedBefore?.join(",") ?? "-"}|${
    countsJustBefore?.map((c) => `${c.measure}=${c.value}`).join(",") ?? "-"
  }`;
}

/**
 * readSentence's reading, remembered per sentence and context: a paragraph's sentence is read again
 * as the one before the next, and with what the paragraph gave before it; and a federation's reports
 * repeat their sentences year after year (over the 25x15 synthetic corpus, some 16 000 readings of
 * 150 documents were of 6 000 sentences and contexts). The grammar is pure, and its reading is
 * shared, so frozen (textMemo.ts).
 */
const rememberedReading = rememberByTextWith(readSentenceAfresh, contextKey);

/*
 * The sentence reader's helpers over its tokens, functions of the module rather than closures made
 * per sentence: V8 keeps a closure's optimized code only while an instance of it lives, so those
 * made per call were compiled again after each full collection (extractPool.ts).
 */

/**
 * "32 (38 %) till arbete", "238 deltagare (141 kvinnor och 97 män) varit inskrivna": a bracket of
 * figures or of a gender split right after a number is passed over.
 */
function pastFigureBracketIn(tokens: readonly Token[], j: number): number {
  // "gick 88 personer, eller 38 procent, vidare till arbete": the same figure as a share, set
  // between commas, stands where a bracket would.
  const comma = tokens[j];
  const or = tokens[j + 1];
  const share = tokens[j + 2];
  if (
    comma?.text === "," &&
    or?.type === "word" &&
    /^(eller|dvs|motsvarande)$/.test(or.lower) &&
    share?.type === "number" &&
    share.percent
  ) {
    const unit = tokens[j + 3];
    const close = tokens[j + 4];
    const word = (unit?.type === "word" && unit.lower === "procent") || (unit?.type === "punct" && unit.text === "%");
    if ((word ? close : unit)?.text === ",") return j + (word ? 5 : 4);
  }
  if (!(tokens[j]?.type === "punct" && tokens[j]!.text === "(")) return j;
  let k = j + 1;
  while (
    k < tokens.length &&
    (tokens[k]!.type === "number" ||
      (tokens[k]!.type === "punct" && /^[%,:]$/.test(tokens[k]!.text)) ||
      (tokens[k]!.type === "word" &&
        /^(procent|kvinnor|män|flickor|pojkar|och|varav)$/.test((tokens[k] as WordToken).lower)))
  )
    k++;
  return tokens[k]?.type === "punct" && tokens[k]!.text === ")" && k > j + 1 ? k + 1 : j;
}

/** The k-th word after token i, past a bracket of figures, a "%" or a full stop. */
function nextWordIn(tokens: readonly Token[], i: number, k: number): string | undefined {
  let seen = 0;
  for (let j = pastFigureBracketIn(tokens, i + 1); j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.type === "punct" && (t.text === "%" || t.text === ".")) continue;
    if (t.type !== "word") return undefined;
    if (++seen === k) return t.lower;
  }
  return undefined;
}

/** A sentence's tokens and what does not end a clause in them (`readSentenceAfresh`). */
interface ClauseTokens {
  tokens: readonly Token[];
  /** A year or a count of things inside a clause does not end it. */
  yearAt: ReadonlySet<number>;
  damagedYearAt: ReadonlySet<number>;
}

/** Whether token j ends a clause as a number does. */
function cutsClause(c: ClauseTokens, j: number): boolean {
  return (
    (c.tokens[j]!.type === "number" && !c.yearAt.has(j)) ||
    ((c.tokens[j] as OtherToken).damaged === true && !c.damagedYearAt.has(j))
  );
}

/** Words from the previous number (or a clause stop) up to token i. */
function wordsBefore(c: ClauseTokens, i: number): Token[] {
  const { tokens } = c;
  let j = i - 1;
  while (j >= 0 && !cutsClause(c, j) && !isStop(tokens[j])) j--;
  const window = tokens.slice(j + 1, i);
  // "250 personer deltagit i nätverksträffar och 45 personer": when a noun phrase of people
  // stands before the last "och", the words up to it belong to another figure.
  let conj = -1;
  for (let k = 0; k < window.length; k++) {
    const t = window[k]!;
    if (t.type === "word" && CONJUNCTION.test(t.lower)) conj = k;
  }
  if (
    conj > 0 &&
    window.slice(0, conj).some((t) => t.type === "word" && (PERSON_NOUN.test(t.lower) || STAFF_NOUN.test(t.lower)))
  )
    return window.slice(conj + 1);
  // "Tre blev arbetssökande och 8 fortsatte i rehabilitering": a number with a verb of its own
  // after a conjunction opens a new clause; the destination before it is the other number's.
  const following = tokens[i + 1];
  if (conj >= 0 && following?.type === "word" && OWN_VERB.test(following.lower)) return window.slice(conj + 1);
  return window;
}

/** Words after token i up to the next number or clause stop. */
function wordsAfter(c: ClauseTokens, i: number, pastCommas: boolean): Token[] {
  const { tokens } = c;
  const out: Token[] = [];
  let j = pastFigureBracketIn(tokens, i + 1);
  while (j < tokens.length && !cutsClause(c, j)) {
    const past = pastFigureBracketIn(tokens, j);
    if (past > j) {
      j = past;
      continue;
    }
    if (pastCommas ? isSentenceStop(tokens[j]) : isStop(tokens[j])) break;
    // "245 personer och vid årets slut var …": a conjunction opening a new clause ends this one.
    const t = tokens[j]!;
    const u = tokens[j + 1];
    // "… 8 till studier, vilket ger en andel till arbete eller studier på …": a clause on the
    // figures read so far goes on with no list.
    if (t.type === "punct" && t.text === "," && u?.type === "word" && RELATIVE_ON_FIGURES.test(u.lower)) break;
    if (t.type === "word" && CONJUNCTION.test(t.lower) && u?.type === "word" && CLAUSE_START.test(u.lower)) break;
    // "77 deltagare och av dem påbörjade 35 …": a part of the group opens a clause of its own, whose verb is the part's.
    const v = tokens[j + 2];
    if (
      t.type === "word" &&
      CONJUNCTION.test(t.lower) &&
      u?.type === "word" &&
      u.lower === "av" &&
      v?.type === "word" &&
      /^(dem|dessa|de)$/.test(v.lower)
    )
      break;
    out.push(tokens[j]!);
    j++;
  }
  return out;
}

/** The word that joins a list's last item: "nya: 80 och avslutade 2024: 61". */
const LIST_JOIN = /^(?:och|samt)$/i;

function readSentenceAfresh(written: string, context: SentenceContext): SentenceReading {
  const reading = emptyReading();
  const sentence = outsideDestinationsBlanked(seenFromLater(written, context.year));
  const tokens = tokenize(sentence);
  const lower = sentence.toLowerCase();
  // "Av de 59 som avslutade … . Tretton fick ett arbete och fyra fortsatte med rehabilitering.": once the
  // paragraph has given an exit count, its sentences may name destinations by verb alone.
  const exitContext = EXIT_CONTEXT.test(lower);
  const exiting = exitContext || (context.exitedBefore?.length ?? 0) > 0;
  // One pass over the tokens, no intermediate arrays: every numbered sentence comes here.
  const numbers: (readonly [NumberToken, number])[] = [];
  const words: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type === "number") numbers.push([t, i]);
    else if (t.type === "word") words.push(t.lower);
  }
  if (numbers.length === 0) return reading;
  // "Förvaltningsberättelsens första utkast angav att 142 personer …": what a draft or an earlier
  // version said, corrected since; none of the sentence's numbers is the year's figure.
  if (MAY_BE_SUPERSEDED.test(lower) && SUPERSEDED.test(lower)) {
    for (const [t] of numbers) reading.setAside.push({ token: t, reason: "superseded" });
    return reading;
  }
  // Quick looks at the whole sentence for a word a pattern needs, before the pattern is tried on the
  // words around each number (made of the sentence's words): "då" (PRIOR_THEN, PRIOR_YEAR_THEN),
  // "kö" or "vänt" (WAITING), "insats" (IN_SEVERAL_INTERVENTIONS).
  const thenSaid = lower.includes("då");
  const mayWait = lower.includes("kö") || lower.includes("vänt");
  const mayOverlap = lower.includes("insats");
  reading.figureBearing =
    words.some(
      (w) =>
        PERSON_NOUN.test(w) ||
        ((w.startsWith("deltagar") || w.startsWith("individ") || w.startsWith("person")) && PEOPLE_WORD.test(w)),
    ) ||
    exitContext ||
    POSITIVE_STEP.test(lower);

  // "180 (2022: 170)": the same figure for an earlier year, in a bracket right after this year's.
  const priorBrackets = new Map<number, { year: number; anchor: number; noun?: string }>();
  const priorYearAt = new Set<number>();
  const priorInWords = new Set<number>();
  const priorInWordsSpans: [number, number][] = [];
  tokens.forEach((t, j) => {
    if (t.type !== "punct" || t.text !== "(") return;
    const [y, colon, n, unitOrClose, closeAfterUnit] = tokens.slice(j + 1, j + 6);
    // "(2023: 35 procent)", "(2023: 170 deltagare)": the figure may carry its unit or noun.
    const isUnit = (u: Token | undefined) =>
      (u?.type === "word" && /^(procent|personer|deltagare|st|avslutade|nya|inskrivna)$/.test(u.lower)) ||
      (u?.type === "punct" && u.text === "%");
    const close = isUnit(unitOrClose) ? closeAfterUnit : unitOrClose;
    // The figure the bracket follows: right before it, or before its noun phrase with no stop between
    // ("180 deltagare (2022: 170)", "538 personer inskrivna i förbundets insatser (2022: 497)").
    let anchor = j - 1;
    while (anchor >= j - BRACKET_NOUN_WORDS && tokens[anchor]?.type === "word") anchor--;
    if (
      tokens[anchor]?.type === "number" &&
      y?.type === "number" &&
      /^(19|20)\d\d$/.test(y.raw) &&
      colon?.text === ":" &&
      n?.type === "number" &&
      close?.text === ")"
    ) {
      const noun = close !== unitOrClose && unitOrClose?.type === "word" ? unitOrClose.lower : undefined;
      priorBrackets.set(j + 3, { year: y.value, anchor, noun });
      priorYearAt.add(j + 1);
      return;
    }
    // "36 procent (31 procent 2023)", "180 deltagare (170 år 2022)": the year after the figure.
    const yearAt = j + (isUnit(colon) ? 3 : 2) + (tokens[j + (isUnit(colon) ? 3 : 2)]?.text === "år" ? 1 : 0);
    const [later, shut] = [tokens[yearAt], tokens[yearAt + 1]];
    if (
      tokens[anchor]?.type === "number" &&
      y?.type === "number" &&
      !/^(19|20)\d\d$/.test(y.raw) &&
      later?.type === "number" &&
      /^(19|20)\d\d$/.test(later.raw) &&
      shut?.text === ")"
    ) {
      priorBrackets.set(j + 1, { year: later.value, anchor });
      priorYearAt.add(yearAt);
      return;
    }
    // "94 (föregående år 88)", "(året innan: 88 personer)": the year before's figure, the year named in
    // words; set aside, and its words make no other number of the clause another year's.
    const inWords = PRIOR_IN_WORDS_BRACKET.exec(lower.slice(t.start));
    const figure = inWords ? tokens.findIndex((u) => u.start === t.start + inWords[0].indexOf(inWords[1]!)) : -1;
    if (inWords && tokens[anchor]?.type === "number" && tokens[figure]?.type === "number") {
      priorInWords.add(figure);
      priorInWordsSpans.push([t.start, t.start + inWords[0].length]);
      // "tog 287 personer del av insatserna (föregående år 254)": the year before the report's, in a
      // sentence that names no other year the bracket could be relative to.
      const otherYear = [...lower.matchAll(/(?<!\d)(?:19|20)\d\d(?!\d)/g)].some((m) => Number(m[0]) !== context.year);
      if (context.year !== undefined && !otherYear) priorBrackets.set(figure, { year: context.year - 1, anchor });
    }
  });
  // "Deltagare: 174 · nya: 80 · avslutade 2024: 61": a later item of a list labelled with another
  // year ("label YEAR: figure") names the year of its own figure only, not of the items before it.
  // Both are set aside: the figure is that year's, not the report's, and the year dates nothing else.
  tokens.forEach((t, k) => {
    if (t.type !== "number" || !/^(19|20)\d\d$/.test(t.raw) || t.value === context.year) return;
    if (tokens[k + 1]?.text !== ":" || tokens[k + 2]?.type !== "number") return;
    // The label: up to five words ("personer som avslutades under"), after a comma, a semicolon or
    // "och"/"samt" that follows a figure.
    let w = k - 1;
    while (w >= k - 5 && tokens[w]?.type === "word" && !LIST_JOIN.test(tokens[w]!.text)) w--;
    if (w === k - 1) return;
    const joined = tokens[w]?.text === "," || tokens[w]?.text === ";";
    if (!joined && !(LIST_JOIN.test(tokens[w]?.text ?? "") && tokens[w - 1]?.type === "number")) return;
    const before = tokens.slice(0, w);
    if (!before.some((u) => u.type === "number")) return;
    // "Deltagare 2024: 160, nya 2024: 70": the same year labels an earlier item, so it dates the whole list.
    if (before.some((u) => u.type === "number" && u.raw === t.raw)) return;
    priorYearAt.add(k);
    priorInWords.add(k + 2);
    // "… och under 2024: 150, varav 70 kvinnor": a part of that year's figure is that year's too.
    for (let j = k + 3; j < tokens.length && j <= k + 8; j++) {
      const u = tokens[j]!;
      if (u.type === "number") {
        priorInWords.add(j);
        continue;
      }
      if (u.text === ";" || u.text === "." || (u.type === "word" && LIST_JOIN.test(u.text))) break;
      if (u.type === "word" && !/^(?:varav|därav|av|dem|dessa|kvinnor|män|var|är)$/i.test(u.text)) break;
    }
  });
  const tableRow = isTableRow(tokens, priorBrackets, priorYearAt, priorInWords);
  /** The sentence's comparisons, found once for all its numbers (each opens on a comma). */
  let comparisons: RegExpMatchArray[] | undefined;
  /** Its clauses with the federation as their own subject (`OWN_SUBJECT_CLAUSE`), found once. */
  let ownClauses: RegExpMatchArray[] | undefined;
  /**
   * A target or budget word, or another time ("föregående år", "jämfört med"), makes a number a
   * target, unless the word stands only in a comparison that follows the number's clause: "blev 36
   * procent, vilket är under målet på 40 procent", "deltog 143 personer, jämfört med 130 året innan".
   */
  const target = (tok: NumberToken): boolean => {
    comparisons ??= lower.includes(",") ? [...lower.matchAll(COMPARISON_TAIL)] : [];
    const tail = comparisons.find((m) => m.index! >= tok.end);
    // A semicolon joins clauses that each say their own ("… 76 nyinskrivna; övriga fortsatte från föregående år").
    // So does a conjunction opening a clause with the federation as its subject ("Året innan var
    // deltagarna 158, och förbundet räknar med att passera 200"): each clause says its own.
    let from = lower.lastIndexOf(";", tok.start) + 1;
    let semicolon = lower.indexOf(";", tok.end);
    ownClauses ??= lower.includes(",") ? [...lower.matchAll(OWN_SUBJECT_CLAUSE)] : [];
    for (const m of ownClauses) {
      const at = m.index!;
      if (at + m[0].length <= tok.start) from = Math.max(from, at + m[0].length);
      else if (at >= tok.end && (semicolon < 0 || at < semicolon)) {
        semicolon = at;
        break;
      }
    }
    const to = Math.min(tail?.index ?? lower.length, semicolon < 0 ? lower.length : semicolon);
    let said = lower.slice(from, to);
    for (const [a, b] of priorInWordsSpans)
      if (a >= from && b <= to) said = said.slice(0, a - from) + " ".repeat(b - a) + said.slice(b - from);
    // "35 %  (mål 2024: 40 %)": a bracket after the number with a figure of its own is that figure's
    // target, when it names no year but the report's ("(målet 2025: 45 procent)" may be a plan's).
    // Most clauses hold no bracket: the pattern is not run over them.
    if (said.includes("("))
      said = said.replace(OWN_FIGURE_BRACKET, (m, at: number) =>
        from + at >= tok.end &&
        [...m.matchAll(/(?<!\d)(?:19|20)\d\d(?!\d)/g)].every((y) => Number(y[0]) === context.year)
          ? " ".repeat(m.length)
          : m,
      );
    return TARGET.test(said) || NOT_THE_YEAR.test(said);
  };
  const depth = bracketDepths(tokens);

  /**
   * A number inside a bracket that names it with words of its own before it: "31 % (före insats: 5 %)",
   * "(riket 38 %)", "(målet var 40 %)". The bracket's figure is another time's, group's or target's; a bare
   * bracket ("48 (40 %) gick till arbete eller studier") restates the figure before it and is not meant.
   */
  const labelledBracket = (i: number): boolean => {
    if (depth[i]! === 0) return false;
    for (let k = i - 1; k >= 0; k--) {
      const t = tokens[k]!;
      if (t.type === "punct" && t.text === "(" && depth[k] === depth[i]) return false;
      if (t.type === "word" && depth[k] === depth[i]) return true;
    }
    return false;
  };
  const setAside = (token: NumberToken, reason: SetAsideReason) => reading.setAside.push({ token, reason });
  /**
   * "Arbete (även med lönestöd): 19": a bracketed remark closing a label before its colon says
   * what the label includes, it does not rename it; the label is the words before the bracket.
   */
  const remarkBefore = (colon: number): number => {
    if (!(tokens[colon - 1]?.type === "punct" && tokens[colon - 1]!.text === ")")) return colon;
    let k = colon - 2;
    while (k >= 0 && (tokens[k]!.type === "word" || (tokens[k]!.type === "punct" && /^[./]$/.test(tokens[k]!.text))))
      k--;
    const remark = tokens[k + 1];
    return k >= 0 &&
      k < colon - 2 &&
      tokens[k]!.type === "punct" &&
      tokens[k]!.text === "(" &&
      remark?.type === "word" &&
      INCLUSION_REMARK.test(remark.lower)
      ? k
      : colon;
  };
  /**
   * "32 (38 %) till arbete", "238 deltagare (141 kvinnor och 97 män) varit inskrivna": a bracket of
   * figures or of a gender split right after a number is passed over.
   */
  const nextWord = (i: number, k = 1): string | undefined => nextWordIn(tokens, i, k);
  const prevWord = (i: number) => wordBefore(tokens, i, 1);
  /**
   * "sjönk från 34 till 30 procent", "ökade från 80 till 102": the number after "från" is the
   * value before the change, never this year's figure (nor a count of people who went somewhere).
   */
  const changeFrom = (i: number): boolean => {
    if (prevWord(i) !== "från") return false;
    let j = i + 1;
    while (tokens[j]?.type === "punct" && tokens[j]!.text === "%") j++;
    if (tokens[j]?.type === "word" && /^(procent|st|personer|deltagare)$/.test((tokens[j] as WordToken).lower)) j++;
    return tokens[j]?.type === "word" && (tokens[j] as WordToken).lower === "till" && tokens[j + 1]?.type === "number";
  };

  /** "ökade med 41 personer": the number after a change verb's "med" is the change, never a count. */
  const changeBy = (i: number): boolean => prevWord(i) === "med" && changeVerbAt(tokens, i, 2);
  /**
   * "Antalet deltagare ökade med 41 personer till 268", "… minskade från 80 till 65": the number after
   * "till" is the level the clause's count reached. Returns the index of the change's own number, whose
   * clause names what is counted, or undefined.
   */
  const levelAfterChange = (i: number): number | undefined => {
    if (prevWord(i) !== "till") return undefined;
    let j = i - 2;
    if (tokens[j]?.type === "word" && /^(personer|deltagare|st)$/.test((tokens[j] as WordToken).lower)) j--;
    if (tokens[j]?.type !== "number") return undefined;
    const via = wordBefore(tokens, j, 1);
    return (via === "med" || via === "från") && changeVerbAt(tokens, j, 2) ? j : undefined;
  };

  /** "två nya insatser", "3 olika projekt": adjectives, then a thing the number counts, not people. */
  const countsThingAfterAdjectives = (i: number): boolean => {
    for (let k = 1; k <= 3; k++) {
      const w = nextWord(i, k);
      if (w === undefined || !ADJECTIVE.test(w)) return k > 1 && w !== undefined && countsThing(w);
    }
    return false;
  };

  // "2021–2023", "2023/2024": a period names its years.
  for (const t of tokens)
    if ((t.type === "other" || t.type === "fraction") && /^(19|20)\d\d\s?[-–/]\s?((19|20)?\d\d)$/.test(t.text)) {
      const [a, b] = t.text.split(/\s?[-–/]\s?/);
      reading.years.push(Number(a), Number(b!.length === 2 ? a!.slice(0, 2) + b : b));
    }
  // "under 20 IO": a year damaged by OCR still names a year. Read its look-alikes as digits only to
  // know which year the sentence is about; the damaged token itself is never a figure.
  const damagedYearAt = new Set<number>();
  tokens.forEach((t, j) => {
    if (t.type !== "other" || !t.damaged) return;
    const repaired = t.text.replace(/ /g, "").replace(/[Oo]/g, "0").replace(/[Il|]/g, "1");
    if (/^(19|20)\d\d$/.test(repaired)) {
      reading.years.push(Number(repaired));
      damagedYearAt.add(j);
    }
  });
  // Pass 1: set aside what is clearly not a participant figure.
  const candidates: [NumberToken, number][] = [];
  /** "den 31 december": the year's last day, whose count is of those enrolled at the end. */
  const yearEndAt = new Set<number>();
  /** Numbers right after "föregående år, då": the year before's, read by their own clause (pass 2). */
  const priorThenAt = new Set<number>();
  for (const [tok, i] of numbers) setAsideClearly(tok, i);
  /** Pass 1 for one number: set aside, or a candidate for pass 2. */
  function setAsideClearly(tok: NumberToken, i: number): void {
    // The bracket's year names the bracket's figure, not the sentence's.
    if (priorYearAt.has(i)) {
      setAside(tok, "year");
      return;
    }
    if (priorBrackets.has(i) || priorInWords.has(i)) {
      setAside(tok, "prior_year");
      return;
    }
    const next = nextWord(i);
    const prev = prevWord(i);
    const isYear =
      tok.form === "digits" &&
      Number.isInteger(tok.value) &&
      /^(19|20)\d\d$/.test(tok.raw) &&
      !tok.percent &&
      !(next && PERSON_NOUN.test(next));
    if (isYear) {
      // "resten fortsatte från 2023", "var kvar från 2023": where the others came from, no year a figure is of.
      if (!CARRIED_FROM.test(lower.slice(0, tok.start))) reading.years.push(tok.value);
      setAside(tok, "year");
      return;
    }
    if (tableRow) setAside(tok, "table_row");
    else if ((next && MONTH.test(next)) || (prev && MONTH.test(prev))) {
      setAside(tok, "date");
      if (tok.value === 31 && next !== undefined && /^dec/.test(next)) yearEndAt.add(i);
    } else if (next && MONEY.test(next)) setAside(tok, "money");
    else if (next && DURATION.test(next)) setAside(tok, "duration");
    else if (next && countsThing(next)) setAside(tok, "thing");
    else if (countsThingAfterAdjectives(i)) setAside(tok, "thing");
    else if (prev && REFERENCE.test(prev)) setAside(tok, "reference");
    else if (prev === "åldern" || prev === "ålder" || next === "årsåldern") setAside(tok, "duration");
    else if (
      (thenSaid && PRIOR_THEN.test(lower.slice(0, tok.start))) ||
      (context.year !== undefined &&
        thenSaid &&
        Number(PRIOR_YEAR_THEN.exec(lower.slice(0, tok.start))?.[1]) === context.year - 1)
    ) {
      priorThenAt.add(i);
      candidates.push([tok, i]);
    } else if (target(tok)) setAside(tok, "target");
    else if (changeFrom(i)) setAside(tok, "change_from");
    else if (changeBy(i)) setAside(tok, "change");
    else candidates.push([tok, i]);
  }

  // A year inside a clause ("deltog under 2023 i") does not end it, nor a count of things ("tog
  // förbundets fyra insatser emot 142 deltagare").
  const yearAt = new Set(
    reading.setAside.filter((a) => a.reason === "year" || a.reason === "thing").map((a) => tokens.indexOf(a.token)),
  );
  const clauses: ClauseTokens = { tokens, yearAt, damagedYearAt };
  /** Words from the previous number (or a clause stop) up to token i. */
  const before = (i: number) => wordsBefore(clauses, i);
  /** Words after token i up to the next number or clause stop. */
  const after = (i: number, pastCommas = false) => wordsAfter(clauses, i, pastCommas);
  /** The noun the number counts, skipping adjectives: "45 nya deltagare" → "deltagare". */
  const nounAfter = (i: number): string | undefined => {
    for (let k = 1; k <= 3; k++) {
      const w = nextWord(i, k);
      if (w === undefined) return undefined;
      if (
        PERSON_NOUN.test(w) &&
        // "sju nya medarbetare": "nya" before its noun, a person's or staff's, is no noun of its own.
        !(
          w === "nya" &&
          nextWord(i, k + 1) !== undefined &&
          (PERSON_NOUN.test(nextWord(i, k + 1)!) || STAFF_NOUN.test(nextWord(i, k + 1)!))
        )
      )
        return w;
      if (STAFF_NOUN.test(w)) return w;
      if (!ADJECTIVE.test(w)) return undefined;
    }
    return undefined;
  };

  const counts: { measure: CountMeasure; index: number }[] = [];
  /** The counts of a fraction its rate contradicts (`readRate`): stored from this sentence as nothing. */
  const contradicted = new Set<NumberToken>();
  const lastNumberIndex = numbers.at(-1)![1];
  for (const [tok, i] of candidates) readCandidate(tok, i);

  /**
   * Pass 2 for one candidate: what it counts, read by the words of its clause. Each step is a function
   * of its own, small enough for V8 to optimise quickly: readSentence as one function took over a
   * second to optimise, and again after each deoptimisation.
   */
  function readCandidate(tok: NumberToken, i: number): void {
    if (tok.percent) {
      readRate(tok, i);
      return;
    }
    const noun = nounAfter(i);
    const prev = prevWord(i);
    const next = nextWord(i);
    const integral = Number.isInteger(tok.value) && tok.value >= 0;
    if (!integral) {
      reading.unread.push(tok);
      return;
    }
    if (splitByGender(tok, i, noun, prev)) return;
    const afterText = wordsOf(after(i));
    const beforeText = wordsOf(before(i));
    if (setAsideByClause(tok, i, afterText, beforeText) || earlierYearFigure(tok, i, afterText, beforeText)) return;
    if (noun && STAFF_NOUN.test(noun)) {
      if (STRUCTURAL.test(afterText) || STRUCTURAL.test(beforeText))
        push({ kind: "count", measure: "structural_participants", gender: "all", token: tok }, i);
      else setAside(tok, "staff");
      return;
    }
    // A bracketed count that is not a gender split is a part of another figure ("8 st (5 st GK)").
    if (depth[i]! > 0) {
      reading.unread.push(tok);
      return;
    }
    if (baseFigure(tok, i, prev, afterText)) return;
    if (apposedExits(tok)) {
      push({ kind: "count", measure: "exited", gender: "all", token: tok }, i);
      return;
    }
    if (apposedToFraction(tok, i)) return;
    const changed = levelAfterChange(i);
    if (changed !== undefined) {
      const measure = classify(afterText, wordsOf(before(changed)), changed);
      if (measure?.kind === "count") push({ kind: "count", measure: measure.measure, gender: "all", token: tok }, i);
      else reading.unread.push(tok);
      return;
    }
    labelledOrCounted(tok, i, noun, prev, next, afterText, beforeText);
  }

  /** A gender split: the third group after women and men, a split after its count, a split by labels. */
  function splitByGender(tok: NumberToken, i: number, noun: string | undefined, prev: string | undefined): boolean {
    // "varav 302 kvinnor, 231 män och 5 med annan eller okänd könstillhörighet": the split's third group,
    // right after its women and men, with their measure.
    const third =
      /^(och|samt)$/.test(prev ?? "") || tokens[i - 1]?.text === "," ? thirdGender(lower.slice(tok.end)) : undefined;
    const [w, m] = reading.figures.slice(-2);
    if (
      third &&
      w?.kind === "count" &&
      m?.kind === "count" &&
      new Set([w.gender, m.gender]).size === 2 &&
      [w.gender, m.gender].every((g) => g === "woman" || g === "man") &&
      w.measure === m.measure
    ) {
      reading.figures.push({ kind: "count", measure: w.measure, gender: third, token: tok });
      return true;
    }
    // "varav 20 kvinnor och 15 män": a gender split of the count before it.
    if (noun && GENDER_NOUN[noun] && nextWord(i) === noun) {
      // The anchor is the figure just before, and only if it is a count (a destination has no gender split).
      const last = reading.figures.at(-1);
      const anchor = last?.kind === "count" ? counts.at(-1) : last === undefined ? damagedAnchor(i) : undefined;
      const gender = GENDER_NOUN[noun];
      // "Under året deltog 81 kvinnor och 62 män": a split with no total, counted by its clause's verb.
      // Both genders must be named, and the pair's second takes the first's measure.
      const free = anchor === undefined && !tableRow && depth[i] === 0 ? freeSplit(i, gender) : undefined;
      if (anchor && anchor.measure !== "structural_participants")
        reading.figures.push({ kind: "count", measure: anchor.measure, gender, token: tok });
      else if (free) reading.figures.push({ kind: "count", measure: free, gender, token: tok });
      else reading.unread.push(tok);
      return true;
    }
    // "143 personer deltog i våra insatser, och 81 av dem var kvinnor": one gender's part of the count
    // just before in the sentence, no larger than it.
    const ofThem = OF_THEM_GENDER.exec(lower.slice(tok.end));
    const before = reading.figures.at(-1);
    if (
      ofThem &&
      before?.kind === "count" &&
      before.gender === "all" &&
      before.measure !== "structural_participants" &&
      tok.value <= before.token.value &&
      (prev === "och" || tokens[i - 1]?.text === ",")
    ) {
      reading.figures.push({ kind: "count", measure: before.measure, gender: GENDER_NOUN[ofThem[1]!]!, token: tok });
      return true;
    }
    // "131 deltagare, av vilka 73 var kvinnor och 58 män", "varav 40 är kvinnor", "212 personer …, av dem 118
    // var kvinnor": one gender's part of the count just before, the verb standing between the number and its
    // gender, no larger than the count.
    const copula = PART_LEAD.test(prev ?? "") ? COPULA_GENDER.exec(lower.slice(tok.end)) : null;
    if (
      copula &&
      before?.kind === "count" &&
      before.gender === "all" &&
      before.measure !== "structural_participants" &&
      tok.value <= before.token.value
    ) {
      reading.figures.push({ kind: "count", measure: before.measure, gender: GENDER_NOUN[copula[1]!]!, token: tok });
      return true;
    }
    // "212 st, varav kv 121 och m 91", "291 personer (kvinnor 176, män 115)": the split with each
    // gender's word before its number.
    const genderLabelled = labelledGenderAt(i);
    if (genderLabelled !== undefined) {
      reading.figures.push({
        kind: "count",
        measure: genderLabelled.measure,
        gender: genderLabelled.gender,
        token: tok,
      });
      return true;
    }
    return false;
  }

  /** A capacity, people waiting, people in several interventions: no count of the year's. */
  /**
   * The clause's words after token i, past a time named in it ("under -25", "under 2025": a number
   * after "under"/"år"/"i"), up to the next other number or clause stop; numbers written "#".
   */
  function pastTimeOf(i: number): string {
    const out: string[] = [];
    for (let k = i + 1; k < tokens.length && k <= i + 12; k++) {
      const t = tokens[k]!;
      if (t.type === "punct" && /^[,.;:()]$/.test(t.text)) break;
      if (t.type === "punct" && /^[-–]$/.test(t.text)) continue;
      if (t.type === "number") {
        const w = tokens[k - 1]?.type === "punct" ? tokens[k - 2] : tokens[k - 1];
        if (!(w?.type === "word" && /^(?:under|år|i|sedan)$/.test(w.lower))) break;
        out.push("#");
        continue;
      }
      out.push(t.type === "word" ? t.lower : t.text);
    }
    return out.join(" ");
  }

  function setAsideByClause(tok: NumberToken, i: number, afterText: string, beforeText: string): boolean {
    // "Under 2025 tog föreningen emot 27 deltagare från förbundets insatser", "Kommunen hade 31
    // deltagare": another body as the clause's subject counts that body's people, not the federation's.
    if (otherBodySubject(beforeText) || placeBeforeVerb(before(i))) {
      setAside(tok, "other_body");
      return true;
    }
    if (CAPACITY.test(afterText) || CAPACITY.test(lastWords(beforeText, 3))) {
      setAside(tok, "target");
      return true;
    }
    // "hade 60 personer tidigare deltagit i någon insats": a history of the people, no count of the year's.
    if (countsEarlierParticipation(afterText)) {
      setAside(tok, "prior_year");
      return true;
    }
    // "5 personer står i kö": people waiting for a place are not yet participants.
    if (mayWait && (WAITING.test(afterText) || WAITING.test(beforeText))) {
      setAside(tok, "waiting");
      return true;
    }
    if (
      mayOverlap &&
      (IN_SEVERAL_INTERVENTIONS.test(
        after(i)
          .map((t) => (t.type === "number" ? "#" : t.type === "word" ? t.lower : t.text))
          .join(" "),
      ) ||
        // "Fem personer deltog under -25 i två insatser samtidigt": a year or a date between the count
        // and the words saying they took part in several.
        IN_SEVERAL_INTERVENTIONS.test(pastTimeOf(i)))
    ) {
      setAside(tok, "overlap");
      return true;
    }
    return false;
  }

  /** A count of the year before, by the sentence's opening, a "då" clause or its own clause. */
  function earlierYearFigure(tok: NumberToken, i: number, afterText: string, beforeText: string): boolean {
    // "Året innan var deltagarna 131": a sentence set in the year before as a whole counts that year's
    // participants, where the report's year is known. Only a whole count, never an anchor of a split.
    const prior = PRIOR_OPENING.exec(beforeText);
    if (prior && context.year !== undefined && tokens.slice(0, i).every((t) => t.type !== "number")) {
      const rest = beforeText.slice(prior[0].length).trim();
      const measure = classify(afterText, rest, i);
      if (measure?.kind === "count" && measure.measure !== "structural_participants")
        reading.figures.push({
          kind: "count",
          measure: measure.measure,
          gender: "all",
          token: tok,
          year: context.year - 1,
        });
      else if (measure === undefined && PARTICIPANTS_WERE.test(rest) && afterText === "")
        reading.figures.push({ kind: "count", measure: "enrolled", gender: "all", token: tok, year: context.year - 1 });
      else setAside(tok, "prior_year");
      return true;
    }
    // "Det är fler än föregående år, då 241 personer var inskrivna": the clause after "då" counts the
    // year before's, in a sentence naming no other year than the report's.
    if (priorThenAt.has(i)) {
      const measure =
        context.year !== undefined && reading.years.every((y) => y === context.year || y === context.year! - 1)
          ? classify(afterText, /\shade\s$/.test(lower.slice(0, tok.start)) ? "hade" : "", i)
          : undefined;
      if (measure?.kind === "count" && measure.measure !== "structural_participants" && !tok.approximate)
        reading.figures.push({
          kind: "count",
          measure: measure.measure,
          gender: "all",
          token: tok,
          year: context.year! - 1,
        });
      else setAside(tok, "prior_year");
      return true;
    }
    // "Året innan hade förbundet 130 deltagare": the number's own clause names the year before.
    if (PRIOR_IN_CLAUSE.test(afterText) || PRIOR_IN_CLAUSE.test(beforeText)) {
      setAside(tok, "prior_year");
      return true;
    }
    return false;
  }

  /** "Av dem som avslutades, 58 personer, gick …": the exits in an apposition, never those that ended one way. */
  function apposedExits(tok: NumberToken): boolean {
    const clause = APPOSED_EXITS_BEFORE.exec(lower.slice(0, tok.start));
    return clause !== null && !EXITS_ENDED_ONE_WAY.test(clause[1]!) && APPOSED_EXITS_AFTER.test(lower.slice(tok.end));
  }

  /**
   * "Nästan hälften, 104 personer, började under året": the count set in commas as an apposition to a
   * fraction opening the sentence, counted by the verb after the second comma (new or exited people, or
   * a destination; a part of the year's participants is never their whole).
   */
  function apposedToFraction(tok: NumberToken, i: number): boolean {
    if (!FRACTION_LEAD.test(lower.slice(0, tok.start)) || !APPOSED_PEOPLE_AFTER.test(lower.slice(tok.end)))
      return false;
    const measure = classify(wordsOf(after(i, true)), "", i);
    if (measure?.kind === "exit_outcome") push({ kind: "exit_outcome", category: measure.category, token: tok }, i);
    else if (measure?.kind === "count" && (measure.measure === "new" || measure.measure === "exited"))
      push({ kind: "count", measure: measure.measure, gender: "all", token: tok }, i);
    else reading.unread.push(tok);
    return true;
  }

  /** A base ("av de 85 som avslutades") or a proportion ("sju av tio"). */
  function baseFigure(tok: NumberToken, i: number, prev: string | undefined, afterText: string): boolean {
    // "av de 85 som avslutades", "av 159 utskrivna deltagare": a base, read only by its own noun phrase.
    // "14 av årets 86 avslutade": the year's exits named as the base too.
    const isBase =
      prev === "av" ||
      ((prev === "de" || prev === "dessa" || prev === "totalt" || prev === "årets" || prev === "samtliga") &&
        wordBefore(tokens, i, 2) === "av");
    // "sju av tio avslutade", "3 av 10 deltagare": a proportion, not a count of the exited.
    const proportion =
      prev === "av" &&
      tokens[i - 2]?.type === "number" &&
      (tok.form === "word" || tok.value === 10 || tok.value === 100);
    if (proportion) {
      reading.unread.push(tok);
      return true;
    }
    if (isBase) {
      const np = afterText.split(" ").slice(0, 4).join(" ");
      // "av de 159 som avslutat med en positiv lösning", "av de 40 som avslutades till arbete": the exits
      // that ended one way are a part of the exits, never the year's exits.
      if (EXITS_ENDED_ONE_WAY.test(afterText)) reading.unread.push(tok);
      else if (
        /^(som )?(avslutades|avslutats|avslutat|avslutade|utskrivna|skrevs ut)\b|^(avslutade|utskrivna) (deltagare|personer|individer)|^avslut\b|^(deltagare|deltagarna|personer|individer|individerna) som (har )?(avslutades|avslutats|avslutat|avslutade|skrevs ut|skrivits ut)\b/.test(
          np,
        )
      )
        push({ kind: "count", measure: "exited", gender: "all", token: tok }, i);
      else if (/^(nya|nyinskrivna) /.test(np)) push({ kind: "count", measure: "new", gender: "all", token: tok }, i);
      // "248 avslut av totalt 690 deltagare under året": the exits counted out of the year's
      // participants, the base right after the exit count it is the base of.
      else if (/^(deltagare|personer|individer|inskrivna)\b/.test(np) && exitsRightBefore(i))
        push({ kind: "count", measure: "enrolled", gender: "all", token: tok }, i);
      // "Av de 212 deltagarna var 128 kvinnor och 84 män": the base is all the year's participants,
      // named only by the split that follows it.
      else if (/^(deltagarna|personerna|individerna) (var|är)$/.test(np) && genderPairAt(i + 3))
        push({ kind: "count", measure: "enrolled", gender: "all", token: tok }, i);
      else reading.unread.push(tok);
      return true;
    }
    return false;
  }

  /**
   * "… hälsoveckan i maj, där 120 personer deltog": a count in a "där" clause counts those at what the
   * words before it name. Only where they name the federation's interventions or work ("insatserna, där
   * 150 personer deltog") is it the year's; an event, a place or one named activity is not.
   */
  function attendedWhere(tok: NumberToken): boolean {
    const m = WHERE_CLAUSE_BEFORE.exec(lower.slice(0, tok.start));
    return m !== null && !OWN_WORK_HEAD.test(antecedentHead(m[1]!));
  }

  /** A count named by a label before it, by its noun, a verb after it, or as a part of a group ("33 av dem"). */
  function labelledOrCounted(
    tok: NumberToken,
    i: number,
    noun: string | undefined,
    prev: string | undefined,
    next: string | undefined,
    afterText: string,
    beforeText: string,
  ): void {
    const colon = labelColon(i);
    const afterColon = tokens[colon]?.type === "punct" && tokens[colon]!.text === ":";
    const labelled = afterColon || labelledWithout(i);
    const { ofTheExited, ofTheYears, countedExitsTo, ofThem } = groupOf(i, next, afterText);
    const ofCountedExits = countedExitsTo.length === 1;
    if (
      !noun &&
      !(next && (VERB_LED.test(next) || MEASURE_ADJECTIVE.test(next))) &&
      !labelled &&
      !ofThem &&
      !betweenParticle(prev, next, afterText, beforeText)
    ) {
      if (reading.figureBearing) reading.unread.push(tok);
      return;
    }
    // "Antal deltagare: 245": the label before the colon says what it counts.
    const label = labelled ? wordsOf(afterColon ? before(remarkBefore(colon)) : before(i)) : beforeText;
    // "Antal personer i kö vid periodens slut: 5": the same said by the label.
    if (mayWait && WAITING.test(label)) {
      setAside(tok, "waiting");
      return;
    }
    // "Deltagare i individinriktade insatser: 176": a label that is only the participants counts them.
    const measure =
      (ofCountedExits ? { kind: "exit_outcome" as const, category: countedExitsTo[0]! } : undefined) ??
      // "nya: 80 och avslutade 61": a label with its colon names its own figure, never the label after it
      // across "och"/"samt" ("Övriga avslut: 21 till arbetssökande" is read by the words after it, as before).
      ((afterColon && /^\s*(?:och|samt)(?!\p{L})/iu.test(afterText)) || (labelled && nextLabelAfterOch(i))
        ? classify("", label, i)
        : undefined) ??
      classify(afterText, label, i) ??
      ((labelled && PARTICIPANTS_LABEL.test(label)) ||
      (labelled && !afterColon && PARTICIPANTS_SUBJECT.test(label)) ||
      bareSplitCount(tok, i)
        ? { kind: "count" as const, measure: "enrolled" as const }
        : undefined);
    // Of the year's participants only the new are a count of their own: "hade försörjningsstöd" is some of them.
    if (
      measure === undefined ||
      (measure.kind === "count" && attendedWhere(tok)) ||
      ((ofTheExited || ofCountedExits) && measure.kind !== "exit_outcome") ||
      (ofTheYears && !(measure.kind === "count" && measure.measure === "new"))
    ) {
      reading.unread.push(tok);
      return;
    }
    const bracket = bracketAfter(i);
    if (
      measure.kind === "exit_outcome" &&
      bracket !== undefined &&
      destinationsIn(bracket).some((c) => c !== measure.category)
    ) {
      reading.unread.push(tok);
      return;
    }
    if (measure.kind === "exit_outcome") push({ kind: "exit_outcome", category: measure.category, token: tok }, i);
    else push({ kind: "count", measure: measure.measure, gender: "all", token: tok }, i);
  }

  /** The token before the number past its hedges ("Antal deltagare: ca 245"): a colon there closes a label. */
  function labelColon(i: number): number {
    let colon = i - 1;
    while (
      colon >= 0 &&
      tokens[colon]!.type === "word" &&
      (HEDGES_ONE.has((tokens[colon] as WordToken).lower) ||
        /^(än|strax|mer|fler)$/.test((tokens[colon] as WordToken).lower))
    )
      colon--;
    return colon;
  }

  /** "Antal deltagare 245", "Antalet deltagare var 150 under året": a label before the number, no colon, nothing after it. */
  function labelledWithout(i: number): boolean {
    // "Antal deltagare: 245", "nya deltagare 6 st": a label before the number, nothing after it.
    // "Antalet deltagare var 150 under året", "… 92 under 2025": a dating phrase may close the label's count.
    const trailing = after(i).every(
      (t) =>
        (t.type === "punct" && /^[.!?]$/.test(t.text)) ||
        (t.type === "word" && /^(st|stycken|personer|deltagare|under|hela|året|verksamhetsåret)$/.test(t.lower)) ||
        (t.type === "number" && /^(?:19|20)\d\d$/.test(t.raw)),
    );
    return (
      ((trailing &&
        (i === lastNumberIndex ||
          // "… var 150 under 2025": only a year after it.
          numbers.every(([t, k]) => k <= i || /^(?:19|20)\d\d$/.test(t.raw)) ||
          (tokens[i + 1]?.type === "punct" && tokens[i + 1]!.text === "(") ||
          // "Antalet deltagare uppgick till 212, varav 128 kvinnor": a split follows the labelled count.
          // "Nya deltagare under året var 92, och 79 personer avslutade …": a new clause with a count of its own.
          (tokens[i + 1]?.text === "," &&
            tokens[i + 2]?.type === "word" &&
            (tokens[i + 2]!.text.toLowerCase() === "varav" ||
              (tokens[i + 2]!.text.toLowerCase() === "och" && tokens[i + 3]?.type === "number"))))) ||
        nextLabelAfterOch(i) ||
        // "Nya deltagare var 97 och 88 avslutade sin insats": after "och" a count with its own measure's verb.
        nextCountAfterOch(i)) &&
      (/deltagare|personer|individer|\bantal(et)?\b|\btotalt\b/.test(wordsOf(before(i))) ||
        // "Nya under året 88", "Avslutade under 2024 79": the measure's word and the period it is counted over.
        // "… och avslutade 61": the same after the count before it.
        /^(?:och |samt )?(nya|nyinskrivna|avslutade|inskrivna)(?: (?:under|i) (?:året|verksamhetsåret))?(?: var| blev)?$/.test(
          wordsOf(before(i)),
        ) ||
        // "Nya under året var 49", "Avslutade deltagare under 2024 blev 58": the measure is the subject.
        COPULA_LABEL.test(wordsOf(before(i))))
    );
  }

  /** "… var 97 och 88 avslutade sin insats": "och", a count, and the verb or participle of another measure. */
  function nextCountAfterOch(i: number): boolean {
    const word = (k: number) => (tokens[k]?.type === "word" ? tokens[k]!.text.toLowerCase() : undefined);
    return (
      word(i + 1) === "och" &&
      tokens[i + 2]?.type === "number" &&
      /^(?:avslutade|avslutades|avslutat|började|påbörjade|skrevs|lämnade)$/.test(word(i + 3) ?? "")
    );
  }

  /**
   * "Nya deltagare var 68 och avslutade 61", "Antalet nya blev 118 och antalet avslutade 109", "… var 118, antalet
   * avslutade 109": the next measure's label after "och" or a comma (its "antalet" and noun may be written), with a
   * count of its own.
   */
  function nextLabelAfterOch(i: number): boolean {
    const word = (k: number) => (tokens[k]?.type === "word" ? tokens[k]!.text.toLowerCase() : undefined);
    // "… blev 118, antalet avslutade 109": a comma joins the two labelled counts as "och" does.
    if (word(i + 1) !== "och" && tokens[i + 1]?.text !== ",") return false;
    const k = /^(?:antalet|antal)$/.test(word(i + 2) ?? "") ? i + 3 : i + 2;
    if (!/^(?:nya|avslutade|inskrivna|utskrivna)$/.test(word(k) ?? "")) return false;
    // "antalet avslutade deltagare 109": the label's noun, only after "antalet".
    const m = k > i + 2 && /^(?:deltagare|personer)$/.test(word(k + 1) ?? "") ? k + 1 : k;
    return (
      tokens[m + 1]?.type === "number" || (/^(?:var|blev)$/.test(word(m + 1) ?? "") && tokens[m + 2]?.type === "number")
    );
  }

  /** "33 av dem", "20 av de avslutade", "132 av årets deltagare", "14 av årets 86 avslutade": a part of a group. */
  function groupOf(i: number, next: string | undefined, afterText: string) {
    // "33 av dem fick ett arbete", "97 av dessa var nya": a part of the group just named, counted by its verb.
    // "20 av de avslutade gick till arbete": the same, the group named by its exit, for a destination only:
    // "Tretton av de avslutade var kvinnor" is no count of the exited.
    const ofTheExited =
      next === "av" &&
      nextWord(i, 2) === "de" &&
      /^(avslutade|utskrivna)$/.test(nextWord(i, 3) ?? "") &&
      destinationsIn(afterText, true).length > 0;
    // "132 av verksamhetsårets deltagare var nya": the new among the year's participants (only they, below).
    const ofTheYears =
      next === "av" &&
      /^(årets|verksamhetsårets)$/.test(nextWord(i, 2) ?? "") &&
      /^deltagar(e|na)$/.test(nextWord(i, 3) ?? "");
    // "14 av årets 86 avslutade gick vidare till studier", "9 av de 40 utskrivna fick arbete": the
    // exits' count inside the base, a destination's count before it.
    const baseAt = next === "av" && /^(de|årets|samtliga|alla)$/.test(nextWord(i, 2) ?? "") ? i + 3 : i + 2;
    // "sju av tio avslutade" is a proportion; one destination in the whole rest of the sentence.
    const base = tokens[baseAt];
    const countedExitsTo =
      next === "av" &&
      base?.type === "number" &&
      base.form !== "word" &&
      base.value !== 10 &&
      base.value !== 100 &&
      /^(avslutade|utskrivna)$/.test(nextWord(baseAt) ?? "")
        ? destinationsIn(wordsOf(after(baseAt, true)), true)
        : [];
    const ofThem =
      (next === "av" && /^(dem|dessa)$/.test(nextWord(i, 2) ?? "")) ||
      ofTheExited ||
      ofTheYears ||
      countedExitsTo.length === 1;
    return { ofTheExited, ofTheYears, countedExitsTo, ofThem };
  }

  /** "skrevs 58 in", "fick 24 ett arbete", "började 27 att arbeta": the number between a verb and its particle or destination. */
  function betweenParticle(
    prev: string | undefined,
    next: string | undefined,
    afterText: string,
    beforeText = "",
  ): boolean {
    // "skrevs 58 in": the number stands between a verb and its particle.
    // "fick 24 ett arbete", "fick tolv anställning": the number between a verb and the destination it names;
    return (
      (/^(skrevs|skrivits)$/.test(prev ?? "") && /^(in|ut)$/.test(next ?? "")) ||
      // "Av deltagarna avslutade 69 sin insats", "påbörjade 40 sin insats under året": the number between the
      // verb of leaving or starting and the participant's own intervention counts people (never "avslutade 3
      // insatser", which counts interventions, nor "avslutade 12 av sina …").
      (/^(avslutade|avslutat|påbörjade|påbörjat)$/.test(prev ?? "") &&
        OWN_INTERVENTION_AFTER.test(afterText) &&
        WHOLE_GROUP_LEAD.test(beforeText)) ||
      // "Av dem avslutade 121 under året": the same with only the year after the number, the group the
      // year's participants named before the verb ("Av dem", "Av deltagarna"), never the verb alone.
      (/^(avslutade|påbörjade)$/.test(prev ?? "") &&
        IN_THE_YEAR_ONLY.test(afterText) &&
        WHOLE_GROUP_LEAD.test(beforeText) &&
        /^(?:av|bland) /.test(beforeText)) ||
      // "blev 14 aktivt arbetssökande": the same with "bli".
      (/^(fick|fått|blev|blivit)$/.test(prev ?? "") && destinationsIn(afterText, exiting).length > 0) ||
      // "började 27 att arbeta eller studera": and with "börja", the destination a verb right after
      // ("började 20 i insatsen Arbete först" began an intervention).
      (/^(började|börjat)$/.test(prev ?? "") &&
        /^(att )?(arbeta|studera|jobba)\b/.test(afterText) &&
        destinationsIn(afterText, exiting).length > 0)
    );
  }

  /** The sentence is a bare count and its gender split that adds up to it, this number its count (`BARE_SPLIT_COUNT`). */
  function bareSplitCount(tok: NumberToken, i: number): boolean {
    const m = BARE_SPLIT_COUNT.exec(lower);
    // The split after a comma (groups 3–6) or in a bracket (groups 7–10).
    const [a, g, b, h] = m === null ? [] : m[3] !== undefined ? m.slice(3, 7) : m.slice(7, 11);
    return (
      m !== null &&
      g !== h &&
      Number(m[1]!.replace(/ /g, "")) === tok.value &&
      numbers.find(([t]) => !/^(?:19|20)\d\d$/.test(t.raw))?.[1] === i &&
      Number(a) + Number(b) === tok.value
    );
  }

  /**
   * "varav kv 121 och m 91", "därav kvinnor 121, män 91": a split after "varav" with each gender's
   * word (or its abbreviation) before its number, of the count just before. Read only where both
   * genders are named, each once, and the two add up to that count.
   */
  function labelledGenderAt(i: number): { measure: CountMeasure; gender: "woman" | "man" } | undefined {
    const genderOf = (t: Token | undefined) => (t?.type === "word" ? GENDER_LABEL[t.lower] : undefined);
    const joins = (t: Token | undefined) => t?.text === "," || (t?.type === "word" && /^(och|samt)$/.test(t.lower));
    // The pair's first number is token i or the one three tokens before it.
    const first = genderOf(tokens[i + 2]) !== undefined ? i : i - 3;
    const [lead, g1, n1, join, g2, n2] = tokens.slice(first - 2, first + 4);
    const a = genderOf(g1);
    const b = genderOf(g2);
    if (
      // "(kvinnor 176, män 115)", ", kvinnor 176 och män 115": a bracket or a comma leads the pair as
      // "varav" does, right after the count the pair adds up to, the genders written out ("kv 104"
      // and "m 76" after a bare comma may be anything).
      !(
        (lead?.type === "word" && /^(varav|därav)$/.test(lead.lower)) ||
        (lead?.type === "punct" &&
          (lead.text === "(" || lead.text === ",") &&
          [g1, g2].every((g) => g?.type === "word" && /^(kvinnor|män)$/.test(g.lower)))
      ) ||
      a === undefined ||
      b === undefined ||
      a === b ||
      n1?.type !== "number" ||
      n2?.type !== "number" ||
      !joins(join) ||
      (i !== first && i !== first + 3)
    )
      return undefined;
    const last = reading.figures.at(-1);
    const anchor = counts.at(-1);
    const whole = anchor === undefined ? undefined : tokens[anchor.index];
    if (
      anchor === undefined ||
      anchor.measure === "structural_participants" ||
      whole?.type !== "number" ||
      whole.value !== n1.value + n2.value ||
      !(last?.kind === "count" && (last.token === whole || (i === first + 3 && last.token === n1)))
    )
      return undefined;
    return { measure: anchor.measure, gender: i === first ? a : b };
  }

  /**
   * "1l6 deltagare inskrivna …, varav 64 kvinnor och 52 män": the total is damaged by OCR, but its
   * clause still says what the parts count. Only the damaged token just before the split, with its
   * own person noun, can anchor it.
   */
  function damagedAnchor(i: number): { measure: CountMeasure; index: number } | undefined {
    let j = i - 1;
    // A year between the total and its split ("… under 2019, varav 70 kvinnor") is no figure: pass over it.
    while (j >= 0 && (yearAt.has(j) || (tokens[j]!.type !== "number" && !(tokens[j] as OtherToken).damaged))) j--;
    const t = tokens[j];
    if (!t || t.type !== "other" || damagedYearAt.has(j) || depth[j]! > 0) return undefined;
    const noun = tokens[j + 1];
    if (noun?.type !== "word" || !PERSON_NOUN.test(noun.lower) || GENDER_NOUN[noun.lower]) return undefined;
    const measure = classify(wordsOf(after(j)), wordsOf(before(j)), j);
    if (measure?.kind !== "count" || measure.measure === "structural_participants") return undefined;
    const anchor = { measure: measure.measure, index: j };
    counts.push(anchor);
    return anchor;
  }

  /**
   * The measure of a gender split that has no total: the first of "N kvinnor och M män" takes it
   * from the words of its clause, and only if the other gender follows right after ("och M män");
   * the second takes the first's.
   */
  function freeSplit(i: number, gender: "woman" | "man"): CountMeasure | undefined {
    const last = reading.figures.at(-1);
    if (last?.kind === "count" && last.gender !== "all") {
      const pairedWith = tokens.indexOf(last.token);
      const between = wordsOf(tokens.slice(pairedWith + 2, i));
      return last.gender !== gender && /^(och|samt)$/.test(between) ? last.measure : undefined;
    }
    if (last !== undefined) return undefined;
    const [conj, other, otherNoun] = [tokens[i + 2], tokens[i + 3], tokens[i + 4]];
    const pair =
      conj?.type === "word" &&
      /^(och|samt)$/.test(conj.lower) &&
      other?.type === "number" &&
      otherNoun?.type === "word" &&
      GENDER_NOUN[otherNoun.lower] !== undefined &&
      GENDER_NOUN[otherNoun.lower] !== gender;
    if (!pair) return undefined;
    const measure = classify(wordsOf(after(i + 3)), wordsOf(before(i)), i);
    if (measure?.kind === "count") return measure.measure !== "structural_participants" ? measure.measure : undefined;
    // "Av årets deltagare var 124 kvinnor och 88 män": the group the split is of is the year's participants.
    return measure === undefined && ENROLLED_SPLIT_LEAD.test(wordsOf(before(i))) ? "enrolled" : undefined;
  }

  /** "128 kvinnor och 84 män" starting at token j: both genders, each with its number. */
  function genderPairAt(j: number): boolean {
    const [n1, g1, conj, n2, g2] = tokens.slice(j, j + 5);
    return (
      n1?.type === "number" &&
      n2?.type === "number" &&
      g1?.type === "word" &&
      g2?.type === "word" &&
      conj?.type === "word" &&
      /^(och|samt)$/.test(conj.lower) &&
      GENDER_NOUN[g1.lower] !== undefined &&
      GENDER_NOUN[g2.lower] !== undefined &&
      GENDER_NOUN[g1.lower] !== GENDER_NOUN[g2.lower]
    );
  }

  /** Words of a bracket that follows token i, past its noun and any other bracket ("8 st (33%) (5 st GK)"). */
  function bracketAfter(i: number): string | undefined {
    const parts: string[] = [];
    let j = i + 1;
    while (j < tokens.length && !(tokens[j]!.type === "punct" && tokens[j]!.text === "(")) {
      if (tokens[j]!.type === "number" || isStop(tokens[j])) return undefined;
      j++;
    }
    while (j < tokens.length && tokens[j]!.type === "punct" && tokens[j]!.text === "(") {
      let k = j + 1;
      while (k < tokens.length && !(tokens[k]!.type === "punct" && tokens[k]!.text === ")")) k++;
      parts.push(wordsOf(tokens.slice(j + 1, k)));
      j = k + 1;
    }
    return parts.length ? parts.join(" ") : undefined;
  }

  /** "248 avslut av totalt 690 …": the figure read last is an exit count, the number and its noun right before "av (totalt|de)". */
  function exitsRightBefore(i: number): boolean {
    const last = reading.figures.at(-1);
    if (last?.kind !== "count" || last.measure !== "exited" || last.gender !== "all") return false;
    const at = tokens.indexOf(last.token);
    const between = wordsOf(tokens.slice(at + 1, i));
    return /^(avslut|avslutade|avslutningar|utskrivna|utskrivningar) av( totalt| de)?$/.test(between);
  }

  /** A date on the year's last day ("den 31 december") before token i in its clause. */
  function yearEndBefore(i: number): boolean {
    return dateBefore(i, yearEndAt);
  }

  /** A date in `at` before token i in its clause, no other number between. */
  function dateBefore(i: number, at: ReadonlySet<number>): boolean {
    for (let j = i - 1; j >= 0 && !isStop(tokens[j]); j--) {
      if (at.has(j)) return true;
      if (tokens[j]!.type === "number" && !yearAt.has(j)) return false;
    }
    return false;
  }

  /**
   * "Per den 1 januari fanns 47 personer inskrivna", "Den 1 januari var 47 inskrivna": a stock on
   * the year's first day, in the count's own sentence part (after its last full stop or semicolon);
   * an event on that day ("Insatsen startade den 1 januari.") dates no count.
   */
  function stockOnFirstDay(i: number): boolean {
    const tok = tokens[i];
    if (!tok || tok.type !== "number") return false;
    const head = lower.slice(0, tok.start);
    const part = head.slice(Math.max(head.lastIndexOf(". "), head.lastIndexOf(";")) + 1);
    return /(?<!\p{L})(per (den )?1 jan\p{L}*|den 1 januari (var|fanns|hade))(?!\p{L})/u.test(part);
  }

  function push(f: Figure, i: number) {
    // "Övriga 12 avslutades", "de resterande 40 deltog": the rest of a group named before, never the
    // whole of what the clause counts (a destination the rest went to is still read: "… av annat skäl").
    if (f.kind === "count" && REMAINDER.test(prevWord(i) ?? "")) {
      reading.unread.push(f.token);
      return;
    }
    // "Av kvinnorna som avslutade gick 9 till arbete …": one gender's or age group's destinations, never everyone's.
    if (f.kind === "exit_outcome" && SUBGROUP_LEAD.test(lower)) {
      reading.unread.push(f.token);
      return;
    }
    reading.figures.push(f);
    if (f.kind === "count" && f.gender === "all") counts.push({ measure: f.measure, index: i });
  }

  /**
   * What a count measures. Words after the number decide first; words before it only if
   * those after say nothing ("Under året avslutades 40 individer sina insatser").
   */
  function classify(
    afterText: string,
    beforeText: string,
    i: number,
  ): { kind: "count"; measure: CountMeasure } | { kind: "exit_outcome"; category: ExitCategory } | undefined {
    // "… skrevs 58 in under året", "skrevs 12 ut": a verb and its particle on either side of the number.
    const verb = beforeText.split(" ").pop() ?? "";
    // "… tog 163 personer del av insatserna": the same for "ta del av" and "ta emot".
    // "skrevs 121 personer in": the particle after the number's noun is the verb's all the same.
    const written = /^(skrevs|skrivits)$/.test(verb) ? /^((?:\p{L}+ ){0,2})(in|ut)\b(.*)$/u.exec(afterText) : null;
    const particle = written
      ? written[2]!
      : /^(tog|tar)$/.test(verb)
        ? (/^(\p{L}+ ){0,2}(del av|emot)\b/u.exec(afterText)?.[0] ?? "")
        : // "fick 132 personer stöd i förbundets insatser": "få stöd" around the number and its noun.
          /^(fick|fått|får)$/.test(verb)
          ? (/^(\p{L}+ ){0,2}(stöd\b(?! att\b)|hjälp (av|hos) (oss|förbundet)\b)/u.exec(afterText)?.[0] ?? "")
          : // "Under 2025 var 164 personer med i insatserna": "vara med i" around the number and its noun.
            /^(var|varit)$/.test(verb)
            ? (/^(personer|deltagare|individer) med i ((?:någon|något|en|ett|flera|fler än en|minst en) av )?(\p{L}+ ){0,2}\p{L}*insats\p{L}*/u.exec(
                afterText,
              )?.[0] ?? "")
            : "";
    const joined = written ? `${verb} ${written[2]} ${written[1]}${written[3]}` : `${verb} ${afterText}`;
    // "Till arbete gick 21 av de avslutade och till studier gick 12": a destination set before the
    // number is its own; one after "och" opens the next clause, the next number's.
    const fronted = FRONTED_DESTINATION.test(beforeText) ? destinationsIn(beforeText, exiting) : [];
    if (
      fronted.length === 1 &&
      !NEW.test(beforeText) &&
      !ENROLLED.test(beforeText) &&
      destinationsIn(afterText.split(/\b(?:och|samt|men)\b/)[0]!, exiting).length === 0
    )
      return { kind: "exit_outcome", category: fronted[0]! };
    const texts = particle ? [joined, beforeText] : [afterText, beforeText];
    for (const text of texts) {
      if (text.trim() === "") continue;
      const structural = STRUCTURAL.test(text);
      const dests = destinationsIn(text, exiting);
      // "… och 12 till annat håll": a count sent elsewhere by its own words takes no destination
      // from the words before it ("6 till arbete och …").
      // "35 till annat håll än arbete eller studier": what "än" names is where they did not go.
      if (text === afterText && (OTHER_THAN.test(text) || (dests.length === 0 && ELSEWHERE.test(text))))
        return undefined;
      const isNew = NEW.test(text);
      const exited = EXITED.test(text);
      const enrolled =
        ENROLLED.test(text) ||
        (text === beforeText &&
          (REPORTED_COUNT.test(text) || (THERE_WERE.test(text) && THERE_WERE_WHO.test(afterText))));
      // "deltagit i förbundets insatser och utbildningar" mixes individual and structural work.
      const individual = /\binsats(er|erna|en)?\b/.test(text) && !/struktur\p{L}* insats/u.test(text);
      if (structural)
        return dests.length || isNew || exited || individual
          ? undefined
          : { kind: "count", measure: "structural_participants" };
      if (dests.length) {
        if (isNew || enrolled) return undefined;
        // A destination list may run on past a comma; another destination there makes it ambiguous.
        const wide = destinationsIn(wordsOf(after(i, true)), exiting);
        const all = new Set([...dests, ...(text === afterText ? wide : [])]);
        const merged = destinationsIn([...all].map((c) => DEST_WORDS[c]).join(" eller "));
        return merged.length === 1 ? { kind: "exit_outcome", category: merged[0]! } : undefined;
      }
      // "Vid årets slut var 198 personer inskrivna": the number's own clause, either side;
      // "Den 31 december 2024 var 77 deltagare inskrivna": the year's last day before it in its clause.
      if (AT_START.test(afterText) || AT_START.test(beforeText) || stockOnFirstDay(i)) return undefined;
      if ((enrolled || isNew) && (AT_WRITING.test(afterText) || AT_WRITING.test(beforeText))) return undefined;
      // "När statistiken stängdes den 31 december hade våra insatser haft 318 deltagare": the year's last
      // day is when the statistics closed, and the perfect tense counts everyone the year had.
      const statisticsClosed =
        enrolled && STATISTICS_CLOSED.test(lower) && (SO_FAR.test(afterText) || SO_FAR.test(beforeText));
      const ongoing = !statisticsClosed && (ONGOING.test(afterText) || ONGOING.test(beforeText) || yearEndBefore(i));
      // "Vid årets slut hade 132 personer deltagit": all the year's, counted at its end, or those
      // still enrolled? The perfect tense says the first, the time the second: neither is stored.
      if (ongoing && enrolled && (SO_FAR.test(afterText) || SO_FAR.test(beforeText))) return undefined;
      const hits = [isNew && "new", exited && "exited", enrolled && (ongoing ? "ongoing" : "enrolled")].filter(
        Boolean,
      ) as CountMeasure[];
      // "45 nya deltagare har skrivits in": new; "avslutade" beside "inskrivna" is ambiguous.
      if (hits.length === 1) return { kind: "count", measure: hits[0]! };
      if (hits.length > 1) return undefined;
    }
    return undefined;
  }

  /** A share alone in a bracket right after a count: "24 (27 procent)", "48 (40 %)". */
  function sharesCount(i: number): boolean {
    const open = tokens[i - 1];
    const count = tokens[i - 2];
    let k = i + 1;
    while (k < tokens.length && !(tokens[k]!.type === "punct" && tokens[k]!.text === ")")) {
      if (tokens[k]!.type === "number") return false;
      k++;
    }
    return open?.type === "punct" && open.text === "(" && count?.type === "number" && k < tokens.length;
  }

  /**
   * "20 av 70 (64 procent)", "64 procent (20 av 70)": the fraction written beside a rate as its two
   * tokens; undefined where none stands beside it. One in words ("två av tre") is the rate rounded.
   */
  function fractionBeside(i: number): [NumberToken, NumberToken] | undefined {
    const [n, av, m, open] = [tokens[i - 4], tokens[i - 3], tokens[i - 2], tokens[i - 1]];
    if (open?.text === "(" && av?.type === "word" && av.lower === "av" && n?.type === "number" && m?.type === "number")
      return [n, m];
    let j = i + 1;
    if (tokens[j]?.type === "word" && (tokens[j] as WordToken).lower === "procent") j++;
    const [open2, n2, av2, m2] = [tokens[j], tokens[j + 1], tokens[j + 2], tokens[j + 3]];
    if (
      open2?.text === "(" &&
      av2?.type === "word" &&
      av2.lower === "av" &&
      n2?.type === "number" &&
      m2?.type === "number"
    )
      return [n2, m2];
    return undefined;
  }

  /** The figures of brackets giving an earlier year's value after this year's. */
  function priorBracketFigures(): void {
    // "Antalet deltagare var 180 (2022: 170)": the bracket's figure counts what this year's does, for its year.
    for (const [k, { year, anchor, noun }] of priorBrackets) {
      let main = reading.figures.find((f) => f.token === tokens[anchor]);
      // "… 113 personer, varav 64 kvinnor och 49 män (2023: 97 personer)": a bracket naming people, not a
      // gender, after a split is the whole count's, the one the split is of.
      if (main?.kind === "count" && main.gender !== "all" && /^(personer|deltagare)$/.test(noun ?? "")) {
        const measure = main.measure;
        const at = tokens[anchor]!.start;
        main = reading.figures
          .filter((f) => f.kind === "count" && f.gender === "all" && f.measure === measure && f.token.start < at)
          .at(-1);
      }
      // "… de 140 deltagare som avslutades under 2024 (2023: 128 avslutade)": a bracket naming its measure
      // after a year is the one count of that measure before it.
      const named = noun === undefined ? undefined : BRACKET_MEASURE[noun];
      if (main === undefined && named !== undefined) {
        const same = reading.figures.filter(
          (f) =>
            f.kind === "count" &&
            f.gender === "all" &&
            f.measure === named &&
            f.year === undefined &&
            f.token.start < tokens[k]!.start,
        );
        if (same.length === 1) main = same[0];
      }
      if (main?.kind === "count" && main.gender === "all" && (named === undefined || main.measure === named))
        reading.figures.push({
          kind: "count",
          measure: main.measure,
          gender: "all",
          token: tokens[k] as NumberToken,
          year,
        });
      // "49 (2023: 41) till arbete": the same destination, for the bracket's year.
      else if (main?.kind === "exit_outcome" && main.year === undefined)
        reading.figures.push({ kind: "exit_outcome", category: main.category, token: tokens[k] as NumberToken, year });
    }
  }

  /** Counts compared with ("jämfört med 167 personer under 2023"): the earlier year's. */
  function comparedCounts(): void {
    // "… deltog 183 personer, jämfört med 167 personer under 2023": the same count, for the earlier
    // year it is compared with, when the sentence gave one whole count before the comparison.
    if (context.year !== undefined && lower.includes("jämfört med"))
      for (const m of lower.matchAll(COMPARED_COUNT)) {
        const year = /^\d{4}$/.test(m[2]!) ? Number(m[2]) : context.year - 1;
        const at = m.index + m[0].indexOf(m[1]!, "jämfört med".length);
        const token = numbers.find(([t]) => t.start === at)?.[0];
        const before = reading.figures.filter(
          (f) => f.kind === "count" && f.gender === "all" && f.token.end <= m.index,
        );
        const main = before[0];
        if (year >= context.year || !token || before.length !== 1 || main?.kind !== "count") continue;
        if (main.measure === "structural_participants" || token.approximate || main.year !== undefined) continue;
        reading.setAside = reading.setAside.filter((a) => a.token !== token);
        reading.figures.push({ kind: "count", measure: main.measure, gender: "all", token, year });
      }
  }

  /** What a rate is of: a positive step, or work or studies (by the destinations it names). */
  function rateIndicator(tok: NumberToken, i: number, rest: string): RateIndicator | undefined {
    // "24 (27 procent) till arbete och 11 (13 procent) till studier": a share in a bracket right after a
    // count is that count's, of the destination named between the bracket and the next number.
    const closing = sharesCount(i) ? lower.indexOf(")", tok.end) : -1;
    const nextNumber = numbers.find(([t]) => t.start > closing)?.[0].start ?? lower.length;
    const dest =
      closing >= 0
        ? destinationsIn(lower.slice(closing + 1, nextNumber))
        : destinationsIn(rest).length
          ? destinationsIn(rest)
          : destinationsIn(lower.slice(0, tok.start));
    const genderShare = /^\s*(%|procent)?\s*(av deltagarna )?(var |är )?(kvinnor|män)\b/.test(rest);
    // "Andelen med positiv stegförflyttning var 58 procent och andelen till arbete eller studier 36
    // procent": each rate's own stretch of the sentence, between the rates beside it, names it.
    const rates = numbers.filter(([t]) => t.percent).map(([t]) => t);
    const k = rates.indexOf(tok);
    const own = lower.slice(rates[k - 1]?.end ?? 0, rates[k + 1]?.start ?? lower.length);
    return genderShare
      ? undefined
      : POSITIVE_STEP.test(own)
        ? "positive_step_rate_reported"
        : dest.join() === "work_or_studies"
          ? "work_or_studies_rate_reported"
          : undefined;
  }

  /** The bases written beside the rate or in its sentence. */
  function basesStated(tok: NumberToken, i: number): Set<number> {
    const bases = new Set<number>();
    let j = i + 1;
    while (j < tokens.length && tokens[j]!.type === "punct" && /[%(]/.test(tokens[j]!.text)) j++;
    if (tokens[j]?.type === "word" && (tokens[j] as WordToken).lower === "procent") j++;
    while (j < tokens.length && tokens[j]!.type === "punct" && tokens[j]!.text === "(") j++;
    const frac = tokens[j];
    if (frac?.type === "fraction") bases.add(Number(frac.text.split("/")[1]!.trim()));
    // "(62 av 176)", "(n=130)", "(n = 130)" right after the rate.
    const t1 = tokens[j];
    const t2 = tokens[j + 1];
    const t3 = tokens[j + 2];
    if (
      t1?.type === "number" &&
      t2?.type === "word" &&
      t2.lower === "av" &&
      t3?.type === "number" &&
      tokens[j - 1]?.text === "("
    )
      bases.add(t3.value);
    if (t1?.type === "word" && t1.lower === "n" && t2?.type === "punct" && t2.text === "=" && t3?.type === "number")
      bases.add(t3.value);
    for (const [other, k] of numbers) {
      if (other === tok || other.percent) continue;
      const p1 = wordBefore(tokens, k, 1);
      const p2 = wordBefore(tokens, k, 2);
      const isBase = p1 === "av" || ((p1 === "de" || p1 === "dessa" || p1 === "totalt") && p2 === "av");
      const np = wordsOf(after(k)).split(" ").slice(0, 4).join(" ");
      // "Två av tre (64 procent) av dem som avslutade": "N av M" in words whose quotient is the rate
      // restates the rate as a fraction; M is no count of anyone. In digits ("45 av 70 (64 procent)")
      // M is the count the rate is of.
      const over = p1 === "av" ? tokens[k - 2] : undefined;
      const restates =
        over?.type === "number" &&
        other.form === "word" &&
        other.value > 0 &&
        Math.abs((over.value / other.value) * 100 - tok.value) <= 5;
      if (isBase && !restates && EXIT_CONTEXT.test(np) && Number.isInteger(other.value)) bases.add(other.value);
    }
    return bases;
  }

  /** The base the paragraph gave: its one exit count, where the sentence points back to it. */
  function baseBefore(tok: NumberToken, rest: string, bases: Set<number>): void {
    // "… blev 47 procent av de avslutade": the base is the exit count the paragraph already gave, if it gave one.
    // "Andelen … blev därmed 44 procent": a rate drawn from the figures just given, whose base is that exit count.
    if (
      bases.size === 0 &&
      (OF_THE_EXITED.test(rest) ||
        DRAWN_FROM_BEFORE.test(lower) ||
        SHARE_OPENING.test(lower) ||
        OF_THE_EXITED_BEFORE.test(lower.slice(0, tok.start)))
    ) {
      // A hedged count ("drygt 40 avslutades") is no base: it stands as NaN, which is never one.
      const own = reading.figures
        .filter((f) => f.kind === "count" && f.measure === "exited" && f.gender === "all")
        .map((f) => (f.token.approximate ? NaN : f.token.value));
      const stated = [...new Set([...(context.exitedBefore ?? []), ...own])];
      if (stated.length === 1 && Number.isInteger(stated[0])) bases.add(stated[0]!);
    }
    // "… avslutade sin insats och av dessa gick 37 procent …": the base is the one exit count before.
    if (bases.size === 0 && /\bav (dessa|dem)\b/.test(lower.slice(0, tok.start))) {
      const exitedBefore = reading.figures.filter(
        (f) => f.kind === "count" && f.measure === "exited" && f.gender === "all",
      );
      if (exitedBefore.length === 1) bases.add(exitedBefore[0]!.token.value);
    }
    // "Totalt avslutades 120 deltagare. Av dessa gick 45 procent till arbete eller studier.": the base
    // is the sentence before's count, when that sentence gave one count and it was of the exited.
    const just = context.countsJustBefore ?? [];
    if (
      bases.size === 0 &&
      /^\s*(av|bland) (dessa|dem)\b/.test(lower) &&
      just.length === 1 &&
      just[0]!.measure === "exited" &&
      Number.isInteger(just[0]!.value)
    )
      bases.add(just[0]!.value);
  }

  function readRate(tok: NumberToken, i: number) {
    if (tok.value < 0 || tok.value > 100 || labelledBracket(i)) {
      reading.unread.push(tok);
      return;
    }
    // "20 av 70 (64 procent)": a share its own fraction does not give (beyond a rate's rounding) says
    // one of the three figures is a misprint, and none says which: the rate and the fraction's two
    // counts are read from this sentence as nothing.
    const fraction = fractionBeside(i);
    if (
      fraction &&
      fraction[0].form === "digits" &&
      fraction[1].form === "digits" &&
      fraction[1].value > 0 &&
      Math.abs((fraction[0].value / fraction[1].value) * 100 - tok.value) > 1
    ) {
      reading.unread.push(tok);
      for (const t of fraction) contradicted.add(t);
      return;
    }
    // What the rate is of: the words after it, or else the words before ("Andelen som gått till arbete eller studier var 35 %").
    const rest = lower.slice(tok.end);
    const indicator = rateIndicator(tok, i, rest);
    if (!indicator) {
      if (reading.figureBearing) reading.unread.push(tok);
      return;
    }
    // The base: "(92/159)" right after the rate, or "av (de) 85 som avslutades" in the sentence; else one
    // the paragraph gave.
    const bases = basesStated(tok, i);
    if (bases.size === 0) baseBefore(tok, rest, bases);
    if (bases.size !== 1) {
      reading.unread.push(tok);
      // "45 procent av deltagarna", "Av årets deltagare gick 45 procent …": a share of another group.
      // Only a share of people who went somewhere ("gick till arbete", "till arbete eller studier"),
      // never an opinion ("uppgav 81 procent att de hade bättre förutsättningar att arbeta").
      if (
        bases.size === 0 &&
        // "Arbete eller studier: 31 %": a labelled line of a summary names the share by its destination alone.
        (MOVED.test(lower) || /:\s*$/.test(lower.slice(0, tok.start))) &&
        !OPINION.test(lower) &&
        !ELSEWHERE_OR_AHEAD.test(lower.slice(0, tok.end) + rest.replace(COMPARED_AFTER, "")) &&
        !OF_ANOTHER_GROUP.test(rest) &&
        !OF_ANOTHER_GROUP_BEFORE.test(lower.slice(0, tok.start))
      )
        reading.baseless.push({ indicator, token: tok });
      return;
    }
    reading.figures.push({ kind: "rate", indicator, base: [...bases][0]!, token: tok });
  }

  priorBracketFigures();
  comparedCounts();
  if (contradicted.size > 0) {
    reading.figures = reading.figures.filter((f) => !contradicted.has(f.token));
    reading.unread.push(...contradicted);
  }
  comparedAlone(lower, numbers, reading, context);
  destinationList(sentence, tokens, reading, context);
  bracketedDestinations(sentence, tokens, reading);
  // "Antal deltagare: 143 (varav nya 61)", "Avslutade: 57 (arbete 15, studier 6)": parts labelled in a bracket.
  readCountBracketParts(sentence, tokens, reading, destinationsIn);
  // Outside sentences about participants an unclassified number is no one's business here.
  if (!reading.figureBearing) reading.unread = [];
  return reading;
}

/** "Att jämföra med 198 deltagare året innan.": a sentence that is only an earlier year's count to compare with. */
const COMPARED_ALONE =
  /^\s*(?:att jämföra med|jämfört med|det kan jämföras med|detta kan jämföras med|som jämförelse kan nämnas) (\d{1,3}(?: \d{3})?) (?:personer|deltagare|individer) (?:under |år |under år )?((?:19|20)\d\d|året innan|året före|föregående år)\s*[.!]?\s*$/u;

/**
 * The earlier year's count of `COMPARED_ALONE`: the same people as the one whole count the
 * sentence just before gave (for the same owner), for the year it names.
 */
function comparedAlone(
  lower: string,
  numbers: readonly (readonly [NumberToken, number])[],
  reading: SentenceReading,
  context: SentenceContext,
): void {
  const m = context.year !== undefined && lower.includes("jämför") ? COMPARED_ALONE.exec(lower) : null;
  const just = context.countsJustBefore ?? [];
  if (!m || numbers.length !== 1 || just.length !== 1 || reading.figures.length > 0) return;
  const year = /^\d{4}$/.test(m[2]!) ? Number(m[2]) : context.year! - 1;
  const token = numbers[0]![0];
  const main = just[0]!;
  if (year >= context.year! || token.approximate || main.measure === "structural_participants") return;
  reading.setAside = reading.setAside.filter((a) => a.token !== token);
  reading.unread = reading.unread.filter((t) => t !== token);
  reading.figures.push({ kind: "count", measure: main.measure, gender: "all", token, year });
}

/** A lead and its colon opening a sentence: "Avslutade deltagare: …". */
const LEAD_IN_SENTENCE = /^([^:]*):\s*/;
/** A question that leads its answer's list in the same sentence ("Vart gick de som avslutade? arbete 38 · …"). */
const QUESTION_LEAD = /^([^?]*)\?\s*/;

/**
 * The exits' count a lead gives ("Vart gick de 154 som avslutade?"): the sentence's only figure so
 * far, read as the exited, inside the lead. The list after it must add up to it.
 */
function leadExits(reading: SentenceReading, leadEnd: number): NumberToken | undefined {
  const [only, ...more] = reading.figures;
  if (!only || more.length > 0 || only.kind !== "count" || only.measure !== "exited" || only.token.end > leadEnd)
    return undefined;
  return only.token;
}
/** One item of the list: a destination's words, then its number ("aktivt arbetssökande 24"). */
const LIST_ITEM = /^\s*(\p{L}[\p{L} /-]*?)\s+(\d{1,4})\s*$/u;
/** The rest, named as such in a list of destinations ("annat 20", "övrigt 4"). */
const OTHER_ITEM = /^(annat|annan orsak|övrigt|övriga|andra skäl|andra orsaker|övriga avslut|annat avslut)$/;

/**
 * "Avslutade 2024 fördelade på vart de gick: Arbete 38, studier 19, aktivt arbetssökande 24,
 * annat avslut 34.": after a lead about the exits and a colon (in the sentence, or on the line
 * right above it), a list of destinations, each named right before its number. Read only where
 * every item of the list is one destination, each named once, and nothing else in the sentence
 * was read.
 */
function destinationList(
  sentence: string,
  tokens: readonly Token[],
  reading: SentenceReading,
  context: SentenceContext,
): void {
  const leadAbove = context.lead;
  // "Avslutade: 108, varav arbete 29, studier 17, …": the year's exits read, then their parts named one by
  // one after "varav": the exits are the lead, the list must add up to them.
  const partsOf = exitsThenParts(sentence, reading);
  if (partsOf) return readDestinationItems(sentence, tokens, reading, partsOf.listStart, partsOf.exits, undefined);
  // "Vart gick de 154 som avslutade? arbete 38 · studier 17 …": a question over its answer leads as a colon does.
  const inSentence = LEAD_IN_SENTENCE.exec(sentence) ?? QUESTION_LEAD.exec(sentence);
  // The lead may give the exits' count ("de 154 som avslutade"): the only figure read so far, and the list's sum.
  const leadCount = inSentence ? leadExits(reading, inSentence[0].length) : undefined;
  if (reading.figures.length > 0 && leadCount === undefined) return;
  const lead = inSentence ? inSentence[1]! : leadAbove?.endsWith(":") ? leadAbove.slice(0, -1) : undefined;
  // "Avslut under året: 104 st. Arbete 22, studier 11, …": no lead, right after the paragraph gave
  // the year's exits; read only where the items add up to those exits exactly.
  const exits = context.exitedBefore?.length === 1 ? context.exitedBefore[0] : undefined;
  if (lead === undefined && (exits === undefined || !Number.isInteger(exits))) return;
  const leadWords = (lead ?? "avslutade").toLowerCase();
  // The lead names the exits, and no target, other time or number but a year.
  if (
    !EXITED.test(leadWords) ||
    TARGET.test(leadWords) ||
    NOT_THE_YEAR.test(leadWords) ||
    /\d/.test(
      leadWords.replace(/(?<!\d)(19|20)\d\d(?!\d)/g, "").replace(leadCount ? leadCount.raw.toLowerCase() : /$^/, ""),
    )
  )
    return;
  // A year the lead above names must be the report's: the sentence itself names none.
  const leadYears = (inSentence ? [] : ((lead ?? "").match(/(?<!\d)(19|20)\d\d(?!\d)/g) ?? [])).map(Number);
  if (leadYears.some((y) => y !== context.year)) return;
  const listStart = inSentence ? inSentence[0].length : 0;
  readDestinationItems(sentence, tokens, reading, listStart, leadCount, lead === undefined ? exits : undefined);
}

/** Right after the year's exits: ", varav" or ", därav" and the first part's label ("108, varav arbete 29"). */
const PARTS_AFTER_EXITS = /^\s*(?:personer|deltagare|st\.?)?\s*,?\s+(?:varav|därav)\s+(?=\p{L})/u;

/**
 * The exits read as the sentence's only figure so far, the whole year's and everyone's, followed by
 * "varav" and a list: where the list starts, and the exits it must add up to.
 */
function exitsThenParts(
  sentence: string,
  reading: SentenceReading,
): { listStart: number; exits: NumberToken } | undefined {
  const [only, ...more] = reading.figures;
  if (!only || more.length > 0 || only.kind !== "count" || only.measure !== "exited" || only.gender !== "all")
    return undefined;
  if (only.year !== undefined) return undefined;
  const after = PARTS_AFTER_EXITS.exec(sentence.slice(only.token.end));
  return after ? { listStart: only.token.end + after[0].length, exits: only.token } : undefined;
}

/**
 * The list of destinations from `listStart` to the sentence's end, each named right before its number:
 * read only where every item is one destination, each named once, every number of the list is an
 * item's, and they add up to `leadCount` (or to `exits`, the paragraph's, where no lead gave a count).
 */
function readDestinationItems(
  sentence: string,
  tokens: readonly Token[],
  reading: SentenceReading,
  listStart: number,
  leadCount: NumberToken | undefined,
  exits: number | undefined,
): void {
  const list = sentence.slice(listStart).replace(/\s*[.!]?\s*$/, "");
  const found: { category: ExitCategory; token: NumberToken }[] = [];
  let from = listStart;
  for (const part of list.split(/,\s*|\s*·\s*|\s+(?:och|samt)\s+/)) {
    const item = LIST_ITEM.exec(part);
    if (!item) return;
    const label = item[1]!.toLowerCase().trim();
    const categories = OTHER_ITEM.test(label) ? ["other_exit" as const] : destinationsIn(label, true);
    const at = sentence.indexOf(part, from) + part.lastIndexOf(item[2]!);
    from = at + item[2]!.length;
    const token = tokens.find((t): t is NumberToken => t.type === "number" && t.start === at && !t.percent);
    if (categories.length !== 1 || !token) return;
    found.push({ category: categories[0]!, token });
  }
  const listNumbers = tokens.filter((t) => t.type === "number" && t.start >= listStart);
  if (found.length < 2 || listNumbers.length !== found.length) return;
  if (new Set(found.map((f) => f.category)).size !== found.length) return;
  const sum = found.reduce((total, f) => total + f.token.value, 0);
  if ((exits !== undefined && sum !== exits) || (leadCount && sum !== leadCount.value)) return;
  const read = new Set(found.map((f) => f.token));
  reading.unread = reading.unread.filter((t) => !read.has(t));
  reading.setAside = reading.setAside.filter((a) => !read.has(a.token));
  for (const f of found) reading.figures.push({ kind: "exit_outcome", category: f.category, token: f.token });
  reading.figureBearing = true;
}

/** A count in a bracket of its own: "(31)". */
const BRACKETED_COUNT = /\(\s*(\d{1,4})\s*\)/gu;
/** What opens the next item after a bracket: a comma, "och", "eller", "samt". */
const ITEM_JOIN = /^\s*(?:,\s*(?:och\s+|eller\s+)?|(?:och|eller|samt)\s+)(?=\p{L})/u;

/**
 * "46 av dem gick vidare till arbete (31) eller studier (15)", "58 avslutade: arbete (20), studier (9)
 * och annat (29)": a figure read, then two or more destinations, each with its count in a bracket
 * right after it, one run of items. The items are parts of that figure: read only where each names
 * one destination, no destination twice, every one within the figure (work and studies under a
 * joint work-or-studies figure) and their counts add up to it exactly.
 */
function bracketedDestinations(sentence: string, tokens: readonly Token[], reading: SentenceReading): void {
  if (!sentence.includes("(")) return;
  for (const anchor of reading.figures) {
    const total = anchor.kind === "exit_outcome" && anchor.category === "work_or_studies" && anchor.year === undefined;
    const exits =
      anchor.kind === "count" && anchor.measure === "exited" && anchor.gender === "all" && anchor.year === undefined;
    if ((!total && !exits) || anchor.token.approximate) continue;
    const found: { category: ExitCategory; token: NumberToken }[] = [];
    const base = anchor.token.end;
    let from = base;
    for (const m of sentence.slice(base).matchAll(BRACKETED_COUNT)) {
      const at = base + m.index;
      // "… gick 22 till arbete eller studier: arbete (14), studier (8)": the first item's words open after a colon.
      let label = sentence.slice(from, at).split(":").at(-1)!;
      if (found.length > 0) {
        // The next item follows the last one with only a join between: else the run has ended.
        const join = ITEM_JOIN.exec(label);
        if (!join) break;
        label = label.slice(join[0].length);
      }
      if (/[\d()]/.test(label) || label.split(/\s+/).filter(Boolean).length > 8) break;
      const categories = destinationsIn(label.toLowerCase(), true);
      const numberAt = at + m[0].indexOf(m[1]!);
      const token = tokens.find((t): t is NumberToken => t.type === "number" && t.start === numberAt && !t.percent);
      if (categories.length !== 1 || !token) break;
      found.push({ category: categories[0]!, token });
      from = at + m[0].length;
    }
    if (found.length < 2 || new Set(found.map((f) => f.category)).size !== found.length) continue;
    if (found.some((f) => f.category === "work_or_studies")) continue;
    if (total && found.some((f) => f.category !== "work" && f.category !== "studies")) continue;
    if (found.reduce((sum, f) => sum + f.token.value, 0) !== anchor.token.value) continue;
    const read = new Set(found.map((f) => f.token));
    if (reading.figures.some((f) => read.has(f.token))) return;
    reading.unread = reading.unread.filter((t) => !read.has(t));
    reading.setAside = reading.setAside.filter((x) => !read.has(x.token));
    for (const f of found) reading.figures.push({ kind: "exit_outcome", category: f.category, token: f.token });
    return;
  }
}

const GENDER_SPLIT = /\b(kvinnor|flickor)\b.*\b(män|pojkar)\b|\b(män|pojkar)\b.*\b(kvinnor|flickor)\b/i;
/** "Av dem var 151 kvinnor.": the whole sentence is one gender's count, in digits. */
const ONE_GENDER_BACK =
  /^(?:av|bland) (?:dessa|dem) (?:var|är) (\d{1,3}(?: \d{3})*) (?:kvinnor|män|flickor|pojkar)\s*[.!]?$/i;
/**
 * "Sjuttioåtta av dem var kvinnor.", "64 av dessa är män.", an easy-read text's "Åttiotvå var män.": the
 * whole sentence is one gender's count, the number first (digits or a word), said of the one count
 * stored from the sentence just before.
 */
const ONE_GENDER_OF_THEM =
  /^(\d{1,3}(?: \d{3})*|\p{L}+) (?:av (?:dessa|dem) )?(?:var|är) (kvinnor|män|flickor|pojkar)\s*[.!]?$/iu;

/**
 * "289 av dem var kvinnor och 197 män.", "104 var kvinnor och 82 män.", "55 av dem var kvinnor och 47 var män.",
 * "Av dessa var 40 kvinnor, 33 män": both genders' counts of
 * the one count just before, the first number opening the sentence; stored only where they add up to it.
 */
const GENDER_PAIR_OF_THEM =
  /^(\d{1,3}(?: \d{3})*) (?:av (?:dessa|dem) )?(?:var|är) (kvinnor|män|flickor|pojkar)(?:\s*,\s*|\s+och\s+)(\d{1,3}(?: \d{3})*) (?:(?:var|är) )?(kvinnor|män|flickor|pojkar)\s*[.!]?$/iu;
/** "Kvinnorna var 101 och männen 86.": the split named by its groups first, each with its number. */
const GENDER_PAIR_NAMED =
  /^(kvinnorna|männen|flickorna|pojkarna) (?:var|är) (\d{1,3}(?: \d{3})*)(?:\s*,\s*|\s+och\s+)(kvinnorna|männen|flickorna|pojkarna)(?: (?:var|är))? (\d{1,3}(?: \d{3})*)\s*[.!]?$/iu;
/** The words leading a part of the count before: "varav", "därav", "av vilka", "av dem", "av dessa". */
const PART_LEAD = /^(?:varav|därav|vilka|dem|dessa)$/;
/**
 * "var kvinnor", "är män": a copula between a part's number and its gender, the gender's word closing the part
 * ("och", "samt", a comma, a stop): "var kvinnor under 30 år", "var kvinnor med försörjningsstöd" name a group of
 * the women, no count of them all.
 */
const COPULA_GENDER = /^\s+(?:var|är|blev)\s+(kvinnor|män|flickor|pojkar)(?=\s*(?:[.,;:!)]|(?:och|samt)\s|$))/u;
/** " av dem var kvinnor.": a number's clause naming it one gender of the group before. */
const OF_THEM_GENDER = /^ av (?:dem|dessa) (?:var|är) (kvinnor|män)\s*(?:[.,;!]|$)/u;
const isWoman = (word: string) => /^(kvinnor|flickor)(na)?$/i.test(word);
/** "78 av dem var kvinnor.", "289 av dem var kvinnor och 197 män.": the gender split of the group before, not some of it. */
export const isOneGenderOfThem = (sentence: string): boolean => {
  // Trimmed once: asked of every sentence of a report's prose.
  const trimmed = sentence.trim();
  return (
    ONE_GENDER_OF_THEM.test(trimmed) ||
    ONE_GENDER_BACK.test(trimmed) ||
    GENDER_PAIR_OF_THEM.test(trimmed) ||
    GENDER_PAIR_NAMED.test(trimmed)
  );
};

/** The split of `GENDER_PAIR_OF_THEM`, replacing whatever the sentence alone was read as. */
function genderPairOfThem(own: SentenceReading, sentence: string, context: SentenceContext): SentenceReading {
  const named = GENDER_PAIR_NAMED.exec(sentence.trim());
  // "Kvinnorna var 101 och männen 86." as "101 var kvinnor och 86 män": the groups' words in the same slots.
  const m = named ? [named[0], named[2], named[1], named[4], named[3]] : GENDER_PAIR_OF_THEM.exec(sentence.trim());
  const just = context.countsJustBefore ?? [];
  if (!m || isWoman(m[2]!) === isWoman(m[4]!) || just.length === 0) return own;
  const numbers = tokenize(sentence).filter((t): t is NumberToken => t.type === "number");
  if (numbers.length !== 2 || numbers.some((t) => t.approximate)) return own;
  const [a, b] = numbers as [NumberToken, NumberToken];
  // The split's count is the one count just before that the two add up to ("187 personer, varav 64
  // nya. Kvinnorna var 101 och männen 86."): with two or more the sum names it, with none nothing is read.
  const whole = just.filter((c) => Number.isInteger(c.value) && c.value === a.value + b.value);
  if (whole.length !== 1) return own;
  const measure = whole[0]!.measure;
  const genderOf = (word: string) => (isWoman(word) ? "woman" : "man");
  return {
    ...own,
    figures: [
      { kind: "count", measure, gender: genderOf(m[2]!), token: a },
      { kind: "count", measure, gender: genderOf(m[4]!), token: b },
    ],
    unread: own.unread.filter((t) => t.start !== a.start && t.start !== b.start),
    figureBearing: true,
  };
}

/** The one gender's count of `ONE_GENDER_OF_THEM`, of the one whole count just before and no larger than it. */
function oneGenderOfThem(own: SentenceReading, sentence: string, context: SentenceContext): SentenceReading {
  const pair = genderPairOfThem(own, sentence, context);
  if (pair !== own) return pair;
  const m = own.figures.length === 0 ? ONE_GENDER_OF_THEM.exec(sentence.trim()) : null;
  const just = context.countsJustBefore ?? [];
  if (!m || just.length !== 1 || !Number.isInteger(just[0]!.value)) return own;
  const token = tokenize(sentence).find((t): t is NumberToken => t.type === "number");
  if (
    !token ||
    sentence.slice(0, token.start).trim() !== "" ||
    token.approximate ||
    token.value < 1 ||
    token.value > just[0]!.value
  )
    return own;
  const gender = /^(kvinnor|flickor)$/i.test(m[2]!) ? "woman" : "man";
  return {
    ...own,
    figures: [{ kind: "count", measure: just[0]!.measure, gender, token }],
    unread: own.unread.filter((t) => t.start !== token.start),
    figureBearing: true,
  };
}

/**
 * "Av de avslutade var 42 kvinnor.", "Bland de nya var 38 män.": the whole sentence one gender's count of the
 * group it names by its measure, the year's exited or new, whatever sentence stands before it. Only the whole
 * sentence: "Av de avslutade var 12 kvinnor under 25 år" counts a group of the women, and "Av de avslutade i
 * Steget …" one intervention's.
 */
const NAMED_GROUP_GENDER =
  /^(?:av|bland) de (avslutade|utskrivna|nya|nyinskrivna)(?: deltagarna)? (?:var|är) (\d{1,3}(?: \d{3})*) (kvinnor|män)\s*[.!]?$/iu;
function namedGroupsGender(own: SentenceReading, sentence: string): SentenceReading {
  if (own.figures.length > 0 || !/^\s*(?:av|bland) de /iu.test(sentence)) return own;
  const m = NAMED_GROUP_GENDER.exec(sentence.trim());
  if (!m) return own;
  const token = tokenize(sentence).find((t): t is NumberToken => t.type === "number");
  if (!token || token.approximate || token.value < 1) return own;
  const measure: CountMeasure = /^(?:avslutade|utskrivna)$/i.test(m[1]!) ? "exited" : "new";
  return {
    ...own,
    figures: [{ kind: "count", measure, gender: /^kvinnor$/i.test(m[3]!) ? "woman" : "man", token }],
    unread: own.unread.filter((t) => t.start !== token.start),
    figureBearing: true,
  };
}

/** "Av dessa gick 72 till arbete, vilket motsvarar 38 procent": the base is in the sentence before. */
const POINTS_BACK = /^((av|bland|i) (dessa|dem)|därav|varav)\b/i;
const REFERS_BACK = /^(det|detta|vilket|tillsammans|sammantaget)\b[^.]{0,30}\bmotsvara/i;
/** "Det blir 44 procent av alla som avslutades.": the share the sentence before's destinations make of its exits. */
const SHARE_BACK =
  /^(det|detta|vilket|sammantaget)\s+(blir|blev|ger|gav|innebär|innebar)\s+(\p{L}+\s+){0,2}\d{1,3}(,\d+)?\s*(%|procent)\s+av\s+(de|dem|alla|samtliga)\s+(som\s+(har\s+)?)?(avslutade|avslutades|avslutats|avslutat)(?!\p{L})/iu;

/** "Kvinnorna var fler än männen, 80 mot 62": both groups named, then their counts in that order. */
const GENDER_VERSUS =
  /^[^\d]*?(?<!\p{L})(kvinnorna|männen)(?!\p{L})[^\d]*?(?<!\p{L})(kvinnorna|männen)(?!\p{L})[^\d]*?(?<![\d\p{L}])(\d{1,4}) mot (\d{1,4})(?![\d\p{L}])[^\d]*$/iu;

/**
 * "… tog emot 142 deltagare. Kvinnorna var fler än männen, 80 mot 62.": a gender split told as a
 * comparison, of the one whole count of the sentence before, stored only when its two counts add
 * up to that count.
 */
function genderVersus(
  own: SentenceReading,
  sentence: string,
  previous: string,
  context: SentenceContext,
): SentenceReading {
  const m = own.figures.length === 0 ? GENDER_VERSUS.exec(sentence) : null;
  if (!m || m[1]!.toLowerCase() === m[2]!.toLowerCase()) return own;
  const whole = readSentence(previous, context).figures.filter((f) => f.kind === "count" && f.gender === "all");
  const first = Number(m[3]);
  const second = Number(m[4]);
  if (whole.length !== 1 || whole[0]!.kind !== "count" || whole[0]!.token.value !== first + second) return own;
  const measure = whole[0]!.measure;
  const numbers = tokenize(sentence).filter((t): t is NumberToken => t.type === "number");
  const [a, b] = [numbers.find((t) => t.value === first), numbers.filter((t) => t.value === second).at(-1)];
  if (!a || !b || a === b) return own;
  const genderOf = (w: string) => (w.toLowerCase() === "kvinnorna" ? "woman" : "man");
  const figures: Figure[] = [
    { kind: "count", measure, gender: genderOf(m[1]!), token: a },
    { kind: "count", measure, gender: genderOf(m[2]!), token: b },
  ];
  return { ...own, figures, unread: own.unread.filter((t) => t.start !== a.start && t.start !== b.start) };
}

/**
 * The short words of PERSON_NOUN ("st", "unga"), ENROLLED ("var med i", "tog del av") and
 * PRIOR_OPENING ("Året innan", "ett år tidigare") that the grammar takes whole: standing alone,
 * after no letter (or right after an abbreviation the tokens cut off, "m.m", which a word may
 * follow directly), before none ("del" may begin a longer word). The word is found first and its
 * start looked back at: a look-behind at every character made the pattern five times slower.
 */
const SHORT_WORDS = "st|unga|med|innan|före|dessförinnan|tidigare";
const STANDS_AFTER = String.raw`(?:^|\P{L}|c:a|t\.o\.m|t\.ex|bl\.a|s\.k|m\.m)`;
/**
 * Every word that some reading of a figure, an unread number or a rate without a base needs,
 * by the patterns and word lists above: people and their genders (PERSON_NOUN, GENDER_NOUN), the
 * words of NEW, EXITED, ENROLLED, STRUCTURAL and EXIT_CONTEXT, every destination's (DEST,
 * DEST_JOINT, REHAB_VERB, OTHER_REASON, DROPPED_OUT), a positive step, what a sentence leaning on
 * the one before opens with ("motsvarar", "jämfört med"), a sentence set in the year before
 * ("Året innan var de 118", PRIOR_OPENING with PARTICIPANTS_WERE). Stems are matched anywhere (the
 * patterns' `\b` is ASCII's, true beside "å"), the short words as SHORT_WORDS says.
 */
const DIGIT = /\d/;
const FIGURE_WORDS = new RegExp(
  [
    "kvinn|flick|män|pojk|person|deltag|deltog|deltar|individ|ungdom|invånare|klient|brukare|sökande|stycken|nya",
    "avslut|utskriv|lämna|slutade|skriv|skrev|tillkom|påbörja|börja|första",
    "emot|insats|inskriv|stöd|hjälp|aktuell|omfattats|antal|haft|hade|nått|nådde",
    "arbet|anställning|jobb|studi|studera|utbildning|plugga|kartläggning|gk|stegförflyttning|positiv",
    "rehab|vård|okänt|orsak|skäl|anledning|avbrott|flytt|motsvara|jämför",
    // Its words anywhere, boundaries dropped: a word may follow an abbreviation with no space between.
    STRUCTURAL.source.replace(/\\b/g, ""),
    String.raw`(?:${SHORT_WORDS})(?!\p{L})(?<=${STANDS_AFTER}(?:${SHORT_WORDS}))|del(?<=${STANDS_AFTER}del)`,
  ].join("|"),
  "u",
);

/**
 * Whether `readSentenceInContext` could read anything from the sentence, whatever the context: a
 * figure, an unread number or a rate without a base. False only where the sentence holds none of
 * the words every such reading needs (`FIGURE_WORDS`): a row of a flattened table of money, a date
 * line, most of a report's numbers. A cheap look that spares the grammar most numbered sentences;
 * what the grammar sets aside (years, money, dates) is not told. A sentence with no number of its
 * own reads as nothing (the one before lends words, never numbers). Case as `toLowerCase` and the
 * case-blind patterns fold it ("ſ" is an "s" to them).
 */
export const mayReadFigures: (sentence: string) => boolean = rememberByText(mayReadFiguresAfresh);

/** `mayReadFigures`, looked at anew (remembered per text above: reports repeat their sentences). */
function mayReadFiguresAfresh(sentence: string): boolean {
  // Without a number of its own the sentence gives nothing, even leaning on the one before. A digit
  // is a quick look; number words are looked for last, in a sentence with a figure's words.
  const digit = DIGIT.test(sentence);
  return (
    (digit || mayHoldNumberWord(sentence)) &&
    FIGURE_WORDS.test(sentence.toLowerCase().replace(/ſ/g, "s")) &&
    (digit || holdsNumber(sentence))
  );
}

/**
 * Read a sentence that may lean on the one before: "127 deltagare avslutades, av dessa började
 * 52 arbeta eller studera. Det motsvarar 40 procent av de avslutade." The rate's meaning and base
 * are read from both sentences; only figures whose numbers stand in this sentence are returned.
 */
export function readSentenceInContext(
  sentence: string,
  previous: string | undefined,
  context: SentenceContext = {},
): SentenceReading {
  const own = namedGroupsGender(readSentence(sentence, context), sentence);
  if (previous === undefined) return own;
  const trimmed = sentence.trim();
  const rateBack =
    REFERS_BACK.test(trimmed) || SHARE_BACK.test(trimmed) || (POINTS_BACK.test(trimmed) && /motsvara/i.test(sentence));
  // "… nådde 220 deltagare. Av dem var 105 kvinnor och 115 män.": the split of the count before.
  // "… ökade till 268. Av dem var 151 kvinnor.": one gender alone, said of the count before, no larger than it.
  const oneGender = ONE_GENDER_BACK.exec(trimmed);
  // Read once, when first asked (readSentence is pure).
  let wholeRead: Figure[] | undefined;
  const wholeBefore = () =>
    (wholeRead ??= readSentence(previous, context).figures.filter(
      (f) => f.kind === "count" && f.gender === "all" && !f.year,
    ));
  const splitBack =
    POINTS_BACK.test(trimmed) &&
    (GENDER_SPLIT.test(sentence) || oneGender !== null) &&
    own.figures.length === 0 &&
    wholeBefore().length === 1 &&
    (oneGender === null || (parseSwedishNumber(oneGender[1]!) ?? Infinity) <= wholeBefore()[0]!.token.value);
  if (!rateBack && !splitBack)
    return oneGenderOfThem(genderVersus(own, sentence, previous, context), sentence, context);
  const offset = previous.length + 1;
  const both = readSentence(`${previous} ${sentence}`, context);
  const shift = (t: NumberToken): NumberToken => ({ ...t, start: t.start - offset, end: t.end - offset });
  const ownStarts = new Set(own.figures.map((f) => f.token.start));
  const borrowed = both.figures
    .filter(
      (f) =>
        f.token.start >= offset &&
        !ownStarts.has(f.token.start - offset) &&
        ((rateBack && f.kind === "rate") || (splitBack && f.kind === "count" && f.gender !== "all")),
    )
    .map((f) => ({ ...f, token: shift(f.token) }));
  const read = new Set(borrowed.map((f) => f.token.start));
  return {
    ...own,
    figures: [...own.figures, ...borrowed],
    unread: own.unread.filter((t) => !read.has(t.start)),
    baseless: own.baseless.filter((b) => !read.has(b.token.start)),
  };
}

const DEST_WORDS: Record<ExitCategory, string> = {
  work: "arbete",
  studies: "studier",
  work_or_studies: "arbete eller studier",
  job_seeker: "arbetssökande",
  joint_assessment: "gemensam kartläggning",
  continued_rehab: "fortsatt rehabilitering",
  other_positive: "annan positiv stegförflyttning",
  other_exit: "annat avslut",
};

/** Abbreviations that do not end a sentence (units such as "tkr." and "st." often do, so they are not here). */
const ABBREVIATIONS =
  /(?:\b(?:ca|c:a|t\.ex|bl\.a|s\.k|dvs|inkl|m\.m|resp|kl|nr|t\.o\.m|ev|mfl|m\.fl|jfr|milj|sid|s|f\.d|p\.g\.a|pga|fr\.o\.m|o\.s\.v|etc|tel|proc))$/i;

/** A sentence's end: . ! ? before a space and a capital, a digit or a bullet. */
const SENTENCE_END = /[.!?](?=\s+["”»(]?[\p{Lu}\d•])/gu;
/** What `\s` and `trim` take for a space (WhiteSpace and LineTerminator), by character code. */
const isSpace = (c: number) =>
  c === 32 ||
  (c >= 9 && c <= 13) ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;
const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * The last word of `text` between `from` and `to` (`text.slice(from, to).trimEnd().split(/\s+/).pop()`),
 * found from the end: the text before a mark may be a long paragraph, and only its last word counts.
 */
function lastWordBefore(text: string, from: number, to: number): string {
  let end = to;
  while (end > from && isSpace(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > from && !isSpace(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end);
}

/**
 * Split running text into sentences: at . ! ? followed by a capital or a digit, not after an
 * abbreviation. The mark must have a space after it, so "2.5" is never split.
 */
export function splitSentences(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  // exec on the one pattern rather than matchAll, which copies it; nothing in the loop runs it.
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m !== null; m = SENTENCE_END.exec(text)) {
    const at = m.index;
    // "ca. 40", "t.ex. Åby": an abbreviation ends no sentence, unless a figure stands right before the mark.
    if (!(at > start && isDigit(text.charCodeAt(at - 1))) && ABBREVIATIONS.test(lastWordBefore(text, start, at)))
      continue;
    out.push({ start, end: at + 1 });
    start = at + 1;
    while (start < text.length && isSpace(text.charCodeAt(start))) start++;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out.filter((s) => !onlySpaces(text, s.start, s.end));
}

function onlySpaces(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}
