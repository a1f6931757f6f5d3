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
 *   the report's, a unit that is not a count ("tkr", "%") or a row whose cells do not stand one per
 *   column is never read.
 *
 * Pure.
 */
import { MEMBER_LABEL, TOTAL_LABEL } from "../../reference/rowLabels.ts";
import type { Gender } from "../../reference/codes.ts";
import { bestConcept } from "../../reference/concepts.ts";
import type { FactInput, FindingInput } from "../../schema/facts.ts";
import type { DocumentText, ParseOutput } from "../documentText.ts";
import { unreadNumber } from "../findings.ts";
import { parseSwedishNumber } from "../numbers.ts";
import { federationOfDocument, namesFederation } from "./federationNames.ts";
import { gridLines, placedCells } from "./layoutGrid.ts";
import { countFacts, type PrintoutRow } from "./registerPrintout.ts";
import { ownerOf, scopeByLine, type Owner } from "./sectionScope.ts";

const SECTION = "general:long_format_table";

type Role = "scope" | "measure" | "gender" | "year" | "value" | "unit";
const ROLE_OF: readonly [RegExp, Role][] = [
  [/^(?:insats|insatser|insatsnamn|projekt|verksamhet|enhet\/insats)$/i, "scope"],
  [/^(?:mått|måttet|variabel|indikator|nyckeltal|uppgift|beskrivning)$/i, "measure"],
  [/^kön$/i, "gender"],
  [/^(?:år|år\p{L}*|period)$/iu, "year"],
  [/^(?:värde|antal|utfall)$/i, "value"],
  [/^(?:enhet|måttenhet)$/i, "unit"],
];
/** The cheap test a header line passes first: both a measure's and a value's title. */
const CUE = /(?:mått|variabel|indikator|nyckeltal|uppgift|beskrivning)[\s\S]*(?:värde|antal|utfall)/i;
/** A unit cell of a count. */
const COUNT_UNIT = /^(?:antal|st|st\.|personer|pers|deltagare|)$/i;
/** A scope that is the whole federation. */
const WHOLE = /^(?:förbundet|hela förbundet|samtliga(?: insatser)?|alla insatser|förbundet totalt)$/i;
const YEAR = /^(?:19|20)\d\d$/;

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
  return known;
}

export function parseLongFormatTables(doc: DocumentText): ParseOutput {
  const facts: FactInput[] = [];
  const findings: FindingInput[] = [];
  const grid = gridLines(doc);
  const scopes = scopeByLine(doc);
  const federation = federationOfDocument(doc.documentId);
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
    const tableOwner: Owner = ownerOf(doc, scopes[n - 1]!, n, n);
    // Rows grouped by scope and year: each group one block of a print-out.
    const groups = new Map<string, { owner: Owner; year: number; rows: PrintoutRow[] }>();
    let r = n + 1;
    for (; r <= doc.lineCount; r++) {
      const cells = placedCells(grid[r - 1] ?? "").map((c) => c.text);
      if (cells.length !== header.length) break;
      const value = parseSwedishNumber(cells[at("value")]!.replace(/\u2212/g, "-"));
      const gender = at("gender") >= 0 ? genderOf(cells[at("gender")]!) : "all";
      const yearCell = at("year") >= 0 ? cells[at("year")]! : String(doc.periodYear);
      const label = cells[at("measure")]!;
      if (value === null || !gender || !YEAR.test(yearCell) || !/\p{L}/u.test(label)) break;
      if (at("unit") >= 0 && !COUNT_UNIT.test(cells[at("unit")]!.trim())) continue;
      const year = Number(yearCell);
      if (year > doc.periodYear) continue;
      let owner: Owner;
      if (at("scope") < 0) owner = tableOwner;
      else {
        const scope = cells[at("scope")]!.trim();
        if (TOTAL_LABEL.test(scope) || WHOLE.test(scope) || namesFederation(scope, federation)) owner = null;
        else if (MEMBER_LABEL.test(scope)) continue;
        else owner = scope;
      }
      const key = `${owner ?? ""}\u0000${year}`;
      const group = groups.get(key) ?? { owner, year, rows: [] };
      group.rows.push({ line: r, label, gender, value });
      groups.set(key, group);
    }
    for (const g of groups.values()) {
      if (g.owner === "unclear") {
        unread(
          g.rows[0]!.line,
          `a long-format table (header line ${n}): whose figures these are is unclear; not stored`,
        );
        continue;
      }
      // Each row one figure: a destination's row may stand without the others ("Avslutade till arbete", no "… till annat").
      facts.push(
        ...countFacts(doc, g.rows, g.year, g.owner, unread, true).map((f) => ({ ...f, section: SECTION }) as FactInput),
      );
    }
    n = r - 1;
  }
  return { facts, findings, coverage: [] };
}
