/**
 * A picture's alternative text in a post or a page saved as text ("[Bild 2/7] Alt-text: Stor siffra 392 och texten
 * "personer deltog i våra insatser"." over an indented "Under: "216 kvinnor · 176 män"."): the description of a
 * big number and the words printed with it said as the sentence the picture shows ("392 personer deltog i våra
 * insatser."), a part of the picture named by its place ("Under:", "Ovanför:") read as its quoted words, and the
 * picture's number and the alt-text's lead blank. Only inside an alt-text block: the line with its lead and the
 * lines indented under it. Everything else is left as written. Pure: one line per line.
 */

/** "[Bild 2/7] Alt-text:", "Alt-text:", "[Image 3/5] Bildbeskrivning:": an alt-text's lead at a line's start. */
const ALT_LEAD =
  /^(\s*)((?:\[(?:bild|image|foto|slide|bildruta)\s*\d{1,2}\s*(?:\/|av)\s*\d{1,2}\]\s*)?(?:alt-?text|alternativ text|bildbeskrivning)\s*:\s*)/iu;
/** A quotation mark of any kind. */
const QUOTE = `["“”„«»]`;
/**
 * "Stor siffra 392 och texten "…"", "Siffran 151 och texten "…"", "Talet 46 med orden "…"": a number shown with
 * its words. The words must be quoted: they are what the picture prints.
 */
const NUMBER_WITH_WORDS = new RegExp(
  String.raw`(?<!\p{L})(?:(?:en\s+)?stora?\s+)?(?:siffr(?:a|an)|talet|tal|numret)\s+(\d{1,3}(?:[ \u00a0]\d{3})*|\d+)\s+(?:och|med|över|ovanför|följd av|följt av)\s+(?:den\s+)?(?:texten|orden|raden)\s*:?\s*${QUOTE}([^"“”„«»]+)${QUOTE}`,
  "iu",
);
/** "Under: "216 kvinnor · 176 män"": a part of the picture named by its place, then its quoted words. */
const PLACED_WORDS = new RegExp(
  String.raw`^(\s*)(?:under|ovanför|nedanför|bredvid|till vänster|till höger|nedtill|upptill)\s*:\s*${QUOTE}([^"“”„«»]+)${QUOTE}`,
  "iu",
);

/**
 * "Rubrik "Vårt år 2025" på grön bakgrund …": a picture that is a title, its quoted words alone. The title is
 * then a heading over the pictures after it, as a slide's title is over the slides of its deck.
 */
const TITLE_PICTURE = new RegExp(
  String.raw`^(?:rubrik(?:en)?|titel(?:n)?|titelbild(?:en)?)\s*:?\s*(?:med\s+(?:texten\s+)?)?${QUOTE}([^"“”„«»]{2,60})${QUOTE}(?:\s+(?:på|mot|över|med|i)\s[^"“”„«»]*)?\.?\s*$`,
  "iu",
);

const indentOf = (line: string) => /^\s*/.exec(line)![0].length;

function reword(line: string): string {
  const title = TITLE_PICTURE.exec(line.trim());
  if (title) return line.slice(0, indentOf(line)) + title[1]!.trim();
  let out = line.replace(NUMBER_WITH_WORDS, (_m, n: string, words: string) => `${n} ${words.trim()}`);
  out = out.replace(PLACED_WORDS, (_m, lead: string, words: string) => `${lead}${words.trim()}`);
  return out;
}

export function altTextFigures(lines: readonly string[]): string[] | undefined {
  let out: string[] | undefined;
  for (let i = 0; i < lines.length; i++) {
    const lead = ALT_LEAD.exec(lines[i]!);
    if (lead === null) continue;
    const own = lines[i]!;
    const first = lead[1]! + " ".repeat(lead[2]!.length) + reword(own.slice(lead[0].length));
    if (first !== own) (out ??= [...lines])[i] = first;
    // The lines indented under the lead's text are the same description, wrapped.
    const under = lead[0].length;
    for (let k = i + 1; k < lines.length; k++) {
      const t = lines[k]!;
      if (t.trim() === "" || ALT_LEAD.test(t) || indentOf(t) < Math.min(under, indentOf(own) + 2)) break;
      const next = reword(t);
      if (next !== t) (out ??= [...lines])[k] = next;
    }
  }
  return out;
}
