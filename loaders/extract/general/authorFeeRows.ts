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
import { ownFederation, namesFederation, type OwnFederation } from "./federationNames.ts";
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
  // (or a fee column of a year, over a row that may name it).
  if (
    !doc.lines.some((l) =>
      /(?:bidrag|avgift)\S*\s+(?:till|för)\s+(?:samordnings|finsam)|(?:avgift\S*|medlemsbidrag)\s+(?:19|20)\d\d\b/iu.test(
        l,
      ),
    )
  )
    return none;
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
    if (!m || row.values.length === 0) {
      facts.push(...namedRowOfFees(doc, n, federation, member));
      continue;
    }
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

/** A cell holding one amount: "414 000", "+16 000", "−2 500", "1 260,5". */
const AMOUNT_CELL = /^[+−-]?\d{1,3}(?:[ \u00a0]\d{3})*(?:,\d+)?$/u;
/**
 * "Avgift 2025", "Medlemsavgift 2024", "Medlemsbidrag 2026": a fee's column for its year. A bare
 * "Bidrag 2025" may be money the member received (a grant from the federation): never a fee.
 */
const FEE_YEAR_CELL = /^(?:(?:medlems)?(?:avgift|avgifter)|medlemsbidrag)\s+((?:19|20)\d\d)$/iu;

/**
 * A member's table of the fees it pays to each body it belongs to ("Tabell 6.1 Avgifter till
 * organisationer (kronor)" / "Organisation  Avgift 2025  Avgift 2024  Förändring"), one row the
 * document's own federation named in full ("Samordningsförbundet X  414 000  398 000  +16 000"):
 * each fee column's amount is the member's fee of its year. The header must name a fee in every
 * year's cell, place every value of the row, and a unit must be stated on the header or the
 * caption over it; a change column is never read. Another federation's row is not ours.
 */
function namedRowOfFees(doc: DocumentText, n: number, federation: OwnFederation, member: string): FactInput[] {
  // The row's cells as laid out: its label, then a number in each ("+16 000" a change, read as a cell).
  const [label = "", ...rest] = (doc.lines[n - 1] ?? "").trim().split(/ {2,}|\t/);
  if (!/förbund/iu.test(label) || !namesFederation(label.trim(), federation) || rest.length === 0) return [];
  if (!rest.every((c) => AMOUNT_CELL.test(c.trim()))) return [];
  const row = {
    values: rest.map((c) =>
      Number(
        c
          .trim()
          .replace(/[\s\u00a0+]/g, "")
          .replace("−", "-")
          .replace(",", "."),
      ),
    ),
  };
  for (let k = n - 1; k >= Math.max(1, n - HEADER_REACH); k--) {
    const raw = doc.lines[k - 1] ?? "";
    if (raw.trim() === "") return [];
    const cells = raw.trim().split(/ {2,}|\t/);
    const years = cells.map((c) => FEE_YEAR_CELL.exec(c.trim())?.[1]);
    if (!years.some(Boolean)) continue;
    // The label column's title ("Organisation", "Förbund") stands first, no column of its own.
    const columns = years[0] === undefined && !/\d/.test(cells[0]!) ? years.slice(1) : years;
    if (columns.length !== row.values.length) return [];
    const stated = readUnit(raw) ?? captionUnit(doc, k);
    if (!stated || stated.unit === UNKNOWN_UNIT) return [];
    // Money coming in ("Intäkter", "Avgifter från …", "erhållna"): the member's income, never a fee it paid.
    if (RECEIVED.test(captionAbove(doc, k))) return [];
    return columns.flatMap((y, c) => {
      if (y === undefined) return [];
      const year = Number(y);
      const v = row.values[c]!;
      return [
        {
          table: "member_contribution" as const,
          year,
          basis: year > doc.periodYear ? ("budget" as const) : ("actual" as const),
          member,
          amount_sek: scaleAmount(v, stated.unit as StatementUnit, decimalsOfValue(v)).sek,
          line: n,
          text: doc.at(n),
          section: SECTION,
          approximate: false,
        },
      ];
    });
  }
  return [];
}

/** A caption of money the member receives. */
const RECEIVED = /intäkt|(?<!\p{L})från(?!\p{L})|erhåll|mottag/iu;

/** The caption over a header: the nearest line above it with words, past one blank line ("" where none). */
function captionAbove(doc: DocumentText, header: number): string {
  for (let k = header - 1; k >= Math.max(1, header - 3); k--) if (doc.at(k) !== "") return doc.at(k);
  return "";
}

/** The unit the caption over a header states: the nearest line above it, past one blank line. */
function captionUnit(doc: DocumentText, header: number): ReturnType<typeof readUnit> {
  for (let k = header - 1, blanks = 0; k >= Math.max(1, header - 3); k--) {
    const t = doc.at(k);
    if (t === "") {
      if (++blanks > 1) return null;
      continue;
    }
    return readUnit(t);
  }
  return null;
}
