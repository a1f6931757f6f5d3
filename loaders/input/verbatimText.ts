/**
 * Most documents are plain UTF-8 text files whose lines need nothing of what normalizeText.ts
 * does for `document_line`: no byte order mark, no CR or form feed, no control character to
 * remove. Their lines are exactly the file's LF-separated pieces, found by one scan of the bytes:
 * the load leaves such a text in its file (`LinesInFile`) and DuckDB reads and splits it; JavaScript
 * makes no string of it at all. Anything else takes the general path (readSourceFile.ts), which
 * also says why a file is refused, and its lines are handed on joined by LF (`JoinedLines`). Pure, no I/O.
 */
import { isUtf8 } from "node:buffer";

/** A line feed. */
const LF = 0x0a;

/** A document's lines as one text, joined by LF (no line holds one), and how many there are. */
export interface JoinedLines {
  text: string;
  count: number;
}

/** Lines joined (the general path's lines: split on LF, CR and form feed, so none holds an LF). */
export function joinLines(lines: readonly string[]): JoinedLines {
  return { text: lines.join("\n"), count: lines.length };
}

/**
 * A document's lines left in a UTF-8 text file whose lines are its LF-separated pieces (a final
 * LF ends the last line): the file, its size in bytes when it was read, and its number of lines.
 */
export interface LinesInFile {
  file: string;
  bytes: number;
  count: number;
}

/** A document's lines as the load stages them for document_line: joined in memory, or left in a file. */
export type DocumentText = JoinedLines | LinesInFile;

/**
 * How many lines `textToLines(text).asExtracted` gives for these bytes, when they are exactly the
 * bytes' LF-separated pieces (UTF-8 without a BOM, no byte that normalising would remove or split
 * on besides LF; tab is kept as it is; a final LF ends the last line); null otherwise.
 */
export function verbatimLineCount(bytes: Uint8Array): number | null {
  // A UTF-8 byte order mark (UTF-16's 0xFF 0xFE / 0xFE 0xFF are not UTF-8 anyway).
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return null;
  let lineFeeds = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b >= 0x20 && b !== 0x7f) {
      // C1 controls (U+0080–U+009F) are 0xC2 0x80–0x9F in UTF-8.
      if (b === 0xc2 && bytes[i + 1]! >= 0x80 && bytes[i + 1]! <= 0x9f) return null;
    } else if (b === LF) lineFeeds++;
    else if (b !== 0x09) return null;
  }
  if (!isUtf8(bytes)) return null;
  // A final line feed ends the last line; it does not start another.
  return bytes.length > 0 && bytes[bytes.length - 1] === LF ? lineFeeds : lineFeeds + 1;
}
