/**
 * A form's check boxes: "Beslut:  ☒ Bifall   ☐ Avslag   ☐ Återremiss", a list of "☐ Avslag" / "☒ Bifall"
 * lines, a Markdown task list "- [x] Bifall" / "- [ ] Avslag", or boxes after their words ("Bifall ☐   Avslag ☒",
 * a list whose lines end on a box). Only the marked choice holds: its box is blanked and its words kept; an
 * unmarked box and its words (up to the next box or the line's end, or back to the box before) are blanked, so
 * no reader takes a choice not made for the one made. Blanks keep the columns where they were.
 *
 * A box is read only in a form: a document with both a marked (☒ ☑ [x]) and an unmarked (☐ [ ]) box. A
 * square or a tick that also serves as a bullet (■ □ ✓ ✔) counts as a box only on a line of two boxes or
 * more, so a list set with "□ Deltagare 143" bullets keeps its words. Pure.
 */
import { mayHold } from "./wholeText.ts";

const MARKED = new Set(["☒", "☑", "[x]", "[X]", "■", "▣", "✓", "✔"]);
/** Glyphs that are boxes wherever they stand; the rest are boxes only among other boxes. */
const ALWAYS_BOX = new Set(["☒", "☑", "☐", "[x]", "[X]", "[ ]"]);
const BOX = /☒|☑|☐|\[[xX ]\]|■|▣|□|✓|✔/g;

/** The lines with each box's choice kept or blanked; undefined where the document is no form. */
export function readCheckedBoxes(lines: readonly string[]): string[] | undefined {
  // Cheap first: a form holds a marked and an unmarked box.
  if (!mayHold(lines, /☒|☑|\[[xX]\]/) || !mayHold(lines, /☐|\[ \]/)) return undefined;
  let out: string[] | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const all = [...line.matchAll(BOX)];
    const boxes = all.length >= 2 ? all : all.filter((m) => ALWAYS_BOX.has(m[0]));
    if (boxes.length === 0) continue;
    // "Bifall ☐   Avslag ☒", "Bo Lind (M), Åby kommun   ☐ anmält förhinder": words before the first box (a
    // "Beslut:" label aside) set each box after its words.
    const opening = line.slice(0, boxes[0]!.index);
    // Which side the words stand on is told by what precedes the first box: nothing but a label, they follow.
    const after = /^\s*(?:[^\s:][^:]*:)?\s*$/.test(opening);
    let read = "";
    if (after) {
      read = opening;
      boxes.forEach((m, k) => {
        const end = boxes[k + 1]?.index ?? line.length;
        const words = line.slice(m.index! + m[0].length, end);
        read += " ".repeat(m[0].length) + (MARKED.has(m[0]) ? words : " ".repeat(words.length));
      });
    } else {
      const label = /^\s*[^\s:][^:]*:\s*/.exec(opening)?.[0] ?? "";
      let from = label.length;
      read = label;
      for (const m of boxes) {
        const words = line.slice(from, m.index);
        read += (MARKED.has(m[0]) ? words : " ".repeat(words.length)) + " ".repeat(m[0].length);
        from = m.index! + m[0].length;
      }
      // A note after the last box ("(enhälligt)", "anmält förhinder") stays as written.
      read += line.slice(from);
    }
    const kept = read.trimEnd();
    if (kept === line) continue;
    out ??= [...lines];
    out[i] = kept;
  }
  return out;
}
