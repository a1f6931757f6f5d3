/**
 * Most documents are plain UTF-8 text files whose lines need nothing of what normalizeText.ts
 * does for `document_line`: no byte order mark, no CR or form feed, no control character to
 * remove. Their lines are exactly the file's LF-separated pieces, found by one scan of the bytes:
 * the load keeps such a text whole (its lines joined by LF, as they stand in the file) instead of
 * splitting it into strings per line, and DuckDB splits it. Anything else takes the general path
 * (readSourceFile.ts), which also says why a file is refused. Pure, no I/O.
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
 * The lines `textToLines(text).asExtracted` gives for these bytes, joined by LF, when the text
 * is verbatim (UTF-8 without a BOM, no byte that normalising would remove or split on besides LF;
 * tab is kept as it is); null otherwise.
 */
export function verbatimText(bytes: Uint8Array): JoinedLines | null {
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
  const end = bytes.length > 0 && bytes[bytes.length - 1] === LF ? bytes.length - 1 : bytes.length;
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8", 0, end);
  return { text, count: lineFeeds - (bytes.length - end) + 1 };
}
