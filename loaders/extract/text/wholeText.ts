/**
 * The reading steps' cheap first look, made once per document rather than once per step and line.
 * Most steps read a shape only some documents have (a "«", a "{", a "~~", a backslash, a box or
 * block character, an emoji, a comma grouping thousands), and each used to look for it line by
 * line, a pattern or a copy per line: some fifty steps over every line of every document. Here the
 * document is passed over once for the characters it holds (`characters`), and joined once into one
 * text (`wholeText`) for the few looks a character cannot answer; a step reads its lines only where
 * the look finds what it needs.
 *
 * A first look must never miss: a character a step's pattern needs, or a pattern that matches the
 * whole text wherever the step's own pattern matches some line (a literal, a class of characters,
 * or a pattern that cannot cross a line's end; never a look-behind or look-ahead that a line's start
 * or end would pass and a "\n" would not). It may find more than the step does: then the step reads
 * the lines as before. Both are remembered per array of lines (the steps hand the same array on while
 * they change nothing); an array must not be changed once it was looked at. A pattern searched over
 * the whole text should open on a literal or a narrow class: a search for several words, or ignoring
 * case, costs more over 100 000 characters than a line-anchored pattern over each line. Pure.
 */

const joined = new WeakMap<readonly string[], string>();

/** The lines joined with "\n", remembered for this array of lines. */
export function wholeText(lines: readonly string[]): string {
  let text = joined.get(lines);
  if (text === undefined) {
    text = lines.join("\n");
    joined.set(lines, text);
  }
  return text;
}

/**
 * Whether some line may hold what `pattern` finds (see above: it must not miss a line's match). The
 * pattern is neither global nor sticky, so it keeps no state between documents.
 */
export function mayHold(lines: readonly string[], pattern: RegExp): boolean {
  if (pattern.global || pattern.sticky) throw new Error(`a first look keeps no state: ${pattern}`);
  return pattern.test(wholeText(lines));
}

/**
 * Whether `pattern` matches one of the lines, tried line by line as `lines.some((l) => pattern.test(l))`
 * would: a module-level loop, not a callback made at every call (V8 drops a closure's optimized code
 * with its last instance, so each document's callback ran unoptimized after a full collection).
 */
export function someLineMatches(lines: readonly string[], pattern: RegExp): boolean {
  for (const l of lines) if (pattern.test(l)) return true;
  return false;
}

/** The characters (UTF-16 code units) a document's lines hold. */
export interface Characters {
  /** Whether some line holds the character (one code unit). */
  has(char: string): boolean;
  /** Whether some line holds a code unit in [from, to]. */
  hasIn(from: number, to: number): boolean;
}

const inventories = new WeakMap<readonly string[], Characters>();

/** The characters the lines hold, found in one pass and remembered for this array of lines. */
export function characters(lines: readonly string[]): Characters {
  let found = inventories.get(lines);
  if (found === undefined) {
    found = inventory(lines);
    inventories.set(lines, found);
  }
  return found;
}

function inventory(lines: readonly string[]): Characters {
  const ascii = new Uint8Array(128);
  const others = new Set<number>();
  for (const line of lines)
    for (let i = 0; i < line.length; i++) {
      const c = line.charCodeAt(i);
      if (c < 128) ascii[c] = 1;
      else others.add(c);
    }
  const sorted = [...others].sort((a, b) => a - b);
  const has = (c: number) => (c < 128 ? ascii[c] === 1 : others.has(c));
  return {
    has: (char) => has(char.charCodeAt(0)),
    hasIn: (from, to) => {
      for (let c = from; c < 128 && c <= to; c++) if (ascii[c] === 1) return true;
      for (const c of sorted) if (c >= from) return c <= to;
      return false;
    },
  };
}
