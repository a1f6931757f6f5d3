/**
 * Footnote marks a table's labels and headers carry, whose meaning only a note under (or over) the
 * table gives:
 *
 *   Verksamhetens intäkter*          8 120      7 960
 *   Balansomslutning**                2,14       2,35
 *   Andel till arbete eller studier¹  36,5       31,3
 *   Intäkter b)                       7 450      7 210
 *                      2024      2025     2026*
 *   ____
 *   *    tusentals kronor (tkr)           a unit
 *   **   miljoner kronor (mnkr)
 *   ¹    procent av avslutade deltagare    a percentage
 *   b) Belopp i tusental kronor (tkr).
 *   * = budget enligt verksamhetsplanen    a year's column that is a budget
 *
 * Read without its note the amount is read in kronor (or not at all, as no unit is stated), and a
 * budget year's column as that year's outcome. So the note's meaning is written where the mark stands,
 * in the words the readers know: a unit into its label ("Verksamhetens intäkter (tkr)", "Andel … (%)"),
 * a budget onto its year ("Budget 2026"); a mark whose note says something else (a definition, an
 * exclusion, whose figures a column holds) is taken out, so its label reads as the lexicon's. Each is
 * written in the gap after it where there is room (the cells keep their columns), else the line is
 * left as written. Only marks a note defines, on a line laid out in cells or a short heading; a mark
 * no note defines, and a note's own line, stay as written. Pure.
 */
import { mayHold } from "./wholeText.ts";
import { readUnit } from "../../reference/units.ts";

/** A note's line: its mark opening the line, then what it means ("*    tusentals kronor", "b) Belopp i tkr", "¹ procent"). */
const NOTE =
  /^\s*(?<mark>\*{1,3}\)?|[¹²³⁴-⁹]|\(?[a-h1-9]\)|not [a-h1-9]:)\s*(?:=|:|–|-)?\s*(?<text>\p{L}[^]{1,120})$/iu;
/** A cheap look: some line opens on a mark and words. */
const FIRST_LOOK = /(?:^|\n)[ \t]*(?:\*{1,3}\)?|[¹²³⁴-⁹]|\(?[a-h1-9]\)|[Nn]ot [a-h1-9]:)[ \t]*(?:=|:|–|-)?[ \t]*\p{L}/u;

type Meaning = { kind: "unit"; words: string } | { kind: "budget"; word: string } | { kind: "none" };

/** What a note's words say a mark means. */
function meaningOf(text: string): Meaning {
  const whole = meaningOfWords(text);
  if (whole.kind !== "none") return whole;
  // A note of several sentences whose first one states the unit ("Belopp i tkr. Budget enligt
  // verksamhetsplanen."): the unit is the mark's meaning; the sentences after it leave the cells as they are.
  const first = /^([^.]{3,60}?)\.\s+\p{Lu}/u.exec(text.trim());
  const unit = first ? meaningOfWords(first[1]!) : whole;
  return unit.kind === "unit" ? unit : whole;
}

/** What a note's words say, read as one statement. */
function meaningOfWords(text: string): Meaning {
  const t = text.trim().replace(/\.$/, "");
  if (/^(?:andel\s+)?(?:i\s+)?procent\b|^%/iu.test(t)) return { kind: "unit", words: "%" };
  // A unit alone, or "Belopp i …": short, its unit known.
  const u = readUnit(t);
  if (
    u &&
    u.unit !== "unknown" &&
    t.length <= 45 &&
    /^(?:belopp(?:en)?\s+(?:anges\s+)?i\s+|i\s+)?(?:tusen|miljon|kronor|kr|tkr|mkr|mnkr|sek)/iu.test(t)
  )
    return { kind: "unit", words: u.unit };
  // A budget, a forecast or a plan: the column is not the year's outcome, and is named so.
  const plan = /^(?:=\s*)?(budget|budgeterat|prognos|plan|planerat)\b/iu.exec(t);
  if (plan) return { kind: "budget", word: /^prognos/i.test(plan[1]!) ? "Prognos" : "Budget" };
  return { kind: "none" };
}

const escape = (s: string) => s.replace(/[*()[\]]/g, "\\$&");

/** The notes a document's lines hold, by mark (the first note of a mark only). */
function notesOf(lines: readonly string[]): Map<string, { meaning: Meaning; line: number }> {
  const notes = new Map<string, { meaning: Meaning; line: number }>();
  lines.forEach((line, i) => {
    const m = NOTE.exec(line);
    if (!m) return;
    const mark = m.groups!.mark!.toLowerCase().replace(/^\(/, "");
    if (!notes.has(mark)) notes.set(mark, { meaning: meaningOf(m.groups!.text!), line: i });
  });
  return notes;
}

/** A short heading closed by a mark, maybe after its year: "Medlemsbidrag 2025*", "Ekonomi¹". */
const HEADING_MARK = /^(?<words>\s*\p{L}[\p{L} ,-]{2,40}?(?: (?:19|20)\d\d)?)(?<mark>\*{1,3}|[¹²³⁴-⁹])\s*$/u;

/** A header of years alone (the marks after them aside): "2022   2023   2024   2025   2026*". */
const YEARS_HEADER = /^\s*(?:[^\d\s][^\d]*?\s{2,})?(?:(?:19|20)\d\d\S{0,3}\s{2,})+(?:19|20)\d\d\S{0,3}\s*$/u;

/** The lines with each defined mark read as its note says; undefined when no line changed. */
export function readFootnoteLegends(lines: readonly string[]): string[] | undefined {
  if (!mayHold(lines, FIRST_LOOK)) return undefined;
  const notes = notesOf(lines);
  // Only a note that says something this step writes is worth a pass.
  if (![...notes.values()].some((n) => n.meaning.kind !== "none")) return undefined;
  let out: string[] | undefined;
  for (const [mark, note] of notes) {
    const letter = /^(?:[a-h1-9]|\*{1,3})\)$|^not /.test(mark);
    // "*" is never read inside "**": no star before or after the mark.
    const markSource = letter ? ` ${escape(mark)}` : `(?<![*])${escape(mark)}(?![*])`;
    const first = mark.startsWith("not ") ? "ot " : mark[0]!;
    // A year's mark in a header of years, its note a budget: "     2026*" read "Budget 2026 ".
    const budgetYear = new RegExp(`( {4,})((?:19|20)\\d\\d)${markSource}(?= {2,}|\\s*$)`, "gu");
    // A label's mark: glued to its word (a letter's one space after), then a gap or the line's end.
    const labelMark = new RegExp(`(?<=[\\p{L})])${markSource}(?<gap> {2,}|\\s*$)`, "gu");
    for (let i = 0; i < lines.length; i++) {
      const line = (out ?? lines)[i]!;
      if (i === note.line || !line.includes(first) || NOTE.test(line)) continue;
      // A line laid out in cells (a label, then figures), or a short heading over them.
      if (!/\S {2,}\S/.test(line) && line.trim().length > 60) continue;
      let next = line;
      const heading = HEADING_MARK.exec(line);
      if (heading && heading.groups!.mark!.toLowerCase() === mark && note.meaning.kind === "unit") {
        // "Medlemsbidrag 2025*": a heading's mark after its year, its unit the heading's.
        next = `${heading.groups!.words} (${note.meaning.words})`;
      } else if (note.meaning.kind === "budget") {
        // Written over the spaces before the year, two kept; what does not fit runs on to the right.
        if (YEARS_HEADER.test(line))
          next = line.replace(budgetYear, (_, spaces: string, year: string) => {
            const word = (note.meaning as { word: string }).word;
            const room = Math.min(spaces.length - 2, word.length + 1);
            return `${" ".repeat(spaces.length - room)}${word} ${year}`;
          });
      } else {
        const written = note.meaning.kind === "unit" ? ` (${note.meaning.words})` : "";
        next = line.replace(labelMark, (whole: string, ...args: unknown[]) => {
          const gap = (args.at(-1) as { gap: string }).gap;
          // At the line's end (a heading), the mark's words alone; before a cell, the gap keeps the
          // cell where it stood, two spaces at least.
          if (gap.trim() !== "" || /^\s*$/.test(gap) === false) return whole;
          const atEnd = !/ {2,}/.test(gap);
          if (atEnd) return written;
          const fill = whole.length - written.length;
          return fill >= 2 ? written + " ".repeat(fill) : whole;
        });
      }
      if (next === line) continue;
      out ??= [...lines];
      out[i] = next;
    }
  }
  return out;
}
