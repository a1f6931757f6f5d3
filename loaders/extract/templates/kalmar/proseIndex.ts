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
      yield* this.matchesAround(re);
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

  /**
   * The matches of a pattern with no `after`, the same as `text.matchAll(re)`, tried only where a
   * match can start. Every match holds the pattern's required text (requiredText), and what it
   * matches before that text is made of the characters its opening part can match (prefixOf): a
   * match can start only in the run of those characters that ends at an occurrence of the text.
   * Each such place is tried with a sticky copy of the pattern, in order, so the first that
   * matches is the leftmost match, as the search at every character finds it. Tried at every
   * character of a report instead, the thirty-odd prose rules took some 5 % of extraction's CPU:
   * most open on a number (`(\d+) procent …`), which no quick scan for a first character skips.
   */
  private *matchesAround(re: RegExp): Generator<RegExpExecArray> {
    const text = this.text;
    const cue = cueOf(re);
    // A report that lacks the text every match holds is not searched at every character.
    if (!text.includes(cue.text)) return;
    if (cue.text === "" || cue.opening === undefined) {
      yield* text.matchAll(re) as IterableIterator<RegExpExecArray>;
      return;
    }
    const sticky = new RegExp(re.source, `${re.flags.replace(/[gy]/g, "")}y`);
    const everywhere = new RegExp(re.source, re.flags.includes("g") ? re.flags : re.flags + "g");
    const opening = cue.opening;
    /** Where the search goes on: the end of the last match. */
    let from = 0;
    /** Every place before this was tried and matched nothing. */
    let tried = 0;
    for (let at = text.indexOf(cue.text, from); at >= 0; at = text.indexOf(cue.text, Math.max(from, at + 1))) {
      let start = at;
      const floor = Math.max(from, tried);
      while (start > floor && opening(text.charCodeAt(start - 1))) start--;
      let m: RegExpExecArray | null = null;
      if (at - start > MAX_TRIED) {
        // A long run (an opening that matches any character): the plain search from its start.
        everywhere.lastIndex = start;
        m = everywhere.exec(text);
        if (m === null) return;
      } else
        for (let c = start; c <= at && m === null; c++) {
          sticky.lastIndex = c;
          m = sticky.exec(text);
        }
      if (m === null) {
        tried = at + 1;
        continue;
      }
      yield m;
      // No prose rule matches the empty string (each holds its required text); past it if one did.
      from = m.index + Math.max(1, m[0].length);
      tried = from;
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
  return requiredRun(re).text;
}

/** The required text and where in the pattern's source the run that holds it starts. */
function requiredRun(re: RegExp): { text: string; from: number } {
  const src = re.source;
  if (re.flags.includes("i")) return { text: "", from: 0 };
  let best = "";
  let bestFrom = 0;
  let run = "";
  let runFrom = 0;
  let depth = 0;
  const flush = () => {
    if (run.length > best.length) {
      best = run;
      bestFrom = runFrom;
    }
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
    else if (c === "|" && depth === 0) return { text: "", from: 0 };
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
    // The run starts at this character (its backslash, for an escaped one).
    if (run === "") runFrom = c === "\\" ? i - 1 : i;
    run += literal;
    if (/^[+{]/.test(rest)) flush();
  }
  flush();
  return { text: best, from: bestFrom };
}

/** The longest run of a pattern's opening characters tried one place at a time; past it the plain search. */
const MAX_TRIED = 200;

interface Cue {
  /** The text every match holds. */
  text: string;
  /** Whether a character (a UTF-16 code unit) may be part of what a match holds before that text; undefined where unknown. */
  opening?: (code: number) => boolean;
}

/** Each pattern's cue, worked out once: the rules are built again for every report. */
const cues = new Map<string, Cue>();

function cueOf(re: RegExp): Cue {
  const key = `${re.flags}/${re.source}`;
  let cue = cues.get(key);
  if (cue === undefined) {
    const run = requiredRun(re);
    const chars = run.text === "" ? undefined : charactersOf(re.source.slice(0, run.from), re.flags);
    cue = { text: run.text, opening: chars && characterTest(chars) };
    cues.set(key, cue);
  }
  return cue;
}

/** A test of one code unit against a pattern of one character, each answer remembered. */
function characterTest(one: RegExp): (code: number) => boolean {
  const known = new Uint8Array(0x10000);
  return (code) => {
    let k = known[code]!;
    // A surrogate is half of a character: counted in, so no match that starts with one is missed.
    if (k === 0) known[code] = k = code >= 0xd800 && code <= 0xdfff ? 1 : one.test(String.fromCharCode(code)) ? 1 : 2;
    return k === 1;
  };
}

/**
 * A pattern that matches one character that `source` (the opening part of a pattern, no
 * alternation at its top level) can consume: the union of its literals, escapes, classes and
 * dots. Lookarounds and anchors consume nothing and are left out. Undefined for what this does
 * not read (a backreference, which may repeat characters from anywhere).
 */
export function charactersOf(source: string, flags: string): RegExp | undefined {
  const parts: string[] = [];
  /** Nesting of the lookarounds the reader is inside: what is in them is never consumed. */
  const groups: boolean[] = [];
  const inLookaround = () => groups.includes(true);
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    let part: string | undefined;
    if (c === "\\") {
      const e = source[i + 1] ?? "";
      if (/[1-9k]/.test(e)) return undefined;
      if (/[bB]/.test(e)) {
        i++;
        continue;
      }
      let end = i + 2;
      if (/[pPu]/.test(e) && source[i + 2] === "{") end = source.indexOf("}", i) + 1;
      else if (e === "u") end = i + 6;
      else if (e === "x") end = i + 4;
      else if (e === "c") end = i + 3;
      part = source.slice(i, end);
      i = end - 1;
    } else if (c === "[") {
      let j = i + 1;
      if (source[j] === "^") j++;
      for (; j < source.length && source[j] !== "]"; j++) if (source[j] === "\\") j++;
      part = source.slice(i, j + 1);
      i = j;
    } else if (c === "(") {
      const look = /^\(\?<?[=!]/.test(source.slice(i));
      groups.push(look);
      if (source[i + 1] === "?") {
        // "(?:", "(?=", "(?!", "(?<=", "(?<!", "(?<name>": past the group's own syntax.
        if (source[i + 2] === "<" && source[i + 3] !== "=" && source[i + 3] !== "!") i = source.indexOf(">", i);
        else i += source[i + 2] === "<" ? 3 : 2;
      }
      continue;
    } else if (c === ")") {
      groups.pop();
      continue;
    } else if (c === ".") part = flags.includes("s") ? "[\\s\\S]" : ".";
    else if (c === "{" && /^\{\d+(,\d*)?\}/.test(source.slice(i))) {
      i = source.indexOf("}", i);
      continue;
    } else if ("^$|?*+".includes(c)) continue;
    else part = /[\\^$.*+?()[\]{}|/]/.test(c) ? `\\${c}` : c;
    if (!inLookaround()) parts.push(part);
  }
  if (parts.length === 0) return /(?!)/;
  return new RegExp(`^(?:${parts.join("|")})$`, flags.includes("u") ? "u" : "");
}
