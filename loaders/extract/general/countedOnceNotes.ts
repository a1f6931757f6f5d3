/**
 * A table's own words saying its total counts each person once while its rows, one an intervention,
 * count a person in each ("Första raden räknar varje person en gång", "Sex personer har deltagit i två
 * insatser", "Totalen är unika personer"): said in the caption paragraph right above the table or in
 * the note right under it. Such a total may be less than its rows' sum without contradicting them, as
 * a total labelled "unika personer" may (`identities.ts` `tableTotals`).
 */
import type { DocumentText } from "../documentText.ts";

/** Words saying a count takes each person once, or that persons were in more than one intervention. */
const COUNTED_ONCE =
  /(?<!\p{L})(?:(?:varje|var|en|samma) (?:person|deltagare|individ)(?: \p{L}+){0,2} (?:bara |endast )?en gång|räkna(?:s|d|de|r)? (?:bara |endast )?en gång|unika (?:personer|individer|deltagare)|utan dubbelräkning|deltagit i (?:två|tre|flera|mer än en|fler än en) (?:av )?insats(?:er|erna)?|(?:finns|förekommer|ingår|räknas) i (?:två|tre|flera|mer än en|fler än en) (?:av )?insats(?:er|erna)?)(?!\p{L})/iu;

/** Up to three lines of the paragraph on the far side of at most one blank line from `edge`, walking by `step`. */
function paragraphBeside(doc: DocumentText, edge: number, step: 1 | -1): string {
  let k = edge + step;
  if (k >= 1 && k <= doc.lineCount && doc.at(k).trim() === "") k += step;
  const out: string[] = [];
  for (; k >= 1 && k <= doc.lineCount && out.length < 3 && doc.at(k).trim() !== ""; k += step) out.push(doc.at(k));
  return (step < 0 ? out.reverse() : out).join(" ");
}

/**
 * Whether the table holding line `line` (its run of non-blank lines) has a caption above or a note
 * below saying its total counts each person once.
 */
export function tableSaysCountedOnce(doc: DocumentText, line: number): boolean {
  if (line < 1 || line > doc.lineCount || doc.at(line).trim() === "") return false;
  let top = line;
  while (top > 1 && doc.at(top - 1).trim() !== "" && line - top < 40) top--;
  let bottom = line;
  while (bottom < doc.lineCount && doc.at(bottom + 1).trim() !== "" && bottom - line < 40) bottom++;
  return COUNTED_ONCE.test(paragraphBeside(doc, top, -1)) || COUNTED_ONCE.test(paragraphBeside(doc, bottom, 1));
}
