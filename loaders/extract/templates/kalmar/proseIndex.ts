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
   * The matches of a global pattern over the text: the same as `text.matchAll(re)`, found by trying
   * the pattern only where a match can start. A report that lacks the text every match holds
   * (`requiredText`) is not searched. A pattern that opens with plain text (`leadingText`) is tried
   * at each place that text occurs, with a sticky copy: over a report of 100 000 characters the
   * pattern's own scan cost some 0.2-0.6 ms per rule, a look-up of its opening text a tenth of it.
   *
   * A pattern that opens with a word (`(\d+)`, `(\d+|\p{L}+)`: `openingWord`), or a rule that gives
   * `after`, the text that follows that word in every match, is tried at each character of the
   * word before each place `after` occurs: tried at every character of a report instead, such a
   * pattern cost more than all the other prose rules together. The matches are the same: a match's
   * opening word ends where its `after` begins, so each match starts in the run of the word's
   * characters (digits; any but a space) before an `after`.
   */
  *matchAll(re: RegExp, after?: string): Generator<RegExpExecArray> {
    const text = this.text;
    const cues = cuesOf(re);
    if (!text.includes(cues.required)) return;
    const word = cues.word;
    // A rule's own `after` says only that the word holds no space.
    const holds = after === undefined ? word?.holds : (c: string) => !/\s/.test(c);
    // A pattern's optional space between its word and `after` ("12 % (", "12% ("): none of the word's characters is one.
    const gap = after === undefined && word?.gap === true;
    after ??= word?.after;
    const lead = after === undefined ? cues.lead : "";
    if (after === undefined && lead === "") {
      yield* text.matchAll(re) as IterableIterator<RegExpExecArray>;
      return;
    }
    // Tried at one place at a time: the same match the global pattern finds first from there.
    const sticky = new RegExp(re.source, cues.stickyFlags);
    const at = (p: number) => {
      sticky.lastIndex = p;
      return sticky.exec(text);
    };
    // Where the search goes on: the end of the last match (no match is empty, it holds `lead` or `after`).
    let from = 0;
    if (after === undefined) {
      for (let k = text.indexOf(lead); k >= 0; k = text.indexOf(lead, Math.max(k + 1, from))) {
        const m = at(k);
        if (m) {
          yield m;
          from = k + m[0].length;
        }
      }
      return;
    }
    // Every place before `from` or up to `tried` was tried already.
    let tried = -1;
    for (let k = text.indexOf(after); k >= 0; k = text.indexOf(after, Math.max(k + 1, from))) {
      const end = gap && k > from && /\s/.test(text[k - 1]!) ? k - 1 : k;
      let start = end;
      while (start > from && holds!(text[start - 1]!)) start--;
      for (let p = Math.max(start, tried + 1); p < end; p++) {
        tried = p;
        const m = at(p);
        if (m) {
          yield m;
          from = p + m[0].length;
          break;
        }
      }
    }
  }

  /** The lines a match spans, joined: the provenance text. */
  snippet(start: number, end: number): string {
    const a = this.lineAt(start);
    const b = this.lineAt(Math.max(start, end - 1));
    return this.doc.join(a, b);
  }
}

interface Cues {
  required: string;
  lead: string;
  word: ReturnType<typeof openingWord>;
  stickyFlags: string;
}
/**
 * Each pattern's cues, read off its source once: the rules are made again for every report (new
 * RegExp objects, the same sources), and reading the cues cost more than the search they save.
 */
const cuesBySource = new Map<string, Cues>();
function cuesOf(re: RegExp): Cues {
  const key = `${re.flags}/${re.source}`;
  let cues = cuesBySource.get(key);
  if (cues === undefined) {
    cues = {
      required: requiredText(re),
      lead: leadingText(re),
      word: openingWord(re),
      stickyFlags: `${re.flags.replace("g", "")}y`,
    };
    cuesBySource.set(key, cues);
  }
  return cues;
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

/**
 * The plain text every match of `re` opens with, read off its source: its characters up to the
 * first class, group, escape of a class, assertion or quantifier (a character a quantifier may
 * leave out or repeat is not part of it). "" where nothing is certain (an alternation at the top
 * level, a pattern that ignores case, one that opens with anything but plain text).
 */
export function leadingText(re: RegExp, from = 0): string {
  if (re.flags.includes("i") || hasTopLevelAlternation(re.source)) return "";
  const src = re.source;
  let lead = "";
  for (let i = from; i < src.length; i++) {
    const c = src[i]!;
    let literal: string;
    if (c === "\\") {
      const e = src[i + 1] ?? "";
      if (!LITERAL_ESCAPE.test(e)) break;
      literal = e;
      i++;
    } else if ("^$.?*+{}[]()|".includes(c)) break;
    else literal = c;
    const rest = src.slice(i + 1);
    if (OPTIONAL.test(rest)) break;
    lead += literal;
    if (/^[+{]/.test(rest)) break;
  }
  return lead;
}

/**
 * Opening groups that match a word, and the characters such a word is made of: digits, a decimal
 * number, digits or letters. None holds a space.
 */
const OPENING_WORDS: readonly { source: string; unicode?: true; holds: (c: string) => boolean }[] = [
  { source: "(\\d+)", holds: (c) => c >= "0" && c <= "9" },
  { source: "(\\d+(?:,\\d+)?)", holds: (c) => (c >= "0" && c <= "9") || c === "," },
  { source: "(\\d+|\\p{L}+)", unicode: true, holds: (c) => !/\s/.test(c) },
];

/**
 * For a pattern that opens with a word (OPENING_WORDS), then maybe one space (`\s?`: `gap`), then
 * plain text: that text, which follows the word (and the space) in every match
 * (ProseIndex.matchAll's `after`), and what the word is made of. Undefined for any other pattern.
 */
export function openingWord(re: RegExp): { after: string; holds: (c: string) => boolean; gap: boolean } | undefined {
  const word = OPENING_WORDS.find((w) => re.source.startsWith(w.source) && (!w.unicode || re.flags.includes("u")));
  if (word === undefined) return undefined;
  const gap = re.source.startsWith("\\s?", word.source.length);
  const after = leadingText(re, word.source.length + (gap ? "\\s?".length : 0));
  return after === "" ? undefined : { after, holds: word.holds, gap };
}

/** Whether a pattern's source has an alternation outside every group and class. */
function hasTopLevelAlternation(src: string): boolean {
  let depth = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === "\\") i++;
    else if (c === "[") {
      for (i++; i < src.length && src[i] !== "]"; i++) if (src[i] === "\\") i++;
    } else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) return true;
  }
  return false;
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
