/**
 * A table printed sideways, column by column, as some follow-up systems write one out: a block of the
 * row labels under a line naming the label column ("Kolumn: Mått" / "  Inskrivna under året" / "  Nya
 * under året"), then one block per column under a line naming it ("Kolumn: Totalt" / "  134" / "  59"),
 * each value on a line of its own in the labels' order. No reader sees a row in that; this step turns
 * it back: the header (the label column's name, then each column's) written on the first block's title
 * line, each row (its label, then its value from every block in order) on its label's line, and the
 * column blocks' lines blanked, so the table readers read each value by its column with every guard
 * they have (a budget column is a budget, a column of last year last year's).
 *
 * It fires only where the document says the blocks are columns and every block agrees:
 * - each block opens on a line naming it as a column ("Kolumn: …", "Kolumn 2: …", "Spalt: …",
 *   "Column: …"), its values on the lines under it down to a blank line or the next such line;
 * - the first block holds two labels or more (words, no figure alone), and each block after it,
 *   one at least, exactly as many values, each a figure (a count, an amount, a share) or a dash;
 * - a block of another count, or of words among the figures, ends the table before it; a first
 *   block followed by no block of figures is no table and stays as written.
 * So a list of numbers on lines of their own, a list of labels, and a block of figures with no
 * column line over it are left alone. One line per document line; each row cites its label's line.
 * Pure.
 */

/** "Kolumn: Mått", "Kolumn 3: Totalt 2024", "Spalt: Budget", "Column: Antal". */
const TITLE = /^\s*(?:kolumn|spalt|column)(?:\s+\d{1,2})?\s*:\s*(\S.*?)\s*$/iu;
/** One value on a line: a signed number with space-grouped thousands, a decimal comma, maybe a per cent; or a dash. */
const VALUE = /^\s*(?:[–−+-]?\s?\d{1,3}(?:[ \u00a0]\d{3})*(?:,\d+)?(?:\s?%)?|[–—-])\s*$/u;
const GAP = 4;

interface Block {
  title: string;
  titleAt: number;
  values: { text: string; at: number }[];
}

/** The block opening at `i` (a title line), its values down to a blank line or the next title. */
function blockAt(lines: readonly string[], i: number): Block | undefined {
  const title = TITLE.exec(lines[i]!);
  if (!title) return undefined;
  const values: { text: string; at: number }[] = [];
  for (let j = i + 1; j < lines.length; j++) {
    const line = lines[j]!;
    if (line.trim() === "" || TITLE.test(line)) break;
    values.push({ text: line.trim(), at: j });
  }
  return { title: title[1]!, titleAt: i, values };
}

/** The line index of the next non-blank line at or after `i`. */
function nextText(lines: readonly string[], i: number): number {
  while (i < lines.length && lines[i]!.trim() === "") i++;
  return i;
}

/** The lines with each table printed column by column set back in rows; undefined when there is none. */
export function columnBlocks(lines: readonly string[]): string[] | undefined {
  // Cheap first: two column lines at least.
  let titles = 0;
  for (const l of lines) if (TITLE.test(l) && ++titles >= 2) break;
  if (titles < 2) return undefined;
  let out: string[] | undefined;
  for (let i = 0; i < lines.length; i++) {
    const first = blockAt(lines, i);
    if (!first) continue;
    const n = first.values.length;
    const labels = first.values.map((v) => v.text);
    if (n < 2 || labels.some((l) => VALUE.test(l) || !/\p{L}/u.test(l))) continue;
    const columns: Block[] = [];
    let end = first.values.at(-1)!.at;
    for (let k = nextText(lines, end + 1); k < lines.length; k = nextText(lines, end + 1)) {
      const block = blockAt(lines, k);
      if (!block || block.values.length !== n || block.values.some((v) => !VALUE.test(v.text))) break;
      columns.push(block);
      end = block.values.at(-1)!.at;
    }
    if (columns.length === 0) continue;
    out ??= [...lines];
    const labelWidth = Math.max(first.title.length, ...labels.map((l) => l.length)) + GAP;
    const widths = columns.map((c) => Math.max(c.title.length, ...c.values.map((v) => v.text.length)) + GAP);
    const row = (label: string, cells: readonly string[]) =>
      (label.padEnd(labelWidth) + cells.map((c, k) => c.padStart(widths[k]!)).join("")).trimEnd();
    out[first.titleAt] = row(
      first.title,
      columns.map((c) => c.title),
    );
    first.values.forEach((v, r) => {
      out![v.at] = row(
        v.text,
        columns.map((c) => minus(c.values[r]!.text)),
      );
    });
    for (const c of columns) for (let k = c.titleAt; k <= c.values.at(-1)!.at; k++) out[k] = "";
    i = end;
  }
  return out;
}

/** "−250 000": a dash before the digits is a minus; "+130" is the number itself; a dash alone stays. */
const minus = (cell: string) => (/\d/u.test(cell) ? cell.replace(/^[–−]\s?/u, "-").replace(/^\+/u, "") : "–");
