/**
 * A members' fee table in layout text with no heading of its own, under the decision that sets it
 * ("att medlemmarnas bidrag för 2026 fördelas enligt tabellen nedan." over "Medlem  Invånare
 * 2024-11-01  Andel  Bidrag 2026, kr"): the header names the members' column first and, last, one
 * fee column per year; the columns between (a population, a share, a change) are never read. A
 * row's fees are its last cells, each standing under its fee column's header (right-aligned
 * figures end within it). Stored only where every members' row names a member, the members add up
 * to the Totalt row in every fee column, and the year is after the minutes' own (a budget: the
 * meeting's own year may be fees paid or planned, unsure), in kronor only (a caption or header
 * stating another unit, or a total under 100 000, stores nothing). A member's name may wrap onto the next
 * line, its fees on the second.
 */
import type { FactInput } from "../../schema/facts.ts";
import type { DocumentText } from "../documentText.ts";
import { memberOf, TOTAL_ROW } from "../general/parseMemberContributions.ts";
import { cellsWithColumns, plainAt } from "./minutesText.ts";
import { readUnit } from "../../reference/units.ts";

/** The members' column's head. */
const LABEL_HEAD = /^(?:medlem(?:mar)?|part(?:er)?|huvudman|huvudmän|medlemsorganisation)$/i;
/** A fee column of one year: "Bidrag 2026, kr", "Avgift 2026", "Medlemsavgift 2026 (kr)", "2026". */
const FEE_HEAD = /^(?:(?:medlems)?(?:avgift|bidrag)(?:er)?\s+)?((?:19|20)\d\d)(?:\s*,?\s*\(?(?:kr|kronor)\)?)?$/i;
/** Columns beside the fees that are never a member's fee. */
const OTHER_HEAD = /^(?:andel(?:\s*%)?|%|invånare.*|folkmängd.*|förändring.*|kr per invånare|ökning.*)$/i;
/** A fee as a row writes it, in kronor: "6 600 000", "973 000". */
const FEE_CELL = /^\d{1,3}(?: \d{3})*$/;

interface Column {
  year: number;
  start: number;
  end: number;
}

/** The fee columns of a header line, or undefined where the line is no such header. */
function feeHeader(raw: string): Column[] | undefined {
  const cells = cellsWithColumns(raw);
  if (cells.length < 2 || !LABEL_HEAD.test(cells[0]!.text)) return undefined;
  const columns: Column[] = [];
  for (const [k, c] of cells.entries()) {
    if (k === 0) continue;
    const fee = FEE_HEAD.exec(c.text);
    if (fee) columns.push({ year: Number(fee[1]), start: c.column, end: c.column + c.text.length });
    // A column not a fee's, after a fee column, leaves the fees not last: no table of this shape.
    else if (!OTHER_HEAD.test(c.text) || columns.length > 0) return undefined;
  }
  return columns.length > 0 ? columns : undefined;
}

export function layoutFeeTables(doc: DocumentText): FactInput[] {
  const facts: FactInput[] = [];
  for (let n = 1; n < doc.lineCount; n++) {
    // Cheap first: the header names the members' column at the margin.
    if (!/^\s*(?:medlem|part|huvudm)/i.test(doc.lines[n - 1] ?? "")) continue;
    const columns = feeHeader(doc.lines[n - 1]!);
    if (!columns) continue;
    // The fees are read in kronor: a unit stated on the header or the caption above it must say so.
    const stated = [n - 2, n - 1, n].map((k) => (k >= 1 ? readUnit(plainAt(doc, k)) : null)).find(Boolean);
    if (stated && stated.unit !== "kr") continue;
    const rows: { member: string | null; total: boolean; fees: number[]; line: number }[] = [];
    let k = n + 1;
    /** A member's name wrapped over two lines ("Försäkringskassan och" / "Arbetsförmedlingen (staten)  3 250 000"). */
    let wrapped = "";
    for (; k <= doc.lineCount && plainAt(doc, k) !== ""; k++) {
      const cells = cellsWithColumns(doc.lines[k - 1]!);
      if (cells.length === 1 && cells[0]!.column === 0 && !/\d/.test(cells[0]!.text) && wrapped === "") {
        wrapped = cells[0]!.text;
        continue;
      }
      const fees = cells.slice(-columns.length);
      // Each fee under its own column: its figure ends within the header's cell.
      const placed =
        cells.length > columns.length &&
        fees.every(
          (c, i) =>
            FEE_CELL.test(c.text) &&
            c.column + c.text.length >= columns[i]!.start &&
            c.column + c.text.length <= columns[i]!.end + 1,
        );
      if (!placed) break;
      const label = wrapped ? `${wrapped} ${cells[0]!.text}` : cells[0]!.text;
      wrapped = "";
      rows.push({
        member: memberOf(label),
        total: TOTAL_ROW.test(label),
        fees: fees.map((c) => Number(c.text.replace(/ /g, ""))),
        line: k,
      });
    }
    n = k;
    const total = rows.find((r) => r.total);
    const members = rows.filter((r) => !r.total);
    // A total under 100 000 kronor is a table in a unit no line states (thousands): nothing is stored.
    if (!total || members.length < 2 || members.some((r) => r.member === null)) continue;
    if (total.fees.some((f) => f < 100_000)) continue;
    if (!columns.every((_, i) => members.reduce((a, r) => a + r.fees[i]!, 0) === total.fees[i])) continue;
    for (const r of members)
      columns.forEach((c, i) => {
        if (c.year <= doc.periodYear || r.fees[i]! <= 0) return;
        facts.push({
          table: "member_contribution",
          year: c.year,
          basis: "budget",
          member: r.member!,
          amount_sek: r.fees[i]!,
          line: r.line,
          text: doc.at(r.line),
          section: "minutes:fee_table",
          approximate: false,
        });
      });
  }
  return facts;
}
