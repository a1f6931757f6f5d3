/**
 * Agenda items (§): their number, title (a heading may wrap onto a second line), the lines of
 * their body, and the category the section header above them gives. Two layouts exist:
 * attached (each heading is followed by its own text) and detached (the headings come as a
 * list of three or more, and the text and decisions follow elsewhere, tied to items only by
 * decision references such as "Beslut 2025-3 §11:1").
 */
import { oncePerDocument, type DocumentText } from "../documentText.ts";
import { categoryHeader, ITEM_HEADING, itemRef, plainAt, type ItemCategory } from "./minutesText.ts";

export interface AgendaItem {
  ref: string;
  number: number;
  title: string;
  line: number;
  /** Body lines [bodyFrom, bodyTo]; empty (bodyFrom > bodyTo) for detached headings. */
  bodyFrom: number;
  bodyTo: number;
  /** From the section header above the item, if the document has one. */
  headerCategory: ItemCategory | "other_questions" | undefined;
  detached: boolean;
}

/**
 * An item headed by a word and its number where the minutes write no § ("Punkt 3 – Ansökan …",
 * "Ärende 4: Budget 2026", "Punkt 5. Övriga frågor"): read only in minutes with no § heading at all.
 */
export const WORD_ITEM_HEADING = /^(?:punkt|ärende)\s+(\d{1,3})(?!\d)\s*(?:[–—:.-]\s*|\s+(?=\p{Lu}))(\S.*)$/iu;

/**
 * An item headed by its number alone and a short title where the minutes write neither § nor a word
 * ("1. Mötets öppnande", "2. Ansökan från Åby kommun om medel till Vägen"): a capital after the number,
 * twelve words at most, no full stop at its end (a numbered sentence, "1. Styrelsen beslutar …", is none).
 */
export const NUMBERED_ITEM_HEADING = /^(\d{1,3})[.)]\s+(\p{Lu}[^.:;]*?)\s*$/u;
/** Headings numbered alone must run 1, 2, 3 … with no number twice: three of them at least. */
const MIN_NUMBERED_ITEMS = 3;
/**
 * A run that opens on another number than 1 ("31. Sammanträdets öppnande" … "37. Avslutning": the
 * paragraphs numbered through the year, as § numbers are) must be four headings at least.
 */
const MIN_NUMBERED_ITEMS_FROM_LATER = 4;

/**
 * Whether the document's lines opening on "n. Title" are one run n, n + 1, n + 2 …, and nothing else:
 * from 1, or from a later number where the minutes number their items through the year.
 */
function numberedItemsOnly(doc: DocumentText): boolean {
  let expected: number | undefined;
  let first = 0;
  for (let n = 1; n <= doc.lineCount; n++) {
    const line = plainAt(doc, n);
    if (!/^\d{1,3}[.)]\s/.test(line)) continue;
    const m = NUMBERED_ITEM_HEADING.exec(line);
    if (!m || m[2]!.split(/\s+/).length > 12) return false;
    const number = Number(m[1]);
    if (expected === undefined) first = expected = number;
    if (number !== expected || number === 0) return false;
    expected++;
  }
  if (expected === undefined) return false;
  return expected - first >= (first === 1 ? MIN_NUMBERED_ITEMS : MIN_NUMBERED_ITEMS_FROM_LATER);
}

/**
 * An item headed in the statute book's order, its number before the § ("16 §  Årsredovisning 2025",
 * "6 §. Ansökan från …"): only at a line's start, a title opening on a capital after it; a reference
 * in running text ("genom beslut 9 § den 12 februari", a wrapped line "9 § den …") is none.
 */
export const NUMBER_FIRST_ITEM_HEADING = /^(\d{1,4})\s?§\.?\s+(\p{Lu}.*)$/u;
/** Headings with the number first must be two at least, each numbered above the one before. */
function numberFirstItems(doc: DocumentText): boolean {
  let last = -1;
  let count = 0;
  for (let n = 1; n <= doc.lineCount; n++) {
    const line = plainAt(doc, n);
    if (!line.includes("§")) continue;
    const m = NUMBER_FIRST_ITEM_HEADING.exec(line);
    if (!m) continue;
    if (Number(m[1]) <= last) return false;
    last = Number(m[1]);
    count++;
  }
  return count >= 2;
}

/**
 * An item headed by the body's short name before the § ("Styr § 21  Bokslut 2025", "AU § 7 Ansökan …", "FS §
 * 12"): one word of two to nine letters opening on a capital, then the § and its number, a title opening on a
 * capital after a gap. The prefix is the document's own: every such heading carries the same one.
 */
const PREFIXED_ITEM_HEADING = /^(\p{Lu}[\p{L}]{1,8})\s+§\s*(\d{1,4})(?![\d:–-])\.?\s+(\p{Lu}.*)$/u;
/** Headings with the body's prefix must be two at least, each numbered above the one before, all one prefix. */
function prefixedItems(doc: DocumentText): RegExp | undefined {
  let prefix: string | undefined;
  let last = -1;
  let count = 0;
  for (let n = 1; n <= doc.lineCount; n++) {
    const line = plainAt(doc, n);
    if (!line.includes("§")) continue;
    const m = PREFIXED_ITEM_HEADING.exec(line);
    if (!m) continue;
    if ((prefix !== undefined && m[1] !== prefix) || Number(m[2]) <= last) return undefined;
    prefix = m[1];
    last = Number(m[2]);
    count++;
  }
  if (prefix === undefined || count < 2) return undefined;
  return new RegExp(String.raw`^(?:${prefix})\s+§\s*(\d{1,4})(?![\d:–-])\.?\s+(\p{Lu}.*)$`, "u");
}

/** The heading pattern of the document's items: § where any line opens on one, else a word's, else a number's. */
export const itemHeadingOf = oncePerDocument((doc: DocumentText): RegExp => {
  // Read as the items are, without Markdown ("## § 9 …" is a § heading).
  for (let n = 1; n <= doc.lineCount; n++) if (ITEM_HEADING.test(plainAt(doc, n))) return ITEM_HEADING;
  if (numberFirstItems(doc)) return NUMBER_FIRST_ITEM_HEADING;
  const prefixed = prefixedItems(doc);
  if (prefixed) return prefixed;
  for (let n = 1; n <= doc.lineCount; n++) if (WORD_ITEM_HEADING.test(plainAt(doc, n))) return WORD_ITEM_HEADING;
  return numberedItemsOnly(doc) ? NUMBERED_ITEM_HEADING : WORD_ITEM_HEADING;
});

/** The line of the document's first item heading, read as the items are (a margin's clock time gone); undefined when none. */
export const firstItemLine = oncePerDocument((doc: DocumentText): number | undefined => {
  const heading = itemHeadingOf(doc);
  for (let n = 1; n <= doc.lineCount; n++) if (heading.test(plainAt(doc, n))) return n;
  return undefined;
});

/** A heading's title goes on if the next line continues it ("… via Ernst" / "& Young"). */
function continuesTitle(title: string, next: string, heading: RegExp): boolean {
  if (next === "" || heading.test(next) || categoryHeader(next)) return false;
  // A heading wraps onto a short line or two; a long line is the item's text.
  if (next.length > MAX_TITLE_LINE || title.length > 2 * MAX_TITLE_LINE) return false;
  if (/^[\p{Ll}&(]|^\d{4}\.?$/u.test(next)) return true;
  return /(,|\b(och|samt|om|av|för|till|via|från|med|i|på|inför|avseende)|[–-])\s*$/i.test(title);
}

const MAX_TITLE_LINE = 160;

/** A case's diary number alone ("Dnr ÅSF 2026/4", "Dnr: 2025/031", "Diarienummer RS 2025-00318"). */
const DIARY_AT_END = /\s+(?:dnr|diarienr|diarienummer|diarie-?nr)\.?:?\s*[\p{L}\s]{0,12}\d[\d\s/.:-]*$/iu;
const DIARY_NUMBER = /^\s*(?:dnr|diarienr|diarienummer|diarie-?nr)\.?:?\s*[\p{L}\s]{0,12}\d[\d\s/.:-]*\s*$/iu;

/**
 * A word-numbered item heading's paragraph set apart at the line's end ("Punkt 1   Val av justerare
 * § 38" with a wide gap before the §); a § in the title's words ("Uppföljning av beslutet i § 12") is not.
 */
const PARAGRAPH_AT_END = /\S\s{3,}§\s*(\d{1,3})(?!\d)\s*$/u;

/**
 * A heading's title that is a sentence telling what happened: five words or more, a finite verb in the
 * past or perfect ("öppnade", "valdes", "har sökt"), a full stop at its end. An agenda's titles name
 * matters ("Ansökan om medel från Åby kommun").
 */
const TOLD_SENTENCE =
  /^\p{Lu}(?=(?:\S+\s+){4}\S)(?=.*\s(?:har|hade|är|var|blev|\p{Ll}+(?:ade|ades|de|des|dde|te|tes))\s).*[\p{L}\d)]\.$/u;

/** A title ending in a full stop with a sentence of three words or more after it on the same line. */
const RUN_ON_TEXT = /^(\S.*?[\p{L}\d)]{2})\.\s+(?=\p{Lu}\p{Ll}*\s+\S+\s+\S)/u;

export function findAgendaItems(doc: DocumentText): AgendaItem[] {
  const heads: {
    line: number;
    number: number;
    title: string;
    titleEnd: number;
    bodyOnHeading?: boolean;
    bullet?: true;
  }[] = [];
  const heading = itemHeadingOf(doc);
  for (let n = 1; n <= doc.lineCount; n++) {
    const m = heading.exec(plainAt(doc, n));
    if (!m) continue;
    // "§ 14      Dnr ÅSF 2026/4" over "Årsredovisning 2025": a diary number beside the § is no title.
    let title = DIARY_NUMBER.test(m[2]!) ? "" : m[2]!.trim();
    let titleEnd = n;
    // "§ 13 Ansökan – Jobbspåret. Bjursele kommun ansöker om …": the item's text starts on its
    // heading's line; the title is the heading's first sentence, the rest is the body.
    const runOn = RUN_ON_TEXT.exec(title);
    if (runOn) {
      heads.push({ line: n, number: Number(m[1]), title: runOn[1]!, titleEnd: n, bodyOnHeading: true });
      continue;
    }
    if (title === "") {
      // "§22" alone: the title is the next line.
      const next = doc.nextNonBlank(n, 3);
      if (next !== undefined && !heading.test(plainAt(doc, next))) {
        title = plainAt(doc, next);
        titleEnd = next;
      }
    } else {
      while (titleEnd < doc.lineCount && continuesTitle(title, plainAt(doc, titleEnd + 1), heading)) {
        title = `${title} ${plainAt(doc, titleEnd + 1)}`;
        titleEnd++;
      }
      // "Punkt 7. Frågan … diskuterades. Styrelsen beslutade" / "att bordlägga ärendet …": the sentence
      // after the title's full stop runs on over the line end; it is the item's text, as on one line.
      const lateRunOn = titleEnd > n ? RUN_ON_TEXT.exec(title) : null;
      if (lateRunOn && lateRunOn[1]!.length < m[2]!.trim().length) {
        heads.push({ line: n, number: Number(m[1]), title: lateRunOn[1]!, titleEnd: n, bodyOnHeading: true });
        continue;
      }
    }
    // "§ 12  Årsredovisning 2025      Dnr 2026/8": the diary number at the line's end is no part of the title.
    title = title.replace(DIARY_AT_END, "");
    // "Punkt 1   Val av justerare      § 38": the agenda's point number on the left, the minutes' own
    // paragraph at the heading line's end; the item is the paragraph.
    const paragraph = heading === WORD_ITEM_HEADING ? PARAGRAPH_AT_END.exec(doc.lines[n - 1] ?? "") : null;
    if (paragraph) title = title.replace(/\s*§\s*\d{1,3}\s*$/u, "");
    heads.push({
      line: n,
      number: Number(paragraph?.[1] ?? m[1]),
      title: title.replace(/\s+/g, " ").trim(),
      titleEnd,
    });
  }

  // Bullets are items with their text: never a list of headings whose text comes later.
  const bullets = heads.length === 0 ? bulletItems(doc) : [];
  heads.push(...bullets);

  // Headings with nothing but blank lines or other headings between them form a list. A list whose
  // every number comes again later as a heading with its own text is the agenda, an index of the
  // items below ("§ 6  Ansökan …  Beslutsärende"): not items of its own.
  const detached = new Set<number>();
  const index = new Set<number>();
  let run: number[] = [];
  const closeRun = () => {
    // A list is three headings or more: most runs are one item's heading, with nothing to decide.
    if (run.length < 3) {
      run = [];
      return;
    }
    // The agenda may run straight into the first item's heading ("§ 11 Övriga frågor", blank, "§ 1
    // Mötets öppnande"): the list ends where a number comes again.
    const numbers = new Set<number>();
    let listLength = run.length;
    for (const [k, i] of run.entries()) {
      if (numbers.has(heads[i]!.number)) {
        listLength = k;
        break;
      }
      numbers.add(heads[i]!.number);
    }
    const list = run.slice(0, listLength);
    if (list.length >= 3) {
      const later = new Set(heads.slice(list.at(-1)! + 1).map((h) => h.number));
      if (list.every((i) => later.has(heads[i]!.number))) {
        for (const i of list) index.add(i);
        run = run.slice(list.length);
      }
    }
    if (run.length >= 3) for (const i of run) detached.add(i);
    run = [];
  };
  if (bullets.length === 0)
    heads.forEach((h, i) => {
      const prev = heads[i - 1];
      const adjacent = prev !== undefined && rangeIsBlank(doc, prev.titleEnd + 1, h.line - 1);
      // "Punkt 3. Föreningen Kvisten har sökt 95 000 kr för ett sommarläger.": a heading that is a told
      // sentence is an item of minutes written as running text, never a line of an agenda list.
      const told = TOLD_SENTENCE.test(h.title);
      if (!adjacent || told) closeRun();
      if (!told) run.push(i);
    });
  closeRun();

  // Section headers set the category for the items after them.
  const headerAt = new Map<number, ItemCategory | "other_questions">();
  for (let n = 1; n <= doc.lineCount; n++) {
    const c = categoryHeader(plainAt(doc, n));
    if (c) headerAt.set(n, c);
  }

  const counts = new Map<string, number>();
  // Headers and headings are both in line order: walk the headers once.
  const headers = [...headerAt];
  let nextHeader = 0;
  let category: ItemCategory | "other_questions" | undefined;
  return heads.flatMap((h, i) => {
    if (index.has(i)) return [];
    const nextLine = heads[i + 1]?.line ?? doc.lineCount + 1;
    while (nextHeader < headers.length && headers[nextHeader]![0] < h.line) category = headers[nextHeader++]![1];
    const base = itemRef(h.number);
    const seen = (counts.get(base) ?? 0) + 1;
    counts.set(base, seen);
    const isDetached = detached.has(i);
    return [
      {
        ref: seen === 1 ? base : `${base}#${seen}`,
        number: h.number,
        title: h.title,
        line: h.line,
        bodyFrom: h.bodyOnHeading ? h.line : h.titleEnd + 1,
        // A bullet's text is its whole body: what follows the list is no item's.
        bodyTo: isDetached || h.bullet ? h.titleEnd : lastBodyLine(doc, h.titleEnd + 1, nextLine - 1, headerAt),
        headerCategory: category,
        detached: isDetached,
      },
    ];
  });
}

type BulletItem = { line: number; number: number; title: string; titleEnd: number; bodyOnHeading: true; bullet: true };

/** A bullet's mark: "•", "-", "–", "*". */
const BULLET = /^\s*[•\-–*▪◦]\s+(\S.*)$/u;
/** "… godkändes (§ 5).", "(§ 6). Kommunen hade sökt …": the item's number in brackets. */
const REF_IN_BRACKETS = /\(\s*§\s*(\d{1,3})\s*\)/;

/**
 * Minutes summarised as bullets, each decision ending with its item's number in brackets ("•
 * Årsredovisningen för 2025 godkändes (§ 5).", a web article on a board meeting): with no §
 * heading in the document, each such bullet (wrapped lines and all) is its item, its text the
 * body. A bullet with no such number is no item.
 */
function bulletItems(doc: DocumentText): BulletItem[] {
  const out: BulletItem[] = [];
  for (let n = 1; n <= doc.lineCount; n++) {
    const b = BULLET.exec(plainAt(doc, n));
    if (!b) continue;
    let end = n;
    // A wrapped bullet goes on over the lines below up to a blank line or the next bullet, where
    // its sentence runs on ("… 31 mars 2027" / "(§ 6). Kommunen hade sökt …").
    while (
      end < doc.lineCount &&
      doc.at(end + 1) !== "" &&
      !BULLET.test(plainAt(doc, end + 1)) &&
      (!/[.!?:]$/.test(plainAt(doc, end)) || /^[\p{Ll}(\d]/u.test(plainAt(doc, end + 1)))
    )
      end++;
    const text = [b[1]!, ...Array.from({ length: end - n }, (_, k) => plainAt(doc, n + k + 1).trim())].join(" ");
    const ref = REF_IN_BRACKETS.exec(text);
    if (ref)
      out.push({
        line: n,
        number: Number(ref[1]),
        title: text.replace(REF_IN_BRACKETS, "").replace(/\s+\./g, ".").trim(),
        titleEnd: end,
        bodyOnHeading: true,
        bullet: true,
      });
    n = end;
  }
  return out;
}

function rangeIsBlank(doc: DocumentText, from: number, to: number): boolean {
  for (let n = from; n <= to; n++) if (plainAt(doc, n) !== "" && !/^-{3,}$/.test(plainAt(doc, n))) return false;
  return true;
}

/** A body ends before a trailing section header ("Beslutsärenden") that belongs to the next items. */
function lastBodyLine(doc: DocumentText, from: number, to: number, headers: Map<number, unknown>): number {
  let end = to;
  while (end >= from && (plainAt(doc, end) === "" || headers.has(end))) end--;
  return end;
}

/** The last item whose heading is at or before `line`; items are in line order (a binary search). */
export function itemAtOrBefore<T extends { line: number }>(items: readonly T[], line: number): T | undefined {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.line <= line) lo = mid + 1;
    else hi = mid;
  }
  return items[lo - 1];
}
