/**
 * Amounts written with the currency before them, in the old formal style: "uppgick till kr 6 150 000",
 * "blev kr −252 800", "SEK 1 200 000". Each such amount is written the way the readers read one, the
 * figure first and the currency after it ("6 150 000 kr"). Only in running text (never a line laid out
 * in columns), only where no figure stands right before the currency word ("500 kr 600" is left), and
 * only where the figure is an amount: no unit or share after it, no bare year ("kr 2025"); never an
 * amount after a budget word on its line. Pure.
 */

/**
 * "kr"/"SEK" then a figure: an optional sign, digit groups of three, optional decimals. The groups may be
 * set apart by a space, a no-break space or a thin space ("SEK 1 402 250" with U+2009): the whole figure is
 * the amount, never its first group.
 */
const CURRENCY_FIRST =
  /(?<![\p{L}\d.,:/])(?<!\d\s)(kr|SEK)\.?[ \u00a0\u2009\u202f]+([-−–+]?[ \u00a0\u2009\u202f]?\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})*(?:,\d{1,2})?)(?![\d,.]\d|[ \u00a0\u2009\u202f]?(?:kr|tkr|mkr|mnkr|kronor|sek|%|procent|st\b|\d))/giu;

/** The lines with each currency-first amount turned round; undefined where none is. */
export function currencyBeforeAmount(lines: readonly string[]): string[] | undefined {
  let out: string[] | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!/(?:kr|sek)\.?[ \u00a0\u2009\u202f]+[-−–+]?[ \u00a0\u2009\u202f]?\d/iu.test(line)) continue;
    // A line laid out in columns is a table's: its cells keep their places.
    if (/\S(?: {3,}|\t)\S/u.test(line)) continue;
    const written = line.replace(CURRENCY_FIRST, (whole, unit: string, amount: string, at: number) => {
      if (/^(?:19|20)\d\d$/.test(amount)) return whole;
      // "budgeten … på kr 13 624 000", "mot budgeterade kr −300 000": a budget's amount is left as
      // written (the budget readers read it so; an outcome is never turned from it).
      if (/budget/iu.test(line.slice(0, at))) return whole;
      return `${amount} ${unit.toLowerCase() === "sek" ? "kr" : unit}`;
    });
    if (written === line) continue;
    out ??= [...lines];
    out[i] = written;
  }
  return out;
}
