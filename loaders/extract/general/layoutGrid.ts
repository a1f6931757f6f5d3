/**
 * The layout grid of a table: which column each number of a row belongs to.
 *
 * - **By position.** In layout text (`pdftotext -layout` style, cells aligned with runs of
 *   spaces) and in text from positioned PDF cells, the header line gives each column its
 *   character range; a cell belongs to the one column its characters overlap, or else to the
 *   column whose zone (halfway to the neighbouring headings) holds its middle. Two cells in
 *   one column, or a cell that overlaps two, are not placed.
 * - **Spaced.** Cells stand apart by wide gaps but not under their headings (the header's years
 *   start at the left margin): a row with exactly one gap-separated cell per column fills the
 *   columns in order; any other count leaves it unread.
 * - **Single-spaced.** A row flattened to one line with single spaces ("Verksamhetens intäkter
 *   9 874 512 9 512 300") has no positions: the header's column count decides how its digits
 *   split into numbers, and a split is taken only when it is the only one with proper
 *   three-digit groups and plausible magnitudes. Otherwise the row stays unread, with the reason.
 *
 * A dash standing alone in a cell ("1 308 — -329") is an empty cell; "(1 204)" and "−1 204"
 * are negative. Pure functions.
 */
import { clean, oncePerDocument, type DocumentText } from "../documentText.ts";
import { normaliseNegatives, NUMBER_SPACES, numberReadings, parseNumberRun } from "../numbers.ts";
import { rememberByText } from "../textMemo.ts";
import { cellsBySpacedRun } from "./spacedRunCells.ts";

/** One column of a header: its character range on the header line (inclusive). */
export interface GridColumn {
  from: number;
  to: number;
  written: string;
}

/** A row's cells: one value per column, NaN for an empty (dash) cell, or why they cannot be placed. */
export type GridCells = { values: number[]; by: "position" | "gaps" | "split" } | { values: null; reason: string };

const GAP = / {2,}|\t/;
/** A cell's number: "1 204", "-329", "(1 204)", "32,8%" or "32,8 %", or a dash for an empty cell. */
const NUMBER_TAIL = /^(?:[-–−]?\(?\d[\d ]*(?:,\d+)?\)?(?: ?%)?|[-–—−])$/;

/**
 * The character ranges of a header's column cells, as written on its line: the runs between
 * wide gaps that `isColumn` accepts, or else the single words it accepts ("Kön 2024 2023").
 */
export function headerColumns(raw: string, isColumn: (cell: string) => boolean): GridColumn[] {
  const line = raw.replace(/\t/g, "  ");
  const runs = [...line.matchAll(/\S+(?: \S+)*/g)].filter((m) => isColumn(m[0]));
  const cells = runs.length > 0 ? runs : [...line.matchAll(/\S+/g)];
  const out: GridColumn[] = [];
  for (const m of cells) {
    const cell = m[0];
    if (!isColumn(cell)) continue;
    out.push({ from: m.index!, to: m.index! + cell.length - 1, written: cell });
  }
  return out;
}

/**
 * A header stacked over lines in layout text, merged into one cell per column by position,
 * read bottom up: a run of words joins the cell below it that it overlaps ("Varav till" over
 * "arbete/studier"); a run that spans several cells below (their middles within its reach) is a
 * title over each of them ("Deltagare" centred over "Kvinnor   Män"); a run over no cell is a
 * cell of its own. Runs are words one space apart. The cells are returned left to right, each top line first.
 */
export function stackHeader(raws: readonly string[]): string[] {
  const cells: { from: number; to: number; words: string[] }[] = [];
  for (const raw of [...raws].reverse()) {
    const added: typeof cells = [];
    const runs = [...raw.replace(/\t/g, "  ").matchAll(/\S+(?: \S+)*/g)];
    for (const [j, m] of runs.entries()) {
      const from = m.index!;
      const to = from + m[0].length - 1;
      // A title centred over its columns may overlap one or none of them: it reaches its own
      // width out on each side, never past halfway to the next run of its line.
      const left = j > 0 ? (runs[j - 1]!.index! + runs[j - 1]![0].length - 1 + from) / 2 : -Infinity;
      const right = j + 1 < runs.length ? (to + runs[j + 1]!.index!) / 2 : Infinity;
      const reach = { from: Math.max(from - (to - from + 1), left), to: Math.min(to + (to - from + 1), right) };
      const spanned = cells.filter((c) => reach.from <= (c.from + c.to) / 2 && (c.from + c.to) / 2 <= reach.to);
      const under = spanned.length >= 2 ? spanned : cells.filter((c) => c.from <= to && from <= c.to);
      if (under.length === 0) added.push({ from, to, words: [m[0]] });
      for (const c of under) {
        c.words.unshift(m[0]);
        if (under.length === 1) {
          c.from = Math.min(c.from, from);
          c.to = Math.max(c.to, to);
        }
      }
    }
    cells.push(...added);
  }
  // "Arbets-" over "sökande": one word hyphenated over the lines (never before "och": "Sjuk- och …").
  return cells
    .sort((a, b) => a.from - b.from)
    .map((c) => c.words.join(" ").replace(/(\p{L})- (?!(?:och|eller|samt|resp)(?!\p{L}))(\p{Ll})/gu, "$1$2"));
}

/** A pipe standing free (a space or the line's end on both sides): a rule of a table drawn with pipes. */
const FREE_PIPE = /(^|\s)\|(?=\s|$)/g;

/** A free pipe, or a wiki table's double bar between two cells ("| Staten || 4 500"): a column rule either way. */
const FREE_RULE = /(^|\s)\|\|?(?=\s|$)/g;

/** How many pipes (or double bars) of a line stand free, or 0 when any pipe touches a character ("l|5", "|---|"). */
function freePipes(line: string): number {
  if (!line.includes("|")) return 0;
  let free = 0;
  let pipes = 0;
  for (const m of line.matchAll(FREE_RULE)) {
    free++;
    pipes += m[0].length - m[1]!.length;
  }
  return pipes === line.split("|").length - 1 ? free : 0;
}

/**
 * Lines of a table drawn with pipes ("Steget | 84 | 51", "| Region X | 5 400 000 |") with their
 * pipes as the column gaps they are. A line with two or more free pipes, within two lines of
 * another line with as many, is a row of that grid; its pipes are no misread "1". Any other pipe
 * stays as written (OCR reads a "1" as "|").
 */
export function pipesAsGaps(lines: readonly string[]): string[] {
  const counts = lines.map(freePipes);
  const dividers = counts.map((n, i) => (n === 1 ? dividerAt(lines[i]!) : -1));
  return lines.map((line, i) => {
    const n = counts[i]!;
    if (n === 1)
      return dividesColumns(dividers, i) ? line.slice(0, dividers[i]) + " " + line.slice(dividers[i]! + 1) : line;
    const grid = n >= 2 && [i - 2, i - 1, i + 1, i + 2].some((k) => counts[k] === n);
    if (!grid) return line;
    // The rule under a Markdown table's header ("| --- | ---: |") is no row; bold cells ("**Summa**") are their words.
    if (/^[\s|:=-]+$/.test(line)) return "";
    return emptyCellsAsDashes(line, line.replace(FREE_RULE, "$1 ")).replace(/\*\*(\S(?:[^*]*\S)?)\*\*/g, "$1  ");
  });
}

/**
 * Where a line's one free pipe stands, if it may be a divider: not one followed by a single space
 * and a digit, which may be OCR's "1" of "1 109" ("Summa | 109"). -1 otherwise.
 */
function dividerAt(line: string): number {
  FREE_PIPE.lastIndex = 0;
  const m = FREE_PIPE.exec(line);
  FREE_PIPE.lastIndex = 0;
  if (!m) return -1;
  const at = m.index + m[1]!.length;
  return /^ \d/.test(line.slice(at + 1, at + 3)) ? -1 : at;
}

/**
 * A single pipe standing at about one place (within three characters) on this line and on at least
 * two of the four lines around it: a drawn rule between a table's own columns and its comparisons
 * ("Totalt | Län totalt", "264 |   1 010"), a gap and no misread "1".
 */
function dividesColumns(dividers: readonly number[], i: number): boolean {
  const at = dividers[i]!;
  if (at < 0) return false;
  let near = 0;
  for (const k of [i - 2, i - 1, i + 1, i + 2]) {
    const other = dividers[k];
    if (other !== undefined && other >= 0 && Math.abs(other - at) <= 3) near++;
  }
  return near >= 2;
}

/** An empty cell between two pipes after the first ("| 2 140 | | 2 640 |"): spaces only. */
const EMPTY_PIPE_CELL = /(?<=\s)\|( +)(?=\|(?:\s|$))/g;

/**
 * A row's empty cell (after its label) as a dash, the mark of an empty cell ("2 140  –  2 640"),
 * in place: without it the numbers of a row with a cell left empty could not be told to their
 * columns. Only in a row with a figure; a header's empty cells stay blank.
 */
function emptyCellsAsDashes(line: string, gapped: string): string {
  if (!/\d/.test(line) || !/\| +\|/.test(line)) return gapped;
  // UTF-16 units, as the match indexes count them.
  const out = gapped.split("");
  for (const m of line.matchAll(EMPTY_PIPE_CELL)) out[m.index! + 1 + Math.floor((m[1]!.length - 1) / 2)] = "–";
  return out.join("");
}

/** A document's lines with the pipes of its pipe-drawn tables as column gaps, once per document. */
export const gridLines: (doc: DocumentText) => string[] = oncePerDocument((doc) => pipesAsGaps(doc.lines));

/** The rule under a Markdown table's header ("|---|---:|", "| --- | --- |"). */
const MARKDOWN_RULE = /^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-{0,}:?\s*\|?\s*$/;

/**
 * The document with its pipe-drawn tables as gaps (`gridLines`) and a Markdown table's rule under its
 * header blank, for a reader written for tables in aligned text (the several-year tables); the
 * document itself when it has no pipe table. Line for line, so a fact read from it cites the
 * document's own line. Once per document.
 */
export const gridDocument: (doc: DocumentText) => DocumentText = oncePerDocument((doc) => {
  const grid = gridLines(doc);
  if (grid.every((line, i) => line === doc.lines[i])) return doc;
  const gridRow = (k: number) => k >= 0 && k < grid.length && grid[k] !== doc.lines[k] && grid[k] !== "";
  const rules = new Set<number>();
  const lines = grid.map((line, i) => {
    if (!(MARKDOWN_RULE.test(line) && (gridRow(i - 1) || gridRow(i + 1)))) return line;
    rules.add(i + 1);
    return "";
  });
  const view = doc.withLines(lines);
  markdownRules.set(view, rules);
  return view;
});

/** The lines of a grid view (`gridDocument`) that were a Markdown table's rule under its header, blanked. */
const markdownRules = new WeakMap<DocumentText, ReadonlySet<number>>();

/** Whether line `n` of a grid view was a Markdown table's rule ("|---|---:|"), blanked there. */
export function isMarkdownRule(view: DocumentText, n: number): boolean {
  return markdownRules.get(view)?.has(n) ?? false;
}

/**
 * Those lines cleaned (`clean`), once per document: the participant tables' readers read every one.
 * A line with no pipe to read is the document's own line, whose cleaned text the document keeps
 * (`DocumentText.at`): taken from there, not cleaned a second time.
 */
export const cleanGridLines: (doc: DocumentText) => readonly string[] = oncePerDocument((doc) =>
  gridLines(doc).map((line, i) => (line === doc.lines[i] ? doc.at(i + 1) : clean(line))),
);

/** A cell of a laid-out line: its text (words joined by single spaces) and its character span. */
export interface PlacedCell {
  text: string;
  from: number;
  to: number;
}

/** A laid-out line's cells, set apart by two spaces or more (a TAB counts as two). */
export function placedCells(raw: string): PlacedCell[] {
  return [...raw.replace(/\t/g, "  ").matchAll(/\S+(?: \S+)*/g)].map((m) => ({
    text: m[0],
    from: m.index!,
    to: m.index! + m[0].length,
  }));
}

/** The header cell a row's cell stands under: the one it overlaps most, if any. */
export function cellUnder(header: readonly PlacedCell[], cell: PlacedCell): number | undefined {
  let best: number | undefined;
  let overlap = 0;
  header.forEach((h, i) => {
    const o = Math.min(h.to, cell.to) - Math.max(h.from, cell.from);
    if (o > overlap) [best, overlap] = [i, o];
  });
  return best;
}

/** Whether a header line is laid out in columns (its column cells stand apart by wide gaps). */
export function isAligned(raw: string): boolean {
  // GAP's two cases as plain searches: the pattern was tried at every character of every row.
  const t = raw.trim();
  return t.includes("  ") || t.includes("\t");
}

/**
 * The numeric tail of a row (label cut off) with the character offset it starts at. Remembered
 * per row (`textMemo.ts`, the answer frozen): a dozen table readers cut the same rows.
 */
export const numericTail: (raw: string) => { label: string; tail: string; at: number } = rememberByText((raw) =>
  readNumericTail(raw),
);

function readNumericTail(raw: string): { label: string; tail: string; at: number } {
  // "+160 000": a plus sign written before a positive cell is blanked in place, so the cell reads whole.
  const line = normaliseNegatives(
    raw
      .replace(/\t/g, "  ")
      .replace(NUMBER_SPACES, " ")
      .replace(/(^|\s)\+(?=\d)/g, "$1 "),
  );
  const spans = [...line.matchAll(/\S+/g)];
  let k = spans.length;
  // An en dash or a real minus glued to the digits ("–6 397") is the number's sign.
  while (k > 0 && /^([-–−]?\d+(,\d+)?%?|[-–—−]|%)$/.test(spans[k - 1]![0])) k--;
  // A "%" before the first figure closes the label ("Andel till arbete, %   37   34"): a cell's
  // percent sign follows its number.
  while (k < spans.length && spans[k]![0] === "%") k++;
  if (k === spans.length) return { label: line.trim(), tail: "", at: line.length };
  const at = spans[k]!.index!;
  return {
    label: spans
      .slice(0, k)
      .map((s) => s[0])
      .join(" ")
      .replace(/[:*]+$/, "")
      .trim(),
    tail: line.slice(at).trimEnd(),
    at,
  };
}

/**
 * Place a row's cells under the header's columns by position: each run of characters between
 * wide gaps is one cell and must overlap exactly one column.
 */
export function cellsByPosition(raw: string, columns: readonly GridColumn[]): GridCells {
  const { tail, at } = numericTail(raw);
  if (tail === "") return { values: null, reason: "no numbers on the row" };
  const values = columns.map(() => NaN);
  const filled = columns.map(() => false);
  for (const m of tail.matchAll(/\S+(?: \S+)*/g)) {
    const from = at + m.index!;
    const to = from + m[0].length - 1;
    let hits = columns.flatMap((c, i) => (c.from <= to && from <= c.to ? [i] : []));
    // Right-aligned numbers under left-aligned or narrower headings: the column whose zone
    // (the gaps between headings split halfway) holds the middle of the cell.
    if (hits.length === 0) {
      const middle = (from + to) / 2;
      hits = columns.flatMap((_, k) => (zone(columns, k).from <= middle && middle <= zone(columns, k).to ? [k] : []));
    }
    if (hits.length !== 1)
      return {
        values: null,
        reason: `the cell "${m[0]}" stands under ${hits.length === 0 ? "no column" : "two columns"} of the header`,
      };
    const i = hits[0]!;
    if (filled[i]) return { values: null, reason: `two cells stand under the column "${columns[i]!.written}"` };
    filled[i] = true;
    if (/^[-–—−]$/.test(m[0])) continue;
    // A dash one space before the digits inside one cell ("– 182" under one heading, the next
    // cell a column gap away) is the cell's sign set apart, as a typeset minus often is: an
    // empty cell's dash stands a column gap from its neighbours.
    const cell = m[0].replace(/^[-–−] (?=\d)/, "-");
    if (!NUMBER_TAIL.test(cell)) return { values: null, reason: `the cell "${m[0]}" is no number` };
    const n = parseNumberRun(cell);
    if (!n || n.values.length !== 1 || n.damaged.length > 0)
      return { values: null, reason: `the cell "${m[0]}" holds more than one number` };
    values[i] = n.values[0]!;
  }
  return { values, by: "position" };
}

/** A column's zone: from halfway to the heading on its left to halfway to the one on its right. */
function zone(columns: readonly GridColumn[], i: number): { from: number; to: number } {
  const c = columns[i]!;
  const left = columns[i - 1];
  const right = columns[i + 1];
  return {
    from: left ? Math.floor((left.to + c.from) / 2) + 1 : Number.NEGATIVE_INFINITY,
    to: right ? Math.floor((c.to + right.from) / 2) : Number.POSITIVE_INFINITY,
  };
}

/**
 * Split a single-spaced run of numbers into `count` cells: only the one reading whose every
 * value passes `plausible` is taken. Several readings (or none) leave the row unread.
 */
export function cellsBySplit(tail: string, count: number, plausible: (v: number) => boolean): GridCells {
  let readings = numberReadings(tail, count).filter((r) => r.every((v) => Number.isNaN(v) || plausible(v)));
  // Several plausible splits: the cells of one row are alike in size. A split that makes one
  // cell ten thousand times another ("−433 | 194 813 074" beside "−752 630") is no reading when
  // another split keeps them alike; the one alike split is taken.
  if (readings.length > 1) {
    const alike = readings.filter(cellsAlike);
    if (alike.length === 1) readings = alike;
  }
  if (readings.length === 1) return { values: readings[0]!, by: "split" };
  return {
    values: null,
    reason:
      readings.length === 0
        ? `its numbers cannot be split into the ${count} columns of the header`
        : `its digits split into the ${count} columns of the header in ${readings.length} plausible ways`,
  };
}

/** The largest cell of a reading is at most ten thousand times its smallest (zeros and dashes aside). */
const ALIKE_RATIO = 10_000;
function cellsAlike(reading: readonly number[]): boolean {
  const sizes = reading.filter((v) => Number.isFinite(v) && v !== 0).map((v) => Math.abs(v));
  return sizes.length < 2 || Math.max(...sizes) <= ALIKE_RATIO * Math.min(...sizes);
}

/**
 * Split a row's numeric tail at its wide gaps: taken only when there are exactly `count` cells
 * and each holds one number or a dash (an empty cell).
 */
export function cellsByGaps(tail: string, count: number): GridCells {
  const cells = tail.trim().split(GAP);
  if (cells.length !== count) return { values: null, reason: `the row has ${cells.length} cells for ${count} columns` };
  const values: number[] = [];
  for (const cell of cells) {
    if (/^[-–—−]$/.test(cell)) {
      values.push(NaN);
      continue;
    }
    const n = NUMBER_TAIL.test(cell) ? parseNumberRun(cell) : null;
    if (!n || n.values.length !== 1 || n.damaged.length > 0)
      return { values: null, reason: `the cell "${cell}" is no number` };
    values.push(n.values[0]!);
  }
  return { values, by: "gaps" };
}

/**
 * A row's cells under a header: by position when both the header and the row are laid out in
 * columns (by their gaps when the positions do not line up), otherwise by the unique plausible
 * split.
 */
export function readGridRow(
  raw: string,
  header: {
    raw: string;
    columns: readonly GridColumn[];
    /** Columns never read ("Snitt 22–24", "Avvikelse" beside the year's): their cells need not be plausible. */
    unreadColumns?: readonly boolean[];
  },
  plausible: (v: number) => boolean,
): GridCells & { label: string } {
  const { label, tail } = numericTail(raw);
  const count = header.columns.length;
  if (tail === "") return { label, values: null, reason: "no numbers on the row" };
  if (isAligned(header.raw) && isAligned(raw.slice(raw.indexOf(label) + label.length))) {
    const placed = cellsByPosition(raw, header.columns);
    // Spaced text: cells stand apart by wide gaps but not under their headings. A row with
    // exactly one gap-separated cell per column fills the columns in order.
    const gaps = placed.values ? placed : cellsByGaps(tail, count);
    // "kr    1 287 640 1 352 020": two cells one space apart, split where the columns make it unique.
    const cells = gaps.values
      ? gaps
      : (cellsBySpacedRun(tail, numericTail(raw).at, header.columns, (k) => zone(header.columns, k)) ?? gaps);
    if (cells.values && cells.values.every((v, k) => Number.isNaN(v) || header.unreadColumns?.[k] || plausible(v)))
      return { label, ...cells };
    if (cells.values) return { label, values: null, reason: "a value is beyond what the row can hold" };
    return { label, ...placed };
  }
  return { label, ...cellsBySplit(tail, count, plausible) };
}

/** A run of words one space apart on a line, with its character range (inclusive). */
interface Run {
  from: number;
  to: number;
  text: string;
}

const runsOf = (raw: string): Run[] =>
  [...raw.replace(/\t/g, "  ").matchAll(/\S+(?: \S+)*/g)].map((m) => ({
    from: m.index!,
    to: m.index! + m[0].length - 1,
    text: m[0],
  }));

/** A run that is a number cell ("34", "1 204", "33 %"). */
const NUMBER_RUN = /^\d{1,3}(?: \d{3})*(?: ?%)?$/;

/**
 * A header stacked over lines in layout text, read by where its rows put their numbers: one cell
 * per number column of the rows (`rows`, each with the same count of number cells after its
 * label), or undefined when the words do not place one way.
 *
 * The lowest header line's runs take the columns they stand over (the one they overlap most,
 * else the nearest by the edge the numbers align on), one column each. A run of a line above
 * takes a column no run below took, if that is the one it stands over; otherwise it is a title
 * over the group of taken columns around it ("Inskrivna" over "Kv  Män  Summa", "Avslut till"
 * over the destinations) and goes before each of their words. A column no word stands over, or
 * two titles over one group, leaves the header unread.
 */
export function headerOverColumns(headerRaws: readonly string[], rows: readonly string[]): string[] | undefined {
  const cells = rows.map((r) => runsOf(r).filter((x) => NUMBER_RUN.test(x.text)));
  const n = cells[0]?.length ?? 0;
  if (n < 2 || cells.some((c) => c.length !== n)) return undefined;
  const columns = cells[0]!.map((_, k) => ({
    from: Math.min(...cells.map((c) => c[k]!.from)),
    to: Math.max(...cells.map((c) => c[k]!.to)),
  }));
  // Numbers set flush right (a column's cells end at one place) are read against the words' right ends.
  const right = cells.length > 1 && cells.every((c) => c.every((x, k) => x.to === cells[0]![k]!.to));
  const labelEnd = columns[0]!.from;
  const distance = (run: Run, k: number) => {
    const c = columns[k]!;
    const overlap = Math.min(run.to, c.to) - Math.max(run.from, c.from) + 1;
    if (overlap > 0) return -overlap * 1000 + Math.abs(right ? run.to - c.to : run.from - c.from);
    return Math.max(c.from - run.to, run.from - c.to) * 1000;
  };
  const nearest = (run: Run) => {
    let best = 0;
    for (let k = 1; k < n; k++) if (distance(run, k) < distance(run, best)) best = k;
    return best;
  };
  const words: string[][] = columns.map(() => []);
  const taken = columns.map(() => false);
  const titled = columns.map(() => false);
  const lines = [...headerRaws].reverse().map(runsOf);
  for (const [depth, runs] of lines.entries()) {
    const placed: { run: Run; k: number }[] = [];
    for (const run of runs) {
      // The label column's title ("Insats", "Kommun") stands left of every number.
      if (run.to < labelEnd) continue;
      placed.push({ run, k: nearest(run) });
    }
    for (const { run, k } of placed) {
      if (depth === 0 || !taken[k]) {
        if (taken[k]) return undefined; // two runs of one line over one column
        taken[k] = true;
        words[k]!.unshift(run.text);
        continue;
      }
      // A title over the taken columns around the one it stands over.
      let from = k;
      let to = k;
      while (from > 0 && taken[from - 1] && !placed.some((p) => p.k === from - 1)) from--;
      while (to < n - 1 && taken[to + 1] && !placed.some((p) => p.k === to + 1)) to++;
      for (let j = from; j <= to; j++) {
        if (titled[j]) return undefined;
        titled[j] = true;
        words[j]!.unshift(run.text);
      }
    }
    if (depth === 0 && placed.length !== new Set(placed.map((p) => p.k)).size) return undefined;
  }
  return taken.every(Boolean) ? words.map((w) => w.join(" ")) : undefined;
}
