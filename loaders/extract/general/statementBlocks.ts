/**
 * Where the statements of an annual report stand: headings of resultaträkning, balansräkning,
 * kassaflödesanalys / finansieringsanalys and "Not N", numbered or not ("4.2 Resultaträkning"),
 * with page numbers run into them; a table of contents (a heading and a page number, dot
 * leaders) is no statement. A block ends at the next heading, a section that is no statement,
 * or a numbered heading.
 */
import { oncePerDocument, type DocumentText } from "../documentText.ts";
import { parseColumnHeader } from "./columnHeaders.ts";
import type { StatementKind } from "../../reference/statementLabels.ts";
import { headlessIncomeStatements } from "./headlessStatements.ts";
import { UNIT_WORD_SOURCE } from "../../reference/units.ts";

/** "Belopp i tkr", "Alla belopp anges i tusentals kronor": a line stating the unit. */
const UNIT_LINE = new RegExp(
  String.raw`(belopp|alla belopp)?\s*(anges |redovisas )?i?\s*(tusental|tusentals|tusen|miljoner)?\s*(${UNIT_WORD_SOURCE})\.?`,
  "i",
);

export interface StatementBlock {
  kind: StatementKind;
  /** Section name of the facts (`general:income_statement` …). */
  section: string;
  /** Line of the heading. */
  heading: number;
  /** Last line of the block (inclusive). */
  end: number;
  /** For a note: its number and the text after it ("Verksamhetens intäkter"). */
  note?: { number: number; title: string };
  /** What the heading line holds after the heading word (unit, header). */
  rest: string;
  /** A headless table's header line with its title blanked: where its columns stand. */
  layout?: string;
  /** Where each column of a header stacked over two lines stands (headlessStatements.ts). */
  spans?: { from: number; to: number }[];
  /** A cost-centre follow-up's bare total row ("Summa"): the operating costs (headlessStatements.ts). */
  costTotal?: number;
  /** Found by its header and totals, under no statement heading (headlessStatements.ts): its count rows are no statement's. */
  headless?: boolean;
  /**
   * For a note: the notes heading it stands under ("Noter (tkr)"), whose unit holds for every
   * note below that states none.
   */
  under?: { line: number; rest: string };
}

// Section numbers ("4.2 ") and page numbers run into the text ("14 ", "14") before a heading,
// or a table's or a spreadsheet sheet's caption number ("Tabell 4. Resultaträkning", "Tab. 5: Balansräkning",
// "Flik 3: Resultaträkning"), or a part's Roman numeral or letter before it ("II.2  Balansräkning", "C.1  ").
const NUMBERING = String.raw`(?:(?:tabell|tab\.|flik|blad)\s*(?:\d{1,2}(?:\.\d{1,2})*|[A-H]\d{0,2})[.:]?\s+|\d{1,3}(?:\.\d{1,2})*\.?\s*|(?:[IVX]{1,4}|[A-H])\.(?:\d{1,2}\.?)?\s+)?`;
/**
 * A spreadsheet sheet's caption ("Flik 7: Invånare", "=== Blad 4: Avgifter ===", "## Blad 2"): a new
 * sheet, which ends the statement or note before it.
 */
const SHEET_CAPTION = /^(?:#+\s*|[=*_~-]{2,}\s*)?(?:flik|blad)\s*\d{1,2}\s*[:.–-]/i;
/**
 * A rule drawn across the page from its margin ("-----…", forty marks at least) over a section's
 * heading in capitals ("B  BALANSSPECIFIKATIONER MED AVSTÄMNING (kr)   Sida 3"): a section's end, as
 * a binder's print-out parts its sections. A rule over rows (under a statement's header, over its
 * sums) ends nothing.
 */
const PAGE_RULE = /^[-=_–—]{40,}\s*$/;
const CAPS_SECTION = /^(?:[\p{Lu}\d][\p{Lu}\d.,:&/–-]*\s+)*[\p{Lu}]{3,}[\p{Lu}\d.,:&/–-]*$/u;
export function sectionRuleAt(doc: DocumentText, n: number): boolean {
  if (!PAGE_RULE.test(doc.lines[n - 1] ?? "")) return false;
  const next = doc.nextNonBlank(n, 2);
  if (next === undefined) return false;
  const heading = doc
    .at(next)
    .replace(/\s+sida\s+\d+\s*$/i, "")
    .replace(/\s*\((?:kr|tkr|kronor|mkr)\)/gi, "")
    .trim();
  return CAPS_SECTION.test(heading);
}
const STATEMENT_HEADING = new RegExp(
  String.raw`^${NUMBERING}(resultaträkning(?:ar)?|balansräkning(?:ar)?|kassaflödesanalys(?:er)?|kassaflödesrapport|finansieringsanalys(?:er)?|noter|tilläggsupplysningar)(?![a-zåäö])[\s,:.–-]*(.*)$`,
  "i",
);
const NOTE_HEADING = new RegExp(String.raw`^${NUMBERING}not(?:e)?\s+(\d{1,2})(?![\d-])[.:]?\s*(.*)$`, "i");
/** "Not l", "Not lO": a note number OCR read as letters (l, I, | for 1; O for 0), before a title. */
const OCR_NOTE_HEADING = new RegExp(
  String.raw`^${NUMBERING}(?:[Nn]ot|NOT)(?:e|E)?\s+([\dlI|O]{1,2})[.:]?\s+(\p{Lu}.*)$`,
  "u",
);
/** Whether a line is a statement's heading ("Balansräkning (forts.)" at the top of its next page). */
export function isStatementHeading(text: string): boolean {
  return STATEMENT_HEADING.test(text);
}

/** Sections after which a statement has ended. */
const OTHER_SECTION = new RegExp(
  String.raw`^${NUMBERING}(driftredovisning|redovisningsprinciper|(styrelsens )?underskrift(er)?|revisionsberättelse|budgetuppföljning|investeringsredovisning|balanskravs?(utredning|resultat)|förvaltningsberättelse|verksamhetsberättelse|bilag(a|or)\b|sammanställd redovisning|ordförande(ns)? har ordet)`,
  "i",
);
/** A numbered heading with a dot ("5. Driftredovisning", "4.3 Mål"): page numbers carry no dot. */
const NUMBERED_HEADING = /^\d{1,2}\.(\d{1,2}\.?)*\s+[A-ZÅÄÖ][^\d]*((19|20)\d\d)?$/;
/**
 * A heading over the participants ("DELTAGARE   2024   2025", "Antal deltagare (personer)"): the accounts'
 * notes end there, as no note of the accounts counts people. Only the heading's words, a unit in a
 * bracket and year columns: a row with an amount ("Deltagarersättning 120 000") is a note's row.
 */
const PARTICIPANTS_HEADING =
  /^(?:antal |inskrivna )?deltagar(?:e|statistik|redovisning|uppföljning)(?:\s*\([^)]*\))?(?:(?:\s+(?:19|20)\d\d){2,})?\s*$/iu;
/** A table of contents: the heading followed by a page number, with or without dot leaders. */
export const TOC_REST = /^[\s.…·_-]*\d{1,3}$|\.{4,}|…{2,}|(\. ){3,}/;
/** Page furniture between rows. */
export const FURNITURE =
  /^(sida \d+( av \d+)?|\d{1,3}( \(\d{1,3}\))?|\d{1,3} av \d{1,3}|signering av justerare.*|på varje sida)$|^(\d{1,3}\s*)?[^\d]*(?<![a-zåäö])(årsredovisning|verksamhetsberättelse)(?![a-zåäö])[^\d]*(19|20)\d\d(\s*\d{1,3})?$/i;

const MAX_LINES: Record<StatementKind, number> = { income_statement: 45, balance_sheet: 80, cash_flow: 60, notes: 60 };
/** Section names of the general layer's facts. */
export const SECTION: Record<StatementKind, string> = {
  income_statement: "general:income_statement",
  balance_sheet: "general:balance_sheet",
  cash_flow: "general:cash_flow",
  notes: "general:notes",
};

function kindOf(word: string): StatementKind | "notes_container" {
  const w = word.toLowerCase();
  if (w.startsWith("resultat")) return "income_statement";
  if (w.startsWith("balans")) return "balance_sheet";
  if (w.startsWith("kassa") || w.startsWith("finansiering")) return "cash_flow";
  return "notes_container";
}

/**
 * A statement's year or balance day after its heading word: "räkenskapsåret 2025", "per den 31 december 2025",
 * "för 2025", "avseende år 2025".
 */
const OWN_PERIOD_REST =
  /^[,.:–-]?\s*(?:(?:för|avseende)\s+)?(?:(?:räkenskaps|verksamhets)?året\s+(?:19|20)\d\d|per\s+(?:den\s+)?31\s+dec(?:ember|\.)?\s+(?:19|20)\d\d)$|^[,.:–-]?\s*(?:för|avseende)\s+(?:år\s+)?(?:19|20)\d\d$/iu;
/**
 * The year a statement's heading names in words after its heading word ("i kontoform, räkenskapsåret
 * 2025 (kronor)", "per den 31 december 2025"), with its unit, as a header of that one year ("2025
 * (kronor)"); undefined where the rest is no such period.
 */
export function headingPeriodYear(rest: string): string | undefined {
  const unit = /\((?:kr|tkr|kronor|mkr|tusental kronor|tusentals kronor)\)/i.exec(rest)?.[0];
  const r = rest
    .replace(/\((?:kr|tkr|kronor|mkr|tusental kronor|tusentals kronor)\)/gi, " ")
    .replace(/^\s*(?:i sammandrag|i korthet|i sammanfattning|(?:uppställd\s+)?i kontoform)(?![\p{L}])/iu, "")
    .trim();
  if (!OWN_PERIOD_REST.test(r)) return undefined;
  const year = /((?:19|20)\d\d)$/.exec(r)![1]!;
  return unit ? `${year} ${unit}` : year;
}

/**
 * How the unit's amounts are rounded, said after it in its bracket ("(tkr, en decimal)", "(tkr, avrundat)",
 * "(kronor, hela belopp)"): a remark on the unit, no word of another table or year; taken out, the unit kept.
 */
const UNIT_REMARK =
  /\(([^()]*?)[,;]\s*(?:avrundat|avrundade(?:\s+belopp)?|avrundat till hela \p{L}+|(?:med\s+)?(?:en|två|1|2)\s+decimal(?:er)?|utan decimaler|hela(?:\s+belopp)?)\s*\)/iu;
/** A whole calendar year as a period: "1 januari – 31 december 2025", "för perioden 2025-01-01 – 2025-12-31". */
const WHOLE_YEAR_PERIOD =
  /^(?:för\s+(?:perioden\s+)?)?(?:(?:den\s+)?1\s+jan(?:uari|\.)?(?:\s+((?:19|20)\d\d))?\s*[–-]\s*31\s+dec(?:ember|\.)?\s+((?:19|20)\d\d)|((?:19|20)\d\d)-01-01\s*[–-]\s*((?:19|20)\d\d)-12-31)$/iu;

/**
 * "PER 31 DECEMBER (kr)   2025   2024" after a balance sheet's heading word: the balance day without its year
 * before the header's years, taken away (the unit kept), so the years head the columns.
 */
export const withoutBalanceDay = (rest: string): string =>
  rest.replace(/^\s*per\s+(?:den\s+)?31\s+dec(?:ember|\.)?\s+(?=(?:\([^)]*\)\s+)?(?:19|20)\d\d\s+(?:19|20)\d\d)/iu, "");

/** What may follow a heading word on its line: nothing, a unit, a column header, a period. */
function headingRestAllowed(rest: string): boolean {
  const r = rest.replace(UNIT_REMARK, "($1)").replace(/[()]/g, " ").trim();
  if (r === "") return true;
  if (TOC_REST.test(r)) return false;
  if (parseColumnHeader(r)) return true;
  // "Balansräkning i sammandrag (tkr)": a summary of the statement is the statement.
  const withoutUnit = r
    .replace(UNIT_LINE, "")
    .replace(/^(i sammandrag|i korthet|i sammanfattning|(?:uppställd\s+)?i kontoform)(?![\p{L}])/iu, "")
    .trim()
    // "1 jan–31 dec 2025, kronor": the comma that set the unit off stays when the unit is taken away.
    .replace(/(?<=\S)\s*[,;]$/u, "");
  if (withoutUnit === "" || /^[,.;:–-]*$/.test(withoutUnit)) return true;
  // "…, räkenskapsåret 2025", "… per den 31 december 2025": the statement's own year or balance day.
  if (OWN_PERIOD_REST.test(withoutUnit)) return true;
  if (/^(för|avseende|per)\s+(perioden|räkenskapsåret|året|år|tiden)\b/i.test(withoutUnit)) return true;
  // "Resultaträkning 1 januari – 31 december 2025", "… 2025-01-01 – 2025-12-31": the year's whole period.
  if (WHOLE_YEAR_PERIOD.test(withoutUnit)) return true;
  // "Balansräkning 31 december (tkr)", "… per den 31 december": the balance day, its year in the header.
  if (/^(?:per\s+)?(?:den\s+)?31\s+dec(?:ember|\.)?$/iu.test(withoutUnit)) return true;
  // "BALANSRÄKNING PER 31 DECEMBER (kr)    2025    2024": the balance day without its year, then the header's years.
  const afterDay = withoutBalanceDay(withoutUnit);
  if (afterDay !== withoutUnit && parseColumnHeader(afterDay.replace(UNIT_LINE, "").trim())) return true;
  return !!parseColumnHeader(withoutUnit);
}

/**
 * Every statement and note block of the document, in order: found once per document (the
 * statement readers and each statement's unit ask again), so not to be changed.
 */
export const findStatementBlocks: (doc: DocumentText) => readonly StatementBlock[] = oncePerDocument(statementBlocksOf);

function statementBlocksOf(doc: DocumentText): StatementBlock[] {
  const heads: {
    line: number;
    kind: StatementKind | "notes_container";
    rest: string;
    layout?: string;
    spans?: { from: number; to: number }[];
    costTotal?: number;
    headless?: boolean;
    note?: { number: number; title: string };
    ocr?: boolean;
  }[] = [];
  const ends: number[] = [];
  for (let n = 1; n <= doc.lineCount; n++) {
    const t = doc.at(n);
    if (t === "") continue;
    const s = STATEMENT_HEADING.exec(t);
    if (s && headingRestAllowed(s[2] ?? "")) {
      heads.push({ line: n, kind: kindOf(s[1]!), rest: s[2] ?? "" });
      continue;
    }
    const nt = NOTE_HEADING.exec(t) ?? OCR_NOTE_HEADING.exec(t);
    if (nt && !TOC_REST.test(nt[2] ?? "")) {
      const { title, header } = splitNoteTitle(nt[2] ?? "");
      const ocr = !/^\d+$/.test(nt[1]!);
      heads.push({
        line: n,
        kind: "notes",
        rest: header,
        note: { number: ocr ? Number(nt[1]!.replace(/[lI|]/g, "1").replace(/O/g, "0")) : Number(nt[1]), title },
        ocr,
      });
      continue;
    }
    if (
      OTHER_SECTION.test(t) ||
      NUMBERED_HEADING.test(t) ||
      SHEET_CAPTION.test(t) ||
      PARTICIPANTS_HEADING.test(t) ||
      sectionRuleAt(doc, n)
    )
      ends.push(n);
  }
  dropUnconfirmedOcrNotes(heads);
  // A budget table with no statement heading over it, wherever no statement already stands.
  const headless = headlessIncomeStatements(doc, (n) => heads.some((h) => h.line <= n && n <= h.line + 3));
  if (headless.length > 0) {
    heads.push(...headless.map((h) => ({ ...h, kind: "income_statement" as const, headless: true })));
    heads.sort((a, b) => a.line - b.line);
  }
  const blocks: StatementBlock[] = [];
  let container: (typeof heads)[number] | undefined;
  heads.forEach((h, i) => {
    if (h.kind === "notes_container") {
      container = h;
      return;
    }
    // Notes run under their heading until another statement begins.
    if (h.kind !== "notes") container = undefined;
    const nextHead = heads[i + 1]?.line ?? doc.lineCount + 1;
    const nextEnd = ends.find((e) => e > h.line) ?? doc.lineCount + 1;
    const end = Math.min(
      nextHead - 1,
      nextEnd - 1,
      h.line + MAX_LINES[h.kind],
      doc.lineCount,
      "end" in h && typeof h.end === "number" ? h.end : Infinity,
    );
    blocks.push({
      kind: h.kind,
      section: SECTION[h.kind],
      heading: h.line,
      end,
      rest: h.rest,
      ...(h.layout ? { layout: h.layout } : {}),
      ...(h.spans ? { spans: h.spans } : {}),
      ...(h.costTotal !== undefined ? { costTotal: h.costTotal } : {}),
      ...(h.headless ? { headless: true } : {}),
      ...(h.note ? { note: h.note } : {}),
      ...(h.note && container ? { under: { line: container.line, rest: container.rest } } : {}),
    });
  });
  return blocks;
}

/**
 * A note number read from OCR letters ("Not l") is believed only when the notes around it
 * confirm it: the next note is one more, the previous one less, or it is the first note and 1.
 * Otherwise the line is no heading (its rows stay in the block above, read as they are).
 */
function dropUnconfirmedOcrNotes(heads: { kind: string; note?: { number: number }; ocr?: boolean }[]): void {
  const notes = heads.filter((h) => h.note);
  const wrong = new Set(
    notes.filter((h, i) => {
      if (!h.ocr) return false;
      const n = h.note!.number;
      const prev = notes[i - 1];
      const next = notes[i + 1];
      const confirmed =
        (next && !next.ocr && next.note!.number === n + 1) ||
        (prev && !prev.ocr && prev.note!.number === n - 1) ||
        (!prev && n === 1);
      return !confirmed;
    }),
  );
  for (let i = heads.length - 1; i >= 0; i--) if (wrong.has(heads[i]!)) heads.splice(i, 1);
}

/** "Verksamhetens intäkter 2024-12-31 2023-12-31" → title and header. */
function splitNoteTitle(rest: string): { title: string; header: string } {
  const words = rest.split(" ");
  // "Medlemsavgifter 2024, kronor": a comma after the year or the unit ends the title too.
  const k = words
    .map((w) => w.replace(/[,:;]$/, ""))
    .findIndex(
      (w, i) =>
        /^(19|20)\d\d(-\d\d-\d\d)?$/.test(w) ||
        (/^(belopp|tkr|kr|kronor|mkr|mnkr|\(tkr\)|\(kr\))$/i.test(w) && i > 0) ||
        /^(utfall|budget|bokslut)$/i.test(w),
    );
  if (k < 0) return { title: rest.trim(), header: "" };
  return { title: words.slice(0, k).join(" ").replace(/[,:]$/, "").trim(), header: words.slice(k).join(" ") };
}
