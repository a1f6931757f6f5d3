/**
 * A text layer that puts a blank line after every line it gives (an ePaper flip-book's text
 * layer, some PDF-to-text tools, text copied from a web page whose lines were each a paragraph):
 * there a blank line says nothing, and every reader that ends a paragraph, a list or a table at
 * a blank line would cut each sentence and table apart ("Budget 2025: kostnader 7 900 tkr," /
 * "" / "resultat -480 tkr." read as two sentences, the second the year's actual result).
 *
 * A document is double-spaced when nearly every non-blank line is followed by exactly one blank
 * line and the layer cuts sentences or tables so (a line with no stop, the next going on in lower case
 * or with a number; a page of one paragraph a line is no such layer): then the single blank lines are dropped and a run of two or more stays one blank line,
 * the paragraph break such a layer writes. Any other document stays as written. Pure.
 */

/** Lines with text a document needs before its spacing says anything. */
const MIN_LINES = 12;
/** Share of its text lines followed by exactly one blank line. */
const SHARE = 0.85;
/** Sentences or tables the layer cut apart: at least this many, and this share of its text lines. */
const MIN_CUTS = 3;
const CUT_SHARE = 0.15;

/**
 * The lines with the layer's single blank lines dropped, with the index in `lines` each comes
 * from; undefined when the document is not double-spaced.
 */
export function doubleSpacedLines(lines: readonly string[]): { lines: string[]; from: number[] } | undefined {
  const blank = (i: number) => i >= lines.length || lines[i]!.trim() === "";
  let text = 0;
  let single = 0;
  let cut = 0;
  for (let i = 0; i < lines.length; i++) {
    if (blank(i)) continue;
    text++;
    // The last line may end the file with no blank line after it.
    const last = i === lines.length - 1 || (i === lines.length - 2 && blank(i + 1));
    if (last || (blank(i + 1) && !blank(i + 2))) single++;
    // A sentence the layer cut: no stop at the line's end, and the next text goes on in lower case or
    // with a number ("kostnader 7 900 tkr," / "" / "resultat -480 tkr.").
    const next = lines[i + 2]?.trim() ?? "";
    if (!last && blank(i + 1) && !/[.!?:]$/.test(lines[i]!.trim()) && /^[\p{Ll}\d(]/u.test(next)) cut++;
  }
  // Paragraphs a line each, a blank line between, are ordinary text: the layer must also cut sentences.
  if (text < MIN_LINES || single < SHARE * text || cut < Math.max(MIN_CUTS, CUT_SHARE * text)) return undefined;
  const out: string[] = [];
  const from: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!blank(i)) {
      out.push(lines[i]!);
      from.push(i);
      continue;
    }
    // A run of blank lines: one blank line where it is two or more, none where it is one.
    let j = i;
    while (j + 1 < lines.length && blank(j + 1)) j++;
    if (j > i) {
      out.push("");
      from.push(i);
    }
    i = j;
  }
  return { lines: out, from };
}
