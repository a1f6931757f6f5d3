/**
 * A typeset minus set apart from its number ("Årets resultat − 228 335", web pages and PDF
 * exports that put a space after the sign): the sign joined to the digits, so every reader
 * reads the number as negative. Only the real minus sign (U+2212) is joined: it is never
 * anything but a sign. An en dash or a hyphen before a number may as well be an empty cell
 * ("Finansiella intäkter – 1 880") or a separator ("2024 – 1 200 deltagare"); those stay as
 * written for the readers, who weigh both readings. Pure.
 */

const DETACHED = /\u2212[ \u00a0\u202f\u2009]+(?=\d)/g;

/** The line with each real minus sign set apart from its digits joined to them. */
export function joinDetachedMinus(line: string): string {
  return line.includes("\u2212") ? line.replace(DETACHED, "\u2212") : line;
}
