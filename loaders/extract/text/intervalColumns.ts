/**
 * A scorecard's columns that hold no figure of the year's, wherever they stand among its outcome
 * columns: a target given as an interval ("Målintervall", "Målspann", "Mål (intervall)": "160–190",
 * "9 400–9 600", "−300 till −100", "-250 – 0") and a verdict in words ("Bedömning", "Måluppfyllelse":
 * "inom", "över", "ej uppnått"). Blanked where they stand, the cells under them and the verdict's
 * header cell (the interval's read "Mål", a target's column no reader takes a figure from), so the
 * readers see the outcome columns ("Utfall 2025   Utfall 2024") with every other column
 * keeping its x-range; without this a row's text cell in the middle made the whole row a label and
 * the table was read as nothing.
 *
 * Only in layout text (cells two or more spaces apart), under a header naming such a column and at
 * least one outcome column ("Utfall 2025", "2025", "Utfall"), down to the table's first blank line.
 * Every cell under a blanked column must be of its kind (an interval or a dash under the target, words
 * with no digit or a dash under the verdict); a single figure there (a target of one value), a cell
 * standing across two columns, or a row whose cells place under no column leaves the table as written.
 * Pure.
 */
import { runsOf } from "./hyphenatedHeaders.ts";

/** A target given as an interval. */
const INTERVAL_HEAD =
  /^(?:mål(?:intervall|spann|nivåer)|(?:mål|målvärde|målnivå)\s*\((?:intervall|spann)\)|intervall|spann)(?:\s+(?:19|20)\d\d)?$/iu;
/** A verdict on the outcome, in words. */
const VERDICT_HEAD = /^(?:bedömning|måluppfyllelse|uppfyllelse|uppfyllt|uppnått\?|status)(?:\s+(?:19|20)\d\d)?$/iu;
/** An outcome column: its figures are what the readers read. */
const OUTCOME_HEAD = /^(?:(?:utfall|bokslut)(?:\s+(?:19|20)\d\d)?|(?:19|20)\d\d)$/iu;
const CUE = /intervall|spann|bedömning|uppfyll|uppnått|status/i;

const NUM = String.raw`[–−+-]?\s?\d{1,3}(?: \d{3})*(?:,\d+)?(?:\s?%)?`;
/** "160–190", "9 400–9 600", "−300 till −100", "-250 – 0", "30–40 %". */
const INTERVAL_CELL = new RegExp(String.raw`^${NUM}\s?(?:[–—-]|till)\s?${NUM}$`, "u");
const DASH_CELL = /^[–—-]$/u;
/** "inom", "över", "ej uppnått", "delvis uppnått": words, no digit. */
const VERDICT_CELL = /^[\p{L}][\p{L} ]{0,30}[.!]?$/u;

const MAX_ROWS = 40;

/** The lines with each scorecard's interval and verdict columns blanked; undefined when there is none. */
export function blankIntervalColumns(lines: readonly string[]): string[] | undefined {
  let out: string[] | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.includes("  ") || line.includes("\t") || !CUE.test(line)) continue;
    const head = runsOf(line);
    const kinds = head.map((r) =>
      INTERVAL_HEAD.test(r.text)
        ? "interval"
        : VERDICT_HEAD.test(r.text)
          ? "verdict"
          : OUTCOME_HEAD.test(r.text)
            ? "outcome"
            : "other",
    );
    const blank = kinds.map((k) => k === "interval" || k === "verdict");
    if (!blank.some(Boolean) || !kinds.includes("outcome")) continue;
    // The cells after the first column: every one a kind the rule knows (a title may open the header).
    const firstCell = kinds.findIndex((k) => k !== "other");
    if (kinds.slice(firstCell).some((k) => k === "other") || firstCell > 1) continue;
    if (firstCell === 1 && /\d/.test(head[0]!.text)) continue;
    const cells = head.slice(firstCell);
    const cellKinds = kinds.slice(firstCell);
    const changes: [number, string][] = [];
    let ok = true;
    let figures = 0;
    for (let r = i + 1; r < Math.min(lines.length, i + 1 + MAX_ROWS) && ok; r++) {
      const row = lines[r]!;
      if (row.trim() === "") break;
      if (row.includes("\t")) ok = false;
      if (/^[\s\-=_–—+|]+$/.test(row)) continue;
      const runs = runsOf(row);
      // The label: the first run, standing left of the first column and holding words.
      const labelled = runs.length > 0 && runs[0]!.from < cells[0]!.from && /\p{L}/u.test(runs[0]!.text);
      const body = labelled ? runs.slice(1) : runs;
      if (body.length === 0) continue;
      let text = row;
      for (const x of body) {
        const k = columnOf(x, cells);
        if (k < 0) {
          ok = false;
          break;
        }
        const kind = cellKinds[k]!;
        if (kind === "outcome") {
          if (/\d/.test(x.text)) figures++;
          continue;
        }
        const fits =
          DASH_CELL.test(x.text) ||
          (kind === "interval" ? INTERVAL_CELL.test(x.text) : VERDICT_CELL.test(x.text) && !/\d/.test(x.text));
        if (!fits) {
          ok = false;
          break;
        }
        text = text.slice(0, x.from) + " ".repeat(x.to - x.from + 1) + text.slice(x.to + 1);
      }
      if (text !== row) changes.push([r, text.trimEnd()]);
    }
    if (!ok || figures === 0) continue;
    out ??= [...lines];
    let header = line;
    // The interval's heading read as a target's ("Mål"), so the goal-table readers know the table
    // for what it is (its cells blank, never read); the verdict's heading blanked.
    cells.forEach((c, k) => {
      const kind = cellKinds[k];
      if (kind === "interval" || kind === "verdict")
        header =
          header.slice(0, c.from) +
          (kind === "interval" ? "Mål".padEnd(c.to - c.from + 1) : " ".repeat(c.to - c.from + 1)) +
          header.slice(c.to + 1);
    });
    out[i] = header.trimEnd();
    for (const [r, text] of changes) out[r] = text;
  }
  return out;
}

/** The header cell a row's run stands under: the one it overlaps most; -1 where it overlaps two or none. */
function columnOf(x: { from: number; to: number }, cells: readonly { from: number; to: number }[]): number {
  const overlaps = cells.map((c) => Math.min(x.to, c.to) - Math.max(x.from, c.from) + 1);
  const hit = overlaps.flatMap((o, k) => (o > 0 ? [k] : []));
  if (hit.length === 1) return hit[0]!;
  if (hit.length > 1) return -1;
  // Under no cell: the nearest by the gap, where the next nearest is clearly farther.
  const gaps = cells.map((c) => Math.max(c.from - x.to, x.from - c.to));
  const order = gaps.map((g, k) => [g, k] as const).sort((a, b) => a[0] - b[0]);
  return order.length > 1 && order[1]![0] - order[0]![0] < 3 ? -1 : order[0]![1];
}
