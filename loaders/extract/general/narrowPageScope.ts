/**
 * Whom the paragraphs of a page set in a narrow measure are about (`text/narrowPages.ts`: a teletext
 * page, a mobile page's or a newspaper column's text, some 40 characters a line). Such a page breaks a
 * news item into paragraphs of a sentence or two ("Samordningsförbundet Brattmo hade 214 deltagare …" /
 * "" / "Av de 96 deltagare som avslutade …"): the paragraphs under one heading are one run of text about
 * the same thing, as the lines of one paragraph are in a report. Pure.
 */
import { oncePerDocument, type DocumentText } from "../documentText.ts";
import { narrowPageLines } from "../text/narrowPages.ts";
import { isHeading, scopeByLine } from "./sectionScope.ts";
import { proseUnits, sentencesOf } from "./proseSentences.ts";
import { ownFederation, ownNameAsFederation } from "./federationNames.ts";

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

/**
 * The lines told under a lead naming the federation as its subject, in a document with no
 * intervention's section: a news item or a press release ("Samordningsförbundet Ramsjö har lämnat sin
 * årsredovisning för 2025. …" / "" / "Exakt var det 213 deltagare under 2025 …"), whose paragraphs go on
 * about the federation up to the next heading. The lead is the first sentence of its section's running
 * text (`opensOnOwnFederation`, the own name read as "förbundet").
 */
/** A sentence of running text: five words or more, closed by its stop. */
const RUNNING_SENTENCE = /^\W*(?:\p{L}+\W+){4,}.*[.!?]\s*$/u;

export const federationLedLines: (doc: DocumentText) => ReadonlySet<number> = oncePerDocument((doc) => {
  const led = new Set<number>();
  const scopes = scopeByLine(doc);
  if (scopes.some((s) => s.kind === "intervention")) return led;
  const id = ownFederation(doc);
  /** Sections (by their heading's line) whose first sentence was seen, and whether it led. */
  const seen = new Map<number | null, boolean>();
  for (const unit of proseUnits(doc)) {
    const first = unit.starts[0]!.line;
    const scope = scopes[first - 1]!;
    if (scope.kind !== "unknown" || isHeading(doc, first)) continue;
    const spans = sentencesOf(unit);
    if (spans.length === 0) continue;
    const lead = unit.text.slice(spans[0]!.start, spans[0]!.end);
    // A headline, a date line or a kicker ("PRESSMEDDELANDE 2026-03-12") is no sentence of the text.
    if (!seen.has(scope.line) && !RUNNING_SENTENCE.test(lead)) continue;
    if (!seen.has(scope.line)) {
      seen.set(scope.line, opensOnOwnFederation(ownNameAsFederation(lead, id)));
    }
    if (!seen.get(scope.line)) continue;
    for (const s of unit.starts) led.add(s.line);
  }
  return led;
});
