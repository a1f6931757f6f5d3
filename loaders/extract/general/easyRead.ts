/**
 * A text in easy Swedish (lätt svenska, lättläst, lätt att läsa): the federation's own short account
 * of its year for everyone, said in its head ("Årsredovisning 2024 på lätt svenska", "Vårt år 2025 –
 * lättläst"). Such a text speaks of the whole federation ("vi", "förbundet"), one idea a line, under
 * question headings ("Hur många fick hjälp?") that name no intervention. Pure.
 */
import { type DocumentText, oncePerDocument } from "../documentText.ts";

/** How many lines at the top of a document make its head, at most. */
const HEAD_LINES = 8;
const EASY_SWEDISH = /(?<!\p{L})(?:lätt svenska|lättläst\p{L}*|lätt att läsa)(?!\p{L})/iu;

/** Whether the document's head says it is written in easy Swedish. */
export const isEasyRead = oncePerDocument((doc: DocumentText): boolean => {
  for (let n = 1; n <= Math.min(HEAD_LINES, doc.lineCount); n++) if (EASY_SWEDISH.test(doc.at(n))) return true;
  return false;
});

/**
 * "fick hjälp" in easy Swedish is what a report says "fick stöd": the year's participants
 * ("Tvåhundratolv personer fick hjälp under 2024."). Elsewhere help is often with one thing ("fick
 * hjälp med bostad") and the figure grammar asks for "av oss"; in an easy-read text the plain phrase
 * is the participants'. Said in the grammar's words, of the same length (offsets kept).
 */
const GOT_HELP = /(?<!\p{L})(fick|fått|får) hjälp(?!\p{L})(?! med)/giu;
export function inGrammarWords(sentence: string): string {
  return sentence.includes("hjälp") ? sentence.replace(GOT_HELP, "$1 stöd ") : sentence;
}
