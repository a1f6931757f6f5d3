/**
 * Whose closing equity a label names: "Eget kapital, utgående balans", "… vid utgången av
 * verksamhetsåret", "… vid årets slut" is the year's own; "… ingående balans", "… vid ingången av
 * verksamhetsåret", "… vid årets början" is last year's closing equity. A date in the label must
 * be the year's last day or its first, as the side says. Pure.
 */
const EQUITY = /(?<!\p{L})eget kapital(?!\p{L})/iu;
const CLOSING = /utgående|utgången|vid årets (?:slut|utgång)|(?<!\p{L})UB(?!\p{L})/iu;
const OPENING = /ingående|ingången|vid årets (?:början|ingång)|(?<!\p{L})IB(?!\p{L})/iu;
const ISO_DATE = /\b\d{4}-\d\d-\d\d\b/g;

/** The year whose closing equity the label names (the year itself, or the one before), or undefined. */
export function equityYearOf(label: string, year: number): number | undefined {
  if (!EQUITY.test(label)) return undefined;
  const dates = label.match(ISO_DATE) ?? [];
  const closing = CLOSING.test(label);
  if (closing === OPENING.test(label)) return undefined;
  if (closing) return dates.every((d) => d === `${year}-12-31`) ? year : undefined;
  return dates.every((d) => d === `${year}-01-01`) ? year - 1 : undefined;
}
