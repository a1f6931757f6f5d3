/**
 * A bar chart drawn in text with block characters, each bar between its label and its value:
 *
 *   Arbete                     ████████████████ 16
 *   Fortsatt rehabilitering    ███████████████████ 19
 *
 * The bar is a picture of the value, no figure: blanked, one space for each of its characters, the
 * line reads as a table row ("Arbete   16") that the readers place under the chart's caption like
 * any other. Only a run of block elements (U+2580–U+259F, and "■") standing between words and one
 * number closing the line; a line of bars alone or a bar after the number (a legend, a scale) is
 * left as written. Pure.
 */
import { characters } from "./wholeText.ts";

/** Words, then a bar, then the value and nothing after it but a unit ("st", "%"). */
const BAR_ROW =
  /^(\s*\p{L}[^\d\u2580-\u259f■]*?\s)([\u2580-\u259f■]+)(\s*[−–-]?\d[\d  ]*(?:,\d+)?\s?(?:%|st\.?)?\s*)$/u;

/** The lines with such bars blanked; undefined when no line has one. */
/** A block character: a bar's glyph (a first look over the whole text, then per line). */
const BLOCK_CHARACTER = /[\u2580-\u259f■]/u;

export function blankBarGlyphs(lines: readonly string[]): string[] | undefined {
  // Cheap first: a block character anywhere in the document (`wholeText.ts`).
  const chars = characters(lines);
  if (!chars.hasIn(0x2580, 0x259f) && !chars.has("■")) return undefined;
  let out: string[] | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // Cheap first: most lines hold no block character at all.
    if (!BLOCK_CHARACTER.test(line)) continue;
    const m = BAR_ROW.exec(line);
    if (!m) continue;
    out ??= [...lines];
    out[i] = `${m[1]}${" ".repeat(m[2]!.length)}${m[3]}`;
  }
  return out;
}
