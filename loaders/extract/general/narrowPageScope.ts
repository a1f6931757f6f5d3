/**
 * Whom the paragraphs of a page set in a narrow measure are about (`text/narrowPages.ts`: a teletext
 * page, a mobile page's or a newspaper column's text, some 40 characters a line). Such a page breaks a
 * news item into paragraphs of a sentence or two ("Samordningsförbundet Brattmo hade 214 deltagare …" /
 * "" / "Av de 96 deltagare som avslutade …"): the paragraphs under one heading are one run of text about
 * the same thing, as the lines of one paragraph are in a report. Pure.
 */
import { oncePerDocument, type DocumentText } from "../documentText.ts";
import { narrowPageLines } from "../text/narrowPages.ts";
import { isHeading } from "./sectionScope.ts";

/** Whether the document's reading lines are a page set in a narrow measure. */
export const isNarrowPage: (doc: DocumentText) => boolean = oncePerDocument(
  (doc) => narrowPageLines(doc.lines) !== undefined,
);

/**
 * Whether a paragraph going on from `lastLine` (the last line of a run of text) at `firstLine` (the first
 * of the next) is the same news item's next paragraph on a narrow page: one blank line between, neither
 * a heading.
 */
export function narrowParagraphOn(doc: DocumentText, lastLine: number, firstLine: number): boolean {
  return (
    firstLine === lastLine + 2 &&
    doc.at(lastLine + 1).trim() === "" &&
    isNarrowPage(doc) &&
    doc.inColumn(lastLine) &&
    doc.inColumn(firstLine) &&
    !isHeading(doc, lastLine) &&
    !isHeading(doc, firstLine)
  );
}

/**
 * A sentence whose subject is the federation, its own name already read as "förbundet"
 * (`federationNames.ts`): "Förbundet lämnade i går …", "Styrelsen för förbundet har godkänt …". Never
 * "Förbundens …" (many federations) nor one naming an intervention ("Förbundets insats Steget …").
 */
export function opensOnOwnFederation(sentence: string): boolean {
  return OWN_FEDERATION_LEAD.test(sentence) && !/(?<!\p{L})insats(?:en)?\s+\p{Lu}/u.test(sentence);
}
const OWN_FEDERATION_LEAD =
  /^\W*(?:(?:styrelsen|kansliet|förbundsdirektionen|ledningen) (?:för|i|på) )?(?:samordnings)?förbundet(?!\p{L})/iu;
