/**
 * A draft exported with its tracked changes: the text a reviewer deleted still stands beside the
 * text that replaced it ("Under ~~2024~~ 2025 avslutade ~~52~~ 55 personer", "deltog [struken: 141]
 * 143 personer", "<del>8</del> <ins>9</ins>", CriticMarkup's "{--41--}{++43++}" and "{~~41~>43~~}").
 * The deleted text is blanked where it stands and an insertion's marks are blanked around its text,
 * so the corrected value is read and the struck one never, nor a struck year dating a sentence.
 * Only a mark opened and closed on one line; a lone "~" ("~40", about) is no mark. Blanking keeps
 * every other character in its column. A draft printed "with markup" sets the deleted text and the
 * reviewers' comments in balloons in the right margin ("Borttaget: 179", "Kommenterad [EL2]: Rättat
 * efter …", "Formaterat: Rubrik 1"): each balloon is blanked, its label's line and the lines its
 * text runs on at the label's column (`withoutMarkupBalloons`). Pure: one line per line.
 */
import { characters } from "./wholeText.ts";

/**
 * Deleted text: Markdown's strike-through, a bracket naming a deletion, HTML's del/s/strike, and
 * CriticMarkup's deletion. The whole match is blanked.
 */
const DELETED =
  /~~(?!>)[^~\n]+?~~|\[(?:struken|struket|strukna|strykning|borttagen|borttaget|borttagna|raderad|raderat|raderade|deleted|del):[^\][]*\]|<(del|s|strike)>[^<]*<\/\1>|\{--[^}]*--\}/giu;
/**
 * An insertion's marks around the text that stays: "[tillagd: 48 nya …]", "<ins>9</ins>",
 * "{++43++}"; and CriticMarkup's substitution "{~~41~>43~~}" keeping only the new text.
 */
const INSERTED =
  /(\[(?:tillagd|tillagt|tillagda|infogad|infogat|infogade|inserted|ins):\s*)([^\][]*)(\])|(<ins>)([^<]*)(<\/ins>)|(\{\+\+)([^}]*?)(\+\+\})|(\{~~[^~}]*~>)([^~}]*)(~~\})/giu;
/** Every mark above holds one of these: lines without are passed by. */
const MARKS = /~~|\[|<|\{/;

const blank = (s: string) => " ".repeat(s.length);

export function withoutTrackedChanges(lines: readonly string[]): string[] | undefined {
  // Cheap first: a mark's character anywhere in the document (`wholeText.ts`), then line by line.
  const chars = characters(lines);
  if (!chars.has("~") && !chars.has("[") && !chars.has("<") && !chars.has("{")) return undefined;
  let out: string[] | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!MARKS.test(line)) continue;
    const kept = line
      .replace(INSERTED, (...m: string[]) => {
        // Each alternative's three groups: opening mark, the text that stays, closing mark.
        for (let g = 1; g <= 12; g += 3) if (m[g] !== undefined) return blank(m[g]!) + m[g + 1]! + blank(m[g + 2]!);
        return m[0]!;
      })
      .replace(DELETED, blank);
    if (kept !== line) (out ??= [...lines])[i] = kept;
  }
  return out;
}

/**
 * A balloon's label in the margin, as a word processor prints it in Swedish or English, after a
 * wide gap or alone on its line.
 */
const BALLOON =
  /(?:^|\s{3})\s*((?:Borttaget|Infogat|Formaterat|Flyttat(?: \((?:infogning|borttagning)\)| upp| ned)?|Deleted|Inserted|Formatted|Moved(?: \((?:insertion|deletion)\)| up| down)?|(?:Kommenterad|Commented) \[[^\]]{1,12}\]):)/u;
/** The label words: a line without one of them holds no balloon's label. */
const BALLOON_WORD = /Borttaget|Infogat|Formaterat|Flyttat|Kommenterad|Deleted|Inserted|Formatted|Moved|Commented/;
/** A margin's balloons stand this far right at least: text's left column never does. */
const MARGIN = 30;

/**
 * The balloons of a draft printed with markup blanked: from each label to its line's end, and the
 * lines below whose text starts in the label's column (within two characters) after nothing but
 * spaces or a wide gap, up to a line with nothing there or the next label. A table's cell beside no
 * label is never touched.
 */
export function withoutMarkupBalloons(lines: readonly string[]): string[] | undefined {
  let out: string[] | undefined;
  let column = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // A label closes on a colon: a line without one is not searched for the words.
    const m = line.includes(":") && BALLOON_WORD.test(line) ? BALLOON.exec(line) : null;
    const at = m ? m.index + m[0].length - m[1]!.length : -1;
    if (m && at >= MARGIN) {
      column = at;
      (out ??= [...lines])[i] = line.slice(0, at) + " ".repeat(line.length - at);
      continue;
    }
    if (column < 0) continue;
    // A balloon's text running on: something starting at the label's column after a wide gap.
    const tail = /\S/.exec(line.slice(Math.max(0, column - 2)));
    const start = tail ? Math.max(0, column - 2) + tail.index : -1;
    if (start < 0 || start > column + 2 || !/^(?:\s*|.*\S {3,})$/.test(line.slice(0, start))) {
      column = -1;
      continue;
    }
    (out ??= [...lines])[i] = line.slice(0, start) + " ".repeat(line.length - start);
  }
  return out;
}
