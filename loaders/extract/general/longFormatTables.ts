/**
 * A long-format export: one figure per row, each named by its cells ("Insats | Mått | Kön | År |
 * Värde | Enhet", in any order, drawn with gaps, TABs or pipes), as a follow-up system or a
 * spreadsheet's "one fact per row" sheet writes it.
 *
 * - The header names every column by its role: the figure ("Värde", "Antal"), the measure ("Mått",
 *   "Variabel", "Indikator"), and optionally the gender ("Kön"), the year ("År"), the unit ("Enhet")
 *   and whose figures ("Insats", "Projekt", "Verksamhet"). A header with a column no role names is
 *   no such table.
 * - Each row's scope: "Totalt", "Förbundet", "Samtliga insatser" or the document's own federation's
 *   name is the federation's; an intervention's name is that intervention's; a member is nobody's
 *   here. With no scope column, the rows are the table's owner's (`sectionScope.ts` `ownerOf`).
 * - Each (scope, year) is a block read as a register print-out's block (`registerPrintout.ts`
 *   `countFacts`): measures and destinations through the concept lexicon, women and men only where
 *   they add up to the row of all, destinations only where together they fit within the exits (a
 *   row per figure: one destination may stand without the others). A year after
 *   the report's or a row whose cells do not stand one per column is never read.
 * - Rates (unit "procent"): a reported rate the lexicon names, waiting for its year's exits
 *   (`reportedRates.ts`); a target's row never.
 * - Amounts (unit "kr", "tkr", "mkr"): the federation's rows only, as its accounts (`accountFacts`),
 *   each year's and basis's only where its sums hold.
 *
 * Pure.
 */
import { FEDERATION_OR_AREA_LABEL, MEMBER_LABEL, TOTAL_LABEL } from "../../reference/rowLabels.ts";
import { isComparisonColumn } from "../../reference/comparisonColumns.ts";
import { statementItem } from "../../reference/statementLabels.ts";
import type { Gender } from "../../reference/codes.ts";
import { bestConcept } from "../../reference/concepts.ts";
import { readUnit, UNIT_FACTOR, UNKNOWN_UNIT } from "../../reference/units.ts";
import type { FactInput, FindingInput } from "../../schema/facts.ts";
import type { DocumentText, ParseOutput } from "../documentText.ts";
import { unreadNumber } from "../findings.ts";
import { parseSwedishNumber } from "../numbers.ts";
import {
  asNameCase,
  federationsNamedIn,
  namesFederation,
  namesOwnFederationFirst,
  ownFederation,
} from "./federationNames.ts";
import { gridLines, placedCells } from "./layoutGrid.ts";
import { countFacts, type PrintoutRow } from "./registerPrintout.ts";
import { ownerOf, scopeByLine, type Owner } from "./sectionScope.ts";
import { awaitingRate } from "./reportedRates.ts";

const SECTION = "general:long_format_table";

type Role = "scope" | "organisation" | "measure" | "gender" | "year" | "value" | "unit";
// An open-data export's header may drop å, ä and ö ("ar", "matt", "kon", "varde") and name its measure
// column by its codes ("kod", "måttkod": `text/codeLists.ts` writes a code list's meanings into it).
const ROLE_OF: readonly [RegExp, Role][] = [
  [/^(?:insats|insatser|insatsnamn|projekt|verksamhet|enhet\/insats)$/i, "scope"],
  [/^(?:organisation|organisationsnamn|aktör|aktor|förbund|forbund)$/i, "organisation"],
  [/^(?:mått|matt|måttet|variabel|indikator|nyckeltal|uppgift|beskrivning|kod|måttkod|mattkod)$/i, "measure"],
  [/^(?:kön|kon)$/i, "gender"],
  [/^(?:år|ar|år\p{L}*|period)$/iu, "year"],
  [/^(?:värde|varde|antal|utfall)$/i, "value"],
  [/^(?:enhet|måttenhet|mattenhet)$/i, "unit"],
];
/** The cheap test a header line passes first: both a measure's and a value's title. */
const CUE =
  /(?:mått|matt|variabel|indikator|nyckeltal|uppgift|beskrivning|(?<!\p{L})(?:mått|matt)?kod(?!\p{L}))[\s\S]*(?:värde|varde|antal|utfall)/iu;
/** A unit cell of a count. */
const COUNT_UNIT = /^(?:antal|st|st\.|personer|pers|deltagare|)$/i;
/** A scope that is the whole federation. */
const WHOLE = /^(?:förbundet|hela förbundet|samtliga(?: insatser)?|alla insatser|förbundet totalt)$/i;
const YEAR = /^(?:19|20)\d\d$/;
/** A rule's cell: "------". */
const RULE_CELL = /^[-–—=_|+]{2,}$/;
/** "Avslut: arbete": a destination of the exits, as "Avslutade till arbete" says it. */
const EXIT_COLON = /^(?:avslut|avslutade|avslutsorsak|avslutade till)\s*:\s*/iu;
/** A unit cell of a share. */
const PERCENT_UNIT = /^(?:procent|%|andel)$/i;
/** A target's row: "Målvärde arbete eller studier", "Mål: positiv stegförflyttning". */
const TARGET_LABEL = /(?<!\p{L})(?:mål|målvärde|målnivå|målsättning|målet|budget\p{L}*|prognos)(?!\p{L})/iu;

/** Whether the caption lines right above a header (up to three, blank lines passed) name a year other than the report's. */
function captionNamesOtherYear(doc: DocumentText, header: number): boolean {
  for (let k = header - 1, seen = 0; k >= 1 && seen < 3 && k >= header - 5; k--) {
    const t = doc.at(k);
    if (t.trim() === "") continue;
    seen++;
    for (const m of t.matchAll(/(?<!\d)(?:19|20)\d\d(?!\d)/g)) if (Number(m[0]) !== doc.periodYear) return true;
  }
  return false;
}

function genderOf(cell: string): Gender | undefined {
  const c = bestConcept(cell, ["gender"]);
  if (c && c.score === 1) return c.concept.code as Gender;
  return TOTAL_LABEL.test(cell) ? "all" : undefined;
}

/** The roles of a header's cells, or undefined where any cell has none or a role is missing or twice. */
function rolesOf(cells: readonly string[]): Role[] | undefined {
  const roles = cells.map((c) => ROLE_OF.find(([re]) => re.test(c.trim()))?.[1]);
  if (roles.some((r) => r === undefined)) return undefined;
  const known = roles as Role[];
  if (new Set(known).size !== known.length || !known.includes("measure") || !known.includes("value")) return undefined;
  // One figure per row with nothing to say whose or when: a list of key figures, another reader's.
  if (!known.includes("gender") && !known.includes("year") && !known.includes("scope")) return undefined;
  // Whose rows: an intervention's column or an organisation's, never both.
  if (known.includes("scope") && known.includes("organisation")) return undefined;
  return known;
}

interface Amount {
  line: number;
  label: string;
  year: number;
  sek: number;
}

/** "Intäkter, budget", "Budgeterat resultat": the budget's line, its item named by the rest. */
const BUDGET_WORD = /,?\s*\(?(?:budget|budgeterat|budgeterade)\)?\s*/iu;
const ACCOUNT_ITEMS = [
  "revenue_operating",
  "cost_operating",
  "operating_result",
  "revenue_financial",
  "cost_financial",
  "result",
] as const;

/**
 * The federation's accounts among a long table's rows ("Förbundet  Intäkter  –  2025  9 870 000  kr"):
 * per year and basis, revenue, costs, financial items and the result only where revenue − costs
 * (+ financial items) is the result; the equity of a year only where last year's equity + the
 * year's result is it (both stored); the assets' total of a year whose sums hold. An item named twice,
 * or any other line, stores nothing.
 */
function accountFacts(
  doc: DocumentText,
  amounts: readonly Amount[],
  unread: (line: number, message: string) => void,
): FactInput[] {
  const out: FactInput[] = [];
  const items = new Map<string, Amount[]>();
  for (const a of amounts) {
    const budget = BUDGET_WORD.test(a.label);
    const label = budget ? a.label.replace(BUDGET_WORD, " ").trim() : a.label;
    const c = bestConcept(label, ["finance"]);
    // "Finansnetto", "Finansiella poster": the net financial items, in the sum only, never stored.
    const net = statementItem(label, "income_statement")?.item === "financial_items";
    const item = net ? "financial_items" : c && c.score === 1 ? c.concept.code : undefined;
    if (!item || (budget && item === "equity_end")) continue;
    if (
      !(ACCOUNT_ITEMS as readonly string[]).includes(item) &&
      item !== "equity_end" &&
      item !== "assets_total" &&
      !net
    )
      continue;
    if (budget && item === "assets_total") continue;
    const key = `${budget ? "budget" : "actual"}:${item}:${a.year}`;
    items.set(key, [...(items.get(key) ?? []), { ...a, sek: item.startsWith("cost_") ? Math.abs(a.sek) : a.sek }]);
  }
  const one = (basis: string, item: string, year: number) => {
    const list = items.get(`${basis}:${item}:${year}`) ?? [];
    return list.length === 1 ? list[0] : undefined;
  };
  const store = (a: Amount, basis: "actual" | "budget", item: string) =>
    out.push({
      table: "finance",
      year: a.year,
      basis,
      item,
      amount_sek: Math.round(a.sek),
      value: null,
      source_label: a.label,
      line: a.line,
      text: doc.at(a.line),
      section: SECTION,
      approximate: false,
    } as FactInput);
  const years = new Set(amounts.map((a) => a.year));
  for (const year of years)
    for (const basis of ["actual", "budget"] as const) {
      const [revenue, costs, result] = [
        one(basis, "revenue_operating", year),
        one(basis, "cost_operating", year),
        one(basis, "result", year),
      ];
      if (!revenue || !costs || !result) continue;
      const financial =
        (one(basis, "revenue_financial", year)?.sek ?? 0) -
        (one(basis, "cost_financial", year)?.sek ?? 0) +
        (one(basis, "financial_items", year)?.sek ?? 0);
      const operating = one(basis, "operating_result", year);
      const sumHolds = Math.abs(revenue.sek - costs.sek + financial - result.sek) <= 2;
      if (!sumHolds || (operating && Math.abs(revenue.sek - costs.sek - operating.sek) > 2)) {
        unread(
          result.line,
          `a long-format table's revenue − costs (+ financial items) is not its result; the ${basis} accounts of ${year} are not stored`,
        );
        continue;
      }
      for (const item of ACCOUNT_ITEMS) {
        const a = one(basis, item, year);
        if (a) store(a, basis, item);
      }
      if (basis !== "actual") continue;
      // The balance sheet's total of a year whose accounts add up: its one row, as the statement states it.
      const assets = one("actual", "assets_total", year);
      if (assets) store(assets, "actual", "assets_total");
      const [opening, closing] = [one("actual", "equity_end", year - 1), one("actual", "equity_end", year)];
      if (opening && closing && Math.abs(opening.sek + result.sek - closing.sek) <= 2) {
        store(opening, "actual", "equity_end");
        store(closing, "actual", "equity_end");
      }
    }
  return out;
}

/** A data file's comment line: "# Utgivare: …", "// Källa: …". */
const COMMENT_LINE = /^\s*(?:#|\/\/)/;

/**
 * Whether the table at `header` is a data file's whose metadata comment lines above it ("# Öppna data:
 * Samordningsförbundet X", "# Utgivare: …") name the own federation and no other: every line above the
 * header a comment or blank, two comment lines at least.
 */
function dataFileOfOurs(doc: DocumentText, header: number, federation: ReturnType<typeof ownFederation>): boolean {
  let comments = 0;
  let ours = false;
  for (let k = 1; k < header; k++) {
    const t = doc.at(k);
    if (t.trim() === "") continue;
    if (!COMMENT_LINE.test(t)) return false;
    comments++;
    const named = federationsNamedIn(asNameCase(t));
    if (named.some((f) => !namesOwnFederationFirst(f.name, federation))) return false;
    if (named.length > 0) ours = true;
  }
  return comments >= 2 && ours;
}

/**
 * Whether the organisation column of the table whose header stands on line `header` names a body that is
 * neither the own federation nor the whole ("Samordningsförbundet Ekhamn" beside "Samtliga").
 */
function otherOrganisationInColumn(
  grid: readonly string[],
  header: number,
  width: number,
  column: number,
  federation: ReturnType<typeof ownFederation>,
): boolean {
  for (let r = header + 1; r <= grid.length; r++) {
    const cells = placedCells(grid[r - 1] ?? "").map((c) => c.text);
    if (cells.length !== width) return false;
    if (cells.every((c) => RULE_CELL.test(c))) continue;
    const org = cells[column]!.trim();
    if (/\p{L}/u.test(org) && !WHOLE.test(org) && !namesFederation(org, federation)) return true;
  }
  return false;
}

export function parseLongFormatTables(doc: DocumentText): ParseOutput {
  const facts: FactInput[] = [];
  const findings: FindingInput[] = [];
  const awaiting: FactInput[] = [];
  const grid = gridLines(doc);
  const scopes = scopeByLine(doc);
  const federation = ownFederation(doc);
  // Rows grouped by scope and year over all the document's long tables: each group one block of a
  // print-out (a structured export may give the exits in one table and their destinations in the next).
  const groups = new Map<string, { owner: Owner; year: number; rows: PrintoutRow[]; header: number }>();
  const unread = (line: number, message: string) =>
    findings.push(unreadNumber({ subject: SECTION, line, value: doc.at(line), message }));
  for (let n = 1; n <= doc.lineCount; n++) {
    const raw = grid[n - 1] ?? "";
    if (!CUE.test(raw)) continue;
    const header = placedCells(raw).map((c) => c.text);
    if (header.length < 3) continue;
    const roles = rolesOf(header);
    if (!roles) continue;
    const at = (role: Role) => roles.indexOf(role);
    // Without a year column the rows are the report's year only where the caption above names no other.
    if (at("year") < 0 && captionNamesOtherYear(doc, n)) {
      unread(n, "a long-format table without a year column under a caption naming another year: its year is not known");
      continue;
    }
    const scoped: Owner = ownerOf(doc, scopes[n - 1]!, n, n);
    const tableOwner: Owner = scoped === "unclear" && dataFileOfOurs(doc, n, federation) ? null : scoped;
    const amounts: Amount[] = [];
    // An organisation's column naming some other body beside "Samtliga" / "Förbundet totalt": the whole is
    // all of them together, never the own federation's.
    const othersInColumn =
      at("organisation") >= 0 && otherOrganisationInColumn(grid, n, header.length, at("organisation"), federation);
    let r = n + 1;
    for (; r <= doc.lineCount; r++) {
      const cells = placedCells(grid[r - 1] ?? "").map((c) => c.text);
      // The table ends where a row no longer has one cell per column; a rule under the header or
      // above the source note ("------  ------") is passed over.
      if (cells.length !== header.length) break;
      if (cells.every((c) => RULE_CELL.test(c))) continue;
      const yearCell = at("year") >= 0 ? cells[at("year")]! : String(doc.periodYear);
      const label = cells[at("measure")]!.replace(EXIT_COLON, "Avslutade till ");
      if (!YEAR.test(yearCell) || !/\p{L}/u.test(label)) break;
      // A row of another kind (an amount, "u.s." for a missing value, a gender cell "–") is no count: passed over.
      const value = parseSwedishNumber(cells[at("value")]!.replace(/\u2212/g, "-"));
      // A dash for the gender: a figure not split by gender (an amount); never a count's row of all.
      const noGender = at("gender") >= 0 && /^[-–—]$/.test(cells[at("gender")]!.trim());
      const gender = at("gender") >= 0 ? (noGender ? "all" : genderOf(cells[at("gender")]!)) : "all";
      const unit = at("unit") >= 0 ? cells[at("unit")]!.trim() : "";
      if (value === null || !gender) continue;
      const year = Number(yearCell);
      if (year > doc.periodYear) continue;
      let owner: Owner;
      if (at("organisation") >= 0) {
        // An organisation's column: the own federation's rows only; another body's or an area's never (no intervention here).
        const org = cells[at("organisation")]!.trim();
        if (!((WHOLE.test(org) && !othersInColumn) || namesFederation(org, federation))) continue;
        owner = null;
      } else if (at("scope") < 0) owner = tableOwner;
      else {
        const scope = cells[at("scope")]!.trim();
        if (TOTAL_LABEL.test(scope) || WHOLE.test(scope) || namesFederation(scope, federation)) owner = null;
        // A member, another federation or an area's aggregate ("Riket, medelvärde per förbund"): nobody's here.
        else if (MEMBER_LABEL.test(scope) || FEDERATION_OR_AREA_LABEL.test(scope) || isComparisonColumn(scope))
          continue;
        else owner = scope;
      }
      if (PERCENT_UNIT.test(unit)) {
        // "Positiv stegförflyttning  Alla  2025  65,4  procent": a reported rate, waiting for its year's exits; a target's never.
        const rate = bestConcept(label, ["rate"])?.concept;
        if (rate && gender === "all" && owner !== "unclear" && !TARGET_LABEL.test(label) && value >= 0 && value <= 100)
          awaiting.push(
            awaitingRate({
              year,
              scope: owner === null ? "federation" : `intervention:${owner}`,
              indicator: rate.code,
              value,
              note: `${rate.sv}, a row of a long-format table`,
              line: r,
              text: doc.at(r),
              section: SECTION,
            }),
          );
        continue;
      }
      const money = unit === "" ? null : readUnit(unit);
      if (money && money.unit !== UNKNOWN_UNIT) {
        // The federation's own accounts only: an intervention's cost is no line of them.
        if (owner === null && gender === "all")
          amounts.push({ line: r, label, year, sek: value * UNIT_FACTOR[money.unit] });
        continue;
      }
      if ((at("unit") >= 0 && !COUNT_UNIT.test(unit)) || noGender) continue;
      const key = `${owner === "unclear" ? `unclear:${n}` : (owner ?? "")}\u0000${year}`;
      const group = groups.get(key) ?? { owner, year, rows: [], header: n };
      group.rows.push({ line: r, label, gender, value });
      groups.set(key, group);
    }
    facts.push(...accountFacts(doc, amounts, unread));
    n = r - 1;
  }
  for (const g of groups.values()) {
    if (g.owner === "unclear") {
      unread(
        g.rows[0]!.line,
        `a long-format table (header line ${g.header}): whose figures these are is unclear; not stored`,
      );
      continue;
    }
    // Each row one figure: a destination's row may stand without the others ("Avslutade till arbete", no "… till annat").
    facts.push(
      ...countFacts(doc, g.rows, g.year, g.owner, unread, true).map((f) => ({ ...f, section: SECTION }) as FactInput),
    );
  }
  return { facts, findings, coverage: [], awaiting };
}
