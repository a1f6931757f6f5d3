/**
 * Running text as a PDF's text layer gives it: paragraphs wrapped at a width, sometimes with a
 * word hyphenated across the break ("del-" / "tagare").
 */
import type { Rng } from "./prng.ts";

const VOWELS = /[aeiouyåäö]/;

/** A hyphenation point in a long word: after a vowel followed by a consonant, away from both ends. */
function hyphenPoint(word: string): number | undefined {
  if (!/^[a-zåäö]{8,}$/i.test(word)) return undefined;
  for (let i = 3; i < word.length - 3; i++)
    if (VOWELS.test(word[i - 1]!) && !VOWELS.test(word[i]!) && VOWELS.test(word[i + 1]!)) return i;
  return undefined;
}

export function wrap(
  text: string,
  width: number,
  rng: Rng,
  hyphenate: boolean,
): { lines: string[]; hyphenated: boolean } {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = "";
  let hyphenated = false;
  for (const w of words) {
    if (line === "" || line.length + 1 + w.length <= width) {
      line = line ? `${line} ${w}` : w;
      continue;
    }
    const at = hyphenate && rng.chance(0.5) ? hyphenPoint(w) : undefined;
    if (at !== undefined && line.length + 1 + at + 1 <= width) {
      lines.push(`${line} ${w.slice(0, at)}-`);
      line = w.slice(at);
      hyphenated = true;
    } else {
      lines.push(line);
      line = w;
    }
  }
  if (line) lines.push(line);
  return { lines, hyphenated };
}
