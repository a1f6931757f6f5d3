/**
 * Footnote markers set as superscript digits or letters right after what they annotate ("142¹", "63 män²",
 * "42,6 %⁵", "9 420 000 kr⁶", "88ᶜ"). A superscript digit is never a digit of a number: read as one
 * (NFKC would make "142¹" 1421) it changes the figure, and left in place it hides the number from
 * every reader. The marker is dropped once, in the reading text; a note's own marker at the start
 * of its line ("¹ Varav 11 personer …") stays, so the notes read as notes. A citation's bracketed
 * marker glued to a number or a word ("187[5]") goes the same way. Pure.
 */
import { characters, mayHold } from "./wholeText.ts";

const MARKER = /(?<=[\p{L}\p{Nd}%).\]])[¹²³⁴-⁹⁰]+(?![\p{L}\p{Nd}])/gu;
/**
 * A footnote letter set as a superscript letter ("6,48ᵃ", "88ᶜ", "arbete⁽ᵈ⁾"), bracketed in superscript
 * parentheses perhaps: as a superscript digit, never part of the figure. Modifier letters stand in running
 * text only as such marks (phonetics aside).
 */
const LETTER_MARKER =
  /(?<=[\p{L}\p{Nd}%).\]])(?:⁽[\u1D43-\u1D5B\u1D9C-\u1DBF\u02B0-\u02B8\u02E1-\u02E3\u2071\u207F]⁾|[\u1D43-\u1D5B\u1D9C-\u1DBF\u02B0-\u02B8\u02E1-\u02E3\u2071\u207F])(?![\p{L}\p{Nd}])/gu;
const HAS_LETTER_MARKER = /[\u1D43-\u1D5B\u1D9C-\u1DBF\u02B0-\u02B8\u02E1-\u02E3\u2071\u207F]/u;

/**
 * A citation's marker in brackets glued to what it sources, as an encyclopedia prints it ("deltog
 * 187[5] personer", "under 2025.[5]", "[källa behövs]"): no figure and no word. Only a marker right
 * after a letter, a digit or a mark, never a bracket standing apart ("[ 287 ]", "se [1]").
 */
const CITATION = /(?<=[\p{L}\p{Nd}%).,:;\]])\[(?:\d{1,3}(?:,\s?\d{1,3})*|källa behövs|citat behövs)\]/gu;

/**
 * A revised year's column in a header of years ("2023   2024r   2025", the "r" of official
 * statistics for a revised figure): the year, its mark dropped, so the column is read as the
 * year's. Only on a line whose every number is a year: "2024r" in running text is left alone.
 */
const REVISED_YEAR = /(?<=(?:^|\s)(?:19|20)\d\d)r(?=\s|$)/g;
const ONLY_YEARS = /^(?:[^\d]|(?<!\d)(?:19|20)\d\d(?!\d))*$/;

/**
 * Whether some line may hold what `stripFootnoteMarkers` takes away (a superscript digit, a bracket,
 * a digit before an "r"): a look over the whole text (`wholeText.ts`); most documents hold none.
 */
export function mayHoldFootnoteMarkers(lines: readonly string[]): boolean {
  const chars = characters(lines);
  return (
    chars.has("¹") ||
    chars.has("²") ||
    chars.has("³") ||
    chars.hasIn(0x2070, 0x2079) ||
    chars.hasIn(0x1d43, 0x1d5b) ||
    chars.hasIn(0x1d9c, 0x1dbf) ||
    chars.hasIn(0x02b0, 0x02b8) ||
    chars.hasIn(0x02e1, 0x02e3) ||
    chars.has("\u2071") ||
    chars.has("\u207F") ||
    chars.has("[") ||
    mayHold(lines, REVISED_MARK)
  );
}
/** What the revised year's look per line (`/\dr\b/`) finds, over the whole text. */
const REVISED_MARK = /\dr\b/;

/** The line without the footnote markers that follow a number or a word. */
export function stripFootnoteMarkers(line: string): string {
  // Most lines have no superscript digit: the look-behind is tried only where one is.
  const digits = /[¹²³⁴-⁹⁰]/u.test(line) ? line.replace(MARKER, "") : line;
  const superscripts = HAS_LETTER_MARKER.test(digits) ? digits.replace(LETTER_MARKER, "") : digits;
  const unmarked = superscripts.includes("[") ? superscripts.replace(CITATION, "") : superscripts;
  return /\dr\b/.test(unmarked) && ONLY_YEARS.test(unmarked) && (unmarked.match(/\d{4}/g) ?? []).length >= 2
    ? unmarked.replace(REVISED_YEAR, " ")
    : unmarked;
}

/**
 * A note under a table opening on its marker as a plain digit, as a text export flattens a
 * superscript ("1 Sex personer deltog i två insatser …", "2) Inklusive fyra personer …"): a
 * sentence of four words at least after the digit, ending on a full stop on its line or the next.
 */
const FLAT_NOTE = /^ {0,3}([1-9])\)? +\p{Lu}\p{Ll}*(?: +\S+){3,}/u;
/** A layout table's row: two gaps of two spaces or more between its cells at least. */
const LAID_OUT = / {2,}\S.* {2,}\S/;

/**
 * Footnote markers flattened to plain digits after a table's cell ("Totalt   132 1   70   62",
 * "47 2)"): the digit one space after a number, a gap of two spaces (or the line's end) after it,
 * in a row laid out in columns, blanked where a note below the table opens on that digit. Read
 * as a cell it would shift the row's figures one column; a lone digit is never a thousands group,
 * so the number before it stays as written. A row set with single spaces throughout, or a digit
 * no note explains, is left to the readers (which then refuse a row with a cell too many).
 * Undefined when no line changed.
 */
export function blankFlatFootnoteMarks(lines: readonly string[]): string[] | undefined {
  let out: string[] | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // Cheap first: a note opens on its digit.
    if (!/^ {0,3}[1-9]/.test(line)) continue;
    const note = FLAT_NOTE.exec(line);
    if (!note || !(/\.\s*$/.test(line) || /\.\s*$/.test(lines[i + 1] ?? ""))) continue;
    const mark = new RegExp(`(?<=\\d) ${note[1]}\\)?(?= {2,}\\S| *$)`, "g");
    // The table's rows stand above its notes, within a page's table.
    for (let k = i - 1; k >= Math.max(0, i - 25); k--) {
      const row = (out ?? lines)[k]!;
      if (!LAID_OUT.test(row) || FLAT_NOTE.test(row)) continue;
      const blanked = row.replace(mark, (m) => " ".repeat(m.length));
      if (blanked === row) continue;
      out ??= [...lines];
      out[k] = blanked;
    }
  }
  return out;
}
