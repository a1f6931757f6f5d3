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
import { isChangeNote } from "./changeParentheses.ts";

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

/** As `PRIOR`, a few words allowed between the figure and its bracket ("152 nya deltagare under året (140)"). */
const PRIOR_AFTER_WORDS = new RegExp(
  String.raw`(?<=\d(?:\s?%)?(?: (${AMOUNT_UNIT_WORD}|procent\b)| (?:\p{L}+ ){0,3}\p{L}+)?) \(\s*([+−–-]?\d{1,3}(?:[  ]\d{3})*(?:,\d+)?)\s*\)(?: ((?:${AMOUNT_UNIT_WORD})(?: kronor| kr\b)?|procent\b|%))?`,
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
  lines.findIndex((line) => line.includes("arentes") && DECLARATION.test(line) && !isChangeNote(line));

/**
 * A full-year report's title, among its first lines: "Bokslutskommuniké januari–december 2025",
 * "Helårsrapport 2025", "Perioden 1 januari – 31 december 2025", "Årsbokslut 2025 i sammandrag".
 */
const FULL_YEAR_TITLE =
  /bokslutskommuniké|helårsrapport|helårsredovisning|helårsbokslut|årsbokslut|bokslutsrapport|rapport för helåret|januari\s*[–—-]\s*december|1 januari\s*[–—-]\s*31 december/iu;
/** A title of a part of the year: an interim report's ("Delårsrapport januari–juni", "Kvartalsrapport"). */
const PART_YEAR_TITLE =
  /delårs\p{L}*|kvartalsrapport|tertialrapport|halvårs\p{L}*|januari\s*[–—-]\s*(?:mars|april|juni|augusti|september)/iu;
/** A number as written before a bracket: "1 476", "38", "–184". */
const NUMBER_BEFORE = /([+−–-]?\d{1,3}(?:[  ]\d{3})*(?:,\d+)?)(?:\s?%)?(?:\s+\p{L}+){0,4}\s*$/u;
const valueOf = (text: string) => Number(text.replace(/[  +]/g, "").replace(/[−–]/, "-").replace(",", "."));

/**
 * A full-year report written as a listed company's year-end report, last year's figure in bare
 * brackets after each of its figures with no legend saying so ("Totalt 247 deltagare (231)", "8 396
 * tkr (8 380)", "–184 tkr (+62)"): the brackets are read as the prior year's where the title names the
 * whole year and no part of it, and three brackets at least stand after a figure in running text,
 * each of its figure's sign and size (a third to three times; a signed pair either sign). Any other
 * bracket after a figure leaves the document as written. The index of the title line, or -1.
 */
function impliedPriorYear(lines: readonly string[]): number {
  const head = lines.slice(0, 12);
  const title = head.findIndex((l) => FULL_YEAR_TITLE.test(l));
  if (title < 0 || head.some((l) => PART_YEAR_TITLE.test(l))) return -1;
  let seen = 0;
  for (const line of lines.slice(title + 1)) {
    if (!line.includes("(") || COLUMNS.test(line.trim()) || GAP.test(line.trim())) continue;
    for (const m of line.matchAll(PRIOR_AFTER_WORDS)) {
      const before = NUMBER_BEFORE.exec(line.slice(0, m.index));
      if (!before) return -1;
      const [a, b] = [before[1]!, m[2]!];
      const signed = /^[+−–-]/.test(a) || /^[+−–-]/.test(b);
      const [x, y] = [Math.abs(valueOf(a)), Math.abs(valueOf(b))];
      if (!signed && !(x > 0 && y > 0 && y <= 3 * x && x <= 3 * y)) return -1;
      seen++;
    }
  }
  return seen >= 3 ? title : -1;
}

/** The lines with the prior year's bracketed figures dated (or dropped), from a declaration on; the lines themselves when none. */
export function readPriorYearParentheses(lines: readonly string[]): readonly string[] {
  const declared = priorYearDeclarationIndex(lines);
  // No legend: a full-year report's bare brackets, dropped (the year they hold is not said).
  const from = declared >= 0 ? declared : impliedPriorYear(lines);
  if (from < 0) return lines;
  const year = declared >= 0 ? DECLARATION.exec(lines[from]!)![0].match(/(?:19|20)\d\d/)?.[0] : undefined;
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
  let block = declared >= 0;
  return lines.map((line, i) => {
    if (i > from && line.trim() === "") block = false;
    if (i <= from || !line.includes("(")) return line;
    const trimmed = line.trim();
    if (COLUMNS.test(trimmed) || (!block && GAP.test(trimmed))) return line;
    return line.replace(declared >= 0 ? PRIOR : PRIOR_AFTER_WORDS, dated);
  });
}
