/**
 * A statement whose year header was lost (a document-sharing site's copy, a paste from a PDF viewer):
 * "RESULTATRÄKNING" / "Not" and then rows of a label, maybe a note number, and two amounts, with no
 * year over either column. Which column is the report's year is not told by the layout (most reports
 * put the year first, some put it last), so it is read only where the document's own identities
 * prove the order:
 *
 * - the equity roll across the columns: one column's opening equity ("Ingående eget kapital", "Eget
 *   kapital vid årets början/ingång", or "Eget kapital" with "Årets resultat" under it) is the other
 *   column's closing equity ("Summa eget kapital", "Eget kapital vid årets slut/utgång"), and not the
 *   other way round, while each column's opening equity plus its result is its closing equity where
 *   the result stands in the balance sheet; the column whose opening is the other's closing is the
 *   later year;
 * - or the closing equities' difference: the later column's closing equity less the earlier's is the
 *   later column's result in the income statement, and the reverse fails (the two results differ).
 *
 * A proven statement gets a header in the readers' words: the report's year over the later column and
 * the year before over the other, set on the header line ("Not"), or on the blank line or heading above
 * its first row, ending where the column's amounts end. The income statement is dated only where its
 * own result row ties it to the proven balance sheet column by column (the two results differing);
 * otherwise it stays as written, and its readers refuse it. A statement whose header holds anything
 * but "Not" and a unit (a year, a date, "Budget", "Utfall") is left as written, as is any block whose
 * rows are not all two amounts aligned in two columns, or a document with several income statements
 * or balance sheets, or one that never names the report's year or speaks of a part of it ("delårsrapport",
 * "januari–juni", "30 juni": a half-year's column beside the last year-end's passes the roll). Pure: one
 * line per line.
 */
import { EQUITY_LINE, normalizeStatementLabel, statementItem } from "../../reference/statementLabels.ts";
import { someLineMatches } from "./wholeText.ts";

const HEADING = /^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(resultaträkning|balansräkning)(?!\p{L})[\s:–-]*(.*)$/iu;
/** What a statement's header may hold when its years were lost: "Not", a unit, "Belopp i kronor". */
const HEADER_WORDS =
  /^(?:(?:belopp\s+)?(?:i\s+)?(?:hela\s+)?(?:\(?(?:kr|kronor|tkr|tusentals? kronor|sek)\)?)|not|noter)(?:\s{2,}|\s*$)/i;
/** An amount: "5 840 000", "-72 450", a negative in brackets "(72 450)". */
const AMOUNT = String.raw`(?:[-−–]?\d{1,3}(?: \d{3})*|\(\d{1,3}(?: \d{3})*\))`;
/**
 * A row: its label, a note number maybe, and two amounts, each cell set apart by two spaces or more
 * (a note number one space before a minus: "2 -6 838 900", the sign telling the cells apart).
 */
const ROW = new RegExp(
  String.raw`^(\s*\S.*?)(?:\s{2,}(\d{1,2})(?:\s{2,}|\s(?=[-−–]\d))|\s{2,})(${AMOUNT})\s{2,}(${AMOUNT})\s*$`,
);
/** A row with one amount or three: no two-column statement. */
const OTHER_ROW = new RegExp(String.raw`\s{2,}${AMOUNT}\s*$`);
/** Any year or date: a header that names a year is read by the statement readers as it is. */
const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/;
/** Words of a report on a part of the year: "delårsrapport", "tertial", "halvår", "januari–juni", "30 juni". */
const PART_OF_YEAR =
  /delårs|tertial|halvår|kvartal|(?<!\p{L})jan(?:uari)?\s*[-–]\s*(?:mar|apr|maj|jun|jul|aug|sep|okt|nov)|(?<!\d)3[01] (?:mars|april|juni|augusti|september|oktober)(?!\p{L})/iu;
/** A page's number printed between a statement's rows: "Sida 5 av 12", "Page 5", "– 7 –", "7". */
const PAGE_LINE = /^\s*(?:(?:sida|sid\.|page)\s+\d{1,3}(?:\s*(?:av|\/|of)\s*\d{1,3})?|[–—-]?\s*\d{1,3}\s*[–—-]?)\s*$/i;
/** A group's heading in the statement ("Tillgångar", "Eget kapital och skulder"). */
const LABEL_LINE = /^\s*\p{L}[\p{L} ,/&()-]{0,60}$/u;

interface Row {
  line: number;
  label: string;
  values: [number, number];
  /** Where each amount ends on its line (exclusive). */
  ends: [number, number];
}

interface Block {
  kind: "income_statement" | "balance_sheet";
  heading: number;
  /** The lines between the heading and the first row. */
  zone: number[];
  rows: Row[];
}

const amount = (s: string) =>
  Number(
    s
      .replace(/^\((.*)\)$/, "-$1")
      .replace(/[−–]/, "-")
      .replace(/ /g, ""),
  );

/** A header zone's line: blank, "Not", a unit; anything else means the header is not lost. */
function headerZoneLine(t: string): boolean {
  let rest = t.trim();
  while (rest !== "") {
    const m = HEADER_WORDS.exec(rest);
    if (!m) return false;
    rest = rest.slice(m[0].length).trim();
  }
  return true;
}

/** The statement blocks with no year header: each a heading, its header zone and its two-amount rows. */
function readBlocks(lines: readonly string[]): Block[] | undefined {
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const h = HEADING.exec(lines[i]!);
    if (!h) continue;
    const kind = /^r/i.test(h[1]!) ? "income_statement" : "balance_sheet";
    if (!headerZoneLine(h[2]!)) {
      // A statement with its years on the heading line ("Resultaträkning (tkr)   2025   2024") is one
      // more of its kind, read by the statement readers as it is; a sentence or a contents line is none.
      if (YEAR.test(h[2]!) && !/\.{3}/.test(h[2]!)) blocks.push({ kind, heading: i, zone: [], rows: [] });
      continue;
    }
    const block: Block = { kind, heading: i, zone: [], rows: [] };
    let broken = false;
    let k = i + 1;
    for (; k < lines.length; k++) {
      const t = lines[k]!;
      if (HEADING.test(t)) break;
      if (YEAR.test(t) && !ROW.test(t)) {
        // A year or a date before or among the rows: the header names its years (or this is no statement).
        if (block.rows.length === 0) broken = true;
        break;
      }
      const row = ROW.exec(t);
      if (row) {
        const label = row[1]!.trim();
        if (!/\p{L}/u.test(label)) {
          broken = true;
          break;
        }
        const end1 = t.lastIndexOf(row[4]!) + row[4]!.length;
        const end0 = t.lastIndexOf(row[3]!, t.lastIndexOf(row[4]!) - 1) + row[3]!.length;
        block.rows.push({
          line: k,
          label,
          values: [amount(row[3]!), amount(row[4]!)],
          ends: [end0, end1],
        });
        continue;
      }
      if (t.trim() === "") {
        if (block.rows.length > 0 && (lines[k + 1] ?? "").trim() === "") break;
        if (block.rows.length === 0) block.zone.push(k);
        continue;
      }
      // A page's furniture between the rows ("Sida 5 av 12", "– 7 –", a lone page number): passed over.
      if (PAGE_LINE.test(t)) continue;
      // A group's heading with its note number alone ("Eget kapital   3"): a label, no row.
      if (/^\s*\p{L}[^\d]*\s{2,}\d{1,2}\s*$/u.test(t)) continue;
      if (/\d/.test(t)) {
        // A row of one amount or three, a page number, a sentence with figures: the block ends
        // there, and one with such a row among its rows is no two-column statement.
        if (OTHER_ROW.test(t) && block.rows.length > 0 && !/[.!?]$/.test(t.trim())) broken = true;
        break;
      }
      if (block.rows.length === 0 && headerZoneLine(t)) {
        block.zone.push(k);
        continue;
      }
      // Words in cells over the columns ("Not   Budget   Utfall"): a header this rule does not know.
      if (block.rows.length === 0 && t.trim().split(/\s{2,}/).length >= 2) {
        broken = true;
        break;
      }
      if (LABEL_LINE.test(t) && !/[.!?:;]$/.test(t.trim())) continue;
      break;
    }
    if (broken) block.rows = [];
    blocks.push(block);
    i = k - 1;
  }
  return blocks.length > 0 ? blocks : undefined;
}

/** The values of the rows a label names in a block, by item; undefined where none or several. */
function itemRows(block: Block): Map<string, Row> {
  const byItem = new Map<string, Row[]>();
  const rows = block.rows;
  rows.forEach((r, k) => {
    const label = normalizeStatementLabel(r.label);
    let item = statementItem(label, block.kind)?.item;
    if (block.kind === "balance_sheet" && EQUITY_LINE.test(label)) {
      // "Eget kapital" alone: the opening equity where the year's result stands right under it.
      const next = rows[k + 1];
      const nextItem = next ? statementItem(normalizeStatementLabel(next.label), block.kind)?.item : undefined;
      item = nextItem === "result" ? "equity_start" : "equity_end";
    }
    if (item) byItem.set(item, [...(byItem.get(item) ?? []), r]);
  });
  const one = new Map<string, Row>();
  for (const [item, rs] of byItem) if (rs.length === 1) one.set(item, rs[0]!);
  return one;
}

/**
 * Which column is the later year: 0, 1, or undefined where the identities do not prove it. `tie`
 * says whether the income statement's columns are proven in the same order.
 */
function laterColumn(income: Block | undefined, balance: Block): { later: 0 | 1; tie: boolean } | undefined {
  const b = itemRows(balance);
  const open = b.get("equity_start")?.values;
  const close = b.get("equity_end")?.values;
  const bsResult = b.get("result")?.values;
  const isResult = income ? itemRows(income).get("result")?.values : undefined;
  if (!close) return undefined;
  const distinct = (v: readonly [number, number] | undefined) => v !== undefined && v[0] !== v[1];
  if (open) {
    if (bsResult && (open[0] + bsResult[0] !== close[0] || open[1] + bsResult[1] !== close[1])) return undefined;
    const firstLater = open[0] === close[1];
    const secondLater = open[1] === close[0];
    if (firstLater === secondLater) return undefined;
    const result = bsResult ?? [close[0] - open[0], close[1] - open[1]];
    const tie = distinct(isResult) && isResult![0] === result[0] && isResult![1] === result[1];
    return { later: firstLater ? 0 : 1, tie };
  }
  if (!distinct(isResult)) return undefined;
  const firstLater = close[0] - close[1] === isResult![0];
  const secondLater = close[1] - close[0] === isResult![1];
  if (firstLater === secondLater) return undefined;
  return { later: firstLater ? 0 : 1, tie: true };
}

/** The block's header line with the years set to end where its columns' amounts end, or undefined where they do not fit. */
function datedHeader(
  lines: readonly string[],
  block: Block,
  years: [number, number],
): { at: number; text: string } | undefined {
  const ends: [number, number] = [
    Math.max(...block.rows.map((r) => r.ends[0])),
    Math.max(...block.rows.map((r) => r.ends[1])),
  ];
  // Right-aligned columns: every row's amount ends within two characters of its column's end.
  if (block.rows.some((r) => ends[0] - r.ends[0] > 2 || ends[1] - r.ends[1] > 2)) return undefined;
  // The line to write on: the "Not" line, else a blank line of the zone, else the heading.
  const notLine = block.zone.find((k) => /\bnot\b/i.test(lines[k]!));
  const at = notLine ?? block.zone.find((k) => lines[k]!.trim() === "") ?? block.heading;
  const chars = [...lines[at]!.padEnd(ends[1])];
  for (const c of [0, 1] as const) {
    const from = ends[c] - 4;
    // The year's place and a space before it must be free.
    if (chars.slice(from - 1, ends[c]).some((ch) => ch !== " ")) return undefined;
    chars.splice(from, 4, ...String(years[c]));
  }
  return { at, text: chars.join("").trimEnd() };
}

export function datedStatementColumns(lines: readonly string[], reportYear?: number): string[] | undefined {
  if (reportYear === undefined) return undefined;
  // Cheap look: a statement's heading somewhere.
  if (!lines.some((l) => /räkning/i.test(l))) return undefined;
  const blocks = readBlocks(lines);
  if (!blocks) return undefined;
  const incomes = blocks.filter((b) => b.kind === "income_statement");
  const balances = blocks.filter((b) => b.kind === "balance_sheet");
  if (balances.length !== 1 || incomes.length > 1) return undefined;
  const balance = balances[0]!;
  const income = incomes[0]?.rows.length ? incomes[0] : undefined;
  if (balance.rows.length < 2) return undefined;
  if (!lines.some((l) => l.includes(String(reportYear)))) return undefined;
  // A part of the year's report (a half-year's statement beside the last year-end's balance) has its
  // later column at a date inside the year: never the year's accounts.
  if (someLineMatches(lines, PART_OF_YEAR)) return undefined;
  const proof = laterColumn(income, balance);
  if (!proof) return undefined;
  const years: [number, number] = proof.later === 0 ? [reportYear, reportYear - 1] : [reportYear - 1, reportYear];
  const out = [...lines];
  let changed = false;
  for (const block of proof.tie && income ? [balance, income] : [balance]) {
    const header = datedHeader(lines, block, years);
    if (!header) continue;
    out[header.at] = header.text;
    changed = true;
  }
  return changed ? out : undefined;
}
