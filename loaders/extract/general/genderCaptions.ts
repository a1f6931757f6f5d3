/**
 * A table captioned by one gender ("Tabell 4a. Kvinnor, verksamhetsåret 2025", "Män – avslut efter
 * orsak 2025"): every count under it is that gender's, whatever its columns say, as a report that
 * sets women and men in separate tables means. Its counts read as everyone's are that gender's;
 * a count of another gender under it is a misreading and not stored; its destinations, rates and
 * other breakdowns have no gender in the schema and are not stored. The caption's block runs from the
 * line below it to the first blank line. A caption is numbered ("Tabell 4a. Kvinnor", "Tabell 5b. Män –
 * avslut efter orsak") and names no other gender: a lone "Kvinnor" is a header's cell, a heading
 * "Kvinnor – en grupp vi når" is no table's, and a block runs 40 lines at most. Runs after every reader, on the document's own lines. Pure.
 */
import type { Gender } from "../../reference/codes.ts";
import type { FactInput, FindingInput } from "../../schema/facts.ts";
import { unreadNumber } from "../findings.ts";

/** "Tabell 4a. Kvinnor, …", "Tab. 3: Män – …", "Kvinnor – avslut efter orsak 2025": one gender opening a caption. */
const GENDER_CAPTION =
  /^\s*(?:tabell|tab\.|diagram|figur)\s*[A-Z]?\d+[a-z]?[.:]?\s+(kvinnor|män|flickor|pojkar)\s*(?:[,:–-]|$)/iu;
/** A caption naming the other gender or everyone too ("Tabell 4. Kvinnor, män och totalt"): no one gender's. */
const BOTH = /(?<!\p{L})(?:kvinnor|män|flickor|pojkar|totalt|samtliga|alla|båda könen)(?!\p{L})/giu;
/** A table runs this many lines at most: text without blank lines is not all one gender's. */
const MAX_BLOCK = 40;
const GENDER_OF: Record<string, Gender> = { kvinnor: "woman", flickor: "woman", män: "man", pojkar: "man" };

/** Line ranges [from, to] (1-based, inclusive) under a one-gender caption, with the gender. */
export function genderBlocks(lines: readonly string[]): { from: number; to: number; gender: Gender }[] {
  const out: { from: number; to: number; gender: Gender }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!;
    // Cheap first: the caption holds the gender word near its start and is short.
    if (t.length > 90 || !/kvinnor|män|flickor|pojkar/i.test(t.slice(0, 30))) continue;
    const m = GENDER_CAPTION.exec(t);
    if (!m) continue;
    // A caption, not a row: no figure on it but years and the table's number.
    if (
      /\d/.test(
        t
          .replace(/(?<!\d)(?:19|20)\d\d(?!\d)/g, "")
          .replace(/^\s*(?:tabell|tab\.|diagram|figur)\s*[A-Z]?\d+[a-z]?/i, ""),
      )
    )
      continue;
    if ((t.match(BOTH) ?? []).length > 1) continue;
    let to = i + 1;
    while (to < lines.length && to < i + 1 + MAX_BLOCK && lines[to]!.trim() !== "") to++;
    if (to > i + 1) out.push({ from: i + 2, to, gender: GENDER_OF[m[1]!.toLowerCase()]! });
  }
  return out;
}

/** The facts with the counts under one-gender captions given that gender, and what was set aside. */
export function applyGenderCaptions(
  facts: readonly FactInput[],
  lines: readonly string[],
): { facts: FactInput[]; findings: FindingInput[] } {
  const blocks = genderBlocks(lines);
  if (blocks.length === 0) return { facts: [...facts], findings: [] };
  const findings: FindingInput[] = [];
  const out: FactInput[] = [];
  for (const f of facts) {
    const block = blocks.find((b) => f.line >= b.from && f.line <= b.to);
    if (
      !block ||
      !(f.table === "participant_count" || f.table === "participant_breakdown" || f.table === "indicator")
    ) {
      out.push(f);
      continue;
    }
    if (f.table === "participant_count" && (f.gender === "all" || f.gender === block.gender)) {
      out.push({ ...f, gender: block.gender });
      continue;
    }
    findings.push(
      unreadNumber({
        subject: f.section,
        line: f.line,
        value: String("value" in f ? f.value : ""),
        message: `under a caption naming ${block.gender === "woman" ? "women" : "men"} only (line ${block.from - 1}): ${
          f.table === "participant_count"
            ? "a count of another gender"
            : "a breakdown or rate of one gender, which the schema has no place for"
        }; not stored`,
      }),
    );
  }
  return { facts: out, findings };
}
