/**
 * The general statement layer: resultaträkning, balansräkning, kassaflödesanalys /
 * finansieringsanalys and noter, found by their headings anywhere in an annual report and
 * read by the labels of municipal accounting (statementLabels.ts), the columns of their
 * header (columnHeaders.ts) and their unit (units.ts). It knows no federation's template:
 * it runs on every report, Kalmar's included, after the template parsers, which win ties.
 *
 * Three passes: find the blocks and read their rows as written; decide each table's unit
 * (a heading can lie: magnitudes and the document's other statements decide); emit facts.
 * A number is stored only when its row, its column and its unit are all certain; every
 * other number on a statement row becomes a `coverage.unread_number` finding.
 */
import { slugify } from "../../reference/slug.ts";
import type { Coverage, FactInput, FindingInput } from "../../schema/facts.ts";
import { clean, mergeOutputs, type DocumentText, type ParseOutput } from "../documentText.ts";
import { readStatementRow } from "../annual-report/statementTable.ts";
import { parseNumberRun, spread } from "../numbers.ts";
import { isBasisLine, isNoteOnlyLine, parseColumnHeader, parseSplitHeader, withNoteColumn, type Column, type ColumnHeader } from "./columnHeaders.ts";
import { isMemberLabel, parseMemberContributions } from "./parseMemberContributions.ts";
import { EQUITY_LINE, NOTE_FAMILY, STATEMENT_LABELS, TOTAL_LINE, normalizeStatementLabel, statementItem, type StatementKind } from "./statementLabels.ts";
import { aboutTimes, decimalsOfValue, IMPLAUSIBLE_SEK, implausibleIn, readDocumentUnit, readUnit, scaleAmount, UNIT_FACTOR, type StatementUnit } from "./units.ts";

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
}

// Section numbers ("4.2 ") and page numbers run into the text ("14 ", "14") before a heading.
const NUMBERING = String.raw`(?:\d{1,3}(?:\.\d{1,2})*\.?\s*)?`;
const STATEMENT_HEADING = new RegExp(String.raw`^${NUMBERING}(resultaträkning(?:ar)?|balansräkning(?:ar)?|kassaflödesanalys(?:er)?|kassaflödesrapport|finansieringsanalys(?:er)?|noter|tilläggsupplysningar)(?![a-zåäö])[\s,:.–-]*(.*)$`, "i");
const NOTE_HEADING = new RegExp(String.raw`^${NUMBERING}not(?:e)?\s+(\d{1,2})(?![\d-])[.:]?\s*(.*)$`, "i");
/** Sections after which a statement has ended. */
const OTHER_SECTION = new RegExp(String.raw`^${NUMBERING}(driftredovisning|redovisningsprinciper|(styrelsens )?underskrift(er)?|revisionsberättelse|budgetuppföljning|investeringsredovisning|balanskravs?(utredning|resultat)|förvaltningsberättelse|verksamhetsberättelse|bilag(a|or)\b|sammanställd redovisning|ordförande(ns)? har ordet)`, "i");
/** A numbered heading with a dot ("5. Driftredovisning", "4.3 Mål"): page numbers carry no dot. */
const NUMBERED_HEADING = /^\d{1,2}\.(\d{1,2}\.?)*\s+[A-ZÅÄÖ][^\d]*((19|20)\d\d)?$/;
/** A table of contents: the heading followed by a page number, with or without dot leaders. */
const TOC_REST = /^[\s.…·_-]*\d{1,3}$|\.{4,}|…{2,}|(\. ){3,}/;
/** Page furniture between rows. */
const FURNITURE = /^(sida \d+( av \d+)?|\d{1,3}( \(\d{1,3}\))?|\d{1,3} av \d{1,3}|signering av justerare.*|på varje sida)$|^(\d{1,3}\s*)?[^\d]*(?<![a-zåäö])(årsredovisning|verksamhetsberättelse)(?![a-zåäö])[^\d]*(19|20)\d\d(\s*\d{1,3})?$/i;

const MAX_LINES: Record<StatementKind, number> = { income_statement: 45, balance_sheet: 80, cash_flow: 60, notes: 60 };
const SECTION: Record<StatementKind, string> = { income_statement: "general:income_statement", balance_sheet: "general:balance_sheet", cash_flow: "general:cash_flow", notes: "general:notes" };

function kindOf(word: string): StatementKind | "notes_container" {
  const w = word.toLowerCase();
  if (w.startsWith("resultat")) return "income_statement";
  if (w.startsWith("balans")) return "balance_sheet";
  if (w.startsWith("kassa") || w.startsWith("finansiering")) return "cash_flow";
  return "notes_container";
}

/** What may follow a heading word on its line: nothing, a unit, a column header, a period. */
function headingRestAllowed(rest: string): boolean {
  const r = rest.replace(/[()]/g, " ").trim();
  if (r === "") return true;
  if (TOC_REST.test(r)) return false;
  if (parseColumnHeader(r)) return true;
  const withoutUnit = r.replace(/(belopp|alla belopp)?\s*(anges |redovisas )?i?\s*(tusental|tusentals|tusen|miljoner)?\s*(tkr|mkr|mnkr|msek|ksek|tsek|kronor|kr|sek)\.?/i, "").trim();
  if (withoutUnit === "" || /^[,.;:–-]*$/.test(withoutUnit)) return true;
  if (/^(för|avseende|per)\s+(perioden|räkenskapsåret|året|år|tiden)\b/i.test(withoutUnit)) return true;
  return !!parseColumnHeader(withoutUnit);
}

/** Every statement and note block of the document, in order. */
export function findStatementBlocks(doc: DocumentText): StatementBlock[] {
  const heads: { line: number; kind: StatementKind | "notes_container"; rest: string; note?: { number: number; title: string } }[] = [];
  const ends: number[] = [];
  for (let n = 1; n <= doc.lineCount; n++) {
    const t = doc.at(n);
    if (t === "") continue;
    const s = STATEMENT_HEADING.exec(t);
    if (s && headingRestAllowed(s[2] ?? "")) {
      heads.push({ line: n, kind: kindOf(s[1]!), rest: s[2] ?? "" });
      continue;
    }
    const nt = NOTE_HEADING.exec(t);
    if (nt && !TOC_REST.test(nt[2] ?? "")) {
      const { title, header } = splitNoteTitle(nt[2] ?? "");
      heads.push({ line: n, kind: "notes", rest: header, note: { number: Number(nt[1]), title } });
      continue;
    }
    if (OTHER_SECTION.test(t) || NUMBERED_HEADING.test(t)) ends.push(n);
  }
  const blocks: StatementBlock[] = [];
  heads.forEach((h, i) => {
    if (h.kind === "notes_container") return;
    const nextHead = heads[i + 1]?.line ?? doc.lineCount + 1;
    const nextEnd = ends.find((e) => e > h.line) ?? doc.lineCount + 1;
    const end = Math.min(nextHead - 1, nextEnd - 1, h.line + MAX_LINES[h.kind], doc.lineCount);
    blocks.push({ kind: h.kind, section: SECTION[h.kind], heading: h.line, end, rest: h.rest, ...(h.note ? { note: h.note } : {}) });
  });
  return blocks;
}

/** "Verksamhetens intäkter 2024-12-31 2023-12-31" → title and header. */
function splitNoteTitle(rest: string): { title: string; header: string } {
  const words = rest.split(" ");
  const k = words.findIndex((w, i) => /^(19|20)\d\d(-\d\d-\d\d)?$/.test(w) || (/^(belopp|tkr|kr|mkr|mnkr|\(tkr\)|\(kr\))$/i.test(w) && i > 0) || /^(utfall|budget|bokslut)$/i.test(w));
  if (k < 0) return { title: rest.trim(), header: "" };
  return { title: words.slice(0, k).join(" ").replace(/[,:]$/, "").trim(), header: words.slice(k).join(" ") };
}

export interface TableRow {
  line: number;
  /** The source line(s), as cited. */
  text: string;
  label: string;
  /** One value per value column (amount or unknown), in header order. */
  values: number[];
}

export interface RawTable {
  block: StatementBlock;
  header: ColumnHeader;
  headerLine: number;
  /** The unit the table states, with the line it was read from; null if it states none. */
  stated: { unit: StatementUnit; written: string; line: number } | null;
  rows: TableRow[];
  /** Numbers on rows whose values could not be placed in columns: never stored. */
  unread: { line: number; text: string; label: string; reason: string }[];
  /** Label-only lines (group headings, split labels), by line. */
  labels: Map<number, string>;
}

const HEADER_SCAN = 12;

/** A note as a statement row may cite it: its title and, once read, its total row. */
export interface NoteRef {
  title: string;
  totals?: number[];
}

/** Note number → title, for telling a note reference from the first digits of an amount. */
export function noteTitles(blocks: readonly StatementBlock[]): Map<number, NoteRef> {
  return new Map(blocks.flatMap((b) => (b.note ? [[b.note.number, { title: b.note.title }] as [number, NoteRef]] : [])));
}

/** Whether a note's title and a row's label name the same thing (same words, or the same item). */
function sameSubject(title: string | undefined, label: string): boolean {
  if (title === undefined) return false;
  const a = normalizeStatementLabel(title);
  const b = normalizeStatementLabel(label);
  if (a === "" || b === "") return false;
  if (a === b || b.includes(a) || a.includes(b)) return true;
  const item = (l: string) => STATEMENT_LABELS.find((e) => e.patterns.some((p) => p.test(l)))?.item;
  return item(a) !== undefined && item(a) === item(b);
}

/** A statement row must differ this much in magnitude spread between two readings to pick one. */
const NOTE_MARGIN = 0.3;

/**
 * Read a row's label and values. Under a Not column, "Korta fordringar 3 128 980 312 027" can
 * be note 3 with 128 980 and 312 027, or 3 128 980 and 312 027. A note reading needs a note
 * of that number in the document (when it has any); when both readings remain, they must
 * differ clearly in how alike their columns are, or the row is ambiguous and not stored.
 */
export function readRow(raw: string, columns: number, hasNote: boolean, noteNumbers: ReadonlyMap<number, NoteRef>): { label: string; values: number[]; ambiguous: boolean } | null {
  const row = readRowReading(raw, columns, hasNote, noteNumbers);
  if (!row || row.ambiguous || row.values.length !== columns) return row;
  // "Finansiella intäkter 12 500" under two columns reads as 12 and 500 only by splitting a
  // thousands group; such a split is believed only when the columns come out alike.
  // A fewer-number reading beyond any federation's size ("280 038 100 000") is no reading.
  const tail = numbersOf(clean(raw).slice(row.label.length));
  const fewest = parseNumberRun(tail);
  const plausible = fewest && fewest.values.every((v) => Math.abs(v) <= IMPLAUSIBLE_SEK);
  if (fewest && plausible && fewest.values.length < columns && spread(row.values) / columns >= SPLIT_MARGIN) return { ...row, ambiguous: true };
  return row;
}

/**
 * Columns of one row split from fewer numbers must be alike: within a factor of ten of each
 * other (mean squared deviation of log10 below this).
 */
const SPLIT_MARGIN = 0.26;

function readRowReading(raw: string, columns: number, hasNote: boolean, noteNumbers: ReadonlyMap<number, NoteRef>): { label: string; values: number[]; ambiguous: boolean } | null {
  const base = readStatementRow(raw, columns, false);
  if (!base) return null;
  const spans = [...raw.replace(/[\u2212\u2013]/g, "-").replace(/[\u00a0\u202f]/g, " ").matchAll(/\S+/g)];
  const labelTokens = base.label === "" ? 0 : base.label.split(" ").length;
  const first = spans[labelTokens];
  const second = spans[labelTokens + 1];
  const tail = (from: RegExpMatchArray) => raw.replace(/[\u2212\u2013]/g, "-").replace(/[\u00a0\u202f]/g, " ").slice(from.index!);
  // "Verksamhetens intäkter Not 1 4 200 000 3 900 000": the note is named in the row.
  if (/\snot\.?$/i.test(base.label) && first && second && /^\d{1,2}$/.test(first[0])) {
    const noted = parseNumberRun(tail(second), columns);
    const label = base.label.replace(/\s+not\.?$/i, "");
    return noted ? { label, values: noted.values, ambiguous: noted.ambiguous } : { label, values: [], ambiguous: true };
  }
  if (!hasNote) return base;
  if (!first || !second || !/^\d{1,2}$/.test(first[0])) return base;
  const plain = parseNumberRun(tail(first), columns);
  const noted = parseNumberRun(tail(second), columns);
  if (!noted) return base;
  // Only one reading fills the columns: "Verksamhetens kostnader 2 -6 420 -5 700".
  if (!plain) return { label: base.label, values: noted.values, ambiguous: noted.ambiguous };
  // Text from positioned cells keeps wide gaps between cells: a note stands apart from the
  // amount after it; digits one space apart are one cell.
  const between = tail(first).slice(first[0].length, second.index! - first.index!);
  if (/ {2,}|\t/.test(tail(second))) return / {2,}|\t/.test(between) ? { label: base.label, values: noted.values, ambiguous: noted.ambiguous } : { label: base.label, values: plain.values, ambiguous: plain.ambiguous };
  // Both do: a note of that number must exist and be about the row ("Korta fordringar 3" →
  // "Not 3 Fordringar"), or the digits belong to the amount.
  const ref = noteNumbers.get(Number(first[0]));
  if (noteNumbers.size > 0 && !sameSubject(ref?.title, base.label)) return { label: base.label, values: plain.values, ambiguous: plain.ambiguous };
  // The cited note's own total settles it when it equals one reading.
  const equals = (v: number[]) => !!ref?.totals && ref.totals.length === v.length && v.every((x, i) => Math.abs(Math.abs(x) - Math.abs(ref.totals![i]!)) < 0.5);
  if (equals(noted.values) !== equals(plain.values)) return equals(noted.values) ? { label: base.label, values: noted.values, ambiguous: noted.ambiguous } : { label: base.label, values: plain.values, ambiguous: plain.ambiguous };
  const gap = spread(plain.values) - spread(noted.values);
  if (Math.abs(gap) < NOTE_MARGIN) return { label: base.label, values: plain.values, ambiguous: true };
  return gap > 0 ? { label: base.label, values: noted.values, ambiguous: noted.ambiguous } : { label: base.label, values: plain.values, ambiguous: plain.ambiguous };
}

/** Read one block's header and rows as written (no unit yet). */
export function readTable(doc: DocumentText, block: StatementBlock, noteNumbers: ReadonlyMap<number, NoteRef> = new Map(), continues?: RawTable): { table: RawTable | null; reason?: string } {
  let header: ColumnHeader | null = block.rest ? parseColumnHeader(block.rest) : null;
  let headerLine = header ? block.heading : -1;
  let stated: RawTable["stated"] = null;
  const unitOf = (text: string, line: number) => {
    const u = readUnit(text);
    if (u && !stated) stated = { ...u, line };
  };
  unitOf(block.rest, block.heading);
  let firstRow = block.end + 1;
  let noteAbove = false;
  for (let n = block.heading + 1; n <= Math.min(block.end, block.heading + HEADER_SCAN); n++) {
    const t = doc.at(n);
    if (t === "" || FURNITURE.test(t)) continue;
    if (isNoteOnlyLine(t)) {
      noteAbove = true;
      unitOf(t, n);
      continue;
    }
    const h = parseColumnHeader(t);
    if (h) {
      header = h;
      headerLine = n;
      unitOf(t, n);
      continue;
    }
    const next = doc.nextNonBlank(n, 2, block.end);
    if (next !== undefined && isBasisLine(t)) {
      const split = parseSplitHeader(t, doc.at(next));
      if (split) {
        header = split;
        headerLine = next;
        unitOf(t, n);
        unitOf(doc.at(next), next);
        n = next;
        continue;
      }
    }
    // A line that is only a unit ("Belopp i tkr", "(tkr)") belongs to the header.
    if (readUnit(t) && !/\d/.test(t.replace(/\b(19|20)\d\d\b/g, ""))) {
      unitOf(t, n);
      continue;
    }
    if (/\d/.test(t)) {
      firstRow = n;
      break;
    }
  }
  // The statement's heading repeated at the top of its next page: the columns carry over.
  if (!header && continues) {
    header = continues.header;
    headerLine = block.heading;
    stated ??= continues.stated;
  }
  if (!header) return { table: null, reason: "no column header with years" };
  if (noteAbove) header = withNoteColumn(header);
  const table: RawTable = { block, header, headerLine, stated, rows: [], unread: [], labels: new Map() };
  const columns = header.valueColumns.length;
  let pending: { line: number; text: string } | null = null;
  for (let n = headerLine + 1; n <= block.end; n++) {
    const raw = doc.lines[n - 1] ?? "";
    const t = clean(raw);
    if (t === "" || FURNITURE.test(t)) continue;
    if (n < firstRow && readUnit(t) && !/\d/.test(t)) continue;
    if (parseColumnHeader(t)) continue;
    const row = readRow(raw, columns, header.hasNote, noteNumbers);
    // "Eget kapital   5": a group heading with its note number and no amounts.
    const noteOnly = !!row && header.hasNote && columns > 1 && row.values.length === 1 && /^\d{1,2}$/.test(numbersOf(t));
    if (!row || noteOnly) {
      table.labels.set(n, t);
      pending = { line: n, text: t };
      continue;
    }
    let label = row.label;
    let text = t;
    // A label wrapped onto the line above ("Resultat efter finansiella" / "poster 120 -50"),
    // or numbers alone under their label.
    if (pending && n - pending.line <= 2 && (label === "" || /^[a-zåäö]/.test(label))) {
      label = label === "" ? pending.text : `${pending.text} ${label}`;
      text = `${pending.text} ${t}`;
      table.labels.delete(pending.line);
    }
    pending = null;
    if (damagedLabel(label)) {
      table.unread.push({ line: n, text, label, reason: "digits inside the label (OCR noise or a broken cell: \"Summa 5 6l2 418\"); its numbers cannot be trusted" });
      continue;
    }
    if (row.ambiguous) {
      table.unread.push({ line: n, text, label, reason: "the digits can be grouped into columns more than one way" });
      continue;
    }
    if (row.values.length !== columns) {
      table.unread.push({ line: n, text, label, reason: `${row.values.length} values under ${columns} columns; the column of each cannot be told` });
      continue;
    }
    table.rows.push({ line: n, text, label, values: row.values });
  }
  return { table };
}

/**
 * Digits left inside a label mean the row's numbers were cut by noise ("Summa 5 6l2 418" reads
 * as label "Summa 5 6l2" and 418): none of them can be trusted. A page or section number
 * before the label, years and dates are no damage.
 */
export function damagedLabel(label: string): boolean {
  const tokens = label.split(" ").filter(Boolean);
  if (tokens.length && /^\d{1,3}(\.\d{1,2})*\.?([A-ZÅÄÖa-zåäö].*)?$/.test(tokens[0]!)) tokens.shift();
  return tokens.some((t) => /\d/.test(t) && !/^\(?(19|20)\d\d(-\d\d-\d\d)?\)?[,:]?$/.test(t));
}

interface UnitDecision {
  unit: StatementUnit | null;
  finding?: FindingInput;
}

const keyOf = (item: string, c: Column) => (c.kind === "amount" ? `${item}|${c.year}|${c.basis}` : null);

/**
 * Each table's unit. The stated unit, or the document's, or kronor when none is stated;
 * then the magnitudes: cells that no federation could have in the stated unit, or that are
 * a thousand times the same items in the document's other statements, are in a smaller unit.
 */
export function decideUnits(doc: DocumentText, tables: RawTable[], mapped: Map<RawTable, Map<number, string>>): UnitDecision[] {
  const docUnit = readDocumentUnit(doc.lines);
  const first: { unit: StatementUnit | null; explicit: boolean; finding?: FindingInput }[] = tables.map((t) => {
    const stated = t.stated ?? (docUnit ? { unit: docUnit.unit, written: docUnit.written, line: docUnit.line } : null);
    const unit = stated?.unit ?? "kr";
    const values = t.rows.flatMap((r) => r.values);
    if (!implausibleIn(values, unit)) return { unit, explicit: !!stated };
    const where = `${t.block.section} (line ${t.block.heading})`;
    const largest = Math.max(...values.map(Math.abs));
    if (unit === "tkr" && !implausibleIn(values, "kr"))
      return { unit: "kr", explicit: true, finding: { check_id: "statement.unit_mislabelled", severity: "warning", subject: `finance:${t.block.section}`, line: stated!.line, value: stated!.written, other_value: String(largest), message: `${where}: the heading says "${stated!.written}" but a cell of ${largest} would be ${largest * 1000} kr, beyond any federation; the cells are read as kronor` } };
    return { unit: null, explicit: true, finding: { check_id: "statement.unit_mislabelled", severity: "warning", subject: `finance:${t.block.section}`, line: stated?.line ?? t.block.heading, value: stated?.written ?? "kr", other_value: String(largest), message: `${where}: a cell of ${largest} in ${stated?.written ?? "kronor"} is beyond any federation and the true unit cannot be told; not loaded` } };
  });
  /** Cells by item, year and basis, as written (costs and their signs alike). */
  const cells = (i: number): Map<string, number> => {
    const t = tables[i]!;
    const out = new Map<string, number>();
    for (const row of t.rows) {
      const item = mapped.get(t)?.get(row.line);
      if (!item) continue;
      t.header.valueColumns.forEach((c, k) => {
        const key = keyOf(item, c);
        if (key && !out.has(key) && row.values[k] !== 0) out.set(key, Math.abs(row.values[k]!));
      });
    }
    return out;
  };
  const cellsOf = tables.map((_, i) => cells(i));
  /** How each table's figures compare with the same items in the tables of a known unit. */
  const compare = (i: number, asUnit: StatementUnit, others: number[]) => {
    let agree = 0;
    let thousandfold = 0;
    let example = "";
    for (const [key, raw] of cellsOf[i]!) {
      const mine = raw * UNIT_FACTOR[asUnit];
      for (const j of others) {
        const theirRaw = cellsOf[j]!.get(key);
        if (theirRaw === undefined) continue;
        const theirs = theirRaw * UNIT_FACTOR[first[j]!.unit!];
        if (Math.abs(mine - theirs) <= Math.max(UNIT_FACTOR[asUnit], UNIT_FACTOR[first[j]!.unit!]) / 2 || aboutTimes(mine, theirs, 1)) agree++;
        else if (aboutTimes(mine, theirs, 1000)) {
          thousandfold++;
          example ||= `${key.split("|")[0]} ${key.split("|")[1]}: ${mine} kr here, ${theirs} kr in ${tables[j]!.block.section} (line ${tables[j]!.block.heading})`;
        }
      }
    }
    return { agree, thousandfold, example };
  };
  const known = tables.map((_, j) => j).filter((j) => first[j]!.explicit && first[j]!.unit !== null);
  const decided = tables.map((t, i): UnitDecision => {
    const f = first[i]!;
    if (!f.unit || f.finding || !f.explicit || f.unit === "kr") return { unit: f.unit, finding: f.finding };
    // The same item and year in two tables: a thousandfold gap means this heading lies.
    const { agree, thousandfold, example } = compare(i, f.unit, known.filter((j) => j !== i));
    if (thousandfold > agree) {
      const lower: StatementUnit = f.unit === "mkr" ? "tkr" : "kr";
      const stated = t.stated ?? { written: docUnit?.written ?? f.unit, line: docUnit?.line ?? t.block.heading };
      return { unit: lower, finding: { check_id: "statement.unit_mislabelled", severity: "warning", subject: `finance:${t.block.section}`, line: stated.line, value: stated.written, other_value: lower, message: `${t.block.section} (line ${t.block.heading}): the heading says "${stated.written}" but read so its figures are a thousand times the document's other statements (${example}); read as ${lower === "kr" ? "kronor" : "tkr"}` } };
    }
    return { unit: f.unit };
  });
  // Tables that state no unit (notes, often): the same items elsewhere tell; else the unit
  // all the other statements state, if the magnitudes are alike; else they are not loaded.
  const stating = known.filter((j) => decided[j]!.unit !== null);
  const units = new Set(stating.map((j) => decided[j]!.unit));
  return decided.map((d, i) => {
    const f = first[i]!;
    if (f.explicit || f.unit === null) return d;
    const t = tables[i]!;
    const unknown = (why: string): UnitDecision => ({ unit: null, finding: { check_id: "statement.unit_unknown", severity: "warning", subject: `finance:${t.block.section}`, line: t.block.heading, value: doc.at(t.block.heading), message: `${t.block.section} (line ${t.block.heading}): no unit stated, and ${why}; not loaded` } });
    for (const u of ["kr", "tkr", "mkr"] as const) {
      const { agree, thousandfold } = compare(i, u, stating);
      if (agree > 0 && agree > thousandfold) return { unit: u };
    }
    if (stating.length === 0) {
      // No unit anywhere: kronor, unless a total is too small to be one in kronor.
      const totals = ["revenue_operating", "cost_operating", "assets_total", "equity_and_liabilities"];
      const small = [...cellsOf[i]!].filter(([k]) => totals.includes(k.split("|")[0]!)).some(([, v]) => v < 100_000);
      return small ? unknown("its totals are too small to be kronor (tkr?)") : { unit: "kr" };
    }
    if (units.size !== 1) return unknown("the other statements state different units");
    const only = [...units][0]!;
    if (only === "kr") return { unit: "kr" };
    const median = (vs: number[]) => {
      const logs = vs.filter((v) => v !== 0).map((v) => Math.log10(Math.abs(v))).sort((a, b) => a - b);
      return logs.length ? logs[Math.floor(logs.length / 2)]! : NaN;
    };
    const mine = median(t.rows.flatMap((r) => r.values));
    const theirs = median(stating.flatMap((j) => tables[j]!.rows.flatMap((r) => r.values)));
    if (Math.abs(mine - theirs) <= 1.5) return { unit: only };
    return unknown(`its cells are of another size than the other statements' (in ${only})`);
  });
}

/** The sign of a net cost as an operating result: +1, -1, or 0 when it cannot be told. */
function netCostSign(table: RawTable, items: Map<number, string>, column: number, v: number): number {
  const cell = (item: string) => {
    const row = table.rows.find((r) => items.get(r.line) === item);
    return row ? Math.abs(row.values[column]!) : undefined;
  };
  const revenue = cell("revenue_operating");
  const cost = cell("cost_operating");
  if (revenue !== undefined && cost !== undefined) {
    const result = revenue - cost;
    if (Math.abs(Math.abs(v) - Math.abs(result)) > 0.5 || (result === 0 && v !== 0)) return 0;
    return result < 0 ? -1 : 1;
  }
  return v < 0 ? -1 : v === 0 ? 1 : 0;
}

/** Whether an equity line is followed, within its block, by "Årets resultat" (opening equity). */
function resultFollows(table: RawTable, from: number): boolean {
  const later = table.rows.filter((r) => r.line > from).slice(0, 3);
  for (const r of later) {
    const norm = normalizeStatementLabel(r.label);
    if (/^årets (resultat|över|under)/.test(norm)) return true;
    if (/^summa|^avsättning|^skulder|^långfristiga|^kortfristiga/.test(norm)) return false;
  }
  return false;
}

/** The finance item of a row, or why it has none. */
function itemOf(table: RawTable, row: TableRow, noteItem: string | undefined): { item?: string; cost?: boolean; member?: boolean } {
  const kind = table.block.kind;
  const norm = normalizeStatementLabel(row.label);
  if (kind === "notes" && noteItem && TOTAL_LINE.test(norm)) return { item: noteItem, cost: /^cost|personnel|grants|other_external/.test(noteItem) };
  if (kind === "balance_sheet" && EQUITY_LINE.test(norm)) return { item: resultFollows(table, row.line) ? "equity_start" : "equity_end" };
  const label = statementItem(row.label, kind);
  if (label) return { item: label.item, cost: label.cost };
  if ((kind === "notes" || kind === "income_statement") && isMemberLabel(row.label)) return { member: true };
  // A page number run into the label ("14 Lokalhyra") is no part of the name.
  if (kind === "notes" && noteItem && NOTE_FAMILY[noteItem] && norm !== "" && /[a-zåäö]/.test(norm)) return { item: `${NOTE_FAMILY[noteItem]}:${slugify(row.label.replace(/^\d{1,3}\s+(?=\D)/, ""))}`, cost: false };
  return {};
}

/** Group headings in a note ("Personalkostnader") followed by lines and an unlabelled subtotal. */
function groupSubtotals(table: RawTable): Map<number, string> {
  const out = new Map<number, string>();
  const groups = [...table.labels].map(([line, text]) => ({ line, label: statementItem(text, table.block.kind) })).filter((g) => g.label);
  for (const g of groups) {
    const sums = table.header.valueColumns.map(() => 0);
    for (const r of table.rows.filter((r) => r.line > g.line)) {
      if (r.label === "") {
        // The subtotal is certain only when it is the sum of the lines above it.
        if (r.values.every((v, c) => Math.abs(v - sums[c]!) < 0.5)) out.set(r.line, g.label!.item);
        break;
      }
      r.values.forEach((v, c) => (sums[c]! += v));
    }
  }
  return out;
}

export function parseStatements(doc: DocumentText): ParseOutput {
  const facts: FactInput[] = [];
  const findings: FindingInput[] = [];
  const coverage: Coverage[] = [];
  const blocks = findStatementBlocks(doc);
  const tables: RawTable[] = [];
  const noteNumbers = noteTitles(blocks);
  // Notes first: a statement row's note reference is checked against the note's total.
  for (const block of blocks) {
    if (!block.note) continue;
    const { table } = readTable(doc, block);
    const total = table?.rows.find((r) => TOTAL_LINE.test(normalizeStatementLabel(r.label)) || normalizeStatementLabel(r.label) === normalizeStatementLabel(block.note!.title));
    if (total) noteNumbers.get(block.note.number)!.totals = total.values;
  }
  for (const block of blocks) {
    const previous = tables.at(-1);
    const continues = previous && previous.block.kind === block.kind && !block.note && previous.block.end >= block.heading - 1 ? previous : undefined;
    const { table, reason } = readTable(doc, block, noteNumbers, continues);
    if (table) tables.push(table);
    else {
      // A heading with no numbers under it is a divider or a page title, not a statement.
      const hasNumbers = doc.findAll(/\d{3}/, block.heading + 1, block.end).length > 0;
      if (hasNumbers && block.kind !== "notes")
        findings.push({ check_id: "statement.no_year_header", severity: "warning", subject: `finance:${block.section}`, line: block.heading, value: doc.at(block.heading), message: `${block.section}: ${reason} under "${doc.at(block.heading)}"; its numbers are not loaded` });
      // A note without a header of its own: its amounts have no year to go with.
      if (hasNumbers && block.kind === "notes")
        for (let n = block.heading + 1; n <= block.end; n++)
          if (/\d{3}/.test(doc.at(n)) && /[a-zåäö]/i.test(doc.at(n))) unread(n, doc.at(n), `${block.section}: note ${block.note?.number} has no column header; the year of this amount cannot be told; not stored`);
    }
  }
  // Which item each row is, before units: the magnitude check compares items across tables.
  const mapped = new Map<RawTable, Map<number, string>>();
  const costs = new Set<string>();
  const noteItems = new Map<RawTable, string | undefined>();
  for (const t of tables) {
    const noteItem = t.block.note ? statementItem(t.block.note.title, "notes")?.item : undefined;
    noteItems.set(t, noteItem);
    const m = new Map<number, string>();
    const subtotals = groupSubtotals(t);
    for (const row of t.rows) {
      const sub = subtotals.get(row.line);
      if (sub) {
        m.set(row.line, sub);
        costs.add(`${t.block.heading}|${row.line}`);
        continue;
      }
      const it = itemOf(t, row, noteItem);
      if (it.item) {
        m.set(row.line, it.item);
        if (it.cost) costs.add(`${t.block.heading}|${row.line}`);
      }
    }
    mapped.set(t, m);
  }
  const units = decideUnits(doc, tables, mapped);
  tables.forEach((t, i) => {
    const { unit, finding } = units[i]!;
    if (finding) findings.push(finding);
    const section = t.block.section;
    const before = facts.length;
    const noteItem = noteItems.get(t);
    for (const u of t.unread) unread(u.line, u.text, `${section}: "${u.label}": ${u.reason}; not stored`);
    if (unit === null) {
      for (const r of t.rows) unread(r.line, r.text, `${section}: the unit of this table cannot be told; not stored`);
      return;
    }
    for (const row of t.rows) {
      const item = mapped.get(t)!.get(row.line);
      if (!item) {
        const member = (t.block.kind === "notes" || t.block.kind === "income_statement") && isMemberLabel(row.label);
        if (member) continue;
        if (row.label === "") unread(row.line, row.text, `${section}: a row without a label; not stored`);
        else findings.push({ check_id: "statement.unmapped_row", severity: "info", subject: `finance:${section}`, line: row.line, value: row.text, message: `${section}: row "${row.label}" has no finance item; not loaded` });
        continue;
      }
      const cost = costs.has(`${t.block.heading}|${row.line}`);
      const netCost = item === "operating_result" && /nettokostnad/.test(normalizeStatementLabel(row.label));
      t.header.valueColumns.forEach((c, k) => {
        let v = row.values[k]!;
        if (c.kind !== "amount") return;
        if (netCost) {
          // "Verksamhetens nettokostnad" is printed negative by most, as a positive cost by some:
          // revenue and cost in the same column tell which; without them only a minus sign does.
          const sign = netCostSign(t, mapped.get(t)!, k, v);
          if (sign === 0) {
            unread(row.line, row.text, `${section}: "${row.label}" ${v}: whether it is a cost or a result cannot be told; not stored`);
            return;
          }
          v = sign * Math.abs(v);
        }
        const { sek } = scaleAmount(cost ? Math.abs(v) : v, unit, decimalsOfValue(v));
        facts.push({
          table: "finance",
          year: c.year,
          basis: c.basis,
          item,
          amount_sek: sek,
          value: null,
          source_label: unit === "kr" ? row.label || "delsumma" : `${row.label || "delsumma"} (${unit})`,
          line: row.line,
          text: row.text,
          section,
          approximate: false,
        });
      });
    }
    const n = facts.length - before;
    if (unit !== "kr" && n > 0) {
      const precision = UNIT_FACTOR[unit] / 2;
      findings.push({ check_id: "statement.unit_scaled", severity: "info", subject: `finance:${section}`, line: t.stated?.line ?? t.block.heading, value: t.stated?.written ?? unit, message: `${section} (line ${t.block.heading}): ${n} amounts in ${unit} scaled to kronor; each is exact to ±${precision} kr` });
    }
    const label = t.block.note ? `${section}:not_${t.block.note.number}` : section;
    coverage.push({ section: label, status: n > 0 ? "parsed" : "missing", line: t.block.heading, facts: n, note: `columns ${t.header.valueColumns.map((c) => (c.kind === "amount" ? `${c.basis === "budget" ? "budget " : ""}${c.year}` : `(${c.written})`)).join(", ")}; unit ${unit}${t.stated ? "" : " (not stated)"}` });
  });
  for (const kind of ["income_statement", "balance_sheet"] as const)
    if (!tables.some((t) => t.block.kind === kind)) coverage.push({ section: SECTION[kind], status: "missing", line: null, facts: 0, note: "no heading with a column header found" });

  function unread(line: number, text: string, message: string) {
    findings.push({ check_id: "coverage.unread_number", severity: "info", subject: "coverage:statement", line, value: numbersOf(text), message: `${message}: "${text}"` });
  }

  const members = parseMemberContributions(doc, tables, units.map((u) => u.unit));
  return mergeOutputs([{ facts, findings, coverage }, members]);
}

/** Digits after the decimal point of a parsed cell (4.2 → 1). */
/** The numbers of a row as written (its trailing run of numeric tokens). */
export function numbersOf(text: string): string {
  const tokens = clean(text).replace(/[\u2212\u2013]/g, "-").split(" ");
  let k = tokens.length;
  while (k > 0 && /^-?\d+(,\d+)?$/.test(tokens[k - 1]!)) k--;
  return k === tokens.length ? clean(text) : tokens.slice(k).join(" ");
}
