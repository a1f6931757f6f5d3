/**
 * A cross-table's corner cell that names its two dimensions with a backslash, as a survey tool or a
 * spreadsheet's diagonally split cell exports it ("Rad \ Kolumn", "Avslut \ Kön", "| Svar \ Kön |"):
 * it names no column, and with it the header's first cell is a word no table reader knows, so the
 * whole header (and often the first row under it) was refused. The corner is blanked, space for
 * character, so every other cell stays in its column and the header reads as the column words it
 * holds; what the rows are is said by their own labels and the table's caption, as in any table,
 * or by the corner's rows side where it titles them as the exits' destinations ("Avslutsorsak \ Kön"
 * is read "Avslutsorsak", a label column's title the exit tables' reader knows).
 *
 * Only a header: the corner opens the line (after a pipe in a Markdown table), each side of the
 * backslash is one to three words of letters (a slash only in "Rad/Kolumn" itself, "Kvinnor/Män" being
 * a column's name), two cells or more follow with no figure but a year,
 * and a line of figures follows within three lines. A backslash anywhere else (a path, a formula,
 * "Kvinnor/Män" with a slash) is left. Pure: one line per line.
 */
import { characters, mayHold } from "./wholeText.ts";

/** The corner cell, then the cell gap (two spaces, a TAB or a pipe) and the header's other cells. */
const CORNER =
  /^(\s*\|?\s*)(\p{L}[\p{L}.-]*(?: \p{L}[\p{L}.-]*){0,2}\s*\\\s*\p{L}[\p{L}.-]*(?: \p{L}[\p{L}.-]*){0,2}|(?:rad(?:er)?\s*\/\s*kolumn(?:er)?|kolumn(?:er)?\s*\/\s*rad(?:er)?))((?: {2,}|\t|\s*\|\s*)(\S.*))$/iu;
/**
 * The rows' side of a corner that titles them as where the exited went ("Avslutsorsak \ Kön"): kept,
 * as an exit table's label column titled so is read; any other side names no column and is blanked.
 */
const EXIT_ROWS_TITLE =
  /^(?:avslutsorsak(?:er)?|avslutsanledning(?:ar)?|(?:orsak|anledning)(?:er|ar)? till avslut|avslut(?:ade)? (?:till|mot)|gick vidare till)$/i;
/** A line of a drawn rule ("-----", "|---|---|", "====="): no row, looked past. */
const RULE = /^[\s|:=+\-–—_]*$/;
/** A figure other than a year. */
const FIGURE = /(?<![\d-])(?!(?:19|20)\d\d(?!\d))\d/;

/** The header's cells after the corner: two at least, words or years, no sentence. */
function columnCells(rest: string): boolean {
  const cells = rest
    .split(/ {2,}|\t|\|/)
    .map((c) => c.trim())
    .filter(Boolean);
  return (
    cells.length >= 2 && !FIGURE.test(rest) && cells.every((c) => /\p{L}|^(?:19|20)\d\d$/u.test(c) && c.length <= 40)
  );
}

/** Whether a line of figures follows the header within three lines, past blank lines and rules. */
function rowsFollow(lines: readonly string[], at: number): boolean {
  for (let k = at + 1; k < Math.min(lines.length, at + 4); k++) {
    const t = lines[k]!;
    if (RULE.test(t)) continue;
    return /\d/.test(t);
  }
  return false;
}

/** "Rad/Kolumn" (the look per line below, over the whole text). */
const ROWS_COLUMNS = /rad(?:er)?\s*\/\s*kolumn|kolumn(?:er)?\s*\/\s*rad/i;

export function blankCornerLabels(lines: readonly string[]): string[] | undefined {
  // Cheap first: a backslash anywhere in the document, or "rad/kolumn" in its whole text (`wholeText.ts`).
  const chars = characters(lines);
  if (!chars.has("\\") && !(chars.has("/") && mayHold(lines, ROWS_COLUMNS))) return undefined;
  let out: string[] | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.includes("\\") && !/rad(?:er)?\s*\/\s*kolumn|kolumn(?:er)?\s*\/\s*rad/i.test(line)) continue;
    const m = CORNER.exec(line);
    if (!m || !columnCells(m[4]!) || !rowsFollow(lines, i)) continue;
    out ??= [...lines];
    const rows = m[2]!.split("\\")[0]!.trim();
    const kept = EXIT_ROWS_TITLE.test(rows) ? rows : "";
    out[i] = `${m[1]}${kept.padEnd(m[2]!.length)}${m[3]}`;
  }
  return out;
}
