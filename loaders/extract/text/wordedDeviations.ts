/**
 * A table's deviation column written without a sign, a word after each number giving its direction
 * ("Avvikelse" / "388 gynnsam", "52 ogynnsam"; "Avvikelse mot mål" / "8 under", "5 över"; "Skillnad" /
 * "11 fler", "235 bättre"): blanked where it stands, its header's cell and the cells under it, so
 * the readers see the budget or target and outcome columns beside it. A deviation with a direction
 * word is never an amount or a count of the year; with its word left on the row, the row read as a
 * label and the whole table was read as nothing.
 *
 * Only the header's last cell, a deviation's heading ("Avvikelse", "Avv.", "Skillnad", "Differens",
 * "Avvikelse mot budget/mål"), after two cells at least; only down to the table's first blank line.
 * Every cell under it must be a number with a direction word, a zero or a dash, one with a word at
 * least, each standing right of the column before it; a signed or bare figure there, or a cell
 * reaching into the column before, leaves the table as written. One line per line. Pure.
 */
import { runsOf } from "./hyphenatedHeaders.ts";

const DEVIATION_HEAD =
  /^(?:avvikelse|avv\.?|skillnad|differens|diff\.?)(?:\s+(?:mot|från|jämfört med)\s+(?:mål(?:et)?|budget(?:en)?|plan(?:en)?))?(?:\s*\((?:tkr|kr|antal|personer)\))?$/iu;
/** "388 gynnsam", "8 under", "11 fler", "1 204 sämre", "2,5 lägre". */
const WORDED_CELL =
  /^\d{1,3}(?: \d{3})*(?:,\d+)?(?: ?%| tkr| kr)? (?:gynnsam|ogynnsam|gynnsamt|ogynnsamt|bättre|sämre|fler|färre|över|under|högre|lägre|mer|mindre|positiv|negativ)$/iu;
/** A cell with no direction to give: a zero or a dash. */
const NONE_CELL = /^(?:[±+]?0(?:,0+)?|[–—-])$/u;
const CUE = /avv|skillnad|diff/i;
const MAX_ROWS = 40;

/** The lines with each worded deviation column blanked; undefined when there is none. */
export function blankWordedDeviations(lines: readonly string[]): string[] | undefined {
  let out: string[] | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.includes("  ") || line.includes("\t") || !CUE.test(line)) continue;
    const head = runsOf(line);
    if (head.length < 3 || !DEVIATION_HEAD.test(head.at(-1)!.text)) continue;
    const cell = head.at(-1)!;
    const before = head.at(-2)!;
    const changes: [number, string][] = [];
    let ok = true;
    let worded = 0;
    for (let r = i + 1; r < Math.min(lines.length, i + 1 + MAX_ROWS); r++) {
      const row = lines[r]!;
      if (row.trim() === "") break;
      if (row.includes("\t")) {
        ok = false;
        break;
      }
      if (/^[\s\-=_–—+|]+$/.test(row)) continue;
      const runs = runsOf(row);
      const last = runs.at(-1);
      // A row ending left of the deviation's column holds no cell of it.
      if (!last || last.to < before.to + 2 || runs.length < 2) continue;
      if (last.from <= before.to + 1) {
        ok = false;
        break;
      }
      if (WORDED_CELL.test(last.text)) worded++;
      else if (!NONE_CELL.test(last.text)) {
        ok = false;
        break;
      }
      changes.push([r, row.slice(0, last.from).trimEnd()]);
    }
    if (!ok || worded === 0) continue;
    out ??= [...lines];
    out[i] = line.slice(0, cell.from).trimEnd();
    for (const [r, text] of changes) out[r] = text;
  }
  return out;
}
