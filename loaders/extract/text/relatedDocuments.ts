/**
 * A document-sharing site's list of other documents ("Relevanta dokument"): the titles and opening
 * lines of other reports the site shows beside the one it transcribes, often the same federation's
 * other years ("Årsredovisning 2023 Samordningsförbundet X"), its plans, or a neighbour's report
 * ("Under 2024 deltog 288 personer …"). None of it is the document: its figures are of other years
 * and other federations, and a snippet seldom says which. The readers see the list's lines blank.
 *
 * The list is the site's, not the report's, where the page shows it is a site's copy: a site's own
 * words elsewhere ("Transkript", "Storlek: px", "Full text", "Ladda ner \"…\""), or the list heading
 * the page right under its title (the light form of the page, which shows the list first). The list
 * runs to the end of the document; set before the text (the light form), it runs up to the text's
 * first page, told by the lines closing on their page numbers "1", "2" (or opening on them). A
 * report's own "Relevanta dokument:" heading in a plan (no site's words, not under the title) stays.
 * Pure.
 */
import { mayHold } from "./wholeText.ts";

/** The site's heading over the list of other documents (a line of its own). */
const RELATED = /^\s*(?:relevanta|relaterade|liknande) dokument\s*$/i;
/** What RELATED holds: a first look over the whole text. */
const RELATED_WORDS = /(?:relevanta|relaterade|liknande) dokument/i;
/** A document-sharing site's own words on its page. */
const SITE_WORDS =
  /^\s*(?:transkript(?:ion)?|full text|citation preview|embed size \(px\)|storlek: px|starta visningen från sidan:?|börja visa från sida:?|spara (?:denna pdf )?som(?: pdf)?:?|(?:ladda ner|download) ".*)\s*$/i;
/** A page of the text: a line closing on its page number ("… AB 1", "… 2 (32)") or opening on it ("1 Årsredovisning …"). */
const pageNumberOf = (line: string): number | undefined => {
  const m = /\s(\d{1,3})(?: \(\d{1,3}\))?\s*$/.exec(line) ?? /^(\d{1,3}) (?=\p{Lu})/u.exec(line);
  return m ? Number(m[1]) : undefined;
};

/**
 * Whether the text is a document-sharing site's page: a line of the site's own words. Remembered per
 * array of lines: the transcript and preview steps ask it of the same reading lines, every document.
 */
export function onSharingSite(lines: readonly string[]): boolean {
  let site = sharingSite.get(lines);
  if (site === undefined) {
    site = lines.some((l) => l.length < 200 && SITE_WORDS.test(l));
    sharingSite.set(lines, site);
  }
  return site;
}
const sharingSite = new WeakMap<readonly string[], boolean>();

/** The document's lines with the site's related-documents list blank; undefined when there is none. */
export function withoutRelatedDocuments(lines: readonly string[]): string[] | undefined {
  // Cheap first: the heading's words anywhere, then on a line of their own.
  if (!mayHold(lines, RELATED_WORDS)) return undefined;
  const at = lines.findIndex((l) => l.length < 30 && RELATED.test(l));
  if (at < 0) return undefined;
  const before = lines.slice(0, at).filter((l) => l.trim() !== "");
  const underTitle = before.length <= 1;
  if (!underTitle && !onSharingSite(lines)) return undefined;
  const end = underTitle ? textStart(lines, at + 1) : lines.length;
  return lines.map((l, i) => (i >= at && i < end ? "" : l));
}

/**
 * Where the text starts after a list set before it: the first of two page lines numbered 1 and 2 in
 * a row (blank lines between); the end of the document when there are none (the list alone).
 */
function textStart(lines: readonly string[], from: number): number {
  const filled = [];
  for (let i = from; i < lines.length; i++) if (lines[i]!.trim() !== "") filled.push(i);
  for (let k = 0; k + 1 < filled.length; k++) {
    if (pageNumberOf(lines[filled[k]!]!) === 1 && pageNumberOf(lines[filled[k + 1]!]!) === 2) return filled[k]!;
  }
  return lines.length;
}
