/**
 * A table header stacked over lines whose words a narrow column hyphenated across them ("in-" over
 * "skrivna", "Av-" over "slutade", "kvin-" over "nor"): each such word is set whole on one of its
 * two lines, where its fragments stood, and the other fragment blanked, so the header readers
 * (`layoutGrid` `stackHeader`, `headerOverColumns`) see the word and every column keeps its x-range.
 *
 * Only on lines without digits; only where the upper fragment ends in a letter and a hyphen, the
 * lower one starts under it in lower case, and the joined word (case and diacritics aside) begins
 * with a word of the lexicon (`reference/labelWords.ts`) with at most a short ending after it;
 * only where the whole word fits on one of the two lines (the lower first) without running into
 * the next cell, or else on the upper line moved left, still over the fragments' middle and over no
 * other cell of the lower line. Running text's hyphenation is the sentence pre-pass's (`proseSentences`). Pure.
 */
import { fold } from "../../reference/concepts.ts";
import { LABEL_WORDS, LONGEST_LABEL_WORD } from "../../reference/labelWords.ts";

/** A run of a laid-out line: its text and where it stands (inclusive). */
export interface Run {
  from: number;
  to: number;
  text: string;
}
/** A laid-out line's runs: words apart by single spaces, runs apart by wider gaps. */
export const runsOf = (line: string): Run[] =>
  [...line.matchAll(/\S+(?: \S+)*/g)].map((m) => ({ from: m.index!, to: m.index! + m[0].length - 1, text: m[0] }));

/** Letters a joined word may run past its lexicon word: an ending ("-na", "-or"). */
const MAX_ENDING = 3;

function lexiconWord(word: string): boolean {
  const w = fold(word);
  for (let k = Math.min(w.length, LONGEST_LABEL_WORD); k >= w.length - MAX_ENDING && k >= 5; k--)
    if (LABEL_WORDS.has(w.slice(0, k))) return true;
  return false;
}

/** Whether `word` can stand at `from` on `line`, the runs `skip` aside, two spaces clear of every other run. */
function fits(line: string, word: string, from: number, skip: Run): boolean {
  const to = from + word.length - 1;
  return runsOf(line).every((r) => r.from === skip.from || r.to + 2 < from || to + 2 < r.from);
}

const put = (line: string, at: number, text: string) =>
  line.padEnd(at + text.length).slice(0, at) + text + line.padEnd(at + text.length).slice(at + text.length);

/** The lines with each hyphenated header word set whole; undefined when there is none. */
export function hyphenatedHeaders(lines: readonly string[]): string[] | undefined {
  let out: string[] | undefined;
  for (let i = 0; i + 1 < lines.length; i++) {
    const upper = (out ?? lines)[i]!;
    // Cheap first: a word broken with a hyphen at a run's end. A plain search for the hyphen and
    // what follows it before the pattern, whose letter class was tried at every character of every line.
    if (!(upper.includes("-  ") || upper.endsWith("-")) || !/\p{L}-(?: {2,}|$)/u.test(upper) || /\d/.test(upper))
      continue;
    const lower = (out ?? lines)[i + 1]!;
    if (/\d/.test(lower) || lower.trim() === "") continue;
    for (const u of runsOf(upper)) {
      const head = /^(\p{L}+)-$/u.exec(u.text.split(" ").at(-1)!);
      if (!head || u.text.includes(" ")) continue;
      const l = runsOf(lower).find(
        (r) => r.from <= u.to && u.from <= r.to + 1 && /^\p{Ll}+$/u.test(r.text.split(" ")[0]!),
      );
      if (!l || l.text.includes(" ")) continue;
      const word = head[1]! + l.text;
      if (!lexiconWord(word)) continue;
      out ??= [...lines];
      const at = Math.min(u.from, l.from);
      if (fits(out[i + 1]!, word, at, l)) {
        out[i] = put(out[i]!, u.from, " ".repeat(u.text.length)).trimEnd();
        out[i + 1] = put(put(out[i + 1]!, l.from, " ".repeat(l.text.length)), at, word).trimEnd();
      } else if (fits(out[i]!, word, at, u)) {
        out[i] = put(put(out[i]!, u.from, " ".repeat(u.text.length)), at, word).trimEnd();
        out[i + 1] = put(out[i + 1]!, l.from, " ".repeat(l.text.length)).trimEnd();
      } else {
        // Too long for its place on either line ("Arbets-" / "sökande" between two narrow columns):
        // moved left on the upper line until it fits, still over the fragments' middle and over no
        // other cell of the lower line, so it heads the same column of figures.
        const middle = (at + Math.max(u.to, l.to)) / 2;
        const lowerRuns = runsOf(out[i + 1]!).filter((r) => r.from !== l.from);
        for (let start = at - 1; start >= 0 && start + word.length - 1 >= middle; start--) {
          const end = start + word.length - 1;
          if (start > middle || !fits(out[i]!, word, start, u)) continue;
          if (lowerRuns.some((r) => r.from <= end && start <= r.to)) break;
          out[i] = put(put(out[i]!, u.from, " ".repeat(u.text.length)), start, word).trimEnd();
          out[i + 1] = put(out[i + 1]!, l.from, " ".repeat(l.text.length)).trimEnd();
          break;
        }
      }
    }
  }
  return out;
}
