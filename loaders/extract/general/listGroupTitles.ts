/**
 * A statement's group title set inside a list of leader rows: "Intäkter" over its rows set in
 * deeper, "Kostnader" after them, as a fixed report template numbers its posts ("4.1 Intäkter",
 * "4.1.1 Medlemsbidrag ..... 8 400", "4.2 Kostnader", "4.3 Verksamhetens resultat ..... 138"). The
 * title carries no figure and only groups the rows under it: the list goes on across it, under the
 * list's own heading (the chapter's "EKONOMI (tusental kronor)" with its unit). Only a statement's
 * group words are such a title; any other line of words without a figure still ends a list, as a
 * new topic's heading does ("Ekonomi (tkr)" right under a list of participants). Pure.
 */
import type { DocumentText } from "../documentText.ts";

/** A statement's group words, alone on their line. */
const GROUP_WORDS =
  /^(?:(?:verksamhetens|rörelsens)\s+)?(?:intäkter|kostnader)$|^(?:tillgångar|skulder|eget kapital och skulder|finansiella poster)$/iu;

const indentOf = (line: string) => line.search(/\S/);

/**
 * Whether line n is a group title inside a list: a statement's group words alone, with the row
 * right under it set in deeper than it (`isRow` says which lines are rows).
 */
export function isListGroupTitle(doc: DocumentText, n: number, isRow: (k: number) => boolean): boolean {
  const raw = doc.lines[n - 1] ?? "";
  if (!GROUP_WORDS.test(raw.trim().replace(/:$/, ""))) return false;
  const next = doc.lines[n] ?? "";
  return n < doc.lineCount && indentOf(next) > indentOf(raw) && isRow(n + 1);
}
