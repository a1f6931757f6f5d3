/**
 * A heading set with its letters spaced out, as a designed booklet prints one and a text export keeps
 * it ("D E L T A G A R E", "M E D L E M S B I D R A G   2 0 2 5", a wider gap between words): set back
 * as words ("DELTAGARE", "MEDLEMSBIDRAG 2025"), so the readers know the heading by its words. Only a
 * line of its own between blank lines (or the text's edges), every word a run of single capitals or
 * digits one space apart, one of them five characters long at least: a header of short column codes
 * ("K M K M") over its rows is none. Pure: one line per line, each citing itself.
 */

/** A word spelled out: single capitals or digits, one space apart. */
const SPACED_WORD = /^(?:[\p{Lu}\d] )+[\p{Lu}\d]$/u;

export function letterSpacedHeadings(lines: readonly string[]): string[] | undefined {
  let out: string[] | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // Cheap look: a capital, a space and a capital, a space and a capital.
    if (!/\p{Lu} \p{Lu} \p{Lu}/u.test(line)) continue;
    if ((lines[i - 1] ?? "").trim() !== "" || (lines[i + 1] ?? "").trim() !== "") continue;
    const words = line.trim().split(/\s{2,}/);
    if (!words.every((w) => SPACED_WORD.test(w)) || !words.some((w) => w.length >= 9)) continue;
    const indent = line.length - line.trimStart().length;
    out ??= [...lines];
    out[i] = " ".repeat(indent) + words.map((w) => w.replace(/ /g, "")).join(" ");
  }
  return out;
}
