/**
 * Key figures with the prior year's figure in parentheses after each ("412 (372) personer",
 * "Kostnader: 17,1 (14,9) mkr", "−0,8 (+0,5) mkr"), under a line that says so ("Siffrorna inom
 * parentes gäller 2023", "Föregående års värden inom parentes"). The parenthesis hides the
 * year's figure from every sentence reader, and read as a figure of its own it is the wrong
 * year's. So, only where the document declares it, and only in running text and bullets (never
 * in a table laid out in columns, where a bracketed amount is a negative), the prior year's
 * figure is dropped from the reading text: the readers read the year's figure, never the
 * bracketed one. Pure.
 */

/** A line saying what the parentheses hold: the prior year's figures. */
const DECLARATION =
  /(?:inom|i) parentes(?:er)?\b[^.]{0,40}?\b(?:gäller|avser|anger|anges|visar|är)\b[^.]{0,30}?(?:(?:19|20)\d\d|föregående år|förra året|fjolåret)|(?:föregående|förra) års? (?:\p{L}+ )?(?:siffror|värden|uppgifter|utfall) (?:anges |står )?(?:inom|i) parentes/iu;

/** A parenthesis holding only a number, right after a number: the prior year's figure. */
const PRIOR = /(?<=\d(?:\s?%)?) \(\s*[+−–-]?\d{1,3}(?:[  ]\d{3})*(?:,\d+)?\s*\)/gu;

/** A line laid out in columns: a table, where "(1 204)" may be a negative amount. */
const COLUMNS = /\S {2,}\S/;

/** The lines with the prior year's bracketed figures dropped, from a declaration on; the lines themselves when none. */
export function dropPriorYearParentheses(lines: readonly string[]): readonly string[] {
  const from = lines.findIndex((line) => line.includes("arentes") && DECLARATION.test(line));
  if (from < 0) return lines;
  return lines.map((line, i) =>
    i <= from || !line.includes("(") || COLUMNS.test(line.trim()) ? line : line.replace(PRIOR, ""),
  );
}
