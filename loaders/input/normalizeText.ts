/**
 * What every document's text goes through before a parser sees it, whether it came from a
 * text file or a PDF's text layer: lines split on LF, CRLF, CR and form feeds (page breaks),
 * Unicode NFC for the parsers (text copied from macOS often has å/ä/ö as a letter plus a
 * combining mark, which no parser pattern matches; `document_line` keeps the text as extracted),
 * characters that print as nothing removed for the parsers,
 * control characters other than tab removed (a NUL in a line breaks the workbook and the site),
 * and a table whose cells are separated by TABs, or a spreadsheet's semicolons, set out in
 * columns for the parsers (`tabCells.ts`). Removals are counted so extraction can report them.
 * Pure functions, no I/O.
 */

import { alignTabCells } from "./tabCells.ts";

/** How many control characters were removed, and the first line (1-based) that had one. */
export interface ControlCharacters {
  count: number;
  firstLine: number;
}

export interface NormalizedLines {
  /** What parsers read: NFC, no control characters, TAB-separated cells in columns. */
  lines: string[];
  /**
   * The lines as extracted, only without control characters: what `document_line` keeps, so
   * provenance shows the document's own text. Same count as `lines`: NFC never moves a line end.
   */
  asExtracted: string[];
  controlCharacters: ControlCharacters | null;
}

/** C0 controls except tab, LF, CR and form feed (those end lines first), DEL and the C1 controls. */
// eslint-disable-next-line no-control-regex -- matching control characters is this pattern's job
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/g;
/**
 * Characters that print as nothing: zero-width space, non-joiner and joiner, word joiner, a byte
 * order mark inside the text, a soft hyphen. A PDF or a web page leaves them inside numbers and
 * words ("1\u200b204", "Verksam\u00adhetens"); the reader sees "1204" and "Verksamhetens", and so
 * must the parsers (a number cut in two by one was two numbers, or none).
 */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
/** Anything outside printable ASCII: only such lines can need NFC or hold a control character. */
const MAYBE_CHANGED = /[^\t\u0020-\u007e]/;

/** Split text into lines; CRLF and CR become LF; form feeds (page breaks) end a line. */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r\n?|\n|\f/);
  // A final newline does not start another line.
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  return lines;
}

/** NFC and no control characters, line by line (a combining mark never spans a line end). */
export function normalizeLines(lines: readonly string[]): NormalizedLines {
  let count = 0;
  let firstLine = 0;
  const asExtracted = lines.map((line, i) =>
    MAYBE_CHANGED.test(line)
      ? line.replace(CONTROL, () => {
          if (count++ === 0) firstLine = i + 1;
          return "";
        })
      : line,
  );
  const out = asExtracted.map((line) =>
    MAYBE_CHANGED.test(line) ? line.normalize("NFC").replace(INVISIBLE, "") : line,
  );
  return { lines: alignTabCells(out), asExtracted, controlCharacters: count > 0 ? { count, firstLine } : null };
}

/** A decoded text file to normalised lines; a byte order mark at the start is not text. */
export function textToLines(text: string): NormalizedLines {
  return normalizeLines(splitLines(text.replace(/^\uFEFF/, "")));
}
