/**
 * Key figures each followed by the change since the year before in parentheses, under a reading
 * note that says so:
 *
 *   Läsanvisning: varje siffra följs av förändringen mot 2024 inom parentes.
 *   Inskrivna deltagare ........ 212 (+14)
 *   Verksamhetens resultat ...... 88 750 (−135 600)
 *   Resultaträkning 2025, kronor (förändring mot 2024)
 *
 * The bracket is a difference, no figure of any year: read as last year's figure (the note names a
 * year beside "inom parentes") or as a second column it is wrong, and left in place it hides the
 * year's figure from the list and statement readers. So, only below such a note, every bracket
 * after a figure holding a signed number ("(+14)", "(−6)", "(+3 procentenheter)", "(±0)") is
 * blanked space for character, and a caption's own bracket repeating the note ("(förändring mot
 * 2024)") too, so its year no longer dates the caption. An unsigned bracket ("(12)") may be a count's
 * women or a negative amount: it stays as written. Without the note nothing changes. Pure.
 */

/**
 * A note saying the parentheses hold the change: "förändringen mot 2024 inom parentes", "inom
 * parentes anges skillnaden jämfört med föregående år", "(förändring mot 2024)".
 */
const CHANGE_WORD = String.raw`(?:förändring|förändringen|ändring|ändringen|skillnad|skillnaden|differens|differensen)`;
const SINCE = String.raw`(?:mot|jämfört med|från|sedan|i förhållande till)\s+(?:(?:19|20)\d\d|föregående år|förra året|fjolåret)`;
const CHANGE_NOTE = new RegExp(
  String.raw`(?<!\p{L})${CHANGE_WORD}\s+${SINCE}[^.()]{0,30}?(?:inom|i)\s+parentes|(?:inom|i)\s+parentes[^.()]{0,30}?(?<!\p{L})${CHANGE_WORD}(?:\s+${SINCE})?(?!\p{L})`,
  "iu",
);
/** A caption's bracket naming the change: "(förändring mot 2024)", "(skillnad jämfört med 2024)". */
const CHANGE_CAPTION_BRACKET = new RegExp(String.raw`\s\(\s*${CHANGE_WORD}\s+${SINCE}\s*\)`, "giu");
/** A signed number in a bracket right after a figure (its unit may stand between): "212 (+14)", "88 750 (−135 600)". */
const SIGNED_BRACKET =
  /(?<=\d(?:\s?%|\s(?:kr|tkr|mkr|kronor|procent|personer|st))?)\s\(\s*(?:[+−–-]|±)\s?\d{1,3}(?:[  ]\d{3})*(?:,\d+)?(?:\s?(?:%|procentenheter|procentenhet|p\.?e\.?|kr|tkr|mkr|kronor|st|personer))?\s*\)/gu;

/** A clause saying a year's figures stand in the brackets: "värdet för 2024", "siffrorna för föregående år". */
const YEAR_VALUES = new RegExp(
  String.raw`(?<!\p{L})(?:värdet|värdena|siffran|siffrorna|utfallet)\s+(?:för|från)\s+(?:år\s+)?(?:(?:19|20)\d\d|föregående år|förra året|fjolåret)(?!\d)`,
  "iu",
);
/** A change's word opening a word: "förändringen", "skillnad". */
const NAMES_CHANGE = new RegExp(String.raw`(?<!\p{L})${CHANGE_WORD}`, "iu");
/**
 * Whether the note's clause on the parentheses says they hold a year's figures and names no change: "Inom parentes
 * anges värdet för 2024, förändringen i procent står i kolumnen längst till höger" is a prior-year legend, the
 * change standing elsewhere. "Inom parentes anges förändringen jämfört med värdet för 2024" names the change in
 * the same clause: a change note still.
 */
function bracketsHoldYearValues(line: string): boolean {
  return line
    .split(/[,;.]\s/u)
    .some((clause) => /parentes/iu.test(clause) && YEAR_VALUES.test(clause) && !NAMES_CHANGE.test(clause));
}

/** Whether a line is a note saying the parentheses hold the change since another year. */
export const isChangeNote = (line: string): boolean =>
  line.includes("arentes") && CHANGE_NOTE.test(line) && !bracketsHoldYearValues(line);

const blank = (m: string): string => " ".repeat(m.length);

/** The lines with the declared change brackets blanked; undefined where no note declares them. */
export function blankChangeParentheses(lines: readonly string[]): string[] | undefined {
  const note = lines.findIndex(isChangeNote);
  if (note < 0) return undefined;
  let out: string[] | undefined;
  for (let i = note + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.includes("(")) continue;
    const next = line.replace(SIGNED_BRACKET, blank).replace(CHANGE_CAPTION_BRACKET, blank);
    if (next === line) continue;
    out ??= [...lines];
    out[i] = next;
  }
  return out;
}
