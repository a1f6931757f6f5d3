/**
 * An instruction or a template guide shows a filled-in example with figures it says are invented:
 *
 *   ------------------------------------------------------------------
 *   EXEMPEL – så här kan en ifylld helårsrapport se ut
 *   (påhittade siffror, gäller ingen verklig insats)
 *   ------------------------------------------------------------------
 *   Deltagare under perioden             12       9         21
 *   …
 *   ------------------------------------------------------------------
 *
 * Its tables are no one's figures, yet they look like a report's (a participant table, destinations
 * adding up to their Summa). The example is blanked where it stands, every line kept as a line: from
 * its heading to the rule that closes it, or where no rule frames it, to the next heading or the
 * end of its paragraphs. An example that does not say its figures are invented ("Exempel på insatser:
 * Steget, 42 deltagare") is a real one and stays; so does "till exempel" in a sentence. A one-line
 * hypothetical ("Exempel: Om 40 av 100 deltagare går till arbete blir andelen 40 procent.") is
 * blanked alone. Pure.
 */

/** A heading that opens an example: "EXEMPEL – …", "Exempel på ifylld rapport", "### Exempel (fiktivt)". */
const EXAMPLE_HEADING =
  /^\s*(?:#{1,6}\s+|\*\*)?(?:exempel|exempelrapport|exempelblankett|räkneexempel|fiktivt exempel|påhittat exempel)(?!\p{L})/iu;
/** Words saying the figures are made up. */
const INVENTED_WORDS =
  /(?<!\p{L})(?:påhitta\p{L}*|fiktiv\p{L}*|fingera\p{L}*|uppdikta\p{L}*|gäller ingen verklig|inga verkliga|inte verkliga|ej verkliga|exempelsiffror|exempelvärden|illustrativ\p{L}*)(?!\p{L})/iu;
/**
 * A person's name declared made up, not the figures: "(fiktivt namn)", "fingerade namn", "namnet är
 * fingerat", "påhittad person". A case story told under such a name is a real one.
 */
const NAME_ONLY =
  /(?<!\p{L})(?:(?:fiktiv|fingera|påhitta|uppdikta)\p{L}*\s+(?:namn|person)\p{L}*|(?:namn|namnet|namnen|personen)\s+(?:är\s+)?(?:fiktiv|fingera|påhitta|uppdikta|ändra)\p{L}*)(?!\p{L})/giu;
/** Whether a line says its figures are made up (a made-up name alone says nothing of them). */
const INVENTED = { test: (line: string): boolean => INVENTED_WORDS.test(line.replace(NAME_ONLY, " ")) };
/** A rule drawn across the page: dashes, equals signs, underscores, box lines or asterisks. */
const RULE = /^\s*(?:[-=_─━*]\s*){5,}$/u;
/** A Markdown heading and its level. */
const MD_HEADING = /^(#{1,6})\s/u;
/** A one-line hypothetical: "Exempel: Om 40 av 100 …", "T.ex.: om …". */
const HYPOTHETICAL = /^\s*(?:[-*•]\s+)?(?:exempel|räkneexempel|t\.\s?ex\.?)\s*:\s*om(?!\p{L})/iu;
/** How far an example may run without a closing rule or heading. */
const MAX_EXAMPLE_LINES = 60;

export function withoutInventedExamples(lines: readonly string[]): string[] | undefined {
  let out: string[] | undefined;
  const blank = (i: number) => {
    if (lines[i] !== "") (out ??= [...lines])[i] = "";
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (HYPOTHETICAL.test(line)) {
      blank(i);
      continue;
    }
    if (!EXAMPLE_HEADING.test(line)) continue;
    // The invention declared on the heading or on the two lines under it.
    const declared = [0, 1, 2].some((k) => i + k < lines.length && INVENTED.test(lines[i + k]!));
    if (!declared) continue;
    const end = exampleEnd(lines, i);
    for (let k = i; k <= end; k++) blank(k);
    i = end;
  }
  return out;
}

/** The last line of the example opened at `from`. */
function exampleEnd(lines: readonly string[], from: number): number {
  const last = Math.min(lines.length - 1, from + MAX_EXAMPLE_LINES);
  const framed =
    (from > 0 && RULE.test(lines[from - 1]!)) ||
    (from > 1 && RULE.test(lines[from - 2]!) && lines[from - 1]!.trim() === "");
  const level = MD_HEADING.exec(lines[from]!)?.[1]!.length;
  let sawBody = false;
  for (let k = from + 1; k <= last; k++) {
    const line = lines[k]!;
    if (RULE.test(line)) {
      // The rule right under the heading frames it; the next one closes the example.
      if (!sawBody) continue;
      return k;
    }
    if (line.trim() === "") continue;
    if (!sawBody && k <= from + 2 && INVENTED.test(line)) continue;
    const md = MD_HEADING.exec(line);
    if (level !== undefined && md && md[1]!.length <= level) return k - 1;
    // Unframed: a heading after a blank line ends it ("Vanliga fel" under the example). A caption or a
    // table's header does not: an instruction's example table may stand under its lead after a blank.
    if (!framed && sawBody && lines[k - 1]!.trim() === "" && looksLikeHeading(line)) return k - 1;
    sawBody = true;
  }
  // A framed example whose closing rule never comes is no frame: nothing past its paragraphs is taken.
  return framed ? paragraphEnd(lines, from, last) : last;
}

/** A short line of words with no figure and no full stop: "Vanliga fel", "3 Så rapporterar ni". */
function looksLikeHeading(line: string): boolean {
  const t = line.trim();
  return (
    t.length <= 60 &&
    /^(?:\d+(?:\.\d+)*\.?\s+)?\p{Lu}/u.test(t) &&
    !/\d{2}/u.test(t.replace(/^\d+(?:\.\d+)*\.?\s+/u, "")) &&
    !/[.,;]$/u.test(t)
  );
}

/** The end of the example's paragraphs: the line before two blank lines in a row, or `last`. */
function paragraphEnd(lines: readonly string[], from: number, last: number): number {
  for (let k = from + 1; k < last; k++) if (lines[k]!.trim() === "" && lines[k + 1]!.trim() === "") return k - 1;
  return last;
}
