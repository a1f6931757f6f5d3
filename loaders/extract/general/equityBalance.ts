/**
 * Whose closing equity a label names: "Eget kapital, utgående balans", "… vid utgången av
 * verksamhetsåret", "… vid årets slut" is the year's own; "… ingående balans", "… vid ingången av
 * verksamhetsåret", "… vid årets början" is last year's closing equity. A date in the label must
 * be the year's last day or its first, as the side says. A balance date written out names its side
 * itself: "Eget kapital 31 december" (or "31/12", "2024-12-31") is the year's closing equity, "Eget
 * kapital 31 december 2023" the year before's, "… 1 januari" last year's closing. Pure.
 */
const EQUITY = /(?<!\p{L})eget kapital(?!\p{L})/iu;
const CLOSING = /utgående|utgången|vid årets (?:slut|utgång)|(?<!\p{L})UB(?!\p{L})/iu;
const OPENING = /ingående|ingången|vid årets (?:början|ingång)|(?<!\p{L})IB(?!\p{L})/iu;
const ISO_DATE = /\b\d{4}-\d\d-\d\d\b/g;
/** A balance date written out: the year's end ("31 december", "31 dec.", "31/12") or start ("1 januari", "1/1"), maybe with its year. */
const WRITTEN_DATE =
  /(?<!\d)(?:(31\s*(?:dec(?:ember)?\.?|\/\s*12))|(1\s*(?:jan(?:uari)?\.?|\/\s*1)))(?!\d)(?:,?\s+((?:19|20)\d\d))?(?!\d)/iu;

/** The year whose closing equity the label names (the year itself, or the one before), or undefined. */
export function equityYearOf(label: string, year: number): number | undefined {
  if (!EQUITY.test(label)) return undefined;
  const written = WRITTEN_DATE.exec(label);
  if (written && !CLOSING.test(label) && !OPENING.test(label) && (label.match(ISO_DATE) ?? []).length === 0) {
    const end = written[1] !== undefined;
    const named = written[3];
    const of = named === undefined ? year : Number(named);
    // The closing balance of the year or of the one before; an opening one only of the year itself.
    if (end) return of === year || of === year - 1 ? of : undefined;
    return of === year ? year - 1 : undefined;
  }
  // "Eget kapital 2023-12-31" alone: that year's closing balance, the year's or the one before's.
  const iso = label.match(ISO_DATE) ?? [];
  if (!CLOSING.test(label) && !OPENING.test(label) && iso.length === 1 && iso[0]!.endsWith("-12-31")) {
    const of = Number(iso[0]!.slice(0, 4));
    if (of === year || of === year - 1) return of;
  }
  const dates = label.match(ISO_DATE) ?? [];
  const closing = CLOSING.test(label);
  if (closing === OPENING.test(label)) return undefined;
  if (closing) return dates.every((d) => d === `${year}-12-31`) ? year : undefined;
  return dates.every((d) => d === `${year}-01-01`) ? year - 1 : undefined;
}
