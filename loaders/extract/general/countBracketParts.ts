/**
 * A count's parts labelled inside a bracket right after it, as a form or a key-figure list writes them:
 *
 * - "143 (varav nya 61)", "143 deltagare (därav 61 nya, 57 avslutade)": the new or the exited among the
 *   year's participants, each no larger than the count;
 * - "57 (arbete 15, studier 6)", "Avslutade: 57 (varav arbete 15 och studier 6)": where the exited went, each
 *   item one destination named once, their sum no larger than the exits (the rest went elsewhere).
 *
 * Read only where the whole bracket is such items: a bracket naming a year ("(2024: 49)"), a target or a
 * budget ("(mål: arbete 20)"), a share ("arbete 15 %") or anything else is left as it was. Pure.
 */
import { TARGET_WORDS } from "../../reference/planWords.ts";
import type { CountMeasure, ExitCategory, Figure, NumberToken, Token } from "./figureGrammar.ts";

/** Nouns a count may carry between itself and its bracket ("143 deltagare (…)"). */
const COUNT_NOUN = /^\s*(?:personer|deltagare|individer|st\.?)?\s*$/u;
/** A part of the participants by measure: "nya 61", "61 nya", "nyinskrivna 61", "avslutade 57". */
const MEASURE_ITEM =
  /^(?:(nya|nyinskrivna|avslutade|utskrivna)\s+(\d{1,3}(?: \d{3})?)|(\d{1,3}(?: \d{3})?)\s+(nya|nyinskrivna|avslutade|utskrivna))$/u;
/** A destination's words, then its count: "arbete 15", "aktivt arbetssökande 4". */
const DESTINATION_ITEM = /^(\p{L}[\p{L} /-]*?)\s+(\d{1,4})$/u;
const MEASURE_OF: Record<string, CountMeasure> = {
  nya: "new",
  nyinskrivna: "new",
  avslutade: "exited",
  utskrivna: "exited",
};
/** A year, a share, a target: a bracket with any of them is not a plain list of parts. */
const NOT_PARTS = /(?<!\d)(?:19|20)\d\d(?!\d)|%|procent|andel/u;

/**
 * The parts named in the bracket right after an anchor count, read into `figures` (their tokens taken out of
 * `unread`). `destinationsIn` is the grammar's own reading of a destination's words.
 */
export function readCountBracketParts(
  sentence: string,
  tokens: readonly Token[],
  reading: { figures: Figure[]; unread: NumberToken[] },
  destinationsIn: (text: string, exiting: boolean) => ExitCategory[],
): void {
  if (!sentence.includes("(")) return;
  for (const anchor of [...reading.figures]) {
    if (anchor.kind !== "count" || anchor.gender !== "all" || anchor.year !== undefined || anchor.token.approximate)
      continue;
    if (anchor.measure !== "enrolled" && anchor.measure !== "exited") continue;
    const open = sentence.indexOf("(", anchor.token.end);
    if (open < 0 || !COUNT_NOUN.test(sentence.slice(anchor.token.end, open))) continue;
    const close = sentence.indexOf(")", open);
    if (close < 0) continue;
    const inside = sentence.slice(open + 1, close);
    if (inside.includes("(") || NOT_PARTS.test(inside.toLowerCase()) || TARGET_WORDS.test(inside.toLowerCase()))
      continue;
    const body = inside.trim().replace(/^(?:varav|därav)\s+/iu, "");
    const items = body.split(/\s*,\s*|\s+(?:och|samt)\s+/u);
    const found: Figure[] = [];
    let from = open + 1;
    for (const item of items) {
      const lowered = item.toLowerCase();
      const m = anchor.measure === "enrolled" ? MEASURE_ITEM.exec(lowered) : DESTINATION_ITEM.exec(lowered);
      if (!m) return;
      const raw = anchor.measure === "enrolled" ? (m[2] ?? m[3])! : m[2]!;
      const at = sentence.indexOf(item, from) + item.lastIndexOf(raw);
      from = at + raw.length;
      const token = tokens.find((t): t is NumberToken => t.type === "number" && t.start === at);
      if (!token || token.percent || token.approximate || token.value > anchor.token.value) return;
      if (!reading.unread.includes(token)) return;
      if (anchor.measure === "enrolled") {
        found.push({ kind: "count", measure: MEASURE_OF[(m[1] ?? m[4])!]!, gender: "all", token });
        continue;
      }
      const categories = destinationsIn(m[1]!, true);
      if (categories.length !== 1) return;
      found.push({ kind: "exit_outcome", category: categories[0]!, token });
    }
    if (found.length === 0) continue;
    // Each measure or destination named once; the destinations together no more than the exits.
    const keys = found.map((f) => (f.kind === "count" ? f.measure : f.kind === "exit_outcome" ? f.category : ""));
    if (new Set(keys).size !== keys.length) continue;
    if (anchor.measure === "exited" && found.reduce((sum, f) => sum + f.token.value, 0) > anchor.token.value) continue;
    const read = new Set(found.map((f) => f.token));
    reading.unread = reading.unread.filter((t) => !read.has(t));
    reading.figures.push(...found);
  }
}
