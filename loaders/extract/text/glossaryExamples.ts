/**
 * A glossary that shows each term with the federation's own figure of the year, the figure's label
 * saying only whose and when ("Hos oss 2025:"), the term in bold over it saying what:
 *
 *     **Nya deltagare**
 *     Personer som skrivits in under året.
 *     *Hos oss 2025:* 71.
 *
 *     **Eget kapital**
 *     Förbundets samlade överskott från tidigare år.
 *     *Hos oss 2025-12-31:* 1 512 000 kr.
 *
 * No reader knows what "71" counts. Here a figure alone after such a label (a count, or an amount with
 * its unit, a remark in brackets after it kept: "−238 000 kr (budget −300 000 kr)") has its term said
 * before it ("*Hos oss 2025:* nya deltagare 71."), so the readers read it as the label and the term say:
 * the label's owner and year, the term's measure or item, and a budget in the bracket as a budget.
 *
 * Only in a glossary's shape (three bold terms at least, each alone on its line over its text), only in
 * a term's own paragraph (no blank line between), only where the line holds the figure alone; never a
 * label naming an example, a target, a budget or a plan ("Räkneexempel:", "Mål 2026:"), never under a
 * term naming a share or a rate (a bare figure there may be a count or a percent). Pure: one line per line.
 */

/** A term set in bold alone on its line: "**Nya deltagare**", "__Eget kapital__". */
const TERM = /^\s*(\*\*|__)(\p{L}[^*_]{1,60}?)\1\s*$/u;
/**
 * A label, its colon (in or out of its emphasis), then a figure alone with or without a money unit, a
 * bracket after it, and a full stop: "*Hos oss 2025:* 71.", "Hos oss 2025-12-31: 1 512 000 kr".
 */
const FIGURE_AFTER_LABEL =
  /^(\s*[*_]{0,2})(\p{L}[^:*_]{1,40}?)(:[*_]{0,2}\s+|[*_]{0,2}:\s+)([-–−+]?\d{1,3}(?:[ \u00a0]\d{3})*(?:,\d+)?(?:\s*(?:tkr|mnkr|mkr|kr|kronor|miljoner kronor))?)(\s*\([^()]*\))?\s*\.?\s*$/u;
/** A label that is no outcome of the year: an example, a target, a budget, a plan, a forecast. */
const NOT_AN_OUTCOME = /exempel|mål|budget|prognos|plan|förslag|beräkn/iu;
/** A term naming a share or a rate: its bare figure may be a percent. */
const SHARE_TERM = /andel|procent|%|grad|kvot|per\s/iu;
const MIN_TERMS = 3;

export function glossaryExamples(lines: readonly string[]): string[] | undefined {
  let terms = 0;
  for (const l of lines) if (l.includes("**") || l.includes("__")) if (TERM.test(l)) terms++;
  if (terms < MIN_TERMS) return undefined;
  let out: string[] | undefined;
  let term: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === "") {
      term = undefined;
      continue;
    }
    const t = TERM.exec(line);
    if (t) {
      term = t[2]!.replace(/\s*\([^()]*\)\s*/g, " ").trim();
      continue;
    }
    if (term === undefined || SHARE_TERM.test(term)) continue;
    const m = FIGURE_AFTER_LABEL.exec(line);
    if (!m || NOT_AN_OUTCOME.test(m[2]!)) continue;
    // An acronym ("SUS") keeps its capitals; a word opening the term is set in lower case, as in a sentence.
    const said = /^\p{Lu}{2}/u.test(term) ? term : term.charAt(0).toLowerCase() + term.slice(1);
    (out ??= [...lines])[i] = `${m[1]}${m[2]}${m[3]}${said} ${m[4]}${m[5] ?? ""}.`;
  }
  return out;
}
