/**
 * Counts written after their measure's word under a participants' lead, as a note's shorthand sets them:
 * "Deltagare jan–dec 2025: inskrivna 201, därav nya 88; avslutade 94, därav 27 till arbete …". The prose
 * readers take a count before its word ("201 inskrivna", "88 nya"); here each such pair is turned round,
 * word for word in the same characters ("inskrivna 201" → "201 inskrivna"), so columns and lengths stay.
 *
 * Only in the sentence a lead opens: a line beginning "Deltagare" (or "Deltagarna") with a colon within
 * its first words, and the lines that sentence runs on to its full stop (three at most). Never a pair set
 * apart by a gap (a table's row "Nya   88"), a colon ("Nya: 88", already read), a year ("nya 2025"), a
 * share or a sum ("avslutade 38 %", "nya 12 tkr"), a ratio ("kvinnor 6 av 10"), a count its parts' bracket
 * follows ("avslutade 94 (till arbete 27)"), nor any line outside such a lead's sentence. Pure.
 */
import { mayHold } from "./wholeText.ts";

/** The lead: "Deltagare", words, dates or a period, then a colon, at the line's start. */
const LEAD = /^\s*deltagar(?:e|na)(?:\s+[\p{L}\d–.-]+){0,5}\s*:\s/iu;
/**
 * A measure's word, one space, a count (no year, no share, no sum after it). Nor a ratio: "kvinnor 6 av 10" says six
 * in ten are women, no count of women. Nor a count a bracket of its parts follows ("avslutade 94 (till arbete 27,
 * studier 9)"): the exits' reader takes the pair as written, with its bracket.
 */
const PAIR =
  /(?<!\p{L})(inskrivna|nya|avslutade|pågående|aktuella|kvinnor|män)( )(\d{1,4})(?![\d\p{L}%]|[.,]\d|\s*(?:%|procent|kr|tkr|kronor|år|mån)(?!\p{L})|\s+av\s+(?:\d|tio|hundra|tusen)|\s*\((?=[^()]*\p{L})[^()]*\d[^()]*\))/giu;
/** How many lines a lead's sentence may run on to. */
const SENTENCE_LINES = 3;

function turnRound(line: string): string {
  return line.replace(PAIR, (whole, word: string, space: string, count: string) =>
    /^(?:19|20)\d\d$/.test(count) ? whole : `${count}${space}${word}`,
  );
}

/** The lines with each lead's pairs turned round; undefined where no line changed. */
export function measureThenCount(lines: readonly string[]): string[] | undefined {
  if (!mayHold(lines, /deltagar/i)) return undefined;
  let out: string[] | undefined;
  for (let i = 0; i < lines.length; i++) {
    if (!LEAD.test(lines[i]!)) continue;
    for (let k = i; k < Math.min(lines.length, i + SENTENCE_LINES); k++) {
      const line = lines[k]!;
      if (line.trim() === "" || (k > i && LEAD.test(line))) break;
      const turned = turnRound(line);
      if (turned !== line) (out ??= [...lines])[k] = turned;
      if (/\.\s*$/.test(line)) break;
    }
  }
  return out;
}
