/**
 * A news feed (Atom or RSS) or another XML page saved as text: the posts' bodies are HTML written
 * with escape codes ("&lt;p&gt;Deltagare under året: 176&lt;/p&gt;"), and the feed's own elements
 * hold machine values (ids, time stamps, links) around the titles and texts people wrote. Read as
 * written, no reader sees the body's paragraphs, lists or tables.
 *
 * Here, one line per document line: the feed's machine elements are blanked (an entry's id, its
 * time stamps, its links, the generator), its wrappers (feed, entry, item, content, summary …) give
 * way to a space, and HTML written with escape codes is unescaped, so the HTML layer
 * (`htmlMarkup.ts`) reads the bodies as it reads a page's HTML. Only a document that opens as XML
 * or a feed, or holds escaped HTML tags three times at least, is changed. Pure.
 */

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

/** The lines with a feed's machine elements blanked and escaped HTML unescaped; undefined when there is none. */
export function feedMarkup(lines: readonly string[]): string[] | undefined {
  const feed = lines.slice(0, 5).some((l) => FEED_OPENING.test(l));
  let escaped = 0;
  for (const l of lines) if (l.includes("&lt;")) escaped += l.match(ESCAPED_TAG)?.length ?? 0;
  const unescape = escaped >= ESCAPED_ENOUGH;
  if (!feed && !unescape) return undefined;
  return lines.map((line) => {
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
