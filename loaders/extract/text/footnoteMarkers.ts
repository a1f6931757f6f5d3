/**
 * Footnote markers set as superscript digits right after what they annotate ("142¹", "63 män²",
 * "42,6 %⁵", "9 420 000 kr⁶"). A superscript digit is never a digit of a number: read as one
 * (NFKC would make "142¹" 1421) it changes the figure, and left in place it hides the number from
 * every reader. The marker is dropped once, in the reading text; a note's own marker at the start
 * of its line ("¹ Varav 11 personer …") stays, so the notes read as notes. A citation's bracketed
 * marker glued to a number or a word ("187[5]") goes the same way. Pure.
 */
const MARKER = /(?<=[\p{L}\p{Nd}%).\]])[¹²³⁴-⁹⁰]+(?![\p{L}\p{Nd}])/gu;

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

/** The line without the footnote markers that follow a number or a word. */
export function stripFootnoteMarkers(line: string): string {
  // Most lines have no superscript digit: the look-behind is tried only where one is.
  const superscripts = /[¹²³⁴-⁹⁰]/u.test(line) ? line.replace(MARKER, "") : line;
  const unmarked = superscripts.includes("[") ? superscripts.replace(CITATION, "") : superscripts;
  return /\dr\b/.test(unmarked) && ONLY_YEARS.test(unmarked) && (unmarked.match(/\d{4}/g) ?? []).length >= 2
    ? unmarked.replace(REVISED_YEAR, " ")
    : unmarked;
}
