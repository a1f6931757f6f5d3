/**
 * Emoji in a post or a newsletter ("✅ 96 nya deltagare under året", "💼 39 gick vidare till arbete och
 * 🎓 22 till studier"): an emoji opening a line marks a bullet, one inside a line is decoration. Read as
 * a bullet ("• ") and as blank space, each the same length as the emoji, so columns stay where they
 * were and a sentence reads as the words it is. Only in a document with emoji on three lines or more
 * (a post's bullets), so a lone symbol is left as written; the signs of law and trade ("©", "®", "™")
 * are never emoji here. Pure: one line per line.
 */
import { characters } from "./wholeText.ts";

/** One emoji: a pictograph with its variation selector, skin tone and joined parts ("👍🏽", "❤️", "👨‍💼"). */
const EMOJI =
  /(?![©®™])\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier}|\u200D\p{Extended_Pictographic}\uFE0F?)*/gu;
/** A cheap first look: a character outside the Basic Multilingual Plane's letters, or a dingbat or arrow. */
const MAYBE = /[\u2190-\u2BFF\uD83C-\uD83E]/;
const MIN_LINES = 3;

export function withoutEmoji(lines: readonly string[]): string[] | undefined {
  // Cheap first: a character of MAYBE anywhere in the document (`wholeText.ts`).
  const chars = characters(lines);
  if (!chars.hasIn(0x2190, 0x2bff) && !chars.hasIn(0xd83c, 0xd83e)) return undefined;
  const marked: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!MAYBE.test(line)) continue;
    EMOJI.lastIndex = 0;
    if (EMOJI.test(line)) marked.push(i);
  }
  if (marked.length < MIN_LINES) return undefined;
  const out = [...lines];
  for (const i of marked) {
    const line = lines[i]!;
    const lead = /^\s*/.exec(line)![0].length;
    out[i] = line.replace(EMOJI, (e, at: number) =>
      at === lead ? `•${" ".repeat(e.length - 1)}` : " ".repeat(e.length),
    );
  }
  return out;
}
