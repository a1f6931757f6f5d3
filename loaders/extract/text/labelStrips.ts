/**
 * Key figures set as a horizontal strip: a line of labels, each a cell of words, over a line of
 * figures, each standing under its label, as a one-page summary or a slide prints them:
 *
 *     Intäkter   Kostnader   Årets resultat   Eget kapital 31 dec
 *       6 120      6 304          -184               1 486
 *
 * No reader sees which figure belongs to which label in that. Here the two lines become one line a
 * pair ("Intäkter     6 120", "Kostnader    6 304", …), each citing the figures' line, so a strip reads
 * as the rows of a table under the same caption ("Ekonomi (tkr)") would.
 *
 * It fires only where the shape is plain:
 * - the labels' line has three cells or more, set apart by two spaces or more, each opening on a
 *   letter (a label may hold a date, "31 dec"), none a year or a column's basis alone ("Budget",
 *   "Utfall 2025"): a table's column header stays a header;
 * - the line right under it holds figures only, as many as there are labels, each standing under
 *   its own label (its middle within the label's zone, halfway to the neighbouring labels);
 * - the line after the figures is no second line of figures: a table of unlabelled rows stays as
 *   written.
 *
 * A strip sets a whole's parts after it ("Deltagare   Kvinnor   Män   …   Avslutade   Till arbete"):
 * a gender's cell after a count is that count's split where the genders add up to it exactly, and a
 * destination ("Till arbete", "Till studier") after the exits is a part of them where the
 * destinations together are no more than they; each such part is said "varav kvinnor", "varav till
 * arbete", as a table's rows say it. Pure.
 */
import { bestConcept } from "../../reference/concepts.ts";
import { figureAlone } from "../numbers.ts";
import { DESTINATION_LABEL, SHARE_LABEL } from "../../reference/rowLabels.ts";

/** A figure alone in its cell: "139", "6 120", "-184", "−1 486", "30,9", "30,9 %". */
const FIGURE = figureAlone({ plus: true, decimals: true, percent: true });
/** A label cell: opens on a letter. */
const LABEL = /^\p{L}/u;
/** A cell a table's column header has: a year alone, or a basis word with or without its year. */
const COLUMN_WORD =
  /^(?:(?:19|20)\d\d|(?:budget|utfall|prognos|bokslut|avvikelse|föregående år|fg år|innevarande år)(?:\s+(?:19|20)\d\d)?)$/iu;
/** Cells a strip needs. */
const MIN_CELLS = 3;

interface Cell {
  text: string;
  start: number;
  end: number;
}

/** A line's cells: runs of text set apart by two spaces or more, with where each stands. */
function cellsOf(line: string): Cell[] {
  const out: Cell[] = [];
  const re = /\S+(?: \S+)*/g;
  for (let m = re.exec(line); m; m = re.exec(line))
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

const isGender = (label: string) =>
  label.split(" ").length <= 2 && /^(?:woman|man)$/.test(bestConcept(label, ["gender"], 1)?.concept.code ?? "");
/** A figure's number: "6 120" → 6120, "30,9 %" → 30.9. */
const valueOf = (figure: string) => Number(figure.replace(/[  %]/g, "").replace(",", ".").replace(/^[–−]/, "-"));

/**
 * Each label as the strip means it: a part after its whole said "varav …" where the parts agree with
 * the whole (genders adding up to it, destinations no more than it); every other label as written.
 */
function withParts(labels: readonly string[], figures: readonly string[]): string[] {
  const out = [...labels];
  for (let k = 0; k < labels.length; k++) {
    const gender = isGender(labels[k]!);
    if (!gender && (!DESTINATION_LABEL.test(labels[k]!) || SHARE_LABEL.test(labels[k]!))) continue;
    let end = k;
    while (
      end < labels.length &&
      (gender ? isGender(labels[end]!) : DESTINATION_LABEL.test(labels[end]!) && !SHARE_LABEL.test(labels[end]!))
    )
      end++;
    if (k === 0) {
      k = end - 1;
      continue;
    }
    // Counts only: a share ("24 %") or a figure with decimals is no part of a count.
    if (!figures.slice(k - 1, end).every((f) => /^[-–−+]?\d{1,3}(?:[  ]\d{3})*$/u.test(f))) {
      k = end - 1;
      continue;
    }
    const whole = valueOf(figures[k - 1]!);
    const parts = figures.slice(k, end).map(valueOf);
    const sum = parts.reduce((a, b) => a + b, 0);
    if (gender ? parts.length >= 2 && sum === whole : sum <= whole)
      for (let n = k; n < end; n++) out[n] = `varav ${labels[n]!.toLowerCase()}`;
    k = end - 1;
  }
  return out;
}

const isFigureLine = (cells: readonly Cell[]) => cells.length > 0 && cells.every((c) => FIGURE.test(c.text));

/** Whether each figure's middle stands in its own label's zone (halfway to the labels beside it). */
function underTheirLabels(labels: readonly Cell[], figures: readonly Cell[]): boolean {
  return figures.every((f, k) => {
    const mid = (f.start + f.end) / 2;
    const from = k === 0 ? -Infinity : (labels[k - 1]!.end + labels[k]!.start) / 2;
    const to = k === labels.length - 1 ? Infinity : (labels[k]!.end + labels[k + 1]!.start) / 2;
    return mid >= from && mid <= to;
  });
}

/**
 * The lines with each strip of labels over figures said as one "label   figure" line a pair, with the
 * index in `lines` each comes from; undefined when the text holds no strip.
 */
export function labelStrips(lines: readonly string[]): { lines: string[]; from: number[] } | undefined {
  let out: string[] | undefined;
  let from: number[] | undefined;
  for (let i = 0; i + 1 < lines.length; i++) {
    const figureLine = lines[i + 1]!;
    // Cheap first: the line under the labels opens, after its indent, on a figure.
    if (!/^\s*[-–−+]?\d/u.test(figureLine)) continue;
    // Strips stacked with figures above their labels (an infographic's): whose figures are whose is unclear.
    if (i > 0 && isFigureLine(cellsOf(lines[i - 1]!))) continue;
    const labels = cellsOf(lines[i]!);
    if (labels.length < MIN_CELLS || !labels.every((c) => LABEL.test(c.text) && !COLUMN_WORD.test(c.text))) continue;
    // A label naming a share ("Till arbete (%)", "Andel till arbete") has no count under it to be a part.
    const figures = cellsOf(figureLine);
    if (figures.length !== labels.length || !isFigureLine(figures) || !underTheirLabels(labels, figures)) continue;
    const after = cellsOf(lines[i + 2] ?? "");
    if (isFigureLine(after)) continue;
    if (!out || !from) {
      out = lines.slice(0, i);
      from = out.map((_, k) => k);
    } else {
      // Lines between the previous strip and this one, as written.
      for (let k = (from.at(-1) ?? -1) + 1; k < i; k++) {
        out.push(lines[k]!);
        from.push(k);
      }
    }
    const said = withParts(
      labels.map((c) => c.text),
      figures.map((c) => c.text),
    );
    // Set as a list of key figures is: labels padded, four spaces at least, the figures right-aligned.
    const width = Math.max(...said.map((label) => label.length));
    const figureWidth = Math.max(...figures.map((c) => c.text.length));
    said.forEach((label, k) => {
      out!.push(`${label.padEnd(width)}    ${figures[k]!.text.padStart(figureWidth)}`);
      from!.push(i + 1);
    });
    i++;
  }
  if (!out || !from) return undefined;
  for (let k = from.at(-1)! + 1; k < lines.length; k++) {
    out.push(lines[k]!);
    from.push(k);
  }
  return { lines: out, from };
}
