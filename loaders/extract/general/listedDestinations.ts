/**
 * Destinations listed label first after the exits' count, in one sentence: "Avslutade: 92, varav
 * arbete 22, studier 11, aktivt arbetssökande 9, fortsatt rehabilitering 18 och annat 32." The figure
 * grammar reads "22 till arbete", the number before its destination; here each item names its
 * destination before its number. The list is read only where it proves itself: three items at least,
 * each naming one destination and no two the same, each number left unread by the grammar, and their
 * sum the exits' count the sentence gave right before the list. Pure.
 */
import { otherExitRow } from "./exitRowLabel.ts";
import {
  destinationsIn,
  type ExitCategory,
  type Figure,
  type NumberToken,
  type SentenceReading,
} from "./figureGrammar.ts";

/** What may stand between the exits' count and the list: ", varav", ": varav", " varav", ": ". */
const LIST_OPENING = /^\s*(?:personer|deltagare|st\.?)?\s*(?:[,:]\s*varav|varav|:|,\s*därav|därav)\s+/iu;
/** One item: its label (words, no digits) and its number, then a comma, "och", or the list's end. */
const ITEM = /^(\p{L}[\p{L} ()-]{1,45}?)\s+(\d{1,4})(?=\s*(?:,|\s+och\s|[.;)]|$))(?:\s*,\s*(?:och\s+)?|\s+och\s+)?/u;

export function withListedDestinations(reading: SentenceReading, sentence: string): SentenceReading {
  if (reading.unread.length < 3) return reading;
  const exited = reading.figures.find(
    (f): f is Extract<Figure, { kind: "count" }> => f.kind === "count" && f.measure === "exited" && f.gender === "all",
  );
  if (!exited) return reading;
  const opening = LIST_OPENING.exec(sentence.slice(exited.token.end));
  if (!opening) return reading;
  let at = exited.token.end + opening[0].length;
  const items: { category: ExitCategory; token: NumberToken }[] = [];
  for (let m = ITEM.exec(sentence.slice(at)); m; m = ITEM.exec(sentence.slice(at))) {
    const label = m[1]!.trim().toLowerCase();
    const named = destinationsIn(label, true);
    const category =
      named.length === 1 ? named[0] : named.length === 0 && otherExitRow(label) ? "other_exit" : undefined;
    const start = at + m[0].indexOf(m[2]!, m[1]!.length);
    const token = reading.unread.find((t) => t.start === start);
    if (!category || !token) return reading;
    items.push({ category, token });
    at += m[0].length;
  }
  const distinct = new Set(items.map((i) => i.category)).size === items.length;
  const sum = items.reduce((a, i) => a + i.token.value, 0);
  if (items.length < 3 || !distinct || sum !== exited.token.value) return reading;
  const listed = new Set(items.map((i) => i.token));
  return {
    ...reading,
    figures: [...reading.figures, ...items.map((i): Figure => ({ kind: "exit_outcome", ...i }))],
    unread: reading.unread.filter((t) => !listed.has(t)),
  };
}
