/**
 * Grants a decision makes "enligt bilaga n", their sums standing only in that appendix's table:
 *
 *   att fördela insatsmedel för 2027 enligt bilaga 2.
 *   …
 *   Bilaga 2  Fördelning av insatsmedel 2027 (kr)
 *
 *   Insats              Sökt belopp    Beviljat 2027
 *   Vägen                 2 400 000        2 250 000
 *   Bron                  1 200 000                0
 *   Totalt                3 600 000        2 250 000
 *
 * Read only where an approved decision's clause grants or distributes money ("bevilja", "fördela",
 * "tilldela", "anslå") "enligt bilaga n" / "(bilaga n)", the appendix's heading opens a line of its own
 * after the decision, and a header within three lines names its first column the interventions or
 * recipients and exactly one column the sum granted (`reference/concepts.ts` `decisionColumn` "amount":
 * "Beviljat 2027", "Beviljat belopp"; never "Sökt belopp", a budget or a proposal). Each row is a label and
 * as many cells as the header; a sum of 0 or an empty cell grants nothing; a Totalt/Summa row, where the
 * table has one, must equal the rows' sum or nothing is read. Bare figures take the unit the appendix's
 * title or header states ("(kr)", "tkr"); with none stated, nothing is read. The period is the year the
 * amount column or the clause names, the whole year. A decision postponed, rejected, referred back or
 * proposed reads no appendix. Pure.
 */
import type { FactInput } from "../../schema/facts.ts";
import type { DocumentText } from "../documentText.ts";
import { decisionColumn } from "../../reference/concepts.ts";
import { readUnit, scaleAmount, UNKNOWN_UNIT } from "../../reference/units.ts";
import { parseSwedishNumber } from "../numbers.ts";
import { plain } from "./minutesText.ts";
import type { Decision } from "./readDecisions.ts";

type Allocation = Extract<FactInput, { table: "allocation" }>;

/** A clause granting or distributing money by an appendix: "att fördela insatsmedel för 2027 enligt bilaga 2". */
const GRANTS_BY_APPENDIX =
  /(?<!\p{L})(?:bevilja|beviljas|fördela|fördelas|tilldela|tilldelas|anslå|anslås)(?!\p{L})[^.;]*?(?:enligt|i|se)\s+bilaga\s+(\d{1,2})(?!\d)/iu;
/** The first column of the appendix's table: the interventions or recipients. */
const LABEL_COLUMN = /^(?:insats|insatser|insatsens namn|projekt|verksamhet|mottagare|sökande|huvudman)$/i;
const TOTAL_ROW = /^(?:totalt|summa|total|sammanlagt)\b/i;
/** A bare figure in a cell: "2 250 000", "0", "1 204,5". */
const FIGURE = /^\d{1,3}(?: \d{3})*(?:,\d+)?$/;
const EMPTY = /^(?:|-|–|—|0)$/;

const cellsOf = (line: string) =>
  plain(line)
    .split(/\s{2,}/)
    .map((c) => c.trim())
    .filter((c) => c !== "");

export function appendixGrants(doc: DocumentText, decisions: readonly Decision[]): Allocation[] {
  const out: Allocation[] = [];
  for (const d of decisions) {
    if (d.outcome !== "approved" || !/bilaga/i.test(d.text)) continue;
    const clause = GRANTS_BY_APPENDIX.exec(d.text);
    if (!clause) continue;
    const read = readAppendix(doc, d, Number(clause[1]), clause[0]);
    if (read) out.push(...read);
  }
  return out;
}

function readAppendix(doc: DocumentText, d: Decision, number: number, clause: string): Allocation[] | undefined {
  const title = new RegExp(`^bilaga\\s+${number}(?!\\d)`, "i");
  let at: number | undefined;
  for (let n = d.line + 1; n <= doc.lineCount; n++)
    if (title.test(plain(doc.lines[n - 1] ?? ""))) {
      at = n;
      break;
    }
  if (at === undefined) return undefined;
  for (let h = at + 1; h <= Math.min(doc.lineCount, at + 3); h++) {
    const header = cellsOf(doc.lines[h - 1] ?? "");
    if (header.length < 2 || !LABEL_COLUMN.test(header[0]!)) continue;
    const kinds = header.map((c, k) => (k === 0 ? undefined : decisionColumn(c)));
    const amountAt = kinds.flatMap((k, i) => (k === "amount" ? [i] : []));
    if (amountAt.length !== 1) return undefined;
    const col = amountAt[0]!;
    const unit = readUnit(header[col]!) ?? readUnit(plain(doc.lines[at - 1] ?? ""));
    if (!unit || unit.unit === UNKNOWN_UNIT) return undefined;
    // "Beviljat per månad": a rate, no year's grant. "för perioden 2026-07-01–2027-06-30", "för 2027–2028":
    // a period that is not one calendar year. "Beviljat 2026" beside a clause for 2027: another year's
    // grant (last year's, set beside this year's proposal), not this decision's.
    if (/(?<!\p{L})(?:per|i|\/)\s*(?:månad|mån|kvartal|vecka|dag|timme)(?!\p{L})|månadsbelopp/iu.test(header[col]!))
      return undefined;
    const clauseYears = [...new Set(clause.match(/(?<!\d)20\d\d(?!\d)/g) ?? [])];
    if (/(?<!\d)20\d\d-\d\d-\d\d(?!\d)/.test(clause) || clauseYears.length > 1) return undefined;
    const columnYear = /(?<!\d)(20\d\d)(?!\d)/.exec(header[col]!)?.[1];
    if (columnYear && clauseYears.length === 1 && clauseYears[0] !== columnYear) return undefined;
    const year = columnYear ?? clauseYears[0];
    const rows: { label: string; sek: number; line: number }[] = [];
    let total: number | undefined;
    for (let r = h + 1; r <= doc.lineCount; r++) {
      const raw = doc.lines[r - 1] ?? "";
      if (raw.trim() === "") break;
      const cells = cellsOf(raw);
      // Every row a label and as many cells as the header: an empty cell or a wrapped label leaves it unread.
      if (cells.length !== header.length || cells.slice(1).some((c) => !FIGURE.test(c) && !EMPTY.test(c)))
        return undefined;
      const cell = cells[col]!;
      const value = EMPTY.test(cell) ? 0 : parseSwedishNumber(cell);
      if (value === null) return undefined;
      const sek = scaleAmount(value, unit.unit, /,(\d+)$/.exec(cell)?.[1]?.length ?? 0).sek;
      if (TOTAL_ROW.test(cells[0]!)) {
        total = sek;
        break;
      }
      rows.push({ label: cells[0]!, sek, line: r });
    }
    if (rows.length === 0) return undefined;
    if (total !== undefined && rows.reduce((s, x) => s + x.sek, 0) !== total) return undefined;
    return rows
      .filter((x) => x.sek > 0)
      .map((x) => ({
        table: "allocation" as const,
        item_ref: d.itemRef,
        // The appendix names the intervention the money goes to; who runs it, it does not say.
        recipient: x.label,
        year: year ? Number(year) : null,
        purpose: null,
        amount_sek: x.sek,
        intervention: x.label,
        period_start: year ? `${year}-01-01` : null,
        period_end: year ? `${year}-12-31` : null,
        decision_ref: d.decisionRef,
        line: x.line,
        text: doc.at(x.line),
        section: "allocation",
        approximate: false,
      }));
  }
  return undefined;
}
