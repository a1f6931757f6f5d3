/**
 * A correction notice's table sets the figure that stood wrongly beside the right one:
 *
 *   Uppgift                         Stod felaktigt     Rätt uppgift
 *   Deltagare i insatser 2025       412                421
 *   Årets resultat 2025             -318 000 kr        -381 000 kr
 *
 * The wrong column is no one's figure, yet a reader takes a row's first figure as its value. Its header
 * and the cells under it are blanked where they stand, every other character in its place, so the rows
 * read with the right figure alone. Only in layout text (cells two or more spaces apart), under a header
 * naming both a wrong column and a right one, down to the table's first blank line; a row whose cell
 * under the wrong column runs into another column leaves the table as written. Pure.
 */
import { runsOf } from "./hyphenatedHeaders.ts";

/** A column of what was printed wrongly. */
const WRONG_HEAD =
  /^(?:stod felaktigt|felaktigt|felaktig uppgift|fel uppgift|felaktig siffra|stod tidigare|tidigare \(fel\)|var fel|fel)$/iu;
/** A column of the corrected figure. */
const RIGHT_HEAD =
  /^(?:rätt uppgift|rätt|rättad uppgift|rättat|korrekt uppgift|korrekt|ska vara|skall vara|ny uppgift|rätt siffra)$/iu;
const MAX_ROWS = 30;

/**
 * Whether a line is a correction table's header, its wrong column blanked or not ("Uppgift      Rätt
 * uppgift"): a cell of the corrected figure among two or more. The table is part of the notice's section.
 */
export function isCorrectionHeader(line: string): boolean {
  if (!line.includes("  ")) return false;
  const head = runsOf(line);
  return head.length >= 2 && head.some((r) => RIGHT_HEAD.test(r.text));
}

/** The lines with each correction table's wrong column blanked; undefined when there is none. */
export function withoutWrongColumns(lines: readonly string[]): string[] | undefined {
  let out: string[] | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.includes("  ") || !/fel/iu.test(line)) continue;
    const head = runsOf(line);
    const w = head.findIndex((r) => WRONG_HEAD.test(r.text));
    if (w < 0 || !head.some((r) => RIGHT_HEAD.test(r.text))) continue;
    // The wrong column runs from its header's start to the next header's start (or the line's end).
    const from = head[w]!.from;
    const to = w + 1 < head.length ? head[w + 1]!.from - 1 : Infinity;
    const rows: number[] = [];
    let k = i + 1;
    for (; k < lines.length && k <= i + MAX_ROWS && lines[k]!.trim() !== ""; k++) rows.push(k);
    // Every row's runs keep clear of the column's edges: none starts before it and ends inside it.
    const clean = rows.every((r) =>
      runsOf(lines[r]!).every((run) => run.to < from || run.from > to || (run.from >= from && run.to <= to)),
    );
    if (rows.length === 0 || !clean) continue;
    const blank = (s: string) =>
      s.slice(0, from) +
      " ".repeat(Math.max(0, Math.min(s.length, to + 1) - from)) +
      (to === Infinity ? "" : s.slice(to + 1));
    out ??= [...lines];
    out[i] = blank(line);
    for (const r of rows) out[r] = blank(lines[r]!);
    i = k - 1;
  }
  return out;
}
