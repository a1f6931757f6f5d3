/**
 * A small, tolerant XML reader for data exported as XML into a report's text (an open-data service's
 * file, a follow-up system's export, a spreadsheet saved as XML): elements with their attributes,
 * children and text, each value with the 0-based line it stands on, so a figure set out from it can
 * cite its own line. Comments, processing instructions and a DOCTYPE are passed over; CDATA is text;
 * the five named entities and numeric character references are decoded; a namespace prefix is
 * dropped from every name ("ss:Name" → "Name"). Anything that is not well-formed (a tag left open,
 * an end tag that closes another element) is no block: undefined. Pure.
 */

export interface XmlAttribute {
  name: string;
  value: string;
  /** 0-based line of the value. */
  line: number;
}

export interface XmlElement {
  name: string;
  /** 0-based line of the start tag. */
  line: number;
  attributes: XmlAttribute[];
  children: XmlElement[];
  /** The element's text, whitespace collapsed, where it has any: with the line its first character stands on. */
  text?: { value: string; line: number };
}

/** At most this many lines are read for one block: a document is never read past its block. */
const MAX_LINES = 5000;

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

const decode = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (m, e: string) => {
    if (e[0] !== "#") return ENTITIES[e.toLowerCase()] ?? m;
    const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
  });

/** A name without its namespace prefix. */
export const localName = (name: string) => name.slice(name.indexOf(":") + 1);

const NAME = /[A-Za-z_\u00c0-\uffff][\w.:\-\u00c0-\uffff]*/y;

/**
 * The XML element whose start tag (or the declaration before it) opens line `start`: the root
 * element and the line its end tag closes on, or undefined where the lines are no well-formed block.
 * Text after the root's end tag on its last line makes it no block.
 */
/**
 * The document line (0-based, from `start`) a character offset of a block's joined text falls on:
 * `offsets` holds each line's first offset, ascending. Values cite the line they stand on.
 */
export function lineAtOffset(offsets: readonly number[], start: number): (offset: number) => number {
  return (offset) => {
    let lo = 0;
    let hi = offsets.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (offsets[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return start + lo;
  };
}

export function parseXmlBlock(lines: readonly string[], start: number): { root: XmlElement; last: number } | undefined {
  const offsets: number[] = [];
  let text = "";
  for (let k = start; k < lines.length && k < start + MAX_LINES; k++) {
    offsets.push(text.length);
    text += lines[k]! + "\n";
  }
  const lineOf = lineAtOffset(offsets, start);
  let i = 0;
  /** Passes over a comment, a processing instruction or a DOCTYPE at `i`; false where there is none. */
  const skipMarkup = (): boolean | undefined => {
    if (text.startsWith("<!--", i)) {
      const end = text.indexOf("-->", i + 4);
      if (end < 0) return undefined;
      i = end + 3;
      return true;
    }
    if (text.startsWith("<?", i)) {
      const end = text.indexOf("?>", i + 2);
      if (end < 0) return undefined;
      i = end + 2;
      return true;
    }
    if (text.startsWith("<!DOCTYPE", i) || text.startsWith("<!doctype", i)) {
      const end = text.indexOf(">", i);
      if (end < 0) return undefined;
      i = end + 1;
      return true;
    }
    return false;
  };
  const name = (): string | undefined => {
    NAME.lastIndex = i;
    const m = NAME.exec(text);
    if (!m) return undefined;
    i += m[0].length;
    return m[0];
  };
  const spaces = () => {
    while (i < text.length && /\s/.test(text[i]!)) i++;
  };
  const element = (): XmlElement | undefined => {
    const line = lineOf(i);
    i++; // "<"
    const tag = name();
    if (!tag) return undefined;
    const el: XmlElement = { name: localName(tag), line, attributes: [], children: [] };
    for (;;) {
      spaces();
      if (text.startsWith("/>", i)) {
        i += 2;
        return el;
      }
      if (text[i] === ">") {
        i++;
        break;
      }
      const attribute = name();
      if (!attribute) return undefined;
      spaces();
      if (text[i] !== "=") return undefined;
      i++;
      spaces();
      const quote = text[i];
      if (quote !== '"' && quote !== "'") return undefined;
      const end = text.indexOf(quote, i + 1);
      if (end < 0 || text.slice(i + 1, end).includes("<")) return undefined;
      el.attributes.push({ name: attribute, value: decode(text.slice(i + 1, end)), line: lineOf(i + 1) });
      i = end + 1;
    }
    let content = "";
    let contentLine: number | undefined;
    for (;;) {
      if (i >= text.length) return undefined;
      if (text[i] !== "<") {
        const next = text.indexOf("<", i);
        const chunk = text.slice(i, next < 0 ? text.length : next);
        const lead = chunk.search(/\S/);
        if (lead >= 0 && contentLine === undefined) contentLine = lineOf(i + lead);
        content += chunk;
        i = next < 0 ? text.length : next;
        continue;
      }
      if (text.startsWith("<![CDATA[", i)) {
        const end = text.indexOf("]]>", i);
        if (end < 0) return undefined;
        const chunk = text.slice(i + 9, end);
        if (chunk.trim() !== "" && contentLine === undefined) contentLine = lineOf(i + 9 + chunk.search(/\S/));
        content += chunk.replace(/&/g, "&amp;").replace(/</g, "&lt;");
        i = end + 3;
        continue;
      }
      if (text.startsWith("</", i)) {
        i += 2;
        const closing = name();
        spaces();
        if (closing !== tag || text[i] !== ">") return undefined;
        i++;
        const value = decode(content).replace(/\s+/g, " ").trim();
        if (value !== "" && contentLine !== undefined) el.text = { value, line: contentLine };
        return el;
      }
      const skipped = skipMarkup();
      if (skipped === undefined) return undefined;
      if (skipped) continue;
      const child = element();
      if (!child) return undefined;
      el.children.push(child);
    }
  };
  // Before the root: blank space, the declaration, comments.
  for (;;) {
    spaces();
    if (i >= text.length || text[i] !== "<") return undefined;
    const skipped = skipMarkup();
    if (skipped === undefined) return undefined;
    if (!skipped) break;
  }
  const root = element();
  if (!root) return undefined;
  const last = lineOf(Math.max(0, i - 1));
  // The root's last line holds nothing after its end tag.
  const after = text.indexOf("\n", i);
  if (text.slice(i, after < 0 ? text.length : after).trim() !== "") return undefined;
  return { root, last };
}
