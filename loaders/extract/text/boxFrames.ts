/**
 * A box drawn with box-drawing characters around a fact box or a quote ("┌────┐" / "│ Deltagare:
 * 231 (128 kvinnor, 103 män) │" / "└────┘"), as a magazine's or a newsletter's text export draws one:
 * the frame is no text. Its rule lines are blanked, and the side bars of the lines between them, so
 * the box's lines read as lines of their own under its first line (a fact box's heading). Only a
 * box whose top and bottom rules both stand; a title set into the top rule ("┌─ 2025 i korthet ──┐")
 * stays as the box's heading. A pipe-drawn table ("|") is a table and stays. Pure:
 * one line per line.
 */
import { characters } from "./wholeText.ts";

/** A line of box-drawing characters alone: a box's top, bottom or inner rule. */
const RULE = /^\s*[\u2500-\u257f]{3,}\s*$/u;
/** A side bar opening and one closing a line between the rules: "│ text │". */
const SIDES = /^(\s*)[\u2502\u2503\u2551](.*?)[\u2502\u2503\u2551]?(\s*)$/u;
/** The top corners a box opens with. */
const TOP = /^\s*[\u250c\u250f\u2554\u256d]/u;
/**
 * A top rule with the box's title set into it ("┌─ 2025 I KORTHET (ur årsredovisningen) ────┐"): the
 * title is the box's heading, kept as a line of text where the rule stood.
 */
/**
 * A title that heads the federation's year: "2025 i korthet", "Året i siffror", "ur årsredovisningen".
 * Any other title ("Tjänsten i korthet", "Ravik kommun i siffror 2025") is blanked with the frame,
 * as before: it could put someone else's figures in the federation's name.
 */
const SUMMARY_TITLE =
  /(?:(?:19|20)\d\d|året|förbundet)\s+i\s+(?:korthet|siffror|sammandrag)|ur\s+(?:förbundets\s+)?(?:årsredovisning|verksamhetsberättelse)/iu;
const SOMEONE_ELSES = /kommun|region|insats|projekt|tjänst|jobb|team|verksamheten\s+\p{Lu}/iu;
const TITLED_TOP = /^(\s*)[\u250c\u250f\u2554\u256d][\u2500-\u257f]+[ \t]+(\S.*?)[ \t]+[\u2500-\u257f]+\s*$/u;

/** Whether a line opens on a box-drawing character: a cheap look before the patterns. */
const opensOnBox = (line: string) => {
  const t = line.trimStart();
  const c = t.charCodeAt(0);
  return c >= 0x2500 && c <= 0x257f;
};

/** A top rule with a junction for each inner column edge ("┌────┬────┐"): a table's, not a frame's. */
const TABLE_TOP =
  /^\s*[\u250c\u250f\u2552\u2553\u2554\u256d][\u2500-\u257f]*[\u252c\u2530\u2533\u2564\u2565\u2566][\u2500-\u257f]*$/u;
/** A bottom rule ("└────┴────┘"). */
const BOTTOM = /^\s*[\u2514\u2517\u2558\u2559\u255a\u2570][\u2500-\u257f]*\s*$/u;
/** The vertical bars a table's cell line is boxed by. */
const BARS = /[\u2502\u2503\u2551]/u;

/** A box-drawing character as the grid table's ASCII: a bar "|", a horizontal "-" (a double one "="), a corner or junction "+". */
function asAscii(c: string): string {
  if (BARS.test(c)) return "|";
  if (/[\u2500\u2501\u2504-\u250b\u254c-\u254f]/u.test(c)) return "-";
  if (c === "\u2550") return "=";
  return /[\u2500-\u257f]/u.test(c) ? "+" : c;
}

/**
 * A table drawn with box-drawing characters ("┌───┬───┐" / "│ Inskrivna │ 171 │" / "├───┼───┤" /
 * "╞═══╪═══╡" / "└───┴───┘"), as a word processor's or a terminal's text export draws one: written
 * character for character as the ASCII grid table it is ("+---+---+", "| … | … |", "+===+===+"), so
 * `gridTables.ts` sets each row on one line. Only a run from a top rule with column junctions down to
 * its bottom rule, every line between a rule or a line opening on a bar; a frame with no junctions is
 * a frame (below). One line per line.
 */
function boxTablesAsGrid(lines: readonly string[]): string[] | undefined {
  let out: string[] | undefined;
  for (let i = 0; i < lines.length; i++) {
    if (!opensOnBox(lines[i]!) || !TABLE_TOP.test(lines[i]!)) continue;
    let end = i + 1;
    while (end < lines.length && !BOTTOM.test(lines[end]!) && (RULE.test(lines[end]!) || SIDES.test(lines[end]!)))
      end++;
    if (end >= lines.length || !BOTTOM.test(lines[end]!) || end < i + 2) continue;
    out ??= [...lines];
    for (let k = i; k <= end; k++) out[k] = Array.from(lines[k]!, asAscii).join("");
    i = end;
  }
  return out;
}

export function withoutBoxFrames(lines: readonly string[]): string[] | undefined {
  // Cheap first: a box-drawing character somewhere in the document (`wholeText.ts`); each line is asked below.
  if (!characters(lines).hasIn(0x2500, 0x257f)) return undefined;
  const tables = boxTablesAsGrid(lines);
  return framesBlanked(tables ?? lines) ?? tables;
}

function framesBlanked(lines: readonly string[]): string[] | undefined {
  let out: string[] | undefined;
  for (let i = 0; i < lines.length; i++) {
    if (!opensOnBox(lines[i]!) || !TOP.test(lines[i]!)) continue;
    const titled = RULE.test(lines[i]!) ? null : TITLED_TOP.exec(lines[i]!);
    if (!titled && !RULE.test(lines[i]!)) continue;
    // The box's bottom rule: the first rule line below whose lines between all open on a side bar.
    let end = i + 1;
    while (end < lines.length && !RULE.test(lines[end]!) && SIDES.test(lines[end]!) && opensOnBox(lines[end]!)) end++;
    if (end >= lines.length || !RULE.test(lines[end]!) || end === i + 1) continue;
    out ??= [...lines];
    out[i] =
      titled && SUMMARY_TITLE.test(titled[2]!) && !SOMEONE_ELSES.test(titled[2]!) ? `${titled[1]} ${titled[2]}` : "";
    out[end] = "";
    for (let k = i + 1; k < end; k++) {
      const m = SIDES.exec(lines[k]!)!;
      out[k] = `${m[1]} ${m[2]!.trimEnd()}`;
    }
    i = end;
  }
  return out;
}
