/**
 * A key-figure table whose rows are grouped under headings in capitals, the column header standing once
 * over all the groups, often over two lines (a basis over its year), and often closing on a column of
 * changes against the year before:
 *
 *                                   Mål/budget     Utfall    Jämförelse med
 *                                         2025       2025    föregående år
 *   DELTAGARE
 *   Inskrivna deltagare                    190        206    +12 %
 *   Nya deltagare                          100         97    −3 %
 *
 *   EKONOMI (tkr)
 *   Verksamhetens intäkter               7 600      7 600    +4 %
 *
 * Read as written, the first group's heading parts the header from its rows and every later group has
 * no header at all: the whole table was unread. Here each group's heading is followed by the header made
 * one line ("Budget 2025   Utfall 2025"), so each group is a table of its own under its heading (whose
 * unit, "(tkr)", is the group's), and the change column is blanked: its signed percentages ("+12 %",
 * "±0 %", "+3,2 procentenheter", "–") are no reader's figures.
 *
 * Only where the header is indented over the label column and every cell of it is a column word (a
 * year, a basis, a change's name), the first line under it a heading in capitals, and the rows under
 * the headings set out in columns; the table ends at the first line that is neither a row, a heading
 * in capitals nor blank. A change column is blanked only where its header's cell names a change and
 * every cell under it is a signed percentage or a dash; else nothing is changed. "Mål/budget" (targets
 * for counts, the budget for amounts) is read as the budget: the counts' readers keep no budget column.
 * Pure.
 */
import { runsOf, type Run } from "./hyphenatedHeaders.ts";
import { mayHold } from "./wholeText.ts";

/** A header's column word: a year, a basis, a change's name, the words of a stacked change header. */
const COLUMN_WORD =
  /^(?:(?:(?:mot|jmf|jämfört med) )?(?:19|20)\d\d|utfall|budget|mål\/budget|budget\/mål|mål|bokslut|prognos|helår|jämförelse(?: med)?|förändring(?: mot)?|ändring|diff|differens|utveckling|föregående år|fg år|(?:mot )?föregående år|mot fg år|%|procent|i procent)$/iu;
/** A change's header cell, joined over its lines. */
const CHANGE_HEADER = /^(?:jämförelse|förändring|ändring|diff|differens|utveckling)\b/iu;
/** A change cell: a signed percentage, a change in percentage points, or a dash (no comparison). */
const CHANGE_CELL = /^(?:[+−–±-]\s?)?\d{1,3}(?:,\d+)?\s?(?:%|procentenheter|p\.?e\.?|%-enheter)$|^[–—-]$/u;
/** A group's heading: capitals (a unit in brackets may follow), no figure. */
function groupHeading(line: string): boolean {
  const t = line.trim().replace(/\s*\((?:tkr|kr|mkr|mnkr|antal|%|kronor|tusen kronor)\)$/iu, "");
  return (
    t.length >= 4 &&
    t.length <= 70 &&
    /^\p{Lu}/u.test(t) &&
    t === t.toUpperCase() &&
    /\p{Lu}{3}/u.test(t) &&
    !/\d/.test(t)
  );
}
/** A row: a label at the margin, then cells two spaces or more apart, the last a figure or a dash. */
function tableRow(line: string): boolean {
  if (!/^\s{0,3}\S/.test(line)) return false;
  const runs = runsOf(line);
  return runs.length >= 2 && /\p{L}/u.test(runs[0]!.text) && /^(?:[+−–±-]\s?)?[\d–—-]/u.test(runs.at(-1)!.text);
}

/** The header's cells, a stacked lower line's words joined to the cell above them; undefined when not a header. */
function headerCells(upper: string, lower: string | undefined): Run[] | undefined {
  if (!/^\s{10,}\S/.test(upper)) return undefined;
  const top = runsOf(upper);
  if (top.length < 2 || !top.every((r) => COLUMN_WORD.test(r.text))) return undefined;
  if (lower === undefined || !/^\s{10,}\S/.test(lower)) return top;
  const bottom = runsOf(lower);
  if (!bottom.every((r) => COLUMN_WORD.test(r.text))) return undefined;
  const cells = top.map((r) => ({ ...r }));
  for (const b of bottom) {
    const over = cells.filter((c) => c.from <= b.to + 3 && b.from <= c.to + 3);
    if (over.length !== 1) return undefined;
    const c = over[0]!;
    c.text = `${c.text} ${b.text}`;
    c.from = Math.min(c.from, b.from);
    c.to = Math.max(c.to, b.to);
  }
  return cells;
}

/** The joined header as one line, each cell centred over its column; undefined where two cells would touch. */
function headerLine(cells: readonly Run[]): string | undefined {
  let out = "";
  for (const c of cells) {
    const text = c.text.replace(/^(?:mål\/budget|budget\/mål)\b/iu, "Budget");
    const mid = (c.from + c.to) / 2;
    const from = Math.max(0, Math.round(mid - text.length / 2));
    if (out.length > 0 && from < out.length + 2) return undefined;
    out = out.padEnd(from) + text;
  }
  return out;
}

/** The lines with each such table's groups given their own header; undefined when there is none. */
export function groupedTables(lines: readonly string[]): { lines: string[]; from: number[] } | undefined {
  // Cheap first: a table's upper header line opens on ten spaces at least (`readTable`).
  if (!mayHold(lines, /^[^\S\n]{10,}\S/m)) return undefined;
  // The lines before the first table are copied only once there is one.
  let outLines: string[] | undefined;
  let from: number[] | undefined;
  let i = 0;
  while (i < lines.length) {
    const table = i + 2 < lines.length ? readTable(lines, i) : undefined;
    if (!table) {
      if (outLines) {
        outLines.push(lines[i]!);
        from!.push(i);
      }
      i++;
      continue;
    }
    if (!outLines) {
      outLines = lines.slice(0, i);
      from = outLines.map((_, k) => k);
    }
    for (const [text, at] of table.lines) {
      outLines.push(text);
      from!.push(at);
    }
    i = table.end;
  }
  return outLines ? { lines: outLines, from: from! } : undefined;
}

/** The table whose header starts at line h, set out anew; undefined when there is none. */
function readTable(lines: readonly string[], h: number): { lines: [string, number][]; end: number } | undefined {
  const upper = lines[h]!;
  if (!/^\s{10,}\S/.test(upper) || !/\d\d\d\d|utfall|budget|bokslut|prognos/iu.test(upper + (lines[h + 1] ?? "")))
    return undefined;
  // The lower line of a stacked header is no header of its own.
  if (h > 0 && headerCells(lines[h - 1]!, undefined)) return undefined;
  let cells = headerCells(upper, lines[h + 1]);
  let depth = 2;
  if (!cells || !groupHeading(lines[h + 2] ?? "")) {
    cells = headerCells(upper, undefined);
    depth = 1;
    if (!cells || !groupHeading(lines[h + 1] ?? "")) return undefined;
  }
  // The body: rows, headings in capitals and blank lines, to the first line that is none of them.
  let end = h + depth;
  let rows = 0;
  let headings = 0;
  while (end < lines.length) {
    const line = lines[end]!;
    if (line.trim() === "") end++;
    else if (groupHeading(line)) {
      headings++;
      end++;
    } else if (tableRow(line)) {
      rows++;
      end++;
    } else break;
  }
  while (end > h + depth && lines[end - 1]!.trim() === "") end--;
  if (rows < 2 || headings < 1) return undefined;
  // A closing change column: blanked where every cell under it is a change.
  let keep = cells;
  const blanks = new Map<number, string>();
  const last = cells.at(-1)!;
  if (CHANGE_HEADER.test(last.text) && cells.length >= 3) {
    keep = cells.slice(0, -1);
    const prev = keep.at(-1)!;
    const middle = (prev.to + last.from) / 2;
    for (let r = h + depth; r < end; r++) {
      const line = lines[r]!;
      if (!tableRow(line)) continue;
      const runs = runsOf(line).slice(1);
      const inChange = runs.filter((x) => (x.from + x.to) / 2 >= middle && x.from > prev.to);
      if (inChange.length > 1 || runs.some((x) => x.from <= prev.to + 1 && x.to >= last.from)) return undefined;
      const cell = inChange[0];
      if (!cell) continue;
      if (!CHANGE_CELL.test(cell.text)) return undefined;
      blanks.set(r, (line.slice(0, cell.from) + line.slice(cell.to + 1)).trimEnd());
    }
  } else if (cells.some((c) => CHANGE_HEADER.test(c.text))) return undefined;
  // A cell of a change's words alone ("mot 2024", "föregående år") is the lower part of a change's header.
  if (keep.some((c) => /^(?:mot|jmf|jämfört med|föregående|fg)\b/iu.test(c.text))) return undefined;
  const header = headerLine(keep);
  if (!header) return undefined;
  const out: [string, number][] = [];
  const headerAt = h + depth - 1;
  const firstCell = header.search(/\S/);
  for (let r = h + depth; r < end; r++) {
    const line = lines[r]!;
    out.push([blanks.get(r) ?? line, r]);
    if (!groupHeading(line)) continue;
    // A group whose labels run under the header's first cell: whose column a cell is, is unclear; no header.
    let g = r + 1;
    let clear = true;
    for (; g < end && !groupHeading(lines[g]!); g++)
      if (tableRow(lines[g]!) && runsOf(lines[g]!)[0]!.to + 2 > firstCell) clear = false;
    if (clear) out.push([header, headerAt]);
  }
  return { lines: out, end };
}
