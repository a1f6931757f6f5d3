/**
 * A page set in a narrow measure (`narrowPageLines`): a teletext page (40 characters a line, page
 * numbers and a navigation footer), a mobile page's text or a newspaper column saved as text, where
 * every paragraph is wrapped at some 30–40 characters. There a line's end says nothing of a
 * sentence's: "Förbundets intäkter uppgick till" / "7,4 miljoner kronor och kostnaderna" / "till 7,9
 * miljoner kronor." is one sentence, and read line by line its first line looks like a heading and its
 * second gives the costs 7,4 miljoner. The lines of such a document are read as a narrow column's
 * (`DocumentText.inColumn`): a paragraph runs on to its blank line, a row of a list ("Kvinnor 64") and
 * a heading over a capital still stand alone.
 *
 * A document is narrow when it has at least twelve text lines, nearly all of them short (42
 * characters or fewer, none longer than 60), and the wrapping shows: in at least three places, and
 * a tenth of its text lines, a line with no stop at its end goes on in the next line of its paragraph
 * in lower case or with a number. Short lines that never wrap (a list, a table, an address) are no
 * narrow page. Pure.
 */

/** Text lines a document needs before its measure says anything. */
const MIN_LINES = 12;
/** The widest line of a narrow measure (teletext's 40 and a margin). */
const NARROW = 42;
/** The share of text lines that must be that narrow. */
const SHARE = 0.9;
/** No line of a narrow page is longer than this (a link or a header may run past the measure). */
const LONGEST = 60;
/** Wrapped lines: at least this many, and this share of the text lines. */
const MIN_WRAPS = 3;
const WRAP_SHARE = 0.1;

/** A sentence's next words: lower case, or a figure with words after it ("214 deltagare i sina …"). */
const WRAPPED_ON = /^(?:\p{Ll}|\d[\d ]*(?:,\d+)? \p{L}+ \p{L})/u;

/** The 1-based numbers of a narrow page's text lines, or undefined when the document is no narrow page. */
export function narrowPageLines(lines: readonly string[]): Set<number> | undefined {
  let text = 0;
  let narrow = 0;
  let wraps = 0;
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.trim();
    if (t === "") continue;
    if (t.length > LONGEST) return undefined;
    text++;
    if (t.length <= NARROW) narrow++;
    const next = lines[i + 1]?.trim() ?? "";
    // "Samordningsförbundet Brattmo hade" / "214 deltagare i sina insatser under": no stop, and the
    // sentence goes on in lower case or with a number on the paragraph's next line.
    // A label over its bare figure ("Antal avslutade" / "87", a dashboard's card) is no wrapped sentence.
    if (next !== "" && /\p{L}$/u.test(t) && WRAPPED_ON.test(next)) wraps++;
  }
  if (text < MIN_LINES || narrow < SHARE * text || wraps < Math.max(MIN_WRAPS, WRAP_SHARE * text)) return undefined;
  const out = new Set<number>();
  lines.forEach((line, i) => {
    if (line.trim() !== "") out.add(i + 1);
  });
  return out;
}
