/**
 * A table written out for screen readers, row by row with each column's heading before its value
 * ("Kolumnrubriker: Post, Not, 2025, 2024." then "Rad 2. Post: Verksamhetens kostnader. Not: 2.
 * 2025: minus 9 305. 2024: minus 8 640."): set back in columns, one reading line per document line,
 * so the table readers read it as the table it was. The headings line becomes the header row, each
 * "Rad n." line a row under it: "minus" a sign, "plus" none, "tom cell" an empty cell ("–"). A row
 * that does not name every heading in order stays as written, and so does the whole table when
 * its rows do not; the caption stays, and "Slut på tabell 3." after the rows is read as a blank line. A heading spoken with its
 * level ("Rubrik nivå 2: Ekonomi") is the heading alone, so the sections are known by their titles.
 * Pure.
 */

/** "Kolumnrubriker: Mått, 2024, 2025, Förändring." */
const HEADINGS = /^\s*(?:kolumnrubriker|kolumnrubrik|kolumner|rubriker)\s*:\s*(.+?)\.?\s*$/i;
/** "Rad 3. …", "Rad 3: …" */
const ROW = /^\s*rad\s+(\d+)\s*[.:]\s*(.*)$/i;
/** A cell's spoken value: "minus 9 305", "plus 18", "tom cell", "25,8", "4 550 000". */
const SPOKEN_NUMBER = /^(?:(minus|plus)\s+)?(\d{1,3}(?: \d{3})*(?:,\d+)?|\d+(?:,\d+)?)(\s*(?:%|procent|kr|tkr))?$/i;
/** "Rubrik nivå 2: Ekonomi", "Rubrik 1: Deltagare": a heading with its level spoken. */
const SPOKEN_HEADING = /^\s*rubrik(?:\s+nivå)?\s+\d\s*:\s*(\S.*)$/i;
/** "Tabellen har 4 kolumner och 5 rader.", wrapped after any word. */
const TABLE_SIZE = /\s*tabellen har \d+ kolumner(?: och(?: \d+(?: rader\.?)?)?)?\s*$/i;
/** "Slut på tabell 3.", "Tabellen slut." */
const END_OF_TABLE = /^\s*(?:slut på tabell(?:en)?(?:\s+[A-Z]?\d+[a-z]?)?|tabellen slut(?:ar)?)\s*\.?\s*$/i;
const EMPTY = /^(?:tom cell|tom|tomt|ingen uppgift|–|-)$/i;

/** The row's cells in the headings' order, or undefined when it does not name them so. */
function rowCells(body: string, headings: readonly string[]): string[] | undefined {
  const cells: string[] = [];
  let rest = body.trim();
  for (let i = 0; i < headings.length; i++) {
    const h = headings[i]!;
    if (!rest.toLowerCase().startsWith(`${h.toLowerCase()}:`)) return undefined;
    rest = rest.slice(h.length + 1);
    const next = headings[i + 1];
    let value: string;
    if (next === undefined) {
      value = rest.replace(/\.\s*$/, "");
      rest = "";
    } else {
      const at = rest.toLowerCase().indexOf(`. ${next.toLowerCase()}:`);
      if (at < 0) return undefined;
      value = rest.slice(0, at);
      rest = rest.slice(at + 2);
    }
    cells.push(value.trim());
  }
  return cells;
}

/** A cell as a table would print it: signs as signs, an empty cell as a dash; words as they are. */
function printed(cell: string): string {
  if (EMPTY.test(cell)) return "–";
  const m = SPOKEN_NUMBER.exec(cell);
  if (!m) return cell;
  return `${m[1]?.toLowerCase() === "minus" ? "-" : ""}${m[2]}${m[3] ? m[3].trim().replace(/^procent$/i, "%") : ""}`;
}

/** The lines with every spoken table set in columns; undefined when there is none. */
export function spokenTables(lines: readonly string[]): string[] | undefined {
  let out: string[] | undefined;
  for (let i = 0; i < lines.length; i++) {
    // Cheap first: the headings line opens with its word.
    const first = lines[i]!.trimStart().slice(0, 3).toLowerCase();
    if (first !== "kol" && first !== "rub") continue;
    const heading = SPOKEN_HEADING.exec(lines[i]!);
    if (heading) {
      out ??= [...lines];
      out[i] = heading[1]!.trim();
      continue;
    }
    const h = HEADINGS.exec(lines[i]!);
    if (!h) continue;
    const headings = h[1]!.split(/\s*[,;]\s*/).filter((x) => x !== "");
    if (headings.length < 2) continue;
    const rows: { line: number; cells: string[] }[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const r = ROW.exec(lines[j]!);
      if (!r) break;
      const cells = rowCells(r[2]!, headings);
      if (!cells) {
        rows.length = 0;
        break;
      }
      rows.push({ line: j, cells: cells.map(printed) });
    }
    if (rows.length === 0) continue;
    const table = [headings, ...rows.map((r) => r.cells)];
    const widths = headings.map((_, c) => Math.max(...table.map((row) => row[c]!.length)));
    // The label column left-aligned, the value columns right-aligned under their headings.
    const set = (row: readonly string[]) =>
      row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join("    ");
    out ??= [...lines];
    // "Tabellen har 4 kolumner och 5 rader." in the caption above, perhaps wrapped: the screen
    // reader's count of cells, no figure of the table's; the caption keeps its title and unit.
    // Wrapped, the caption moves down onto the wrapped line, so it still stands right above the header.
    for (let k = Math.max(0, i - 3); k < i; k++) {
      if (!TABLE_SIZE.test(out[k]!)) continue;
      const caption = out[k]!.replace(TABLE_SIZE, "").trimEnd();
      if (k + 1 < i && /^\s*\d+ rader\.?\s*$/i.test(out[k + 1]!)) {
        out[k] = "";
        out[k + 1] = caption;
      } else out[k] = caption;
    }
    out[i] = set(headings);
    for (const r of rows) out[r.line] = set(r.cells);
    // "Slut på tabell 5.": the table's end, read as the blank line that ends a printed table.
    if (j < lines.length && END_OF_TABLE.test(lines[j]!)) out[j++] = "";
    i = j - 1;
  }
  return out;
}
