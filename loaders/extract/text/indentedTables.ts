/**
 * A table indented as a whole, as a plain-text letter or an agreement's appendix sets one in:
 *
 *     Ekonomi (kronor)                    Utfall 2025      Budget 2025
 *     Intäkter                             10 480 000       10 480 000
 *     Årets resultat                         -222 000         -620 000
 *
 * Read as written, a header whose first cell names the table ("Ekonomi (kronor)") after a margin is
 * taken for a header with no label column, its title one more column: the whole table was unread.
 * Here the block's common margin is taken away, every line by as many spaces, so each cell keeps its
 * place beside the others.
 *
 * Only a block between blank lines (three lines or more) whose every line stands one to four spaces
 * in, with a header (a title, then columns naming a year with or without a basis: "Utfall 2025",
 * "2024") and two rows or more of a label and figures apart by two spaces or more. Pure; line for line.
 */
import { runsOf } from "./hyphenatedHeaders.ts";

const HEADER_CELL = /^(?:(?:utfall|budget|bokslut|prognos)\s+)?(?:19|20)\d\d$/iu;
const ROW = /^\s*\p{L}[^\d]*?\s{2,}[−–-]?\d/u;
const MAX_INDENT = 4;

/** The lines with each such block's margin taken away; undefined when there is none. */
export function indentedTables(lines: readonly string[]): string[] | undefined {
  let out: string[] | undefined;
  let i = 0;
  while (i < lines.length) {
    if (lines[i]!.trim() === "") {
      i++;
      continue;
    }
    let end = i;
    while (end < lines.length && lines[end]!.trim() !== "") end++;
    const block = lines.slice(i, end);
    const indent = Math.min(...block.map((l) => l.search(/\S/)));
    if (block.length >= 3 && indent >= 1 && indent <= MAX_INDENT && !block.some((l) => l.includes("\t"))) {
      const header = block.findIndex((l) => {
        const runs = runsOf(l);
        return runs.length >= 3 && /\p{L}/u.test(runs[0]!.text) && runs.slice(1).every((r) => HEADER_CELL.test(r.text));
      });
      const rows = block.filter((l, k) => k > header && ROW.test(l)).length;
      if (header >= 0 && rows >= 2) {
        out ??= [...lines];
        for (let k = i; k < end; k++) out[k] = lines[k]!.slice(indent);
      }
    }
    i = end;
  }
  return out;
}
