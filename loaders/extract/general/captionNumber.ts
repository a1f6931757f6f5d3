/**
 * A table's, figure's or sheet's own number before its caption: "Tabell 2.", "Tabell 4.2", "Tab. 5:",
 * "Figur 3a", "Diagram B2", "Flik 3:", "Blad 4", "Bilaga 1", "Fråga 6". A label, no figure: every reader of
 * captions and headings takes it away before reading the words. Defined once.
 */

/** The number's pattern, with the space after it. */
const CAPTION_NUMBER_SOURCE = String.raw`(?:tabell|tab\.|figur|diagram|flik|blad|bilaga|fråga)\s*[A-ZÅÄÖ]?\d{1,2}(?:\.\d{1,2})*[a-z]?[.:]?\s+`;

const AT_START = new RegExp(`^\\s*${CAPTION_NUMBER_SOURCE}`, "i");

/** The caption without its own number: "Tabell 4.2  Medlemsbidrag (tkr)" → "Medlemsbidrag (tkr)". */
export function withoutCaptionNumber(text: string): string {
  return text.replace(AT_START, "");
}
