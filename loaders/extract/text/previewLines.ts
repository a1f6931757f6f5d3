/**
 * A document-sharing site's text preview ("Citation preview", "Full text"): each PDF line a paragraph of
 * its own, a blank line after every one, and the pages parted by the site's "Sida: 3 av 5".
 *
 *   Under 2024 har 94 personer tagit del av förbundets
 *
 *   individinriktade insatser, varav 52 kvinnor och 42 män.
 *
 * Read as written, every line is a paragraph: a sentence stops at the margin, its count apart from its
 * measure ("… under året och 39" / "avslutade den."), and a list's rows stand apart. Here a line that
 * ends no sentence runs on into the next where that opens in lower case or on a figure (one reading
 * line, citing the first), rows of a list ("Region X 650 000 kr") close up under their caption, and the site's page markers
 * go. Only on a site's page (its own words, `relatedDocuments.ts` `onSharingSite`) where most lines stand
 * alone between blank lines; any other text stays as written. Pure.
 */
import { onSharingSite } from "./relatedDocuments.ts";

/** The site's page marker: "Sida: 3 av 5", "Sida 3 av 5". */
const PAGE_MARK = /^\s*sida:? \d{1,4} av \d{1,4}\s*$/i;
/** A row of a list: a label and a figure last, a unit after it ("Region X 650 000 kr", "Arbete 11"). */
const ROW = /^\s*\p{L}[^.!?]{0,60}?\s[-−–]?\d{1,3}(?: \d{3})*(?:,\d+)?(?: (?:kr|tkr|mnkr|%|st|personer))?\s*$/u;
/** A line that ends a sentence or opens a list (a colon). */
const CLOSED = /[.!?:;]\s*$/;

/**
 * The lines with a preview's PDF lines run into their sentences and its list rows closed up, each
 * with the index in `lines` it comes from; undefined where the text is no such preview.
 */
export function previewLines(lines: readonly string[]): { lines: string[]; from: number[] } | undefined {
  // Cheap first: the site's own words on a line (asked first: most documents are no site's page), then
  // most lines standing alone between blank lines.
  if (!onSharingSite(lines)) return undefined;
  const filled = lines.flatMap((l, i) => (l.trim() === "" ? [] : [i]));
  if (filled.length < 10) return undefined;
  const alone = filled.filter((i) => (lines[i + 1] ?? "").trim() === "").length;
  if (alone < filled.length * 0.7) return undefined;
  const out: string[] = [];
  const from: number[] = [];
  let changed = false;
  let prev: number | undefined;
  for (let k = 0; k < filled.length; k++) {
    const i = filled[k]!;
    const line = lines[i]!;
    if (PAGE_MARK.test(line)) {
      changed = true;
      prev = undefined;
      continue;
    }
    const last = out.length - 1;
    const before = prev !== undefined ? lines[prev]! : undefined;
    // "… tagit del av förbundets" / "individinriktade insatser …": one sentence.
    const runsOn =
      before !== undefined && before.trim().length >= 30 && !CLOSED.test(before) && /^\s*[\p{Ll}\d(]/u.test(line);
    if (runsOn) {
      out[last] = `${out[last]!.trimEnd()} ${line.trim()}`;
      changed = true;
      prev = i;
      continue;
    }
    // Rows of a list close up; anything else keeps one blank line before it.
    const row = before !== undefined && (ROW.test(before) || /:\s*$/.test(before)) && ROW.test(line);
    if (out.length > 0 && !row) {
      out.push("");
      from.push(i);
    } else if (row) changed = true;
    out.push(line);
    from.push(i);
    prev = i;
  }
  return changed ? { lines: out, from } : undefined;
}
