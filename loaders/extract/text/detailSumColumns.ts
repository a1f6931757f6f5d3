/**
 * A statement set in the old two-column way: an inner column for the detail lines and an outer one
 * where each group's sum stands, under a header naming the two ("Specifikation   Summa", "Delposter
 * Totalt"), the group's sum on a line of its own with no label, or beside the group's last detail:
 *
 *     2  Resultaträkning 2025                  Specifikation      Summa
 *     Verksamhetens intäkter
 *        Bidrag från staten                       2 650 000
 *        Övriga intäkter                             38 400
 *                                                              2 688 400
 *        Övriga kostnader          -311 700      -4 916 000
 *
 * No reader sees a year in such a header, and a line with two figures looks like this year beside last
 * year. A detail column beside a sum column is never a prior year: here the table is set as a
 * statement of one year's column, as any reader reads one:
 * - the header becomes the year the statement's heading right above names (one year, and only there;
 *   a heading naming none or two leaves the table as written), over the outer column;
 * - each detail figure is set in that column, on its own line;
 * - a group's sum with no label of its own (alone on its line, or beside the group's last detail,
 *   then set on a line of its own) is labelled "Summa <group>", the group being the line above its
 *   details with a label and no figure, only where the details since that line add up to it exactly;
 *   a sum that does not add up stays without a label, so no reader takes it for an item.
 * A labelled line with only an outer figure ("Årets resultat ... 35 870", "Eget kapital ... 1 283 400")
 * stays as it is. Pure.
 */
import { someLineMatches } from "./wholeText.ts";

/** The header: a detail column's word, a wide gap, a sum column's word, nothing else. */
const HEADER =
  /^(\s*)(specifikation|spec\.?|delposter|delbelopp|detaljer|delsummor)\s{3,}(summa|totalt|total|belopp)\s*$/iu;
const FIGURE = String.raw`[-–−]?\d{1,3}(?:[  ]\d{3})*(?:,\d{1,2})?`;
/** A row: indent, label (may be empty), and one or two figures at the end. */
const ROW = new RegExp(String.raw`^(\s*)(\S(?:.*?\S)?)??\s{2,}(${FIGURE})(?:\s{3,}(${FIGURE}))?\s*$`, "u");
/** A line of only a figure (an unlabelled sum). */
const FIGURE_ONLY = new RegExp(String.raw`^\s+(${FIGURE})\s*$`, "u");
/** A group's heading: words, no figure. */
const GROUP = /^\s*\p{L}[^\d]*$/u;
const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/g;
/** A statement's heading word. */
const STATEMENT_WORD = /resultaträkning|balansräkning/iu;
/** How far above the header the statement's heading may stand. */
const HEADING_SPAN = 3;

const valueOf = (figure: string) => Number(figure.replace(/[  ]/g, "").replace(/[–−]/, "-").replace(",", "."));

/** The year the statement's heading right above line `h` names; undefined where none or several. */
function headingYear(lines: readonly string[], h: number): string | undefined {
  for (let k = h; k >= Math.max(0, h - HEADING_SPAN); k--) {
    if (!STATEMENT_WORD.test(lines[k]!)) continue;
    const years = new Set(lines[k]!.match(YEAR) ?? []);
    return years.size === 1 ? [...years][0] : undefined;
  }
  return undefined;
}

/** The statements set as one year's column; undefined when none is. */
export function detailSumColumns(lines: readonly string[]): { lines: string[]; from: number[] } | undefined {
  if (!someLineMatches(lines, HEADER)) return undefined;
  const out: string[] = [];
  const from: number[] = [];
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const header = HEADER.exec(lines[i]!);
    const year = header ? headingYear(lines, i) : undefined;
    if (!header || year === undefined) {
      out.push(lines[i]!);
      from.push(i);
      continue;
    }
    const end = lines[i]!.trimEnd().length;
    const at = (label: string, figure: string) =>
      `${label.padEnd(Math.max(label.length + 2, end - figure.length))}${figure}`;
    out.push(year.padStart(end));
    from.push(i);
    changed = true;
    /** The open group: its label and the sum of its details so far. */
    let group: { label: string; sum: number; details: number } | undefined;
    let k = i + 1;
    for (; k < lines.length && lines[k]!.trim() !== ""; k++) {
      const line = lines[k]!;
      const alone = FIGURE_ONLY.exec(line);
      if (alone) {
        const v = valueOf(alone[1]!);
        const adds = group && group.details >= 2 && Math.abs(group.sum - v) < 0.5;
        out.push(adds ? at(`Summa ${lowerFirst(group!.label)}`, alone[1]!) : line);
        from.push(k);
        group = undefined;
        continue;
      }
      const row = ROW.exec(line);
      if (!row) {
        out.push(line);
        from.push(k);
        group = GROUP.test(line) ? { label: line.trim(), sum: 0, details: 0 } : undefined;
        continue;
      }
      const label = `${row[1]!}${row[2] ?? ""}`;
      const inner = row[4] !== undefined ? row[3]! : isInner(line, row[3]!, end) ? row[3]! : undefined;
      if (inner === undefined) {
        // A labelled sum in the outer column: a line of its own, no group's detail.
        out.push(line);
        from.push(k);
        group = undefined;
        continue;
      }
      out.push(at(label, inner));
      from.push(k);
      if (group) {
        group.sum += valueOf(inner);
        group.details++;
      }
      if (row[4] !== undefined) {
        const v = valueOf(row[4]);
        if (group && group.details >= 2 && Math.abs(group.sum - v) < 0.5) {
          out.push(at(`Summa ${lowerFirst(group.label)}`, row[4]));
          from.push(k);
        }
        group = undefined;
      }
    }
    i = k - 1;
  }
  return changed ? { lines: out, from } : undefined;
}

/** Whether a row's one figure stands in the inner column: it ends well before the outer column's end. */
function isInner(line: string, figure: string, end: number): boolean {
  const figureEnd = line.lastIndexOf(figure) + figure.length;
  return end - figureEnd >= 6;
}

const lowerFirst = (s: string) => (/^\p{Lu}\p{Ll}/u.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s);
