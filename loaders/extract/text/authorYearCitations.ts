/**
 * Author–year references in running text, as a thesis or a report quoting another writes them:
 * "… deltog 231 personer (Samordningsförbundet Ekvik, 2026, s. 8)", "(Holm och Rask 2024)", "(a.a., s. 9)".
 * The year in such a bracket is when the source was published, never the year its figures are about:
 * read as a year of the sentence it dates the figures 2026, or leaves them unread for naming two years. The
 * reference is taken out of the reading text (with the space before it); an author that is a federation keeps
 * its name in brackets ("(Samordningsförbundet Norrby)"), as its figures may be that federation's, not ours. Only in running text (no gap of three spaces on the line, where a bracket may be a table's cell),
 * and only a bracket of an author's capitalised words, a year and at most a page ("s. 8", "s. 8–9"): a bracket
 * of a figure ("(2024: 118)", "(118 år 2024)") or a year alone ("(2024)") is no reference. Pure.
 */
import { mayHold } from "./wholeText.ts";

/** An author: capitalised words (an organisation's name, "SCB"), joined by "och", "&" or closed by "m.fl."/"et al.". */
const AUTHOR = String.raw`\p{Lu}[\p{L}.-]*(?:\s+(?:och|&)\s+\p{Lu}[\p{L}.-]*|\s+\p{Lu}[\p{L}.-]*){0,4}(?:\s+(?:m\.fl\.|et al\.?))?`;
/** A page after the year: "s. 8", "s. 8–9", "sid. 12". */
const PAGE = String.raw`(?:,\s*(?:s|sid)\.\s*\d{1,4}(?:\s*[–-]\s*\d{1,4})?)?`;
const REFERENCE = new RegExp(String.raw`(\s?)\((?:(${AUTHOR}),?\s+(?:19|20)\d\d[a-z]?${PAGE}|a\.a\.${PAGE})\)`, "gu");
/** An author that is a federation: its name stays (it may be another federation's report the figures are from). */
const FEDERATION_AUTHOR = /förbund|finsam/iu;
/** What every reference holds: a bracket closing on a year, a page or "a.a.". */
const CUE = /(?:(?:19|20)\d\d[a-z]?|\d|a\.a\.)\)/;

/** The lines with author–year references taken out of running text; undefined when no line holds one. */
export function dropAuthorYearCitations(lines: readonly string[]): string[] | undefined {
  if (!mayHold(lines, CUE)) return undefined;
  let out: string[] | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.includes("(") || / {3}\S/.test(line.trimStart())) continue;
    const read = line.replace(REFERENCE, (_m, space: string, author: string | undefined) =>
      author !== undefined && FEDERATION_AUTHOR.test(author) ? `${space}(${author})` : "",
    );
    if (read === line) continue;
    out ??= [...lines];
    out[i] = read;
  }
  return out;
}
