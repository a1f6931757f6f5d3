/**
 * A long-format export with a status column (a follow-up register's or an accounting system's: "år;
 * område; mått; kön; värde; enhet; status; statusdatum"), where the same figure comes back as it
 * was first reported ("preliminär", "utkast", "prel"), adopted ("definitiv", "fastställd",
 * "slutlig") and corrected ("reviderad", "rättad", "korrigerad"):
 *
 * - for each key (year, scope, area, measure, gender, unit) only the row that holds is read: the one
 *   with the latest status date (a correction over the row it corrects), an adopted or corrected
 *   one over a preliminary one where no date tells them apart; a key whose holding row is
 *   preliminary, withdrawn ("makulerad", "ersatt") or empty is not read at all, nor are two rows of
 *   one key, status and date that disagree;
 * - a status word no list here knows, a column no role here names, or a row with more or fewer
 *   cells than the header: the export is left as written (its statuses cannot be read);
 * - the rows that hold are set out as the long-format reader reads them (`structuredData.ts`
 *   `setOutRows`): the measure through the concept lexicon (an area and a measure, "deltagare" /
 *   "inskrivna"; "avslut_mot" / "arbete" a destination), a budget area as the budget, a fee area
 *   ("medlemsbidrag" / "Region X", or a measure "Medlemsavgift Region X") as a members' list with
 *   the total row left out, a target, a part of a year ("2025H1") or a gender no reader knows
 *   never; each row cites the line of the row that holds.
 *
 * The cells are read split by their separator (";", a TAB or ",") or, where the text is already set
 * out in columns (`input/tabCells.ts`), by the header's column positions. The cheap test: a line of
 * the first forty that names a status. Pure.
 */
import { fold } from "../../reference/concepts.ts";
import { TOTAL_LABEL } from "../../reference/rowLabels.ts";
import {
  conceptLabel,
  equityDay,
  genderOf,
  keyWords,
  NOT_OUTCOME,
  PER_HEAD,
  setOutRows,
  unitOf,
  type Row,
  type XmlData,
} from "./structuredData.ts";

type Role = "year" | "scope" | "area" | "measure" | "gender" | "value" | "unit" | "status" | "date" | "comment";
const ROLES: readonly [RegExp, Role][] = [
  [/^(?:ar|period|year|redovisningsar|verksamhetsar|rakenskapsar)$/, "year"],
  [/^(?:insats|insatsnamn|projekt|verksamhet|enhet_insats)$/, "scope"],
  [/^(?:omrade|kategori|grupp|avsnitt|amne|tabell)$/, "area"],
  [/^(?:matt|variabel|indikator|nyckeltal|post|uppgift|beskrivning|benamning)$/, "measure"],
  [/^(?:kon|gender)$/, "gender"],
  [/^(?:varde|utfall|antal|belopp|value)$/, "value"],
  [/^(?:enhet|unit|mattenhet)$/, "unit"],
  [/^(?:status|statuskod|uppgiftsstatus|granskningsstatus)$/, "status"],
  [
    /^(?:statusdatum|status_datum|datum|uppdaterad|andrad|senast_andrad|registrerad|giltig_fran|tidpunkt|date|updated|status_date)$/,
    "date",
  ],
  [/^(?:kommentar|anmarkning|notering|kalla|not)$/, "comment"],
];

/** What a status says of its row: 0 withdrawn, 1 preliminary, 2 adopted, 3 corrected after adoption. */
const STATUS_RANK: readonly [RegExp, number][] = [
  [/^(?:makulerad|ersatt|ogiltig|struken|borttagen|annullerad|withdrawn|void)$/, 0],
  [/^(?:preliminar|prel\.?|utkast|draft|preliminary|ogranskad|inrapporterad|forelopig)$/, 1],
  [/^(?:definitiv|faststalld|slutlig|final|godkand|beslutad|last|adopted)$/, 2],
  [/^(?:reviderad|rattad|korrigerad|andrad|uppdaterad|revised|corrected)$/, 3],
];

/** A header cell's key: folded, lower case, words joined by "_". */
const headerKey = (cell: string) =>
  fold(cell.trim().toLowerCase())
    .replace(/[^\p{L}\d]+/gu, "_")
    .replace(/^_+|_+$/g, "");

const BUDGET_AREA = /^budget/;
const FEE_AREA = /^(?:medlemsbidrag|medlemsavgift|medlemsavgifter|bidrag_fran_medlemmar|medlemmarnas_bidrag)$/;
const EXIT_AREA =
  /^(?:avslut_mot|avslut_till|avslutade_till|avslutade_mot|avslutsorsak|avslutsorsaker|avslut_orsak|gick_till|avslut_per_orsak)$/;
/** A measure naming a member's fee and the member: "Medlemsavgift Region X", "Medlemsbidrag Y kommun". */
const FEE_MEASURE = /^(?:medlemsavgift|medlemsbidrag|medlemsavgifter)\s+(?:från\s+)?(\p{L}.*)$/iu;
const YEAR_CELL = /^(?:19|20)\d\d$/;
const DATE_CELL = /^((?:19|20)\d\d)-?(\d\d)-?(\d\d)(?:[ T](\d\d):(\d\d))?$/;

interface Cells {
  cells: string[];
  line: number;
}

/** A line's cells by a separator, or by the header's column positions where the text is set out in columns. */
function splitBy(line: string, separator: string | undefined, starts: readonly number[]): string[] | undefined {
  if (separator) return line.split(separator).map((c) => c.trim());
  const cells = starts.map(() => "");
  // Runs of text two spaces apart at least, each in the column it overlaps most.
  for (const m of line.matchAll(/\S+(?: \S+)*/g)) {
    const a = m.index;
    const b = a + m[0].length;
    let best = -1;
    let most = 0;
    starts.forEach((s, j) => {
      const e = starts[j + 1] ?? Infinity;
      const overlap = Math.min(b, e) - Math.max(a, s);
      if (overlap > most) {
        most = overlap;
        best = j;
      }
    });
    if (best < 0 || cells[best] !== "") return undefined;
    cells[best] = m[0];
  }
  return cells;
}

/** The header's separator: ";" or a TAB where it has them, "," where it has no space, none where it is set out in columns. */
function separatorOf(header: string): string | undefined {
  if (header.includes(";")) return ";";
  if (header.includes("\t")) return "\t";
  if (header.includes(",") && !/\s/.test(header.trim())) return ",";
  return undefined;
}

interface Header {
  roles: Role[];
  separator?: string;
  starts: number[];
}

function headerAt(line: string): Header | undefined {
  const separator = separatorOf(line);
  const starts: number[] = [];
  const cells: string[] = [];
  if (separator) for (const c of line.split(separator)) cells.push(c.trim());
  else
    for (const m of line.matchAll(/\S+(?: \S+)*/g)) {
      starts.push(m.index);
      cells.push(m[0]);
    }
  if (cells.length < 4) return undefined;
  const roles: Role[] = [];
  for (const c of cells) {
    const key = headerKey(c);
    const role = ROLES.find(([re]) => re.test(key))?.[1];
    if (!role || roles.includes(role)) return undefined;
    roles.push(role);
  }
  for (const need of ["status", "value", "measure", "year"] as const) if (!roles.includes(need)) return undefined;
  return { roles, separator, starts };
}

function rankOf(status: string): number | undefined {
  const key = fold(status.trim().toLowerCase());
  return STATUS_RANK.find(([re]) => re.test(key))?.[1];
}

/** A date cell as a sortable number (yyyymmddhhmm); undefined where it is none. */
function dateOf(cell: string): number | undefined {
  const m = DATE_CELL.exec(cell.trim());
  if (!m) return undefined;
  return Number(`${m[1]}${m[2]}${m[3]}${m[4] ?? "00"}${m[5] ?? "00"}`);
}

/** A value cell: "158", "-126300", "32,4", "1 231 000", "32.4"; undefined for anything else. */
function valueOf(cell: string): number | undefined {
  const t = cell.trim().replace(/\u2212/g, "-");
  if (/^-?\d+(?:[.,]\d+)?$/.test(t)) return Number(t.replace(",", "."));
  if (/^-?\d{1,3}(?:[ \u00a0]\d{3})+(?:,\d+)?$/.test(t)) return Number(t.replace(/[ \u00a0]/g, "").replace(",", "."));
  return undefined;
}

/** "Samordningsförbundet Lindtorp", "SAMORDNINGSFÖRBUNDET NORRGRIMSTA": a federation's name, its first word. */
const FEDERATION = /\b(?:samordningsförbundet|finsamförbundet)\s+(\p{L}[\p{L}-]*)((?:\s+\p{L}[\p{L}-]*)*)/giu;

/** A title speaking of a part of the year ("Delårsrapport", "januari–juni", "kvartal 3"): its figures are no year's. */
export const PART_YEAR =
  /\b(?:delår\p{L}*|halvår\p{L}*|kvartal\p{L}*|tertial\p{L}*|januari\s*[–-]\s*(?:mars|april|maj|juni|juli|augusti|september|oktober|november)|jan\s*[–-]\s*(?:mar|apr|jun|jul|aug|sep|okt|nov))(?!\p{L})/iu;

const INTERVENTION_TITLE = /\b(?:insatsen|projektet|insats|projekt)\s*:?\s+\p{Lu}/u;

/**
 * The one federation the lines above an export's header name (its title: "Samordningsförbundet X –
 * nyckeltal …", a delivery file's "… – SAMORDNINGSFÖRBUNDET X"), as its rows' scope: the long-format
 * reader keeps them only where that is the document's own federation. None where no name or two
 * stand there. A name's later words are its own only where they open on a capital as its first does.
 */
export function federationAbove(lines: readonly string[], header: number): string | undefined {
  const names = new Set<string>();
  for (let k = Math.max(0, header - 12); k < header; k++) {
    // A title naming an intervention or a project ("… – insatsen Steget"): the rows are its, not the federation's.
    if (INTERVENTION_TITLE.test(lines[k]!)) return undefined;
    for (const m of lines[k]!.matchAll(FEDERATION)) {
      const first = m[1]!;
      const capital = (w: string) => w[0] === w[0]!.toUpperCase() && w[0] !== w[0]!.toLowerCase();
      if (!capital(first)) continue;
      const more: string[] = [];
      for (const w of m[2]!.trim().split(/\s+/).filter(Boolean)) {
        if (!capital(w)) break;
        more.push(w);
      }
      names.add(fold([first, ...more].join(" ").toLowerCase()));
    }
  }
  return names.size === 1 ? `Samordningsförbundet ${[...names][0]!}` : undefined;
}

/** Whether a text is a status-column export: a line of the first forty names a status. */
const mayHold = (lines: readonly string[]) => lines.slice(0, 40).some((l) => l.toLowerCase().includes("status"));

/** The document's status-column exports, each set out as what holds; undefined where there is none. */
export function statusRecords(lines: readonly string[]): XmlData | undefined {
  if (!mayHold(lines)) return undefined;
  let out: XmlData | undefined;
  for (let i = 0; i < Math.min(lines.length, 40); i++) {
    if (!lines[i]!.toLowerCase().includes("status")) continue;
    const header = headerAt(lines[i]!);
    if (!header) continue;
    const rows: Cells[] = [];
    let last = i;
    let broken = false;
    for (let k = i + 1; k < lines.length; k++) {
      const t = lines[k]!.trim();
      if (t === "" || t.startsWith("#")) break;
      const cells = splitBy(lines[k]!, header.separator, header.starts);
      if (!cells || cells.length !== header.roles.length) {
        broken = true;
        break;
      }
      rows.push({ cells, line: k });
      last = k;
    }
    if (broken || rows.length < 2) continue;
    // An export of a part of the year: none of its figures is the year's.
    if (lines.slice(Math.max(0, i - 12), i).some((l) => PART_YEAR.test(l))) continue;
    const set = holdingRows(header.roles, rows, header.roles.includes("scope") ? undefined : federationAbove(lines, i));
    if (!set) continue;
    out ??= { lines: [...lines], blocks: new Map() };
    for (let k = i; k <= last; k++) out.lines[k] = "";
    if (set.length > 0) out.blocks.set(i, setOutRows(set, i));
    i = last;
  }
  return out;
}

/** The rows that hold, as long-format rows; undefined where a status or a date cannot be read. */
function holdingRows(roles: readonly Role[], rows: readonly Cells[], owner: string | undefined): Row[] | undefined {
  const at = (r: Cells, role: Role) => {
    const j = roles.indexOf(role);
    return j < 0 ? "" : r.cells[j]!;
  };
  const keyed = new Map<string, { row: Cells; rank: number; date?: number }[]>();
  for (const r of rows) {
    const rank = rankOf(at(r, "status"));
    if (rank === undefined) return undefined;
    const dateCell = at(r, "date");
    const date = roles.includes("date") ? dateOf(dateCell) : undefined;
    if (roles.includes("date") && date === undefined) return undefined;
    const key = (["year", "scope", "area", "measure", "gender", "unit"] as const)
      .map((role) => fold(at(r, role).toLowerCase()))
      .join("\u0000");
    keyed.set(key, [...(keyed.get(key) ?? []), { row: r, rank, date }]);
  }
  const out: Row[] = [];
  for (const list of keyed.values()) {
    // The latest date first, and at one date the later status.
    const sorted = [...list].sort((a, b) => (b.date ?? 0) - (a.date ?? 0) || b.rank - a.rank);
    const top = sorted[0]!;
    const tied = sorted.filter((s) => s.date === top.date && s.rank === top.rank);
    if (tied.some((s) => at(s.row, "value") !== at(top.row, "value"))) continue;
    if (top.rank < 2) continue;
    const row = recordRow(top.row, at);
    if (row) out.push(row.member === undefined && owner !== undefined ? { ...row, scope: owner } : row);
  }
  return out.sort((a, b) => a.line - b.line);
}

/** One holding record as a long-format row (or a member's fee); undefined where it is none a reader reads. */
function recordRow(r: Cells, at: (r: Cells, role: Role) => string): Row | undefined {
  const yearCell = at(r, "year").trim();
  if (!YEAR_CELL.test(yearCell)) return undefined;
  const value = valueOf(at(r, "value"));
  if (value === undefined) return undefined;
  const genderCell = at(r, "gender").trim();
  const gender = genderCell === "" ? "Totalt" : genderOf(genderCell);
  if (!gender) return undefined;
  const unitCell = at(r, "unit").trim();
  const unit = unitCell === "" ? "antal" : unitOf(unitCell);
  if (!unit) return undefined;
  const area = headerKey(at(r, "area"));
  const measureCell = at(r, "measure").trim();
  const year = Number(yearCell);
  const base = { gender, year, value, unit, line: r.line } as const;
  const money = unit === "kr" || unit === "tkr" || unit === "mkr";
  // Members' fees: under a fee area by the member's name, or a measure naming the fee and the member.
  const fee = FEE_AREA.test(area) ? measureCell : area === "" ? FEE_MEASURE.exec(measureCell)?.[1] : undefined;
  if (fee !== undefined) {
    if (!money || gender !== "Totalt" || TOTAL_LABEL.test(fee.trim()) || value <= 0) return undefined;
    return { ...base, measure: "", member: fee.trim() };
  }
  const measureKey = headerKey(measureCell);
  if (NOT_OUTCOME.test(measureKey) || PER_HEAD.test(measureKey) || NOT_OUTCOME.test(area)) return undefined;
  const budget = BUDGET_AREA.test(area);
  if (budget && !money) return undefined;
  let label: string;
  if (EXIT_AREA.test(area)) label = conceptLabel([`Avslutade till ${keyWords(measureCell)}`], false);
  else {
    const words = keyWords(measureCell);
    const day = /\beget kapital\b/.test(words) ? equityDay(words) : undefined;
    // The equity at the year's start is last year's; a reader takes the closing one only.
    if (day === "opening") return undefined;
    label =
      day === "closing"
        ? "eget kapital vid årets slut"
        : conceptLabel(area !== "" && !budget ? [keyWords(area), words] : [words], false);
  }
  if (label === "") return undefined;
  return { ...base, measure: budget ? `${label}, budget` : label, scope: at(r, "scope").trim() || undefined };
}
