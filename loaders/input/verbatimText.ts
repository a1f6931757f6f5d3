/**
 * Most documents are plain UTF-8 text files whose lines need nothing of what normalizeText.ts
 * does for `document_line`: no byte order mark, no CR or form feed, no control character to
 * remove. Their lines are exactly the file's LF-separated pieces, found by one scan of the bytes
 * and one native split, instead of a pattern per line. Anything else takes the general path
 * (readSourceFile.ts), which also says why a file is refused. Pure, no I/O.
 */
import { isUtf8 } from "node:buffer";

/** A line feed. */
const LF = 0x0a;

/**
 * The lines `textToLines(text).asExtracted` gives for these bytes when the text is verbatim
 * (UTF-8 without a BOM, no byte that normalising would remove or split on besides LF; tab is
 * kept as it is); null otherwise.
 */
export function verbatimLines(bytes: Uint8Array): string[] | null {
  // A UTF-8 byte order mark (UTF-16's 0xFF 0xFE / 0xFE 0xFF are not UTF-8 anyway).
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return null;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b >= 0x20 && b !== 0x7f) {
      // C1 controls (U+0080–U+009F) are 0xC2 0x80–0x9F in UTF-8.
      if (b === 0xc2 && bytes[i + 1]! >= 0x80 && bytes[i + 1]! <= 0x9f) return null;
    } else if (b !== LF && b !== 0x09) return null;
  }
  if (!isUtf8(bytes)) return null;
  const lines = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8").split("\n");
  // A final line feed ends the last line; it does not start another.
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  return lines;
}
