/**
 * Most documents are plain UTF-8 text files whose lines need nothing of what normalizeText.ts
 * does: no byte order mark, no CR or form feed, no control character to remove. Their lines are
 * exactly the file's LF-separated pieces, so the loader lets DuckDB read and split such a file
 * itself (warehouse/documentLineSpool.ts) instead of decoding, splitting and re-serialising
 * millions of lines in JavaScript. Anything else takes the general path. Pure, no I/O.
 */
import { isUtf8 } from "node:buffer";

/** DuckDB reads a verbatim file by its name, and takes `*`, `?`, `[` or `{` in it as a pattern: such a name takes the general path. */
export const nameReadAsIs = (path: string): boolean => !/[*?[{]/.test(path);

/** A line feed. */
const LF = 0x0a;

/**
 * The number of lines of `bytes` as `textToLines` would split them, when the text is verbatim
 * (UTF-8 without a BOM, no byte that normalizeText.ts would change or split on besides LF);
 * null otherwise. Tab is kept as it is; C0 controls, CR, form feed, DEL and C1 controls are not.
 */
export function verbatimLineCount(bytes: Uint8Array): number | null {
  // A UTF-8 byte order mark, or UTF-16 (0xFF 0xFE / 0xFE 0xFF, not UTF-8 anyway).
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return null;
  let lineFeeds = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b >= 0x20 && b !== 0x7f) {
      // C1 controls (U+0080–U+009F) are 0xC2 0x80–0x9F in UTF-8.
      if (b === 0xc2 && bytes[i + 1]! >= 0x80 && bytes[i + 1]! <= 0x9f) return null;
      continue;
    }
    if (b === LF) lineFeeds++;
    else if (b !== 0x09) return null;
  }
  if (!isUtf8(bytes)) return null;
  // A final line feed ends the last line; it does not start another.
  return lineFeeds + 1 - (bytes.length > 0 && bytes[bytes.length - 1] === LF ? 1 : 0);
}
