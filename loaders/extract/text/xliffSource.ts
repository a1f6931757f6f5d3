/**
 * A translation file (XLIFF 1.2 or 2.0, "<xliff …>" among its first lines: a report sent to a
 * translation agency and back) read as the text it translates: the source language's text of each
 * unit, in order, one paragraph a unit (a 2.0 unit's segments and the space between them joined).
 *
 * What holds is the source. Never read: a target (it may be stale: "needs-review-translation", or
 * written for a source that has changed since), a translation memory's match (<alt-trans> with last
 * year's sentence), a segmented copy of the source (<seg-source>), notes, the header (tool, job
 * number, word counts, an embedded file) and a 2.0 unit's original data.
 *
 * Inside a source, inline markup is read as it prints: a <g>, <mrk>, <pc> pair's text is text; a
 * placeholder's native code (<ph>, <bpt>, <ept>, <it>: "&nbsp;" between an amount's digit groups) its
 * character where it is one (a no-break space a space), else nothing; a 2.0 <ph equiv="…"/> its
 * equivalent; <x/>, <bx/>, <ex/>, <sc/>, <ec/> nothing; <cp hex="00A0"/> its character. Entities
 * are decoded and whitespace collapsed. Each written line cites the document line it stands on.
 * Pure.
 */
import { lineAtOffset } from "./xmlData.ts";
import { addTo, emptyRun, LineSink, type Run, type SourceLines } from "./sourceLines.ts";

/** Elements whose text is never read, wherever they stand. */
const NEVER = new Set(["target", "alt-trans", "seg-source", "note", "notes", "header", "originalData", "mda:metadata"]);
/** Placeholders whose content is the original document's code. */
const NATIVE = new Set(["ph", "bpt", "ept", "it"]);
/** Where a unit's source text stands. */
const UNITS = new Set(["trans-unit", "unit"]);

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

const decode = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] !== "#") return ENTITIES[e.toLowerCase()] ?? m;
    const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    if (!Number.isFinite(code) || code <= 0 || code >= 0x110000) return m;
    return code === 0xa0 ? " " : String.fromCodePoint(code);
  });

export function isXliff(lines: readonly string[]): boolean {
  for (let k = 0; k < Math.min(lines.length, 6); k++) if (lines[k]!.includes("<xliff")) return true;
  return false;
}

export function xliffSource(lines: readonly string[]): SourceLines | undefined {
  if (!isXliff(lines)) return undefined;
  const offsets: number[] = [];
  let text = "";
  for (const line of lines) {
    offsets.push(text.length);
    text += line + "\n";
  }
  const lineOf = lineAtOffset(offsets, 0);
  const sink = new LineSink();
  const stack: string[] = [];
  /** Open elements whose text is never read, counted. */
  let never = 0;
  /** Inside a unit's <source> (depth of the stack at its start), and inside a native placeholder. */
  let sourceDepth = -1;
  let native = 0;
  let nativeText = "";
  let nativeAt = 0;
  let unit: Run | undefined;
  let i = 0;
  const inSource = () => sourceDepth >= 0 && never === 0;
  while (i < text.length) {
    const lt = text.indexOf("<", i);
    const end = lt < 0 ? text.length : lt;
    if (end > i && inSource()) {
      const raw = text.slice(i, end);
      if (native > 0) {
        nativeText += raw;
      } else if (unit) {
        for (let k = 0; k < raw.length; k++) {
          // Entities decoded one at a time, each character keeping its line.
          if (raw[k] === "&") {
            const semi = raw.indexOf(";", k);
            if (semi > k && semi - k < 12) {
              addTo(unit, decode(raw.slice(k, semi + 1)), lineOf(i + k));
              k = semi;
              continue;
            }
          }
          addTo(unit, raw[k]!, lineOf(i + k));
        }
      }
    }
    if (lt < 0) break;
    if (text.startsWith("<!--", lt)) {
      const close = text.indexOf("-->", lt);
      i = close < 0 ? text.length : close + 3;
      continue;
    }
    if (text.startsWith("<?", lt) || text.startsWith("<!", lt)) {
      const close = text.indexOf(">", lt);
      i = close < 0 ? text.length : close + 1;
      continue;
    }
    const close = text.indexOf(">", lt);
    if (close < 0) break;
    const tag = text.slice(lt + 1, close);
    i = close + 1;
    const closing = tag.startsWith("/");
    const selfClosing = tag.endsWith("/");
    const name = /^\/?\s*([\w:.-]+)/.exec(tag)?.[1] ?? "";
    const local = name.slice(name.indexOf(":") + 1);
    if (closing) {
      // Close up to the element this end tag closes.
      const at = stack.lastIndexOf(local);
      if (at < 0) continue;
      while (stack.length > at) {
        const popped = stack.pop()!;
        if (NEVER.has(popped)) never--;
        if (NATIVE.has(popped) && native > 0) {
          native--;
          if (native === 0 && unit && inSource()) addTo(unit, nativeCharacter(nativeText), nativeAt);
        }
        if (popped === "source" && stack.length === sourceDepth) {
          sourceDepth = -1;
          if (unit) addTo(unit, " ", lineOf(lt));
        }
        if (UNITS.has(popped) && unit) {
          sink.paragraph(unit);
          unit = undefined;
        }
      }
      continue;
    }
    if (selfClosing) {
      if (inSource() && native === 0 && unit) addTo(unit, placeholder(local, tag), lineOf(lt));
      continue;
    }
    stack.push(local);
    if (NEVER.has(local)) never++;
    if (UNITS.has(local)) unit = emptyRun();
    else if (local === "source" && never === 0 && unit) sourceDepth = stack.length - 1;
    else if (NATIVE.has(local) && inSource()) {
      if (native === 0) {
        nativeText = "";
        nativeAt = lineOf(lt);
      }
      native++;
    }
  }
  return sink.done();
}

/** A placeholder's native code as it prints: a no-break space or an entity its character, a tag nothing. */
function nativeCharacter(code: string): string {
  const text = decode(decode(code)).replace(/<[^>]*>/g, "");
  // A short sign ("–", "%") prints as itself; code holding a digit ("{1}", a field's number) never does.
  return /^\s*$/.test(text) && text !== "" ? " " : text.length <= 2 && !/\d/.test(text) ? text : "";
}

/** A self-closing inline element: a 2.0 <ph equiv="…"/> its equivalent, <cp hex="…"/> its character, else nothing. */
function placeholder(name: string, tag: string): string {
  if (name === "cp") {
    const hex = /\bhex\s*=\s*"([0-9a-f]+)"/i.exec(tag)?.[1];
    const code = hex ? parseInt(hex, 16) : NaN;
    return code === 0xa0 ? " " : Number.isFinite(code) && code > 0x1f ? String.fromCodePoint(code) : "";
  }
  if (name === "ph") {
    const equiv = /\bequiv\s*=\s*"([^"]*)"/.exec(tag)?.[1];
    return equiv === undefined ? "" : decode(equiv);
  }
  return "";
}
