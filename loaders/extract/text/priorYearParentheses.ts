/**
 * Key figures with the prior year's figure in parentheses after each ("412 (372) personer",
 * "Kostnader: 17,1 (14,9) mkr", "−0,8 (+0,5) mkr"), under a line that says so ("Siffrorna inom
 * parentes gäller 2023", "Föregående års värden inom parentes", "jämförelsetal för 2023 inom
 * parentes", "föregående år inom parentes"). The parenthesis hides the
 * year's figure from every sentence reader, and read as a figure of its own it is the wrong
 * year's. So, only where the document declares it, and only in running text and bullets (never
 * in a table laid out in columns, where a bracketed amount is a negative), the bracket is
 * rewritten in the readers' own words for an earlier year's figure: where the declaration names
 * the year, "412 (2023: 372) personer" and "17,1 mkr (2023: 14,9 mkr)" (the unit after the
 * bracket moved before it and into it), which every reader reads as that year's beside the
 * year's own; where it names no year ("föregående år"), the bracket is dropped and only the
 * year's figure is read. Pure.
 */
import { AMOUNT_UNIT_WORD } from "../../reference/units.ts";

/**
 * A line saying what the parentheses hold: the prior year's figures. Also said with the year alone
 * ("Uppgifter ur årsredovisningen (inom parentes 2024):", "(2024 inom parentes)", "2024 års värden
 * inom parentes").
 */
const DECLARATION =
  /(?:inom|i) parentes(?:er)?\b[^.]{0,40}?\b(?:gäller|avser|anger|anges|visar|är)\b[^.]{0,30}?(?:(?:19|20)\d\d|föregående år|förra året|fjolåret)|(?:föregående|förra|(?:19|20)\d\d) års? (?:\p{L}+ )?(?:siffror|värden|uppgifter|utfall) (?:anges |står )?(?:inom|i) parentes|(?:inom|i) parentes:? (?:19|20)\d\d(?!\d)|(?<![\d-])(?:19|20)\d\d (?:inom|i) parentes|(?:jämförelsetal|jämförelsesiffror|siffror|siffrorna|värden|värdena|uppgifter|uppgifterna|belopp|beloppen|utfall|utfallet) för (?:(?:19|20)\d\d|föregående år|förra året|fjolåret) (?:anges |står |visas |redovisas )?(?:inom|i) parentes|(?:föregående|förra) år(?:et)? (?:anges |står |visas )?(?:inom|i) parentes/iu;

/**
 * The text with its declaration taken out: the year a declaration names dates the bracketed
 * figures, not the text's own ("Uppgifter ur årsredovisningen (inom parentes 2024)" heads 2025's).
 */
export function withoutParenthesesDeclaration(text: string): string {
  return text.includes("arentes") ? text.replace(DECLARATION, " ") : text;
}

/** The nouns a count is written with, between it and the prior year's bracket ("142 deltagare (131)"). */
const COUNT_NOUN = String.raw`deltagare|personer|individer|nya|avslutade|avslut|inskrivna`;

/**
 * A parenthesis holding only a number, right after a number (its unit or its count's noun may stand
 * between: "7,8 mkr (7,5)", "142 deltagare (131)", the unit then the bracket's too): the prior year's figure; then the
 * unit both figures share, when one follows ("16,3 (15,4) mkr", "38,5 (36,6) procent").
 */
const PRIOR = new RegExp(
  String.raw`(?<=\d(?:\s?%)?(?: (${AMOUNT_UNIT_WORD}|procent\b)| (?:${COUNT_NOUN})(?!\p{L}))?) \(\s*([+−–-]?\d{1,3}(?:[  ]\d{3})*(?:,\d+)?)\s*\)(?: ((?:${AMOUNT_UNIT_WORD})(?: kronor| kr\b)?|procent\b|%))?`,
  "giu",
);

/**
 * A line laid out in three columns or more: a table, where "(1 204)" may be a negative amount. A
 * label and its value set apart by spaces ("Nya deltagare under året      97 (84)") are a card's
 * line, read as running text.
 */
const COLUMNS = /\S {2,}\S.* {2,}\S/;
/** A line with a gap of two spaces or more: a label and its cell. */
const GAP = /\S {2,}\S/;

/** The index of the first line declaring that parentheses hold the prior year's figures, or -1. */
export const priorYearDeclarationIndex = (lines: readonly string[]): number =>
  lines.findIndex((line) => line.includes("arentes") && DECLARATION.test(line));

/** The lines with the prior year's bracketed figures dated (or dropped), from a declaration on; the lines themselves when none. */
export function readPriorYearParentheses(lines: readonly string[]): readonly string[] {
  const from = priorYearDeclarationIndex(lines);
  if (from < 0) return lines;
  const year = DECLARATION.exec(lines[from]!)![0].match(/(?:19|20)\d\d/)?.[0];
  const dated = (_: string, before: string | undefined, prior: string, after: string | undefined) => {
    // A unit before the bracket is the bracket's unit too, kept where it stands.
    const rest = after === undefined ? "" : ` ${after}`;
    if (before !== undefined) return year === undefined ? rest : ` (${year}: ${prior} ${before})${rest}`;
    return datedAfter(prior, after);
  };
  const datedAfter = (prior: string, unit: string | undefined) =>
    year === undefined
      ? unit
        ? ` ${unit}`
        : ""
      : unit
        ? ` ${unit} (${year}: ${prior} ${unit})`
        : ` (${year}: ${prior})`;
  // A card's line set apart by a gap ("Nya deltagare      97 (84)") only in the declaration's own
  // block, up to its first blank line: further on, a table's "61 (100)" may be a count and its share.
  let block = true;
  return lines.map((line, i) => {
    if (i > from && line.trim() === "") block = false;
    if (i <= from || !line.includes("(")) return line;
    const trimmed = line.trim();
    if (COLUMNS.test(trimmed) || (!block && GAP.test(trimmed))) return line;
    return line.replace(PRIOR, dated);
  });
}
