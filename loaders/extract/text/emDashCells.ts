/**
 * Tables whose cells a spaced em dash sets apart ("Deltagare totalt — 214 — 198", "Resultaträkning —
 * 2025 — 2024"): each " — " between a row's label and its values, and between the values, read as a
 * gap of the same length, so the layout grid sees the cells it sees in a table set with spaces.
 *
 * A line is such a row only where, after a label holding a letter, it holds two cells or more and
 * every cell is a value (a signed number with space-grouped thousands, maybe a per cent) or a year;
 * a dash inside prose ("Förbundet — som bildades 2009 — har fem medlemmar"), a range ("2024 — 2025")
 * and a row with one value stay as written: the dash there is punctuation, not a column rule.
 *
 * A block of such rows with no year header over it takes its years from a note above it that names
 * the values' years in order ("Varje rad anger måttet, därefter värdet för 2025 och sist värdet för
 * 2024."): the header is written on the blank line right above the block, and only where every row
 * holds as many values as the note names years. Without such a note the block stays headless (its
 * values' years are not guessed). One line per document line; pure.
 */

/** One value: a signed number (space-grouped thousands, a decimal comma, maybe a per cent) or a year. */
const VALUE = String.raw`[−–+-]?(?:\d{1,3}(?: \d{3})+|\d+)(?:,\d+)?(?: ?%)?`;
/** A label holding a letter, then two cells or more, each after a spaced em dash. */
const ROW = new RegExp(String.raw`^(\s*)(\S(?:.*?\S)?) — (${VALUE}(?: — ${VALUE})+)\s*$`, "u");
const YEAR = /^(?:19|20)\d\d$/u;
/** "värdet för 2025", "värdena för 2024", "siffran för 2025", "utfallet för 2025". */
const VALUE_OF_YEAR =
  /\b(?:värdet|värdena|värden|siffran|siffrorna|utfallet)\s+(?:för|från|avseende)\s+((?:19|20)\d\d)\b/giu;
/** The note speaks of the rows' (or columns') order. */
const ORDER_WORDS = /\b(?:därefter|sedan|sist|först|följt av)\b/iu;
const ROWS_WORD = /\b(?:rad|raden|raderna|kolumn|kolumnen|kolumnerna)\b/iu;

interface Row {
  indent: string;
  label: string;
  cells: string[];
}

function emDashRow(line: string): Row | undefined {
  if (!line.includes(" — ")) return undefined;
  const m = ROW.exec(line);
  if (!m || !/\p{L}/u.test(m[2]!)) return undefined;
  return { indent: m[1]!, label: m[2]!, cells: m[3]!.split(" — ") };
}

/** The years a note names the values of, in order; undefined where the line is no such note. */
export function declaredValueYears(sentence: string): string[] | undefined {
  if (!ORDER_WORDS.test(sentence) || !ROWS_WORD.test(sentence)) return undefined;
  const years = [...sentence.matchAll(VALUE_OF_YEAR)].map((m) => m[1]!);
  if (years.length < 2 || new Set(years).size !== years.length) return undefined;
  return years;
}

/** The lines with em-dash rows set in gaps (and a declared header written); undefined when there is none. */
export function emDashCells(lines: readonly string[]): string[] | undefined {
  if (!lines.some((l) => l.includes(" — "))) return undefined;
  let out: string[] | undefined;
  let note: string[] | undefined;
  // The paragraph above (a note may wrap over lines); judged whole at the blank line closing it.
  let paragraph = "";
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const first = emDashRow(line);
    if (!first) {
      if (line.trim() !== "") paragraph = `${paragraph} ${line.trim()}`;
      else if (paragraph !== "") {
        note = declaredValueYears(paragraph);
        paragraph = "";
      }
      continue;
    }
    const rows: { at: number; row: Row }[] = [];
    let j = i;
    for (; j < lines.length; j++) {
      const row = emDashRow(lines[j]!);
      if (!row) break;
      rows.push({ at: j, row });
    }
    out ??= [...lines];
    // The dash read as a gap of its own length: columns stay where the document set them.
    for (const r of rows) out[r.at] = lines[r.at]!.replace(/ — /gu, "   ");
    const headed = first.cells.every((c) => YEAR.test(c));
    const years = note;
    if (
      !headed &&
      years !== undefined &&
      i > 0 &&
      lines[i - 1]!.trim() === "" &&
      rows.every((r) => r.row.cells.length === years.length)
    ) {
      const width = Math.max(...rows.map((r) => out![r.at]!.length));
      out[i - 1] = years.join("   ").padStart(width);
    }
    // A note holds for the block right after it only.
    note = undefined;
    paragraph = "";
    i = j - 1;
  }
  return out;
}
