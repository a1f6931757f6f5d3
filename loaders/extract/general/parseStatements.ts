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
import { oneEntryPerSection } from "../sectionCoverage.ts";
import { slugify } from "../../reference/slug.ts";
import type { Coverage, FactInput, FindingInput } from "../../schema/facts.ts";
import { mergeOutputs, type DocumentText, type ParseOutput } from "../documentText.ts";
import { decideUnits } from "./decideUnits.ts";
import { isMemberLabel, parseMemberContributions } from "./parseMemberContributions.ts";
import { findStatementBlocks, SECTION } from "./statementBlocks.ts";
import { resolveSplitsByIdentity } from "./splitByIdentity.ts";
import { readRaggedRows } from "./raggedRows.ts";
import {
  EQUITY_LINE,
  NOTE_FAMILY,
  TOTAL_LINE,
  normalizeStatementLabel as normalizeLabelAfresh,
  statementItem,
} from "../../reference/statementLabels.ts";
import { rememberByText } from "../textMemo.ts";
import { noteTitles, numbersOf, readTable, type NoteRef, type RawTable, type TableRow } from "./statementRows.ts";
import type { StatementBlock } from "./statementBlocks.ts";
import { decimalsOfValue, scaleAmount, UNIT_FACTOR } from "../../reference/units.ts";
import { unreadNumber } from "../findings.ts";

/**
 * A row's label normalised, remembered: every table's rows are asked several times over (its
 * last total, each row's item, the equity lines below), and a federation's labels repeat.
 */
const normalizeStatementLabel = rememberByText(normalizeLabelAfresh);

export { findStatementBlocks } from "./statementBlocks.ts";
export { readRow, readTable } from "./statementRows.ts";

/** The sign of a net cost as an operating result: +1, -1, or 0 when it cannot be told. */
function netCostSign(table: RawTable, items: Map<number, string>, column: number, v: number): number {
  const cell = (item: string) => {
    const v = table.rows.find((r) => items.get(r.line) === item)?.values[column];
    return v === null || v === undefined ? undefined : Math.abs(v);
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

/** Each table's last "Summa" row, found once: itemOf asks for it on every row. */
const lastTotals = new WeakMap<RawTable, TableRow | undefined>();
function lastTotalOf(table: RawTable): TableRow | undefined {
  if (!lastTotals.has(table))
    lastTotals.set(table, table.rows.filter((r) => TOTAL_LINE.test(normalizeStatementLabel(r.label))).at(-1));
  return lastTotals.get(table);
}

/** The finance item of a row (and whether it is a cost, stored positive), or a member's row, or nothing. */
function itemOf(
  table: RawTable,
  row: TableRow,
  noteItem: string | undefined,
): { item?: string; cost?: boolean; member?: boolean } {
  const kind = table.block.kind;
  const norm = normalizeStatementLabel(row.label);
  // A note's total is its last "Summa"; an earlier one closes a group of lines.
  const lastTotal = lastTotalOf(table);
  if (kind === "notes" && TOTAL_LINE.test(norm))
    return noteItem && lastTotal === row
      ? { item: noteItem, cost: /^cost|personnel|grants|other_external/.test(noteItem) }
      : {};
  if (kind === "balance_sheet" && EQUITY_LINE.test(norm)) {
    // "Summa eget kapital" equal to it makes it the closing equity whatever follows.
    const sum = table.rows
      .filter((r) => r.line > row.line)
      .slice(0, 4)
      .find((r) => /^summa eget kapital$/.test(normalizeStatementLabel(r.label)));
    if (sum && sum.values.every((v, i) => v !== null && v === row.values[i])) return { item: "equity_end" };
    return { item: resultFollows(table, row.line) ? "equity_start" : "equity_end" };
  }
  // A cost-centre follow-up's bare "Summa" (headlessStatements.ts `bareCostTotal`).
  if (table.block.costTotal === row.line) return { item: "cost_operating", cost: true };
  const label = statementItem(row.label, kind);
  if (label) return { item: label.item, cost: label.cost };
  if ((kind === "notes" || kind === "income_statement") && isMemberLabel(row.label)) return { member: true };
  // A page number run into the label ("14 Lokalhyra") is no part of the name.
  if (kind === "notes" && noteItem && NOTE_FAMILY[noteItem] && norm !== "" && /[a-zåäö]/.test(norm))
    return { item: `${NOTE_FAMILY[noteItem]}:${slugify(row.label.replace(/^\d{1,3}\s+(?=\D)/, ""))}`, cost: false };
  return {};
}

/** Group headings in a note ("Personalkostnader") followed by lines and a subtotal, unlabelled or "Summa". */
function groupSubtotals(table: RawTable): Map<number, { item: string; cost: boolean }> {
  const out = new Map<number, { item: string; cost: boolean }>();
  const groups = [...table.labels]
    .map(([line, text]) => ({ line, label: statementItem(text, table.block.kind) }))
    .filter((g) => g.label);
  for (const g of groups) {
    const sums = table.header.valueColumns.map(() => 0);
    for (const r of table.rows.filter((r) => r.line > g.line)) {
      if (r.label === "" || TOTAL_LINE.test(normalizeStatementLabel(r.label))) {
        // The subtotal is certain only when it is the sum of the lines above it.
        if (r.values.every((v, c) => v !== null && Math.abs(v - sums[c]!) < 0.5))
          out.set(r.line, { item: g.label!.item, cost: g.label!.cost === true });
        break;
      }
      // A cell lost to OCR noise: the lines cannot be summed.
      if (r.values.some((v) => v === null)) break;
      r.values.forEach((v, c) => (sums[c]! += v!));
    }
  }
  return out;
}

/**
 * A note printed without a column header ("Not 1 Verksamhetens intäkter" over its lines and a
 * Summa) has the columns of the statement row that cites it: the one row of the income statement
 * or balance sheet named as the note is, whose every cell its total equals, its lines adding up
 * to that total. Read under that header, or not at all.
 */
function withCitingColumns(
  doc: DocumentText,
  block: StatementBlock,
  tables: readonly RawTable[],
  noteNumbers: ReadonlyMap<number, NoteRef>,
): RawTable | undefined {
  const title = normalizeStatementLabel(block.note!.title);
  if (title === "") return undefined;
  const citing = tables.flatMap((t) =>
    (t.block.kind === "income_statement" || t.block.kind === "balance_sheet") && !t.block.note
      ? t.rows.filter((r) => normalizeStatementLabel(r.label) === title).map((r) => ({ t, r }))
      : [],
  );
  if (citing.length !== 1) return undefined;
  const { t, r } = citing[0]!;
  if (r.values.some((v) => v === null || Number.isNaN(v))) return undefined;
  const header = { ...t.header, hasNote: false, columns: t.header.columns.filter((c) => c.kind !== "note") };
  const { table } = readTable(doc, block, noteNumbers, { ...t, header });
  const total = table?.rows.filter((x) => TOTAL_LINE.test(normalizeStatementLabel(x.label))).at(-1);
  if (!table || !total || total.values.length !== r.values.length) return undefined;
  // Its lines add up to its total, and its total is the citing row, in every column.
  const lines = table.rows.filter((x) => x.line < total.line);
  const addsUp = total.values.every(
    (v, i) =>
      v !== null &&
      v === r.values[i] &&
      lines.length >= 2 &&
      lines.every((x) => x.values[i] !== null && x.values[i] !== undefined) &&
      Math.abs(lines.reduce((a, x) => a + x.values[i]!, 0) - v) < 0.5,
  );
  return addsUp ? table : undefined;
}

export function parseStatements(doc: DocumentText): ParseOutput {
  const facts: FactInput[] = [];
  const findings: FindingInput[] = [];
  const coverage: Coverage[] = [];
  const blocks = findStatementBlocks(doc);
  const tables: RawTable[] = [];
  const noteNumbers = noteTitles(blocks);
  // Notes first: a statement row's note reference is checked against the note's total.
  /**
   * Each note as read here, to be read once: the note numbers below change a table's reading only
   * where its header has a Not column of its own (`readRow`), and a note continues no table.
   */
  const notesRead = new Map<StatementBlock, ReturnType<typeof readTable>>();
  for (const block of blocks) {
    if (!block.note) continue;
    const read = readTable(doc, block);
    if (!read.table?.header.hasNote) notesRead.set(block, read);
    const { table } = read;
    const total = table?.rows
      .filter(
        (r) =>
          TOTAL_LINE.test(normalizeStatementLabel(r.label)) ||
          normalizeStatementLabel(r.label) === normalizeStatementLabel(block.note!.title),
      )
      .at(-1);
    if (total && total.values.every((v) => v !== null))
      noteNumbers.get(block.note.number)!.totals = total.values as number[];
  }
  /** Notes with amounts but no column header of their own. */
  const headerless: StatementBlock[] = [];
  for (const block of blocks) {
    const previous = tables.at(-1);
    const continues =
      previous && previous.block.kind === block.kind && !block.note && previous.block.end >= block.heading - 1
        ? previous
        : undefined;
    const { table, reason } = notesRead.get(block) ?? readTable(doc, block, noteNumbers, continues);
    if (table) tables.push(resolveSplitsByIdentity(table));
    else {
      // A heading with no numbers under it is a divider or a page title, not a statement.
      const hasNumbers = doc.findAll(/\d{3}/, block.heading + 1, block.end).length > 0;
      if (hasNumbers && block.kind !== "notes")
        findings.push({
          check_id: "statement.no_year_header",
          severity: "warning",
          subject: `finance:${block.section}`,
          line: block.heading,
          value: doc.at(block.heading),
          message: `${block.section}: ${reason} under "${doc.at(block.heading)}"; its numbers are not loaded`,
        });
      // A note without a header of its own: its columns may be the statement's that cites it (below).
      if (hasNumbers && block.kind === "notes") headerless.push(block);
    }
  }
  for (const block of headerless) {
    const adopted = withCitingColumns(doc, block, tables, noteNumbers);
    if (adopted) {
      tables.push(adopted);
      continue;
    }
    // Its amounts have no year to go with.
    for (let n = block.heading + 1; n <= block.end; n++)
      if (/\d{3}/.test(doc.at(n)) && /[a-zåäö]/i.test(doc.at(n)))
        unread(
          n,
          doc.at(n),
          `${block.section}: note ${block.note?.number} has no column header; the year of this amount cannot be told; not stored`,
        );
  }
  // Which item each row is, before units: the magnitude check compares items across tables.
  const mapped = new Map<RawTable, Map<number, string>>();
  const costs = new Set<string>();
  for (const t of tables) {
    const noteItem = t.block.note
      ? (statementItem(t.block.note.title, "notes") ?? statementItem(t.block.note.title, "income_statement"))?.item
      : undefined;
    const m = new Map<number, string>();
    const subtotals = groupSubtotals(t);
    for (const row of t.rows) {
      const sub = subtotals.get(row.line);
      if (sub) {
        m.set(row.line, sub.item);
        if (sub.cost) costs.add(`${t.block.heading}|${row.line}`);
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
        else
          findings.push({
            check_id: "statement.unmapped_row",
            severity: "info",
            subject: `finance:${section}`,
            line: row.line,
            value: row.text,
            message: `${section}: row "${row.label}" has no finance item; not loaded`,
          });
        continue;
      }
      const cost = costs.has(`${t.block.heading}|${row.line}`);
      const netCost = item === "operating_result" && /nettokostnad/.test(normalizeStatementLabel(row.label));
      t.header.valueColumns.forEach((c, k) => {
        const cell = row.values[k];
        // A dash in a cell laid out by position: the cell is empty.
        if (c.kind !== "amount" || Number.isNaN(cell)) return;
        if (cell === null || cell === undefined) {
          unread(
            row.line,
            row.text,
            `${section}: "${row.label}" ${c.written}: OCR noise in or beside this cell ("${row.noise?.join(" ") ?? ""}"); its column or digits are not certain; not stored`,
          );
          return;
        }
        let v = cell;
        if (netCost) {
          // "Verksamhetens nettokostnad" is printed negative by most, as a positive cost by some:
          // revenue and cost in the same column tell which; without them only a minus sign does.
          const sign = netCostSign(t, mapped.get(t)!, k, v);
          if (sign === 0) {
            unread(
              row.line,
              row.text,
              `${section}: "${row.label}" ${v}: whether it is a cost or a result cannot be told; not stored`,
            );
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
      findings.push({
        check_id: "statement.unit_scaled",
        severity: "info",
        subject: `finance:${section}`,
        line: t.stated?.line ?? t.block.heading,
        value: t.stated?.written ?? unit,
        message: `${section} (line ${t.block.heading}): ${n} amounts in ${unit} scaled to kronor; each is exact to ±${precision} kr`,
      });
    }
    const label = t.block.note ? `${section}:not_${t.block.note.number}` : section;
    coverage.push({
      section: label,
      status: n > 0 ? "parsed" : "missing",
      line: t.block.heading,
      facts: n,
      note: `columns ${t.header.valueColumns.map((c) => (c.kind === "amount" ? `${c.basis === "budget" ? "budget " : ""}${c.year}` : `(${c.written})`)).join(", ")}; unit ${unit}${t.stated ? "" : " (not stated)"}`,
    });
  });
  for (const kind of ["income_statement", "balance_sheet"] as const)
    if (!tables.some((t) => t.block.kind === kind))
      coverage.push({
        section: SECTION[kind],
        status: "missing",
        line: null,
        facts: 0,
        note: "no heading with a column header found",
      });

  function unread(line: number, text: string, message: string) {
    findings.push(
      unreadNumber({ subject: "coverage:statement", line, value: numbersOf(text), message: `${message}: "${text}"` }),
    );
  }

  // Rows OCR broke (digits spaced apart, dashes for empty cells), read where an identity settles them.
  const ragged = readRaggedRows(
    tables,
    units.map((u) => u.unit),
    facts,
  );
  facts.push(...ragged.facts);
  const mended = findings.filter((f) => f.subject === "coverage:statement" && ragged.lines.has(f.line));
  for (const f of mended) findings.splice(findings.indexOf(f), 1);

  const members = parseMemberContributions(
    doc,
    tables,
    units.map((u) => u.unit),
  );
  const out = mergeOutputs([{ facts, findings, coverage }, members]);
  return { ...out, coverage: oneEntryPerSection(out.coverage) };
}
