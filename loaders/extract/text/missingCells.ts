/**
 * A table's cell that says its figure is missing ("uppgift saknas", "saknas", "ej redovisat")
 * beside cells with figures: read as an empty cell, so the row's figures stay in their columns and
 * the row in its table (a row ending on words reads as a label wrapped onto the next line). The
 * words are blanked where they stand, with spaces of the same width; a row with no figure at all
 * is left as written, and so is a row's label ("  Uppgift saknas      2      3", the unknown
 * category's row, indented under its group): only a cell after the label is a value cell. Missing
 * is not zero: nothing is read from such a cell. Pure.
 */

const MISSING_CELL =
  /(?<= {2,})(?:uppgift saknas|uppgifter saknas|uppg\. saknas|saknas|ej redovisat|ej tillgänglig|uppgift finns ej)(?= {2,}|\s*$)/giu;
const CUE = /saknas|ej redovisat|ej tillgänglig|finns ej/i;

/** The lines with every missing-figure cell beside a figure blanked; undefined when there is none. */
export function blankMissingCells(lines: readonly string[]): string[] | undefined {
  let changed = false;
  const out = lines.map((line) => {
    if (!CUE.test(line) || !/\d/.test(line)) return line;
    const blanked = line.replace(MISSING_CELL, (m, at: number) =>
      line.slice(0, at).trim() === "" ? m : " ".repeat(m.length),
    );
    // Only where a figure stands in a cell of its own besides: a sentence's "saknas" stays.
    if (blanked === line || !/ {2,}[-−–(]?\d/.test(blanked)) return line;
    changed = true;
    return blanked;
  });
  return changed ? out : undefined;
}
