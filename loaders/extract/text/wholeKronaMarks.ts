/**
 * Whole kronor written the old way, with a colon and a dash after the amount: "4 200 000:-",
 * "-86 110:-", "0:-". The mark says "whole kronor, no öre"; it is no part of the figure. Blanked, two
 * spaces for its two characters so the columns of a table stay where they were, the amount reads as
 * any amount ("4 200 000"). Only the mark right after a digit and before a space, a line's end or a
 * stop; a time ("kl. 9:30"), a ratio or a fee per inhabitant in kronor and öre ("12:50") has no
 * dash and is left as written. Pure.
 */
import { mayHold } from "./wholeText.ts";

/** A digit, then ":-", then a space, a stop, a bracket or the line's end. */
const MARK = /(?<=\d):-(?=[\s.,;)]|$)/g;

/** The lines with each whole-krona mark blanked; undefined where no line has one. */
export function blankWholeKronaMarks(lines: readonly string[]): string[] | undefined {
  // Cheap first: the two characters anywhere in the document (`wholeText.ts`).
  if (!mayHold(lines, /\d:-/)) return undefined;
  let out: string[] | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.includes(":-")) continue;
    const blanked = line.replace(MARK, "  ");
    if (blanked === line) continue;
    out ??= [...lines];
    out[i] = blanked;
  }
  return out;
}
