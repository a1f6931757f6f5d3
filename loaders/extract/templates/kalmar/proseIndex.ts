/**
 * Running text as one string with a map back to line numbers: text wraps across lines, so
 * prose patterns run over the joined text and each match is traced back to the line it
 * starts on.
 */
import type { DocumentText } from "../../documentText.ts";

/** The document as one string, with a map back from character offsets to line numbers. */
export class ProseIndex {
  readonly text: string;
  private readonly starts: number[] = [];
  constructor(readonly doc: DocumentText) {
    const parts: string[] = [];
    let offset = 0;
    for (let n = 1; n <= doc.lineCount; n++) {
      this.starts.push(offset);
      const t = doc.at(n);
      parts.push(t);
      offset += t.length + 1;
    }
    this.text = parts.join(" ");
  }
  lineAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
  /**
   * The matches of a global pattern over the text. With `after`, the text that follows the
   * pattern's opening word (`(\d+|\p{L}+)`) in every match, the search starts at the word before
   * each place `after` occurs: tried at every character of a report instead, such a pattern cost
   * more than all the other prose rules together. The matches are the same: a match's opening
   * word ends where its `after` begins and holds no space, so no match starts between the end of
   * the last one and the first non-space character before the next `after`.
   */
  *matchAll(re: RegExp, after?: string): Generator<RegExpExecArray> {
    if (after === undefined) {
      // A report that lacks the text every match holds is not searched at every character.
      if (!this.text.includes(requiredText(re))) return;
      yield* this.text.matchAll(re) as IterableIterator<RegExpExecArray>;
      return;
    }
    const own = new RegExp(re.source, re.flags);
    let from = 0;
    for (let k = this.text.indexOf(after); k >= 0; k = this.text.indexOf(after, from)) {
      let start = k;
      while (start > from && !/\s/.test(this.text[start - 1]!)) start--;
      own.lastIndex = start;
      const m = own.exec(this.text);
      if (!m) return;
      yield m;
      from = Math.max(own.lastIndex, m.index + 1);
    }
  }

  /** The lines a match spans, joined: the provenance text. */
  snippet(start: number, end: number): string {
    const a = this.lineAt(start);
    const b = this.lineAt(Math.max(start, end - 1));
    return this.doc.join(a, b);
  }
}

/** Start offset of a capture group (ES2022 `d` flag would do this; the group text is searched after the match start instead). */
export function groupStart(m: RegExpExecArray, g: number): number {
  const text = m[g];
  if (text === undefined) return m.index!;
  let offset = 0;
  // Search past earlier groups so a repeated number finds its own position.
  for (let k = 1; k < g; k++)
    if (m[k] !== undefined) {
      const at = m[0].indexOf(m[k]!, offset);
      if (at >= 0) offset = at + m[k]!.length;
    }
  const at = m[0].indexOf(text, offset);
  return m.index! + (at >= 0 ? at : 0);
}

/** Escaped characters that stand for themselves ("\\.", "\\("); any other escape is a class, an assertion or a code. */
const LITERAL_ESCAPE = /[$()*+./?[\\\]^{|}-]/;
/** A quantifier that may repeat what stands before it no times at all. */
const OPTIONAL = /^(?:[?*]|\{0(?:,\d*)?\})/;

/**
 * The longest text every match of `re` holds, read off its source: a run of plain characters at
 * the pattern's top level, where no alternation is. A character a quantifier may leave out ends
 * the run before it, and one it may repeat ends the run after it. "" where nothing is certain
 * (an alternation at the top level, a pattern that ignores case).
 */
export function requiredText(re: RegExp): string {
  const src = re.source;
  if (re.flags.includes("i")) return "";
  let best = "";
  let run = "";
  let depth = 0;
  const flush = () => {
    if (run.length > best.length) best = run;
    run = "";
  };
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    let literal: string | undefined;
    if (c === "\\") {
      const e = src[++i] ?? "";
      if (LITERAL_ESCAPE.test(e)) literal = e;
      // "\\p{L}", "\\u{…}", "\\k<name>": the escape's braces or name are part of it, no text.
      else if (src[i + 1] === "{" && /[pPu]/.test(e)) i = src.indexOf("}", i);
      else if (e === "k" && src[i + 1] === "<") i = src.indexOf(">", i);
    } else if (c === "[") {
      // A class: one of several characters, passed over to its closing bracket.
      for (i++; i < src.length && src[i] !== "]"; i++) if (src[i] === "\\") i++;
    } else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) return "";
    else if (!"^$.?*+{}".includes(c)) literal = c;
    if (literal === undefined || depth > 0 || (c === ")" && depth === 0)) {
      flush();
      continue;
    }
    const rest = src.slice(i + 1);
    if (OPTIONAL.test(rest)) {
      flush();
      continue;
    }
    run += literal;
    if (/^[+{]/.test(rest)) flush();
  }
  flush();
  return best;
}
