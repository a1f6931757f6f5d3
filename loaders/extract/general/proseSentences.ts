/**
 * The sentence pre-pass every prose reader runs before its grammar: a report's lines grouped
 * into runs of running text (paragraphs) whose sentences may wrap over lines and pages. Words
 * hyphenated across a line break are joined ("del-" / "tagare" → "deltagare"); page furniture
 * (page numbers, running headers and footers, table-of-contents lines) is dropped; a heading, a
 * bullet or a row of a table is never joined to the text around it. Every character of a unit
 * still knows the line it came from, so a number cites the line it is on. Pure.
 */
import { oncePerDocument, type DocumentText } from "../documentText.ts";
import { isFurniture, isHeading } from "./sectionScope.ts";
import { pageFurniture } from "./pageFurniture.ts";
import { AMOUNT_UNIT_WORD } from "../../reference/units.ts";
import { splitSentences } from "./figureGrammar.ts";
import { distributeRespectively } from "./respectivelyPairs.ts";

export interface ProseUnit {
  text: string;
  /** Offset in `text` where each line starts, and that line's number. */
  starts: { offset: number; line: number }[];
  /** Its sentences, split by `sentencesOf` when first asked for: set only there. */
  sentences?: readonly { start: number; end: number }[];
}

export const BULLET = /^[•·▪■◦*–-]\s/;
/** A line ending on a date's or a period's year: "den 31 december 2017", "under 2024", "för år 2023". */
const ENDS_ON_DATE =
  /(?<!\p{L})(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|under|inför|sedan|från|till|för|år|året)\s+(?:19|20)\d\d$/iu;
/** What every ENDS_ON_DATE ends on. */
const YEAR_AT_END = /(?:19|20)\d\d$/;
const LABEL_START = /^(antal|totalt|summa|varav|andel|nya|avslutade|pågående|inskrivna|kvinnor|män|sedan)\b/i;
/** A line that opens with the unit of the amount the line before ended on: "Mkr). Årets …". */
const UNIT_RUNS_ON = new RegExp(String.raw`^(${AMOUNT_UNIT_WORD})(?![\p{L}])`, "iu");
const CAPTION = /^(diagram|tabell|figur|bild|graf)\s*\d+/i;
/** A sentence's list cut after its last figure: "… varav 50 kvinnor och 44". */
const LIST_CUT_AT_FIGURE = /\p{Ll}\s(?:och|samt|eller)\s\d{1,3}(?: \d{3})*$/u;
/**
 * A line ending in a word that cannot end a sentence ("varav", "och", "av", "till") or a comma
 * runs on, whatever the next line begins with: "… avslutades 102 deltagare, varav" / "37 gick …"; so does
 * a list's middle dot ("arbete 31 · studier 14 ·" / "övrigt 15").
 */
const RUNS_ON =
  /(,|\s·|\s(varav|därav|och|samt|eller|av|till|på|om|med|för|från|i|som|att|än|ca|cirka|drygt|knappt|totalt|var|blev|uppgick))$/i;
/** A word, then a spaced dash closing the line: the sentence goes on after the dash. */
const DASH_AT_END = /\p{L}\s[–—]$/u;
/** A line that starts with a number followed by a lower-case word or a percent sign ("28 procent.", "37 gick …"). */
const NUMBER_RUNS_ON = /^\d{1,3}( \d{3})*(,\d+)?\s?(%|\p{Ll})/u;
/**
 * A callout's big number on a line of its own: an amount, a count or a share and nothing else
 * ("238", "41 %", "−0,5 mnkr"). A year ("2024") is never one: four digits need a thousands space.
 * A bare number is a page number as often, so it is a callout only with its caption right under it.
 */
const CALLOUT_NUMBER = new RegExp(String.raw`^[−-]?\d{1,3}( \d{3})*(,\d+)?( ?%| (${AMOUNT_UNIT_WORD}))?$`, "iu");
/** A word broken at the line's end: "del-" before "tagare". Not "arbets-" before "och" (a shared ending). */
const HYPHENATED = /\p{Ll}[-\u00ad]$/u;
const SHARED_ENDING = /^(och|eller|samt|respektive|resp|till|som)\b/;
/**
 * A line break's hyphen that text extraction kept inside a line: "genom- snittliga", "del- tagare".
 * "arbets- och studiemotiverande" keeps its hyphen: the ending is shared.
 */
const INLINE_BREAK = /(\p{Ll})[-\u00ad] (?!(och|eller|samt|respektive|resp|till|som)\b)(\p{Ll})/gu;

/** A Markdown quote's mark opening a line ("> ", ">> "), up to three spaces before it. */
const QUOTE_MARK = /^ {0,3}>(?:\s*>)*\s?(?=\S)/;

/**
 * A quoted line's mark: on a line of a run of two marked lines at least, or before a word; a mark alone on its
 * line before a figure ("> 200 deltagare") may say "more than", and stays.
 */
function quoteMark(doc: DocumentText, n: number): RegExpExecArray | null {
  const line = doc.at(n);
  if (!line.includes(">")) return null;
  const m = QUOTE_MARK.exec(line);
  if (m === null) return null;
  const inRun = (k: number) => k >= 1 && k <= doc.lineCount && QUOTE_MARK.test(doc.at(k));
  return inRun(n - 1) || inRun(n + 1) || /^\p{L}/u.test(line.slice(m[0].length)) ? m : null;
}

/** How many lines must reach the widest line's length for it to be the document's right margin. */
const MARGIN_LINES = 4;

/**
 * A label, dot leaders, a figure: a row of a list of figures written with leaders. The figure may
 * carry its sign, decimals, its unit and a bracketed base ("−168 500 kr", "40,2 % (39 av 97)"), or
 * its parts after "varav" ("61, varav 19 till arbete"). The label ends in a word, a bracket or a
 * year ("Eget kapital 31 december 2025"); a label ending in another number is no label.
 */
const LEADER_ROW = new RegExp(
  String.raw`^(.*(?:[\p{L})]|(?<!\d)(?:19|20)\d\d))\s*(?:\.\s?){3,}\s*([−–-]?\d[\d ]*(?:,\d+)?(?: ?%| (?:${AMOUNT_UNIT_WORD}))?(?: \([^()]{1,30}\))?(?:, (?:varav|därav) \d.*)?)$`,
  "iu",
);
/** What every leader holds, three dots: a quick test before LEADER_ROW backtracks over a whole line. */
const LEADER_DOTS = /\.\s?\.\s?\./;

/** Group lines into runs of running text; a heading, a bullet, a caption or a short table row stands alone. */
export const proseUnits: (doc: DocumentText) => readonly ProseUnit[] = oncePerDocument(unitsOf);

function unitsOf(doc: DocumentText): ProseUnit[] {
  const units: ProseUnit[] = [];
  // Table-of-contents lines: one detector for every layer (pageFurniture.ts).
  const toc = pageFurniture(doc).contents;
  let cur: ProseUnit | undefined;
  /** The longest line of the current unit: its right margin. */
  let widest = 0;
  let prevLine = 0;
  /** Whether the last line was a row of a list with dot leaders: such a row stands alone. */
  let prevLeaderRow = false;
  let inBreak = false;
  /** Whether the last line read was a line of a quoted block. */
  let prevQuoted = false;
  // The right margin of the whole document, where several lines reach it: a paragraph's first line
  // that reaches it and ends a sentence runs on into the next line, as a paragraph's later lines
  // do (`widest` needs two lines of the paragraph).
  let widestLine = 0;
  for (let n = 1; n <= doc.lineCount; n++) widestLine = Math.max(widestLine, doc.at(n).length);
  let atMargin = 0;
  for (let n = 1; n <= doc.lineCount; n++) if (doc.at(n).length >= 0.9 * widestLine) atMargin++;
  const margin = atMargin >= MARGIN_LINES ? widestLine : Infinity;
  for (let n = 1; n <= doc.lineCount; n++) {
    // "Till arbete ........ 21" in a list of figures (no contents line): the leader stands for a colon.
    // "> 2025 var vårt största år: 216 personer deltog i förbundets" / "> insatser, …": a quoted block's marks
    // are no words of its sentences, which wrap from one marked line to the next (`quoteMark`).
    const quoted = quoteMark(doc, n);
    const line = quoted ? doc.at(n).slice(quoted[0].length) : doc.at(n);
    // Every inline break holds a hyphen and a space: most lines hold neither, and are not searched.
    const joined = line.includes("- ") || line.includes("\u00ad ") ? line.replace(INLINE_BREAK, "$1$3") : line;
    const t = LEADER_DOTS.test(joined) ? joined.replace(LEADER_ROW, "$1: $2") : joined;
    // A leader row is a row of a list of figures, never wrapped prose: its dots make the raw line
    // look long enough to run on, and joined rows would give each label the last row's number.
    const leaderRow = t !== joined;
    if (toc.has(n)) {
      cur = undefined;
      prevLine = n;
      prevLeaderRow = false;
      continue;
    }
    // A page break inside a sentence: the page number, the running header and the blank lines
    // around them are skipped.
    if (skipped(doc, n)) {
      inBreak = true;
      continue;
    }
    if (t === "" && (inBreak || furnitureAhead(doc, n))) continue;
    inBreak = false;
    if (t === "" || CAPTION.test(t)) {
      cur = undefined;
      prevLine = n;
      prevLeaderRow = false;
      continue;
    }
    const prevIndex = prevLine;
    const besideLeaderRow = leaderRow || prevLeaderRow;
    prevLeaderRow = leaderRow;
    const prev = prevIndex > 0 ? doc.at(prevIndex) : "";
    prevLine = n;
    const hyphenated = HYPHENATED.test(prev) && /^\p{Ll}/u.test(t) && !SHARED_ENDING.test(t);
    // Wrapped prose continues in lower case (or a bracket); a capital after a long line may too,
    // unless the new line starts like a label ("Antal …", "Totalt …") or the last ended on a figure.
    // A short line ending on a figure is a row of a list or table ("kvinna 12"): it never runs on.
    // "… uppgick den 31 december 2017" / "till 2,9 mnkr.": a date or a year after its preposition ends
    // no row; the sentence runs on.
    // The date's pattern (tried at every character of the line) only where the line ends on a year.
    const endsOnFigure = /\d\s*(st|%|\))?$/.test(prev) && !(YEAR_AT_END.test(prev) && ENDS_ON_DATE.test(prev));
    const continues =
      hyphenated ||
      (prevIndex === n - 1 && isCalloutNumber(doc, prevIndex)) ||
      // A narrow column's paragraph runs on to its blank line: its lines are too short to tell
      // a sentence's end from the margin. A row of a list ("Kvinnor 64") still stands alone.
      (doc.inColumn(n) &&
        doc.inColumn(prevIndex) &&
        prevIndex === n - 1 &&
        // "… genom våra insatser," / "varav 131 kvinnor …": a word that may open a label, in lower case
        // after a line that ends on no figure and no colon, goes on with the sentence.
        (!LABEL_START.test(t) || (/^\p{Ll}/u.test(t) && !endsOnFigure && !/:$/.test(prev))) &&
        !(endsOnFigure && /^\p{Lu}/u.test(t))) ||
      // A paragraph already wrapped, whose line ends on a word in lower case with no stop ("… 52 av dem" /
      // "var nya för året …"): the sentence runs on, however short the line (a reading rewrite such as
      // words-then-digits shortens lines the writer wrapped at the margin).
      (cur !== undefined &&
        cur.starts.length >= 2 &&
        prev.length >= 25 &&
        /\p{Ll}$/u.test(prev) &&
        /^\p{Ll}/u.test(t) &&
        !LABEL_START.test(t)) ||
      // "… varav 50 kvinnor och 44" / "män. 38 deltagare …": a list of counts cut after its last figure runs
      // on into the word it counts; a row of a list ("män 44") never does.
      (prev.length >= 25 && LIST_CUT_AT_FIGURE.test(prev) && /^\p{Ll}+(?:[.,;](?:\s|$)|\s+\D|$)/u.test(t)) ||
      // "… (budget 6,0" / "Mkr). …": an amount whose unit wrapped to the next line.
      (prev.length >= 40 && /\d$/.test(prev) && UNIT_RUNS_ON.test(t)) ||
      (prev.length >= 25 && RUNS_ON.test(prev) && !LABEL_START.test(t)) ||
      // "Kommunerna bidrog med 1 800 000 kr tillsammans –" / "Åby kommun med …": a sentence's dash after a word
      // at the line's end opens what follows it; a table's row (cells a wide gap apart) never runs on so.
      (prev.length >= 25 && DASH_AT_END.test(prev) && !/\S\s{2,}\S/.test(prev) && !LABEL_START.test(t)) ||
      // "… blev därmed" / "28 procent.": an unfinished sentence, then a number that runs on in lower case.
      (prev.length >= 40 && !/[.!?:]$/.test(prev) && !endsOnFigure && NUMBER_RUNS_ON.test(t)) ||
      // A sentence that ends at the right margin: the paragraph goes on in the next line. A
      // paragraph's last line is short; a full line is not the last.
      (cur !== undefined &&
        ((cur.starts.length >= 2 && prev.length >= 0.85 * widest) || prev.length >= 0.9 * margin) &&
        prev.length >= 60 &&
        /[.!?]$/.test(prev) &&
        /^\p{Lu}\p{Ll}/u.test(t) &&
        !LABEL_START.test(t)) ||
      (prev.length >= 40 &&
        ((/^[\p{Ll}(]/u.test(t) && !(endsOnFigure && prev.length < 60)) ||
          (prev.length >= 70 && !endsOnFigure && !/[.!?]$/.test(prev) && !LABEL_START.test(t))));
    // A quoted line goes on only from a quoted line, and a line outside the quote never from one: the quote's
    // lead ("Försäkringskassan skriver:") and the text after it are no part of its sentences.
    const sameQuote = (quoted !== null) === prevQuoted;
    prevQuoted = quoted !== null;
    const join =
      cur !== undefined &&
      sameQuote &&
      !besideLeaderRow &&
      !BULLET.test(t) &&
      !isHeading(doc, n) &&
      !(prevIndex > 0 && isHeading(doc, prevIndex)) &&
      continues;
    if (!join) {
      cur = { text: "", starts: [] };
      units.push(cur);
      widest = 0;
    } else if (hyphenated) cur!.text = cur!.text.slice(0, -1);
    else cur!.text += " ";
    cur!.starts.push({ offset: cur!.text.length, line: n });
    cur!.text += t;
    widest = Math.max(widest, t.length);
  }
  // "Intäkterna och kostnaderna uppgick till A respektive B kronor": each thing with its own amount.
  return units.map(distributeRespectively);
}

/**
 * A callout of a folder's "i korthet" page: a number alone between a blank line and its caption,
 * a caption of one line in lower case ("238" / "personer deltog i våra insatser") ended by a
 * blank line. A page number has no caption under it on the very next line. Read as one sentence,
 * the caption labels the number; what the caption says (a target, visits, the federation's age)
 * is the grammar's to judge, as in any sentence.
 */
function isCalloutNumber(doc: DocumentText, n: number): boolean {
  return (
    doc.at(n - 1) === "" && doc.at(n + 2) === "" && CALLOUT_NUMBER.test(doc.at(n)) && /^\p{Ll}/u.test(doc.at(n + 1))
  );
}

/** Page furniture, but not a callout's number. */
function skipped(doc: DocumentText, n: number): boolean {
  return isFurniture(doc, n) && !isCalloutNumber(doc, n);
}

/** Whether the next non-blank line after a blank one is page furniture. */
function furnitureAhead(doc: DocumentText, n: number): boolean {
  let k = n + 1;
  while (k <= doc.lineCount && doc.at(k) === "") k++;
  return k <= doc.lineCount && skipped(doc, k);
}

/**
 * A unit's sentences (offsets in its text), split once: every prose reader walks the same units
 * (`proseUnits` is once per document), and each split them again. Must not be changed.
 * Kept on the unit: looked up in a WeakMap, some 1 600 times a report, they cost 1 % of
 * extraction's CPU, four times what the split costs.
 */
export function sentencesOf(unit: ProseUnit): readonly { start: number; end: number }[] {
  return (unit.sentences ??= splitSentences(unit.text).filter((s) => s.end - s.start <= MAX_SENTENCE));
}

/**
 * The longest run of text read as a sentence. Longer is no sentence a person wrote but a table
 * or a file's content flattened onto a line without full stops (a 6 MB one-line file): its
 * figures cannot be told apart by a sentence's grammar, and the readers' work grows with the
 * square of its numbers (a 240 kB line took minutes). Its numbers are left unread.
 */
export const MAX_SENTENCE = 4_000;

/** The line a character of the unit came from. */
export function lineAt(unit: ProseUnit, offset: number): number {
  // Indexed, not for…of: asked for every sentence and figure, and the workers' compiler leaves out
  // escape analysis, so each step of an iterator was an object made and collected.
  const starts = unit.starts;
  let line = starts[0]!.line;
  for (let k = 0; k < starts.length; k++) if (starts[k]!.offset <= offset) line = starts[k]!.line;
  return line;
}

/** The whole figures a sentence holds, as running text writes them ("214", "1 130"). */
const WHOLE_NUMBER = /(?<![\d,.])\d{1,3}(?:[ \u00a0]\d{3})*(?![\d,])/gu;

/**
 * The whole figures of every sentence `holds` picks (given its figures and its first and last line),
 * by line: the figures of a sentence that prints a wrong or disputed figure, so that none of them is
 * stored from that sentence (`errata.ts`, `restatedCounts.ts`).
 */
export function sentenceFiguresByLine(
  doc: DocumentText,
  holds: (figures: readonly number[], from: number, to: number) => boolean,
): Map<number, Set<number>> {
  const byLine = new Map<number, Set<number>>();
  for (const unit of proseUnits(doc))
    for (const s of sentencesOf(unit)) {
      const figures = [...unit.text.slice(s.start, s.end).matchAll(WHOLE_NUMBER)].map((m) =>
        Number(m[0].replace(/[ \u00a0]/g, "")),
      );
      const from = lineAt(unit, s.start);
      const to = lineAt(unit, Math.max(s.start, s.end - 1));
      if (!holds(figures, from, to)) continue;
      for (let n = from; n <= to; n++) byLine.set(n, new Set([...(byLine.get(n) ?? []), ...figures]));
    }
  return byLine;
}
