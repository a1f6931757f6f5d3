/**
 * A register's or a ledger's print-out: blocks of rows "KOD  BESKRIVNING  [KÖN]  ANTAL|BELOPP",
 * each under the period it covers ("PERIOD 2024-01-01--2024-12-31", "Period: …"), a code opening
 * every row ("INS", "AVS01", "RES_INT", "3010") and the gender, where there is one, a value of its
 * own column ("K", "M", "ALLA"), not a column per gender; or the same long table with no code
 * column, where the gender column makes it one ("Mått  Kön  Antal").
 *
 * - A block is read only under a period that is one whole calendar year, the report's or an
 *   earlier one, or with no period under a head naming the report's year alone; a half-year, a
 *   broken year ("2023-07-01--2024-06-30"), a budget or no year stores nothing.
 * - Counts: a row's description through the concept lexicon (enrolled, new, exited; a stock at a
 *   date, "Pågående 2024-12-31", "Inskrivna 2024-12-31", never), destinations through the exit labels ("Avslut till arbete"). K and M are stored
 *   only where they add up to the row of all; destinations only where they add up to the block's
 *   exits; exits and new never above the enrolled.
 * - Amounts: the unit stated in the block's head ("Belopp: SEK") or the header; the year's revenue,
 *   costs, financial items and result only where revenue − costs + financial items = result, and
 *   equity as "utgående balans" (the year's) and "ingående balans" (last year's closing) only where
 *   opening + result = closing.
 *
 * Whose figures: the block's section's, else the print-out's head's ("Urval: samtliga insatser").
 * Pure.
 */
import { bestConcept } from "../../reference/concepts.ts";
import type { Gender, Measure } from "../../reference/codes.ts";
import { readUnit, UNIT_FACTOR, UNKNOWN_UNIT } from "../../reference/units.ts";
import type { FactInput, FindingInput } from "../../schema/facts.ts";
import type { DocumentText, ParseOutput } from "../documentText.ts";
import { unreadNumber } from "../findings.ts";
import { parseSwedishNumber } from "../numbers.ts";
import { equityYearOf } from "./equityBalance.ts";
import { destinationRowCategory } from "./exitRowLabel.ts";
import { gridLines, placedCells } from "./layoutGrid.ts";
import { namesPartOfYear } from "./partYear.ts";
import { ownerOf, scopeByLine, type Owner } from "./sectionScope.ts";

const SECTION = "general:register_printout";
/** The cheap test a header line passes first: it opens with the code column's title. */
const OPENS_WITH_TITLE = /^\s*(?:kod|konto|kontonr|id|beskrivning|benämning|mått|variabel|uppgift)\b/i;
const CODE_TITLE = /^(?:kod|konto|kontonr|konto ?nr|id)$/i;
const TEXT_TITLE = /^(?:beskrivning|benämning|text|kontonamn|rubrik|variabel|mått|uppgift)$/i;
const GENDER_TITLE = /^kön$/i;
const COUNT_TITLE = /^(?:antal|personer)$/i;
const AMOUNT_TITLE = /^(?:belopp|summa|saldo|utfall)\b/i;
/** A row's code: capitals, digits and underscores ("AVS01", "RES_INT"), or an account number. */
const ROW_CODE = /^(?:[A-ZÅÄÖ][A-ZÅÄÖ0-9_]{0,11}|\d{3,6})$/;
const ISO_PERIOD = /(\d{4})-(\d\d)-(\d\d)\s*(?:--|–|—|-|\/| till )\s*(\d{4})-(\d\d)-(\d\d)/;
const ISO_DATE = /\b(\d{4})-(\d\d)-(\d\d)\b/g;
const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/g;
const ONE_DATE = /\b\d{4}-\d\d-\d\d\b/;
const PLAN_HEAD = /(?<!\p{L})(?:budget|prognos|plan)\p{L}*/iu;
/** How far above its header a block's period and unit may be written. */
const HEAD_LINES = 6;
const FINANCE = new Set(["revenue_operating", "cost_operating", "revenue_financial", "cost_financial", "result"]);

export interface PrintoutRow {
  line: number;
  label: string;
  gender: Gender;
  value: number;
}

interface Block {
  header: number;
  /** The whole calendar year the block covers, or why it covers none. */
  year: number | string;
  amounts: boolean;
  /** Kronor per unit of the amounts (1 for SEK), undefined where no unit is stated. */
  factor: number | undefined;
  rows: PrintoutRow[];
}

/**
 * The calendar year an ISO period covers whole, or why it is none; with no period, the one year
 * the head names ("Deltagare 2024"), where it is the report's and no part of it.
 */
function periodYear(text: string, reportYear: number): number | string {
  const m = ISO_PERIOD.exec(text);
  if (!m) {
    const years = new Set((text.replace(ISO_DATE, "").match(YEAR) ?? []).map(Number));
    if (years.size !== 1 || !years.has(reportYear))
      return "no period and no one year of the report's is stated above it";
    return namesPartOfYear(text) ? "its head names a part of the year" : reportYear;
  }
  const [from, to] = [`${m[1]}-${m[2]}-${m[3]}`, `${m[4]}-${m[5]}-${m[6]}`];
  if (m[1] !== m[4] || from.slice(5) !== "01-01" || to.slice(5) !== "12-31")
    return `its period ${from}--${to} is no whole calendar year`;
  const year = Number(m[1]);
  return year <= reportYear && year >= reportYear - 5 ? year : `its period ${from}--${to} is not a year reported on`;
}

function genderOf(cell: string): Gender | undefined {
  const c = bestConcept(cell, ["gender"]);
  return c && c.score === 1 ? (c.concept.code as Gender) : undefined;
}

/** The blocks of a document's print-outs, each with its rows. */
function blocksOf(doc: DocumentText): Block[] {
  const grid = gridLines(doc);
  const blocks: Block[] = [];
  for (let n = 1; n <= doc.lineCount; n++) {
    const raw = grid[n - 1] ?? "";
    if (!OPENS_WITH_TITLE.test(raw)) continue;
    const header = placedCells(raw).map((c) => c.text);
    const last = header.at(-1) ?? "";
    // A code column first, or none: then the gender column must make the table one of rows per value.
    const coded = header.length > 0 && CODE_TITLE.test(header[0]!) ? 1 : 0;
    if (header.length < 3 || !TEXT_TITLE.test(header[coded] ?? "")) continue;
    const amounts = AMOUNT_TITLE.test(last);
    if (!amounts && !COUNT_TITLE.test(last)) continue;
    const withGender = header.length === coded + 3 && GENDER_TITLE.test(header[coded + 1]!);
    if (header.length !== coded + (withGender ? 3 : 2) || (!coded && !withGender)) continue;
    // The block's head: the lines above the header, up to a blank line.
    let head = "";
    for (let h = n - 1; h >= Math.max(1, n - HEAD_LINES) && doc.at(h) !== ""; h--) head = `${doc.at(h)} ${head}`;
    const unit = readUnit(last) ?? readUnit(head.replace(ISO_PERIOD, ""));
    const factor = unit && unit.unit !== UNKNOWN_UNIT ? UNIT_FACTOR[unit.unit] : undefined;
    const rows: PrintoutRow[] = [];
    let r = n + 1;
    for (; r <= doc.lineCount; r++) {
      const cells = placedCells(grid[r - 1] ?? "").map((c) => c.text);
      if (cells.length !== header.length || (coded && !ROW_CODE.test(cells[0]!))) break;
      const gender = withGender ? genderOf(cells[coded + 1]!) : "all";
      const value = parseSwedishNumber(cells.at(-1)!.replace(/\u2212/g, "-"));
      if (!gender || value === null || !/\p{L}/u.test(cells[coded]!)) break;
      rows.push({ line: r, label: cells[coded]!, gender, value });
    }
    // A budget's or a forecast's print-out covers a whole year too: never the year's outcome.
    const year = PLAN_HEAD.test(head) ? "its head names a budget or a forecast" : periodYear(head, doc.periodYear);
    blocks.push({ header: n, year, amounts, factor, rows });
    n = r - 1;
  }
  return blocks;
}

export function parseRegisterPrintout(doc: DocumentText): ParseOutput {
  const facts: FactInput[] = [];
  const findings: FindingInput[] = [];
  const blocks = blocksOf(doc);
  if (blocks.length === 0) return { facts, findings, coverage: [] };
  const scopes = scopeByLine(doc);
  // The print-out's head names whose figures they are for every block under it.
  const printoutOwner = ownerOf(doc, scopes[blocks[0]!.header - 1]!, blocks[0]!.header, blocks[0]!.header);
  const unread = (line: number, message: string) =>
    findings.push(unreadNumber({ subject: SECTION, line, value: doc.at(line), message }));
  for (const block of blocks) {
    if (block.rows.length === 0) continue;
    const first = block.rows[0]!.line;
    if (typeof block.year === "string") {
      unread(first, `a print-out's block (header line ${block.header}): ${block.year}; not stored`);
      continue;
    }
    const scope = scopes[block.header - 1]!;
    const year = block.year;
    // A ledger is the federation's accounts unless it stands in an intervention's section.
    if (block.amounts) {
      if (scope.kind === "intervention")
        unread(first, "an intervention's ledger: not the federation's accounts; not stored");
      else if (block.factor === undefined) unread(first, "a ledger's amounts in no stated unit; not stored");
      else facts.push(...ledgerFacts(doc, block.rows, year, block.factor, unread));
      continue;
    }
    const owner: Owner = scope.kind === "unknown" ? printoutOwner : ownerOf(doc, scope, block.header, block.header);
    if (owner === "unclear")
      unread(
        first,
        `a print-out's block (header line ${block.header}): whose figures these are is unclear; not stored`,
      );
    else facts.push(...countFacts(doc, block.rows, year, owner, unread));
  }
  return { facts, findings, coverage: [] };
}

/** The participants and destinations of one block, each kept only where its sum holds (the long-format tables' too). */
export function countFacts(
  doc: DocumentText,
  rows: readonly PrintoutRow[],
  year: number,
  intervention: string | null,
  unread: (line: number, message: string) => void,
  /** Destinations named as parts of the exits ("Avslutade till arbete") may be some of them: their sum within the exits. */
  someDestinations = false,
): FactInput[] {
  const counts = new Map<Measure, PrintoutRow[]>();
  const exits: { row: PrintoutRow; category: string }[] = [];
  for (const row of rows) {
    // A count at a date ("Inskrivna 2024-12-31") is a stock, never the period's flow.
    if (!Number.isInteger(row.value) || row.value < 0 || ONE_DATE.test(row.label)) continue;
    const destination = destinationRowCategory(row.label);
    if (destination) {
      if (row.gender === "all") exits.push({ row, category: destination });
      continue;
    }
    const c = bestConcept(row.label, ["participants"]);
    const measure = c && c.score === 1 ? (c.concept.code as Measure) : undefined;
    if (measure === "enrolled" || measure === "new" || measure === "exited")
      counts.set(measure, [...(counts.get(measure) ?? []), row]);
  }
  const out: FactInput[] = [];
  const total = (m: Measure) => {
    const all = counts.get(m)?.filter((r) => r.gender === "all") ?? [];
    return all.length === 1 ? all[0]!.value : undefined;
  };
  const enrolled = total("enrolled");
  for (const [measure, list] of counts) {
    const all = list.filter((r) => r.gender === "all");
    const women = list.filter((r) => r.gender === "woman");
    const men = list.filter((r) => r.gender === "man");
    if (all.length !== 1 || women.length > 1 || men.length > 1) {
      unread(list[0]!.line, `a print-out's rows of one measure: no single row of all; not stored`);
      continue;
    }
    if (measure !== "enrolled" && enrolled !== undefined && all[0]!.value > enrolled) {
      unread(all[0]!.line, `a print-out's count is more than the period's enrolled (${enrolled}); not stored`);
      continue;
    }
    const split = women.length === 1 && men.length === 1 ? [women[0]!, men[0]!] : [];
    const adds = split.length === 2 && split[0]!.value + split[1]!.value === all[0]!.value;
    if (split.length === 2 && !adds)
      unread(split[0]!.line, `a print-out's women and men do not add up to the row of all; the split is not stored`);
    for (const row of adds ? [all[0]!, ...split] : all)
      out.push({
        table: "participant_count",
        intervention,
        year,
        measure,
        gender: row.gender,
        value: row.value,
        line: row.line,
        text: doc.at(row.line),
        section: SECTION,
        approximate: false,
      });
  }
  const exited = total("exited");
  if (exits.length > 0) {
    const sum = exits.reduce((s, e) => s + e.row.value, 0);
    const fits = someDestinations ? sum <= exited! : sum === exited;
    if (exited === undefined || !fits || new Set(exits.map((e) => e.category)).size !== exits.length)
      unread(
        exits[0]!.row.line,
        `a print-out's destinations add up to ${sum}, not to the period's exits (${exited ?? "none read"}); not stored`,
      );
    else
      for (const { row, category } of exits)
        out.push({
          table: "participant_breakdown",
          intervention,
          year,
          population: "exited",
          dimension: "exit_outcome",
          category,
          value: row.value,
          source_label: row.label,
          line: row.line,
          text: doc.at(row.line),
          section: SECTION,
          approximate: false,
        });
  }
  return out;
}

/** A ledger block's statement figures, each kept only where the year's sums hold. */
function ledgerFacts(
  doc: DocumentText,
  rows: readonly PrintoutRow[],
  year: number,
  factor: number,
  unread: (line: number, message: string) => void,
): FactInput[] {
  const items = new Map<string, { row: PrintoutRow; year: number; sek: number }[]>();
  for (const row of rows) {
    const equity = equityYearOf(row.label, year);
    const c = equity === undefined ? bestConcept(row.label.replace(ISO_DATE, ""), ["finance"]) : undefined;
    const item = equity !== undefined ? "equity_end" : c && c.score === 1 ? c.concept.code : undefined;
    if (!item || (item !== "equity_end" && !FINANCE.has(item))) continue;
    const sek = Math.round(row.value * factor);
    // Costs are stored as positive numbers, whichever sign the ledger gives them.
    const signed = item.startsWith("cost_") ? Math.abs(sek) : sek;
    items.set(item, [...(items.get(item) ?? []), { row, year: equity ?? year, sek: signed }]);
  }
  const one = (item: string, y = year) => {
    const list = (items.get(item) ?? []).filter((i) => i.year === y);
    return list.length === 1 ? list[0] : undefined;
  };
  const slack = factor / 2;
  const out: FactInput[] = [];
  const store = (i: { row: PrintoutRow; year: number; sek: number }, item: string) =>
    out.push({
      table: "finance",
      year: i.year,
      basis: "actual",
      item,
      amount_sek: i.sek,
      value: null,
      source_label: i.row.label,
      line: i.row.line,
      text: doc.at(i.row.line),
      section: SECTION,
      approximate: false,
    } as FactInput);
  const [revenue, costs, result] = [one("revenue_operating"), one("cost_operating"), one("result")];
  const financial = (one("revenue_financial")?.sek ?? 0) - (one("cost_financial")?.sek ?? 0);
  if (revenue && costs && result) {
    if (Math.abs(revenue.sek - costs.sek + financial - result.sek) <= 4 * slack) {
      for (const item of ["revenue_operating", "cost_operating", "revenue_financial", "cost_financial", "result"]) {
        const i = one(item);
        if (i) store(i, item);
      }
    } else
      unread(
        result.row.line,
        `a ledger's revenue − costs + financial items is not its result (${result.sek}); not stored`,
      );
  }
  const [opening, closing] = [one("equity_end", year - 1), one("equity_end")];
  if (opening && closing && result) {
    if (Math.abs(opening.sek + result.sek - closing.sek) <= 3 * slack) {
      store(opening, "equity_end");
      store(closing, "equity_end");
    } else unread(closing.row.line, "a ledger's opening equity + result is not its closing equity; not stored");
  }
  return out;
}
