/**
 * Page furniture: lines whose numbers are never figures. A table of contents entry (a heading and
 * its page number, with dot leaders, or any "text … 12" line in the block under "Innehåll"), and a
 * page number on a line of its own ("12", "Sida 3 av 20", "3 (20)", "– 3 –"). Numbers on these lines
 * are not "unread numbers", and a figure read from a dot-leader contents line is not stored. Pure.
 */

/** "Resultaträkning ........ 12", "4.2 Balansräkning … 14". */
const DOT_LEADERS = /(?:\.\s?){3,}\s*\d{1,3}\s*$|…\s*\d{1,3}\s*$/u;
/** The heading of a table of contents. */
const CONTENTS_HEADING = /^\s*(innehåll|innehållsförteckning|innehåll och sidor)\s*:?\s*$/iu;
/** An entry under it: text, then a page number ("Förvaltningsberättelse 3", "4.2 Resultaträkning 14"). */
const CONTENTS_ENTRY = /^\s*(?:\d+(?:\.\d+)*\.?\s+)?\p{L}[\p{L}\p{N} ,/&()–-]*?\s+\d{1,3}\s*$/u;
/** A page number alone: "12", "Sida 3 av 20", "sid 4", "3 (20)", "– 3 –", "3/20". */
const PAGE_NUMBER =
  /^\s*(?:(?:sida|sid\.?|s\.)\s*\d{1,3}(?:\s*(?:av|\/)\s*\d{1,3})?|\d{1,3}\s*\(\s*\d{1,3}\s*\)|[-–—]\s*\d{1,3}\s*[-–—]|\d{1,3}\s*\/\s*\d{1,3}|\d{1,3})\s*$/iu;

export interface Furniture {
  /** Lines of a table of contents: no unread numbers. */
  contents: Set<number>;
  /** Contents lines with dot leaders: unmistakable, so no figure read from them is stored either. */
  leaders: Set<number>;
  /** Page numbers alone on a line: not unread numbers (a lone number may still be a split table cell). */
  pageNumbers: Set<number>;
}

export function pageFurniture(lines: readonly string[]): Furniture {
  const contents = new Set<number>();
  const leaders = new Set<number>();
  const pageNumbers = new Set<number>();
  let inContents = false;
  let misses = 0;
  lines.forEach((raw, i) => {
    const n = i + 1;
    const t = raw.trim();
    if (CONTENTS_HEADING.test(t)) {
      inContents = true;
      misses = 0;
      return;
    }
    if (DOT_LEADERS.test(t)) {
      contents.add(n);
      leaders.add(n);
      return;
    }
    if (inContents) {
      if (t === "") return;
      if (CONTENTS_ENTRY.test(t)) {
        contents.add(n);
        misses = 0;
        return;
      }
      // Two lines that are no entry end the contents.
      if (++misses >= 2) inContents = false;
    }
    if (PAGE_NUMBER.test(t)) pageNumbers.add(n);
  });
  return { contents, leaders, pageNumbers };
}
