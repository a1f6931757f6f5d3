/**
 * A heading set off by a bar or a block at its start, as a web page's coloured left border prints
 * in its text export ("▌2024", "▌Sedan starten", "┃ Ekonomi"): the mark is no text, and with it the
 * line would not read as a heading (a heading opens on a capital or a year). The mark is taken
 * away from a short line that ends no sentence; a line of running text behind a bar (a quote) keeps
 * it. Pure: one line per line.
 */

/** A bar or block glyph opening a short line, then the heading. */
const MARKED = /^(\s*)[▌▐█▍▎▏❚▮┃]\s*(\S.{0,70})$/u;
/** Marks every such line opens with: a cheap look before the pattern. */
const MARKS = new Set([..."▌▐█▍▎▏❚▮┃"]);

export function withoutHeadingMarks(lines: readonly string[]): string[] | undefined {
  let out: string[] | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!MARKS.has(line.trimStart()[0] ?? "")) continue;
    const m = MARKED.exec(line);
    if (!m || /[.!?:;,]$/.test(m[2]!.trimEnd())) continue;
    out ??= [...lines];
    out[i] = `${m[1]}${m[2]}`;
  }
  return out;
}
