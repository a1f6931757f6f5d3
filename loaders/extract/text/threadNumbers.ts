/**
 * A thread of short posts numbered as a thread is ("1/8 Nu är årsredovisningen klar …", "2/8 Under
 * 2024 har 186 personer …"): the post's number opens its text and is no figure, and read as one it
 * ("2/8" a fraction, "3/8 91 personer" a count after a number) hides the sentence's own figures. The
 * numbers are blanked where they stand, only where the document numbers at least three posts k/n
 * of one n, every k at most n. A post whose number closes it instead ("Vårt år i siffror – en tråd.
 * 1/6", the thread's opening post) has it blanked too, where its number is one of that thread's no
 * post opening a line has; read as a date ("1/6", the first of June) it would date the text. Pure:
 * one line per line.
 */

/** "2/8 " opening a line (after a blank or a bullet). */
const POST_NUMBER = /^(\s*)(\d{1,2})\/(\d{1,2})(?=\s)/;
/** " 1/8" closing a line, after its text. */
const CLOSING_POST_NUMBER = /(?<=\S\s+)(\d{1,2})\/(\d{1,2})\s*$/;
const MIN_POSTS = 3;

export function blankThreadNumbers(lines: readonly string[]): string[] | undefined {
  const found: { i: number; k: number; n: number; width: number; lead: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // Cheap first: a digit within the line's first few characters and a slash.
    if (line.indexOf("/") < 0 || line.indexOf("/") > 8) continue;
    const m = POST_NUMBER.exec(line);
    if (!m) continue;
    const [k, n] = [Number(m[2]), Number(m[3])];
    if (k >= 1 && k <= n) found.push({ i, k, n, width: m[0].length - m[1]!.length, lead: m[1]!.length });
  }
  if (found.length < MIN_POSTS) return undefined;
  // The thread's size: the n most posts give; its posts distinct numbers.
  const sizes = new Map<number, number>();
  for (const f of found) sizes.set(f.n, (sizes.get(f.n) ?? 0) + 1);
  const [size, count] = [...sizes].sort((a, b) => b[1] - a[1])[0]!;
  const posts = found.filter((f) => f.n === size);
  if (count < MIN_POSTS || new Set(posts.map((f) => f.k)).size !== posts.length) return undefined;
  const out = [...lines];
  for (const f of posts)
    out[f.i] = `${lines[f.i]!.slice(0, f.lead)}${" ".repeat(f.width)}${lines[f.i]!.slice(f.lead + f.width)}`;
  const numbered = new Set(posts.map((f) => f.k));
  for (let i = 0; i < lines.length; i++) {
    const line = out[i]!;
    if (line.indexOf("/") < 0) continue;
    const m = CLOSING_POST_NUMBER.exec(line);
    if (!m || Number(m[2]) !== size) continue;
    const k = Number(m[1]);
    if (k < 1 || k > size || numbered.has(k)) continue;
    numbered.add(k);
    out[i] = `${line.slice(0, m.index)}${" ".repeat(m[0].length)}`;
  }
  return out;
}
