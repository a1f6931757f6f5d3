/**
 * An interview with the federation's chief or chair (a local paper's questions, a newsletter's
 * "Fem frågor till förbundschefen"): the answers stand after a dialogue dash ("– Totalt deltog 207
 * personer …"), the federation speaking of itself. An answer naming no one is the federation's, as
 * the chief's "vi" is. Pure.
 */
import { type DocumentText, oncePerDocument } from "../documentText.ts";

/** A line opening on a dialogue dash and a capital or a figure: an answer or a quote. */
const ANSWER = /^\s*[–—]\s+[\p{Lu}\d]/u;
/** The one asked or quoted holds the federation's office. */
const FEDERATION_SPEAKER =
  /(?<!\p{L})(?:förbundschef\p{L}*|förbundets (?:ordförande|samordnare|chef)|ordföranden? (?:i|för) (?:samordnings)?förbundet|verksamhetschef\p{L}* (?:i|för|på) (?:samordnings)?förbundet)(?!\p{L})/iu;

/** What makes dashes an interview's: a question asked, or someone said to speak. */
const INTERVIEW_FRAME = /\?\s*$|(?<!\p{L})(?:intervju\p{L}*|säger|sa|berättar|svarar)(?!\p{L})/iu;

/**
 * Whether the document quotes the federation's chief or chair in two answers or more, framed as an
 * interview (a question, "säger", "intervju"): an annual report's dash bullets and a line naming
 * its chief are no interview.
 */
export const isFederationInterview = oncePerDocument((doc: DocumentText): boolean => {
  // Two answers first: lines opening on a dialogue dash are rare, and a document without two needs
  // neither of the dearer looks at every line for its speaker and its frame.
  let answers = 0;
  for (let n = 1; n <= doc.lineCount && answers < 2; n++) if (ANSWER.test(doc.at(n))) answers++;
  if (answers < 2) return false;
  let speaker = false;
  let framed = false;
  for (let n = 1; n <= doc.lineCount && !(speaker && framed); n++) {
    const t = doc.at(n);
    if (!speaker && FEDERATION_SPEAKER.test(t)) speaker = true;
    if (!framed && INTERVIEW_FRAME.test(t)) framed = true;
  }
  return speaker && framed;
});

/** How many lines an answer runs over, at most. */
const ANSWER_LINES = 12;

/**
 * Whether a line is in an answer: it, or a line above it in its paragraph, opens on a dialogue dash,
 * with no question between ("Hur gick det?" on the line above the dash opens no answer of its own).
 */
export function inAnswer(doc: DocumentText, line: number, last = line): boolean {
  // A question and its answer on the next line may read as one sentence: the dash on any of its lines opens it.
  for (let n = line + 1; n <= last; n++) if (ANSWER.test(doc.at(n))) return true;
  for (let n = line; n >= 1 && n > line - ANSWER_LINES; n--) {
    const t = doc.at(n);
    if (t.trim() === "") return false;
    if (ANSWER.test(t)) return true;
    if (n < line && /\?\s*$/.test(t)) return false;
  }
  return false;
}
