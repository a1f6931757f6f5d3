/**
 * A table headed only by its columns' roles ("Föreg. år   Budget   Utfall", "Utfall   Föregående år",
 * "Andel   Utfall"), no year and no unit over it, whose numbered caption under it (or right over it)
 * dates and measures it: "Tabell 4. Resultaträkning. Utfall avser 2025, föregående år 2024. Belopp i
 * tkr.", "Tabell 2: Resultaträkning för år 2025 jämfört med budget och med år 2024 (tusen kronor)". The
 * outcome's cell is set to the caption's year and the prior year's cell to the year before it, each
 * right-aligned in its own place, and the caption's unit written as the header's title cell ("tkr")
 * where the label column leaves room, so the readers read the columns as any "Tkr   2024   Budget
 * 2025" header. A budget cell stays as written (the budget beside the year's columns).
 *
 * Only where every header cell is a role (one outcome cell; at most one prior-year, budget, share,
 * note or deviation cell each), figures under it to a blank line, and a caption opening on a table's
 * number ("Tabell 4.", "Tab. 2:", "Figur 3") one blank line at most under the last row, or right over
 * the header. The caption's years must be the report's year and at most the year before, the outcome's
 * year the report's: named as the outcome's ("Utfall avser 2025", "utfall 2025") or, with no outcome
 * year named, the caption's latest year where no budget, plan or forecast word dates it; a caption naming
 * a part of the year or another year leaves the table as written. A caption standing between two such
 * tables is the upper one's only where the lower one has its own caption under it, the lower one's only
 * where the upper one has its own over it; else neither's. A caption under its table, once written into
 * the header, is blanked: no reader takes it for the caption of what follows ("Tabell 4: Medlemmarnas
 * bidrag 2025" over the participants' table after it). Pure: one line per line, each citing itself.
 */

import { TABLE_CAPTION } from "../general/captionNumber.ts";

const OUTCOME = /^(?:utfall|utf\.?|bokslut)$/i;
const PRIOR = /^(?:föregående|föreg\.|förra|fg\.?)\s+år(?:et)?$/i;
const BUDGET = /^(?:budget|bu|bud\.?)$/i;
const OTHER = /^(?:andel|andel\s*%|procent|%|not|avvikelse|avv\.)$/i;
/** A row of a table: a label (or none) and a figure closing it. */
const ROW = /\d[\d ]*(?:,\d+)?\s*%?\s*$/;
const PART_OF_YEAR =
  /\b(?:delår|halvår|kvartal|tertial|januari\s*[–-]\s*(?:juni|augusti|mars|april|september)|t\.?\s?o\.?\s?m\.?)/i;
/**
 * A caption naming one intervention or project, or anyone by name after "för" ("Insatsen Stegets resultat
 * 2025", "Projekt Brobygget: …", "Resultat 2025 för Steget"): its table is theirs, not the federation's
 * accounts. All the interventions together ("samtliga insatser", "förbundets insatser") name no one.
 */
const NAMES_INTERVENTION =
  /(?<!(?:alla|samtliga|förbundets|de|våra)\s+)(?<!\p{L})(?:insats\p{L}*|projekt\p{L}*|delprojekt\p{L}*)(?!\p{L})/iu;
const FOR_A_NAME = /(?<!\p{L})för\s+(?![Ss]amordningsförbund|[Ff]örbund|[Ff]insam)\p{Lu}/u;
const namesSomeone = (caption: string): boolean => NAMES_INTERVENTION.test(caption) || FOR_A_NAME.test(caption);
const UNITS: [RegExp, string][] = [
  [/\b(?:tkr|kkr|tusen(?:tal|tals)?\s+kronor)\b/i, "tkr"],
  [/\b(?:mnkr|mkr|miljoner\s+kronor)\b/i, "mnkr"],
  [/(?:\bi\s+kr\b|\(kr\)|,\s*kr\.?$|\bi\s+kronor\b|\(kronor\))/i, "kr"],
];

interface Header {
  line: number;
  cells: { text: string; at: number }[];
  /** The last row's line. */
  end: number;
}

function headerAt(lines: readonly string[], i: number): Header | undefined {
  const line = lines[i]!;
  if (/\d/.test(line) || (!/\S\s{2,}\S/.test(line.trim()) && !/^\s{8,}\S/.test(line))) return undefined;
  const cells = [...line.matchAll(/\S+(?: \S+)*/g)].map((m) => ({ text: m[0], at: m.index }));
  if (cells.filter((c) => OUTCOME.test(c.text)).length !== 1) return undefined;
  let prior = 0;
  let budget = 0;
  for (const [k, c] of cells.entries()) {
    if (OUTCOME.test(c.text)) continue;
    if (PRIOR.test(c.text)) prior++;
    else if (BUDGET.test(c.text)) budget++;
    else if (OTHER.test(c.text)) continue;
    // A title cell may open the header where the label column is.
    else if (!(k === 0 && c.at < 4 && cells.length > 1)) return undefined;
  }
  if (prior > 1 || budget > 1) return undefined;
  let end = i;
  for (let j = i + 1; j < lines.length && lines[j]!.trim() !== ""; j++) {
    if (!ROW.test(lines[j]!)) return undefined;
    end = j;
  }
  return end - i >= 2 ? { line: i, cells, end } : undefined;
}

/** The caption block opening at line i (a table's number, run on to a blank line, three lines at most). */
function captionAt(lines: readonly string[], i: number): string | undefined {
  if (!TABLE_CAPTION.test((lines[i] ?? "").trim())) return undefined;
  const parts: string[] = [];
  for (let j = i; j < lines.length && j < i + 3 && lines[j]!.trim() !== ""; j++) parts.push(lines[j]!.trim());
  return parts.join(" ");
}

function belowCaption(lines: readonly string[], h: Header): number | undefined {
  for (let j = h.end + 1; j <= h.end + 2 && j < lines.length; j++) {
    if (captionAt(lines, j) !== undefined) return j;
    if (lines[j]!.trim() !== "") return undefined;
  }
  return undefined;
}

function aboveCaption(lines: readonly string[], h: Header): number | undefined {
  // Right over the header, or over it with one blank line between; a caption's last line may stand there.
  for (let j = h.line - 1; j >= h.line - 4 && j >= 0; j--) {
    if (lines[j]!.trim() === "") {
      if (j < h.line - 2) return undefined;
      continue;
    }
    if (captionAt(lines, j) !== undefined) return j;
  }
  return undefined;
}

/** The outcome's year the caption gives, or undefined where it gives none safely. */
function captionYear(caption: string, reportYear: number): number | undefined {
  if (PART_OF_YEAR.test(caption) || namesSomeone(caption)) return undefined;
  const years = [...caption.matchAll(/\b(?:19|20)\d\d\b/g)].map((m) => Number(m[0]));
  if (years.length === 0 || years.some((y) => y !== reportYear && y !== reportYear - 1)) return undefined;
  const named = /\butfall(?:et)?\s+(?:avser\s+|för\s+|per\s+)?(?:år\s+)?((?:19|20)\d\d)\b/i.exec(caption);
  if (named) return Number(named[1]) === reportYear ? reportYear : undefined;
  if (/\b(?:budget|plan|prognos|beslut)\w*\s+(?:för\s+)?(?:år\s+)?(?:19|20)\d\d\b/i.test(caption)) return undefined;
  return Math.max(...years) === reportYear ? reportYear : undefined;
}

function unitOf(caption: string): string | undefined {
  return UNITS.find(([re]) => re.test(caption))?.[1];
}

function rewrite(line: string, h: Header, year: number, unit: string | undefined): string {
  let text = line;
  for (const c of h.cells) {
    const written = OUTCOME.test(c.text) ? String(year) : PRIOR.test(c.text) ? String(year - 1) : undefined;
    if (written === undefined) continue;
    text = text.slice(0, c.at) + written.padStart(c.text.length) + text.slice(c.at + c.text.length);
  }
  const first = h.cells[0]!;
  if (unit !== undefined && first.at >= unit.length + 2) text = unit + text.slice(unit.length);
  else if (unit !== undefined && first.at < 4 && !OUTCOME.test(first.text) && !PRIOR.test(first.text)) {
    const next = h.cells[1];
    const titled = `${first.text} (${unit})`;
    if (next && first.at + titled.length + 2 <= next.at)
      text = text.slice(0, first.at) + titled + text.slice(first.at + titled.length);
  }
  return text;
}

export function captionedYearColumns(lines: readonly string[], reportYear?: number): string[] | undefined {
  if (reportYear === undefined) return undefined;
  // Cheap first check: a caption's number and an outcome's cell.
  if (!lines.some((l) => /^\s*(?:tabell|tab\.|figur)/i.test(l)) || !lines.some((l) => /\butf(?:all|\.)?\b/i.test(l)))
    return undefined;
  const headers: Header[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/\butf(?:all|\.)?|bokslut/i.test(lines[i]!)) continue;
    const h = headerAt(lines, i);
    if (h) headers.push(h);
  }
  if (headers.length === 0) return undefined;
  const below = headers.map((h) => belowCaption(lines, h));
  const above = headers.map((h) => aboveCaption(lines, h));
  let out: string[] | undefined;
  headers.forEach((h, k) => {
    let at: number | undefined;
    const b = below[k];
    // A caption under this table that is also over the next one.
    const shared = b !== undefined ? above.findIndex((a, m) => m !== k && a === b) : -1;
    if (b !== undefined && (shared === -1 || below[shared] !== undefined)) at = b;
    else {
      const a = above[k];
      const upper = a !== undefined ? below.findIndex((x, m) => m !== k && x === a) : -1;
      if (a !== undefined && (upper === -1 || above[upper] !== undefined)) at = a;
    }
    if (at === undefined) return;
    const caption = captionAt(lines, at)!;
    const year = captionYear(caption, reportYear);
    if (year === undefined) return;
    out ??= [...lines];
    out[h.line] = rewrite(lines[h.line]!, h, year, unitOf(caption));
    // A caption under its table, now written into the header, is read no more: the lines after it are
    // another table's, and no reader takes it for their caption.
    if (at > h.end) for (let j = at; j < lines.length && j < at + 3 && lines[j]!.trim() !== ""; j++) out[j] = "";
  });
  return out;
}
