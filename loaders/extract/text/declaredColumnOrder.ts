/**
 * Tables written as rows of values set apart by semicolons ("Inskrivna deltagare: 214; 200; 231",
 * "  varav kvinnor: 118; –; 126"), whose columns a reading note names once, in order ("Om inget annat
 * anges står värdena i ordningen Utfall 2025; Budget 2025; Utfall 2024."): each block of such rows set
 * in columns under a header of the note's column names, written on the blank line or heading right
 * above the block, so the table readers read each value by its column with every guard they have
 * (a budget column is a budget, last year's column last year's).
 *
 * The column order is the document's own word, never guessed from the count of values:
 * - a note is a sentence speaking of an order ("ordningen", "kolumnordning") whose list after it,
 *   set apart by semicolons as the rows are, or by commas and "och" ("i ordningen utfall 2025, budget
 *   2025 och utfall 2024"), is two column names or more that the header reader
 *   knows (`isColumnCell`: "Utfall 2025", "Budget 2025", "Bidrag 2024 (kr)", "Andel"), one of them
 *   naming a year;
 * - a note for one table ("I denna tabell är ordningen en annan: …", "i tabellen nedan", "följande
 *   tabell") holds for the next block of rows only; any other note holds for every block after it,
 *   until another such note;
 * - a row is set in columns only where it holds exactly as many values as the note names columns
 *   (a "–" for an empty cell); a row of another count, prose with semicolons, and every row with no
 *   note above it stay as written.
 * A series of years' values under a note naming only years is `yearSeries.ts`'s. One line per
 * document line; facts quote the document's own lines. Pure.
 */
import { isColumnCell } from "../general/columnHeaders.ts";

/** One value: a signed number with space-grouped thousands and a decimal comma, maybe a per cent; or a dash. */
const VALUE = String.raw`(?:[–−+-]?\d{1,3}(?: \d{3})*(?:,\d+)?(?: ?%)?|[–—-])`;
/** "Label: 1; 2; 3", "Label ...... 1; 2", "Label    1; 2": the label, then two values or more. */
const ROW = new RegExp(
  String.raw`^(\s*)(\S.*?[^\s.:])(?:\s*\.{2,}\s*|\s*:\s+|\s{2,})(${VALUE}(?:\s*;\s*${VALUE})+)\s*;?\s*$`,
  "u",
);
/** The note's word: it speaks of an order. */
const ORDER = /\b(?:kolumn)?ordning(?:en)?\b/iu;
/** A note for one table only. */
const ONE_TABLE = /\b(?:denna|den här|nästa|följande)\s+tabell|\btabellen\s+nedan\b|\bi\s+tabell\s+\d/iu;
const YEAR = /\b(?:19|20)\d\d\b/u;

interface Order {
  columns: string[];
  /** The note holds for the next block of rows only. */
  once: boolean;
}

/** The column names a sentence declares in order; undefined where it declares none. */
export function declaredOrder(sentence: string): Order | undefined {
  const at = sentence.search(ORDER);
  if (at < 0) return undefined;
  let rest = sentence.slice(at).replace(ORDER, "");
  // "A; B; C" as the rows are set apart, else a list in words ("utfall 2025, budget 2025 och utfall 2024").
  const semicolons = rest.includes(";");
  const firstSeparator = semicolons ? rest.indexOf(";") : rest.search(/,|\s(?:och|samt)\s/u);
  if (firstSeparator < 0) return undefined;
  // "… är ordningen en annan: A; B; C": the list opens after the colon.
  const colon = rest.lastIndexOf(":", firstSeparator);
  if (colon >= 0) rest = rest.slice(colon + 1);
  const columns = rest
    .replace(/[.]\s*$/u, "")
    .split(semicolons ? /;/u : /\s*,\s*(?:och\s+|samt\s+)?|\s+(?:och|samt)\s+/u)
    .map((c) => c.trim().replace(/\s+/gu, " "))
    .map((c) => c.charAt(0).toUpperCase() + c.slice(1));
  if (columns.length < 2 || columns.some((c) => c === "" || !isColumnCell(c))) return undefined;
  if (!columns.some((c) => YEAR.test(c))) return undefined;
  return { columns, once: ONE_TABLE.test(sentence) };
}

/** The sentences of a run of lines (a paragraph), each with the index of the line it ends on. */
function sentencesOf(lines: readonly string[], from: number, to: number): { text: string; end: number }[] {
  const out: { text: string; end: number }[] = [];
  let text = "";
  for (let i = from; i < to; i++) {
    // A sentence ends at ". " before a capital or at the line's end after a period; a decimal or a
    // thousands group never ends one.
    const parts = lines[i]!.trim().split(/(?<=\.)\s+(?=[A-ZÅÄÖ])/u);
    parts.forEach((p, k) => {
      text = text === "" ? p : `${text} ${p}`;
      if (k < parts.length - 1 || /\.\s*$/u.test(p)) {
        out.push({ text, end: i });
        text = "";
      }
    });
  }
  if (text !== "") out.push({ text, end: to - 1 });
  return out;
}

/** The lines with each block of semicolon rows set in the columns a note declares; undefined when none is. */
export function declaredColumnOrder(lines: readonly string[]): string[] | undefined {
  // Cheap first: a line with a semicolon between figures, and a note speaking of an order.
  if (!lines.some((l) => /[\d–—-]\s*;\s*[–—−+-]?\d/u.test(l))) return undefined;
  if (!lines.some((l) => ORDER.test(l))) return undefined;
  let standing: Order | undefined;
  let once: Order | undefined;
  let out: string[] | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === "") continue;
    if (!ROW.test(line)) {
      // A paragraph of prose: its notes, if any, in order.
      let j = i;
      while (j < lines.length && lines[j]!.trim() !== "" && !ROW.test(lines[j]!)) j++;
      for (const s of sentencesOf(lines, i, j)) {
        const order = declaredOrder(s.text);
        if (!order) continue;
        if (order.once) once = order;
        else {
          standing = order;
          once = undefined;
        }
      }
      i = j - 1;
      continue;
    }
    // A block: the run of rows down to a line that is none.
    const rows: { at: number; indent: string; label: string; values: string[] }[] = [];
    let j = i;
    for (; j < lines.length; j++) {
      const row = ROW.exec(lines[j]!);
      if (!row) break;
      rows.push({ at: j, indent: row[1]!, label: row[2]!, values: row[3]!.split(/\s*;\s*/u) });
    }
    const from = i;
    i = j - 1;
    const order = once ?? standing;
    once = undefined;
    if (!order) continue;
    const read = rows.filter((r) => r.values.length === order.columns.length);
    const above = from > 0 ? lines[from - 1]! : undefined;
    if (read.length < 2 || above === undefined || !isHeading(above)) continue;
    out ??= [...lines];
    const width = Math.max(above.trimEnd().length, ...read.map((r) => r.indent.length + r.label.length)) + 4;
    const cellWidth =
      Math.max(...order.columns.map((c) => c.length), ...read.flatMap((r) => r.values.map((v) => v.length))) + 4;
    const cells = (values: readonly string[]) => values.map((v) => v.padStart(cellWidth)).join("");
    out[from - 1] = above.trimEnd().padEnd(width) + cells(order.columns);
    for (const r of read) out[r.at] = (r.indent + r.label).padEnd(width) + cells(r.values.map(minus));
  }
  return out;
}

/** A blank line or a heading over a block of rows: short, no sentence, no figures but a unit's bracket. */
const isHeading = (line: string) =>
  line.trim() === "" ||
  (line.trim().length <= 60 && !/[.;!?:]\s*$/u.test(line.trim()) && !/\d/u.test(line.replace(/\([^)]*\)/gu, "")));

/** "–139", "−139": a dash before the digits is a minus; "+130" is the number itself; a dash alone stays. */
const minus = (cell: string) => (/\d/u.test(cell) ? cell.replace(/^[–−]/u, "-").replace(/^\+/u, "") : "–");
