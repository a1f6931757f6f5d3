/**
 * A page of questions and answers (a federation's "Vanliga frågor", a folder's "Frågor och svar"): a
 * question on a line of its own put to the federation ("Hur många deltagare hade ni under 2024?", "Hur
 * många avslutade hos förbundet?") and its answer right under it, to the next blank line. The answer
 * speaks for the one asked (labels "Fråga:" / "Svar:" before them or not): a sentence of it naming no one is the federation's, as a chief's answer in
 * an interview is (`interviewAnswers.ts`), and on a page of such questions so does the answer to a
 * question naming no one. A question naming someone ("… hade Kompassen?") scopes nothing, nor does
 * one put to no one outside such a page. Pure.
 */
import { type DocumentText, oncePerDocument } from "../documentText.ts";

/**
 * A question on a line of its own, short, opening on its question word, after a label ("Fråga:", "F:") if any,
 * or after the sign a web page's folding answer shows before its question ("+ Hur många …?", "▸ Vad …?",
 * "▼ Hur …?"), saved with the text when the page is copied.
 */
const QUESTION =
  /^\s*(?:[+▸▶►▾▼›»⊕]\s*)?(?:(?:fråga|f|q)\s*(?:\d+(?:\.\d+)*\s*[:.]?|[:.])\s*)?(?:hur|vad|vilka|vilken|vilket|när|var|vart|varför|hade|har|fick|gick|kan|finns)(?!\p{L})[^?]{3,100}\?\s*$/iu;
/**
 * A line of running text: not blank, not set in (a form's field, its number blanked), no cells set
 * apart by wide gaps or tabs, no answer box ("[ 4,7 ]", "(x) Ja ( ) Nej"). A form's questions and
 * boxes are the form readers'.
 */
const PROSE_LINE = /^ {0,2}\S(?!.*(?:\S {3,}\S|\t|\[|\(\s*[xX]?\s*\)))/u;
/** A question's label: "Fråga:", "F:", "Fråga 3.", a web form's numbered "Fråga 1.4"; a folding answer's sign before it. */
const QUESTION_LABEL = /^\s*(?:[+▸▶►▾▼›»⊕]\s*)?(?:(?:fråga|f|q)\s*(?:\d+(?:\.\d+)*\s*[:.]?|[:.])\s*)?/iu;
/** The one asked is the federation: "ni", "er", "era", "förbundet", "förbundets (insatser)", "samordningsförbundet". */
const ASKS_US = /(?<!\p{L})(?:ni|er|ert|era|(?:samordnings)?förbundets?)(?!\p{L})/iu;
/** A word in capitals after the question's first: a name (an intervention, a member). */
const NAME_AFTER_START = /\s\p{Lu}/u;

/** A group of the participants ("unga under 25", "kvinnor", "nyanlända"): a question of a part, not the whole. */
const ASKED_PART =
  /(?<!\p{L})(?:unga|ungdomar\p{L}*|kvinn\p{L}*|män|männen|flickor|pojkar|nyanlända|utrikes födda|(?:under|över) \d{1,2}(?!\d)(?: år)?|\d{1,2}\s*[–-]\s*\d{1,2} år)(?!\p{L})/iu;
/**
 * A question naming a group of the participants, or a year other than the document's ("… till jobb 2024?"):
 * its answer ("Av dem som slutade fick 33 arbete") is that group's or year's, not the federation's of the year.
 * Both genders named ("kvinnor och män") are everyone.
 */
function asksOfPartOrOtherYear(question: string, year: number | undefined): boolean {
  const both = /kvinn/iu.test(question) && /(?<!\p{L})(?:män|männen)(?!\p{L})/iu.test(question);
  if (!both && ASKED_PART.test(question)) return true;
  return [...question.matchAll(/(?<!\d)(?:19|20)\d\d(?!\d)/g)].some((m) => Number(m[0]) !== year);
}

/**
 * A line set in bold or italics as a whole ("**F: Hur många var nya?**", "_Fråga: …?_"), as a Markdown
 * page sets its questions: the marks around it are no part of the question.
 */
const EMPHASIS_AROUND = /^(\s*)(\*\*|__|\*|_)(\S(?:.*\S)?)\2\s*$/u;
const withoutEmphasis = (line: string): string => line.replace(EMPHASIS_AROUND, "$1$3");

/** How many questions make a page of questions, one of them put to the federation. */
const PAGE_QUESTIONS = 3;

/**
 * The lines of answers to questions put to the federation. On a page of questions ("Vanliga frågor":
 * three or more, one put to the federation), a question naming no one ("Hur många avslutade?") is
 * put to it too: the page speaks for the federation.
 */
const answerLines = oncePerDocument((doc: DocumentText): ReadonlyMap<number, number> => {
  const questions: { line: number; asksUs: boolean }[] = [];
  for (let n = 1; n < doc.lineCount; n++) {
    // Most lines are no question: the mark is looked for before any pattern.
    if (!doc.at(n).includes("?")) continue;
    const q = withoutEmphasis(doc.at(n));
    if (!QUESTION.test(q) || !PROSE_LINE.test(q) || !PROSE_LINE.test(doc.at(n + 1))) continue;
    if (NAME_AFTER_START.test(q.replace(QUESTION_LABEL, "").trim())) continue;
    questions.push({ line: n, asksUs: ASKS_US.test(q) });
  }
  const page = questions.length >= PAGE_QUESTIONS && questions.some((q) => q.asksUs);
  /** Each answer's line → its question's line. */
  const lines = new Map<number, number>();
  for (const q of questions) {
    if ((!q.asksUs && !page) || asksOfPartOrOtherYear(withoutEmphasis(doc.at(q.line)), doc.periodYear)) continue;
    for (let k = q.line + 1; k <= doc.lineCount && PROSE_LINE.test(doc.at(k)) && !doc.at(k).includes("?"); k++)
      lines.set(k, q.line);
  }
  return lines;
});

/** Whether a line is in an answer to a question put to the federation. */
export function inFederationAnswer(doc: DocumentText, line: number): boolean {
  return answerLines(doc).has(line);
}

/**
 * "Det var 128 personer", "Svar: Det blev 49 deltagare": an answer giving the count the question asked
 * for; or a form's labelled answer of the count alone ("Svar: 52"), nothing after it; or an answer set
 * after a dash or a label opening on its count and leaving the verb out ("– 187 personer, varav …").
 */
const COUNT_ANSWER =
  /^\s*(?:(?:(?:svar|s|a)\s*[:.]\s*)?det (?:var|blev|är|handlar om) (\d{1,3}(?: \d{3})?) (?:personer|deltagare|individer)(?!\p{L})|(?:svar|s|a)\s*:\s*(\d{1,3}(?: \d{3})?)\s*\.?\s*$|(?:[–—-]|(?:svar|s|a)\s*:)\s*(\d{1,3}(?: \d{3})?) (?:personer|deltagare|individer)(?!\p{L}))/iu;
/** "Svar: 52": a form's answer of the count alone. */
const BARE_ANSWER = /^\s*(?:svar|s|a)\s*:\s*\d{1,3}(?: \d{3})?\s*\.?\s*$/iu;

/** Whether a sentence is a form's bare count ("Svar: 52") answering a question put to the federation. */
export function isBareCountAnswer(doc: DocumentText, line: number, sentence: string): boolean {
  return BARE_ANSWER.test(sentence) && answerLines(doc).has(line);
}

/** "Hur många personer tog del av …?": the question's count, asked for. */
const HOW_MANY = /^\s*hur många\s+/iu;

/**
 * An answer that gives the count its question asked for ("Hur många personer tog del av förbundets
 * insatser 2024?" / "Svar: Det var 128 personer, 71 kvinnor och 57 män."), said as the statement the
 * two make together: the question's words with the count in place of "hur många", then the answer's
 * words after its count ("128 personer tog del av förbundets insatser 2024, 71 kvinnor och 57 män").
 * `at` maps an offset of the statement back to the answer's (-1 where it falls in the question's
 * words). Undefined where the sentence is no such answer, or not in an answer to a "hur många" question.
 */
export function answerAsStatement(
  doc: DocumentText,
  line: number,
  sentence: string,
): { statement: string; at: (offset: number) => number } | undefined {
  const m = COUNT_ANSWER.exec(sentence);
  const question = m ? answerLines(doc).get(line) : undefined;
  if (!m || question === undefined) return undefined;
  const asked = withoutEmphasis(doc.at(question)).replace(QUESTION_LABEL, "").trim();
  if (!HOW_MANY.test(asked)) return undefined;
  const raw = m[1] ?? m[2] ?? m[3]!;
  const head = `${raw} ${asked.replace(HOW_MANY, "").replace(/\?\s*$/u, "")}`;
  const tail = m.index + m[0].length;
  const numberAt = m.index + m[0].indexOf(raw, m[0].search(/\d/u));
  return {
    statement: head + sentence.slice(tail),
    at: (offset) =>
      offset < raw.length ? numberAt + offset : offset >= head.length ? offset - head.length + tail : -1,
  };
}
