/**
 * Reading one statement block as written: its column header (and unit words) and its rows,
 * each as label and one value per column. A note reference, a label wrapped onto the next
 * line, a thousands group split into two columns, digits left in a label by noise: a row
 * whose values cannot be placed in their columns with certainty is kept apart as unread.
 */
import { clean, type DocumentText } from "../documentText.ts";
import { opensAnotherTable, readStatementRow } from "./statementTable.ts";
import { normaliseNegatives, NUMBER_SPACES, parseNumberRun, spread } from "../numbers.ts";
import {
  isBasisLine,
  isColumnCell,
  isNoteOnlyLine,
  parseColumnHeader,
  parseSplitHeader,
  withNoteColumn,
  type Column,
  type ColumnHeader,
} from "./columnHeaders.ts";
import { readNoisyRow } from "./noisyRows.ts";
import { reportYearBasisHeader } from "./headlessStatements.ts";
import {
  cellsByPosition,
  cellsBySplit,
  gridLines,
  headerColumns,
  isAligned,
  numericTail,
  stackHeader,
  type GridColumn,
} from "./layoutGrid.ts";
import {
  FURNITURE,
  headingPeriodYear,
  isStatementHeading,
  withoutBalanceDay,
  type StatementBlock,
} from "./statementBlocks.ts";
import { STATEMENT_LABELS, normalizeStatementLabel } from "../../reference/statementLabels.ts";
import { IMPLAUSIBLE_SEK, readUnit, UNIT_WORD_SOURCE, type UnitReading } from "../../reference/units.ts";

export interface TableRow {
  line: number;
  /** The source line(s), as cited. */
  text: string;
  label: string;
  /**
   * One value per value column (amount or unknown), in header order; null for a cell with OCR
   * noise in it, or beside noise where its tokens are not certain (noisyRows.ts): never stored.
   */
  values: (number | null)[];
  /** The noisy tokens of the row, as written. */
  noise?: string[];
  /** The row's cells under share columns ("Andel", "%"), in percent; taken out of `values`. */
  shares?: (number | null)[];
}

export interface RawTable {
  block: StatementBlock;
  header: ColumnHeader;
  headerLine: number;
  /** The unit the table states (maybe one no reader knows), with the line it was read from; null if it states none. */
  stated: (UnitReading & { line: number }) | null;
  rows: TableRow[];
  /** Numbers on rows whose values could not be placed in columns: never stored. */
  unread: { line: number; text: string; label: string; reason: string }[];
  /** Label-only lines (group headings, split labels), by line. */
  labels: Map<number, string>;
}

const HEADER_SCAN = 12;
/**
 * Words, then years or dates alone: "Intäkter (tkr) 2024", "Kostnader per insats, kr 2024 2023",
 * "Eget kapital (tkr) 2024-01-01 2024-12-31".
 */
const CAPTION_OVER_YEARS = /^\p{L}[^\d]*\s(?:19|20)\d\d(?:-\d\d-\d\d)?(?:\s+(?:19|20)\d\d(?:-\d\d-\d\d)?)*$/u;
/**
 * A table's caption that ends on its unit ("Tabell 1. Sammandrag av resultaträkningen, tkr",
 * "Tabell 2 Balansräkning (tkr)"): the unit of the table below it.
 */
const CAPTION_WITH_UNIT = new RegExp(
  `^(?:tabell|tab\\.)\\s*\\d+\\b.*(?:,|\\(|\\bi)\\s*(?:${UNIT_WORD_SOURCE})\\s*\\)?\\.?$`,
  "iu",
);

/** Why a row whose digits split into its columns in several ways is unread (splitByIdentity.ts may settle it). */
export const GROUPED_MORE_THAN_ONE_WAY = "the digits can be grouped into columns more than one way";

/** A note as a statement row may cite it: its title and, once read, its total row. */
export interface NoteRef {
  title: string;
  totals?: number[];
}

/** Note number → title, for telling a note reference from the first digits of an amount. */
export function noteTitles(blocks: readonly StatementBlock[]): Map<number, NoteRef> {
  return new Map(
    blocks.flatMap((b) => (b.note ? [[b.note.number, { title: b.note.title }] as [number, NoteRef]] : [])),
  );
}

/** Whether a note's title and a row's label name the same thing (same words, or the same item). */
function sameSubject(title: string | undefined, label: string): boolean {
  if (title === undefined) return false;
  const a = normalizeStatementLabel(title);
  const b = normalizeStatementLabel(label);
  if (a === "" || b === "") return false;
  if (a === b || b.includes(a) || a.includes(b)) return true;
  const itemOfA = labelItem(a);
  return itemOfA !== undefined && itemOfA === labelItem(b);
}

/** The item of the first statement label one of whose patterns a normalised label matches. */
function labelItem(label: string): string | undefined {
  for (const e of STATEMENT_LABELS) for (const p of e.patterns) if (p.test(label)) return e.item;
  return undefined;
}

/**
 * Columns of one row that differ by more than a factor of a thousand (log10 spread) are no
 * plain reading of a row whose first digits could be a note number.
 */
const UNLIKE_COLUMNS = 4;

/** A statement row must differ this much in magnitude spread between two readings to pick one. */
const NOTE_MARGIN = 0.3;

/**
 * Read a row's label and values. Under a Not column, "Korta fordringar 3 128 980 312 027" can
 * be note 3 with 128 980 and 312 027, or 3 128 980 and 312 027. A note reading needs a note
 * of that number in the document (when it has any); when both readings remain, they must
 * differ clearly in how alike their columns are, or the row is ambiguous and not stored.
 */
export function readRow(
  raw: string,
  columns: number,
  hasNote: boolean,
  noteNumbers: ReadonlyMap<number, NoteRef>,
): { label: string; values: number[]; ambiguous: boolean } | null {
  const row = readRowReading(raw, columns, hasNote, noteNumbers);
  if (!row || row.ambiguous || row.values.length !== columns) return row;
  // "Finansiella intäkter 12 500" under two columns reads as 12 and 500 only by splitting a
  // thousands group; such a split is believed only when the columns come out alike.
  // A fewer-number reading beyond any federation's size ("280 038 100 000") is no reading.
  const tail = numbersOf(clean(raw).slice(row.label.length));
  const fewest = parseNumberRun(tail);
  const plausible = fewest && fewest.values.every((v) => Math.abs(v) <= IMPLAUSIBLE_SEK);
  if (fewest && plausible && fewest.values.length < columns && spread(row.values) / columns >= SPLIT_MARGIN)
    return { ...row, ambiguous: true };
  return row;
}

/**
 * Columns of one row split from fewer numbers must be alike: within a factor of ten of each
 * other (mean squared deviation of log10 below this).
 */
const SPLIT_MARGIN = 0.26;

function readRowReading(
  raw: string,
  columns: number,
  hasNote: boolean,
  noteNumbers: ReadonlyMap<number, NoteRef>,
): { label: string; values: number[]; ambiguous: boolean } | null {
  const base = readStatementRow(raw, columns, false);
  if (!base) return null;
  const spans = [
    ...raw
      .replace(/[\u2212\u2013]/g, "-")
      .replace(NUMBER_SPACES, " ")
      .matchAll(/\S+/g),
  ];
  const labelTokens = base.label === "" ? 0 : base.label.split(" ").length;
  const first = spans[labelTokens];
  const second = spans[labelTokens + 1];
  const tail = (from: RegExpMatchArray) =>
    raw
      .replace(/[\u2212\u2013]/g, "-")
      .replace(NUMBER_SPACES, " ")
      .slice(from.index!);
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
  if (/ {2,}|\t/.test(tail(second)))
    return / {2,}|\t/.test(between)
      ? { label: base.label, values: noted.values, ambiguous: noted.ambiguous }
      : { label: base.label, values: plain.values, ambiguous: plain.ambiguous };
  // Both do: a note of that number must exist and be about the row ("Korta fordringar 3" →
  // "Not 3 Fordringar"), or the digits belong to the amount.
  const ref = noteNumbers.get(Number(first[0]));
  if (noteNumbers.size > 0 && !sameSubject(ref?.title, base.label)) {
    // No note of that number, yet the plain reading makes its first column tiny beside the
    // others ("Utgående eget kapital 6 1 004 876" as 6 and 1 004 876): neither is certain.
    // And where the note's reading keeps the columns clearly more alike ("Kortfristiga fordringar 4 386 859 444 723":
    // 4 386 859 beside 444 723, or note 4 with 386 859 and 444 723), a note the text does not print may still be
    // cited: the sums the statement must agree with decide (`splitByIdentity.ts`), or nothing is stored.
    const gap = spread(plain.values) - spread(noted.values);
    const unlike = gap >= UNLIKE_COLUMNS || (ref === undefined && gap >= NOTE_MARGIN);
    return { label: base.label, values: plain.values, ambiguous: plain.ambiguous || unlike };
  }
  // The cited note's own total settles it when it equals one reading.
  const equals = (v: number[]) =>
    !!ref?.totals &&
    ref.totals.length === v.length &&
    v.every((x, i) => Math.abs(Math.abs(x) - Math.abs(ref.totals![i]!)) < 0.5);
  if (equals(noted.values) !== equals(plain.values))
    return equals(noted.values)
      ? { label: base.label, values: noted.values, ambiguous: noted.ambiguous }
      : { label: base.label, values: plain.values, ambiguous: plain.ambiguous };
  const gap = spread(plain.values) - spread(noted.values);
  if (Math.abs(gap) < NOTE_MARGIN) return { label: base.label, values: plain.values, ambiguous: true };
  return gap > 0
    ? { label: base.label, values: noted.values, ambiguous: noted.ambiguous }
    : { label: base.label, values: plain.values, ambiguous: plain.ambiguous };
}

/**
 * "Ekonomi 2023 (tkr)     Budget 2023     Utfall 2023": the heading's own year, bare or after its
 * words, before columns that name that year with their basis, is the heading's, not a column (it would take a dash or a
 * split number of the rows below). A bare year with no such columns after it ("Resultaträkning
 * 2024     2023") stays the column it is.
 */
function withoutHeadingYear(header: ColumnHeader | null): ColumnHeader | null {
  const first = header?.valueColumns[0];
  if (!header || !first || first.kind === "share") return header;
  // A bare year, or words ending on it that name no basis ("Ekonomi 2023" read as an unknown column).
  const year =
    first.kind === "amount"
      ? first.written === String(first.year)
        ? first.year
        : undefined
      : Number(/(?<!\d)((?:19|20)\d\d)$/.exec(first.written)?.[1] ?? NaN);
  if (year === undefined || Number.isNaN(year)) return header;
  const named = header.valueColumns.filter(
    (c) => c !== first && c.kind === "amount" && c.year === year && c.written !== String(c.year),
  );
  if (named.length < 2) return header;
  return {
    ...header,
    columns: header.columns.filter((c) => c !== first),
    valueColumns: header.valueColumns.filter((c) => c !== first),
  };
}

/** The one-year header a heading's period in words gives (`headingPeriodYear`), or null. */
function periodRestHeader(rest: string): ColumnHeader | null {
  const year = headingPeriodYear(rest);
  return year === undefined ? null : parseColumnHeader(year);
}

/** A lone capital in a cell of its own after the label, before the amounts: a note's letter ("A"). */
const LETTER_NOTE_CELL = /\S {2,}\p{Lu} {2,}[-−–]?\d/u;

/** Read one block's header and rows as written (no unit yet). */
export function readTable(
  doc: DocumentText,
  block: StatementBlock,
  noteNumbers: ReadonlyMap<number, NoteRef> = new Map(),
  continues?: RawTable,
): { table: RawTable | null; reason?: string } {
  // "RESULTATRÄKNING I KONTOFORM, RÄKENSKAPSÅRET 2025": the year the heading names in words heads its one column.
  const restHeader = block.rest
    ? (parseColumnHeader(block.rest) ??
      periodRestHeader(block.rest) ??
      (withoutBalanceDay(block.rest) !== block.rest ? parseColumnHeader(withoutBalanceDay(block.rest)) : null))
    : null;
  let header: ColumnHeader | null = restHeader ? withoutHeadingYear(restHeader) : null;
  let headerLine = header ? block.heading : -1;
  let stated: RawTable["stated"] = null;
  const unitOf = (text: string, line: number) => {
    const u = readUnit(text);
    if (u && !stated) stated = { ...u, line };
  };
  unitOf(block.rest, block.heading);
  // A table drawn with pipes reads like one laid out with gaps (layoutGrid.ts `gridLines`).
  const grid = gridLines(doc);
  const lineOf = (n: number) => {
    const line = withoutCellKronor(grid[n - 1] ?? "");
    // Cells that say "kr" are in kronor, whatever the document says elsewhere.
    if (line !== grid[n - 1]) unitOf("kr", n);
    return line;
  };
  let firstRow = block.end + 1;
  let noteAbove = false;
  let unplacedBasis: number | undefined;
  /** A header whose first cell names a side of the balance sheet, that cell blanked. */
  let sideRaw: string | undefined;
  for (let n = block.heading + 1; n <= Math.min(block.end, block.heading + HEADER_SCAN); n++) {
    const t = clean(lineOf(n));
    if (t === "" || FURNITURE.test(t)) continue;
    if (isNoteOnlyLine(t)) {
      noteAbove = true;
      unitOf(t, n);
      continue;
    }
    const side = sideHeader(lineOf(n));
    const h = headerOf(t, lineOf(n) || t) ?? side?.header ?? yearlessHeader(doc, n, lineOf(n), block.end);
    if (h) {
      sideRaw = side?.raw;
      // Years under a basis line whose words could not be placed over them ("Budget" standing
      // over one of two years): which column is which basis is unknown, so none is read.
      header = unplacedBasis === n ? basisUnknown(h) : h;
      headerLine = n;
      unitOf(t, n);
      // The basis line under the years ("2024  2024  2023" over "Budget  Utfall  Utfall"): paired
      // by position as when it stands above; a basis line that does not pair leaves every column's
      // basis unknown, so none is read as the year's outcome.
      const below = doc.nextNonBlank(n, 2, block.end);
      if (below !== undefined && isBasisLine(clean(lineOf(below)))) {
        const split = parseSplitHeader(clean(lineOf(below)), t, { basis: lineOf(below), year: lineOf(n) });
        header = split ?? basisUnknown(h);
        headerLine = below;
        unitOf(clean(lineOf(below)), below);
        n = below;
      } else if (
        below !== undefined &&
        BRACKETED_BASIS.test(lineOf(below)) &&
        !/\d{3}/.test(lineOf(below).replace(/(?:19|20)\d\d/g, ""))
      ) {
        // Each year's basis in brackets under it ("2025   2026" over "(utfall)   (beslutat)"): the two
        // lines stacked cell by cell, by position, and read as one header; else the columns stay as read.
        const stacked = stackHeader([lineOf(n), lineOf(below)]).join("   ");
        const merged = parseColumnHeader(stacked);
        if (merged && merged.valueColumns.length === h.valueColumns.length) {
          header = merged;
          headerLine = below;
          n = below;
        }
      }
      continue;
    }
    const next = doc.nextNonBlank(n, 2, block.end);
    if (next !== undefined && isBasisLine(t)) {
      const split = parseSplitHeader(t, clean(lineOf(next)), { basis: lineOf(n), year: lineOf(next) });
      if (split) {
        header = split;
        headerLine = next;
        unitOf(t, n);
        unitOf(doc.at(next), next);
        n = next;
        continue;
      }
      unplacedBasis = next;
    }
    // A line that is only a unit ("Belopp i tkr", "(tkr)") belongs to the header, as does a caption ending on one.
    if ((readUnit(t) && !/\d/.test(t.replace(/\b(19|20)\d\d\b/g, ""))) || CAPTION_WITH_UNIT.test(t)) {
      unitOf(t, n);
      continue;
    }
    // A sentence before the table ("… staten 50 procent, regionen 25 procent …", "Budgeten för 2025
    // är 9 600 000 kronor.") is no row: its numbers do not end the line, or a full stop does (the
    // cells' "kronor" is gone from `t`). The header may stand under it.
    if (/\d/.test(t) && (numericTail(t).tail === "" || /\p{L}\.$/u.test(doc.at(n))) && t.split(" ").length >= 5)
      continue;
    if (/\d/.test(t)) {
      firstRow = n;
      break;
    }
  }
  // A note that states no unit takes the one its notes heading states ("NOTER (tkr)").
  if (block.under) unitOf(block.under.rest, block.under.line);
  // The statement's heading repeated at the top of its next page: the columns carry over.
  if (!header && continues) {
    header = continues.header;
    headerLine = block.heading;
    stated ??= continues.stated;
  }
  if (!header) return { table: null, reason: "no column header with years" };
  if (noteAbove) header = withNoteColumn(header);
  // A Not column the header does not name (lost when the PDF was flattened) shows in rows that
  // only a note number makes fit: "Verksamhetens intäkter 1 4 200 000 3 900 000".
  if (!header.hasNote && hasUnnamedNoteColumn(doc, headerLine + 1, block.end, header.valueColumns.length))
    header = withNoteColumn(header);
  const table: RawTable = { block, header, headerLine, stated, rows: [], unread: [], labels: new Map() };
  // A headless table's title before its columns is no cell: its columns stand where `layout` has them.
  // A header stacked over two lines: each column spans both its cells (`parseStackedHeader`).
  let headerCells =
    headerLine === block.heading && block.spans && block.spans.length === header.columns.length
      ? {
          raw: block.layout ?? "",
          columns: block.spans.map((s, i) => ({ ...s, written: header.valueColumns[i]?.written ?? "" })),
          note: header.hasNote,
        }
      : headerGrid(
          headerLine === block.heading && block.layout ? block.layout : (sideRaw ?? lineOf(headerLine)),
          header,
        );
  const columns = header.valueColumns.length;
  let pending: { line: number; text: string } | null = null;
  let labelRun = 0;
  const shares = header.valueColumns.some((c) => c.kind === "share");
  for (let n = headerLine + 1; n <= block.end; n++) {
    // "(1 204)" is a negative; positions stay as written. Under a share column, "13 %" is its cell.
    // "+56 200" in a change column is a positive number: the plus stands where a minus would.
    const written = normaliseNegatives(lineOf(n)).replace(/(^|\s)\+(?=\d)/g, "$1 ");
    const raw = shares ? written.replace(/(\d) ?%/g, (m, d: string) => d.padEnd(m.length)) : written;
    const t = clean(raw);
    if (t === "" || FURNITURE.test(t)) continue;
    if (n < firstRow && readUnit(t) && !/\d/.test(t)) continue;
    const otherSide = n > headerLine ? sideHeader(lineOf(n)) : null;
    if (otherSide) {
      // The balance sheet's other side under a header of its own ("EGET KAPITAL OCH SKULDER
      // 2024-12-31 2023-12-31"): the same columns carry on, its cells placed by its own header.
      if (!sameColumns(otherSide.header, header)) break;
      headerCells = headerGrid(otherSide.raw, header);
      table.labels.set(n, otherSide.side);
      pending = null;
      continue;
    }
    // A header of column marks no legend named ("(1)   (2)") or a plan's heading set apart ("Budget för kommande
    // år (kr)") under read rows opens another table: the statement ended above it, its columns no longer hold.
    if (table.rows.length > 0 && opensAnotherTable(doc, n, lineOf(n))) break;
    // "Intäkter (tkr)   2024": a caption stating its unit over year columns is a new table's header too.
    if (parseColumnHeader(t) || (readUnit(t) && CAPTION_OVER_YEARS.test(t))) {
      // Another header under read rows is another table (a members' table after the balance
      // sheet, in its own unit): the statement ended above it. The same header repeated
      // (a page break) carries on, unless a title stands right above it ("Finansiering från
      // medlemmarna" / "2022 2021"): that is a new table with the same years.
      if (table.rows.length > 0 && (t !== clean(doc.at(headerLine)) || titledAbove(doc, n, table))) break;
      continue;
    }
    // OCR noise among the numbers: only cells whose column is certain are read.
    const noisy = readNoisyRow(raw, columns, header.hasNote);
    const placed = noisy ? undefined : (byPosition(raw, headerCells) ?? byDashSplit(raw, columns, header.hasNote));
    const row: { label: string; values: (number | null)[]; ambiguous: boolean } | null = noisy
      ? { label: noisy.label, values: noisy.values, ambiguous: noisy.unreadable }
      : (placed ?? readRow(raw, columns, header.hasNote, noteNumbers));
    // "Eget kapital   5": a group heading with its note number and no amounts.
    const noteOnly =
      !!row && header.hasNote && columns > 1 && row.values.length === 1 && /^\d{1,2}$/.test(numbersOf(t));
    if (!row || noteOnly) {
      table.labels.set(n, t);
      labelRun = pending && n - pending.line <= 2 ? labelRun + 1 : 1;
      pending = { line: n, text: t };
      continue;
    }
    // A note referred to by a letter in the Not column ("Verksamhetens kostnader   A   -5 702"): no word of the label.
    let label = header.hasNote && LETTER_NOTE_CELL.test(raw) ? row.label.replace(/\s+\p{Lu}$/u, "") : row.label;
    // Cited as written ("13 %"), read without the share's sign.
    const cited = shares ? clean(written) : t;
    let text = cited;
    // A label wrapped onto the line above ("Resultat efter finansiella" / "poster 120 -50"),
    // or numbers alone under their label. Several labels and then several lines of numbers are
    // columns flattened one after the other: which number belongs to which label is not known.
    // Whether numbers alone follow is read only where it decides (a row without a label).
    const numbersFollow = () => {
      const next = doc.nextNonBlank(n, 2, block.end);
      return next !== undefined && readStatementRow(lineOf(next), columns, false)?.label === "";
    };
    const alone = label !== "" || (labelRun === 1 && !numbersFollow());
    // A label line ending in "och", "för", "samt" … is unfinished: the next line goes on with it
    // whatever its case ("Medlemsavgift Försäkringskassan och" / "Arbetsförmedlingen 6 200 000").
    const unfinished = pending !== null && /\s(och|samt|för|från|till|av|i|&)$/i.test(pending.text);
    // A remark in brackets as the whole label goes on with the label above it ("Verksamhetens
    // kostnader" / "(inklusive lämnade bidrag)   -11 240 000"): a bracket names no row of its own.
    const remark = /^\([^()]+\)$/.test(label);
    if (
      pending &&
      n - pending.line <= 2 &&
      alone &&
      (label === "" || /^[a-zåäö]/.test(label) || unfinished || remark)
    ) {
      label = label === "" ? pending.text : `${pending.text} ${label}`;
      text = `${pending.text} ${cited}`;
      table.labels.delete(pending.line);
    }
    pending = null;
    if (damagedLabel(label)) {
      table.unread.push({
        line: n,
        text,
        label,
        reason:
          'digits inside the label (OCR noise or a broken cell: "Summa 5 6l2 418"); its numbers cannot be trusted',
      });
      continue;
    }
    if (row.ambiguous) {
      table.unread.push({
        line: n,
        text,
        label,
        reason: noisy
          ? `OCR noise ("${noisy.noise.join(" ")}") and no way to cut the numbers into the ${columns} columns`
          : GROUPED_MORE_THAN_ONE_WAY,
      });
      continue;
    }
    if (row.values.length !== columns) {
      table.unread.push({
        line: n,
        text,
        label,
        reason: `${row.values.length} values under ${columns} columns; the column of each cannot be told`,
      });
      continue;
    }
    table.rows.push({ line: n, text, label, values: row.values, ...(noisy ? { noise: noisy.noise } : {}) });
  }
  return { table: shares ? withoutShares(table) : table };
}

/**
 * "kr" written in a cell after its amount ("1 800 000 kr", "504 000 SEK"): the cell ends there, at
 * a gap or the line's end; "500 kr per invånare" in a sentence is no cell.
 */
const CELL_KRONOR = /(\d) ?(?:kr|kronor|sek)\.?(?= {2,}|\t|\s*$)/giu;

/** A line with the "kr" after each amount blanked, positions kept: the cell is its number. */
function withoutCellKronor(line: string): string {
  if (!/\d ?(?:kr|sek)/i.test(line)) return line;
  return line.replace(CELL_KRONOR, (m, d: string) => d.padEnd(m.length));
}

/** A header whose year columns' basis is not known: kept so that rows line up, never stored. */
function basisUnknown(header: ColumnHeader): ColumnHeader {
  const columns = header.columns.map((c): Column =>
    c.kind === "amount" ? { kind: "unknown", written: c.written } : c,
  );
  return {
    ...header,
    columns,
    valueColumns: columns.filter((c): c is Exclude<Column, { kind: "note" }> => c.kind !== "note"),
  };
}

/**
 * A table with its share columns taken out: every reader sees amounts only, and each row keeps
 * its shares apart (`TableRow.shares`) for the check that confirms an amount by its share.
 */
function withoutShares(table: RawTable): RawTable {
  const at = table.header.valueColumns.flatMap((c, i) => (c.kind === "share" ? [i] : []));
  const keep = (_: unknown, i: number) => !at.includes(i);
  return {
    ...table,
    header: {
      ...table.header,
      columns: table.header.columns.filter((c) => c.kind !== "share"),
      valueColumns: table.header.valueColumns.filter(keep),
    },
    rows: table.rows.map((r) => ({ ...r, values: r.values.filter(keep), shares: at.map((i) => r.values[i] ?? null) })),
  };
}

/**
 * A header line's columns. The raw line keeps a laid-out header's cells apart ("Budget
 * 2024-01-01–2024-12-31" is two columns); that reading is taken unless it leaves more columns
 * unknown than the flattened one ("Utfall      2024" with the year in a cell of its own).
 */
/** A column's basis in brackets on a header's lower line: "(utfall)", "(budget)", "(beslutat)". */
const BRACKETED_BASIS = /\((?:utfall|bokslut|budget|prognos|beslutat|beslutad|fastställt|fastställd)\)/i;

function headerOf(cleaned: string, raw: string): ColumnHeader | null {
  const flat = parseColumnHeader(cleaned);
  const laid = parseColumnHeader(raw);
  // Some cells are read only as cells ("Invånare 1 nov 2023", "Andel av kommunernas del (%)").
  if (!flat) return laid && isAligned(raw) ? laid : null;
  const unknown = (h: ColumnHeader) => h.columns.filter((c) => c.kind === "unknown").length;
  return laid && unknown(laid) <= unknown(flat) ? laid : flat;
}

/**
 * Bare basis words over the rows, no line of years under them ("Utfall   Budget   Avvikelse" right
 * over "Intäkter   6 020   6 000   +20"): the report's year's columns (`reportYearBasisHeader`).
 */
function yearlessHeader(doc: DocumentText, n: number, raw: string, end: number): ColumnHeader | null {
  const below = doc.nextNonBlank(n, 2, end);
  if (below !== undefined && /^\s*(?:(?:19|20)\d\d\S*\s*)+$/.test(doc.at(below))) return null;
  return reportYearBasisHeader(doc, n, raw);
}

/** A balance sheet's side named in its header's first cell: "TILLGÅNGAR    2024-12-31   2023-12-31". */
const SIDE_TITLE = /^(?:tillgångar|eget kapital och skulder|skulder och eget kapital)$/i;

/** A header whose first cell names a side of the balance sheet: its columns, the line with that cell blanked, and the side. */
function sideHeader(raw: string): { header: ColumnHeader; raw: string; side: string } | null {
  const m = /^\s*(\p{L}+(?: \p{L}+){0,4})(?= {2,}\S)/u.exec(raw);
  if (!m || !SIDE_TITLE.test(m[1]!)) return null;
  const blanked = " ".repeat(m[0].length) + raw.slice(m[0].length);
  const header = headerOf(clean(blanked), blanked);
  return header ? { header, raw: blanked, side: m[1]! } : null;
}

/** Whether two headers have the same value columns: the same years and bases, in the same order. */
function sameColumns(a: ColumnHeader, b: ColumnHeader): boolean {
  const key = (h: ColumnHeader) =>
    JSON.stringify(h.valueColumns.map((c) => (c.kind === "amount" ? [c.year, c.basis] : [c.kind])));
  return a.hasNote === b.hasNote && key(a) === key(b);
}

/**
 * Whether the line above a repeated header is a title of its own: a label line (no numbers)
 * that is not the statement's heading repeated on its next page.
 */
function titledAbove(doc: DocumentText, n: number, table: RawTable): boolean {
  let k = n - 1;
  while (k > table.headerLine && (doc.at(k) === "" || FURNITURE.test(doc.at(k)))) k--;
  return k > table.headerLine && table.labels.has(k) && !isStatementHeading(doc.at(k));
}

/**
 * The header's columns by position, when the header line is laid out in columns and each of
 * its cells ("Not", "Budget 2024", "Utfall 2023") is one column of the parsed header.
 */
function headerGrid(raw: string, header: ColumnHeader): { raw: string; columns: GridColumn[]; note: boolean } | null {
  if (!isAligned(raw)) return null;
  const cells = headerColumns(raw, isColumnCell);
  if (cells.length !== header.columns.length) return null;
  return { raw, columns: cells, note: header.hasNote };
}

/**
 * A row laid out under an aligned header: each number goes to the column its characters
 * overlap; a dash is an empty cell (NaN, never stored); a note number is dropped. Undefined
 * when the row is not laid out so (its label reaches into the columns, or it has no wide gap),
 * and the row is read by counting its numbers instead.
 */
function byPosition(
  raw: string,
  grid: { raw: string; columns: GridColumn[]; note: boolean } | null,
): { label: string; values: number[]; ambiguous: boolean } | undefined {
  if (!grid || !isAligned(raw)) return undefined;
  const { label, at } = numericTail(raw);
  const labelEnd = raw.replace(/\t/g, "  ").slice(0, at).trimEnd().length;
  if (label === "" || labelEnd >= grid.columns[0]!.from) return undefined;
  const cells = cellsByPosition(raw, grid.columns);
  if (!cells.values) return { label, values: [], ambiguous: true };
  return { label, values: grid.note ? cells.values.slice(1) : cells.values, ambiguous: false };
}

/**
 * A single-spaced row with a dash for an empty cell ("Årets resultat — -182 226"): the dash holds
 * its column, and the numbers around it are split by the layout grid's rule (the one plausible
 * split, or none). Undefined for a row without a lone dash, or under a Not column (whether a
 * leading number is a note cannot be told beside the dash).
 */
function byDashSplit(
  raw: string,
  columns: number,
  hasNote: boolean,
): { label: string; values: number[]; ambiguous: boolean } | undefined {
  const { label, tail } = numericTail(raw);
  if (hasNote || label === "" || !/(^|\s)[-–—−](\s|$)/.test(tail)) return undefined;
  const cells = cellsBySplit(tail, columns, (v) => Math.abs(v) <= IMPLAUSIBLE_SEK);
  return cells.values ? { label, values: cells.values, ambiguous: false } : { label, values: [], ambiguous: true };
}

function hasUnnamedNoteColumn(doc: DocumentText, from: number, to: number, columns: number): boolean {
  for (let n = from; n <= to; n++) {
    const t = clean(doc.lines[n - 1] ?? "");
    const tail = numbersOf(t);
    if (tail === t) continue;
    const tokens = tail.split(" ");
    if (!/^\d{1,2}$/.test(tokens[0]!) || tokens.length < 2) continue;
    if (!parseNumberRun(tail, columns) && parseNumberRun(tokens.slice(1).join(" "), columns)) return true;
  }
  return false;
}

/** The year-end balance date a label may carry: "31 dec", "31 december 2024", "31/12", "31.12". */
const BALANCE_DATE_IN_LABEL = /(^|\s)31(?:\s*dec(?:ember)?\.?|\s*[/.]\s*12)(?:\s+(?:19|20)\d\d)?(?=\s|$)/i;

/**
 * Digits left inside a label mean the row's numbers were cut by noise ("Summa 5 6l2 418" reads
 * as label "Summa 5 6l2" and 418): none of them can be trusted. A page or section number
 * before the label, years and dates are no damage.
 */
export function damagedLabel(label: string): boolean {
  // "Eget kapital 31 dec", "Eget kapital 31/12": a balance date in the label is no broken cell.
  // "Eget kapital (not 6)", "Intäkter (not 2, 3)": a note's reference in brackets is no broken cell either.
  const tokens = label
    .replace(BALANCE_DATE_IN_LABEL, "$1")
    .replace(/\s*\((?:not|noter)\s+\d{1,2}(?:\s*(?:,|-|–|och)\s*\d{1,2})*\)\s*$/iu, "")
    .split(" ")
    .filter(Boolean);
  if (tokens.length && /^\d{1,3}(\.\d{1,2})*\.?([A-ZÅÄÖa-zåäö].*)?$/.test(tokens[0]!)) tokens.shift();
  return tokens.some((t) => /\d/.test(t) && !/^\(?(19|20)\d\d(-\d\d-\d\d)?\)?[,:]?$/.test(t));
}

/** The cells of rows that were read (not those left null by OCR noise). */
export function cellsRead(rows: readonly TableRow[]): number[] {
  return rows.flatMap((r) => r.values.filter((v): v is number => v !== null));
}

/** The numbers of a row as written (its trailing run of numeric tokens). */
export function numbersOf(text: string): string {
  const tokens = clean(text)
    .replace(/[\u2212\u2013]/g, "-")
    .split(" ");
  let k = tokens.length;
  while (k > 0 && /^-?\d+(,\d+)?$/.test(tokens[k - 1]!)) k--;
  return k === tokens.length ? clean(text) : tokens.slice(k).join(" ");
}
