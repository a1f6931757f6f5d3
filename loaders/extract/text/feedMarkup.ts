/**
 * A news feed (Atom or RSS) or another XML page saved as text: the posts' bodies are HTML written
 * with escape codes ("&lt;p&gt;Deltagare under året: 176&lt;/p&gt;"), and the feed's own elements
 * hold machine values (ids, time stamps, links) around the titles and texts people wrote. Read as
 * written, no reader sees the body's paragraphs, lists or tables.
 *
 * Here, one line per document line: the posts not published in the year after the report's year are
 * blanked (a report on 2025 is published in 2026; the feed's other posts are last year's report, a
 * plan, a half-year's count), the feed's machine elements are blanked (an entry's id, its
 * time stamps, its links, the generator), its wrappers (feed, entry, item, content, summary …) give
 * way to a space, and HTML written with escape codes is unescaped, so the HTML layer
 * (`htmlMarkup.ts`) reads the bodies as it reads a page's HTML. Only a document that opens as XML
 * or a feed, or holds escaped HTML tags three times at least, is changed. Pure.
 */
import { characters } from "./wholeText.ts";

/** An escaped HTML tag: the sign that a body was written with escape codes. */
const ESCAPED_TAG = /&lt;\/?(?:p|li|ul|ol|td|tr|th|table|h[1-6]|br|strong|em|div|span|b|i)\b/gi;
const ESCAPED_ENOUGH = 3;
/** A feed's or an XML file's opening. */
const FEED_OPENING = /^\s*<\?xml\b|<(?:feed|rss|channel)\b/i;
/** Elements holding machine values: blanked with their content. */
const MACHINE_ELEMENTS =
  "id|updated|published|generator|uri|email|guid|pubDate|lastBuildDate|category|icon|logo|rights";
const MACHINE = new RegExp(`<(${MACHINE_ELEMENTS})\\b[^>]*>[^<]*</\\1>|<(?:${MACHINE_ELEMENTS}|link)\\b[^>]*/>`, "gi");
/** A feed's wrappers around what people wrote: the tags go, their text stays. */
const WRAPPER = /<\/?(?:feed|entry|item|rss|channel|content|summary|subtitle|description|author|name)\b[^>]*>/gi;
/** The feed's declaration. */
const DECLARATION = /<\?xml[^>]*\?>/gi;

/** An entry's or item's opening and closing tags. */
const ENTRY_OPEN = /<(?:entry|item)\b/i;
const ENTRY_CLOSE = /<\/(?:entry|item)>/i;
/** The element dating a post: when it was published (else last updated). */
const POST_DATE = /<(published|pubDate|updated|dc:date)\b[^>]*>[^<]*?((?:19|20)\d\d)/i;

/**
 * The lines of the posts not published in the year after the report's year blanked: a report on a
 * year is published the year after, and a feed's other posts are of their own time (last year's
 * report, a plan, a half-year's count), whatever year the feed is ingested as. A post that states no
 * date stays.
 */
function otherTimesPosts(lines: readonly string[], reportYear: number): Set<number> {
  const blank = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (!ENTRY_OPEN.test(lines[i]!)) continue;
    let end = i;
    while (end < lines.length - 1 && !ENTRY_CLOSE.test(lines[end]!)) end++;
    let year: number | undefined;
    for (let k = i; k <= end && year === undefined; k++) {
      const m = POST_DATE.exec(lines[k]!);
      if (m) year = Number(m[2]);
    }
    if (year !== undefined && year !== reportYear + 1) for (let k = i; k <= end; k++) blank.add(k);
    i = end;
  }
  return blank;
}

/**
 * The lines with a feed's machine elements blanked, its posts of other times blanked when the
 * report's year is known, and escaped HTML unescaped; undefined when there is none.
 */
export function feedMarkup(lines: readonly string[], reportYear?: number): string[] | undefined {
  const feed = lines.slice(0, 5).some((l) => FEED_OPENING.test(l));
  let escaped = 0;
  // An escaped tag's "&" somewhere in the document (`wholeText.ts`) before each line is asked.
  if (characters(lines).has("&"))
    for (const l of lines) if (l.includes("&lt;")) escaped += l.match(ESCAPED_TAG)?.length ?? 0;
  const unescape = escaped >= ESCAPED_ENOUGH;
  if (!feed && !unescape) return undefined;
  const otherTimes = feed && reportYear !== undefined ? otherTimesPosts(lines, reportYear) : new Set<number>();
  return lines.map((line, i) => {
    if (otherTimes.has(i)) return "";
    let out = line;
    if (unescape && out.includes("&"))
      out = out
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&quot;/g, '"')
        .replace(/&#0?39;|&apos;/g, "'")
        .replace(/&amp;/g, "&");
    if (feed) out = out.replace(DECLARATION, " ").replace(MACHINE, " ").replace(WRAPPER, " ");
    return out;
  });
}
