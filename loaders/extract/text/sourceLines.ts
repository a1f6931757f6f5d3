/**
 * What a source format's decoder (`rtfSource.ts`, `latexSource.ts`, `calendarSource.ts`,
 * `xliffSource.ts`) writes: the plain layout text the readers read, each line with the document line
 * it cites. A decoder adds text character by character, each character with the 0-based document line
 * it stands on, and closes a paragraph, a table row or a block:
 *
 * - a paragraph is set out on the document's own lines where its text was written over several
 *   (a word processor wraps its source, a LaTeX author breaks lines), so each line cites its own; a line
 *   is cut only where the source's line break falls between two words, never inside a word or between
 *   the digit groups of a number ("8 15" / "7 600" stays one number on the line it began on);
 * - a table row is its cells joined by TABs, set out in columns afterwards as a word processor's TAB
 *   table is (`input/tabCells.ts` `alignTabCells`); the row cites the line of its first figure after
 *   the label, else its first text;
 * - a blank line where the source leaves an empty paragraph, never two in a row.
 *
 * Pure.
 */
import { alignTabCells } from "../../input/tabCells.ts";

export interface SourceLines {
  /** The decoded lines the readers read. */
  lines: string[];
  /** Per line of `lines`, the 0-based document line it cites. */
  from: number[];
}

/** Characters with their document lines. */
export interface Run {
  text: string;
  at: number[];
}

export const emptyRun = (): Run => ({ text: "", at: [] });

export function addTo(run: Run, text: string, line: number): void {
  run.text += text;
  for (let k = 0; k < text.length; k++) run.at.push(line);
}

export function appendRun(run: Run, more: Run): void {
  run.text += more.text;
  run.at.push(...more.at);
}

/**
 * Whitespace collapsed to single spaces and trimmed, each kept character keeping its line; a run of
 * whitespace holding a TAB (a tab stop between a label and its figure) is one TAB.
 */
export function squeezed(run: Run): Run {
  const out = emptyRun();
  let space = "";
  let spaceAt = 0;
  for (let k = 0; k < run.text.length; k++) {
    const c = run.text[k]!;
    if (/\s/.test(c)) {
      if (space === "") spaceAt = run.at[k]!;
      if (space !== "\t") space = c === "\t" ? "\t" : " ";
      continue;
    }
    if (space !== "" && out.text !== "") addTo(out, space, spaceAt);
    space = "";
    addTo(out, c, run.at[k]!);
  }
  return out;
}

const DIGIT = /\d/;

export class LineSink {
  private readonly lines: string[] = [];
  private readonly from: number[] = [];
  private lastLine = 0;

  /** A paragraph: cut at the source's line breaks between words; each piece cites its first character's line. */
  paragraph(run: Run): void {
    const p = squeezed(run);
    if (p.text === "") return;
    let start = 0;
    for (let k = 1; k <= p.text.length; k++) {
      if (k < p.text.length && !this.cutsAt(p, k)) continue;
      const piece = p.text.slice(start, k).trim();
      if (piece !== "") this.push(piece, p.at[start + p.text.slice(start, k).search(/\S/)]!);
      start = k;
    }
  }

  /** One line as it stands (a list item, a heading), citing the line of its first figure, else its first character. */
  line(run: Run): void {
    const p = squeezed(run);
    if (p.text === "") return;
    const digit = p.text.search(DIGIT);
    this.push(p.text, p.at[digit >= 0 ? digit : 0]!);
  }

  /** A table row: its cells (a label, then values) joined by TABs. */
  row(cells: readonly Run[]): void {
    const set = cells.map(squeezed);
    while (set.length > 0 && set[set.length - 1]!.text === "") set.pop();
    if (set.length === 0) return;
    // A row of one cell (a caption across the table) is a line of text.
    if (set.filter((c) => c.text !== "").length === 1 && set[0]!.text !== "") return this.line(set[0]!);
    const figure = set.slice(1).find((c) => DIGIT.test(c.text));
    const first = figure ?? set.find((c) => c.text !== "")!;
    const at = figure ? first.at[first.text.search(DIGIT)]! : first.at[0]!;
    this.push(set.map((c) => c.text.replace(/\t/g, " ")).join("\t"), at);
  }

  /** An empty paragraph: one blank line, never two. */
  blank(line?: number): void {
    if (this.lines.length === 0 || this.lines[this.lines.length - 1] === "") return;
    this.lines.push("");
    this.from.push(line ?? this.lastLine);
  }

  /** The lines written, TAB rows set out in columns; undefined where nothing was. */
  done(): SourceLines | undefined {
    while (this.lines.length > 0 && this.lines[this.lines.length - 1] === "") {
      this.lines.pop();
      this.from.pop();
    }
    if (this.lines.length === 0) return undefined;
    return { lines: alignTabCells(this.lines), from: [...this.from] };
  }

  private push(text: string, line: number): void {
    this.lines.push(text);
    this.from.push(line);
    this.lastLine = line;
  }

  /** The source's line break falls at `k`, between two words and not between a number's digit groups. */
  private cutsAt(p: Run, k: number): boolean {
    if (p.at[k] === p.at[k - 1]) return false;
    const before = p.text[k - 1]!;
    const after = p.text[k]!;
    if (before !== " " && after !== " ") return false;
    const left = p.text.slice(0, k).trimEnd();
    const right = p.text.slice(k).trimStart();
    return !(DIGIT.test(left.slice(-1)) && DIGIT.test(right.slice(0, 1)));
  }
}
