/**
 * The annual report's money: five-year overview, income statement (resultaträkning),
 * balance sheet, cash flow, budget follow-up (driftredovisning), balance requirement result
 * and notes 1–4. Each statement is found by its heading and read by its own row rules; the
 * labels that lie (five-year "Soliditet" is equity in kronor, the balance sheet's "Eget
 * Kapital" is opening equity, "Belopp tkr" over kronor) are handled here, once.
 */
import { slugify } from "../../../reference/slug.ts";
import type { FactInput, FindingInput } from "../../../schema/facts.ts";
import { type DocumentText, type ParseOutput } from "../../documentText.ts";
import { damagedLabel, noteTitles, readRow, type NoteRef } from "../../general/statementRows.ts";
import { findStatementBlocks, sectionRuleAt } from "../../general/statementBlocks.ts";
import { readUnit, totalTooSmallForKronor, UNIT_FACTOR, UNKNOWN_UNIT } from "../../../reference/units.ts";
import { unknownUnit as unknownUnitFinding } from "../../findings.ts";
import { statementItem } from "../../../reference/statementLabels.ts";
import { unitAbove } from "../../general/decideUnits.ts";
import { namesPartOfYear } from "../../general/partYear.ts";
import { readStatementRow, readStatementRows, yearColumns, type StatementRow } from "../../general/statementTable.ts";
import { parseColumnHeader } from "../../general/columnHeaders.ts";
import { pageFurniture } from "../../general/pageFurniture.ts";

interface RowRule {
  label: RegExp;
  item: string;
  /** Costs are stored positive. */
  absolute?: boolean;
  /** The label's year is the previous year's closing figure (opening balance). */
  valueIsNonMoney?: boolean;
}

interface StatementSpec {
  section: string;
  heading: RegExp;
  /** Where the statement ends (exclusive): the next heading. */
  end: RegExp;
  maxLines: number;
  noteColumn: boolean;
  rows: readonly RowRule[];
  /** Unknown rows become `<family>:<slug>` items instead of findings. */
  openFamily?: string;
  /** Label used for the unlabeled subtotal after a group heading. */
  groups?: readonly { heading: RegExp; item: string }[];
}

// A note is read for the item its title names: another report's "Not 4 Lämnade bidrag" is no
// "Not 4 Kortfristiga skulder", whatever its number.
const SPECS: readonly StatementSpec[] = [
  {
    section: "five_year_overview",
    heading: /Översikt över verksamhetens utveckling/i,
    end: /^1\.2\.|Viktiga förhållanden/,
    maxLines: 15,
    noteColumn: false,
    rows: [
      { label: /^Verksamhetens intäkter$/i, item: "revenue_operating" },
      { label: /^Verksamhetens kostnader$/i, item: "cost_operating", absolute: true },
      { label: /^Årets resultat$/i, item: "result" },
      // "Soliditet" holds equity in kronor here (a ratio would be a percentage).
      { label: /^Soliditet$|^Eget kapital$/i, item: "equity_end" },
      { label: /^Antal anställda$|^Årsarbetare$/i, item: "staff_fte", valueIsNonMoney: true },
    ],
  },
  {
    section: "income_statement",
    heading: /^\d?\.?\s*Resultaträkning\b/i,
    end: /Balansräkning/i,
    maxLines: 25,
    noteColumn: true,
    rows: [
      { label: /^Verksamhetens intäkter$/i, item: "revenue_operating" },
      { label: /^Verksamhetens kostnader$/i, item: "cost_operating", absolute: true },
      { label: /^Verksamhetens resultat$/i, item: "operating_result" },
      { label: /^Finansiella intäkter$/i, item: "revenue_financial" },
      { label: /^Resultat efter finansiella poster$/i, item: "result_after_financial" },
      { label: /^Årets resultat$/i, item: "result" },
    ],
  },
  {
    section: "balance_sheet",
    heading: /^\d?\.?\s*Balansräkning\b/i,
    end: /Kassaflödesanalys|^Not \d{1,2}(?![\d-])/i,
    maxLines: 60,
    noteColumn: true,
    rows: [
      { label: /^Korta fordringar$|^Kortfristiga fordringar$/i, item: "receivables_total" },
      { label: /^Kassa och bank$/i, item: "cash_end" },
      { label: /^Summa omsättningstillgångar$/i, item: "current_assets" },
      { label: /^Summa tillgångar$/i, item: "assets_total" },
      // The balance sheet's "Eget Kapital" line is the opening equity; "Årets resultat" follows.
      { label: /^Eget Kapital$/i, item: "equity_start" },
      { label: /^Årets resultat$/i, item: "result" },
      { label: /^Kortfristiga skulder$/i, item: "liabilities_short" },
      { label: /^Summa eget kapital, avsättningar och skulder$/i, item: "equity_and_liabilities" },
    ],
  },
  {
    section: "cash_flow",
    heading: /^\d?\.?\s*Kassaflödesanalys\s*$/i,
    end: /Driftredovisning/i,
    maxLines: 40,
    noteColumn: false,
    rows: [
      { label: /^Årets Resultat$/i, item: "result" },
      { label: /^Ökning\/minskning kortfristiga fordringar$/i, item: "change_receivables" },
      { label: /^Ökning\/minskning kortfristiga skulder$/i, item: "change_liabilities" },
      { label: /^Kassaflöde för den löpande verksamheten$/i, item: "cash_flow_operating" },
      { label: /^Årets Kassaflöde$/i, item: "cash_flow" },
      { label: /^Likvida medel vid årets början$/i, item: "cash_start" },
      { label: /^Likvida medel vid årets slut$/i, item: "cash_end" },
    ],
  },
  {
    section: "note_3",
    heading: /^Not 3\.?\s.*fordring/i,
    end: /^Not \d|^\d\. /,
    maxLines: 12,
    noteColumn: false,
    rows: [{ label: /^Summa$/i, item: "receivables_total" }],
    openFamily: "receivable",
  },
  {
    section: "note_4",
    heading: /^Not 4\.?\s.*skuld/i,
    end: /^Not \d|^\d\. |^…/,
    maxLines: 12,
    noteColumn: false,
    rows: [{ label: /^Summa$/i, item: "liabilities_short" }],
    openFamily: "liability",
  },
  {
    section: "note_2",
    heading: /^Not 2\.?\s.*kostnad/i,
    end: /^Not \d|^\d\. /,
    maxLines: 60,
    noteColumn: false,
    rows: [
      { label: /^Summa$/i, item: "cost_operating" },
      { label: /^Lämnade bidrag$/i, item: "grants_paid" },
    ],
    openFamily: "cost_line",
    groups: [
      { heading: /^Övriga externa kostnader$/i, item: "other_external_cost" },
      { heading: /^Personalkostnader$/i, item: "personnel_cost" },
    ],
  },
];

export function parseFinancialStatements(doc: DocumentText): ParseOutput {
  const facts: FactInput[] = [];
  const findings: FindingInput[] = [];
  const coverage: ParseOutput["coverage"] = [];
  /** The document's notes by number, read once when a row's note reference needs them. */
  let notes: Map<number, NoteRef> | undefined;
  // A statement's heading in the table of contents ("Balansräkning   7") is not the statement:
  // read from there, the first year header below it may be another table's.
  const contents = pageFurniture(doc).contents;
  const findHeading = (re: RegExp) => {
    let n = doc.find(re);
    while (n !== undefined && contents.has(n)) n = doc.find(re, n + 1);
    return n;
  };
  for (const spec of SPECS) {
    const start = findHeading(spec.heading);
    if (start === undefined) {
      coverage.push({ section: spec.section, status: "missing", line: null, facts: 0, note: "heading not found" });
      continue;
    }
    // A rule across the page ends the statement too (a binder's print-out parts its sections so).
    let sectionRule = start + 1;
    while (sectionRule <= Math.min(doc.lineCount, start + spec.maxLines) && !sectionRuleAt(doc, sectionRule))
      sectionRule++;
    const endLine =
      Math.min(doc.find(spec.end, start + 1) ?? doc.lineCount + 1, start + spec.maxLines, sectionRule) - 1;
    // The year header is the first line with two or more years (or the heading line itself, for notes).
    let years: number[] = [];
    let headerLine = start;
    for (let n = start; n <= endLine; n++) {
      const ys = yearColumns(doc.at(n));
      if (ys.length >= 2) {
        years = ys;
        headerLine = n;
        break;
      }
    }
    if (years.length === 0) {
      findings.push({
        check_id: "statement.no_year_header",
        severity: "error",
        subject: `finance:${spec.section}`,
        line: start,
        message: `${spec.section}: no header with year columns found under "${doc.at(start)}"; not loaded`,
      });
      coverage.push({ section: spec.section, status: "missing", line: start, facts: 0, note: "no year header" });
      continue;
    }
    // This template reads whole years. A header of part-years ("2024-07-01--2024-12-31", "Jan-jun
    // 2024") heads an interim or a half-year's accounts, never the years': left to the general
    // layer, which refuses part-years and reads a shortened first year's own period.
    const partYear = [start, headerLine].find((n) => namesPartOfYear(doc.at(n)));
    if (partYear !== undefined) {
      coverage.push({ section: spec.section, status: "missing", line: start, facts: 0, note: "part of a year" });
      continue;
    }
    // This template reads kronor. A statement that states another unit ("Resultaträkning, tkr")
    // is another federation's and is left to the general layer, which scales it.
    const unit = statedUnit(doc, start, headerLine);
    if (unit) {
      coverage.push({
        section: spec.section,
        status: "missing",
        line: start,
        facts: 0,
        note: `unit ${unit} stated; read by the general layer`,
      });
      continue;
    }
    // Its columns are years only: a header naming a basis ("Budget 2024", "Utfall 2023",
    // "Prognos") is another federation's layout, read by the general layer column by column.
    const columns = parseColumnHeader(doc.at(headerLine))?.valueColumns;
    if (columns?.some((c) => c.kind !== "amount" || c.basis !== "actual" || /\p{L}/u.test(c.written))) {
      coverage.push({
        section: spec.section,
        status: "missing",
        line: start,
        facts: 0,
        note: `columns ${columns.map((c) => c.written).join(", ")}; read by the general layer`,
      });
      continue;
    }
    // A Not column only where the header names one: without it a leading small number is a
    // digit group ("Årets resultat 1 736 164 198 076"), never a note.
    const noteColumn =
      spec.noteColumn && [0, 1, 2].some((d) => headerLine + d <= endLine && /\bNot\b/i.test(doc.at(headerLine + d)));
    const rows = readStatementRows(doc, headerLine + 1, endLine, years.length, noteColumn).map((row) =>
      noteConfirmed(row, years.length) ? row : { ...row, ambiguous: true },
    );
    const before = facts.length;
    // The table sets its year columns apart by wide gaps (some row has a cell per year), not single spaces.
    const gapped = rows.some((r) => numericCells(doc.lines[r.line - 1] ?? "") === years.length && years.length > 1);
    let group: { heading: RegExp; item: string } | undefined;
    for (let n = headerLine + 1; n <= endLine; n++) {
      const g = spec.groups?.find((x) => x.heading.test(doc.at(n)));
      if (g) group = g;
      const row = rows.find((r) => r.line === n);
      if (!row) continue;
      let rule: RowRule | undefined = spec.rows.find((r) => r.label.test(row.label));
      // "Eget Kapital" is the opening equity only with "Årets resultat" below it (this layout);
      // without it, it is the closing equity, which the general layer reads.
      if (rule?.item === "equity_start" && !/^Årets resultat$/i.test(rows.find((r) => r.line > row.line)?.label ?? ""))
        continue;
      if (!rule && row.label === "" && group) rule = { label: /^$/, item: group.item };
      // A label with digits left in it ("Summa 5 6l2", "Myrby den 15 februari") is a row cut by
      // noise or no row at all: its numbers are not a line of the note.
      if (!rule && spec.openFamily && row.label !== "" && !damagedLabel(row.label))
        rule = { label: /./, item: `${spec.openFamily}:${slugify(row.label)}` };
      if (!rule) {
        if (row.label !== "")
          findings.push({
            check_id: "statement.unmapped_row",
            severity: "info",
            subject: `finance:${spec.section}`,
            line: n,
            value: row.text,
            message: `${spec.section}: row "${row.label}" has no finance item; not loaded`,
          });
        continue;
      }
      // "Årets resultat        129 400" under two year columns: one cell, its digit groups one space apart;
      // split in two it would give each year a part of one figure.
      if (gapped && fewerCellsThanValues(doc.lines[n - 1] ?? "", row.values.length)) {
        findings.push({
          check_id: "statement.ambiguous_digits",
          severity: "warning",
          subject: `finance:${spec.section}`,
          line: n,
          value: row.values.join(" | "),
          message: `${spec.section}: "${row.label}" holds fewer cells than the ${row.values.length} figures its digits were split into; not loaded`,
        });
        continue;
      }
      emitRow(spec, rule, row, years);
    }
    const unknown = unknownUnit(doc, spec.section, start, financeAmounts(facts.slice(before)));
    if (unknown) {
      facts.length = before;
      findings.push(unknown);
      coverage.push({ section: spec.section, status: "missing", line: start, facts: 0, note: "unknown unit" });
      continue;
    }
    coverage.push({
      section: spec.section,
      status: facts.length > before ? "parsed" : "missing",
      line: start,
      facts: facts.length - before,
      note: `years ${years.join(", ")}`,
    });
  }

  /**
   * A leading small number read as a Not reference must be one by the general layer's rule too
   * (a note of that number exists and is about the row): "Summa tillgångar 1 403 978 728 264"
   * under a "Not" header is 1 403 978, not note 1 with 403 978.
   */
  function noteConfirmed(row: StatementRow, columns: number): boolean {
    if (row.note === null) return true;
    notes ??= noteTitles(findStatementBlocks(doc));
    const general = readRow(doc.lines[row.line - 1] ?? "", columns, true, notes);
    return !!general && !general.ambiguous && general.values.join("|") === row.values.join("|");
  }

  function emitRow(spec: StatementSpec, rule: RowRule, row: StatementRow, years: number[]) {
    // Digits that group more than one way are not stored: a wrong figure is worse than none.
    if (row.ambiguous) {
      findings.push({
        check_id: "statement.ambiguous_digits",
        severity: "warning",
        subject: `finance:${rule.item}`,
        line: row.line,
        value: row.values.join(" | "),
        message: `${spec.section}: the digits of "${row.text}" can be grouped more than one way; not loaded`,
      });
      return;
    }
    if (row.values.length < years.length && row.values.length > 0 && spec.section !== "note_2")
      findings.push({
        check_id: "statement.short_row",
        severity: "info",
        subject: `finance:${rule.item}`,
        line: row.line,
        value: row.text,
        message: `${spec.section}: "${row.label}" has ${row.values.length} of ${years.length} columns; read left to right`,
      });
    // Statements are in whole kronor: "… negativt om 1,3" is prose (or millions), not 1 kr.
    if (rule.valueIsNonMoney !== true && row.values.some((v) => !Number.isInteger(v))) {
      findings.push({
        check_id: "statement.decimal_amount",
        severity: "warning",
        subject: `finance:${rule.item}`,
        line: row.line,
        value: row.text,
        message: `${spec.section}: "${row.text}" has decimals in a table of whole kronor; not loaded`,
      });
      return;
    }
    row.values.forEach((v, i) => {
      const year = years[i];
      if (year === undefined) return;
      const nonMoney = rule.valueIsNonMoney === true;
      const amount = rule.absolute ? Math.abs(v) : v;
      facts.push({
        table: "finance",
        year,
        basis: "actual",
        item: rule.item,
        amount_sek: nonMoney ? null : Math.round(amount),
        value: nonMoney ? amount : null,
        source_label: row.label || (spec.groups ? "delsumma" : ""),
        line: row.line,
        text: row.text,
        section: spec.section,
        approximate: false,
      });
    });
  }

  const note1 = parseNote1(doc);
  const drift = parseOperatingBudget(doc);
  return {
    facts: [...facts, ...note1.facts, ...drift.facts],
    findings: [...findings, ...note1.findings, ...drift.findings],
    coverage: [...coverage, ...note1.coverage, ...drift.coverage],
  };
}

/**
 * A unit other than kronor stated between a statement's heading and its header line, or, for a
 * note, on the notes heading it stands under ("NOTER (tkr)"); null if none.
 */
/**
 * Whether a row laid out in columns holds fewer cells (apart by wide gaps) than the figures read from
 * it, each cell one number in groups of three: then a cell was split at its thousands space.
 */
function fewerCellsThanValues(raw: string, values: number): boolean {
  const cells = raw.trim().split(/\s{2,}/);
  const numeric = numericCells(raw);
  return cells.length > 1 && numeric > 0 && numeric === cells.length - 1 && numeric < values;
}

/** The cells of a row (apart by wide gaps) that are each one number in groups of three. */
function numericCells(raw: string): number {
  return raw
    .trim()
    .split(/\s{2,}/)
    .filter((c) => /^[-−–]?\d{1,3}(?: \d{3})*$/.test(c)).length;
}

function statedUnit(doc: DocumentText, from: number, to: number): string | null {
  for (let n = from; n <= to; n++) {
    const u = readUnit(doc.at(n));
    if (u && u.unit !== "kr") return u.unit;
  }
  const under = findStatementBlocks(doc).find((b) => b.heading === from)?.under;
  const u = under ? readUnit(under.rest) : null;
  if (u && u.unit !== "kr") return u.unit;
  // "Belopp i tkr" on a line of its own above the heading, or the document's stated unit.
  const outer = unitAbove(doc, from);
  return outer && outer.unit !== "kr" ? outer.unit : null;
}

/**
 * Whether Not 1's heading names the operating revenue ("Not 1. Verksamhetens intäkter"): only
 * then is its "Summa" the year's revenue. A note on the members' contributions alone ("Not 1
 * Medlemsbidrag") sums one part of it; the general notes reader stores that total as what it is.
 */
function noteNamesOperatingRevenue(heading: string): boolean {
  const subject = heading
    .replace(/^Not 1\.?\s*/i, "")
    .replace(/\s+(\d{4}(-\d{2}-\d{2})?\s*)+$/, "")
    .trim();
  return statementItem(subject, "income_statement")?.item === "revenue_operating";
}

/**
 * This template reads kronor, but a table stating no unit the readers know may be in thousands
 * ("RESULTATRÄKNING (kkr)"): a total too small for any federation's year in kronor means the
 * scale is unknown, and the table is not stored rather than stored a thousandfold small.
 */
function unknownUnit(
  doc: DocumentText,
  section: string,
  start: number,
  read: readonly { item: string; sek: number; line: number }[],
): FindingInput | undefined {
  const f = read.find((r) => totalTooSmallForKronor(r.item, r.sek));
  if (!f) return undefined;
  return {
    check_id: "statement.unit_unknown",
    severity: "warning",
    subject: `finance:${section}`,
    line: start,
    value: doc.at(start),
    other_value: String(f.sek),
    message: `${section}: no unit stated, and ${f.item} ${f.sek} (line ${f.line}) is too small to be kronor; unknown unit, not loaded`,
  };
}

/** The finance amounts of `facts`, for `unknownUnit`. */
const financeAmounts = (facts: readonly FactInput[]) =>
  facts.flatMap((f) =>
    f.table === "finance" && typeof f.amount_sek === "number"
      ? [{ item: f.item, sek: f.amount_sek, line: f.line ?? 0 }]
      : [],
  );

/** Not 1: revenue per member for both years ("Driftbidrag från Borgholms Kommun 174 436 175 657"). */
function parseNote1(doc: DocumentText): ParseOutput {
  const facts: FactInput[] = [];
  const findings: FindingInput[] = [];
  const start = doc.find(/^Not 1\.?\s/i);
  if (start === undefined)
    return {
      facts,
      findings,
      coverage: [{ section: "note_1", status: "missing", line: null, facts: 0, note: "heading not found" }],
    };
  const years = yearColumns(doc.at(start));
  const end = Math.min(doc.find(/^Not \d|^\d\. /, start + 1) ?? doc.lineCount + 1, start + 30) - 1;
  const unit = statedUnit(doc, start, Math.min(end, start + 2));
  if (unit)
    return {
      facts,
      findings,
      coverage: [
        {
          section: "note_1",
          status: "missing",
          line: start,
          facts: 0,
          note: `unit ${unit} stated; read by the general layer`,
        },
      ],
    };
  const totalIsRevenue = noteNamesOperatingRevenue(doc.at(start));
  const rows = readStatementRows(doc, start + 1, end, years.length, false);
  // The note's Summa is the members' revenue (or the operating revenue) whether stored or not.
  const totals = rows
    .filter((row) => /^Summa$/i.test(row.label))
    .flatMap((row) => row.values.map((sek) => ({ item: "member_revenue", sek, line: row.line })));
  for (const row of rows) {
    const member = /^Driftbidrag från\s*(.+)$/i.exec(row.label)?.[1];
    row.values.forEach((v, i) => {
      const year = years[i];
      if (year === undefined) return;
      const base = { line: row.line, text: row.text, section: "note_1", approximate: false };
      if (member) {
        facts.push({
          table: "member_contribution",
          year,
          basis: "actual",
          member: member.trim(),
          amount_sek: v,
          ...base,
        });
        if (/^staten$/i.test(member.trim()))
          facts.push({
            table: "finance",
            year,
            basis: "actual",
            item: "state_grant",
            amount_sek: v,
            value: null,
            source_label: row.label,
            ...base,
          });
      } else if (/^Summa$/i.test(row.label)) {
        if (!totalIsRevenue) return;
        facts.push({
          table: "finance",
          year,
          basis: "actual",
          item: "revenue_operating",
          amount_sek: v,
          value: null,
          source_label: "Summa (Not 1)",
          ...base,
        });
      } else if (row.label !== "") {
        facts.push({
          table: "finance",
          year,
          basis: "actual",
          item: `revenue_line:${slugify(row.label)}`,
          amount_sek: v,
          value: null,
          source_label: row.label,
          ...base,
        });
      }
    });
  }
  const unknown = unknownUnit(doc, "note_1", start, [...financeAmounts(facts), ...totals]);
  if (unknown)
    return {
      facts: [],
      findings: [...findings, unknown],
      coverage: [{ section: "note_1", status: "missing", line: start, facts: 0, note: "unknown unit" }],
    };
  return {
    facts,
    findings,
    coverage: [
      {
        section: "note_1",
        status: facts.length ? "parsed" : "missing",
        line: start,
        facts: facts.length,
        note: `years ${years.join(", ")}`,
      },
    ],
  };
}

/**
 * Driftredovisning: actual, budget, deviation and closing columns. The heading may say
 * "Belopp tkr" while the cells are plainly kronor; magnitudes decide, and the finding says so.
 */
function parseOperatingBudget(doc: DocumentText): ParseOutput {
  const facts: FactInput[] = [];
  const findings: FindingInput[] = [];
  const start = doc.find(/^\d?\.?\s*Driftredovisning\s*$/i);
  if (start === undefined)
    return {
      facts,
      findings,
      coverage: [{ section: "operating_budget", status: "missing", line: null, facts: 0, note: "heading not found" }],
    };
  const end =
    Math.min(
      doc.find(/^\d\. |Redovisningsprinciper|Signering av justerare/, start + 1) ?? doc.lineCount + 1,
      start + 30,
    ) - 1;
  const header = doc.join(start, Math.min(end, start + 8));
  const year = yearColumns(header)[0] ?? doc.periodYear;
  const stated = readUnit(header);
  // A unit no reader knows is never read as kronor or thousands by magnitude.
  if (stated?.unit === UNKNOWN_UNIT)
    return {
      facts,
      findings: [unknownUnitFinding("finance:operating_budget", start, stated.written, "driftredovisning")],
      coverage: [{ section: "operating_budget", status: "missing", line: start, facts: 0, note: "unit unknown" }],
    };
  const saysThousands = stated?.unit === "tkr";
  const rules: { label: RegExp; item: string; absolute?: boolean; budget: boolean }[] = [
    { label: /^Nettokostnad$/i, item: "net_cost", absolute: true, budget: true },
    { label: /^Medlemsavgift(er)?$/i, item: "member_revenue", budget: true },
    { label: /^Finansiella poster$/i, item: "financial_items", budget: true },
    { label: /^Resultat$/i, item: "result", budget: true },
    { label: /^Utgående eget Kapital$/i, item: "equity_end", budget: false },
    { label: /^Likvida medel$/i, item: "cash_end", budget: false },
  ];
  let unitFactor: number | undefined;
  const rows = readStatementRows(doc, start + 1, end, 4, false);
  // Kronor if any figure of the known rows is already in the hundreds of thousands (no federation
  // turns over billions); all rows decide, so one damaged row cannot scale the table by 1 000.
  const kronor =
    !saysThousands ||
    rows.some((row) => rules.some((r) => r.label.test(row.label)) && Math.abs(row.values[0] ?? 0) >= 100_000);
  for (const row of rows) {
    const base = { line: row.line, text: row.text, section: "operating_budget", approximate: false };
    // "* Medlemsavgifter innehåller:" lists one-column sub-lines ("Kursavgifter: 139 800").
    if (/:\s*-?\d/.test(row.text)) {
      const sub = readStatementRow(doc.lines[row.line - 1] ?? "", 1, false);
      if (sub && sub.values.length === 1 && sub.label !== "")
        facts.push({
          table: "finance",
          year,
          basis: "actual",
          item: `revenue_line:${slugify(sub.label)}`,
          amount_sek: sub.values[0]!,
          value: null,
          source_label: `${sub.label} (i medlemsavgifter)`,
          ...base,
        });
      continue;
    }
    const rule = rules.find((r) => r.label.test(row.label));
    if (!rule) continue;
    if (unitFactor === undefined) {
      unitFactor = UNIT_FACTOR[kronor ? "kr" : "tkr"];
      if (saysThousands)
        findings.push({
          check_id: "statement.unit_mislabelled",
          severity: "info",
          subject: "finance:operating_budget",
          line: start,
          value: "Belopp tkr",
          message: `driftredovisning: heading says "Belopp tkr" but the cells are ${kronor ? "kronor (same magnitude as the income statement)" : "thousands"}; read as ${kronor ? "kronor" : "thousands"}`,
        });
    }
    const factor = unitFactor;
    const amount = (v: number) => Math.round((rule.absolute ? Math.abs(v) : v) * factor);
    facts.push({
      table: "finance",
      year,
      basis: "actual",
      item: rule.item,
      amount_sek: amount(row.values[0]!),
      value: null,
      source_label: `${row.label} (driftredovisning, utfall)`,
      ...base,
    });
    if (rule.budget && row.values.length >= 3)
      facts.push({
        table: "finance",
        year,
        basis: "budget",
        item: rule.item,
        amount_sek: amount(row.values[1]!),
        value: null,
        source_label: `${row.label} (driftredovisning, budget)`,
        ...base,
      });
  }
  return {
    facts,
    findings,
    coverage: [
      {
        section: "operating_budget",
        status: facts.length ? "parsed" : "missing",
        line: start,
        facts: facts.length,
        note: null,
      },
    ],
  };
}
