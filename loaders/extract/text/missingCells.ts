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

/**
 * A footnote or a legend ("Teckenförklaring") saying what a marker cell stands for: "* Uppgift
 * saknas för 2023", "** Saknas", "..  Uppgift inte tillgänglig", "x  Skyddad av sekretess", ".
 * Uppgift kan inte förekomma" (the symbols of official statistics). A cell of that marker alone
 * ("19   *", "Nya  ..  96  108") is then a missing cell too; a marker after a figure ("19*") is a
 * footnote's, not a cell. A symbol the legend says is zero ("–  Inget finns att redovisa") is not
 * a missing figure and is left to the readers' own rule for dashes.
 */
const MARKER_LEGEND =
  /^\s*(\*{1,3}|\.{1,2}|…|[xX])\s*(?:=\s*)?(?:uppgift(?:en|er)? (?:saknas|(?:(?:är|inte|ej) ){0,2}(?:tillgänglig|redovisad)|kan inte förekomma|för osäker|skyddad|sekretess)|saknas|ej redovisat|ej tillgänglig|inte tillgänglig|uppgift finns ej|skyddad|sekretess|röjande|ej tillämplig|kan inte förekomma)/iu;
/** The characters a marker cell can be made of: a line without them has no marker cell. */
const MARKER_CHARS = /[*.…xX]/;
/** A line whose first character after any whitespace is a marker's (no trimmed copy of every line). */
const LEGEND_START = /^\s*[*.…xX]/;
/** The lines with every missing-figure cell beside a figure blanked; undefined when there is none. */
export function blankMissingCells(lines: readonly string[]): string[] | undefined {
  let changed = false;
  const markers = new Set<string>();
  for (const l of lines) {
    // Cheap first: a legend line opens with its symbol.
    if (!LEGEND_START.test(l)) continue;
    const m = MARKER_LEGEND.exec(l)?.[1];
    if (m !== undefined) markers.add(m);
  }
  const markerCell = markers.size
    ? new RegExp(`(?<= {2,})(?:${[...markers].map((m) => m.replace(/[*.]/g, "\\$&")).join("|")})(?= {2,}|\\s*$)`, "gu")
    : undefined;
  const out = lines.map((line) => {
    const marked = markerCell && MARKER_CHARS.test(line) && /\d/.test(line);
    // The digit first: most lines of prose hold none, and CUE is tried at every character.
    if (!marked && (!/\d/.test(line) || !CUE.test(line))) return line;
    const blank = (m: string, at: number) => (line.slice(0, at).trim() === "" ? m : " ".repeat(m.length));
    let blanked = line.replace(MISSING_CELL, blank);
    if (marked) blanked = blanked.replace(markerCell, blank);
    // Only where a figure stands in a cell of its own besides: a sentence's "saknas" stays.
    if (blanked === line || !/ {2,}[-−–(]?\d/.test(blanked)) return line;
    changed = true;
    return blanked;
  });
  return changed ? out : undefined;
}
