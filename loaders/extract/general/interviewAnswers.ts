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
  /(?<!\p{L})(?:förbundschef\p{L}*|förbundets (?:ordförande|samordnare|chef|ekonom|controller)|ordföranden? (?:i|för) (?:samordnings)?förbundet|verksamhetschef\p{L}* (?:i|för|på) (?:samordnings)?förbundet)(?!\p{L})/iu;

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
  for (let n = 1; n <= doc.lineCount && answers < 2; n++) if (opensAnswer(doc, doc.at(n))) answers++;
  if (answers < 2) return false;
  // Answers under the speaker's own label are the federation officer's by how the label was found.
  if (speakerLabel(doc) !== null) return INTERVIEW_FRAME_QUESTION(doc);
  let speaker = false;
  let framed = false;
  for (let n = 1; n <= doc.lineCount && !(speaker && framed); n++) {
    const t = doc.at(n);
    if (!speaker && FEDERATION_SPEAKER.test(t)) speaker = true;
    if (!framed && INTERVIEW_FRAME.test(t)) framed = true;
  }
  return speaker && framed;
});

/**
 * "Oskar: Förlust, och det var tänkt …", "**KM:** Nej, 311 är …": a line opening on a speaker's label, a first
 * name or a person's initials, and a colon (Markdown bold around it or not).
 */
const LABELLED_LINE = /^\s*(?:\*\*)?(\p{Lu}\p{Ll}{1,15}|\p{Lu}{2,3})(?:\*\*)?\s?:(?:\*\*)?\s+\S/u;
/** A person's name: a first name (hyphenated or not) and a surname. */
const PERSON = /(?<!\p{L})(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?) (\p{Lu}\p{Ll}+)(?!\p{L})/gu;
/** How many labelled lines make answers: one labelled line is a note, not a conversation. */
const LABELLED_ANSWERS = 2;

/** The labels a person may answer under: the first name, the initials of first name and surname. */
function labelsOf(first: string, last: string): string[] {
  const initials = first
    .split("-")
    .map((w) => w[0]!)
    .join("");
  return [first, initials + last[0]!];
}

/**
 * The label the federation's officer answers under: "Fem frågor till Oskar Hed, förbundets ekonom" over
 * "Oskar: …" lines, "Kerstin Malmgård, förbundschef, Samordningsförbundet …" signing "mina svar med KM:" over
 * "KM: …" lines. The person named right before the office (after a comma) or right after it ("förbundschefen
 * Eva Holm"), answering on two lines or more under their first name or initials. An auditor's, a member's
 * or a participant's label is never it: only the name beside the federation's office counts.
 */
const speakerLabel = oncePerDocument((doc: DocumentText): string | null => {
  const counts = new Map<string, number>();
  for (let n = 1; n <= doc.lineCount; n++) {
    const m = LABELLED_LINE.exec(doc.at(n));
    if (m) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
  }
  if (![...counts.values()].some((c) => c >= LABELLED_ANSWERS)) return null;
  for (let n = 1; n <= doc.lineCount; n++) {
    const line = doc.at(n);
    const office = FEDERATION_SPEAKER.exec(line);
    if (office === null) continue;
    for (const p of line.matchAll(PERSON)) {
      const end = p.index + p[0].length;
      const before = /^,\s*$/.test(line.slice(end, office.index));
      const after = p.index === office.index + office[0].length + 1;
      if (!before && !after) continue;
      for (const label of labelsOf(p[1]!, p[2]!)) if ((counts.get(label) ?? 0) >= LABELLED_ANSWERS) return label;
    }
  }
  return null;
});

/** A line opening an answer: a dialogue dash, or the federation officer's label. Quoted text ("> …") never. */
function opensAnswer(doc: DocumentText, line: string): boolean {
  if (ANSWER.test(line)) return true;
  const m = LABELLED_LINE.exec(line);
  return m !== null && m[1] === speakerLabel(doc);
}

/** A question asked somewhere in the document: what makes labelled lines answers. */
function INTERVIEW_FRAME_QUESTION(doc: DocumentText): boolean {
  for (let n = 1; n <= doc.lineCount; n++) if (/\?\s*(?:<\/\p{L}+\d?>)?\s*$/u.test(doc.at(n))) return true;
  return false;
}

/** How many lines an answer runs over, at most. */
const ANSWER_LINES = 12;

/**
 * Whether a line is in an answer: it, or a line above it in its paragraph, opens on a dialogue dash,
 * with no question between ("Hur gick det?" on the line above the dash opens no answer of its own).
 */
export function inAnswer(doc: DocumentText, line: number, last = line): boolean {
  // A question and its answer on the next line may read as one sentence: the dash on any of its lines opens it.
  for (let n = line + 1; n <= last; n++) if (opensAnswer(doc, doc.at(n))) return true;
  for (let n = line; n >= 1 && n > line - ANSWER_LINES; n--) {
    const t = doc.at(n);
    if (t.trim() === "") return false;
    // A quoted line ("> 4. Deltagarsiffran (311) …") is the question put, never the answer.
    if (/^\s*>/.test(t)) return false;
    if (opensAnswer(doc, t)) return true;
    if (n < line && /\?\s*$/.test(t)) return false;
  }
  return false;
}
