/**
 * A survey tool's export of one answer ("F6. Förbundets totala intäkter 2025" / "Svar: 5960000"): each
 * numbered question over its "Svar:" line. Read as the labelled line the two make, on the answer's line
 * ("Förbundets totala intäkter 2025: 5 960 000"), the question's line blanked; a question with no
 * "Svar:" line (a matrix, a list of choices) keeps its text without its number ("F13. " blanked) and
 * heads what follows; a ticked box's mark ("[x] ") is blanked before its label. A form asks for whole
 * numbers without spaces: a bare run of five digits or more in an answer or a row (never a date, a time
 * or an id after its colon) is grouped in thousands as the readers read numbers; on a page that says
 * its amounts are whole kronor ("ange hela kronor"), an answer that is a whole number alone, a thousand
 * or more and no count of people ("Antal …", "… deltagare"), says "kr" after it.
 *
 * Only where three questions or more stand over their "Svar:" lines. Pure: one line per line.
 */

const QUESTION = /^(\s*)(F\d{1,3}[a-z]?\.\s+)(\S.*)$/u;
const ANSWER = /^(\s*)Svar:\s*(.*)$/u;
const TICKED = /^(\s*)(\[[xX✓ ]\]\s+)/u;
/** A bare whole number of five to nine digits, not part of a date, a time, an id or a decimal. */
const BARE = /(?<![\d:/.,-])\d{5,9}(?![\d:/.,-])/g;
const MIN_ANSWERED = 3;
/** A page or a part of the form saying its amounts are whole kronor: "ange hela kronor", "belopp i kronor". */
const IN_KRONOR = /(?<!\p{L})(?:(?:ange|i|anges i)\s+hela\s+kronor|belopp(?:en)?\s+(?:anges\s+)?i\s+kronor)(?!\p{L})/iu;
/** A question counting people, never an amount, on a page of amounts. */
const PEOPLE_LABEL = /(?<!\p{L})(?:antal|deltagare|avslutade|nya|personer|kvinnor|män|årsarbetare|invånare)(?!\p{L})/iu;
/** A new page of the form ("Sida 3 av 4 – …") or a rule across it. */
const PAGE_OR_RULE = /^\s*(?:sida\s+\d+\s+av\s+\d+\b|[-=_]{10,}\s*$)/iu;

const grouped = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, " ");

export function surveyAnswers(lines: readonly string[]): string[] | undefined {
  const answered: { q: number; a: number; label: string }[] = [];
  const questions: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*F\d/.test(lines[i]!)) continue;
    const m = QUESTION.exec(lines[i]!);
    if (!m) continue;
    questions.push(i);
    const next = lines[i + 1];
    if (next !== undefined && ANSWER.test(next)) answered.push({ q: i, a: i + 1, label: m[3]!.trim() });
  }
  if (answered.length < MIN_ANSWERED) return undefined;
  const out = [...lines];
  // From the first question on: rows and answers get their bare numbers grouped.
  const first = questions[0]!;
  for (let i = first; i < lines.length; i++) {
    const tick = TICKED.exec(out[i]!);
    if (tick) out[i] = `${tick[1]}${" ".repeat(tick[2]!.length)}${out[i]!.slice(tick[0].length)}`;
    if (!ANSWER.test(out[i]!) && !/\s{2,}\d/.test(out[i]!)) continue;
    out[i] = out[i]!.replace(BARE, grouped);
  }
  for (const q of questions) {
    const m = QUESTION.exec(out[q]!)!;
    out[q] = `${m[1]}${" ".repeat(m[2]!.length)}${m[3]}`;
  }
  // "Sida 2 av 4 – Ekonomi (ange hela kronor …)": the page's answers are kronor, to its next page or rule.
  const inKronor = new Set<number>();
  let kronor = false;
  for (let i = first; i < lines.length; i++) {
    if (PAGE_OR_RULE.test(lines[i]!)) kronor = false;
    if (IN_KRONOR.test(lines[i]!)) kronor = true;
    if (kronor) inKronor.add(i);
  }
  for (const { q, a, label } of answered) {
    const m = ANSWER.exec(out[a]!)!;
    const bare = m[2]!.trim();
    // A whole number alone on a page in kronor says its unit, as the page does.
    const answer =
      inKronor.has(a) && /^-?\d{1,3}(?: \d{3})+$/.test(bare) && !PEOPLE_LABEL.test(label) ? `${bare} kr` : bare;
    // A label ending on its own colon or question mark keeps it as written: "Har förbundet …?: Ja" reads poorly.
    out[a] = `${m[1]}${label.replace(/[:?]$/, "")}: ${answer}`;
    out[q] = "";
  }
  return out;
}
