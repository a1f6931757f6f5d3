/**
 * A done task's outcome note, as a federation's yearly cycle ("årshjul") or activity calendar writes
 * one under the board's item on last year's statistics:
 *
 *     ✔ Styrelsemöte 12/2: verksamhetsstatistik 2025.
 *         Resultat: 254 deltagare (137 kvinnor, 117 män), varav 128 nya.
 *         109 avslutade: 24 till arbete, 14 till studier, 19 till aktivt
 *         arbetssökande.
 *
 * The note's counts stand with no verb and no owner; the task line above says whose (the board's,
 * "styrelse") and which year (the report's, on a report of the year: statistics, the annual report,
 * the accounts). Each sentence of the note opening on a count of participants ("254 deltagare", "109
 * avslutade") is said as the readers' sentence "Under 2025 hade förbundet 254 deltagare …", its label
 * ("Resultat:", "Utfall:") dropped; so is one opening on the accounts' words and an amount ("Utfall: intäkter
 * 6 420 tkr, kostnader 6 610 tkr." under "Styrelsen fastställer årsredovisning 2025"), only under a task on
 * the year's accounts (never under one on statistics), read by the money readers as a sentence naming the
 * report's year; the note's other sentences (a rate) are left as written.
 *
 * Only where the task is a list item naming the report's year and no other, a report of the year and
 * the board, and no event (a conference's or a seminar's audience: "Konferensen: 142 deltagare"), no
 * other federation and no member's own board ("Kommunstyrelsen"), the task is not one still to come
 * (an empty box), and the document names a federation in its first lines; the note is the lines set
 * in under the task, its first opening on the outcome's label. A target ("Mål: 200 deltagare"), a
 * note under any other line, or a label naming another year is left as written. Pure: one line per line.
 */

/** A list item's mark: a done mark, a ticked box, a bullet; never an empty box (a task to come). */
const ITEM = /^(\s*)(?:[✔✓☑☒✅]|\[[xX]\]|[-•*–])\s+(\S.*)$/u;
/** A year. */
const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/g;
/** A report on a whole year: statistics, the annual report, the accounts, a year's follow-up. */
const YEAR_REPORT =
  /(?<!\p{L})(?:\p{L}*statistik\p{L}*|årsredovisning\p{L}*|bokslut\p{L}*|årsbokslut\p{L}*|helårs\p{L}*|årsrapport\p{L}*|verksamhetsberättelse\p{L}*|årsuppföljning\p{L}*)(?!\p{L})/iu;
/** The federation's board (never "Kommunstyrelsen", a member's). */
const BOARD = /(?<!\p{L})styrelse\p{L}*/iu;
/** An event's or another body's words: its audience, its figures, are no participants of the federation's year. */
const ELSEWHERE =
  /(?<!\p{L})\p{L}*(?:konferens|seminari|utbildning|träff|workshop|mässa|nätverk|föreläsning|kurs|studiebesök|kommun|region|samordningsförbund|nämnd)\p{L}*/iu;
/**
 * A task on less than the federation's whole year, or on someone else's figures: a part of the year ("halvår",
 * "januari–juni", "kvartal"), one intervention's, an agency's or the county's, a survey's, a population's
 * ("statistik över unga …"). Such a task's note is left as written.
 */
const NOT_WHOLE_OWN =
  /(?<!\p{L})(?:\p{L}*(?:halvår|kvartal|tertial|delår|månad|insats|projekt|enkät|försäkringskass|arbetsförmedling|län)\p{L}*|januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|jan|feb|mar|apr|jun|jul|aug|sep|okt|nov|dec)(?!\p{L})|(?<!\p{L})(?:för|över|inom|bland)\s+(?!(?:19|20)\d\d(?!\d)|året(?!\p{L})|helåret(?!\p{L})|förbundet(?!\p{L}))\p{L}/iu;
/** A counting sentence about a meeting's attendance or a survey's answers, never the year's participants. */
const NOT_PARTICIPANTS = /(?<!\p{L})(?:mötet|sammanträdet|träffen|svar\p{L}*|enkät\p{L}*|respondent\p{L}*)(?!\p{L})/iu;
/** The note's label: "Resultat:", "Utfall:", the year after it only as the report's. */
const LABEL = /^(?:resultat|utfall)(?:\s+((?:19|20)\d\d))?\s*:\s*/iu;
/** A sentence opening on a count of participants: "254 deltagare", "109 avslutade". */
const COUNT_OPENING = /^\d{1,3}(?: \d{3})*\s+(?:deltagare|personer|avslutade|nya|inskrivna)(?!\p{L})/iu;
/**
 * A sentence opening on the year's accounts' words and their amount: "intäkter 6 420 tkr, kostnader 6 610 tkr"
 * (the accounts' own words, never a member's fee or a grant).
 */
const MONEY_OPENING =
  /^(?:(?:verksamhetens |totala )?(?:intäkter(?:na)?|kostnader(?:na)?)|årets resultat|eget kapital)\s*:?\s*[-−–+]?\s*\d/iu;
/** A task on the year's accounts (the annual report, the closing of the books): only its note's money is the year's. */
const ACCOUNTS_TASK =
  /(?<!\p{L})(?:årsredovisning\p{L}*|bokslut\p{L}*|årsbokslut\p{L}*|räkenskap\p{L}*|verksamhetsberättelse\p{L}*)(?!\p{L})/iu;
/** A federation named in the document's opening lines. */
const FEDERATION = /samordningsförbund/iu;

export function outcomeNotes(lines: readonly string[], reportYear: number): string[] | undefined {
  if (!lines.slice(0, 12).some((l) => FEDERATION.test(l))) return undefined;
  let out: string[] | undefined;
  for (let i = 0; i < lines.length; i++) {
    const item = ITEM.exec(lines[i]!);
    if (!item || !isOwnYearTask(item[2]!, reportYear)) continue;
    const indent = item[1]!.length;
    // The note: the lines set in deeper than the item's mark, its first opening on the label.
    const first = lines[i + 1];
    if (first === undefined || indentOf(first) <= indent) continue;
    const label = LABEL.exec(first.trimStart());
    if (!label || (label[1] !== undefined && Number(label[1]) !== reportYear)) continue;
    let sentenceOpens = true;
    const accounts = ACCOUNTS_TASK.test(item[2]!);
    for (let k = i + 1; k < lines.length; k++) {
      const line = lines[k]!;
      if (line.trim() === "" || indentOf(line) <= indent || ITEM.test(line)) break;
      const margin = line.slice(0, indentOf(line));
      let body = line.trimStart();
      const labelled = LABEL.exec(body);
      if (labelled) {
        if (labelled[1] !== undefined && Number(labelled[1]) !== reportYear) break;
        sentenceOpens = true;
      }
      const rest = labelled ? body.slice(labelled[0].length) : body;
      const sentence = rest.split(/[.!?](?:\s|$)/u)[0]!;
      if (
        sentenceOpens &&
        !NOT_PARTICIPANTS.test(sentence) &&
        (COUNT_OPENING.test(rest) || (accounts && MONEY_OPENING.test(rest)))
      ) {
        body = `Under ${reportYear} hade förbundet ${rest}`;
        out ??= [...lines];
        out[k] = margin + body;
      }
      sentenceOpens = /[.!]\s*$/.test(line);
    }
  }
  return out;
}

/** A task line about the report year's own report, the board's, naming no event nor another body. */
function isOwnYearTask(task: string, reportYear: number): boolean {
  const years = task.match(YEAR) ?? [];
  return (
    years.length > 0 &&
    years.every((y) => Number(y) === reportYear) &&
    YEAR_REPORT.test(task) &&
    BOARD.test(task) &&
    !ELSEWHERE.test(task) &&
    !NOT_WHOLE_OWN.test(task)
  );
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}
