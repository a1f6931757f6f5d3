/**
 * A table's cell holding a ditto mark alone ('"', '〃', '″', "d:o", "dito"): "the same as the row above".
 * Read as written, the mark is no figure, so the row's other figures slide one column left ("Avslutade
 * under året   "   49" under "År 2025   År 2024" gave last year's 49 to this year).
 *
 * Where the document declares the mark ("tecknet " betyder samma värde som raden ovanför", "d:o = dito,
 * samma som ovan"), the cell is written out with the figure that stands in the same place on the
 * nearest row above (within the table: no blank line between), ending where the mark ends, so every
 * other cell keeps its column. Where no declaration stands, where no figure stands above it, or where
 * the figure does not fit in the space the mark leaves, the row's figures are all blanked: a row with a
 * cell that cannot be read gives nothing rather than a figure in the wrong column. Only a cell after
 * the row's label, on a row with a figure of its own, is a ditto cell; where the mark is declared, so is
 * every cell of a labelled row holding marks alone (the row above repeated). Pure; line for line.
 */
import { cellsOverlap, layoutCells, type LayoutCell } from "./layoutCells.ts";

const DITTO = /^(?:"|”|″|〃|''|d:o|d\.o\.?|dito)$/iu;
/** A sentence saying what the mark means: the mark, then "samma … som (raden) ovan(för)" within the sentence. */
const DECLARATION =
  /(?:"|”|″|〃|d:o|dito)[^.\n]{0,80}\bsamma\b[^.\n]{0,40}\b(?:ovan|ovanför|ovanstående|över|närmast före|föregående rad)/iu;
const FIGURE = /^[-−–]?\d{1,3}(?:[ \u00a0]\d{3})*(?:,\d+)?(?:\s?%)?$/u;
/** Rows above a mark searched for its figure. */
const MAX_ABOVE = 20;

const blank = (line: string, cell: LayoutCell) =>
  line.slice(0, cell.from) + " ".repeat(cell.to - cell.from) + line.slice(cell.to);

export function dittoCells(lines: readonly string[]): string[] | undefined {
  if (!lines.some((l) => /"|”|″|〃|d:o|dito/iu.test(l))) return undefined;
  const declared = lines.some((l) => DECLARATION.test(l));
  let out: string[] | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = (out ?? lines)[i]!;
    const cells = layoutCells(line);
    const marks = cells.slice(1).filter((c) => DITTO.test(c.text));
    if (marks.length === 0) continue;
    // 'Skravelby kommun      "      "': a labelled row whose every cell is a declared mark is the row above again.
    const allMarks = declared && marks.length === cells.length - 1 && /\p{L}/u.test(cells[0]!.text);
    if (!allMarks && !cells.slice(1).some((c) => FIGURE.test(c.text))) continue;
    out ??= [...lines];
    let written: string | undefined = line;
    for (const mark of marks) {
      const figure = declared ? figureAbove(out, i, mark) : undefined;
      const width = figure?.length ?? 0;
      const start = mark.to - width;
      // The figure ends where the mark ends, with two spaces at least before it (never into the label's cell).
      if (
        figure === undefined ||
        start < 2 ||
        written === undefined ||
        written.slice(start - 2, mark.from).trim() !== ""
      ) {
        written = undefined;
        break;
      }
      written = written.slice(0, start) + figure + written.slice(mark.to);
    }
    out[i] = written ?? cells.slice(1).reduce((s, c) => blank(s, c), line);
  }
  return out;
}

/** The figure standing in the mark's place on the nearest row above it, within the table. */
function figureAbove(lines: readonly string[], i: number, mark: LayoutCell): string | undefined {
  for (let k = i - 1; k >= 0 && k >= i - MAX_ABOVE; k--) {
    if (lines[k]!.trim() === "") return undefined;
    const above = layoutCells(lines[k]!)
      .slice(1)
      .find((c) => cellsOverlap(c, mark));
    if (above === undefined) continue;
    return FIGURE.test(above.text) ? above.text : undefined;
  }
  return undefined;
}
