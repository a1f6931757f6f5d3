/**
 * "Enkäten gick ut till samtliga 176 deltagare i förbundets insatser under 2024": all the participants
 * of the federation's interventions named as a group, whatever the sentence does with them (a survey
 * sent to them, a letter, a follow-up). The group's number is the year's count of participants, read
 * only where the grammar read nothing else in the sentence, the group is the federation's interventions'
 * (never one intervention's, a member's or the respondents'), and the year is the report's ("under
 * 2024", "under året") or none. Pure.
 */
import { tokenize, type NumberToken, type SentenceReading } from "./figureGrammar.ts";

const ALL_OF_THEM =
  /(?<!\p{L})(?:samtliga|alla) (\d{1,3}(?: \d{3})?) (?:deltagare|personer) (?:i|inom) (?:samordnings)?förbundets (?:\p{L}+ )?insatser(?: under (?:((?:19|20)\d\d)|året))?(?![\p{L}\d])/iu;

/** The reading with the group's count added as the year's participants, or the reading as it was. */
export function allParticipantsCount(sentence: string, year: number, reading: SentenceReading): SentenceReading {
  if (reading.figures.length > 0 || !/samtliga|alla /i.test(sentence)) return reading;
  const m = ALL_OF_THEM.exec(sentence);
  if (!m || (m[2] !== undefined && Number(m[2]) !== year)) return reading;
  const at = m.index + m[0].indexOf(m[1]!);
  const token = tokenize(sentence).find((t): t is NumberToken => t.type === "number" && t.start === at);
  if (!token || token.approximate) return reading;
  return {
    ...reading,
    figures: [{ kind: "count", measure: "enrolled", gender: "all", token }],
    unread: reading.unread.filter((t) => t.start !== at),
  };
}
