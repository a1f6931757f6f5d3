/**
 * A letter or an e-mail the federation signs (`federationLetterEnd`): a reply to a member's or an
 * agency's questions, closing "Med vänlig hälsning" over the signer and the federation's name
 * ("Karin Alm" / "Förbundschef" / "Samordningsförbundet X"), or "För Samordningsförbundet X". What its
 * body tells of participants, naming no one, is the federation's own year, as a report's summary is:
 * "Under 2025 fick 212 personer stöd …". Never the addressee's words told back ("Ni skriver att cirka 40 …"),
 * a member's residents or an intervention named, nor anything after the signature (a quoted question, an
 * appendix). Pure.
 */
import { oncePerDocument, type DocumentText } from "../documentText.ts";
import { ownFederation, namesFederation } from "./federationNames.ts";

/** A letter's closing: "Med vänlig hälsning", "Vänliga hälsningar", "Bästa hälsningar", "Mvh", "För styrelsen". */
const CLOSING =
  /^\W*(?:med )?(?:vänlig(?:a)?|bästa|varma) hälsning(?:ar)?\b|^\W*hälsningar\b|^\W*mvh\b|^\W*för (?:styrelsen|förbundet|samordningsförbundet|finsamförbundet)\b/iu;
/** A federation named in full: "Samordningsförbundet X", "Finsamförbundet i X". */
const FULL_NAME = /(?:Samordningsförbundet|Finsamförbundet)((?: (?:i )?\p{Lu}[\p{L}-]*){1,3})/gu;
/** Lines the signer's name, title and body may take under the closing. */
const SIGNATURE_LINES = 6;
/** A sentence telling back what the addressee wrote or counts ("Ni skriver …", "er egen statistik"). */
export const ADDRESSEE = /(?<!\p{L})(?:ni|er|ert|era)(?!\p{L})/iu;

/**
 * The line of the closing of a letter the document's own federation signs, and no other federation
 * with it, and the line of the signature naming the federation; undefined where the document is no
 * such letter.
 */
export const federationLetterEnd: (doc: DocumentText) => { closing: number; signed: number } | undefined =
  oncePerDocument((doc) => {
    const id = ownFederation(doc);
    let end: { closing: number; signed: number } | undefined;
    for (let n = 1; n <= doc.lineCount; n++) {
      if (!CLOSING.test(doc.at(n))) continue;
      let signed: number | undefined;
      let other = false;
      for (let k = n; k <= Math.min(doc.lineCount, n + SIGNATURE_LINES); k++)
        for (const m of doc.at(k).matchAll(FULL_NAME)) {
          const words = m[1]!.trim().split(" ");
          let own = false;
          for (let w = words.length; w >= 1 && !own; w--) own = namesFederation(words.slice(0, w).join(" "), id);
          if (own) signed ??= k;
          else other = true;
        }
      if (signed !== undefined && !other) end = { closing: n, signed };
    }
    return end;
  });

/**
 * Whether a line is in the body of a letter the federation signs: above its closing, and in an e-mail
 * (its head "Från: …" and "Ämne: …") the signer's own lines below the signature too, answers written
 * inline between the quoted question's lines (the quoted lines, an older message, the readers see
 * blank: `text/olderMail.ts`).
 */
export function inFederationLetter(doc: DocumentText, line: number): boolean {
  const end = federationLetterEnd(doc);
  if (end !== undefined && (line < end.closing || (line > end.signed && isMail(doc)))) return true;
  const speech = federationSpeech(doc);
  return speech !== undefined && line > speech.title && line < speech.signed;
}

/** A speech's title: "Ordförandens tal vid stämman", "ORDFÖRANDENS ANFÖRANDE", "Förbundschefens hälsningsord". */
const SPEECH_TITLE =
  /^\W*(?:ordförandens|vice ordförandens|förbundschefens)\s+(?:tal|anförande|hälsningsord|inledningstal|välkomsttal)(?!\p{L})/iu;
/** The speaker's office closing the speech, alone on its line under the speaker's name. */
const SPEAKER_OFFICE = /^\W*(?:ordförande|vice ordförande|förbundschef)\W*$/iu;
/** Lines a speech's head (the federation's name, the occasion, the title) may take. */
const SPEECH_HEAD = 8;

/**
 * A speech the federation's chair or chief gave, published as its manuscript (`inFederationLetter`): the
 * document's own federation named in full in its first lines and no other there, a speech's title in its
 * head, and the speaker's office alone on a line under a name among the last lines ("Lena Björk (C)" /
 * "ordförande"). Its body speaks for the federation, as a signed letter's does. The title's line and the
 * name's line, or undefined where the document is no such speech.
 */
export const federationSpeech: (doc: DocumentText) => { title: number; signed: number } | undefined = oncePerDocument(
  (doc) => {
    const id = ownFederation(doc);
    let own = false;
    let title: number | undefined;
    for (let n = 1; n <= Math.min(doc.lineCount, SPEECH_HEAD); n++) {
      for (const m of doc.at(n).matchAll(FULL_NAME)) {
        const words = m[1]!.trim().split(" ");
        let ours = false;
        for (let w = words.length; w >= 1 && !ours; w--) ours = namesFederation(words.slice(0, w).join(" "), id);
        if (!ours) return undefined;
        own = true;
      }
      if (title === undefined && SPEECH_TITLE.test(doc.at(n))) title = n;
    }
    if (!own || title === undefined) return undefined;
    // The signature: the office on one of the last non-blank lines, right under the speaker's name.
    let seen = 0;
    for (let n = doc.lineCount; n > title + 1 && seen < 3; n--) {
      const t = doc.at(n).trim();
      if (t === "") continue;
      seen++;
      if (SPEAKER_OFFICE.test(t) && SPEAKER_NAME.test(doc.at(n - 1).trim())) return { title, signed: n - 1 };
    }
    return undefined;
  },
);
/** A speaker's name: two or three capitalised words, a party's letters in a bracket after them maybe. */
const SPEAKER_NAME = /^\p{Lu}\p{Ll}+(?: \p{Lu}[\p{Ll}-]+){1,2}(?: \([\p{Lu}\p{Ll}]{1,4}\))?$/u;

/** An e-mail: its head names the sender and the subject ("Från: …", "Ämne: …") in its first lines. */
const isMail = oncePerDocument((doc: DocumentText): boolean => {
  let from = false;
  let subject = false;
  for (let n = 1; n <= Math.min(doc.lineCount, MAIL_HEAD); n++) {
    from ||= /^\s*(?:från|from)\s*:/iu.test(doc.at(n));
    subject ||= /^\s*(?:ämne|subject)\s*:/iu.test(doc.at(n));
  }
  return from && subject;
});
const MAIL_HEAD = 8;
