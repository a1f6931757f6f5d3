/**
 * A table with a row per member and the members' fee as one of its columns, among others that
 * are no money of the federation's ("Nyckeltal per medlemskommun 2024" / "Kommun  Invånare
 * Medlemsavgift, kr  Kr per invånare  Deltagare …"): the fee column is the one whose header names
 * a fee and its unit; each member row's cell in it is that member's contribution.
 *
 * Cells are set apart by wide gaps, one per header cell, in every row. Stored only where the
 * caption right above names the report's year and no other, every row above the total names a
 * member (by name, or a place alone under a member title such as "Kommun"), and the members'
 * fees add up to the Totalt/Summa row's. Pure.
 */
import { readUnit, scaleAmount, UNKNOWN_UNIT } from "../../reference/units.ts";
import { unknownUnit } from "../findings.ts";
import type { FactInput, FindingInput } from "../../schema/facts.ts";
import { clean, mergeOutputs, type DocumentText, type ParseOutput } from "../documentText.ts";
import { parseMemberCards } from "./memberCards.ts";
import { bareMemberName, memberOf, TOTAL_ROW } from "./parseMemberContributions.ts";

const SECTION = "general:member_contributions";
/** The label column's title: the rows are members. */
const MEMBER_TITLE = /^(kommun|medlemskommun|medlem|part|huvudman)$/i;
/** A header cell naming the members' fee with its unit: "Medlemsavgift, kr", "Medlemsbidrag (tkr)". */
const FEE_CELL = /^(?:medlemsavgift|medlemsbidrag|avgift|bidrag)(?:\s+(?:19|20)\d\d)?\s*[,(]/i;
const AMOUNT = /^-?\d{1,3}(?: \d{3})*$/;

const cellsOf = (raw: string) => raw.trim().split(/ {2,}|\t/);

export function parseFeeColumnTables(doc: DocumentText): ParseOutput {
  const facts: FactInput[] = [];
  const findings: FindingInput[] = [];
  for (let h = 2; h <= doc.lineCount; h++) {
    const raw = doc.lines[h - 1] ?? "";
    // Cheap first: most lines name no fee.
    if (!/avgift|bidrag/i.test(raw)) continue;
    const header = cellsOf(raw);
    const fee = header.findIndex((c) => FEE_CELL.test(c));
    if (fee < 1 || !MEMBER_TITLE.test(header[0]!)) continue;
    const unit = readUnit(header[fee]!);
    const caption = doc.at(h - 1);
    const years = caption.match(/\b(?:19|20)\d\d\b/g) ?? [];
    if (!unit || years.length !== 1 || Number(years[0]) !== doc.periodYear) continue;
    if (/budget|plan|prognos|förslag/i.test(caption + " " + header[fee])) continue;
    if (unit.unit === UNKNOWN_UNIT) {
      findings.push(unknownUnit(SECTION, h, unit.written, `the fee column "${header[fee]}"`));
      continue;
    }
    const known = unit.unit;
    const rows: { member: string; amount: number; line: number }[] = [];
    let total: number | undefined;
    for (let n = h + 1; n <= doc.lineCount && doc.at(n) !== ""; n++) {
      const cells = cellsOf(doc.lines[n - 1] ?? "");
      if (cells.length !== header.length || !AMOUNT.test(cells[fee]!)) break;
      const amount = Number(cells[fee]!.replace(/ /g, ""));
      const label = clean(cells[0]!);
      if (TOTAL_ROW.test(label)) {
        total = amount;
        break;
      }
      const member = memberOf(label) ?? bareMemberName(label);
      if (!member) break;
      rows.push({ member, amount, line: n });
    }
    if (total === undefined || rows.length < 2 || rows.reduce((a, r) => a + r.amount, 0) !== total) continue;
    for (const r of rows)
      facts.push({
        table: "member_contribution",
        year: doc.periodYear,
        basis: "actual",
        member: r.member,
        amount_sek: scaleAmount(r.amount, known).sek,
        line: r.line,
        text: doc.at(r.line),
        section: SECTION,
        approximate: false,
      });
  }
  // A card per member ("MEDLEMSKORT | Åby kommun") with its fee: the same fees, one member a block.
  return mergeOutputs([{ facts, findings, coverage: [] }, parseMemberCards(doc)]);
}
