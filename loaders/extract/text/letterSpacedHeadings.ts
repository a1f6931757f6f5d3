/**
 * A heading set with its letters spaced out, as a designed booklet prints one and a text export keeps
 * it ("D E L T A G A R E", "M E D L E M S B I D R A G   2 0 2 5", a wider gap between words): set back
 * as words ("DELTAGARE", "MEDLEMSBIDRAG 2025"), so the readers know the heading by its words. Only a
 * line of its own between blank lines (or the text's edges), every word a run of single capitals or
 * digits one space apart, one of them five characters long at least: a header of short column codes
 * ("K M K M") over its rows is none. A unit in brackets spaced out with the heading ("E K O N O M I
 * ( t k r )", "( k r )") is set back with it ("EKONOMI (tkr)"): a bracket of lower-case letters only
 * after a word of capitals.
 *
 * The same booklet spaces out a table's year header ("2 0 2 5      2 0 2 4", a balance sheet's "2 0 2 5 -
 * 1 2 - 3 1"): a line whose every cell is a year or a date spelled out, two cells at least, over a row
 * of figures (a title cell of words may open it), each set back as its year or date right-aligned where
 * the spaced one ended, so each cell stays over its column. A single year, a header with any other
 * cell, and a line with no figures under it are left. A heading's one-letter word ("I") is a word. Pure: one line per line, each citing itself.
 */

/** A word spelled out: single capitals or digits, one space apart. */
const SPACED_WORD = /^(?:[\p{Lu}\d] )*[\p{Lu}\d]$/u;
/** A unit spelled out in brackets after the heading: "( t k r )", "( k r )". */
const SPACED_UNIT = /^\( (?:\p{Ll} )+\)$/u;
/** A year or a date spelled out: "2 0 2 5", "2 0 2 5 - 1 2 - 3 1". */
const SPACED_YEAR_CELL = /^[12] [09] \d \d(?: - [01] \d - [0-3] \d)?$/;

function spacedHeading(line: string): string | undefined {
  const words = line.trim().split(/\s{2,}/);
  if (!words.every((w) => SPACED_WORD.test(w) || SPACED_UNIT.test(w))) return undefined;
  if (!words.some((w) => SPACED_WORD.test(w) && w.length >= 9)) return undefined;
  // A unit closes the heading and follows a word.
  const unitAt = words.findIndex((w) => SPACED_UNIT.test(w));
  if (unitAt !== -1 && unitAt !== words.length - 1) return undefined;
  if (unitAt === 0) return undefined;
  const indent = line.length - line.trimStart().length;
  return " ".repeat(indent) + words.map((w) => w.replace(/ /g, "")).join(" ");
}

/** A row of figures: a label (or none) and two numbers at least. */
function figureRow(line: string): boolean {
  const cells = line.trim().split(/\s{2,}/);
  return cells.filter((c) => /^[−–+-]?\d{1,3}(?: \d{3})*(?:,\d+)?$/.test(c)).length >= 2;
}

function spacedYearHeader(line: string, next: string): string | undefined {
  if (!/\d \d \d \d/.test(line)) return undefined;
  const all = [...line.matchAll(/\S+(?: \S+)*/g)];
  // A title cell may open the header ("Tkr", "Nyckeltal"): words, no figure.
  const cells = all.length > 0 && /^\D+$/.test(all[0]![0]) && /\p{L}{2}/u.test(all[0]![0]) ? all.slice(1) : all;
  if (cells.length < 2 || !cells.every((c) => SPACED_YEAR_CELL.test(c[0]))) return undefined;
  if (!figureRow(next)) return undefined;
  let out = line;
  for (const c of cells) {
    const compact = c[0].replace(/ /g, "");
    const start = c.index;
    out = out.slice(0, start) + " ".repeat(c[0].length - compact.length) + compact + out.slice(start + c[0].length);
  }
  return out;
}

export function letterSpacedHeadings(lines: readonly string[]): string[] | undefined {
  let out: string[] | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/\d \d \d \d/.test(line)) {
      const next = lines.slice(i + 1).find((l) => l.trim() !== "") ?? "";
      const header = spacedYearHeader(line, next);
      if (header !== undefined) {
        out ??= [...lines];
        out[i] = header;
        continue;
      }
    }
    // Cheap look: a capital, a space and a capital, a space and a capital.
    if (!/\p{Lu} \p{Lu} \p{Lu}/u.test(line)) continue;
    if ((lines[i - 1] ?? "").trim() !== "" || (lines[i + 1] ?? "").trim() !== "") continue;
    const heading = spacedHeading(line);
    if (heading === undefined) continue;
    out ??= [...lines];
    out[i] = heading;
  }
  return out;
}
