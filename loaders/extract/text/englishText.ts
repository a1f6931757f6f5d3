/**
 * An English document as the readers read it: its numbers written the Swedish way and its words
 * as the concept lexicon's own (`reference/englishWords.ts`), so that the same table and sentence
 * readers read an English summary of a federation's year, and their guards (a budget, a target,
 * the year before, a municipality's own figure) hold in English too. Decided once per document:
 * a Swedish document is never rewritten, so a comma there stays a decimal comma and no English
 * rule runs on Swedish text.
 *
 * - "10,412,000" → "10 412 000", "10.6" → "10,6" (a point is a decimal point, a comma groups thousands);
 * - money: "SEK 10,412,000" → "10 412 000 kr", "SEK 10.6 million" → "10,6 mkr", "1,234 thousand SEK"
 *   → "1 234 tkr", a table's "SEK thousand" → "tkr"; "43 per cent" → "43 procent";
 * - dates: "31 December 2023" → "31 december 2023"; "in 2023" → "under 2023";
 * - hedges only before a number ("about 1,150" → "ca 1 150");
 * - every other word or phrase of the lexicon as its Swedish word, whole words only.
 *
 * A table's cells stay in their columns: each run of text between column gaps is rewritten on its
 * own and put back where it stood. A fact's quoted text is put back into the document's own words
 * afterwards (`documentWording`): the rewriting is for reading only. Pure.
 */
import {
  ENGLISH_CURRENCIES,
  ENGLISH_HEDGES,
  ENGLISH_MARKERS,
  ENGLISH_MONTHS,
  ENGLISH_SCALES,
  ENGLISH_WORDS,
  SWEDISH_MARKERS,
} from "../../reference/englishWords.ts";
import { clean } from "../documentText.ts";
import type { FactInput } from "../../schema/facts.ts";

export type DocumentLanguage = "sv" | "en";

/** Words read to tell the language: enough for a page, and the test stays cheap on a long report. */
const SAMPLE_WORDS = 4000;
const LONGEST_MARKER = Math.max(...[...ENGLISH_MARKERS, ...SWEDISH_MARKERS].map((w) => w.length));

/**
 * The document's language, decided once from its marker words: English only where English
 * markers are many and far outnumber Swedish ones, so a Swedish report with an English quote, a
 * name or an abstract stays Swedish.
 */
export function documentLanguage(lines: readonly string[]): DocumentLanguage {
  let en = 0;
  let sv = 0;
  let seen = 0;
  for (const line of lines) {
    for (let i = 0; i < line.length;) {
      // The words (\p{L}+) one after another: a run of Latin-1 letters that ends on a character of
      // Latin-1 (most words) read by a loop, any other by WORD_AT from where it starts.
      const c = line.charCodeAt(i);
      let end: number;
      if (c < 256) {
        if (LATIN1_LETTER[c] !== 1) {
          i++;
          continue;
        }
        end = i + 1;
        while (end < line.length && line.charCodeAt(end) < 256 && LATIN1_LETTER[line.charCodeAt(end)] === 1) end++;
        if (end < line.length && line.charCodeAt(end) >= 256) end = wordEnd(line, i);
      } else {
        end = wordEnd(line, i);
        if (end < 0) {
          // No letter: passed over whole (both code units of a surrogate pair).
          i += (c & 0xfc00) === 0xd800 && (line.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
          continue;
        }
      }
      const length = end - i;
      // A word longer than every marker is none (lower case is never shorter): not lowered.
      if (length <= LONGEST_MARKER) {
        const w = line.slice(i, end).toLowerCase();
        if (ENGLISH_MARKERS.has(w)) en++;
        else if (SWEDISH_MARKERS.has(w)) sv++;
      }
      i = end;
      if (++seen >= SAMPLE_WORDS) return verdict(en, sv);
      // Swedish already, whatever the rest of the sample holds: every word left English would not outnumber it.
      if (en + (SAMPLE_WORDS - seen) < 3 * sv) return "sv";
    }
  }
  return verdict(en, sv);
}

/** Which characters of Latin-1 are letters (\p{L}). */
const LATIN1_LETTER = Uint8Array.from({ length: 256 }, (_, c) => (/\p{L}/u.test(String.fromCharCode(c)) ? 1 : 0));
const WORD_AT = /\p{L}+/uy;
/** Where the word (\p{L}+) starting at i ends, or -1 where no letter starts there. */
function wordEnd(line: string, i: number): number {
  WORD_AT.lastIndex = i;
  return WORD_AT.test(line) ? WORD_AT.lastIndex : -1;
}

function verdict(en: number, sv: number): DocumentLanguage {
  return en >= 8 && en >= 3 * sv ? "en" : "sv";
}

/** A gap between a table's columns: two spaces or more, or a tab. */
const COLUMN_GAP = /( {2,}|\t+)/;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Longest first: "operating costs" before "costs", "the association's" before "the association". */
const byLength = <T extends readonly [string, string]>(pairs: readonly T[]) =>
  [...pairs].sort((a, b) => b[0].length - a[0].length || a[0].localeCompare(b[0]));

const WORDS = new Map(ENGLISH_WORDS.map(([en, sv]) => [en, sv]));
const WORD_PATTERN = new RegExp(
  String.raw`(?<![\p{L}\p{N}'])(${byLength(ENGLISH_WORDS)
    .map(([en]) => escape(en))
    .join("|")})(?![\p{L}'])`,
  "giu",
);
const HEDGES = new Map(ENGLISH_HEDGES.map(([en, sv]) => [en, sv]));
const HEDGE_PATTERN = new RegExp(
  String.raw`(?<![\p{L}])(${byLength(ENGLISH_HEDGES)
    .map(([en]) => escape(en))
    .join("|")})\s+(?=(?:SEK\s?)?-?\d)`,
  "giu",
);
const MONTH = Object.keys(ENGLISH_MONTHS).join("|");
const DAY_MONTH = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH})\b`, "giu");
const MONTH_DAY_YEAR = new RegExp(String.raw`\b(${MONTH})\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b`, "giu");

/** "1,234,567" and "1,234.5": groups of three after a comma; not a list "3,4" nor a decimal comma. */
const COMMA_THOUSANDS = /(?<![\d.,])(\d{1,3}(?:,\d{3})+)(?:\.(\d+))?(?!\d|[.,]\d)/g;
/** "10.6": a decimal point; not a date "31.12.2023" nor a version "1.2.3". */
const DECIMAL_POINT = /(?<![\d.,])(\d+)\.(\d+)(?!\d|[.,]\d)/g;
/** A heading's number at the line's start ("4.2 Income statement") is no decimal. */
const HEADING_NUMBER = /^\s*\d+(?:\.\d+)+\.?\s+\p{L}/u;
/** A number as written once the above ran: "10 412 000", "10,6", "-464 540". */
const NUM = String.raw`-?\d{1,3}(?: \d{3})+(?:,\d+)?|-?\d+(?:,\d+)?`;
/** "SEK 10 412 000", "SEK 10,6 million", "SEK 850k", "MSEK 4,2", "kSEK 850", "SEK –365 500" (a dash as minus). */
const MONEY_BEFORE = new RegExp(
  // Not "SEK 1.2 billion": no federation's figure, and no unit the readers know; it stays as written.
  String.raw`(?<![\p{L}])(SEK|MSEK|KSEK|TSEK)\.?\s?((?:[–−](?=\d))?${NUM})(?!\d|,\d)(?:\s?(million|millions|mn|m|thousand|k)(?![\p{L}]))?(?!\s?(?:billions?|bn)(?![\p{L}]))`,
  "giu",
);
/** "10,6 million SEK", "1 234 thousand kronor", "10,6 SEK million". */
const MONEY_AFTER = new RegExp(
  String.raw`(${NUM})\s?(?:(million|millions|mn|thousand)\s+(?:SEK|kronor|crowns|kr)|(?:SEK|kronor)\s+(million|millions|thousand|thousands))(?![\p{L}])`,
  "giu",
);
/** "2 million" alone after a number is money, as "2 miljoner" is in Swedish. */
const MILLION_AFTER = new RegExp(String.raw`(${NUM})\s+(million|millions)(?![\p{L}])`, "giu");
/** A table's unit: "SEK thousand", "thousands of SEK", "SEK '000", "SEK million". */
const UNIT_ALONE =
  /(?<![\p{L}])(?:(?:SEK|kronor)\s*(?:thousands?|'000|000s)|thousands? of (?:SEK|kronor)|(?:SEK|kronor)\s*(?:millions?|m)(?![\p{L}])|millions? of (?:SEK|kronor))/giu;
const AMOUNTS_IN = /(?<![\p{L}])(?:all )?amounts (?:are )?(?:stated |given )?in(?![\p{L}])/giu;
const PER_CENT = /(\d)\s?(?:per\s?cent|pct)(?![\p{L}])/giu;
const IN_YEAR = /(?<![\p{L}])in(?=\s+(?:19|20)\d\d(?!\d))/giu;

/** Upper-case the first letter of `sv` when `written` began with one. */
function caseOf(written: string, sv: string): string {
  return /^\p{Lu}/u.test(written) ? sv.charAt(0).toUpperCase() + sv.slice(1) : sv;
}

/** One run of text between column gaps, rewritten. */
function rewriteRun(text: string): string {
  let t = text.replace(/[’‘]/g, "'");
  t = t.replace(COMMA_THOUSANDS, (_m, int: string, dec?: string) => int.replace(/,/g, " ") + (dec ? `,${dec}` : ""));
  if (!HEADING_NUMBER.test(t)) t = t.replace(DECIMAL_POINT, "$1,$2");
  t = t.replace(HEDGE_PATTERN, (m, w: string) => `${caseOf(m, HEDGES.get(w.toLowerCase())!)} `);
  t = t.replace(MONEY_BEFORE, (m, cur: string, n: string, scale?: string) => {
    const unit = scale ? ENGLISH_SCALES[scale.toLowerCase()] : ENGLISH_CURRENCIES[cur.toLowerCase()];
    return unit ? `${n} ${unit}` : m;
  });
  t = t.replace(
    MONEY_AFTER,
    (_m, n: string, a?: string, b?: string) => `${n} ${ENGLISH_SCALES[(a ?? b)!.toLowerCase()]}`,
  );
  t = t.replace(MILLION_AFTER, "$1 miljoner");
  t = t.replace(UNIT_ALONE, (m) => (/m/i.test(m.replace(/sek|kronor/gi, "")) ? "mkr" : "tkr"));
  t = t.replace(AMOUNTS_IN, (m) => caseOf(m, "belopp i"));
  t = t.replace(PER_CENT, "$1 procent");
  t = t.replace(DAY_MONTH, (_m, d: string, mo: string) => `${d} ${ENGLISH_MONTHS[mo.toLowerCase()]}`);
  t = t.replace(
    MONTH_DAY_YEAR,
    (_m, mo: string, d: string, y: string) => `${d} ${ENGLISH_MONTHS[mo.toLowerCase()]} ${y}`,
  );
  t = t.replace(IN_YEAR, (m) => caseOf(m, "under"));
  return t.replace(WORD_PATTERN, (m) => caseOf(m, WORDS.get(m.toLowerCase())!));
}

/** The lexicon's phrases of several words: a line break may cut one ("compared" / "with"). */
const PHRASE_PATTERN = new RegExp(
  String.raw`(?<![\p{L}\p{N}'])(${byLength(ENGLISH_WORDS)
    .filter(([en]) => en.includes(" "))
    .map(([en]) => escape(en).replace(/ /g, String.raw`\s+`))
    .join("|")})(?![\p{L}'])`,
  "giu",
);
/** A scale or a currency that a line break cut from its number: "SEK 9.8" / "million", "SEK" / "9,812,000". */
const SCALE_HEAD = /^\s*(?:millions?|mn|thousands?|billions?|bn)(?:\s+(?:SEK|kronor|crowns))?(?![\p{L}])[.,;:]?/iu;
const NUMBER_TAIL = /\d\s*$/;
const CURRENCY_TAIL = /(?<![\p{L}])(?:SEK|MSEK|KSEK|TSEK)\s*$/iu;
const NUMBER_HEAD = /^\s*-?\d/;
const TAIL_WORDS = /(?:\S+\s+){0,5}\S+\s*$/u;
const HEAD_WORDS = /^\s*(?:\S+\s+){0,5}\S+/u;

/**
 * Words a line break cut from their phrase, put back together before the lines are rewritten: the
 * words at the next line's start move up to the phrase's first part ("compared" / "with the
 * previous year" → "compared with" / "the previous year"), and a currency at a line's end moves
 * down to its number. Numbers never move: a figure cites the line its number is on. Prose only: a
 * line with a column gap is a table row and keeps its words.
 */
function joinCutPhrases(lines: readonly string[]): string[] {
  const out = [...lines];
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i]!;
    const b = out[i + 1]!;
    if (!/\S/.test(a) || !/\S/.test(b) || COLUMN_GAP.test(a.trim()) || COLUMN_GAP.test(b.trim())) continue;
    const scale = NUMBER_TAIL.test(a) ? SCALE_HEAD.exec(b) : null;
    if (scale) {
      out[i] = `${a.trimEnd()} ${scale[0].trim()}`;
      out[i + 1] = b.slice(scale[0].length).trimStart();
      continue;
    }
    const currency = NUMBER_HEAD.test(b) ? CURRENCY_TAIL.exec(a) : null;
    if (currency) {
      out[i] = a.slice(0, currency.index).trimEnd();
      out[i + 1] = `${currency[0].trim()} ${b.trimStart()}`;
      continue;
    }
    const tail = TAIL_WORDS.exec(a)?.[0].trimEnd() ?? "";
    const head = HEAD_WORDS.exec(b)?.[0].trimStart() ?? "";
    const joined = `${tail} ${head}`;
    for (const m of joined.matchAll(PHRASE_PATTERN)) {
      const end = m.index + m[0].length;
      if (m.index >= tail.length || end <= tail.length + 1) continue;
      const moved = joined.slice(tail.length + 1, end);
      out[i] = `${a.trimEnd()} ${moved}`;
      out[i + 1] = b.trimStart().slice(moved.length).trimStart();
      break;
    }
  }
  return out;
}

/**
 * An English document's lines in the lexicon's words, one for one. A table's cells keep their
 * columns: where a row's label grows into its first cell ("Share to work or studies (%)" is longer
 * in Swedish), every table row's cells move right by the same amount, the largest any label needs.
 */
export function englishLines(lines: readonly string[]): string[] {
  const rows = joinCutPhrases(lines).map(tableRun);
  const shift = Math.max(0, ...rows.map((r) => r.overflow));
  return rows.map((r) => placeCells(r, shift));
}

/** A line cut at its column gaps and rewritten: each run where it started, and the room its label needs. */
interface TableRun {
  runs: { start: number; length: number; text: string; gap: string }[];
  /** How far the rewritten label reaches into the first cell's column gap (two spaces kept), or 0. */
  overflow: number;
  /** The label: the first run, when it has a letter and cells follow it. */
  labelled: boolean;
}

function tableRun(line: string): TableRun {
  const runs: TableRun["runs"] = [];
  const parts = line.split(COLUMN_GAP);
  let at = 0;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (i % 2 === 0 && part !== "")
      runs.push({ start: at, length: part.length, text: rewriteRun(part), gap: i === 0 ? "" : parts[i - 1]! });
    at += part.length;
  }
  const labelled = runs.length > 1 && /\p{L}/u.test(runs[0]!.text);
  const overflow = labelled ? runs[0]!.start + runs[0]!.text.length + 2 - runs[1]!.start : 0;
  return { runs, overflow: Math.max(0, overflow), labelled };
}

/**
 * The line put back together: the label where it stood, each cell `shift` further right, centred
 * where it was centred (a word that grew or shrank keeps its column), and at least two spaces apart.
 */
function placeCells(row: TableRun, shift: number): string {
  // A line of one run is no table row: it stays where it was.
  if (row.runs.length === 1) return " ".repeat(row.runs[0]!.start) + row.runs[0]!.text;
  let out = "";
  row.runs.forEach((r, k) => {
    const moved = k === 0 && row.labelled ? 0 : shift;
    const centred = r.start + moved + Math.round((r.length - r.text.length) / 2);
    const at = k === 0 ? (row.labelled ? r.start : Math.max(0, centred)) : Math.max(centred, out.length + 2);
    out += r.gap.includes("\t") && k > 0 ? r.gap : " ".repeat(at - out.length);
    out += r.text;
  });
  return out;
}

/** One line of an English document in the lexicon's words (`englishLines` reads a document's). */
export function englishLine(line: string): string {
  if (!/\S/.test(line)) return line;
  return placeCells(tableRun(line), 0);
}

/**
 * What an English document's readers found, as stored: each fact quoting the document's own words
 * (`documentWording`), and no count of structural work. An English summary counts the people at
 * its seminars and network meetings loosely ("around 1,150 people from our member organisations
 * attended"), beside the participants and apart from them; the Swedish grammar's structural
 * reading rests on Swedish phrasing of the federation's own count, so in English it stays unread.
 */
export function englishFacts(
  facts: readonly FactInput[],
  view: readonly string[],
  document: readonly string[],
): FactInput[] {
  const kept = facts.filter((f) => !(f.table === "participant_count" && f.measure === "structural_participants"));
  return documentWording(kept, view, document);
}

/**
 * A fact's quoted text and names in the document's own words: the readers quoted the rewritten
 * lines, and each of those is put back by the document line it was made from; a row's label, a
 * member or an intervention taken from a cell (or a whole line, a heading) is put back by the cell
 * it was made from. A phrase cut out of a sentence has no cell of its own: its line stands for it.
 * `view` and `document` are the rewritten and the document's lines, one for one.
 */
export function documentWording(
  facts: readonly FactInput[],
  view: readonly string[],
  document: readonly string[],
): FactInput[] {
  const viewAt = (n: number) => clean(view[n - 1] ?? "");
  const docAt = (n: number) => clean(document[n - 1] ?? "");
  const cells = cellWording(view, document);
  return facts.map((f) => {
    const r = f as FactInput & Record<string, unknown>;
    const out: Record<string, unknown> = { ...f };
    const text =
      typeof r.text === "string" ? (quoted(r.text, f.line, viewAt, docAt, view.length) ?? docAt(f.line)) : "";
    if (typeof r.text === "string") out.text = text;
    for (const key of ["source_label", "intervention", "member"]) {
      const v = r[key];
      if (typeof v !== "string" || text.includes(v)) continue;
      const own = cells.get(v) ?? (key === "source_label" ? docAt(f.line).slice(0, 200) : undefined);
      if (own !== undefined) out[key] = own;
    }
    return out as FactInput;
  });
}

/** Each rewritten cell (a run between column gaps, or a whole line) and the document's cell it was made from. */
function cellWording(view: readonly string[], document: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  const runs = (line: string) =>
    line
      .trim()
      .split(COLUMN_GAP)
      .filter((_, i) => i % 2 === 0);
  view.forEach((line, i) => {
    const own = document[i] ?? "";
    if (line === own || !/\S/.test(line)) return;
    const [a, b] = [runs(line), runs(own)];
    if (a.length !== b.length) return;
    a.forEach((cell, k) => {
      if (!out.has(cell)) out.set(cell, b[k]!);
    });
    if (!out.has(clean(line))) out.set(clean(line), clean(own));
  });
  return out;
}

/**
 * The document's words for a text the readers quoted from rewritten lines near `line`: the lines
 * it joins, found from the first, each replaced by its document line. Undefined when the text is
 * not a run of whole lines (a clause inside one).
 */
function quoted(
  text: string,
  line: number,
  viewAt: (n: number) => string,
  docAt: (n: number) => string,
  count: number,
): string | undefined {
  for (let first = Math.max(1, line - 12); first <= line; first++) {
    const parts: string[] = [];
    let rest = text;
    for (let n = first; n <= count && rest !== ""; n++) {
      const v = viewAt(n);
      if (v === "") continue;
      if (rest === v || rest.startsWith(`${v} `)) {
        parts.push(docAt(n));
        rest = rest.slice(v.length).trimStart();
      } else if (v.startsWith(rest) && parts.length > 0) {
        // The quote was cut short inside this line (a reader keeps its first 600 characters).
        parts.push(docAt(n));
        rest = "";
      } else break;
    }
    if (rest === "" && parts.length > 0) return parts.join(" ");
  }
  return undefined;
}
