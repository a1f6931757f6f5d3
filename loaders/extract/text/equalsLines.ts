/**
 * A box of figures written "name = value", one a line (a chapter's closing "Kapitlets siffror:", a
 * "Sammanställning" under each section):
 *
 *   Kapitlets siffror:
 *       Deltagare totalt = 164            read as "Deltagare totalt: 164"
 *       varav kvinnor = 93
 *       Intäkter = 7 420                  "Intäkter: 7 420 tkr" where the document states its unit once
 *
 * The equals sign stands where a card writes its colon: each such line is said as a card's line, so
 * the readers of "Label: value" read it with every rule they hold (a target's, a budget's, last year's
 * or an opening balance's label is no outcome; a year in the label dates it). Only a run of two such
 * lines at least, each a label of words and one figure after the sign and nothing else; a sum or a
 * formula ("26 av 79 = 32,9 %", "Resultat = 7 420 − 7 588 = −168", "= 112"), a label holding an
 * operator, and a line with figures on both sides are left as written. Where the document states the
 * unit of its amounts once ("Belopp avser tusen kronor (tkr)", `readDocumentUnit`), a bare amount on a
 * line about money (its label, or the run's caption, names money; never a count's label) is written
 * with that unit. Pure: one line per line.
 */
import { readDocumentUnit, UNKNOWN_UNIT, AMOUNT_UNIT_WORD } from "../../reference/units.ts";

/** "  – därav kvinnor = 93", "Eget kapital 31 december = 1 693", "Andel till arbete = 29 %". */
const EQUALS_LINE = new RegExp(
  String.raw`^(?<lead>\s*(?:[-–•*·]\s+)?)(?<label>\p{L}[\p{L}\d ,.()&'’–-]*?)\s+=\s+(?<value>[-−–+]?\d{1,3}(?:[ \u00a0]\d{3})*(?:,\d+)?|[-−–+]?\d+(?:,\d+)?)(?<unit>\s*(?:%|procent\b|(?:${AMOUNT_UNIT_WORD})))?\s*$`,
  "iu",
);
/** A label that is a sum's or a ratio's part ("26 av 79", "12 + 6"): no card. */
const ARITHMETIC = /\d\s*(?:av|of|\+|x|×|\*|\/)\s*\d|[+×*/=]/iu;
/**
 * The words of money: a label or caption holding one is about amounts. The members' "insatser" (their
 * payments in, "Medlemmarnas insatser under året") are money, where "insatser" alone are interventions;
 * "kassa" is a word of its own or a compound's first part ("kassa", "kassabehållning"), never the end of
 * a name ("Försäkringskassan").
 */
const MONEY =
  /intäkt|kostnad|resultat|kapital|balansomslutning|tillgång|skulder|medlemsbidrag|medlemsavgift|avgift|bidrag|insatser från|medlemmarnas insatser|medlemsinsats|ekonomi|överskott|underskott|omsättning|(?<!\p{L})kassa|lön/iu;
/** A count's words: such a label keeps its figure a count whatever its caption says. */
const COUNT =
  /deltagar|person|antal|avslut|utskriv|inskriv|nya\b|kvinnor|män\b|individ|besök|möte|sammanträd|dagar|timmar|procent|andel/iu;

interface Found {
  lead: string;
  label: string;
  value: string;
  unit: string;
}

function equalsLine(line: string): Found | undefined {
  if (!line.includes("=")) return undefined;
  const m = EQUALS_LINE.exec(line);
  if (!m) return undefined;
  const label = m.groups!.label!.trim();
  if (ARITHMETIC.test(label) || !/\p{L}{2}/u.test(label)) return undefined;
  return { lead: m.groups!.lead!, label, value: m.groups!.value!, unit: (m.groups!.unit ?? "").trim() };
}

/** A bare amount on a line about money: its label, or the run's caption, names money; a count's label never. */
function isMoney(f: Found, caption: string): boolean {
  return f.unit === "" && !COUNT.test(f.label) && (MONEY.test(f.label) || MONEY.test(caption));
}

/** The digits of an amount before its decimals: "7 420 000" 7, "-168" 3. */
const digitsOf = (value: string): number => value.split(",")[0]!.replace(/\D/g, "").length;

/**
 * Whether the bare money amounts of the run around line `i` are all of a thousands size (at most 4
 * digits, "7 420"): a box in whole kronor ("Intäkter = 7 420 000", "Resultat = -168 000") under a
 * document stating "tkr" for its statements takes no unit from it, nor do its smaller amounts.
 */
function thousandsSizedRun(found: readonly (Found | undefined)[], i: number, caption: string): boolean {
  let from = i;
  while (from > 0 && found[from - 1]) from--;
  for (let k = from; k < found.length && found[k]; k++) {
    const f = found[k]!;
    if (isMoney(f, caption) && digitsOf(f.value) > 4) return false;
  }
  return true;
}

export function equalsLines(lines: readonly string[]): string[] | undefined {
  if (!lines.some((l) => l.includes(" = "))) return undefined;
  const found = lines.map(equalsLine);
  let unit: string | null | undefined;
  let out: string[] | undefined;
  let caption = "";
  for (let i = 0; i < lines.length; i++) {
    const f = found[i];
    if (!f) {
      if (lines[i]!.trim() !== "") caption = lines[i]!;
      continue;
    }
    // Only a run: the line above or below is such a line too.
    if (!found[i - 1] && !found[i + 1]) continue;
    let value = f.value;
    if (f.unit !== "") value = `${value} ${f.unit}`;
    else if (isMoney(f, caption) && thousandsSizedRun(found, i, caption)) {
      if (unit === undefined) {
        const u = readDocumentUnit(lines);
        unit = u && u.unit !== UNKNOWN_UNIT ? u.unit : null;
      }
      if (unit) value = `${value} ${unit}`;
    }
    out ??= [...lines];
    out[i] = `${f.lead}${f.label}: ${value}`;
  }
  return out;
}
