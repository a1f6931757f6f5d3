/**
 * What parsers walk: a document's lines with 1-based line numbers, cleaned on demand and
 * searched within a range (DocumentText); the split of a table row into its label and
 * numbers; and ParseOutput, the facts, findings and coverage every parser returns. Parsers
 * are pure: they take a DocumentText and return what they found. Reading a source file into
 * lines is input/readSourceFile.ts.
 */
import type { TextSource } from "../reference/codes.ts";
import type { Coverage, FactInput, FindingInput } from "../schema/facts.ts";
import type { FederationFacts } from "../schema/registry.ts";
import { parseNumberRun, type NumberRun } from "./numbers.ts";
import { rememberByText } from "./textMemo.ts";

export class DocumentText {
  /** Cleaned lines, filled as they are asked for: parsers read every line many times. */
  private readonly cleaned: (string | undefined)[];
  /**
   * How many lines: a field, not a getter over `lines`, as the readers' loops ask for it at every
   * line (the workers compile without inlining, so a getter was a call each time).
   */
  readonly lineCount: number;

  constructor(
    readonly documentId: string,
    readonly lines: readonly string[],
    readonly periodYear: number,
    /** Where the lines came from; parsers may distrust look-alike digits in `ocr` text. */
    readonly textSource: TextSource = "plain_text",
    /**
     * Lines cut from a page set in two columns (extract/text/twoColumns.ts): a column is narrow,
     * so where such a line ends says little about where a sentence or a paragraph ends.
     */
    private readonly columnLines: ReadonlySet<number> = new Set(),
    /**
     * The registry's facts about the document's own federation (its name, its members), where the
     * caller read them (ingest, extract): without them, readers know the federation by its id alone.
     */
    readonly federation?: FederationFacts,
  ) {
    this.cleaned = new Array<string | undefined>(lines.length);
    this.lineCount = lines.length;
  }

  /** Line n (1-based), whitespace-normalised. */
  at(n: number): string {
    // A line cleaned before is answered first: the readers read every line many times.
    const known = this.cleaned[n - 1];
    if (known !== undefined) return known;
    if (n < 1 || n > this.lineCount || !Number.isInteger(n)) return "";
    return (this.cleaned[n - 1] = clean(this.lines[n - 1]!));
  }

  /** Whether line n is one column's part of a line set in two columns. */
  inColumn(n: number): boolean {
    return this.columnLines.has(n);
  }

  /**
   * The same document read through another view of its lines (one per line, same numbering): a
   * reader's own cleaned view keeps every line number and property of the document.
   */
  withLines(lines: readonly string[]): DocumentText {
    if (lines.length !== this.lines.length) throw new Error("a view of a document keeps its line count");
    return new DocumentText(
      this.documentId,
      lines,
      this.periodYear,
      this.textSource,
      this.columnLines,
      this.federation,
    );
  }

  /** First line in [from, to] whose cleaned text matches. */
  find(pattern: RegExp, from = 1, to = this.lines.length): number | undefined {
    for (let n = from; n <= to; n++) if (pattern.test(this.at(n))) return n;
    return undefined;
  }

  findAll(pattern: RegExp, from = 1, to = this.lines.length): number[] {
    const out: number[] = [];
    for (let n = from; n <= to; n++) if (pattern.test(this.at(n))) out.push(n);
    return out;
  }

  /** Next non-blank line after n, within `max` lines. */
  nextNonBlank(n: number, max = 4, to = this.lines.length): number | undefined {
    for (let k = n + 1; k <= Math.min(to, n + max); k++) if (this.at(k) !== "") return k;
    return undefined;
  }

  /** Lines [from, to] joined with single spaces (for prose that wraps). */
  join(from: number, to: number): string {
    const parts: string[] = [];
    for (let n = from; n <= to; n++) if (this.at(n) !== "") parts.push(this.at(n));
    return parts.join(" ");
  }
}

/**
 * A view derived from a document's lines (its headings, each line's scope, its prose units),
 * computed once per document: several readers ask for the same view, and each used to derive
 * it again. The view must not be changed by whoever asks for it.
 */
export function oncePerDocument<T>(derive: (doc: DocumentText) => T): (doc: DocumentText) => T {
  const views = new WeakMap<DocumentText, T>();
  // The readers ask for the view of one document many times in a row (a per-line view at every
  // line): the last document's view is kept beside the map, so those asks look up nothing.
  let lastDoc: DocumentText | undefined;
  let lastView: T | undefined;
  return (doc) => {
    if (doc === lastDoc) return lastView!;
    if (!views.has(doc)) views.set(doc, derive(doc));
    const view = views.get(doc)!;
    lastDoc = doc;
    lastView = view;
    return view;
  };
}

/** A yes-or-no about one line of a document (is it a heading, page furniture), decided once per line. */
export function oncePerLine(
  decide: (doc: DocumentText, n: number) => boolean,
): (doc: DocumentText, n: number) => boolean {
  const decided = oncePerDocument((doc) => new Array<boolean | undefined>(doc.lineCount));
  return (doc, n) =>
    n < 1 || n > doc.lineCount || !Number.isInteger(n) ? decide(doc, n) : (decided(doc)[n - 1] ??= decide(doc, n));
}

/**
 * A rule drawn across a typed page with dashes, equals signs or underscores (five at least): it only
 * separates, never heads a list nor belongs to a card.
 */
export const RULE_LINE = /^\s*[-=_–—]{5,}\s*$/;

/** Collapse runs of whitespace (incl. no-break spaces) and trim. */
export function clean(s: string): string {
  // Most lines are clean already: keep the string itself rather than a copy.
  if (isClean(s)) return s;
  return collapsed(s);
}

/** A table row is cleaned by each reader that reads it: remembered (`textMemo.ts`). */
const collapsed = rememberByText((s) => s.replace(/[\s\u00a0\u202f]+/g, " ").trim());

/**
 * Whether a text has no whitespace but single spaces between words: what `/[^\S ]| {2}|^ | $/`
 * fails to match. Every reader cleans every line it reads, and this loop takes a third of the
 * pattern's time (it tried four alternatives at every character).
 */
export function isClean(s: string): boolean {
  const last = s.length - 1;
  if (last >= 0 && (s.charCodeAt(0) === 32 || s.charCodeAt(last) === 32)) return false;
  for (let i = 0; i <= last; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (s.charCodeAt(i + 1) === 32) return false;
    } else if (c <= 32 ? c >= 9 && c <= 13 : c >= 0xa0 && OTHER_SPACE.has(c)) return false;
  }
  return true;
}

/** What `\s` matches besides the space, tab, line feed, vertical tab, form feed and return. */
const OTHER_SPACE = new Set([
  0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029,
  0x202f, 0x205f, 0x3000, 0xfeff,
]);

export interface LabelledRow {
  label: string;
  values: number[];
  run: NumberRun | null;
  /** Whether the raw line had two or more spaces right before its single value (a blank first column). */
  gapBeforeValue: boolean;
}

const NUMERIC_TOKEN = /^-?\d+(,\d+)?%?$|^-?\d+(,\d+)?[a-zA-Z]{1,2}$/;

/**
 * Split "Försäkringskassan  8 1" into label "Försäkringskassan" and values [8, 1]: the label is
 * everything before the longest trailing run of numeric tokens. `expected` caps the columns.
 */
export function splitLabelledRow(raw: string, expected?: number): LabelledRow {
  const line = clean(raw);
  const tokens = line.split(" ");
  let k = tokens.length;
  while (k > 0 && NUMERIC_TOKEN.test(tokens[k - 1]!)) k--;
  // "Inskrivna totalt under 2024 48 19": a year after "under"/"år" belongs to the label.
  if (
    k < tokens.length &&
    /^(19|20)\d\d$/.test(tokens[k]!) &&
    k > 0 &&
    /^(under|år|året|helår|halvår|inför|för|t\.o\.m\.?)$/i.test(tokens[k - 1]!)
  )
    k++;
  // A label never starts with a number run that would leave it empty ("16-24 2" keeps "16-24").
  const label = tokens.slice(0, k).join(" ");
  const rest = tokens.slice(k).join(" ");
  let run: NumberRun | null = null;
  if (rest !== "") {
    run =
      expected !== undefined
        ? (parseNumberRun(rest, Math.min(expected, countGroups(rest))) ?? parseNumberRun(rest))
        : parseNumberRun(rest);
  }
  const m = /(\S)( {2,}|\t+)(-?\d[\d,]*[a-z]?)\s*$/.exec(raw.replace(/\u00a0/g, " "));
  return { label, values: run?.values ?? [], run, gapBeforeValue: !!m && (run?.values.length ?? 0) === 1 };
}

/** Upper bound on how many numbers a run can hold (a number per token). */
function countGroups(rest: string): number {
  return rest.split(" ").filter(Boolean).length;
}

/** What a parser returns. */
export interface ParseOutput {
  facts: FactInput[];
  findings: FindingInput[];
  coverage: Coverage[];
  /**
   * Facts that need the whole document's facts to be complete: a rate read without its base
   * waits for the year's exits (general/reportedRates.ts settles them into `facts`, or not).
   */
  awaiting?: FactInput[];
}

export function mergeOutputs(outputs: readonly ParseOutput[]): ParseOutput {
  const awaiting = outputs.flatMap((o) => o.awaiting ?? []);
  return {
    facts: outputs.flatMap((o) => o.facts),
    findings: outputs.flatMap((o) => o.findings),
    coverage: outputs.flatMap((o) => o.coverage),
    ...(awaiting.length > 0 ? { awaiting } : {}),
  };
}
