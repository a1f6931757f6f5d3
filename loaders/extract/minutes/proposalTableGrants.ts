/**
 * Grants a decision adopts from a table of proposals laid before the board in the item:
 *
 *   Kansliet … lämnar följande förslag (kr), för perioden 2026-03-01–2026-12-31:
 *     Insats              Sökt 2026   Kansliets förslag   Beviljat 2025
 *     Steget                500 000             450 000         400 000
 *     Bryggan               300 000              avslag               –
 *     Summa                 800 000             450 000         400 000
 *   Styrelsen beslutar att fördela medel enligt kansliets förslag, med den ändringen att …
 *
 * Each row's cell under the one header cell naming the proposal ("Kansliets förslag", "Förslag") is that
 * row's grant, for the decision's period, where the decision adopts a proposal ("enligt [X:s] förslag[et]")
 * and is approved. Never read: the sums applied for or granted before (the other columns), a row whose
 * proposal cell is no amount ("avslag", "–"), a sum row, a row the decision names (amended or refused: its
 * own clause decides it), a row with cells missing, and a table whose unit neither its header nor the
 * lines above it state.
 */
import type { FactInput } from "../../schema/facts.ts";
import type { DocumentText } from "../documentText.ts";
import type { AgendaItem } from "./findAgendaItems.ts";
import { cellsWithColumns, plainAt } from "./minutesText.ts";
import type { Decision } from "./readDecisions.ts";
import { purposeOf, TOTAL_LABEL, yearOf } from "./parseAllocations.ts";

type Allocation = Extract<FactInput, { table: "allocation" }>;

/** The decision adopts a proposal, named or not: "enligt kansliets förslag", "i enlighet med förslaget". */
const ADOPTS = /(?<!\p{L})(?:enligt|i enlighet med)\s+(?:[\p{L}-]+s\s+)?förslag(?:et)?(?!\p{L})/iu;
/** The header cell naming the proposal's column. */
const PROPOSAL_CELL = /(?<!\p{L})förslag(?:et)?(?:\s+(?:19|20)\d\d)?$/iu;
/** An amount cell in whole kronor or thousands: "450 000", "1 240 000", "450". */
const AMOUNT_CELL = /^\d{1,3}(?: \d{3})*$/;
/** The unit, in the header or the lead above it. */
const UNIT_KR = /\((?:kr|kronor|sek)\)|(?<!\p{L})(?:kr|kronor)(?!\p{L})/iu;
const UNIT_TKR = /(?<!\p{L})(?:tkr|tusental kronor|tusen kronor)(?!\p{L})/iu;

interface Header {
  line: number;
  cells: number;
  proposal: number;
  factor: number;
}

/** The proposal table's header within [from, to): word cells, one naming the proposal, a unit said. */
function findHeader(doc: DocumentText, from: number, to: number): Header | undefined {
  for (let n = from; n < to; n++) {
    const cells = cellsWithColumns(doc.lines[n - 1] ?? "").map((c) => c.text);
    if (cells.length < 3 || cells.some((c) => AMOUNT_CELL.test(c))) continue;
    const proposal = cells.map((c, k) => (PROPOSAL_CELL.test(c) ? k : -1)).filter((k) => k > 0);
    if (proposal.length !== 1) continue;
    const said = [plainAt(doc, n), plainAt(doc, n - 1), plainAt(doc, n - 2)].join(" ");
    const factor = UNIT_TKR.test(said) ? 1000 : UNIT_KR.test(said) ? 1 : 0;
    if (factor === 0) return undefined;
    return { line: n, cells: cells.length, proposal: proposal[0]!, factor };
  }
  return undefined;
}

export function proposalTableGrants(
  doc: DocumentText,
  decisions: readonly Decision[],
  items: readonly AgendaItem[],
  read: readonly FactInput[],
): Allocation[] {
  const out: Allocation[] = [];
  for (const d of decisions) {
    if (d.outcome !== "approved" || !ADOPTS.test(d.text)) continue;
    const item = items.find((i) => i.ref === d.itemRef && !i.detached);
    if (!item || d.line <= item.bodyFrom) continue;
    const header = findHeader(doc, item.bodyFrom, d.line);
    if (!header) continue;
    const granted = new Set(
      read.filter((f) => f.table === "allocation" && f.item_ref === d.itemRef).map((f) => (f as Allocation).recipient),
    );
    for (let n = header.line + 1; n < d.line; n++) {
      const cells = cellsWithColumns(doc.lines[n - 1] ?? "").map((c) => c.text);
      if (cells.length === 0) break;
      const [label, ...rest] = cells as [string, ...string[]];
      if (TOTAL_LABEL.test(label)) break;
      if (cells.length !== header.cells || !/^\p{Lu}/u.test(label) || /\d/.test(label)) continue;
      const cell = rest[header.proposal - 1]!;
      if (!AMOUNT_CELL.test(cell) || d.text.includes(label) || granted.has(label)) continue;
      out.push({
        table: "allocation",
        item_ref: d.itemRef,
        recipient: label,
        year: yearOf(d),
        purpose: purposeOf(d),
        amount_sek: Number(cell.replace(/ /g, "")) * header.factor,
        intervention: null,
        period_start: d.periodStart,
        period_end: d.periodEnd,
        decision_ref: d.decisionRef,
        line: n,
        text: doc.at(n),
        section: "allocation",
        approximate: false,
      });
    }
  }
  return out;
}
