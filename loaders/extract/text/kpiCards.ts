/**
 * A dashboard's key figures printed as text, said as "Label: figure" lines the readers know:
 *
 * - a card's label on one line and its figure alone on the next ("Antal avslutade" / "87", "% av
 *   totalt" / "49,4 %"), cards stacked one under another: only in a block (between blank lines) that
 *   opens on a label (after a title over the cards, "KPI-kort", if any) and alternates label and
 *   figure to its end, two cards or more, under a page filter naming one year and no narrower scope
 *   ("Filter: År = 2025 · Insats = Alla"): the block becomes "Nyckeltal 2025" over one "Antal
 *   avslutade: 87" line per card, each citing its figure's line; with no such filter it stays as written;
 * - measures and their values named on lines of their own ("Mått: Nya deltagare 2025     Värde: 64",
 *   "Nyckeltal: Avslutade  Utfall: 58"), two or more one under another, under such a filter: set out
 *   the same way ("Nya deltagare: 64"), a measure naming another year ("Avslutade 2024") or a span
 *   ("sedan start (2017–)") left as written after them.
 *
 * What the card says stays the readers' to judge (a share "% av totalt", a target "Mål", a count
 * "sedan 2019" name no count of the year). A figure above its label is `figuresAboveLabels.ts`'s.
 * Pure.
 */

/** A card's label: words, short, no figure of its own (a year may close it), no sentence's end. */
const LABEL = /^\s{0,4}(?=.*\p{L})[\p{L}%/&()\-–, ]{2,48}(?:\s(?:19|20)\d\d)?\s*$/u;
/** A card's figure alone on its line: "176", "1 126", "49,4 %", "-211 700", "37,9 %". */
const FIGURE = /^\s{0,4}[-–−]?\d{1,3}(?:[  ]\d{3})*(?:,\d+)?(?:\s?%)?\s*$/u;
/** "Mått: … Värde: n": a measure's name and its value on one line, the value's cell last. */
const MEASURE_VALUE =
  /^(\s*)(?:mått|nyckeltal|indikator|measure)\s*:\s*(\S(?:.*\S)?)\s{2,}(?:värde|utfall|value|antal)\s*:\s*([-–−]?\d[\d  ]*(?:,\d+)?(?:\s?%)?)\s*$/iu;
/** Cards a block needs. */
const MIN_CARDS = 2;

const blank = (line: string | undefined) => line === undefined || line.trim() === "";

/**
 * A dashboard page's filter naming one year ("Filter: År = 2025 · Insats = Alla", "År [ 2025 ▾ ]",
 * "Urval: Verksamhetsår 2025 | Alla insatser"): the year of the cards under it. A filter on one
 * intervention, member or gender ("Insats = Steget", "Kön [ Kvinnor ▾ ]") gives none: its cards are
 * not the federation's year.
 */
const FILTER_LINE = /^\s*(?:filter|urval|filtrerat på|filtrerat|val)\s*:/iu;
const FILTER_YEAR = /(?<!\p{L})(?:år|verksamhetsår|period|räkenskapsår)\s*(?:=|:|\[)?\s*((?:19|20)\d\d)(?!\d)/iu;
const FILTER_NARROWED =
  /(?<!\p{L})(?:insats|projekt|kommun|medlem|kön|verksamhet)\s*(?:=|:|\[)\s*(?!\(?alla\b|\(?samtliga\b)\p{L}/iu;
/** How far above its cards a filter may stand (a page's head). */
const FILTER_REACH = 25;

/** The year the nearest filter above a line names for the whole federation, if any. */
function filterYear(lines: readonly string[], at: number): number | undefined {
  for (let k = at - 1; k >= 0 && k >= at - FILTER_REACH; k--) {
    const t = lines[k]!;
    if (!FILTER_LINE.test(t)) continue;
    const years = [...t.matchAll(new RegExp(FILTER_YEAR.source, "giu"))].map((m) => m[1]);
    if (new Set(years).size !== 1 || FILTER_NARROWED.test(t)) return undefined;
    return Number(years[0]);
  }
  return undefined;
}

export interface CardLines {
  /** The lines with each block of stacked cards set as a title naming the filter's year and "Label: figure" lines. */
  lines: string[];
  /** Per line of `lines`, the 0-based index of the input line it was made from. */
  from: number[];
}

/** "Mått: Avslutade 2025   Värde: 58" lines said as "Avslutade 2025: 58"; undefined where there are none. */
export function measureValueLines(lines: readonly string[]): string[] | undefined {
  let out: string[] | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.includes(":")) continue;
    const m = MEASURE_VALUE.exec(line);
    if (!m) continue;
    out ??= [...lines];
    out[i] = `${m[1]}${m[2]}: ${m[3]}`;
  }
  return out;
}

/**
 * Blocks of stacked cards under a filter naming one year, each set out as a title ("Nyckeltal 2025",
 * citing the block's first line) over one "Label: figure" line per card (citing its figure's line);
 * undefined where there are none.
 */
export function stackedCards(lines: readonly string[]): CardLines | undefined {
  // Nothing is set out without a filter naming a year: a document with none is passed by at once.
  if (!lines.some((l) => l.includes(":") && FILTER_LINE.test(l) && FILTER_YEAR.test(l))) return undefined;
  let out: CardLines | undefined;
  let copied = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.includes(":")) {
      // A run of "Mått: X   Värde: n" lines under a filter naming one year: X's of that year (a label
      // naming another year, "Avslutade 2024", or a span, "sedan start (2017–)", stays as written).
      let end = i;
      while (end < lines.length && MEASURE_VALUE.test(lines[end]!)) end++;
      const year = end - i >= MIN_CARDS ? filterYear(lines, i) : undefined;
      if (year !== undefined) {
        out ??= { lines: [], from: [] };
        for (; copied < i; copied++) {
          out.lines.push(lines[copied]!);
          out.from.push(copied);
        }
        const others: number[] = [];
        out.lines.push("", `Nyckeltal ${year}`);
        out.from.push(i, i);
        for (let k = i; k < end; k++) {
          const m = MEASURE_VALUE.exec(lines[k]!)!;
          const years = [...m[2]!.matchAll(/(?<!\d)(?:19|20)\d\d(?!\d)/g)].map((y) => Number(y[0]));
          if (years.some((y) => y !== year)) others.push(k);
          else {
            out.lines.push(`${m[2]!.replace(new RegExp(`\\s*${year}(?!\\d)`), "")}: ${m[3]}`);
            out.from.push(k);
          }
        }
        out.lines.push("");
        out.from.push(end - 1);
        for (const k of others) {
          out.lines.push(lines[k]!);
          out.from.push(k);
        }
        copied = end;
      }
      i = Math.max(i, end - 1);
      continue;
    }
    // The cheap test first: a label line after a blank one.
    if (!blank(lines[i - 1]) || !LABEL.test(line)) continue;
    let end = i;
    while (end < lines.length && !blank(lines[end])) end++;
    // A title over the cards ("KPI-kort", "Nyckeltal"): a label over another label.
    const start = (end - i) % 2 === 1 && LABEL.test(lines[i + 1] ?? "") ? i + 1 : i;
    const size = end - start;
    let cards = size >= 2 * MIN_CARDS && size % 2 === 0;
    for (let k = start; k < end && cards; k += 2) cards = LABEL.test(lines[k]!) && FIGURE.test(lines[k + 1]!);
    const year = cards ? filterYear(lines, i) : undefined;
    if (year !== undefined) {
      out ??= { lines: [], from: [] };
      for (; copied < start; copied++) {
        out.lines.push(lines[copied]!);
        out.from.push(copied);
      }
      // A blank line between the cards' own title ("KPI-kort") and the year's: the year's heads them.
      out.lines.push("", `Nyckeltal ${year}`);
      out.from.push(start, start);
      for (let k = start; k < end; k += 2) {
        out.lines.push(`${lines[k]!.trim()}: ${lines[k + 1]!.trim()}`);
        out.from.push(k + 1);
      }
      copied = end;
    }
    i = end;
  }
  if (!out) return undefined;
  for (; copied < lines.length; copied++) {
    out.lines.push(lines[copied]!);
    out.from.push(copied);
  }
  return out;
}
