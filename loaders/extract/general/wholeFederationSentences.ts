/**
 * A sentence whose own words say its figures are the whole federation's ("Under 2025 var totalt 142
 * personer inskrivna i förbundets individinriktade verksamhet", "Sammantaget avslutade 56 personer
 * sin insats", "I förbundet gjordes 12 avslut till fortsatt rehabilitering"), where its section
 * does not say whose they are, or is an intervention's but a topic's subheading ("Händelser och
 * resultat") stands between the intervention's heading and the sentence. The words are the
 * lexicon's (`reference/scopeWords.ts`). Under an intervention's own heading a sentence stays the
 * intervention's, and a sum's word alone ("totalt") decides only under a topic's heading that no
 * bare name heads. The caller checks that the sentence names no one and is about no one
 * intervention. Pure.
 */
import { FEDERATION_TELLS, SCOPE_WORD_CUE, SUM_WORD, WHOLE_FEDERATION_PHRASE } from "../../reference/scopeWords.ts";
import type { DocumentText } from "../documentText.ts";
import { inDocumentTitle, isHeading, isTopicHeading, scopeByLine, type Scope } from "./sectionScope.ts";

/**
 * `goesOn`: the sentence opens its paragraph, or the sentence before it in the paragraph was the
 * federation's (a sum's word in the middle of an intervention's paragraph is that intervention's sum).
 * Asked last: whom the sentence before was about is worked out only when asked.
 */
export function saysWholeFederation(
  doc: DocumentText,
  section: Scope,
  firstLine: number,
  sentence: string,
  goesOn: () => boolean,
): boolean {
  // Most sentences hold none of the words: one cheap look first.
  if (section.kind === "federation" || !SCOPE_WORD_CUE.test(sentence)) return false;
  const strong = WHOLE_FEDERATION_PHRASE.test(sentence) || FEDERATION_TELLS.test(sentence);
  if (section.kind === "intervention") return strong && headingBetween(doc, section.line, firstLine);
  if (strong) return true;
  if (section.line === null || !SUM_WORD.test(sentence) || !goesOn()) return false;
  return isTopicHeading(doc, section.line) && !bareNameAbove(doc, section.line);
}

/** Whether a heading stands after line `from` and before line `to`. */
function headingBetween(doc: DocumentText, from: number, to: number): boolean {
  for (let n = to - 1; n > from; n--) if (isHeading(doc, n)) return true;
  return false;
}

/**
 * Whether the heading above the topic's heading on line `at` is a bare name its section left
 * unscoped ("Steget" over "Resultat" over "Totalt deltog 48 personer"): the topic may be that name's.
 */
function bareNameAbove(doc: DocumentText, at: number): boolean {
  for (let n = at - 1; n >= 1; n--) {
    if (!isHeading(doc, n)) continue;
    return scopeByLine(doc)[n - 1]!.kind === "unknown" && !inDocumentTitle(doc, n) && !isTopicHeading(doc, n);
  }
  return false;
}
