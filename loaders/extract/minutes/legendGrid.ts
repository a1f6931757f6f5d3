/**
 * An attendance grid whose presence is written in codes a legend explains, the role in a column of words:
 *
 *   NÄRVARO (x = närvarande, T = tjänstgörande, – = ej närvarande)
 *   Namn          Organisation     Uppdrag     Närv   Tjg
 *   Eva Holm      Åby kommun       ordinarie   x      T
 *   Bo Lind       Åby kommun       ersättare   x      –
 *   Kim Sand      Böda kommun      ordinarie   –      –
 *
 * The header: a name column, then the member body, party and role columns, then one presence column and
 * at most one serving column. A code means only what the legend above or under the grid says (two codes at
 * least, every one of them understood); a dash or an empty cell is no mark. A person whose presence code is
 * absent or unexplained is never stored; a deputy served where the serving column holds a serving code or
 * a mark, not where it holds a dash or nothing; a member present but not serving was replaced and is not
 * stored. A row whose cells stand under no column, or two under one, leaves the whole grid unread (the
 * layout cannot be trusted).
 *
 * Presence may instead be told per block of items, one column per range of paragraphs ("§§ 1–6   §§ 7–11",
 * under a heading or a legend, not "Närv"): a person present in some block attended (a member who left after
 * the first block among them), one absent in every block did not; a deputy served where every block they
 * attended says so, did not where none does, and is left open where the blocks differ (serving from an item
 * on). The legend may run over the lines of a paragraph, after a sentence of its own ("Närvaron redovisas
 * för två block. N = närvarande ledamot," / "T = tjänstgörande ersättare, – = inte närvarande."). An
 * official's title in the role column ("förbundschef") is an official, present as the codes say. Pure.
 */
import type { DocumentText } from "../documentText.ts";
import { meaningOf, type Presence } from "./attendanceMatrix.ts";
import { isPipeRow, PERSON_NAME, plainAt, rowCells } from "./minutesText.ts";

type GridColumn = "name" | "body" | "party" | "role" | "presence" | "serving" | "block";

export interface LegendGrid {
  columns: GridColumn[];
  starts: number[];
  piped: boolean;
}

const NAME_HEAD = /^(?:namn|ledamot\/ersättare|ledamöter och ersättare|deltagare|person)$/i;
const TEXT_HEADS: [RegExp, GridColumn][] = [
  [/^(?:representerar|tillhörighet|organisation|medlem|huvudman|part|medlemsorganisation|myndighet)$/i, "body"],
  [/^parti$/i, "party"],
  [/^(?:uppdrag|roll|funktion|ställning)$/i, "role"],
];
const CODE_HEADS: [RegExp, GridColumn][] = [
  [/^(?:närv\.?|närvaro|närvarande)$/i, "presence"],
  [/^(?:tjg\.?|tjänstg\.?|tjänstgör|tjänstgörande|beslutande)$/i, "serving"],
  // "§§ 1–6", "§ 7-11", "§ 12": presence in a block of the meeting's items.
  [/^§§?\s*\d{1,3}(?:\s*[–-]\s*\d{1,3})?$/u, "block"],
];
/** A cell that is a person's name and nothing else. Built once. */
const WHOLE_NAME = new RegExp(`^(?:${PERSON_NAME.source})$`, "u");
/** No mark: a dash, or an empty cell. */
const NO_MARK = /^(?:[-–—]|)$/u;
/** A mark saying yes where no legend explains it. */
const YES_MARK = /^[xX✓✔]$/u;
/** How far a cell may start from its header's start and still stand under it. */
const SLACK = 2;
/** How many lines above the header, or under the grid, a legend may stand. */
const LEGEND_REACH = 4;

/** The grid's header, or undefined: a role column, one presence column, the text columns before the codes. */
export function legendGridHeader(raw: string): LegendGrid | undefined {
  if (!/närv|§/i.test(raw)) return undefined;
  const piped = isPipeRow(raw);
  const cells = rowCells(raw);
  if (cells.length < 4 || !NAME_HEAD.test(cells[0]!.text)) return undefined;
  const columns: GridColumn[] = ["name"];
  for (const c of cells.slice(1)) {
    const text = TEXT_HEADS.find(([re]) => re.test(c.text))?.[1];
    const code = CODE_HEADS.find(([re]) => re.test(c.text))?.[1];
    const kind = text ?? code;
    if (!kind || (kind !== "block" && columns.includes(kind))) return undefined;
    // The text columns stand before the codes.
    if (text && columns.some((k) => k === "presence" || k === "serving" || k === "block")) return undefined;
    columns.push(kind);
  }
  const blocks = columns.filter((k) => k === "block").length;
  // One presence column, or blocks of items alone (two at least: one block is the meeting's presence).
  const presence = columns.includes("presence") ? blocks === 0 : blocks >= 2 && !columns.includes("serving");
  if (!columns.includes("role") || !presence) return undefined;
  return { columns, starts: cells.map((c) => c.column), piped };
}

/**
 * "x = närvarande, T = tjänstgörande ledamot, – = ej närvarande", in a bracket after a heading or on a line of
 * its own: each code (one to three letters, or a dash) and its meaning; undefined unless two codes at least
 * and every one understood.
 */
export function readGridLegend(line: string): Map<string, Presence> | undefined {
  if (!line.includes("=")) return undefined;
  // In a bracket after a heading ("NÄRVARO (x = …)"), or after a label's colon ("Teckenförklaring: x = …").
  const inner = /\(([^()]*=[^()]*)\)/.exec(line)?.[1] ?? line.replace(/^[\p{L} ]+:\s*/u, "");
  const parts = inner.split(/\s*[,;]\s*|\s{2,}/).filter((p) => p.trim() !== "");
  const codes = new Map<string, Presence>();
  for (const p of parts) {
    const m = /^\s*(\p{L}{1,3}|[-–—])\s*=\s*(.+?)\s*\.?\s*$/u.exec(p);
    if (!m) return undefined;
    const meaning = meaningOf(m[2]!);
    if (!meaning) return undefined;
    codes.set(NO_MARK.test(m[1]!) ? "–" : m[1]!, meaning);
  }
  return codes.size >= 2 ? codes : undefined;
}

export interface GridEntry {
  person: string;
  member: string | null;
  role: "member" | "deputy" | "official";
  serving: boolean | null;
  line: number;
}

/** A row's cells by column: in order for a pipe row of as many cells, else by where each starts. */
function placed(raw: string, grid: LegendGrid): string[] | undefined {
  const cells = rowCells(raw);
  if (grid.piped) return isPipeRow(raw) && cells.length === grid.columns.length ? cells.map((c) => c.text) : undefined;
  const out = grid.columns.map(() => "");
  for (const c of cells) {
    let k = -1;
    for (let j = 0; j < grid.starts.length; j++) if (grid.starts[j]! <= c.column + SLACK) k = j;
    if (k < 0 || out[k] !== "") return undefined;
    out[k] = c.text;
  }
  return out;
}

/** The role a role cell writes: a member ("ordinarie", "ledamot", "ordförande", "vice ordf.") or a deputy. */
function roleOf(cell: string): "member" | "deputy" | undefined {
  if (/^(?:ordinarie(?: ledamot)?|ledamot|(?:(?:förste |andre |\d:e )?vice )?(?:ordförande|ordf\.?))$/i.test(cell))
    return "member";
  if (/^(?:ersättare|suppleant)$/i.test(cell)) return "deputy";
  return undefined;
}

/** An official's title alone in the role column: the federation's staff, present as the codes say. */
const OFFICIAL_ROLE =
  /^(?:(?:bitr(?:\.|ädande)?\s*)?förbundschef|sekreterare|ekonom|kanslist|administratör|samordnare|controller)$/i;

/** What a code cell says, by the legend; a dash or an empty cell is no mark. */
function codeOf(cell: string, legend: Map<string, Presence>): Presence | "none" | undefined {
  if (NO_MARK.test(cell)) return "none";
  return legend.get(cell) ?? (YES_MARK.test(cell) ? { present: true, serving: null } : undefined);
}

/** The legend within a few lines above the header or under the grid's last row. */
function legendNear(doc: DocumentText, header: number, last: number): Map<string, Presence> | undefined {
  // A legend run over lines is read whole first: its last line alone may explain only some of the codes.
  const paragraph = paragraphLegend(doc, header);
  if (paragraph) return paragraph;
  for (let n = header - 1; n >= Math.max(1, header - LEGEND_REACH); n--) {
    const legend = readGridLegend(plainAt(doc, n));
    if (legend) return legend;
  }
  for (let n = last + 1; n <= Math.min(doc.lineCount, last + LEGEND_REACH); n++) {
    const legend = readGridLegend(plainAt(doc, n));
    if (legend) return legend;
  }
  return undefined;
}

/** How many lines a legend's paragraph may run over. */
const LEGEND_LINES = 5;
/** Where a legend's first code opens: a code of one to three letters or a dash, then "=". */
const FIRST_CODE = /(?:^|\s)(?=(?:\p{Lu}{1,3}|[-–—])\s*=\s)/u;

/**
 * A legend run over the lines of the paragraph above the header (a blank line between at most), after a
 * sentence of its own: the paragraph's lines joined, read from its first code on.
 */
function paragraphLegend(doc: DocumentText, header: number): Map<string, Presence> | undefined {
  let end = header - 1;
  if (end >= 1 && plainAt(doc, end).trim() === "") end--;
  const lines: string[] = [];
  for (let n = end; n >= 1 && n > end - LEGEND_LINES && plainAt(doc, n).trim() !== ""; n--)
    lines.unshift(plainAt(doc, n).trim());
  const text = lines.join(" ");
  const at = text.search(FIRST_CODE);
  if (at < 0 || lines.length < 2) return undefined;
  return readGridLegend(text.slice(at).trim());
}

/** The grid's rows under the header at `line`, to the first blank line or `end`; undefined where it cannot be read. */
export function readLegendGrid(
  doc: DocumentText,
  line: number,
  end: number,
  grid: LegendGrid,
): { entries: GridEntry[]; last: number } | undefined {
  const rows: { cells: string[]; line: number }[] = [];
  let last = line;
  for (let n = line + 1; n < end; n++) {
    const raw = (doc.lines[n - 1] ?? "").replace(/\t/g, "  ");
    if (raw.trim() === "") break;
    last = n;
    if (grid.piped && /^[\s|:-]+$/.test(raw)) continue;
    const cells = placed(raw, grid);
    if (!cells) return undefined;
    rows.push({ cells, line: n });
  }
  const legend = legendNear(doc, line, last);
  if (!legend || rows.length === 0) return undefined;
  const cell = (cells: string[], kind: GridColumn) => {
    const k = grid.columns.indexOf(kind);
    return k >= 0 ? cells[k]!.trim() : undefined;
  };
  const saysServing = [...legend.values()].some((p) => p.serving === true);
  // A serving column marked for no member at all is the deputies' column ("T" where one stood in): the
  // members present served, their blank cell says nothing; a member is replaced only where some member's
  // row has a mark there.
  const membersMarked = rows.some(({ cells }) => {
    const k = grid.columns.indexOf("serving");
    return k >= 0 && roleOf(cell(cells, "role") ?? "") === "member" && cells[k]!.trim() !== "";
  });
  const entries: GridEntry[] = [];
  if (grid.columns.includes("block")) {
    for (const { cells, line: n } of rows) {
      const entry = blockEntry(cells, grid, legend, n);
      if (entry) entries.push(entry);
    }
    return entries.length > 0 ? { entries, last } : undefined;
  }
  for (const { cells, line: n } of rows) {
    const person = (cell(cells, "name") ?? "").replace(/\s*\(\p{Lu}{1,3}\)\s*$/u, "");
    const role = roleOf(cell(cells, "role") ?? "");
    if (!WHOLE_NAME.test(person) || !role) continue;
    const presence = codeOf(cell(cells, "presence") ?? "", legend);
    if (presence === undefined || presence === "none" || !presence.present) continue;
    let serving: boolean | null;
    const servingCell = cell(cells, "serving");
    if (servingCell !== undefined) {
      const code = codeOf(servingCell, legend);
      // A code saying absent under the serving column says nothing of serving: the row is not read.
      if (code === undefined || (code !== "none" && !code.present)) continue;
      // No mark under the serving column: present, not serving; a mark or a serving code: served.
      serving = code === "none" ? (role === "member" && !membersMarked ? true : false) : (code.serving ?? true);
    } else serving = presence.serving ?? (role === "deputy" && saysServing ? false : null);
    // A member present who did not serve was replaced: not stored as serving, nor at all.
    if (role === "member" && serving === false) continue;
    const body = cell(cells, "body");
    entries.push({
      person,
      member: body && /\p{L}/u.test(body) ? body : null,
      role,
      serving: role === "member" ? (serving ?? true) : serving,
      line: n,
    });
  }
  return entries.length > 0 ? { entries, last } : undefined;
}

/** A row of a grid with presence per block of items (`GridColumn` "block"), or undefined where not stored. */
function blockEntry(
  cells: string[],
  grid: LegendGrid,
  legend: Map<string, Presence>,
  line: number,
): GridEntry | undefined {
  const at = (kind: GridColumn) => cells[grid.columns.indexOf(kind)]?.trim() ?? "";
  const person = at("name").replace(/\s*\(\p{Lu}{1,3}\)\s*$/u, "");
  const roleCell = at("role");
  const role = roleOf(roleCell) ?? (OFFICIAL_ROLE.test(roleCell) ? "official" : undefined);
  if (!WHOLE_NAME.test(person) || !role) return undefined;
  const codes = grid.columns.flatMap((k, j) => (k === "block" ? [codeOf(cells[j]!.trim(), legend)] : []));
  // A code no legend explains leaves the row unread; no mark, or absence, in a block is absence there.
  if (codes.some((c) => c === undefined)) return undefined;
  const present = codes.filter((c): c is Presence => c !== undefined && c !== "none" && c.present);
  if (present.length === 0) return undefined;
  const body = at("body");
  if (role === "official") return { person, member: null, role, serving: null, line };
  const says = present.map((p) => p.serving);
  if (role === "member") {
    // A member present who served in no block was replaced throughout: not stored.
    if (says.every((v) => v === false)) return undefined;
    return { person, member: body && /\p{L}/u.test(body) ? body : null, role, serving: true, line };
  }
  const served = says.every((v) => v === true) ? true : says.every((v) => v !== true) ? false : null;
  return { person, member: body && /\p{L}/u.test(body) ? body : null, role, serving: served, line };
}
