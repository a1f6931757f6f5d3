/**
 * A document printed with the word processor's line numbers at the margin ("  1   Samordningsförbundet
 * X", "  2   PROTOKOLL …", " 22   94 skrevs ut."), as minutes sent out for checking often are: the
 * numbers count the lines, they are no figures. Blanked (spaces for their characters, so what
 * follows keeps its place) where the document opens on them and they run 1, 2, 3 … over nine lines
 * in ten at least, a blank line carrying its number too; a list numbered in its own text runs over
 * a few lines only and is left as written. Pure.
 */
/** A line's margin number, the gap after it, or the number alone on an empty line. */
const MARGIN_NUMBER = /^(\s*)(\d{1,4})(?=\s{2,}\S|\s*$)/;

/** The lines with the margin's line numbers blanked; undefined where the document has none. */
export function blankLineNumbers(lines: readonly string[]): string[] | undefined {
  // Cheap first: the first line with text opens on "1".
  const first = lines.findIndex((l) => l.trim() !== "");
  if (first < 0 || !/^\s*1\s/.test(lines[first]!) || lines.length < 10) return undefined;
  let expected = 1;
  let numbered = 0;
  let withText = 0;
  const at: number[] = [];
  for (let i = first; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === "") continue;
    withText++;
    const m = MARGIN_NUMBER.exec(line);
    if (m && Number(m[2]) === expected) {
      numbered++;
      at.push(i);
      expected++;
    }
  }
  if (numbered < 10 || numbered < withText * 0.9) return undefined;
  const out = [...lines];
  for (const i of at) out[i] = out[i]!.replace(MARGIN_NUMBER, (_, sp: string, n: string) => sp + " ".repeat(n.length));
  return out;
}
