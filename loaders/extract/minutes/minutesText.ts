/**
 * What every minutes parser needs to read a line: Markdown stripped (Insjöriket's minutes are
 * Markdown with bold § headings), § headings recognised, and the section headers that say what
 * kind of items follow ("Beslutsärenden", "Informationsärenden").
 */
import { oncePerDocument, oncePerLine, type DocumentText } from "../documentText.ts";
import { MONTHS } from "../../reference/months.ts";

/** Each document's lines made plain, filled as they are asked for. */
const plainLines = oncePerDocument((doc) => new Array<string | undefined>(doc.lineCount));

/** Line n without Markdown markers: "#### **§ 1130** Beslut …" → "§ 1130 Beslut …". */
export function plainAt(doc: DocumentText, n: number): string {
  if (n < 1 || n > doc.lineCount || !Number.isInteger(n)) return plain(doc.at(n));
  // Every minutes reader asks for the same lines again (a decision's lines for its end, its
  // sentences and its context): each line is made plain once per document.
  const made = plainLines(doc);
  return (made[n - 1] ??= plain(doc.at(n)));
}

/** An item heading's clock time at the margin ("09.48  § 4  Ansökan …"): when the item began, no part of its heading. */
const MARGIN_TIME = /^\s*\d{1,2}[.:]\d\d\s+(?=§)/;

export function plain(line: string): string {
  const text = MARGIN_TIME.test(line) ? line.replace(MARGIN_TIME, "") : line;
  // Most lines carry no marker: without one of these characters no pattern below can match.
  if (!MARKER_CHARACTER.test(text)) return text.trim();
  return text
    .replace(/^#{1,6}\s*/, "")
    .replace(/\*\*|__/g, "")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\\_/g, "_")
    .trim();
}

const MARKER_CHARACTER = /[#*_[\\]/;

/**
 * The minutes as every minutes reader reads them: Markdown emphasis around any word taken away
 * ("*Beslut:*", "**Justerare:**", "| **Totalt** |"), so no label hides behind its markers, and a
 * list bullet before a § heading ("- **§ 12 Årsredovisning.** …"). One line per line: the line
 * numbers, and so every fact's line, stay the document's. Derived once per document; a document
 * with no such markers is read as it is.
 */
export const minutesView = oncePerDocument((doc: DocumentText): DocumentText => {
  let changed = false;
  const lines = doc.lines.map((line) => {
    if (!MARKDOWN_CUE.test(line)) return line;
    const stripped = withoutEmphasis(line);
    if (stripped !== line) changed = true;
    return stripped;
  });
  return changed ? doc.withLines(lines) : doc;
});

/**
 * A card's line: a label, then a colon or a gap of three spaces or more, then a figure ("Intäkter
 * 2024: 6 412 000 kr", "Deltagare under 2024: 176 (98 kvinnor, 78 män)", "Nya deltagare under året
 * 97 (84)" set apart), with no full stop of its own. A run of them is a run of sentences.
 */
export const CARD_LINE = /^\p{Lu}(?:[^:.!?]{2,60}:\s+|[^:.!?\d]{2,60}?\s{3,})[−–-]?\d(?!.*[.!?]$)/u;

/** Whether line n is a card's line, its gap read in the line as written (the document's view closes gaps). */
export const isCardLine = oncePerLine(
  (doc: DocumentText, n: number): boolean =>
    CARD_LINE.test(plainAt(doc, n)) || CARD_LINE.test(plain(doc.lines[n - 1] ?? "")),
);

/** A cheap test before the patterns: emphasis needs a "*" or a "_". */
const MARKDOWN_CUE = /[*_]/;
const STRONG = [/\*\*([^\s*](?:.*?[^\s*])?)\*\*/g, /__([^\s_](?:.*?[^\s_])?)__/g];
/** "*Beslut:*", "_Justerare:_": never inside a word (snake_case, 2*3) nor a bullet's lone "*". */
const EMPHASIS = [
  /(?<![\p{L}\d*\\])\*([^\s*](?:[^*]*?[^\s*])?)\*(?![\p{L}\d*])/gu,
  /(?<![\p{L}\d_\\])_([^\s_](?:[^_]*?[^\s_])?)_(?![\p{L}\d_])/gu,
];
/** A list bullet before a § heading: the heading is the item, the bullet only sets it out. */
const BULLETED_HEADING = /^(\s*)[-*+]\s+(?=§\s*\d)/;

export function withoutEmphasis(line: string): string {
  let t = line;
  for (const re of [...STRONG, ...EMPHASIS]) t = t.replace(re, "$1");
  return t.replace(BULLETED_HEADING, "$1");
}

/** A table row's cells with where each starts: pipes ("| a | b |") or gaps of two or more spaces. */
/**
 * A row drawn with pipes: "| 3 | Ansökan | Beviljas |", or without the outer pipes as Markdown
 * allows ("3 | Ansökan | Beviljas | 300 000 kr"): two pipes at least between cells.
 */
export const isPipeRow = (raw: string): boolean => /^\s*\|/.test(raw) || /[^|\s]\s*\|[^|]*[^|\s][^|]*\|/.test(raw);

export function rowCells(raw: string): { text: string; column: number }[] {
  // Outer pipes are stripped where the row opens with one; without it, a last pipe closes an empty cell.
  if (isPipeRow(raw))
    return raw
      .trim()
      .replace(/^\|(.*?)\|?$/, "$1")
      .split("|")
      .map((c, k) => ({ text: plain(c.trim()), column: k }));
  return cellsWithColumns(raw.replace(/\t/g, "  ")).map((c) => ({ text: plain(c.text), column: c.column }));
}

/** A line's cells (runs of text between gaps of two or more spaces) with the column each starts at. */
export function cellsWithColumns(raw: string): { text: string; column: number }[] {
  // Words joined by single spaces; a one-character cell ("–", a party "S") is a cell of its own.
  return [...raw.matchAll(/\S(?:\s?\S)*/g)].map((m) => ({ text: m[0], column: m.index! }));
}

/** "§1 Godkännande …", "§ 1121 Sammanträdet öppnas", "§22" (title on a later line). */
/** "§ 11", "§ 11.", and "§ 11/2026" (the paragraph numbered within its year: the year is no part of the title). */
export const ITEM_HEADING = /^§\s*(\d{1,4})(?![\d:])(?:\/(?:19|20)\d\d(?!\d))?\.?\s*(.*)$/;

export type ItemCategory = "information" | "decision" | "discussion";

/** Section headers that set the category of the items under them. */
const CATEGORY_HEADERS: [RegExp, ItemCategory | "other_questions"][] = [
  [/^(meddelanden och information|informationsärenden|informationspunkter|information)$/i, "information"],
  [/^(beslutsärenden|beslutspunkter|ärenden för beslut)$/i, "decision"],
  [/^(diskussionsärenden?|diskussionspunkter|diskussion)$/i, "discussion"],
  [/^övriga frågor$/i, "other_questions"],
];

export function categoryHeader(text: string): ItemCategory | "other_questions" | undefined {
  const t = text.replace(/[:.]\s*$/, "").trim();
  for (const [re, cat] of CATEGORY_HEADERS) if (re.test(t)) return cat;
  return undefined;
}

/** A decision reference as the document writes it: "Beslut 2025-3 §11:1". */
export const DECISION_REF = /^Beslut\s+(\d{4}-\d+)\s+§\s*0*(\d+):(\d+)\s*$/i;

/** The schema's item_ref: "§9:1" from "§09:1"; no spaces, no leading zeros. */
export function itemRef(n: string | number, k?: string | number): string {
  return `§${Number(n)}${k === undefined ? "" : `:${Number(k)}`}`;
}

export { MONTHS };
export const MONTH_NAMES = MONTHS.join("|");

export function monthNumber(name: string): number | undefined {
  const i = MONTHS.indexOf(name.toLowerCase());
  return i < 0 ? undefined : i + 1;
}

export const pad2 = (n: number) => String(n).padStart(2, "0");

/**
 * Dates as minutes write them: "2025-05-05", "240308" (YYMMDD), "5 december 2025",
 * "den 1 januari 2026". Returns ISO dates with their offsets in the text.
 */
/** "8 mars 2024", built once (matchAll copies it, so sharing it is safe). */
const DATE_IN_WORDS = new RegExp(String.raw`\b(\d{1,2}) (${MONTH_NAMES}) (20\d\d)\b`, "gi");

export function findDates(text: string): { iso: string; index: number; raw: string }[] {
  const out: { iso: string; index: number; raw: string }[] = [];
  for (const m of text.matchAll(/\b(20\d\d)-(\d\d)-(\d\d)\b/g))
    out.push({ iso: `${m[1]}-${m[2]}-${m[3]}`, index: m.index!, raw: m[0] });
  for (const m of text.matchAll(DATE_IN_WORDS))
    out.push({ iso: `${m[3]}-${pad2(monthNumber(m[2]!)!)}-${pad2(Number(m[1]))}`, index: m.index!, raw: m[0] });
  return out.sort((a, b) => a.index - b.index);
}

/** "240308" → 2024-03-08, when it is a valid date. */
export function yymmdd(s: string): string | undefined {
  const m = /^(\d\d)(\d\d)(\d\d)$/.exec(s);
  if (!m) return undefined;
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return `20${m[1]}-${m[2]}-${m[3]}`;
}

/**
 * Where a member party's name starts in "Madeleine Rosenqvist Region Kalmar län": a region,
 * an agency, or "<Name>s kommun" / "<Name> stad".
 */
export const PARTY_NAME =
  /(Region\s+\p{Lu}[\p{L} ]*?(?=\s{2,}|\s*$|\s+x\b)|Region\s+\p{Lu}\p{L}+(?:\s+län)?|Försäkringskassan|Arbetsförmedlingen|\p{Lu}[\p{L}-]*regionen|\p{Lu}[\p{L}-]+s?\s+(?:kommun|stad)\b)/iu;

/** "Jonas Erlandsson", "Cathrine P Ahlgren", "Anna-Karin Almsvik": a person's name as minutes write it. */
export const PERSON_NAME =
  /\p{Lu}[\p{Ll}'-]+(?:-\p{Lu}[\p{Ll}]+)?(?:\s+(?:\p{Lu}\.?|\p{Lu}[\p{Ll}'-]+(?:[-/]\p{Lu}[\p{Ll}]+)?)){1,3}/u;

/** Names before "reserverade sig" ("Eva Johnsson, Therese Seefried och Karin Blomdahl reserverade sig …"). */
export function reservationNames(written: string): string[] {
  // "Lars Höglund (SD) reserverar sig": a party's letters after a name are no part of it.
  const text = written.includes("(") ? written.replace(PARTY_AFTER_NAME, "") : written;
  // Names end right before "reserverade sig"; only a window before each such phrase is searched,
  // because a name list run against a whole item's text backtracks quadratically in its length.
  for (const at of text.matchAll(/\s+reserver(?:ade|ar) sig/gu)) {
    const m = NAMES_AT_END.exec(text.slice(Math.max(0, at.index! - RESERVATION_WINDOW), at.index!));
    if (m)
      return m[1]!
        .split(/, | och /)
        .map((s) => s.trim())
        .filter(Boolean);
  }
  return [];
}

/** A party's letters in a bracket after a name: "(SD)", "(S)", "(KD)", "(Mp)". */
const PARTY_AFTER_NAME = /\s*\((?:\p{Lu}{1,3}|\p{Lu}\p{Ll})\)(?=[\s,]|$)/gu;
const TWO_NAMES = String.raw`\p{Lu}[\p{Ll}-]+ \p{Lu}[\p{Ll}-]+`;
const NAMES_AT_END = new RegExp(`(${TWO_NAMES}(?:(?:, | och )${TWO_NAMES})*)$`, "u");
/** Longer than any list of people reserving themselves (some twenty names). */
const RESERVATION_WINDOW = 1000;
