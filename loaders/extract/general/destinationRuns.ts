/**
 * Where the year's exits went, read as one list wherever the list is written: a chain of sentences
 * ("Av dem gick 19 till arbete, 8 till studier och 12 till aktivt arbetssökande. 21 fortsatte i annan
 * rehabilitering. För 9 personer saknas uppgift …"), one line of items ("Arbete 26 | Studier 15 | …",
 * "arbete 14; studier 6; …", "12 arbete + 6 studier + … = 49 avslutade"), a bullet list under a lead ("Så
 * här gick det för de 72 som avslutade:"), names with their counts in brackets, or a block of rows
 * ("Arbete   15   12", "Annat ........ 14") under a caption, one column a year.
 *
 * One item is one count beside the words of one destination (`destinationsIn`, or a row label the exit
 * lexicon names); a run is items one after another in a paragraph, each of a destination of its own.
 * A run is stored only where its counts add up exactly to the exits of its year: the federation's
 * exits read elsewhere in the document, or, where none were read, a total the paragraph states itself
 * in exit words ("Av de 64 som avslutade", "Avslutade 2025 (53):", "= 49 avslutade", "Summa 88"), only
 * where the paragraph's lines are the federation's (under a heading of the whole federation, or in a
 * document with no intervention's section). Anything else stores nothing: a list in an intervention's
 * section, a paragraph naming another federation or the whole country, shares ("40 % till arbete"),
 * a target ("målet är att 30 ska gå till arbete"), a count compared with another time ("jämfört med 12
 * föregående år"), a count with a bracket after it, a list that does not add up or whose exits are
 * unknown. A year named before the run dates it ("Utfall 2024:", "Året innan"), else the report's year;
 * columns under a header of years take each header's year. Where the document already gives the year's
 * destinations, the run only adds those it lacks, and only where it agrees with every one read.
 *
 * Also (stop 41): a table turned on its side (destinations as columns, a year a row), and a part of the
 * year's destinations in running text after a lead that is the year's exits (`storePart`). Narrowed where
 * older rules refuse: a total row missing its rows' sum in any column, a caption of where they came from or
 * of a plan, rows set in under a title of other words, two years over a table, a year named after a run. Pure.
 */
import type { FactInput } from "../../schema/facts.ts";
import type { DocumentText, ParseOutput } from "../documentText.ts";
import { scopeByLine } from "./sectionScope.ts";
import { destinationsIn, type ExitCategory } from "./figureGrammar.ts";
import { destinationRowCategory, exitRowCategory, otherExitRow } from "./exitRowLabel.ts";
import { parseNumberWord } from "./numberWords.ts";
import { namesFederation, ownFederation } from "./federationNames.ts";
import { ELSEWHERE_PLACE } from "../../reference/scopeWords.ts";

type Count = Extract<FactInput, { table: "participant_count" }>;
type Breakdown = Extract<FactInput, { table: "participant_breakdown" }>;

/** A count beside one destination's words; `values` one per column (prose: one). */
type Category = ExitCategory | "unknown";
interface Item {
  category: Category;
  values: number[];
  line: number;
  label: string;
}

/** A piece of a paragraph between separators, with the line it starts on. */
interface Piece {
  text: string;
  line: number;
  /** Where each line's text starts in `text`. */
  starts: { at: number; line: number }[];
}

/** What a piece holds: an item, a total of exits, a year, or numbers of no item (which end a run). */
type Reading =
  | { kind: "item"; item: Item; year?: number }
  | { kind: "total"; value: number; year?: number; line?: number }
  | { kind: "break"; year?: number }
  | { kind: "words"; year?: number };

const YEAR = /(?<![\d,.-])((?:19|20)\d\d)(?![\d,]|-\d)/g;
/** "under -25", "år -24": a year in two digits after a dash. */
const SHORT_YEAR = /(?<=\b(?:under|år|året|utfall|avslutade)\s)[-–'](\d\d)\b/gi;
const PRIOR_YEAR = /(?<!\p{L})(?:året (?:innan|före)|föregående år|förra året|fg år|föregående period)(?!\p{L})/iu;
/** Words that make a count no outcome of the year: a target, a plan, a comparison, a share. */
const NOT_AN_OUTCOME =
  /(?<!\p{L})(?:mål(?:et|en|sättning\p{L}*)?|målvärde\p{L}*|ska|skall|bör|planera\p{L}*|budget\p{L}*|förväntas|prognos\p{L}*|beräknas|jämfört|jämföra|jämförelse|i genomsnitt|snitt|andel\p{L}*|procent|kvinnorna|männen|kvinnor|män|unga|ungdomar\p{L}*|varje|per)(?!\p{L})/iu;
/** "Av de 64 som avslutade", "för de 72 som avslutade", "De 61 avslutade", "Av 57 avslutade deltagare". */
const LEAD_TOTAL =
  /(?<!\p{L})(?:(?:(?:av|för|bland) (?:de|dessa|samtliga|alla|årets)|de) (\d{1,4}|\p{L}+)(?: (?:deltagare|personer|deltagarna|individer))? (?:som )?(?:har |hade )?(?:avslutade|avslutades|avslutat|avslutats|lämnade|skrevs ut)|(?:av|bland) (\d{1,4}|\p{L}+) (?:avslutade|utskrivna))(?!\p{L})/iu;
/** "Avslutade 2025 (53):", "Avslutade deltagare (49)": the exits in a bracket after the list's label. */
const LABEL_TOTAL = /(?<!\p{L})avslutade(?: deltagare)?(?: (?:19|20)\d\d)? \((\d{1,4})\)/iu;
/** "69 deltagare avslutades under 2025", "Under året avslutades 83 deltagare", "= 49 avslutade", "Summa 88". */
const STATED_TOTAL =
  /(?<![\d,.])(\d{1,4}) (?:deltagare|personer|individer)(?: \p{L}+){0,2} (?:avslutades|avslutade|har avslutat|hade avslutat|avslutat|avslutats)(?!\p{L})|(?<!\p{L})avslutade?s? (?:det )?(\d{1,4}) (?:deltagare|personer)(?!\p{L})|^(?:totalt|sammanlagt|summa|i alla fall) (\d{1,4}) (?:avslutade|avslut|personer|deltagare)(?!\p{L})(?! (?:deltog|deltagit|har deltagit|hade deltagit|var inskrivna|inskrivna|skrevs in|påbörjade|började|fick|tog del|nya))|^(?:och )?(\d{1,4}) (?:hade|har) (?:avslutats|avslutat)(?!\p{L})|^(?:=|och)?\s*(\d{1,4}) (?:avslutade|avslut|avslutades|har avslutats)(?!\p{L})|^(?:summa|totalt|sammanlagt|samtliga|antal|avslutade|avslut)(?: (?:avslutade|avslut|deltagare|personer|under|året|totalt|(?:19|20)\d\d))*:? (\d{1,4})$/iu;
/** A word every form of STATED_TOTAL holds, in its flags: a piece without one states no total. */
const STATED_CUE = /avslut|totalt|sammanlagt|summa|samtliga|antal|fall/iu;
/** One intervention spoken of ("insatsen", "projektet"); "sin insats" is each participant's own. */
const ONE_INTERVENTION = /(?<!\p{L})(?:insatsen|projektet|verksamheten|teamet)(?!\p{L})/iu;
/** Present and perfect tense a list in the present may use, beside what `destinationsIn` knows. */
const PRESENT_TENSE: readonly [Category, RegExp][] = [
  ["studies", /^(?:\p{L}+ ){0,2}(?:studerar|har börjat studera|studerande)(?!\p{L})/u],
  [
    "continued_rehab",
    /^(?:\p{L}+ ){0,2}fortsätter (?:i |med |till )?(?:en )?(?:annan |fortsatt )?(?:rehabilitering|vård)(?!\p{L})/u,
  ],
  [
    "unknown",
    /^(?:personer )?(?:saknas uppgift|är okänt|vet vi inte)(?!\p{L})|^(?:personer )?saknas (?:det )?uppgift om vart/u,
  ],
];

const SEPARATOR =
  /[;·•|+=[\]→]|\((?=\s*(?:totalt|summa|sammanlagt|samtliga|n\s*=)\s*\d)|,(?!\d)|[.?!](?=\s|$)|:(?=\s|$)|\s[–—-]\s|\s{3,}(?=\p{L})|(?:^|\s)(?:och|samt|medan)\s|\seller\s(?=[^,;:.]*\d)/gu;

/** A table row: a label, then its cells after a gap of two spaces or dot leaders ("Arbete ...... 31"). */
const ROW =
  /^\s*(?:[-–•*]\s+|\.\/\.\s+|=\s+|\d+(?:\.\d+)+\s+)?(\p{L}[^\d]*?)(?:\s*[.…]{3,}\s*|\s{2,}|:\s+|\s(?=\d+\s{2,}))([\d\s,.%–—-]*[\d—–-][\d\s,.%–—-]*?)\s*(?:personer|pers\.?|st\.?)?$/u;
/** A row's cells: counts, dashes for none reported, shares and intervals (which are no counts). */
const CELL = /\d+(?:,\d+)?\s*%|\d+,\d+(?:\s*[–-]\s*\d+,\d+)?|\d+|[—–-]/g;
/** A row's label naming all exits: "Summa", "Totalt", "Samtliga avslutade", "Avslutade under året". */
const TOTAL_LABEL =
  /^(?:summa|totalt|sammanlagt|samtliga|antal avslutade|avslutade|avslut|utskrivna)(?: (?:avslutade|avslut|deltagare|personer|under|året|totalt))*:?$/i;

function yearsIn(text: string, reportYear: number): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(YEAR)) out.push(Number(m[1]));
  for (const m of text.matchAll(SHORT_YEAR)) out.push(2000 + Number(m[1]));
  if (PRIOR_YEAR.test(text)) out.push(reportYear - 1);
  return out;
}

/** A count's value: digits, or a number word ("Elva", "fjorton"). */
function countOf(word: string): number | undefined {
  if (/^\d{1,4}$/.test(word)) return Number(word);
  const v = parseNumberWord(word);
  return v !== undefined && v > 0 && v < 1000 ? v : undefined;
}

/** The destination a label before its count names ("arbete", "Fortsatt rehabilitering / vård", "annat"). */
function labelCategory(label: string): Category | undefined {
  const t = label
    .replace(/^(?:[-–•*]|\.\/\.|=)\s*/, "")
    .replace(/^(?:och|samt|eller|men|medan)\s+/i, "")
    .replace(/^(?:varav|därav|därutöver|övriga:?)\s+/i, "")
    .replace(/[\s:(]+$/, "")
    // "Till arbete gick 18": a destination fronted before its verb.
    .replace(/^(till .+?) (?:gick|kom|har gått|har kommit|gått|kommit)$/i, "$1")
    .trim();
  if (t === "" || t.split(/\s+/).length > 7) return undefined;
  const named = exitRowCategory(t) ?? destinationRowCategory(t);
  if (named) return named as Category;
  if (otherExitRow(t)) return "other_exit";
  const cats = destinationsIn(t.toLowerCase(), true);
  if (cats.length === 1) return cats[0];
  // "Vård/rehab", "Fortsatt vård eller rehabilitering": two words of one destination.
  const slash = t.split(/\s*\/\s*|\s+(?:eller|och)\s+/);
  if (slash.length === 2) {
    const a = labelCategory(slash[0]!);
    if (a === "continued_rehab" || (a && /^(?:vård|rehab\p{L}*|behandling)$/iu.test(slash[1]!))) return a;
    const rehab = (w: string) => /^(?:fortsatt |annan )?(?:vård|rehab\p{L}*|behandling)$/iu.test(w);
    if (rehab(slash[0]!) && rehab(slash[1]!)) return "continued_rehab";
  }
  if (/^(?:vård|vård\/rehab|vård och rehabilitering|rehab|rehabilitering)$/i.test(t)) return "continued_rehab";
  return undefined;
}

/**
 * The destination the last words before a bracketed count name ("De flesta gick till arbete (17)"): the
 * longest tail of up to four words naming one, every shorter tail naming the same or none.
 */
function tailCategory(words: readonly string[]): Category | undefined {
  let found: Category | undefined;
  for (let n = 1; n <= Math.min(4, words.length); n++) {
    const c = labelCategory(words.slice(-n).join(" "));
    if (c === undefined) continue;
    if (found !== undefined && c !== found) return undefined;
    found = c;
  }
  return found;
}

/** The destination the words after a count name ("till arbete", "började studera", "av andra skäl"). */
function phraseCategory(after: string): Category | undefined {
  const t = after
    .toLowerCase()
    .replace(/[()]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    // The words of a year taken out after it ("… till annan rehabilitering under [2023]").
    .replace(/(?:^|\s)(?:under|i|för|år|året|hela)$/, "")
    .trim();
  if (t === "") return undefined;
  for (const [cat, re] of PRESENT_TENSE) if (re.test(t)) return cat;
  const cats = destinationsIn(t, true);
  return cats.length === 1 ? cats[0] : undefined;
}

/** One piece of running text read: an item, a total, or a break. */
function readPiece(piece: Piece, reportYear: number): Reading & { lead?: number; leadLine?: number } {
  // A share or a gender split in brackets after a count ("18 (28 %) till arbete", "Arbete 18 (10 kvinnor,
  // 8 män)") is set aside, blanked space for character; a count's own bracket ("arbete (17)") stays.
  const raw = piece.text.replace(ASIDE, (m) => " ".repeat(m.length));
  const text = raw.replace(/\s+/g, " ").trim();
  const years = yearsIn(text, reportYear);
  const year = years.length > 0 ? years[years.length - 1] : undefined;
  const lead = LEAD_TOTAL.exec(raw) ?? LABEL_TOTAL.exec(raw);
  let total: number | undefined;
  let blanked = raw;
  if (lead) {
    const word = lead[1] ?? lead[2]!;
    total = countOf(word);
    // "Av kvinnorna som avslutade", "Av de unga som avslutade": a part of the exits, whose list is no year's.
    if (total === undefined && !/^(?:dem|dessa|de|deltagarna|samtliga|alla)$/i.test(word))
      return { kind: "break", year };
    blanked = raw.slice(0, lead.index) + " ".repeat(lead[0].length) + raw.slice(lead.index + lead[0].length);
  }
  blanked = blanked.replace(YEAR, (y) => " ".repeat(y.length)).replace(SHORT_YEAR, (y) => " ".repeat(y.length));
  if (/%|\d,\d|procent/i.test(blanked)) return { kind: "break", year };
  const tokens = [...blanked.matchAll(/\S+/g)].map((m) => ({
    word: m[0].replace(/^[([{"'„]+|[)\]}"'.,:;!?]+$/g, ""),
    at: m.index!,
  }));
  const counts: { k: number; value: number }[] = [];
  tokens.forEach((t, k) => {
    const v = /^\d/.test(t.word) ? (/^\d{1,4}$/.test(t.word) ? Number(t.word) : NaN) : countOf(t.word);
    if (v !== undefined) counts.push({ k, value: v });
  });
  // The line the total's count stands on (a sentence may run over two).
  const totalLine = (v: number): number => {
    const digits = String(v);
    for (let at = raw.indexOf(digits); at >= 0; at = raw.indexOf(digits, at + 1))
      if (!/\d/.test(raw[at - 1] ?? "") && !/\d/.test(raw[at + digits.length] ?? "")) return lineOfOffset(piece, at);
    return piece.line;
  };
  const stated = () => {
    // Every form of STATED_TOTAL holds one of these words ("i alla fall": "fall"), which no step below makes.
    if (!STATED_CUE.test(text)) return total;
    // "(66 avslut)", "Hundrafyra personer avslutade": brackets aside, number words as digits.
    const plain = text
      .replace(/[()[\]]/g, " ")
      .replace(/\p{L}+/gu, (w) => String(countOf(w) ?? w))
      .replace(/\s+/g, " ")
      .trim();
    const m = STATED_TOTAL.exec(plain);
    return m ? Number(m.slice(1).find((g) => g !== undefined)) : total;
  };
  if (counts.length === 0) {
    const v = stated();
    return v !== undefined ? { kind: "total", value: v, year, line: totalLine(v) } : { kind: "words", year };
  }
  if (counts.length > 1 || Number.isNaN(counts[0]!.value) || NOT_AN_OUTCOME.test(blanked) || CAME_FROM.test(blanked))
    return { kind: "break", year };
  const { k, value } = counts[0]!;
  const before = tokens
    .slice(0, k)
    .map((t) => t.word)
    .join(" ");
  const after = tokens
    .slice(k + 1)
    .map((t) => t.word)
    .join(" ");
  // Words after the count say where it went ("till arbete"); a label before a count closing the piece names it ("arbete 14", "arbete (17)").
  // A count in brackets after a destination's words closes them ("… gick till arbete (17)").
  const bracketed = blanked[tokens[k]!.at] === "(";
  const category =
    phraseCategory(after) ??
    (UNIT_AFTER.test(after)
      ? (labelCategory(before) ?? (bracketed ? tailCategory(tokens.slice(0, k).map((t) => t.word)) : undefined))
      : undefined);
  if (!category) {
    const v = stated();
    return v !== undefined ? { kind: "total", value: v, year, line: totalLine(v) } : { kind: "break", year };
  }
  const line = lineOfOffset(piece, tokens[k]!.at);
  const item = { kind: "item" as const, item: { category, values: [value], line, label: text }, year };
  return total !== undefined ? { ...item, lead: total, leadLine: totalLine(total) } : item;
}

const ASIDE = /\s*\((?:[^()]*(?:%|procent|kvinnor|män)[^()]*)\)/giu;

/** Nothing after a label's count but its unit ("Till arbete   11 personer"). */
const UNIT_AFTER = /^\s*(?:personer|deltagare|st|pers)?\s*$/i;

function lineOfOffset(piece: Piece, at: number): number {
  let line = piece.line;
  for (const s of piece.starts) if (s.at <= at) line = s.line;
  return line;
}

/**
 * Line n as written, its gaps kept (a table's columns); a TAB read as a gap. Each step is taken only
 * on a line holding the character it replaces (every line of every paragraph comes here, some twice).
 */
function rawLine(doc: DocumentText, n: number): string {
  let line = doc.lines[n - 1] ?? "";
  if (line.includes("\t")) line = line.replace(/\t/g, "  ");
  // A Markdown table's row ("| Arbete | 26 |"): its pipes are gaps between cells.
  if (line.includes("|"))
    line = line.replace(/^\s*\|(.*)\|\s*$/, (_m, inner: string) => ` ${inner.replace(/\|/g, "   ")} `);
  // Markdown's bold marks ("**Arbete:** 12") blanked, the words kept where they stand.
  if (line.includes("**") || line.includes("__")) line = line.replace(/\*\*|__/g, "  ");
  return line.trimEnd();
}

/** A word hyphenated where a narrow column broke it ("ar-bete", "arbetssökan-de"). */
const BROKEN_WORD = /(?<=\p{Ll}{2})-(?=\p{Ll}{2})(?!(?:och|eller|samt)(?!\p{L}))/gu;
/** What a table row's cells (ROW) and a label's count (LABEL_COUNT_LINE) need: a digit or a dash. */
const DIGIT_OR_DASH = /[\d—–-]/;

/** "arbete 18": a line of a label and its count alone, one item of a list set a line each. */
const LABEL_COUNT_LINE = /^\s*\p{L}[\p{L} /,-]{0,40}\s\d{1,4}\s*$/u;

const BULLET_LINE = /^\s*[-–•*·▪]\s/;
const SECTION_NUMBER = /^\s*\d+(?:\.\d+)+\s+/;
const hasCount = (text: string): boolean => {
  const t = text.replace(YEAR, " ");
  return /(?<![\d,.])\d{1,4}(?![\d,])/.test(t) || t.split(/\s+/).some((w) => countOf(w) !== undefined);
};

/** The paragraphs of the document: runs of non-blank lines. */
function paragraphs(doc: DocumentText): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  let from = 0;
  for (let n = 1; n <= doc.lineCount + 1; n++) {
    const blank = n > doc.lineCount || doc.at(n).trim() === "";
    if (blank) {
      if (from > 0) out.push({ from, to: n - 1 });
      from = 0;
    } else if (from === 0) {
      // A paragraph ending on a colon leads the list after it ("Så här gick det för de 72 som avslutade:").
      const prev = out[out.length - 1];
      if (prev && /:\s*$/.test(doc.at(prev.to)) && doc.nextNonBlank(prev.to, 3) === n) {
        out.pop();
        from = prev.from;
      } else from = n;
    }
  }
  return out;
}

/**
 * A paragraph cut into pieces at the separators, a sentence running on over its lines; a bullet or a
 * row is a piece of its own. "och" parts two pieces only after a count ("19 till arbete och 8 till
 * studier"), never a destination's own name ("arbete och studier 24").
 */
function piecesOf(doc: DocumentText, from: number, to: number): Piece[] {
  const pieces: Piece[] = [];
  let cur: Piece | undefined;
  const push = () => {
    if (cur && cur.text.trim() !== "") pieces.push(cur);
    cur = undefined;
  };
  for (let n = from; n <= to; n++) {
    // Each step only on a line holding what it replaces (a hyphen, a bracket, dots).
    let line = rawLine(doc, n);
    // A word hyphenated where a narrow column broke it ("ar-bete", "arbetssökan-de") joined.
    if (line.includes("-")) line = line.replace(BROKEN_WORD, "");
    if (line.includes("(")) line = line.replace(ASIDE, "");
    if (line.includes("...") || line.includes("…")) line = line.replace(/\.{3,}|…+/g, (d) => " ".repeat(d.length));
    line = line.replace(SECTION_NUMBER, (d) => " ".repeat(d.length));
    const alone =
      BULLET_LINE.test(line) || (DIGIT_OR_DASH.test(line) && (ROW.test(line) || LABEL_COUNT_LINE.test(line)));
    // A line opening on a capital starts afresh (a card's next label), and so does one after a line
    // closing on a bracket or a question ("Vart tog de vägen? (66 avslut)"); a sentence runs on in lower case.
    if (alone || /^\s*\p{Lu}/u.test(line) || (n > from && /[)\]?!:]\s*$/.test(rawLine(doc, n - 1)))) push();
    const add = (part: string) => {
      if (!cur) cur = { text: "", line: n, starts: [] };
      if (cur.text.trim() === "") cur.line = n;
      cur.text += " ";
      cur.starts.push({ at: cur.text.length, line: n });
      cur.text += part;
    };
    let last = 0;
    for (const m of line.matchAll(SEPARATOR)) {
      const part = line.slice(last, m.index);
      if (/^\s?(?:och|samt|medan|eller)\s$/.test(m[0]) && !hasCount((cur?.text ?? "") + " " + part)) continue;
      add(part);
      push();
      last = m.index! + m[0].length;
    }
    add(line.slice(last));
    if (alone) push();
  }
  push();
  return pieces;
}

/**
 * A block of table rows, one destination each: items with one count per column (a share or an
 * interval beside a count is no column), a header of years over them, and the rows of all exits.
 */
function rowItems(
  doc: DocumentText,
  from: number,
  to: number,
): {
  items: Item[];
  header?: number[];
  totalColumn?: number;
  totals: number[][];
  other: boolean;
  /** Rows that are some other title's parts, never read as a list in any layout. */
  refused: boolean;
  lead: string[];
} {
  const items: Item[] = [];
  const totals: number[][] = [];
  let header: number[] | undefined;
  let totalColumn: number | undefined;
  // A line of running text with a count among the rows: no block of rows.
  let other = false;
  // The lines before the first row (a caption, a header of words).
  const lead: string[] = [];
  let refused = false;
  for (let n = from; n <= to; n++) {
    const line = rawLine(doc, n).replace(SECTION_NUMBER, (d) => " ".repeat(d.length));
    const m = ROW.exec(line.replace(/…/g, "."));
    const cells = m ? (m[2]!.match(CELL) ?? []) : [];
    // "Avslut till   2025   2024": a header whose cells are years (two cells at least, parted by gaps).
    const yearCells = line.split(/\s{2,}|\t|\|/).filter((cell) => YEAR_CELL_IN.test(cell)).length;
    if (items.length === 0 && yearCells >= 2 && (!m || cells.every((c) => YEAR_CELL.test(c)))) {
      // A column of a plan ("Budget 2025", "Mål 2025", "Prognos") has no year's outcome: NaN.
      header = line
        .split(/\s{2,}|\t|\|/)
        .filter((cell) => YEAR_CELL_IN.test(cell))
        .map((cell) => (PLAN_COLUMN.test(cell) ? NaN : Number(YEAR_CELL_IN.exec(cell)![1])));
      continue;
    }
    // "Kvinnor   Män   Totalt": gender columns closed by the total, whose column alone is everyone's.
    const words = line.trim().split(/\s{2,}|\t/);
    if (items.length === 0 && !m && words.length >= 2 && words.every((w) => GENDER_OR_TOTAL.test(w))) {
      const totals = words.filter((w) => TOTAL_CELL.test(w));
      if (totals.length === 1 && TOTAL_CELL.test(words[words.length - 1]!)) totalColumn = words.length - 1;
      continue;
    }
    if (!m) {
      if (items.length === 0 && line.trim() !== "") lead.push(line.trim());
      const flat = line
        .replace(/\.{3,}|…+/g, " ")
        .replace(/\s+/g, " ")
        .trim();
      // A header's words may hold a share ("Antal   Andel   95 % KI"): only a count makes a line of text.
      // Lines before the first row are its caption and header ("Tabell 4. Status vid avslut (n = 86)").
      if (items.length > 0 && hasCount(line.replace(SHARE, " ")) && !STATED_TOTAL.test(flat) && !LABEL_TOTAL.test(flat))
        other = true;
      continue;
    }
    const counts = cells.filter((c) => /^\d+$|^[—–-]$/.test(c)).map((c) => (/^\d+$/.test(c) ? Number(c) : NaN));
    const label = m[1]!.trim().replace(/[\s:]+$/, "");
    if (TOTAL_LABEL.test(label.replace(/^(?:=|\.\/\.)\s*/, ""))) {
      totals.push(counts);
      continue;
    }
    // A row whose label names a share ("Andel till arbete eller studier (%)   40   45") holds shares, never
    // counts, whatever its cells look like: no row of the list, and nothing else among it.
    if (SHARE_LABEL.test(label)) continue;
    const category = labelCategory(label);
    if (!category) {
      // A row of shares alone ("Andel till arbete eller studier   36 %") says nothing of counts.
      if (counts.length > 0) other = true;
      continue;
    }
    if (counts.length > 0) {
      // Rows set in under a line of words alone are that line's parts ("Insatser med" over "  arbete 11"
      // reads "Insatser med arbete"): only where it names the exits or where they went are they destinations.
      const above = n > from ? rawLine(doc, n - 1) : "";
      if (
        items.length === 0 &&
        /\p{L}/u.test(above) &&
        !hasCount(above) &&
        !/(?:19|20)\d\d/.test(above) &&
        indent(line) > indent(above) &&
        !EXIT_TITLE.test(above)
      )
        refused = true;
      items.push({ category, values: counts, line: n, label });
    }
  }
  return { items, header, totalColumn, totals, other, refused, lead };
}

const SHARE = /\d+(?:,\d+)?\s*(?:%|procent)/g;
/** A label naming a share: "Andel …", "… (%)", "… i procent". */
const SHARE_LABEL = /^andel(?!\p{L})|\(\s*%\s*\)|(?<!\p{L})i procent(?!\p{L})/iu;
const indent = (line: string): number => /^\s*/.exec(line)![0].length;
/** A title naming the exits or where they went ("Avslut till", "Efter avslut", "Vart gick de?", "varav:"). */
const EXIT_TITLE =
  /(?<!\p{L})(?:avslut\p{L}*|utskriv\p{L}*|utskrivn\p{L}*|vart|gick|till|efter|status|utfall|resultat|varav|därav|sysselsättning|destination\p{L}*)(?!\p{L})/iu;
/**
 * A header or caption naming where the participants came from or stood before ("Deltagare efter var de kom
 * ifrån", "Försörjning före insatsen", "vid inskrivning", "Remitterande myndighet"): no list of where they went.
 */
/** An item saying where someone came from ("9 kom från arbete", "remitterades från"): no destination. */
const CAME_FROM =
  /(?<!\p{L})(?:kom (?:ifrån|från)|varifrån|remitt\p{L}*|vid (?:start|starten|inskrivning\p{L}*))(?!\p{L})/iu;
/** A line of running text (a bullet's too): no table row, no label with its count alone, no gap before a figure. */
const runningText = (line: string): boolean =>
  !ROW.test(line) && !LABEL_COUNT_LINE.test(line) && !/\S\s{3,}\d/.test(line);

/** Words saying a count is of those who left ("avslutade", "lämnade", "skrevs ut"). */
const EXIT_WORD = /(?<!\p{L})(?:avslut\p{L}*|lämnade|skrevs ut|utskriv\p{L}*)/iu;
/** A title of a plan or a target ("Mål för 2026", "Målsättning 2026:", "Budget", "Prognos"). */
const PLAN_TITLE =
  /(?<!\p{L})(?:mål(?:et|en|sättning\p{L}*)?|målvärde\p{L}*|budget\p{L}*|prognos\p{L}*|planera\p{L}*|förväntat|beräknat)(?!\p{L})/iu;
const ORIGIN_TITLE =
  /(?<!\p{L})(?:kom (?:ifrån|från)|varifrån|före|innan|vid (?:start|starten|inskrivning\p{L}*|insatsens start)|remitt\p{L}*|remiss\p{L}*|inflöde|ursprung)(?!\p{L})/iu;
const TOTAL_CELL = /^(?:totalt|summa|alla|samtliga|total)$/i;
/** A span since the start ("sedan starten", "sedan 2019", "sedan förbundet bildades", "ackumulerat"): no one year's. */
const SINCE_START =
  /(?<!\p{L})(?:sedan (?:starten|start|begynnelsen|(?:år )?(?:19|20)\d\d|förbundet|verksamheten|projektet|insatsen|förbundets|verksamhetens)|ackumulera\p{L}*|kumulativ\p{L}*|från (?:start|starten)|(?:bildades|grundades|startade|bildandet|starten) (?:har|hade))(?!\p{L})/iu;
/** A follow-up some time after the exit ("sex månader efter avslut", "Uppföljning efter ett år"): no exit destination. */
const FOLLOW_UP =
  /(?<!\p{L})(?:(?:\d+|\p{L}+) (?:månader|månad|år|veckor|dagar) efter|efter (?:ett|två|tre|sex|tolv|\d+) (?:år|månader|månad|veckor))(?!\p{L})/iu;
/** Shares, no counts ("andel (%)", "procent"). */
const SHARE_TITLE = /(?<!\p{L})(?:andel\p{L}*|procent\p{L}*)(?!\p{L})|%/iu;
/** A group of the participants ("kvinnor", "unga under 25 år", "16–24 år"): its list is no list of all exits. */
const GROUP_WORD =
  /(?<!\p{L})(?:kvinn\p{L}*|män|männen|manliga|kvinnliga|flickor|pojkar|unga|ungdomar\p{L}*|utrikes födda|inrikes födda|nyanlända|(?:under|över) \d{1,2} år|\d{1,2}\s*[–-]\s*\d{1,2} år)(?!\p{L})/iu;
/** Both genders named ("kvinnor och män"): everyone, no group. */
const BOTH_GENDERS = (t: string) => /kvinn/i.test(t) && /(?<!\p{L})(?:män|männen|manliga)(?!\p{L})/iu.test(t);
const namesGroup = (t: string) => GROUP_WORD.test(t) && !BOTH_GENDERS(t);
/**
 * A caption's subject before a dash or a colon that names no exit, year or whole ("Steget – avslut"):
 * an intervention's or a group's table, not the federation's.
 */
function captionSubject(caption: string): boolean {
  const parts = caption.split(/\s[–—-]\s|:\s/);
  if (parts.length < 2) return false;
  const head = parts[0]!.trim();
  return (
    /^\p{L}[\p{L} ]*$/u.test(head) &&
    !EXIT_TITLE.test(head) &&
    !/(?<!\p{L})(?:tabell|figur|diagram|bild|bilaga|förbundet\p{L}*|samtliga|alla|totalt|deltagar\p{L}*|året|år)(?!\p{L})/iu.test(
      head,
    )
  );
}
/**
 * A caption naming what is not the federation's exits of one year: a span, a follow-up, shares, a group, a subject.
 * `countColumn`: the table's header sets a count's column apart from its shares', so a share word on that header,
 * or on a caption naming the count too ("antal och andel"), says what the other columns hold, not the rows read.
 */
const notTheYearsExits = (title: string, countColumn = false): boolean =>
  SINCE_START.test(title) ||
  FOLLOW_UP.test(title) ||
  (SHARE_TITLE.test(title) && !(countColumn && (countBesideShares(title) || COUNT_WORD.test(title)))) ||
  namesGroup(title) ||
  captionSubject(title);
/**
 * A caption naming whose exits after the year ("Avslut 2025 i Steget", "Avslutade inom projektet", "Resultat för
 * insatsen Brobygget"): one intervention's or someone else's, not the federation's (its own name excepted).
 * Read under a count's column beside shares too: the header says what the columns hold, not whose the rows are.
 */
function captionNamesSubject(title: string, own: ReturnType<typeof ownFederation>): boolean {
  for (const m of title.matchAll(
    /(?<!\p{L})(?:i|inom|för|vid|hos)\s+(\p{L}[\p{L}-]*)((?:\s+\p{Lu}[\p{L}-]*){0,2})/gu,
  )) {
    const word = m[1]!;
    if (ONE_INTERVENTION.test(word)) return true;
    if (!/^\p{Lu}/u.test(word)) continue;
    if (
      /^(?:samordningsförbund\p{L}*|förbund\p{L}*|tabell|figur|diagram|bilaga|sverige|totalt|samtliga|alla)$/iu.test(
        word,
      )
    )
      continue;
    if (namesFederation(`${word}${m[2] ?? ""}`.trim(), own) || namesFederation(word, own)) continue;
    return true;
  }
  return false;
}
/** A column of counts ("Antal", "Antal personer", "Personer"). */
const COUNT_CELL = /^(?:antal(?: (?:personer|deltagare|avslutade))?|personer|deltagare|st\.?)$/iu;
const COUNT_WORD = /(?<!\p{L})antal(?!\p{L})/iu;
/**
 * A header of column words naming a count's column apart from its shares' ("Antal   Andel   95 % KI",
 * "Avslutad till   Antal   Andel i procent"): the rows' whole numbers under it are the counts (a share's
 * decimal or marked cell is never read as one, and a whole-number share makes a second column no year heads).
 */
function countBesideShares(line: string): boolean {
  const cells = line
    .trim()
    .split(/\s{2,}|\t|\|/)
    .map((c) => c.trim())
    .filter((c) => c !== "");
  return (
    cells.length >= 2 &&
    cells.filter((c) => COUNT_CELL.test(c)).length === 1 &&
    cells.some((c) => SHARE_TITLE.test(c) && !COUNT_WORD.test(c)) &&
    !cells.some((c) => /\d/.test(c) && !SHARE_TITLE.test(c))
  );
}
/** A label alone before a list's colon naming none of its exits ("Steget:"): a subject of its own. */
const subjectLabel = (text: string): boolean => {
  const t = text.replace(/\s+/g, " ").trim();
  return (
    /^\p{Lu}\p{L}*(?: \p{L}+){0,2}$/u.test(t) &&
    !EXIT_TITLE.test(t) &&
    !/(?<!\p{L})(?:förbundet\p{L}*|samtliga|alla|totalt|summa|deltagar\p{L}*|året|år|personer)(?!\p{L})/iu.test(t) &&
    labelCategory(t) === undefined
  );
};
/** Whether the words before a part's first count are only those of a lead of all exits ("Av dem gick"). */
function partLead(item: Item): boolean {
  const t = item.label.replace(ASIDE, " ");
  const lead = LEAD_TOTAL.exec(t);
  const rest = lead ? t.slice(0, lead.index) + " " + t.slice(lead.index + lead[0].length) : t;
  const first = /(?<![\d,.])\d{1,4}(?![\d,])/.exec(rest);
  const words = (first ? rest.slice(0, first.index) : rest).match(/\p{L}+/gu) ?? [];
  if (!first && words.length > 0) return false;
  return words.every((w) => PART_LEAD_WORD.test(w)) || (first !== null && destinationBeforeCount(words, item.category));
}
/**
 * The item's own destination written before its count ("Till arbete 20 (17), till studier 9", "av dem
 * gick till arbete 14"): lead words, then "till"/"mot" and the destination; or the destination's label
 * alone ("Arbete 20, studier 9"). Only a row label of the exits' lexicon ("Till arbete", "Studier"), so
 * no group's or name's words ("Kvinnor till arbete", "Steget arbete") pass as the destination's.
 */
function destinationBeforeCount(words: readonly string[], category: Category): boolean {
  const named = (phrase: string) => (exitRowCategory(phrase) ?? destinationRowCategory(phrase)) === category;
  const to = words.findIndex((w) => /^(?:till|mot)$/iu.test(w));
  if (to >= 0)
    return (
      words.slice(0, to).every((w) => PART_LEAD_WORD.test(w)) &&
      to < words.length - 1 &&
      named(words.slice(to).join(" "))
    );
  return words.length >= 1 && words.length <= 3 && named(words.join(" "));
}
/** Words a part's first item may have before its count ("Av dem gick", "av dessa har"): none of a subgroup. */
const PART_LEAD_WORD =
  /^(?:av|dem|dessa|de|bland|samtliga|alla|gick|har|hade|fick|kom|började|gått|kommit|och|samt|så|det|sammanlagt|totalt|sedan|därefter|varav|därav|personer|deltagare|deltagarna|sin|sina|insats|insatser|som|avslutade|avslutat|avslutades|avslutats|slutade|slutat|lämnade|lämnat|vidare|direkt)$/iu;
/** The nearest line of words within two lines above line `from`, or "". */
function lineAbove(doc: DocumentText, from: number): string {
  const above = doc.nextNonBlank(Math.max(0, from - 3), 2, from - 1);
  return above !== undefined ? doc.at(above) : "";
}

/** The label column's title over a column of years. */
const YEARS_TITLE = /^(?:år|året|årtal|verksamhetsår|period)$/i;

/**
 * A table turned on its side ("År  Arbete  Studier  Arbetssökande  Övrigt  Summa" over rows "2025  16  7
 * 10  9  42"): a header of two destinations or more (each once), at most one total column among them,
 * and rows opening on a year (never a later one than the report's) with a count under every header
 * cell; a row opening on anything else ("Mål 2026", "Budget") is never read, nor a row with a dash or
 * an empty cell. Undefined where the paragraph holds no such header.
 */
function turnedTable(
  doc: DocumentText,
  from: number,
  to: number,
): { year: number; line: number; items: Item[]; total?: number }[] | undefined {
  let heads: (Category | "total")[] | undefined;
  let labels: string[] = [];
  const out: { year: number; line: number; items: Item[]; total?: number }[] = [];
  for (let n = from; n <= to; n++) {
    const cells = rawLine(doc, n)
      .trim()
      .split(/\s{2,}/);
    if (!heads) {
      const named = YEARS_TITLE.test(cells[0]!) ? cells.slice(1) : /^\s/.test(rawLine(doc, n)) ? cells : [];
      if (named.length < 3 || named.some((c) => /\d/.test(c))) continue;
      const kinds = named.map((c) => (TOTAL_CELL.test(c) || TOTAL_LABEL.test(c) ? "total" : labelCategory(c)));
      const dests = kinds.filter((k) => k !== "total");
      if (kinds.some((k) => k === undefined) || dests.length < 2 || new Set(dests).size !== dests.length) continue;
      if (kinds.length - dests.length > 1) continue;
      heads = kinds as (Category | "total")[];
      labels = named;
      continue;
    }
    const values = cells.slice(1);
    if (!YEAR_CELL.test(cells[0]!) || values.length !== heads.length || !values.every((v) => /^\d{1,4}$/.test(v)))
      continue;
    const year = Number(cells[0]);
    if (year > doc.periodYear) continue;
    const items: Item[] = [];
    let total: number | undefined;
    heads.forEach((h, c) => {
      if (h === "total") total = Number(values[c]);
      else items.push({ category: h, values: [Number(values[c])], line: n, label: labels[c]! });
    });
    out.push({ year, line: n, items, total });
  }
  return heads ? out : undefined;
}
const GENDER_OR_TOTAL =
  /^(?:kvinnor|män|kvinna|man|k|m|ickebinär\p{L}*|annat kön|okänt kön|uppgift saknas|totalt|summa|alla|samtliga|total)$/iu;
const YEAR_CELL_IN = /(?<![\d-])((?:19|20)\d\d)(?![\d-])/;
const PLAN_COLUMN = /budget|mål|prognos|plan|beräkn|förväntat|avsatt/i;
const YEAR_CELL = /^(?:19|20)\d\d$/;

/** The generic word of a federation's name, in any case (as the first name below reads it). */
const GENERIC_NAME = /samordningsförbund/iu;
/** Whether a paragraph names another federation or the whole country. */
function namesElsewhere(text: string, own: ReturnType<typeof ownFederation>): boolean {
  if (ELSEWHERE_PLACE.test(text)) return true;
  // Both names below hold the generic word: a paragraph without it is not searched for them.
  if (!GENERIC_NAME.test(text)) return false;
  for (const m of text.matchAll(/(?<!\p{L})samordningsförbundet((?: (?:i )?\p{Lu}[\p{L}-]*){1,3})/giu))
    if (!namesFederation(m[1]!.trim(), own)) return true;
  for (const m of text.matchAll(/((?:\p{Lu}[\p{L}-]* ){1,3})samordningsförbund(?!\p{L})/gu))
    if (!namesFederation(m[1]!.trim(), own)) return true;
  return false;
}

/**
 * The runs read beside the other readers' output: where a run adding up to the year's exits contradicts
 * the federation's destinations of that year another reader gave, those are dropped for the run's.
 */
export function withDestinationRuns(
  doc: DocumentText,
  outputs: readonly ParseOutput[],
  options: RunOptions = {},
): ParseOutput[] {
  const runs = parseDestinationRuns(
    doc,
    outputs.flatMap((o) => o.facts),
    options,
  );
  if (runs.superseded.size === 0) return [...outputs, runs];
  const stale = (f: FactInput) =>
    f.table === "participant_breakdown" &&
    f.intervention === null &&
    f.dimension === "exit_outcome" &&
    runs.superseded.has(f.year);
  return [...outputs.map((o) => ({ ...o, facts: o.facts.filter((f) => !stale(f)) })), runs];
}

/**
 * `statedTotals: false`: only the exits the other readers read gate a run (minutes, whose items
 * report many bodies' figures: a total stated beside a list may be an intervention's).
 */
export interface RunOptions {
  statedTotals?: boolean;
}

export function parseDestinationRuns(
  doc: DocumentText,
  read: readonly FactInput[],
  options: RunOptions = {},
): ParseOutput & { superseded: ReadonlySet<number> } {
  const exits = new Map<number, Set<number>>();
  for (const f of read)
    if (
      f.table === "participant_count" &&
      f.intervention === null &&
      f.measure === "exited" &&
      f.gender === "all" &&
      !f.approximate
    )
      exits.set(f.year, (exits.get(f.year) ?? new Set()).add((f as Count).value));
  const known = new Map<number, Map<string, number>>();
  for (const f of read)
    if (f.table === "participant_breakdown" && f.intervention === null && f.dimension === "exit_outcome") {
      const b = f as Breakdown;
      known.set(b.year, (known.get(b.year) ?? new Map()).set(b.category, b.value));
    }
  const scopes = scopeByLine(doc);
  const anyIntervention = scopes.some((s) => s.kind === "intervention");
  const interventions = [...new Set(scopes.flatMap((s) => (s.kind === "intervention" ? [s.name] : [])))];
  const own = ownFederation(doc);
  const facts: FactInput[] = [];
  const done = new Set<number>();
  // Parts of a year's destinations, stored after every whole list has been read (a whole list wins).
  const parts: { items: Item[]; year: number; leads: number[]; stated: number[]; federation: boolean }[] = [];
  // The exits each intervention's own figures give: a lead naming one of them may be that intervention's.
  const interventionExits = new Set(
    read.flatMap((f) =>
      f.table === "participant_count" && f.intervention !== null && f.measure === "exited" && f.gender === "all"
        ? [`${f.year}:${(f as Count).value}`]
        : [],
    ),
  );
  const superseded = new Set<number>();
  for (const { from, to } of paragraphs(doc)) {
    const lineScopes = scopes.slice(from - 1, to);
    if (lineScopes.some((s) => s.kind === "intervention")) continue;
    const text = doc.join(from, to);
    // The federation's lines: under its own heading, in a document with no intervention's section, or
    // in a paragraph that names no intervention of the document nor speaks of one ("insatsen").
    const ours =
      (options.statedTotals !== false || annualReportItem(doc, from)) &&
      (lineScopes.every((s) => s.kind === "federation") ||
        !anyIntervention ||
        (!ONE_INTERVENTION.test(text) && !interventions.some((name) => text.includes(name))));
    if (!/\d|\p{L}/u.test(text) || namesElsewhere(text, own)) continue;
    const ownLines = lineScopes.every((s) => s.kind === "federation");
    // Rows first: a block of "label   count(s)" lines; else running text.
    // A table turned on its side: destinations as columns, a year a row.
    const turned = turnedTable(doc, from, to);
    if (turned) {
      const titles = [captionOf(doc, from), lineAbove(doc, from)];
      if (
        !titles.some(
          (l) => ORIGIN_TITLE.test(l) || PLAN_TITLE.test(l) || notTheYearsExits(l) || captionNamesSubject(l, own),
        )
      )
        for (const row of turned) {
          const values = row.items.map((i) => i.values[0]!);
          if (row.total !== undefined && values.reduce((a, b) => a + b, 0) !== row.total) continue;
          const sum = targetFor(row.year, values, exits, row.total !== undefined ? [row.total] : [], ours);
          if (sum !== undefined && store(row.items, 0, row.year) && row.total !== undefined)
            statedExits(row.year, sum, row.line);
        }
      continue;
    }
    const rows = rowItems(doc, from, to);
    const captionYears = captionYearsOf(doc, from);
    if (rows.refused) continue;
    if (rows.items.length >= 2 && !rows.other) {
      const columns = rows.items[0]!.values.length;
      if (rows.items.every((i) => i.values.length === columns) && distinct(rows.items)) {
        // A caption or header naming where they came from is no list of where they went; a table whose own
        // total row misses its rows' sum in any column (or a destination named twice) stores nothing.
        // A caption of a plan ("Mål för 2026", "Budget") has no year's outcome.
        const titles = [captionOf(doc, from), ...rows.lead];
        // (a header of years names its plan's column itself, left unread).
        const plan = (l: string) => PLAN_TITLE.test(l) && (l.match(/(?:19|20)\d\d/g) ?? []).length < 2;
        // A header setting a count's column apart from its shares' ("Antal   Andel   95 % KI") reads the counts.
        const countColumn = rows.lead.some(countBesideShares);
        if (
          titles.some(
            (l) => ORIGIN_TITLE.test(l) || plan(l) || notTheYearsExits(l, countColumn) || captionNamesSubject(l, own),
          )
        )
          continue;
        if (!addsUp(rows.items, rows.totals, columns)) continue;
        // The lines over the rows name the table's year: one year, else none is sure.
        const leadYears = new Set([...captionYears, ...rows.lead.flatMap((l) => yearsIn(l, doc.periodYear))]);
        if (!rows.header && leadYears.size > 1) continue;
        const captionYear = leadYears.size === 1 ? [...leadYears][0]! : doc.periodYear;
        const years =
          rows.header && rows.header.length === columns
            ? rows.header
            : rows.totalColumn !== undefined && rows.totalColumn === columns - 1
              ? rows.items[0]!.values.map((_v, c) => (c === columns - 1 ? captionYear : NaN))
              : columns === 1
                ? [captionYear]
                : undefined;
        const stated = statedTotals(doc, from, to);
        years?.forEach((year, c) => {
          if (Number.isNaN(year)) return;
          const values = rows.items.map((i) => i.values[c]!);
          if (values.some((v) => Number.isNaN(v))) return;
          const own = rows.totals.flatMap((t) => (t.length === columns && !Number.isNaN(t[c]!) ? [t[c]!] : []));
          const target = targetFor(year, values, exits, [...own, ...(c === 0 ? stated : [])], ours);
          if (target !== undefined) store(rows.items, c, year);
        });
        continue;
      }
    }
    const pieces = piecesOf(doc, from, to);
    let run: Item[] = [];
    let lastYear: number | undefined;
    let runYear: number | undefined;
    // Whether a total closed the run (a list stating its sum is whole, never a part).
    let closed = false;
    // Years the run's own pieces name ("… och 12 till aktivt arbetssökande under 2023").
    const namedYears = new Set<number>();
    // Words before a run saying where the participants came from or stood before ("Före insatsen:"), or
    // naming a plan ("Målsättning 2026:"), until words naming the exits or where they went.
    let origin = false;
    let runOrigin = false;
    // A span since the start named in the paragraph: no list after it is one year's.
    let span = false;
    // Both are asked of the pieces read so far only where a run decides (`originUpTo`, `spanUpTo`):
    // most paragraphs hold no run, and their pieces' titles were tested for nothing, some 2 % of
    // extraction's CPU. `readings[k]` is what piece k read as; `read` the pieces read so far.
    const readings: Reading[] = [];
    let read = 0;
    let originAsked = 0;
    let spanAsked = 0;
    const originUpTo = (upTo: number): boolean => {
      for (; originAsked < upTo; originAsked++) {
        const r = readings[originAsked]!;
        if (r.kind === "item") continue;
        const text = pieces[originAsked]!.text;
        if (
          ORIGIN_TITLE.test(text) ||
          PLAN_TITLE.test(text) ||
          FOLLOW_UP.test(text) ||
          namesGroup(text) ||
          (r.kind === "words" && subjectLabel(text))
        )
          origin = true;
        else if (EXIT_TITLE.test(text)) origin = false;
      }
      return origin;
    };
    const spanUpTo = (upTo: number): boolean => {
      for (; !span && spanAsked < upTo; spanAsked++) if (SINCE_START.test(pieces[spanAsked]!.text)) span = true;
      return span;
    };
    const totals: number[] = [];
    const totalLines: number[] = [];
    // Lead totals stated in exit words ("Under året avslutade 112 personer"), which may lead a part.
    const exitLeads: number[] = [];
    const flush = () => {
      // A run whose pieces name a year other than the one before it, or two years, is no one year's.
      const named = [...namedYears];
      const sure = named.length === 0 || (named.length === 1 && (runYear === undefined || runYear === named[0]));
      if (
        run.length >= 2 &&
        sure &&
        !runOrigin &&
        !spanUpTo(read) &&
        !SINCE_START.test(run.map((i) => i.label).join(" "))
      ) {
        const year = runYear ?? named[0] ?? (captionYears.length === 1 ? captionYears[0]! : doc.periodYear);
        const values = run.map((i) => i.values[0]!);
        const sum = targetFor(year, values, exits, totals, ours);
        if (sum !== undefined) {
          if (store(run, 0, year)) statedExits(year, sum, totalLines[totals.indexOf(sum)]);
        } else if (!closed && ours)
          parts.push({ items: run, year, leads: [...totals], stated: [...exitLeads], federation: ownLines });
      }
      // A total before the list stays until a list has been read (a slide's number between them is no list).
      if (run.length > 0) {
        totals.length = 0;
        totalLines.length = 0;
        exitLeads.length = 0;
      }
      run = [];
      runYear = undefined;
      namedYears.clear();
      closed = false;
    };
    let before = "";
    for (const piece of pieces) {
      let r = readPiece(piece, doc.periodYear);
      // "Avslutade deltagare: 64, varav …": a count alone after the exits' label is their total.
      if (r.kind === "break" && /^\s*\d{1,4}\s*$/.test(piece.text) && TOTAL_LABEL.test(before.trim()))
        r = { kind: "total", value: Number(piece.text.trim()) };
      before = piece.text;
      readings.push(r);
      read++;
      if (r.kind === "words") {
        // A phrase in lower case after the items dates them ("…, under 2023."); a year named between items
        // otherwise starts another year's list ("Utfall 2024:").
        if (r.year !== undefined && run.length > 0 && /^\s*\p{Ll}/u.test(piece.text)) namedYears.add(r.year);
        else if (r.year !== undefined) {
          flush();
          lastYear = r.year;
        }
        continue;
      }
      if (r.kind === "total") {
        // A total before the items leads them; one after closes them.
        if (run.length === 0) {
          totals.splice(0, totals.length, r.value);
          totalLines.splice(0, totalLines.length, r.line ?? piece.line);
          exitLeads.splice(0, exitLeads.length, ...(EXIT_WORD.test(piece.text) ? [r.value] : []));
          if (r.year !== undefined) lastYear = r.year;
        } else {
          totals.push(r.value);
          totalLines.push(r.line ?? piece.line);
          if (r.year !== undefined) namedYears.add(r.year);
          closed = true;
          flush();
        }
        continue;
      }
      if (r.kind === "break") {
        flush();
        // Another figure's year ("213 (2024: 198)") dates nothing after it; "Året innan …" does.
        if (r.year !== undefined && PRIOR_YEAR.test(piece.text)) lastYear = r.year;
        continue;
      }
      if (run.some((i) => i.category === r.item.category)) flush();
      if (run.length === 0) {
        if (r.lead !== undefined) {
          totals.splice(0, totals.length, r.lead);
          totalLines.splice(0, totalLines.length, r.leadLine ?? piece.line);
          exitLeads.splice(0, exitLeads.length, r.lead);
        }
        runYear = r.year ?? lastYear;
        runOrigin = originUpTo(read);
      } else if (r.year !== undefined) namedYears.add(r.year);
      run.push(r.item);
    }
    flush();
  }
  // A total stated only in the text leads a part only under the federation's own heading.
  for (const p of parts) storePart(p.items, p.year, p.leads, p.federation ? p.stated : []);
  return {
    facts,
    superseded,
    findings: [],
    coverage:
      facts.length > 0
        ? [
            {
              section: "general:destinations",
              status: "parsed" as const,
              line: facts[0]!.line,
              facts: facts.length,
              note: null,
            },
          ]
        : [],
  };

  /**
   * The exits a run was proven against, stated beside it, where no reader read the year's exits: the
   * federation's, as its destinations are.
   */
  function statedExits(year: number, value: number, line: number | undefined): void {
    if (line === undefined || exits.has(year)) return;
    exits.set(year, new Set([value]));
    facts.push({
      table: "participant_count",
      intervention: null,
      year,
      measure: "exited",
      gender: "all",
      value,
      line,
      text: doc.at(line),
      section: "general:destinations",
      approximate: false,
      confirmed_by: ["exit_sum"],
    });
  }

  /**
   * A part of the year's destinations ("Av de 86 som avslutade gick 27 till arbete och 9 till studier"):
   * stored only after a lead total that is the federation's exits of the year another reader read, its
   * counts within them, naming no "other" exits (a list naming the rest is whole and must add up), and
   * agreeing with every destination of the year read elsewhere.
   */
  function storePart(items: readonly Item[], year: number, leads: readonly number[], stated: readonly number[]): void {
    // The exits another reader read, else the one total the lead states in exit words.
    const read = exits.get(year);
    if (done.has(year) || (read && read.size !== 1)) return;
    const total = read ? [...read][0]! : stated.length === 1 ? stated[0]! : undefined;
    // Running text only: rows level with the exits' line are no parts of them where the older readers
    // leave them ("Avslutade 2025   61" over "Till arbete   14"); nor a total that is an intervention's exits too.
    if (items.some((i) => !runningText(rawLine(doc, i.line)))) return;
    // A part of a joint destination ("21 till arbete eller studier, varav 13 till arbete") overlaps it; the
    // first count's words name no subgroup nor intervention ("Av kvinnorna", "I Steget", "Bland dem under 25 år").
    if (items.some((i) => /^\s*(?:varav|därav)(?!\p{L})/iu.test(i.label))) return;
    if (!partLead(items[0]!)) return;
    if (
      total === undefined ||
      interventionExits.has(`${year}:${total}`) ||
      !leads.includes(total) ||
      items.some((i) => i.category === "other_exit" || i.category === "unknown")
    )
      return;
    const have = known.get(year) ?? new Map<string, number>();
    if (items.some((i) => have.has(i.category) && have.get(i.category) !== i.values[0])) return;
    const union = new Map(have);
    for (const i of items) union.set(i.category, i.values[0]!);
    if ([...union.values()].reduce((a, b) => a + b, 0) >= total) return;
    done.add(year);
    for (const i of items)
      if (!have.has(i.category))
        facts.push({
          table: "participant_breakdown",
          intervention: null,
          year,
          population: "exited",
          dimension: "exit_outcome",
          category: i.category,
          value: i.values[0]!,
          source_label: i.label,
          line: i.line,
          text: doc.at(i.line).trim(),
          section: "general:destinations",
          approximate: false,
          confirmed_by: [],
        });
  }

  function store(items: readonly Item[], column: number, year: number): boolean {
    if (done.has(year)) return false;
    let have = known.get(year);
    const agrees = (c: string, v: number) => items.some((i) => i.category === c && i.values[column] === v);
    if (have && [...have].some(([c, v]) => !agrees(c, v))) {
      // Destinations read elsewhere that this list, adding up to the exits, contradicts: the list is the
      // year's, unless they add up to the exits too (two lists of one year: neither is sure).
      const sum = [...have.values()].reduce((a, b) => a + b, 0);
      if (exits.get(year)?.has(sum)) return false;
      superseded.add(year);
      have = undefined;
    }
    done.add(year);
    for (const i of items) {
      if (have?.has(i.category)) continue;
      facts.push({
        table: "participant_breakdown",
        intervention: null,
        year,
        population: "exited",
        dimension: "exit_outcome",
        category: i.category,
        value: i.values[column]!,
        source_label: i.label,
        line: i.line,
        text: doc.at(i.line).trim(),
        section: "general:destinations",
        approximate: false,
        confirmed_by: ["exit_sum"],
      });
    }
    return true;
  }
}

/** "§ 5. Årsredovisning för år 2025": an item of minutes presenting the federation's own report. */
const REPORT_ITEM = /^\s*§\s*\d+.*(?:årsredovisning|verksamhetsberättelse|årsberättelse|årsbokslut)/iu;

/** Whether the paragraph at `from` stands under an item of minutes presenting the annual report (its § line within 30 lines above). */
function annualReportItem(doc: DocumentText, from: number): boolean {
  for (let n = from; n >= Math.max(1, from - 30); n--) {
    const line = doc.at(n);
    if (/^§\s*\d+/.test(line)) return REPORT_ITEM.test(line);
  }
  return false;
}

/** A caption's words: short, no sentence ("Avslutade 2025", "Avslutsorsaker 2024"). */
const isCaption = (line: string) => line !== "" && line.split(" ").length <= 8 && !/[.!?]$|\.\s/.test(line);

/**
 * The years a paragraph's caption names: its own first line where that is a caption, or a caption
 * right above it; never a sentence's year ("År 2024 var antalet inskrivna 104.").
 */
function captionYearsOf(doc: DocumentText, from: number): number[] {
  return yearsIn(captionOf(doc, from), doc.periodYear);
}

/** A paragraph's caption: its own first line where that is a caption, or a caption right above it. */
function captionOf(doc: DocumentText, from: number): string {
  const first = doc.at(from);
  const above = doc.nextNonBlank(Math.max(0, from - 3), 2, from - 1);
  const caption =
    isCaption(first) && hasCount(first) === false
      ? first
      : above !== undefined && isCaption(doc.at(above))
        ? doc.at(above)
        : "";
  return caption;
}

/** Whether every total row of a block is its rows' sum in each column it fills. */
function addsUp(items: readonly Item[], totals: readonly number[][], columns: number): boolean {
  return totals.every(
    (t) =>
      t.length !== columns ||
      // A dash among the rows is none; a column of dashes alone (a budget set for the total only) holds no
      // row to add up, and stores none.
      t.every(
        (v, c) =>
          Number.isNaN(v) ||
          items.every((i) => Number.isNaN(i.values[c]!)) ||
          items.reduce((a, i) => a + (Number.isNaN(i.values[c]!) ? 0 : i.values[c]!), 0) === v,
      ),
  );
}

function distinct(items: readonly Item[]): boolean {
  return new Set(items.map((i) => i.category)).size === items.length;
}

/** Totals a block of rows states in its own lines or its caption ("Samtliga avslutade  64", "Summa 88"). */
function statedTotals(doc: DocumentText, from: number, to: number): number[] {
  const out: number[] = [];
  for (let n = Math.max(1, from - 2); n <= to; n++) {
    const t = doc
      .at(n)
      .replace(/\.{3,}/g, " ")
      .replace(/\s+/g, " ")
      .trim();
    const m =
      STATED_TOTAL.exec(t) ??
      LABEL_TOTAL.exec(t) ??
      /\(n\s*=\s*(\d{1,4})\)/i.exec(t) ??
      /^(?:summa|totalt|samtliga avslutade|avslutade totalt|summa avslutade|antal avslutade|avslutade)(?: deltagare)?:? (\d{1,4})(?: \d{1,4})*$/i.exec(
        t,
      );
    if (m) out.push(Number(m.slice(1).find((g) => g !== undefined)));
  }
  return out;
}

/**
 * The exits a run adds up to, or undefined: the federation's exits of the year read elsewhere (one
 * value), else a total the paragraph states, where its lines are the federation's and it is no other year's exits.
 */
function targetFor(
  year: number,
  values: readonly number[],
  exits: ReadonlyMap<number, ReadonlySet<number>>,
  stated: readonly number[],
  ours: boolean,
): number | undefined {
  const sum = values.reduce((a, b) => a + b, 0);
  const read = exits.get(year);
  if (read && read.size === 1) return read.has(sum) ? sum : undefined;
  // Two exit counts read for the year: the one the list's own total names, where the list adds up to it.
  if (read) return read.has(sum) && stated.includes(sum) ? sum : undefined;
  // Its own year's exits unread, and its total another year's exits ("Tabell 3. Avslutade deltagare 2023" adding up to
  // the 91 that 2024's text says exited, a caption a correction notice says is wrong): its year is in doubt.
  for (const [other, counts] of exits) if (other !== year && counts.has(sum)) return undefined;
  return ours && stated.includes(sum) ? sum : undefined;
}
