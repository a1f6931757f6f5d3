/**
 * A table written in wiki markup, as an encyclopedia article or a wiki page saves it:
 *
 *   {| class="wikitable"
 *   |+ Medlemsbidrag 2025 (tkr)
 *   ! Medlem !! Bidrag
 *   |-
 *   | Staten (FK och AF) || 4 500
 *   |-
 *   | Region Norrvall || 2 250
 *   |}
 *
 * No reader sees cells set apart by "||" with a row rule "|-" between each row as a table. Here the
 * caption ("|+ …") is written as its words, the header ("! … !! …") and each row ("| … || …") as layout
 * text, its cells in columns set apart by wide gaps, and the markup's own lines (the opening "{| …", the row
 * rules, the closing "|}") taken out, so the rows stand together under their header. A cell's attributes
 * before a single bar ("style="…" | 4 500") are no part of it. Each row cites its own line. Only a table
 * opened by "{|" and closed by "|}" with a row of two cells at least; anything else stays as written. Pure.
 */

/** The table's opening line: "{|", with or without attributes. */
const OPEN = /^\s*\{\|/;
/** Its closing line: "|}". */
const CLOSE = /^\s*\|\}\s*$/;
/** A row rule: "|-", with or without attributes. */
const ROW_RULE = /^\s*\|-/;
/** The caption: "|+ text". */
const CAPTION = /^\s*\|\+\s*(.*?)\s*$/;
/** A header row ("! a !! b") or a data row ("| a || b"). */
const HEADER_ROW = /^\s*!(?!!)\s*(.*)$/;
const DATA_ROW = /^\s*\|(?![-+}|])\s*(.*)$/;
/** The gap set between two cells. */
const GAP = "    ";

/** A cell's text without its attributes ("style="text-align:right" | 4 500" is "4 500"). */
function cellText(cell: string): string {
  const bar = cell.indexOf("|");
  return (bar >= 0 && /=/.test(cell.slice(0, bar)) ? cell.slice(bar + 1) : cell).trim();
}

interface WikiRow {
  line: number;
  cells: string[];
}

/** The wiki tables' lines laid out, with the index in `lines` each comes from; undefined when none. */
export function wikiTables(lines: readonly string[]): { lines: string[]; from: number[] } | undefined {
  if (!lines.some((l) => OPEN.test(l))) return undefined;
  const out: string[] = [];
  const from: number[] = [];
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    if (!OPEN.test(lines[i]!)) {
      out.push(lines[i]!);
      from.push(i);
      continue;
    }
    let end = i + 1;
    while (end < lines.length && !CLOSE.test(lines[end]!) && !OPEN.test(lines[end]!)) end++;
    if (end >= lines.length || !CLOSE.test(lines[end]!)) {
      out.push(lines[i]!);
      from.push(i);
      continue;
    }
    const rows: WikiRow[] = [];
    let caption: { text: string; line: number } | undefined;
    let readable = true;
    for (let k = i + 1; k < end; k++) {
      const t = lines[k]!;
      if (t.trim() === "" || ROW_RULE.test(t)) continue;
      const c = CAPTION.exec(t);
      if (c) {
        caption = { text: c[1]!, line: k };
        continue;
      }
      const h = HEADER_ROW.exec(t);
      const d = h ? undefined : DATA_ROW.exec(t);
      // A cell going on over a line of its own: not a table this step lays out.
      if (!h && !d) {
        readable = false;
        break;
      }
      rows.push({ line: k, cells: (h ? h[1]!.split("!!") : d![1]!.split("||")).map(cellText) });
    }
    if (!readable || rows.length === 0 || !rows.some((r) => r.cells.length >= 2)) {
      for (let k = i; k <= end; k++) {
        out.push(lines[k]!);
        from.push(k);
      }
      i = end;
      continue;
    }
    const width = Math.max(...rows.map((r) => r.cells.length));
    const widths = Array.from({ length: width }, (_, c) => Math.max(...rows.map((r) => (r.cells[c] ?? "").length)));
    if (caption) {
      out.push(caption.text);
      from.push(caption.line);
    }
    for (const r of rows) {
      out.push(
        r.cells
          .map((cell, c) => cell.padEnd(widths[c]!))
          .join(GAP)
          .trimEnd(),
      );
      from.push(r.line);
    }
    // The table's end: a blank line, as a table ends before the text goes on.
    out.push("");
    from.push(end);
    changed = true;
    i = end;
  }
  return changed ? { lines: out, from } : undefined;
}
