/**
 * A table's, figure's or sheet's own number before its caption: "Tabell 2.", "Tabell 4.2", "Tab. 5:",
 * "Figur 3a", "Diagram B2", "Flik 3:", "Blad 4", "Bilaga 1", "Fråga 6". A label, no figure: every reader of
 * captions and headings takes it away before reading the words. Defined once.
 */

/** Words that number a table, a chart or a sheet: "Tabell 2", "Tab. 5", "Diagram 3", "Flik 2", "Bild 4". */
const TABLE_WORDS = String.raw`tabell|tab\.|figur|diagram|flik|blad|bild|graf`;
/** Words that number a part of a document or a form as a caption's number does: "Bilaga 1", "Fråga 6". */
const PART_WORDS = String.raw`bilaga|fråga`;

/** The number's pattern, with the space after it. */
const CAPTION_NUMBER_SOURCE = String.raw`(?:${TABLE_WORDS}|${PART_WORDS})\s*[A-ZÅÄÖ]?\d{1,2}(?:\.\d{1,2})*[a-z]?[.:]?\s+`;

/**
 * A line opening on a table's, a chart's or a sheet's number ("Tabell 1. Deltagare", "Flik 2: Avslutade"):
 * a caption, never a heading; its match is the word and the number's first digits. A part's number
 * ("Bilaga 1") heads a part of the document, and is no caption here.
 */
export const TABLE_CAPTION = new RegExp(String.raw`^(?:${TABLE_WORDS})\s*\d+`, "i");

const AT_START = new RegExp(`^\\s*${CAPTION_NUMBER_SOURCE}`, "i");

/** The caption without its own number: "Tabell 4.2  Medlemsbidrag (tkr)" → "Medlemsbidrag (tkr)". */
export function withoutCaptionNumber(text: string): string {
  return text.replace(AT_START, "");
}
