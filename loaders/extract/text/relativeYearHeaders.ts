/**
 * A table whose header names its years only relative to the report ("Not   Innevarande år   Föregående
 * år", "Deltagare   Detta år   Förra året"), as some annual reports and their templates do: each such
 * cell is set to the year it names (the report year, the year before), right-aligned in the cell's own
 * place, so the readers read the columns as any "2025   2024" header. Only on a header line (its cells
 * set apart by wide gaps, no figure on it but a note's number before its title), and only in a document that
 * names the report year itself (its fiscal year, its title): a report ingested under a year it never
 * names has no year to give these cells. Prose ("föregående år 29,3 procent") is left as written. Pure.
 */

/**
 * "Innevarande år", "Innev. år", "Detta år", "Aktuellt år", "Räkenskapsåret", "I år", and a balance
 * sheet's "Vid årets slut" / "Årets slut": the report's year (its closing balance day).
 */
const CURRENT =
  /^(?:innevarande|innev\.|detta|aktuellt)\s+(?:räkenskaps|verksamhets)?år(?:et)?$|^(?:innevarande\s+)?(?:räkenskaps|verksamhets)året$|^i år$|^(?:vid\s+)?årets\s+slut$/i;
/**
 * "Föregående år", "Föreg. år", "Förra året", "Fg år", "I fjol", "Fjolåret", and a balance sheet's
 * "Vid förra årets slut" / "Vid föregående års slut": the year before (its closing balance day). An
 * opening balance ("Vid årets början") is neither: it is left as written.
 */
const PRIOR =
  /^(?:föregående|föreg\.|förra|fg\.?)\s+(?:räkenskaps)?år(?:et)?$|^i fjol$|^fjolåret$|^(?:vid\s+)?(?:förra\s+årets|föregående\s+års)\s+slut$/i;
/** A cell naming a year's closing day in words ("Vid årets slut", "Vid förra årets slut"). */
const BALANCE_DAY = /\bslut$/i;
/** What every cell `PRIOR` matches holds (the same flags: the same letters match). */
const PRIOR_LEAD = /föregående|föreg\.|förra|fg|fjol/i;

export function relativeYearHeaders(lines: readonly string[], reportYear?: number): string[] | undefined {
  if (reportYear === undefined) return undefined;
  // Cheap first check: the words on some line at all.
  if (!lines.some((l) => /nnevarande|öregående|öreg\.|nnev\.|örra året|örra årets|i fjol|fjolåret|\bfg\.? år/i.test(l)))
    return undefined;
  const year = String(reportYear);
  if (!lines.some((l) => l.includes(year))) return undefined;
  let out: string[] | undefined;
  lines.forEach((line, i) => {
    // A header holds the year before's cell (`PRIOR`): a line without its lead word is none.
    const rewritten = PRIOR_LEAD.test(line) ? headerLine(line, reportYear) : undefined;
    if (rewritten === undefined) return;
    out ??= [...lines];
    out[i] = rewritten;
  });
  return out;
}

/** The line with its relative year cells set to years; undefined where it is no such header. */
function headerLine(line: string, reportYear: number): string | undefined {
  // A note's own heading may lead the header ("Not 1 Medlemsbidrag   Innevarande år   Föregående år").
  // Years only in outcome heads ("Utfall 2025").
  const bare = line
    .replace(/^\s*not\s+\d{1,2}\b/i, "")
    .replace(/\b(?:utfall|utf\.?|bokslut|budget|bud\.?)\s+(?:19|20)\d\d\b/gi, "")
    .replace(/^(\S+(?: \S+)*?)\s(?:per\s)?31\/12\b/i, "$1");
  if (/\d/.test(bare) || !/\S\s{2,}\S/.test(line.trim())) return undefined;
  const cells = [...line.matchAll(/\S+(?: \S+)*/g)];
  let current = 0;
  let prior = 0;
  let text = line;
  for (const c of cells) {
    const cell = c[0];
    const y = CURRENT.test(cell) ? reportYear : PRIOR.test(cell) ? reportYear - 1 : undefined;
    if (y === undefined) continue;
    if (y === reportYear) current++;
    else prior++;
    // "Vid årets slut": the year's closing day, not the year ("2025-12-31"): over a balance sheet its
    // balances, over participants a stock at the year's end, never the year's enrolled.
    const written = BALANCE_DAY.test(cell) ? `${y}-12-31` : String(y);
    text = text.slice(0, c.index) + written.padStart(cell.length) + text.slice(c.index! + cell.length);
  }
  // A header of the year and the year before, each once: a pair the readers can place; a lone
  // "Föregående år" beside a column they already read another way is left as written, unless the
  // header's one outcome column names the report year ("Utfall 2025   Budget 2025   Fg år"): then it
  // is that year's year before.
  const outcomes = cells.filter((c) => /^(?:utfall|utf\.?|bokslut)\s+(?:19|20)\d\d$/i.test(c[0]));
  const outcomeOfYear =
    current === 0 &&
    outcomes.length === 1 &&
    outcomes[0]![0].endsWith(String(reportYear)) &&
    !cells.some((c) => /^(?:19|20)\d\d$/.test(c[0]));
  if (outcomeOfYear && prior === 1) {
    // The outcome's head as its year alone ("Utfall 2025" → "2025"), beside the year before's: a header of years.
    const o = outcomes[0]!;
    const year = String(reportYear).padStart(o[0].length);
    return text.slice(0, o.index) + year + text.slice(o.index! + o[0].length);
  }
  return current === 1 && prior === 1 ? text : undefined;
}
