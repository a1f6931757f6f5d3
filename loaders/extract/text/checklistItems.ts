/**
 * A closing checklist kept by a bookkeeper ("Bokslutschecklista 2025", "Checklista inför årsbokslut"):
 * each point opens on a status mark and often a point number ("[x] A3  Summa verksamhetens intäkter
 * 5 801 300 – stämmer mot huvudbok", "✓ 1.3  Verksamhetens intäkter totalt: 6 642 870", "○ 4.2  Nya
 * deltagare 71"), its amounts in whole kronor with no unit anywhere, as a ledger's are.
 *
 * - The mark and the point's number are blanked, space for character, so each point reads as its
 *   words; a point not yet done keeps its words (the figure it states is stated; only the check waits).
 * - Where the checklist is on the accounts (a line naming the closing, the ledger or the annual
 *   report) and the document names no unit of money at all, an amount of two digit groups or more
 *   ("5 801 300", "41 300", "-68 420") closing its clause (the line's end, ",", ";", ".", " –", a
 *   bracket) is whole kronor: "kr" is written after it. A figure of one group ("131 deltagare", "64")
 *   or followed by a word ("1 184 verifikationer") is left as written.
 *
 * - A point listing counts each after its label ("Nya under året 64, avslutade 58") is said count first
 *   ("64 nya under året, 58 avslutade"), every clause one label and one count.
 *
 * Only a checklist: three points at least opening on a mark (a box "[x]", "[ ]", "[~]", a tick or a
 * circle "✓", "✔", "○", "●", "◐", "☐", "☑", "☒"), and a legend of the marks ("Status: [x] = klart",
 * "Teckenförklaring: ✓ utfört") or a title naming a checklist among the first lines. Pure; line for line.
 */

/** A point: its mark, then optionally its number ("A3", "1.3", "12.", "4b"), then its words. */
const POINT =
  /^(\s*(?:[-*•]\s+)?)(\[[ xX✓✔~\-/]\]|[✓✔✗✘○●◐◑◯☐☑☒])(\s+)(?:([A-ZÅÄÖ]?\d{1,2}(?:\.\d{1,2})*[a-z]?\.?)(\s+))?(?=\p{L})/u;
/** A legend of the marks: "Status: [x] = klart   [ ] = återstår", "Teckenförklaring: ✓ utfört   ○ ej utfört". */
const LEGEND =
  /(?:\[[ xX✓✔~\-/]\]|[✓✔✗✘○●◐◑◯☐☑☒])\s*(?:=|:)?\s*(?:klar|klart|utfört|utförd|gjort|återstår|pågår|ej utfört|ej klar|delvis|påbörjad|ej påbörjad|ok)\b/iu;
const CHECKLIST_TITLE = /checklista|checklist|kontrollista|kontrollpunkter|bockl[iy]sta/iu;
/** The accounts: a closing, the ledger, the annual report. */
const ACCOUNTS =
  /bokslut|huvudbok|räkenskap|årsredovisning|resultaträkning|balansräkning|verksamhetens (?:intäkter|kostnader)/iu;
/** Any unit of money in the document. */
const MONEY_UNIT =
  /(?<!\p{L})(?:kr|kronor|tkr|mkr|mnkr|msek|tsek|ksek|sek|kkr|tusental|tusentals|miljoner|miljon|:-)(?!\p{L})/iu;
/** An amount of two digit groups or more closing its clause, or before a word of the check ("stäms av", "enligt", "mot"). */
const BARE_AMOUNT =
  /(?<![\d/.,:-])([−–-]?\d{1,3}(?: \d{3})+)(?![\d,.]\d)(?=\s*$|\s*[,;.)]|\s+[–—(]|\s+-\s|\s+(?:enligt|mot|per|stäms|stämmer|stämt|avstämt|avstämd|avstäms|bokad|bokat|bokförd|bokfört|bokas)(?!\p{L}))/gu;

/** A clause of a label and then a count: "Nya under året 64", "till studier 9". */
const LABEL_COUNT = /^(\p{L}+(?: \p{L}+){0,3}) (\d{1,3})$/u;

/**
 * A point listing counts each after its label ("Nya under året 64, avslutade 58", "Avslutade till arbete 12,
 * till studier 9"; a remark after a dash kept) said count first, as a sentence says it ("64 nya under
 * året, 58 avslutade"); only where every clause is one label and one count of three digits at most.
 */
function countsFirst(text: string): string {
  const [body, ...remark] = text.split(/(?=\s+[–—]\s)/u);
  const clauses = body!.split(/,\s+|\s+och\s+/u);
  if (clauses.length < 2) return text;
  const said: string[] = [];
  for (const clause of clauses) {
    const c = LABEL_COUNT.exec(clause.trim());
    if (!c) return text;
    said.push(`${c[2]} ${c[1]!.charAt(0).toLowerCase()}${c[1]!.slice(1)}`);
  }
  return said.join(", ") + remark.join("");
}

/** The lines with each point's mark and number blanked and bare amounts in kronor; undefined where the document is no checklist. */
export function checklistItems(lines: readonly string[]): string[] | undefined {
  const points = lines.map((l) => POINT.exec(l));
  if (points.filter(Boolean).length < 3) return undefined;
  const legend = lines.some((l) => !POINT.test(l) && LEGEND.test(l));
  if (!legend && !lines.slice(0, 6).some((l) => CHECKLIST_TITLE.test(l))) return undefined;
  const kronor = lines.some((l) => ACCOUNTS.test(l)) && !lines.some((l) => MONEY_UNIT.test(l));
  const first = points.findIndex(Boolean);
  return lines.map((line, i) => {
    const m = points[i];
    let text = m ? " ".repeat(m[0].length) + countsFirst(line.slice(m[0].length)) : line;
    if (kronor && i >= first) text = text.replace(BARE_AMOUNT, "$1 kr");
    return text;
  });
}
