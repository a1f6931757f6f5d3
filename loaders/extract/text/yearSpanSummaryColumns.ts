/**
 * A header of year columns closed by a change or a mean column that names the years it spans:
 *
 *     Utveckling     2025    2024    2023    Förändring 2024–2025    Snitt 2023–2025
 *
 * The readers know a change column ("Förändring", "Diff") and a mean column ("Snitt", "Medel",
 * "Genomsnitt") after the years and never read them, but a year inside such a cell makes the
 * header no header of years: the whole table stays unread. Here the years of those closing cells
 * are blanked, space for character ("Förändring           ", "Snitt           "), so the year
 * columns are read by position and the change and the mean stay unread as before.
 *
 * It fires only on a line of cells set apart by two spaces or more: at most one title cell of
 * words, then two bare years or more, then only closing cells, each a change or mean word with
 * or without a year or a span of years after it ("Förändring mot 2024", "Diff 2025/2024", "Medel
 * 2021–2025"), one with a year at least. A cell of any other words after the years (a budget's, a
 * target's, "Utfall 2025") leaves the line as written. Pure.
 */

/** A change or mean column's word, optionally with "mot"/"jmf" and a year or a span of years after it. */
const CLOSING_CELL =
  /^((?:förändring|förändr\.?|diff|differens|skillnad|snitt|medel|medelvärde|medeltal|genomsnitt)(?:\s+(?:mot|jmf\.?|jämfört med))?)(?:(\s+)((?:19|20)\d\d(?:\s*[–/-]\s*(?:19|20)?\d\d)?))?$/iu;
const YEAR = /^(?:19|20)\d\d$/;

interface Cell {
  text: string;
  start: number;
}

function cellsOf(line: string): Cell[] {
  const out: Cell[] = [];
  const re = /\S+(?: \S+)*/g;
  for (let m = re.exec(line); m; m = re.exec(line)) out.push({ text: m[0], start: m.index });
  return out;
}

/** The line with its closing cells' years blanked, or undefined where it is no such header. */
function blankedHeader(line: string): string | undefined {
  if (!/(?:19|20)\d\d\D+(?:19|20)\d\d/.test(line)) return undefined;
  const cells = cellsOf(line);
  const firstYear = cells.findIndex((c) => YEAR.test(c.text));
  if (firstYear < 0 || firstYear > 1) return undefined;
  if (firstYear === 1 && (/\d/.test(cells[0]!.text) || !/^\p{L}/u.test(cells[0]!.text))) return undefined;
  let k = firstYear;
  while (k < cells.length && YEAR.test(cells[k]!.text)) k++;
  if (k - firstYear < 2 || k === cells.length) return undefined;
  let out = line;
  let dated = 0;
  for (const c of cells.slice(k)) {
    const m = CLOSING_CELL.exec(c.text);
    if (!m) return undefined;
    if (!m[3]) continue;
    dated++;
    const from = c.start + m[1]!.length;
    out = out.slice(0, from) + " ".repeat(c.text.length - m[1]!.length) + out.slice(c.start + c.text.length);
  }
  return dated > 0 ? out : undefined;
}

export function yearSpanSummaryColumns(lines: readonly string[]): string[] | undefined {
  let changed: string[] | undefined;
  lines.forEach((line, i) => {
    const b = blankedHeader(line);
    if (b === undefined) return;
    changed ??= [...lines];
    changed[i] = b;
  });
  return changed;
}
