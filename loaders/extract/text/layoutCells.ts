/**
 * A layout line's cells: runs of words one space apart, set apart from the next run by two spaces or
 * more (or a tab), each with where it stands on the line. Layout text (pdftotext -layout, aligned
 * plain text) keeps a table's columns only as this spacing, so every reader that gives cells to
 * columns by position starts here. Pure.
 */

/** Words one space apart: one cell. */
const CELL = /\S+(?: \S+)*/g;

export interface LayoutCell {
  text: string;
  /** The cell's first character's index on the line. */
  from: number;
  /** The index just after its last character. */
  to: number;
}

export const layoutCells = (line: string): LayoutCell[] =>
  [...line.matchAll(CELL)].map((m) => ({ text: m[0], from: m.index, to: m.index + m[0].length }));

/** Two cells share some of the line's width (a header cell over a value cell, touching counts). */
export const cellsOverlap = (a: LayoutCell, b: LayoutCell) => a.from <= b.to && b.from <= a.to;
