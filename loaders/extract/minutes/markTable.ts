/**
 * An attendance table of x marks laid out in columns: a name column, the member body (and the party),
 * then columns each answered by a mark ("Namn  Representerar  Tjänstgör  Ersättare", "Namn  Organisation
 * Ledamot  Ersättare  Beslutande"). What each mark says comes from its column's header: a role column
 * ("Ledamot", "Ordinarie", "Ersättare") gives the person's role, a deciding column ("Tjänstgör",
 * "Tjänstgörande", "Beslutande") whether they served, a presence column ("Närvarande") whether they were
 * there. A deputy with a mark in the deciding column served, one without did not.
 *
 * Only a table whose every row sets each cell under its header's column (a text layer that kept the
 * layout): a mark is told from the next one by where it stands, so a row whose cells moved (a PDF's text
 * with its gaps closed up) leaves the whole table to the other readers. Pure.
 */
import { cellsWithColumns, isPipeRow, PERSON_NAME, rowCells } from "./minutesText.ts";

type MarkColumn = "member" | "deputy" | "serving" | "present";
type TextColumn = "name" | "body" | "party";

interface Column {
  kind: MarkColumn | TextColumn;
  start: number;
  /** The header word's length: a mark stands under it. */
  width: number;
}

export interface MarkTable {
  columns: Column[];
  /** A table drawn with pipes ("| Namn | Representerar | Tjänstgör | Ersättare |"): each cell is its column by its place. */
  piped?: true;
}

const NAME_HEAD = /^(?:namn|ledamot\/ersättare|ledamöter och ersättare|deltagare|person)$/i;
const TEXT_HEADS: [RegExp, TextColumn][] = [
  [/^(?:representerar|tillhörighet|organisation|medlem|huvudman|part|medlemsorganisation|myndighet)$/i, "body"],
  [/^parti$/i, "party"],
];
const MARK_HEADS: [RegExp, MarkColumn][] = [
  [/^(?:ledamot|ordinarie|ordinarie ledamot)$/i, "member"],
  [/^(?:ersättare|suppleant)$/i, "deputy"],
  [/^(?:tjänstgör|tjänstgörande|tjänstgjorde|beslutande|tjg\.?)$/i, "serving"],
  [/^(?:närvarande|närvaro|närv\.?)$/i, "present"],
];
/** A cell that is a person's name and nothing else. */
const WHOLE_NAME = new RegExp(`^(?:${PERSON_NAME.source})$`, "u");
/** A mark saying yes. */
const MARK = /^[xX✓✔]$/u;
/** How far a cell may stand from its header's start and still be under it. */
const SLACK = 2;

/**
 * The header of a table of marks: a name column first, the member body or party after it, then two
 * mark columns or more, a role column for deputies among them (without it a deputy reads as a member).
 */
export function markTableHeader(raw: string): MarkTable | undefined {
  const piped = raw.includes("|");
  if (piped && !isPipeRow(raw)) return undefined;
  const cells = piped ? rowCells(raw) : cellsWithColumns(raw.replace(/\t/g, "  "));
  if (cells.length < 4 || !NAME_HEAD.test(cells[0]!.text)) return undefined;
  const columns: Column[] = [{ kind: "name", start: cells[0]!.column, width: cells[0]!.text.length }];
  let marks = false;
  for (const c of cells.slice(1)) {
    const text = TEXT_HEADS.find(([re]) => re.test(c.text))?.[1];
    const mark = MARK_HEADS.find(([re]) => re.test(c.text))?.[1];
    // The body and party columns come before the marks.
    if (text && !marks) columns.push({ kind: text, start: c.column, width: c.text.length });
    else if (mark) {
      if (columns.some((k) => k.kind === mark)) return undefined;
      marks = true;
      columns.push({ kind: mark, start: c.column, width: c.text.length });
    } else return undefined;
  }
  const markColumns = columns.filter((c) => MARK_HEADS.some(([, kind]) => kind === c.kind));
  if (markColumns.length < 2 || !columns.some((c) => c.kind === "deputy")) return undefined;
  return piped ? { columns, piped } : { columns };
}

export interface MarkEntry {
  person: string;
  member: string | null;
  role: "member" | "deputy";
  serving: boolean | null;
  line: number;
}

/** The column a cell stands under: a text cell at its header's start, a mark within its header word. */
function columnOf(table: MarkTable, cell: { text: string; column: number }): Column | undefined {
  if (MARK.test(cell.text))
    return table.columns.find(
      (c) => !isText(c) && cell.column >= c.start - SLACK && cell.column <= c.start + c.width + SLACK - 1,
    );
  return table.columns.find((c) => isText(c) && Math.abs(cell.column - c.start) <= SLACK);
}

/** A laid-out row's cells by the column each stands under; undefined where one stands under none, or two under one. */
function placedCells(raw: string, table: MarkTable): Map<Column["kind"], string> | undefined {
  const placed = new Map<Column["kind"], string>();
  for (const cell of cellsWithColumns(raw)) {
    const column = columnOf(table, cell);
    if (!column || placed.has(column.kind)) return undefined;
    placed.set(column.kind, cell.text);
  }
  return placed;
}

/** A pipe row's cells by their place; undefined where the row has another count of cells, or a mark column holds a word. */
function pipedCells(raw: string, table: MarkTable): Map<Column["kind"], string> | undefined {
  if (!isPipeRow(raw)) return undefined;
  const cells = rowCells(raw);
  if (cells.length !== table.columns.length) return undefined;
  const placed = new Map<Column["kind"], string>();
  for (const [k, cell] of cells.entries()) {
    const column = table.columns[k]!;
    if (cell.text === "") continue;
    if (!isText(column) && !MARK.test(cell.text)) return undefined;
    placed.set(column.kind, cell.text);
  }
  return placed;
}

const isText = (c: Column) => c.kind === "name" || c.kind === "body" || c.kind === "party";

/**
 * The rows under the header at `line` (to the first blank line, or `end`): each person's role and
 * serving from the marks. Undefined where a row's cells stand under no column, or a cell that is no
 * mark stands under a mark column: the table is then not read here.
 */
export function readMarkTable(
  lines: readonly string[],
  line: number,
  end: number,
  table: MarkTable,
): { entries: MarkEntry[]; last: number } | undefined {
  const entries: MarkEntry[] = [];
  let last = line;
  const has = (kind: MarkColumn) => table.columns.some((c) => c.kind === kind);
  for (let n = line + 1; n < end; n++) {
    const raw = (lines[n - 1] ?? "").replace(/\t/g, "  ");
    if (raw.trim() === "") break;
    last = n;
    // A pipe table's rule under its header ("|---|:--:|").
    if (table.piped && /^[\s|:-]+$/.test(raw)) continue;
    const placed = table.piped ? pipedCells(raw, table) : placedCells(raw, table);
    if (!placed) return undefined;
    const written = placed.get("name");
    if (written === undefined) return undefined;
    const person = written.replace(/\s*\(\p{Lu}{1,3}\)\s*$/u, "").trim();
    if (!WHOLE_NAME.test(person)) return undefined;
    // Marked absent (a presence column left empty), or no mark at all: not there.
    if (has("present") && !placed.has("present")) continue;
    const member = placed.has("member");
    const deputy = placed.has("deputy");
    if (member && deputy) continue;
    // Without a member column, a row not marked a deputy is a member's.
    const role = deputy ? "deputy" : member || !has("member") ? "member" : undefined;
    if (!role || (!member && !deputy && !placed.has("serving") && !placed.has("present"))) continue;
    const serving = has("serving") ? placed.has("serving") : null;
    // A member who did not serve was away, a deputy serving in their place.
    if (role === "member" && serving === false) continue;
    entries.push({ person, member: placed.get("body") ?? null, role, serving, line: n });
  }
  return entries.length > 0 ? { entries, last } : undefined;
}
