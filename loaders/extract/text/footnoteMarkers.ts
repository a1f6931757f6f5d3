/**
 * Footnote markers set as superscript digits right after what they annotate ("142¹", "63 män²",
 * "42,6 %⁵", "9 420 000 kr⁶"). A superscript digit is never a digit of a number: read as one
 * (NFKC would make "142¹" 1421) it changes the figure, and left in place it hides the number from
 * every reader. The marker is dropped once, in the reading text; a note's own marker at the start
 * of its line ("¹ Varav 11 personer …") stays, so the notes read as notes. Pure.
 */
const MARKER = /(?<=[\p{L}\p{Nd}%).\]])[¹²³⁴-⁹⁰]+(?![\p{L}\p{Nd}])/gu;

/** The line without the footnote markers that follow a number or a word. */
export function stripFootnoteMarkers(line: string): string {
  // Most lines have no superscript digit: the look-behind is tried only where one is.
  return /[¹²³⁴-⁹⁰]/u.test(line) ? line.replace(MARKER, "") : line;
}
