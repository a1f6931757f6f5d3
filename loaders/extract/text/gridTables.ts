/**
 * A grid table, as text exporters and documentation systems print one: rules of "+" and dashes
 * ("+------+-----+", "+======+=====+" under the header) between rows, each cell boxed by "|", and a
 * cell's long text wrapped onto more lines inside its box:
 *
 *   +----------------------------+--------+
 *   | Deltagare under året (unika | 203    |
 *   | personer), totalt           |        |
 *   +----------------------------+--------+
 *
 * Read line by line, the label's halves are two rows and the number sits beside half a label (or
 * alone, on the label's second line). Here each row between two rules becomes one line, every cell
 * its words from all the row's lines, the columns set as wide as their widest cell and three spaces
 * apart ("Deltagare under året (unika personer), totalt   203"), as layout text sets a table; the
 * rules go. A row cites the line its figures stand on. Only a box whose rules all stand at the same "+" marks
 * and whose lines all have "|" at those marks is such a table; anything else stays as written. Pure.
 */

/** A grid table's rule: "+-----+----+", "+=====+====+" (under the header), "+:----+----:+". */
import { isSignLegend, wordForSymbol } from "../../reference/concepts.ts";
import { someLineMatches } from "./wholeText.ts";

const RULE = /^\s*\+(?:[-=:]+\+){2,}\s*$/;
/** A year written as a heading cell may hold it ("2025"): no figure. */
const YEAR_WORD = /(?<!\d)(?:19|20)\d\d(?!\d)/g;
/** The cheap look first: no line of most documents has a rule's corner. */
const CORNER = /\+[-=]/;

/** Where a rule's "+" marks stand: the columns' edges. */
function edgesOf(rule: string): number[] {
  const out: number[] = [];
  for (let i = rule.indexOf("+"); i >= 0; i = rule.indexOf("+", i + 1)) out.push(i);
  return out;
}

const sameEdges = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** Whether a line is a row's line of the box: a "|" at every edge, nothing outside it. */
function isCellLine(line: string, edges: readonly number[]): boolean {
  if (line.length < edges.at(-1)! + 1 || line.slice(edges.at(-1)! + 1).trim() !== "") return false;
  if (line.slice(0, edges[0]).trim() !== "") return false;
  return edges.every((e) => line[e] === "|");
}

/** A cell's parts from every line of its row joined, in order; a word hyphenated at a line's end joined. */
export function joinWrapped(parts: readonly string[]): string {
  let text = "";
  for (const part of parts) {
    if (part === "") continue;
    text =
      text === ""
        ? part
        : /\p{L}-$/u.test(text) && /^\p{Ll}/u.test(part)
          ? text.slice(0, -1) + part
          : `${text} ${part}`;
  }
  return text;
}

/** A cell's words from every line of its row. */
const cellText = (lines: readonly string[], from: number, to: number) =>
  joinWrapped(lines.map((line) => line.slice(from + 1, to).trim()));

/**
 * The lines with each grid table's rows one line each and its rules gone, with the index in
 * `lines` each comes from; undefined when the text holds no grid table.
 */
export function joinGridTables(lines: readonly string[]): { lines: string[]; from: number[] } | undefined {
  if (!someLineMatches(lines, CORNER)) return undefined;
  const out: string[] = [];
  const from: number[] = [];
  let found = false;
  for (let i = 0; i < lines.length;) {
    if (!RULE.test(lines[i]!)) {
      out.push(lines[i]!);
      from.push(i);
      i++;
      continue;
    }
    const edges = edgesOf(lines[i]!);
    const rows: number[][] = [];
    let j = i;
    for (;;) {
      let k = j + 1;
      while (k < lines.length && isCellLine(lines[k]!, edges)) k++;
      // A row closed by a rule at the same marks; any other line ends the table before this row.
      if (k === j + 1 || k >= lines.length || !RULE.test(lines[k]!) || !sameEdges(edgesOf(lines[k]!), edges)) break;
      const box = Array.from({ length: k - j - 1 }, (_, n) => j + 1 + n);
      // Lines of one box are one row only where at most one of them has anything past the label's
      // cell (a label wrapped over lines); a table ruled only under its header and at its foot has
      // a row a line, and two rows' figures are never joined into one.
      const filled = box.filter((n) => lines[n]!.slice(edges[1]! + 1).replace(/[|\s]/g, "") !== "").length;
      // The first box is the header where its cells hold words and years only ("Budget" over "2025"):
      // its lines are one heading row, each cell's words from every line, as the box sets them.
      const heading = rows.length === 0 && box.every((n) => !/\d/.test(lines[n]!.replace(YEAR_WORD, "")));
      if (filled <= 1 || heading) rows.push(box);
      else rows.push(...box.map((n) => [n]));
      j = k;
    }
    if (rows.length < 2) {
      out.push(lines[i]!);
      from.push(i);
      i++;
      continue;
    }
    found = true;
    const table = rows.map((row) => {
      const rowLines = row.map((n) => lines[n]!);
      // A cell that is a sign alone ("♀", "♂", "Σ") is the lexicon's word for it, as a heading or a label.
      return edges.slice(1).map((to, c) => {
        const text = cellText(rowLines, edges[c]!, to);
        return wordForSymbol(text) ?? text;
      });
    });
    // Each column as wide as its widest cell, three spaces apart: laid out as layout text is.
    const widths = edges.slice(1).map((_, c) => Math.max(...table.map((cells) => cells[c]!.length)));
    table.forEach((cells, r) => {
      const row = rows[r]!;
      out.push(
        cells
          .map((cell, c) => cell.padEnd(widths[c]!))
          .join("   ")
          .trimEnd(),
      );
      // The row cites the line its figures stand on (the first with a digit past the label's cell).
      from.push(row.find((n) => /\d/.test(lines[n]!.slice(edges[1]!))) ?? row[0]!);
    });
    i = j + 1;
    // A legend of the table's signs right under it ("♀ kvinnor   ♂ män   Σ summa") is read in the cells above.
    if (i < lines.length && isSignLegend(lines[i]!)) {
      out.push("");
      from.push(i);
      i++;
    }
  }
  return found ? { lines: out, from } : undefined;
}
