/**
 * A card's figure written as a fraction of its whole with the rounded share after it:
 *
 *   - Arbete: 18 av 74 (24 %).
 *   - Region Norrvik: 1 500 av 6 000 tkr (25 %).
 *
 * The x is the label's figure, "av y" names the whole it is part of and the bracket the share
 * between them. Left as written, the card readers see no "label: figure" line (a fee list
 * refuses the row, a destination's count goes unread). So, only on a card's line ("label: x av y
 * (p %)", an optional bullet first, nothing after but a full stop or a semicolon) and only where
 * the bracket is x's share of y rounded (within one point), the line is read as "label: x", the
 * unit after y kept with x ("1 500 tkr"). A label naming a share or a rate ("Andel till arbete:
 * 18 av 74 (24 %)") is left as written: read as "Andel …: 18" its share would be 18. A fraction
 * in running text ("svarade 61 av 74 (82 %)", "5 944 av budgeterade 6 200 tkr"), a bracket that
 * is not the quotient, and a line going on after the bracket are never touched.
 *
 * The women and the men as such cards right under the card whose figure is their whole
 * ("- Inskrivna under året: 158 personer." / "- Kvinnor: 87 av 158 (55 %)."), are that card's
 * parts: read "varav kvinnor: 87", as the readers read a part under its total. A gender card
 * whose whole is no card right above stays a bare "Kvinnor: 87", which names no measure. Pure.
 */

const NUMBER = String.raw`\d{1,3}(?:[  ]\d{3})*(?:,\d+)?`;
/** Bullet, label, colon, x, "av" y, an amount unit, the share in brackets, a full stop or semicolon. */
const FRACTION_CARD = new RegExp(
  String.raw`^(\s*(?:[-–•*]\s+)?[\p{L}(][^:]{0,80}?:\s+)(${NUMBER})\s+av\s+(${NUMBER})(\s+(?:tkr|mnkr|mkr|kr|kronor|personer|deltagare))?\s+\(\s*(\d{1,3}(?:,\d+)?)\s*(?:%|procent)\s*\)\s*([.;]?)\s*$`,
  "u",
);
/** A label naming a share or a rate: its figure is a percentage, never x. */
const SHARE_LABEL = /(?<!\p{L})(?:andel\p{L}*|procent\p{L}*|kvot\p{L}*|grad\p{L}*|%)/iu;

/** A card naming the women or the men alone: "- Kvinnor: ", "Män: ". */
const GENDER_CARD = /^(\s*(?:[-–•*]\s+)?)(kvinnor|män|flickor|pojkar)(\s*:\s+)$/iu;
/** Any card's figure: "- Inskrivna under året: 158 personer." gives 158. */
const CARD_FIGURE = new RegExp(
  String.raw`^\s*(?:[-–•*]\s+)?[\p{L}(][^:]{0,80}?:\s+(${NUMBER})(?:\s+\p{L}+)?\s*[.;]?\s*$`,
  "u",
);

const valueOf = (text: string): number => Number(text.replace(/[  ]/g, "").replace(",", "."));

/** The lines with such fraction cards read as "label: x"; undefined where no line is one. */
export function fractionCards(lines: readonly string[]): string[] | undefined {
  let out: string[] | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // Cheap first: most lines hold no " av " and no bracket.
    if (!line.includes(" av ") || !line.includes("(")) continue;
    const m = FRACTION_CARD.exec(line);
    if (!m || SHARE_LABEL.test(m[1]!)) continue;
    const part = valueOf(m[2]!);
    const whole = valueOf(m[3]!);
    const share = valueOf(m[5]!);
    // The bracket must be x's share of y: else "av y" may be no whole of x at all.
    if (!(whole > 0) || part > whole || Math.abs((100 * part) / whole - share) > 1) continue;
    out ??= [...lines];
    const gender = GENDER_CARD.exec(m[1]!);
    const label =
      gender && wholeAbove(lines, i, whole) ? `${gender[1]}varav ${gender[2]!.toLowerCase()}${gender[3]}` : m[1];
    out[i] = `${label}${m[2]}${m[4] ?? ""}${m[6]}`;
  }
  return out;
}

/**
 * Whether the card right above (past other gender cards of the same whole) gives the whole itself:
 * then the gender card is its part.
 */
function wholeAbove(lines: readonly string[], at: number, whole: number): boolean {
  for (let j = at - 1; j >= 0 && j >= at - 3; j--) {
    const m = FRACTION_CARD.exec(lines[j]!);
    if (m && GENDER_CARD.test(m[1]!) && valueOf(m[3]!) === whole) continue;
    const card = CARD_FIGURE.exec(lines[j]!);
    return !!card && valueOf(card[1]!) === whole;
  }
  return false;
}
