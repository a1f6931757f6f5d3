/**
 * A member's own report that pays the federation's fee as one row of its cost table (a committee's
 * "Driftredovisning, mnkr" / "Verksamhet  Budget 2025  Utfall 2025  Avvikelse  Utfall 2024" /
 * "Bidrag till Samordningsförbundet X  1,6  1,6  0,0  1,5"): the row's amount columns are the fee
 * of the member the document's head names ("ÅBY KOMMUN", "Region X"), each by its column's year
 * and basis. Only a row naming the document's own federation as the receiver (never another
 * federation, never "samordningsförbund" in general), under a header laid out in columns that
 * places every cell of the row, with a stated unit; the deviation column and any column the header
 * cannot name are never read. No head naming a member, no fee. Pure.
 */
import { decimalsOfValue, scaleAmount, readUnit, UNKNOWN_UNIT, type StatementUnit } from "../../reference/units.ts";
import type { FactInput } from "../../schema/facts.ts";
import { splitLabelledRow, type DocumentText, type ParseOutput } from "../documentText.ts";
import { parseColumnHeader } from "./columnHeaders.ts";
import { authorOf } from "./federationRows.ts";
import { ownFederation, namesFederation } from "./federationNames.ts";
import { memberOf } from "./parseMemberContributions.ts";

const SECTION = "general:member_contributions";
/** "Bidrag till Samordningsförbundet X", "Medlemsavgift till Finsam X", "Avgift till samordningsförbundet". */
const FEE_ROW =
  /^(?:medlems)?(?:bidrag|avgift|avgifter)\s+(?:till|för)\s+((?:samordningsförbundet|finsamförbundet|finsam)(?:\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})?)$/iu;
/** How far above the row its header may stand. */
const HEADER_REACH = 12;

export function parseAuthorFeeRows(doc: DocumentText): ParseOutput {
  const none: ParseOutput = { facts: [], findings: [], coverage: [] };
  // Cheap first: a document naming no fee to a federation has no such row.
  if (!doc.lines.some((l) => /(?:bidrag|avgift)\S*\s+(?:till|för)\s+(?:samordnings|finsam)/iu.test(l))) return none;
  const author = authorOf(doc, "kommunens") ?? authorOf(doc, "regionens");
  const member = author === undefined ? null : memberOf(author);
  if (member === null) return none;
  const federation = ownFederation(doc);
  const facts: FactInput[] = [];
  for (let n = 1; n <= doc.lineCount; n++) {
    const raw = doc.lines[n - 1] ?? "";
    if (!/samordnings|finsam/i.test(raw)) continue;
    const row = splitLabelledRow(raw);
    const m = FEE_ROW.exec(row.label.trim());
    if (!m || row.values.length === 0) continue;
    // The receiver named is ours: "samordningsförbundet" alone in a member's report is its one federation.
    const receiver = m[1]!.trim();
    if (/\s/.test(receiver) && !namesFederation(receiver, federation)) continue;
    const found = headerAbove(doc, n);
    if (!found) continue;
    const { header, unit } = found;
    if (header.valueColumns.length !== row.values.length) continue;
    header.valueColumns.forEach((c, k) => {
      if (c.kind !== "amount") return;
      const v = row.values[k]!;
      facts.push({
        table: "member_contribution",
        year: c.year,
        basis: c.year > doc.periodYear ? "budget" : c.basis,
        member,
        amount_sek: scaleAmount(v, unit, decimalsOfValue(v)).sek,
        line: n,
        text: doc.at(n),
        section: SECTION,
        approximate: false,
      });
    });
  }
  return { facts, findings: [], coverage: [] };
}

/** The column header nearest above a row, laid out in columns, and the unit it or the caption over it states. */
function headerAbove(
  doc: DocumentText,
  row: number,
): { header: NonNullable<ReturnType<typeof parseColumnHeader>>; unit: StatementUnit } | undefined {
  for (let k = row - 1; k >= Math.max(1, row - HEADER_REACH); k--) {
    const raw = doc.lines[k - 1] ?? "";
    if (raw.trim() === "") return undefined;
    if (!/(?:19|20)\d\d/.test(raw) || !/ {2,}|\t/.test(raw.trim())) continue;
    // The label column's title stands first ("Verksamhet", "Post"): the columns are the cells after it.
    const cells = raw.trim().split(/ {2,}|\t/);
    const header = parseColumnHeader(cells.slice(1).join("   ")) ?? parseColumnHeader(raw);
    if (!header) continue;
    const stated = readUnit(raw) ?? (k > 1 ? readUnit(doc.at(k - 1)) : undefined);
    if (!stated || stated.unit === UNKNOWN_UNIT) return undefined;
    return { header, unit: stated.unit as StatementUnit };
  }
  return undefined;
}
