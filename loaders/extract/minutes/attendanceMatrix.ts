/**
 * An attendance list set as a matrix of the parties: one row per party, its member and its deputy
 * each followed by a cell coding their presence ("Part  Ledamot  N/F  Ersättare  N/F" over "Åby
 * kommun  Sara Holm (S)  N  Bo Ek (M)  T"). The codes mean only what a legend line under the table
 * says ("N = närvarande, F = frånvarande, T = tjänstgörande ersättare"); a code no legend explains
 * is read only where it is a word of presence itself ("X", "Ja", "Förhinder"), or the person is not
 * stored. A person absent is never stored.
 */
import type { DocumentText } from "../documentText.ts";
import { PERSON_NAME, plainAt, rowCells } from "./minutesText.ts";

type Column = "member" | "name-member" | "name-deputy" | "code";

const COLUMN_WORDS: [RegExp, Column][] = [
  [/^(?:part|parter|medlem|medlemmar|organisation|representerar|myndighet|huvudman)$/i, "member"],
  [/^(?:ledamot|ledamöter|ordinarie|ordinarie ledamot|ordinarie ledamöter)$/i, "name-member"],
  [/^(?:ersättare|suppleant|suppleanter)$/i, "name-deputy"],
  [/^(?:n\/f|n\/f\/t|närvaro|närv\.?|status|deltog)$/i, "code"],
];

/** A cell that is a person's name and nothing else. Built once. */
const WHOLE_NAME = new RegExp(`^(?:${PERSON_NAME.source})$`, "u");

export interface MatrixHeader {
  columns: Column[];
  starts: number[];
}

/**
 * The matrix's header: only the words above, a member's and a deputy's name column at least, each
 * name column followed right away by its code column.
 */
export function matrixHeader(raw: string): MatrixHeader | undefined {
  // Cheap first: a matrix names its deputies.
  if (!/ersättare|suppleant/i.test(raw)) return undefined;
  const cells = rowCells(raw);
  if (cells.length < 4) return undefined;
  const columns: Column[] = [];
  for (const c of cells) {
    const kind = COLUMN_WORDS.find(([re]) => re.test(c.text))?.[1];
    if (!kind) return undefined;
    columns.push(kind);
  }
  if (!columns.includes("name-member") || !columns.includes("name-deputy")) return undefined;
  const isName = (k: number) => columns[k] === "name-member" || columns[k] === "name-deputy";
  for (let k = 0; k < columns.length; k++) {
    if (isName(k) && columns[k + 1] !== "code") return undefined;
    if (columns[k] === "code" && !isName(k - 1)) return undefined;
  }
  return { columns, starts: cells.map((c) => c.column) };
}

export interface Presence {
  present: boolean;
  serving: boolean | null;
}

/** What a legend's explanation says: present, absent, serving or present without serving. */
export function meaningOf(text: string): Presence | undefined {
  const t = text.trim().toLowerCase();
  if (/^(?:närvarande,?\s+)?(?:ej|inte|icke) (?:tjänstgörande|tjänstgör|beslutande)/.test(t))
    return { present: true, serving: false };
  // "närvarande ersättare som inte tjänstgör": present, the deputy not serving.
  if (
    /^närvarande(?:\s+\p{L}+){0,2}\s+som\s+(?:ej|inte|icke)\s+(?:tjänstgör|tjänstgörande|tjänstgjorde)(?!\p{L})/u.test(
      t,
    )
  )
    return { present: true, serving: false };
  if (/^(?:frånvarande|frånvaro|förhinder|anmält förhinder|meddelat förhinder|ej närvarande|inte närvarande)/.test(t))
    return { present: false, serving: null };
  if (/^tjänstgör(?:ande)?(?!\p{L})/u.test(t)) return { present: true, serving: true };
  if (/^(?:närvarande|närvarar|deltog|deltar)(?!\p{L})/u.test(t)) return { present: true, serving: null };
  return undefined;
}

/** "N = närvarande, F = frånvarande, T = tjänstgörande ersättare": two codes explained at least. */
export function readLegend(line: string): Map<string, Presence> | undefined {
  if (!line.includes("=")) return undefined;
  const parts = line.split(/[,;]\s*(?=\p{Lu}{1,3}\s*=)|\s{2,}(?=\p{Lu}{1,3}\s*=)/u);
  const codes = new Map<string, Presence>();
  for (const p of parts) {
    const m = /^\s*(\p{Lu}{1,3})\s*=\s*(.+?)\s*\.?\s*$/u.exec(p);
    if (!m) return undefined;
    const meaning = meaningOf(m[2]!);
    if (!meaning) return undefined;
    codes.set(m[1]!, meaning);
  }
  return codes.size >= 2 ? codes : undefined;
}

/** A code cell no legend explains, read only where it is a word of presence in itself. */
function plainCode(cell: string): Presence | undefined {
  if (/^(?:x|ja|✓)$/i.test(cell)) return { present: true, serving: null };
  return meaningOf(cell);
}

export interface MatrixEntry {
  person: string;
  member: string | null;
  role: "member" | "deputy";
  serving: boolean | null;
  line: number;
}

/**
 * The matrix's rows from the line after its header to the first blank line: each name cell with
 * the code after it. Returns the entries and the last row's line.
 */
export function readMatrix(
  doc: DocumentText,
  headerLine: number,
  header: MatrixHeader,
  end: number,
): { entries: MatrixEntry[]; last: number } {
  let last = headerLine;
  const rows: { cells: string[]; line: number }[] = [];
  for (let n = headerLine + 1; n < end; n++) {
    const raw = doc.lines[n - 1] ?? "";
    if (plainAt(doc, n) === "" || /^[-–=_\s]+$/.test(raw)) break;
    const placed = place(raw, header);
    if (!placed) break;
    rows.push({ cells: placed, line: n });
    last = n;
  }
  // The legend stands under the table, before the next block of the head.
  let legend: Map<string, Presence> | undefined;
  for (let n = last + 1; n < Math.min(end, last + 6) && !legend; n++) legend = readLegend(plainAt(doc, n));
  // A legend with a code for serving: a deputy present under another code did not serve.
  const saysServing = legend !== undefined && [...legend.values()].some((p) => p.serving === true);
  const entries: MatrixEntry[] = [];
  for (const { cells, line } of rows) {
    const memberCell = cells[header.columns.indexOf("member")]?.trim();
    header.columns.forEach((kind, k) => {
      if (kind !== "name-member" && kind !== "name-deputy") return;
      const name = (cells[k] ?? "").replace(/\s*\((?:\p{Lu}{1,3}|\p{Lu}\p{Ll})\)\s*$/u, "").trim();
      const code = (cells[k + 1] ?? "").trim();
      if (!WHOLE_NAME.test(name)) return;
      const presence = legend?.get(code) ?? plainCode(code);
      if (!presence?.present) return;
      const role = kind === "name-member" ? "member" : "deputy";
      const serving =
        role === "member" ? (presence.serving ?? true) : (presence.serving ?? (saysServing ? false : null));
      // A member marked as not serving was replaced: not stored as serving, nor at all.
      if (role === "member" && serving === false) return;
      entries.push({
        person: name,
        member: memberCell && /\p{L}/u.test(memberCell) ? memberCell : null,
        role,
        serving,
        line,
      });
    });
  }
  return { entries, last };
}

/** A row's cells placed under the header's columns by where they start; undefined where two fall under one. */
function place(raw: string, header: MatrixHeader): string[] | undefined {
  const cells = rowCells(raw);
  if (cells.length < 2) return undefined;
  if (cells.length === header.columns.length) return cells.map((c) => c.text);
  const placed = header.columns.map(() => "");
  for (const c of cells) {
    let k = 0;
    while (k + 1 < header.starts.length && header.starts[k + 1]! <= c.column + 1) k++;
    if (placed[k]) return undefined;
    placed[k] = c.text;
  }
  return placed;
}
