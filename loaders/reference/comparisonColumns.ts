/**
 * A column that compares the federation with others: the national average ("Riket", "Riket (snitt
 * per förbund)", "Snitt alla förbund", "Genomsnitt"), the county ("Länet"), a median. Such a column
 * is never the federation's figure; a table that has one beside the federation's own column is
 * read in the federation's column only. Defined once for every table reader.
 */

/** Words that make a column header a comparison ("Riket", "Snitt alla förbund", "Medelvärde samtliga förbund"). */
const COMPARISON =
  /(?<!\p{L})(?:riket|riksgenomsnitt\p{L}*|hela landet|landet|länet|län|sverige|nationell\p{L}*|genomsnitt\p{L}*|snitt|(?:läns|riks)(?:snitt|medel\p{L}*|genomsnitt\p{L}*)|medel|medelvärde\p{L}*|medeltal|median|(?:alla|samtliga|övriga|andra) (?:samordnings)?förbund(?:en)?)(?!\p{L})/iu;

/** Whether a column header cell names a comparison, not a federation: words only, no figure. */
export function isComparisonColumn(cell: string): boolean {
  const t = cell.trim();
  return t.length <= 60 && !/\d/.test(t.replace(/\b(19|20)\d\d\b/g, "")) && COMPARISON.test(t);
}
