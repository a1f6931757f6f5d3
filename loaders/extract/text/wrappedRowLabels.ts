/**
 * A table whose row labels are too long for their column, each wrapped onto a second line of the
 * label column, as a PDF's narrow label column or a word processor's table prints it:
 *
 *     Insats                       Inskrivna   Kvinnor   Män        (figures on the label's first line)
 *     Samverkansteam vid                  83        47    36
 *     psykisk ohälsa
 *
 *     Avslutade till               Kvinnor   Män   Totalt          (figures on the label's last line)
 *     Förvärvsarbete, även
 *     med lönestöd                       8    10       18
 *
 * Read line by line, the row's label is half of it ("Samverkansteam vid", "med lönestöd"): no
 * reader knows "med lönestöd" as work, and a line of words alone ends the table. Here each label's
 * two lines are joined on the row's line ("Förvärvsarbete, även med lönestöd   8   10   18"), the
 * label's other line dropped; the row cites its figures' line. Where a joined label does not fit
 * before the figures, the whole table is widened at the gap before its first figure column, every
 * line alike, so each cell keeps its place under its header.
 *
 * It fires only where the shape is plain:
 * - a header line of two cells or more (cells set apart by two spaces or more) over rows of a label
 *   and two figures or more;
 * - the label's other line is words alone in one cell, starting at the row label's own margin and
 *   ending before the row's first figure;
 * - figures on the first line: the lower line opens in lower case or on a bracket ("psykisk
 *   ohälsa", "(16–29 år)"); figures on the last line: the upper line opens on a capital and the
 *   row's label in lower case ("med lönestöd"), never a part word ("varav", "därav", "kvinnor");
 * - two such rows at least in the table, all of one kind, and no other line of words alone among
 *   its rows: a heading between groups ("Kvinnor"), a note or a caption leaves the table as written.
 * A caption wrapped onto the header's line ("Tabell 2. Avslutade deltagare 2025 efter" / "vad de gick
 * vidare till   Kvinnor   Män   Totalt") of such a table has its last words set back on the caption's
 * line. Pure.
 */
import { figureAlone } from "../numbers.ts";
import { layoutCells, type LayoutCell } from "./layoutCells.ts";
import { withoutLines } from "./withoutLines.ts";

/** A figure alone in its cell, or a dash for an empty one. */
const FIGURE = figureAlone({ decimals: true, percent: true });
const EMPTY = /^[-–—]$/;
const YEAR = /^(?:19|20)\d\d$/;
/** Part words opening a set-in row that is a part of the row above, never a wrapped label's end. */
const PART_WORD = /^(?:varav|därav|av dessa|kvinnor|män|flickor|pojkar|totalt|summa)(?!\p{L})/iu;
/** Wrapped rows a table needs. */
const MIN_WRAPPED = 2;

type Cell = LayoutCell;

type Kind =
  | { kind: "blank" }
  | { kind: "row"; label: Cell; figures: Cell[] }
  | { kind: "words"; cell: Cell }
  | { kind: "header"; cells: Cell[] }
  | { kind: "other" };

const isFigure = (t: string) => FIGURE.test(t) || EMPTY.test(t);

function classify(line: string): Kind {
  if (!line.trim()) return { kind: "blank" };
  const cells = layoutCells(line);
  const [first, ...rest] = cells;
  if (!first) return { kind: "blank" };
  const lettered = /\p{L}/u.test(first.text);
  if (cells.length === 1) return lettered && !isFigure(first.text) ? { kind: "words", cell: first } : { kind: "other" };
  if (lettered && rest.length >= 2 && rest.every((c) => isFigure(c.text)) && rest.some((c) => FIGURE.test(c.text)))
    return { kind: "row", label: first, figures: rest };
  // A header's cells: words, a year among them or alone ("Kvinnor", "Utfall 2025", "2024").
  if (
    cells.every((c) => (/\p{L}/u.test(c.text) || YEAR.test(c.text)) && !/\d/.test(c.text.replace(/(?:19|20)\d\d/g, "")))
  )
    return { kind: "header", cells };
  return { kind: "other" };
}

/** Two parts of a label joined: a word hyphenated at the break closed up, "gymnasie- eller" kept. */
function joinLabel(upper: string, lower: string): string {
  if (/\p{L}-$/u.test(upper) && !/^(?:och|eller|samt|resp)(?!\p{L})/u.test(lower) && /^\p{Ll}/u.test(lower))
    return upper.slice(0, -1) + lower;
  return `${upper} ${lower}`;
}

interface Join {
  /** The row's line (0-based). */
  row: number;
  /** The label's other line. */
  other: number;
  label: string;
}

/** The joins of one table's rows (lines `from`..`to`, the header at `header`), or undefined. */
function tableJoins(kinds: readonly Kind[], header: number, to: number): Join[] | undefined {
  const first: Join[] = [];
  const last: Join[] = [];
  const used = new Set<number>();
  for (let i = header + 1; i <= to; i++) {
    const k = kinds[i]!;
    if (k.kind !== "words") continue;
    const w = k.cell;
    const above = kinds[i - 1]!;
    const below = i + 1 <= to ? kinds[i + 1]! : undefined;
    const fits = (r: Extract<Kind, { kind: "row" }>) => w.from === r.label.from && w.to < r.figures[0]!.from - 1;
    if (
      below?.kind === "row" &&
      /^\p{Lu}/u.test(w.text) &&
      /^\p{Ll}/u.test(below.label.text) &&
      !PART_WORD.test(below.label.text) &&
      fits(below)
    ) {
      last.push({ row: i + 1, other: i, label: joinLabel(w.text, below.label.text) });
      used.add(i);
    } else if (
      above.kind === "row" &&
      /^[\p{Ll}(]/u.test(w.text) &&
      !PART_WORD.test(w.text) &&
      fits(above) &&
      !(below?.kind === "row" && /^\p{Ll}/u.test(below.label.text))
    ) {
      first.push({ row: i - 1, other: i, label: joinLabel(above.label.text, w.text) });
      used.add(i);
    } else return undefined;
  }
  if (first.length > 0 && last.length > 0) return undefined;
  const joins = first.length > 0 ? first : last;
  return joins.length >= MIN_WRAPPED ? joins : undefined;
}

export function wrappedRowLabels(lines: readonly string[]): { lines: string[]; from: number[] } | undefined {
  const kinds = lines.map(classify);
  const out = [...lines];
  const drop = new Set<number>();
  let changed = false;
  for (let h = 0; h < lines.length; h++) {
    if (kinds[h]!.kind !== "header") continue;
    // The table: the header, then rows and words-alone lines up to a blank line or another shape.
    let to = h;
    while (to + 1 < lines.length && (kinds[to + 1]!.kind === "row" || kinds[to + 1]!.kind === "words")) to++;
    // A words-alone line closing the table is no label's part unless a row's first line is above it.
    const joins = tableJoins(kinds, h, to);
    if (!joins) continue;
    const rows = new Map(joins.map((j) => [j.row, j]));
    // The gap before the first figure column: the lowest start of a cell after the label in the table.
    const tableLines = [h, ...Array.from({ length: to - h }, (_, k) => h + 1 + k)].filter(
      (i) => !joins.some((j) => j.other === i),
    );
    let firstFigure = Infinity;
    for (const i of tableLines) {
      const k = kinds[i]!;
      if (k.kind === "row") firstFigure = Math.min(firstFigure, k.figures[0]!.from);
      if (k.kind === "header") firstFigure = Math.min(firstFigure, k.cells[1]!.from);
    }
    let need = 0;
    for (const j of joins) {
      const k = kinds[j.row] as Extract<Kind, { kind: "row" }>;
      need = Math.max(need, k.label.from + j.label.length + 2 - firstFigure);
    }
    const at = firstFigure - 1;
    if (need > 0 && tableLines.some((i) => (lines[i]![at] ?? " ") !== " ")) continue;
    const widen = (s: string) => (need > 0 && s.length > at ? s.slice(0, at) + " ".repeat(need) + s.slice(at) : s);
    for (const i of tableLines) {
      const j = rows.get(i);
      let s = lines[i]!;
      if (j) {
        const k = kinds[i] as Extract<Kind, { kind: "row" }>;
        s = s.slice(0, k.label.from) + " ".repeat(k.label.to - k.label.from) + s.slice(k.label.to);
        s = widen(s);
        s = s.slice(0, k.label.from) + j.label + s.slice(k.label.from + j.label.length);
      } else s = widen(s);
      out[i] = s;
    }
    for (const j of joins) drop.add(j.other);
    // A caption wrapped onto the header's line: its lower-case first cell set back after the caption.
    const head = kinds[h] as Extract<Kind, { kind: "header" }>;
    const cap = h > 0 ? kinds[h - 1]! : undefined;
    if (cap?.kind === "words" && /^\p{Ll}/u.test(head.cells[0]!.text) && cap.cell.from === head.cells[0]!.from) {
      out[h - 1] = `${lines[h - 1]!.trimEnd()} ${head.cells[0]!.text}`;
      const c = head.cells[0]!;
      const s = out[h]!;
      const width = c.to - c.from;
      out[h] = s.slice(0, c.from) + " ".repeat(width) + s.slice(c.from + width);
    }
    changed = true;
    h = to;
  }
  if (!changed) return undefined;
  return withoutLines(out, drop);
}
