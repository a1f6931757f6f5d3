/**
 * A member's own table of the joint bodies it pays into, as a municipality's or a region's annual
 * report or accounts set it out ("Bidrag till kommunalförbund och samordningsförbund" over
 * "Belopp i tkr   Utfall 2025   Budget 2025   Utfall 2024", one row per body: a fire and rescue
 * federation, samordningsförbund, a school federation, a Summa). Only the row naming the
 * document's own federation (`federationNames.ts`) is read, and only its cell under the outcome
 * column of the report's year: the author's contribution to the federation that year. The budget
 * column, an earlier year's column, the other bodies' rows and the Summa are never read.
 *
 * The author is the member the document's head names ("ÖSTRANGE KOMMUN", "Lindmo kommun – Bokslut
 * 2024"; `federationRows.ts` `authorOf`); with no such head nothing is stored. Cells are placed
 * under the header's cells by position, in a table drawn with pipes by their order; the unit is the
 * one the header's label cell, the caption or the lead sentence right above states ("Belopp i tkr",
 * "(mnkr)", "… i kronor"), never guessed. Where a Summa row stands under the bodies, the outcome
 * column must add up to it, else the table's cells are not trusted and nothing is stored. Pure.
 */
import { readUnit, UNIT_FACTOR, UNKNOWN_UNIT } from "../../reference/units.ts";
import { TOTAL_LABEL } from "../../reference/rowLabels.ts";
import type { FactInput, FindingInput } from "../../schema/facts.ts";
import type { DocumentText, ParseOutput } from "../documentText.ts";
import { unknownUnit, unreadNumber } from "../findings.ts";
import { parseSwedishNumber } from "../numbers.ts";
import { ownFederation, namesFederation } from "./federationNames.ts";
import { authorOf } from "./federationRows.ts";
import { cellUnder, gridLines, placedCells, type PlacedCell } from "./layoutGrid.ts";

const SECTION = "general:joint_authority_rows";
/** A header cell naming a basis and a year: "Utfall 2025", "Bokslut 2024", "Budget 2025". */
const BASIS_YEAR = /^(utfall|bokslut|redovisat|budget|budgeterat)\s+((?:19|20)\d\d)$/i;
/** The cheap test a header line must pass first: a basis word and a year on it. */
const BASIS_CUE = /(?:utfall|bokslut|redovisat|budget)\s+(?:19|20)\d\d/i;
/** A body the municipality pays into, named in a row: a federation of any kind, a rescue service. */
const JOINT_BODY = /förbund|räddningstjänst|finsam|\bnämnd\b/i;
/** A deviation or change column after the basis-year columns: placed so its cells stand somewhere, never read. */
const DEVIATION = /^(?:avvikelse|avvikelser|diff|differens|förändring|\+\/-|\+\/–)(?:\s.*)?$/i;
/** A header's second line of units alone under its columns: "(kr)   (kr)   (kr)". */
const UNIT_CELL = /^\(?(?:kr|tkr|mkr|mnkr|kronor|tusen kronor)\)?$/i;
/** A rule under a Markdown header: "|---|---:|". */
const RULE = /^[\s|:=+-]*$/;

interface Column {
  cell: PlacedCell;
  budget: boolean;
  year: number;
}

/** The header's basis-year columns after one label cell (empty or words), or undefined. */
function headerColumns(cells: readonly PlacedCell[]): { label: PlacedCell | undefined; columns: Column[] } | undefined {
  const first = BASIS_YEAR.test(cells[0]?.text ?? "") ? 0 : 1;
  if (first === 1 && /\d/.test(cells[0]?.text ?? "")) return undefined;
  const columns: Column[] = [];
  const heads = cells.slice(first);
  for (const [i, cell] of heads.entries()) {
    const m = BASIS_YEAR.exec(cell.text);
    // "Avvikelse", "Diff", "+/-" closing the header: a column placed, never read.
    if (!m && i === heads.length - 1 && i > 0 && DEVIATION.test(cell.text)) {
      columns.push({ cell, budget: true, year: NaN });
      continue;
    }
    if (!m) return undefined;
    columns.push({ cell, budget: /^budget/i.test(m[1]!), year: Number(m[2]) });
  }
  return columns.filter((c) => !Number.isNaN(c.year)).length >= 2
    ? { label: first === 1 ? cells[0] : undefined, columns }
    : undefined;
}

/** The row's cells after its label, each under the header column it stands beneath (by order in a pipe table). */
function placeRow(
  row: readonly PlacedCell[],
  header: readonly PlacedCell[],
  columns: readonly Column[],
  piped: boolean,
): (string | undefined)[] | undefined {
  const values = row.slice(1);
  if (piped) return values.length === columns.length ? values.map((c) => c.text) : undefined;
  const out: (string | undefined)[] = columns.map(() => undefined);
  for (const c of values) {
    const at = cellUnder(header, c);
    const k = columns.findIndex((col) => col.cell === header[at ?? -1]);
    if (k < 0 || out[k] !== undefined) return undefined;
    out[k] = c.text;
  }
  return out;
}

/** The unit the table states: its label cell, else the caption or lead within three lines above. */
function tableUnit(doc: DocumentText, header: number, label: PlacedCell | undefined) {
  const own = label ? readUnit(label.text) : null;
  if (own) return own;
  for (let n = header - 1, seen = 0; n >= 1 && seen < 3; n--) {
    const t = doc.at(n);
    if (t === "") continue;
    seen++;
    const u = readUnit(t);
    if (u) return u;
  }
  return null;
}

export function parseJointAuthorityRows(doc: DocumentText): ParseOutput {
  const facts: FactInput[] = [];
  const findings: FindingInput[] = [];
  const federationId = ownFederation(doc);
  const grid = gridLines(doc);
  let author: string | null | undefined;
  for (let n = 1; n < doc.lineCount; n++) {
    const raw = grid[n - 1] ?? "";
    // Cheap first: a basis and a year on the line.
    if (!BASIS_CUE.test(raw)) continue;
    const header = placedCells(raw);
    const head = headerColumns(header);
    if (!head) continue;
    const actual = head.columns.findIndex((c) => !c.budget && c.year === doc.periodYear);
    if (actual < 0 || head.columns.some((c) => c.year > doc.periodYear + 1)) continue;
    // The bodies' rows, a wrapped name's second line joined to the row above it, until the table ends.
    const rows: { label: string; cells: (string | undefined)[]; line: number }[] = [];
    const piped = doc.lines[n - 1]!.includes("|");
    let broken = false;
    let unitLine: ReturnType<typeof readUnit> = null;
    for (let r = n + 1; r <= doc.lineCount; r++) {
      const line = grid[r - 1] ?? "";
      if (piped && RULE.test(doc.lines[r - 1]!) && doc.lines[r - 1]!.includes("-")) continue;
      const cells = placedCells(line);
      if (cells.length === 0) break;
      // "(kr)   (kr)   (kr)" right under the header: the columns' one unit, no row.
      if (r === n + 1 && cells.every((c) => UNIT_CELL.test(c.text))) {
        const units = new Set(cells.map((c) => readUnit(c.text)?.unit));
        unitLine = units.size === 1 ? readUnit(cells[0]!.text) : null;
        broken ||= units.size !== 1;
        continue;
      }
      if (cells.length === 1 && /^\p{L}[\p{L} -]*$/u.test(cells[0]!.text) && rows.length > 0 && /^\s{2,}/.test(line)) {
        rows.at(-1)!.label += ` ${cells[0]!.text}`;
        continue;
      }
      if (cells.length < 2 || !/\p{L}/u.test(cells[0]!.text)) break;
      const placed = placeRow(cells, header, head.columns, piped);
      if (!placed) {
        broken = true;
        break;
      }
      rows.push({ label: cells[0]!.text, cells: placed, line: r });
    }
    const own = rows.filter((row) => namesFederation(row.label, federationId));
    // A table of joint bodies: the own federation's row once, beside at least one other body.
    if (own.length !== 1 || !rows.some((row) => row !== own[0] && JOINT_BODY.test(row.label))) continue;
    const row = own[0]!;
    const text = doc.at(row.line);
    const unread = (message: string) =>
      findings.push(unreadNumber({ subject: SECTION, line: row.line, value: text, message }));
    if (broken) {
      unread(
        "the federation's row in a member's table of joint bodies: a row's cells do not stand under the header's; not stored",
      );
      continue;
    }
    author ??= authorOf(doc, "kommunens") ?? authorOf(doc, "regionens") ?? null;
    if (!author) {
      unread("the federation's row in a table of joint bodies: no member's head names who pays; not stored");
      continue;
    }
    const unit = unitLine ?? tableUnit(doc, n, head.label);
    if (!unit) {
      unread("the federation's row in a member's table of joint bodies: the table states no unit; not stored");
      continue;
    }
    if (unit.unit === UNKNOWN_UNIT) {
      findings.push(
        unknownUnit(SECTION, row.line, unit.written, "the federation's row in a member's table of joint bodies"),
      );
      continue;
    }
    const value = parseSwedishNumber((row.cells[actual] ?? "").replace(/\u2212/g, "-"));
    if (value === null || value <= 0) continue;
    // A Summa under the bodies must be the outcome column's sum: the cells were placed right.
    const total = rows.find((x) => TOTAL_LABEL.test(x.label));
    if (total) {
      const column = rows.map((x) => x.cells[actual] ?? "");
      const parts = rows.filter((x) => x !== total).map((x) => parseSwedishNumber(x.cells[actual] ?? ""));
      const sum = parts.reduce<number>((a, v) => a + (v ?? NaN), 0);
      const written = parseSwedishNumber(total.cells[actual] ?? "");
      // Each cell rounds to half its last digit: together they bound the difference.
      const decimals = Math.max(0, ...column.map((c) => /,(\d+)$/.exec(c)?.[1]?.length ?? 0));
      if (written === null || Number.isNaN(sum) || Math.abs(sum - written) > 0.5 * parts.length * 10 ** -decimals) {
        unread(
          `the federation's row in a member's table of joint bodies: the outcome column does not add up to its ${total.label} row; not stored`,
        );
        continue;
      }
    }
    facts.push({
      table: "member_contribution",
      year: doc.periodYear,
      basis: "actual",
      member: author,
      amount_sek: Math.round(value * UNIT_FACTOR[unit.unit]),
      line: row.line,
      text,
      section: SECTION,
      approximate: false,
      ...(total ? { confirmed_by: ["table_total"] } : {}),
    });
  }
  return { facts, findings, coverage: [] };
}
