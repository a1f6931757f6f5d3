/**
 * A table of the meeting's decisions ("Beslut i sammandrag": "§ | Ärende | Beslut | Belopp"),
 * drawn with pipes or set out in columns, read by what its header says each column holds
 * (`reference/concepts.ts` `decisionColumn`): one decision per row whose item cell is a § number.
 * The outcome and the period come from the decision cell, the amount from the amount column
 * only: an amount applied for ("sökt 950 000 kr" in the title, a "Sökt belopp" column) is never
 * the grant, and a "Totalt"/"Summa" row is no item. A row whose amount cell holds digits that are
 * no amount in a known unit is not stored (a finding says so): a decision without its sum would
 * be wrong.
 */
import { decisionColumn, type DecisionColumn } from "../../reference/concepts.ts";
import { readUnit, scaleAmount, UNKNOWN_UNIT } from "../../reference/units.ts";
import { unknownUnit } from "../findings.ts";
import type { FindingInput } from "../../schema/facts.ts";
import type { DocumentText } from "../documentText.ts";
import { findAmounts, parseSwedishNumber } from "../numbers.ts";
import { isPipeRow, itemRef, PARTY_NAME, rowCells } from "./minutesText.ts";
import { TOTAL_LABEL } from "./parseAllocations.ts";
import { amountOf, categoryOf, classifyOutcome, findPeriod, findRecipient, type Decision } from "./readDecisions.ts";

interface Header {
  line: number;
  columns: (DecisionColumn | undefined)[];
  /** The column whose cell names the item: its own, or the title's when the title opens with "§ 3". */
  itemColumn: number;
  itemInTitle: boolean;
  /** Where each column starts in the raw line (layout tables) or its index (pipe tables). */
  starts: number[];
  pipes: boolean;
  /** The unit the amount column's header states ("Belopp (tkr)"), if any. */
  unit: ReturnType<typeof readUnit>;
}

/** A decision table's header: three or more cells, an item and a decision column among them, no digits. */
function readHeader(doc: DocumentText, n: number): Header | undefined {
  const raw = rawAt(doc, n);
  if (!/§|beslut/i.test(raw) || /\d/.test(raw.replace(/§/g, ""))) return undefined;
  const cells = rowCells(raw);
  if (cells.length < 3) return undefined;
  const columns = cells.map((c) => decisionColumn(c.text));
  const count = (k: DecisionColumn) => columns.filter((c) => c === k).length;
  // The item stands in a column of its own, or opens the title's cell ("§ 3 Ansökan …").
  const itemColumn =
    count("item") === 1 ? columns.indexOf("item") : count("item") === 0 ? columns.indexOf("title") : -1;
  if (itemColumn < 0 || count("title") > 1 || count("decision") !== 1 || count("amount") > 1) return undefined;
  // A table with more columns it cannot name than it can is some other table.
  if (columns.filter((c) => c === undefined).length > 1) return undefined;
  const amountCell = cells[columns.indexOf("amount")];
  return {
    line: n,
    columns,
    itemColumn,
    itemInTitle: columns[itemColumn] === "title",
    starts: cells.map((c) => c.column),
    pipes: isPipeRow(raw),
    unit: amountCell ? readUnit(amountCell.text) : null,
  };
}

/** Line n as written, its spaces kept: a layout table's columns are where its cells start. */
const rawAt = (doc: DocumentText, n: number) => (doc.lines[n - 1] ?? "").replace(/\t/g, "  ");

/** A pipe table's rule under its header ("|---|:--|"). */
const RULE = /^\s*\|?[\s:|-]+\|[\s:|-]*$/;
/** "3", "§ 3", "§3", "3 §", "3.", "§ 11:2": the item a row decides. */
const ITEM_CELL = /^(?:§\s*)?(\d{1,4})(?::(\d{1,2}))?\.?(?:\s*§)?$/;
/** An empty cell: nothing, or a dash standing for nothing. */
const EMPTY_CELL = /^[-–—]*$/;

/** A row's cells under the header's columns; undefined when they do not fit. */
function placeCells(raw: string, header: Header): string[] | undefined {
  const cells = rowCells(raw);
  if (cells.length === header.columns.length) return cells.map((c) => c.text);
  if (header.pipes || cells.length > header.columns.length) return undefined;
  const placed = header.columns.map(() => "");
  for (const c of cells) {
    let k = 0;
    while (k + 1 < header.starts.length && header.starts[k + 1]! <= c.column + 1) k++;
    placed[k] = placed[k] ? `${placed[k]} ${c.text}` : c.text;
  }
  return placed;
}

interface Row {
  line: number;
  number: number;
  /** A sub-item's number ("§ 11:2"), if the row names one. */
  sub: number | undefined;
  cells: string[];
}

/** The rows of the table under `header`: a row per item number, a wrapped cell's lines joined to its row. */
function readRows(doc: DocumentText, header: Header): { rows: Row[]; end: number } {
  const rows: Row[] = [];
  let n = header.line + 1;
  for (; n <= doc.lineCount; n++) {
    const raw = rawAt(doc, n);
    if (raw.trim() === "") {
      // A blank line ends a pipe table; in a layout table, only when no row follows it.
      const next = doc.nextNonBlank(n, 2);
      if (header.pipes || next === undefined || !startsRow(rawAt(doc, next), header)) break;
      continue;
    }
    if (header.pipes && RULE.test(raw)) continue;
    if (header.pipes !== isPipeRow(raw)) break;
    const cells = placeCells(raw, header);
    if (!cells) break;
    const item = itemOf(cells, header);
    if (item) {
      rows.push({ line: n, ...item, cells });
      continue;
    }
    // A total row, or a line with no item cell under a row: the total is no item, a wrapped line goes on with its row.
    if (cells.some((c) => TOTAL_LABEL.test(c.trim()))) continue;
    // Where the title's cell holds the item, a line without one is a row that decides no item, or one we cannot tell from a wrapped line.
    if (header.itemInTitle) continue;
    const last = rows.at(-1);
    if (!last || cells[header.itemColumn]!.trim() !== "") break;
    cells.forEach((c, k) => {
      if (c.trim()) last.cells[k] = `${last.cells[k]!} ${c.trim()}`.trim();
    });
  }
  return { rows, end: n - 1 };
}

function startsRow(raw: string, header: Header): boolean {
  const cells = placeCells(raw, header);
  return cells !== undefined && itemOf(cells, header) !== undefined;
}

/** "§ 3 Ansökan Steg framåt": an item number opening a title cell, and the title after it. */
const ITEM_IN_TITLE = /^§\s*(\d{1,4})(?::(\d{1,2}))?\.?\s+(\S.*)$/;

/** The item a row decides, from its item cell or the opening of its title cell (then cut from the title). */
function itemOf(cells: string[], header: Header): Pick<Row, "number" | "sub"> | undefined {
  const cell = cells[header.itemColumn]!.trim();
  const m = header.itemInTitle ? ITEM_IN_TITLE.exec(cell) : ITEM_CELL.exec(cell);
  if (!m) return undefined;
  if (header.itemInTitle) cells[header.itemColumn] = m[3]!;
  return { number: Number(m[1]), sub: m[2] === undefined ? undefined : Number(m[2]) };
}

/** The amount a cell grants: none for an empty cell, undefined when it holds digits no known unit reads. */
function cellAmount(cell: string, header: Header): Decision["amount"] | undefined {
  const t = cell.trim();
  if (EMPTY_CELL.test(t)) return null;
  const [a, ...more] = findAmounts(t);
  if (a && more.length === 0 && t.slice(a.index + a.raw.length).trim() === "")
    return { sek: a.sek, approximate: a.approximate, precision: a.precision };
  // A bare number takes the unit its column's header states ("Belopp (tkr)"); without one it is unread.
  if (header.unit && header.unit.unit !== UNKNOWN_UNIT && /^\d{1,3}(?: \d{3})*(?:,\d+)?$/.test(t)) {
    const value = parseSwedishNumber(t);
    if (value === null) return undefined;
    const scaled = scaleAmount(value, header.unit.unit, /,(\d+)$/.exec(t)?.[1]?.length ?? 0);
    return { sek: scaled.sek, approximate: false, precision: scaled.precision };
  }
  return undefined;
}

/** A bracket in a title that holds an amount ("(sökt 950 000 kr)"): what was applied for, no part of the name. */
const AMOUNT_BRACKET = /\s*\([^)]*\d[^)]*\)/g;
/** What an item's title says it is before its name: "Ansökan Steg framåt", "Förlängning IPS-teamet". */
const TITLE_KIND =
  /^(?:ansökan(?:\s+om)?(?:\s+(?:förlängning|fortsättning|medel))?|förlängning(?:\s+av)?|fortsättning(?:\s+av|\s+för)?|fortsatt finansiering(?:\s+av)?|medel till|finansiering av)\s*[–:-]?\s+/i;

/**
 * Who the row grants: its recipient column; else a member party the title or decision names; else
 * the intervention the title names ("Förlängning IPS-teamet"), which the money goes to.
 */
function rowRecipient(cells: string[], header: Header, title: string, text: string): string | null {
  const column = header.columns.indexOf("recipient");
  if (column >= 0 && cells[column]!.trim() && !EMPTY_CELL.test(cells[column]!.trim())) return cells[column]!.trim();
  const named = title.replace(AMOUNT_BRACKET, "");
  const party = PARTY_NAME.exec(named) ?? PARTY_NAME.exec(text);
  if (party) return party[1]!.trim();
  const found = findRecipient(text, named);
  if (found) return found;
  const kind = TITLE_KIND.exec(named);
  return kind ? named.slice(kind[0].length).replace(/,.*$/, "").trim() || null : null;
}

/** Every decision table of the minutes, each row a decision. */
export function readDecisionTables(doc: DocumentText, findings: FindingInput[]): Decision[] {
  const decisions: Decision[] = [];
  for (let n = 1; n <= doc.lineCount; n++) {
    const header = readHeader(doc, n);
    if (!header) continue;
    const { rows, end } = readRows(doc, header);
    const col = (row: Row, k: DecisionColumn) => {
      const i = header.columns.indexOf(k);
      return i < 0 ? "" : row.cells[i]!.trim();
    };
    for (const row of rows) {
      const ref = itemRef(row.number, row.sub);
      const title = col(row, "title");
      const text = col(row, "decision");
      const outcome = EMPTY_CELL.test(text) ? "other" : classifyOutcome(text);
      // Money stays with a decision that grants it: a noted, postponed or rejected row decides none.
      const grants = outcome === "approved";
      // Without an amount column, the decision cell states the sum as a decision's text does ("Beviljas 300 000 kr").
      const amount = !grants
        ? null
        : header.columns.includes("amount")
          ? cellAmount(col(row, "amount"), header)
          : amountOf(text);
      if (amount === undefined && header.unit?.unit === UNKNOWN_UNIT) {
        const what = `${ref}: the amount cell "${col(row, "amount")}" of a grant; the decision is not stored`;
        findings.push(unknownUnit(`decision:${ref}`, row.line, header.unit.written, what));
        continue;
      }
      if (amount === undefined) {
        findings.push({
          check_id: "minutes.decision_table_amount_unread",
          severity: "warning",
          subject: `decision:${ref}`,
          line: row.line,
          value: col(row, "amount").slice(0, 60),
          message: `${ref}: the amount cell "${col(row, "amount")}" of a grant is no amount in a unit the table states; the decision is not stored`,
        });
        continue;
      }
      const period = findPeriod(`${text} ${col(row, "period")}`);
      decisions.push({
        itemRef: ref,
        itemNumber: row.number,
        decisionRef: null,
        title,
        category: categoryOf(undefined, outcome, text !== "", title),
        outcome,
        text,
        line: row.line,
        amount,
        byYear: [],
        recipient: rowRecipient(row.cells, header, title, text),
        periodStart: period?.start ?? null,
        periodEnd: period?.end ?? null,
        reservations: [],
        context: `${title} ${text}`,
        labelled: true,
      });
    }
    n = Math.max(n, end);
  }
  return decisions;
}
