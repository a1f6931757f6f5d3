/**
 * Most documents are plain UTF-8 text files whose lines need nothing of what normalizeText.ts
 * does for `document_line`: no byte order mark, no CR or form feed, no control character to
 * remove. Their lines are exactly the file's LF-separated pieces, found by one scan of the bytes:
 * the load leaves such a text in its file (`LinesInFile`) and DuckDB reads and splits it; JavaScript
 * makes no string of it at all. Anything else takes the general path (readSourceFile.ts), which
 * also says why a file is refused, and its lines are handed on joined by LF (`JoinedLines`). Pure, no I/O.
 */
import { isUtf8 } from "node:buffer";
import { extname } from "node:path";

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
 * Whether a document's lines may be left in its source file for DuckDB to read: plain text read
 * from the file itself (not a PDF, not an OCR text), at a path with no character DuckDB reads as
 * a wildcard. Such a document's lines are left there when its bytes are verbatim (`verbatimLineCount`).
 */
export function mayLeaveInFile(entry: { file: string; ocr_file?: string | null }, source: string): boolean {
  return !entry.ocr_file && extname(entry.file).toLowerCase() !== ".pdf" && !/[*?[{]/.test(source);
}

/**
 * How many lines `textToLines(text).asExtracted` gives for these bytes, when they are exactly the
 * bytes' LF-separated pieces (UTF-8 without a BOM, no byte that normalising would remove or split
 * on besides LF; tab is kept as it is; a final LF ends the last line); null otherwise.
 */
export function verbatimLineCount(bytes: Uint8Array): number | null {
  // A UTF-8 byte order mark (UTF-16's 0xFF 0xFE / 0xFE 0xFF are not UTF-8 anyway).
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return null;
  const n = bytes.length;
  let lineFeeds = 0;
  // Bytes one at a time up to a 4-byte boundary, then four at a time: a word of none of the bytes
  // that need a look (below 0x20, 0x7F, 0xC2) is passed over whole, which most words of a text are
  // (a line feed is one word in ten). Byte by byte, the scan took some 0.13 s CPU at 25x15.
  let i = 0;
  const head = Math.min(n, (4 - (bytes.byteOffset % 4)) % 4);
  for (; i < head; i++)
    if (bytes[i] === LF) lineFeeds++;
    else if (!lookAt(bytes, i)) return null;
  const words = (n - i) >> 2;
  if (words > 0) {
    const view = new Int32Array(bytes.buffer, bytes.byteOffset + i, words);
    for (let k = 0; k < words; k++, i += 4) {
      const w = view[k]!;
      const c2 = w ^ 0xc2c2c2c2;
      const del = w ^ 0x7f7f7f7f;
      if ((((w - 0x20202020) & ~w) | ((c2 - 0x01010101) & ~c2) | ((del - 0x01010101) & ~del)) & 0x80808080) {
        for (let j = i; j < i + 4; j++) {
          const b = bytes[j]!;
          if (b === LF) lineFeeds++;
          else if (!lookAt(bytes, j)) return null;
        }
      }
    }
  }
  for (; i < n; i++)
    if (bytes[i] === LF) lineFeeds++;
    else if (!lookAt(bytes, i)) return null;
  if (!isUtf8(bytes)) return null;
  // A final line feed ends the last line; it does not start another.
  return n > 0 && bytes[n - 1] === LF ? lineFeeds : lineFeeds + 1;
}

/**
 * Whether the byte at `i` (not a line feed, which the caller counts) may stand in a verbatim
 * text: a printable byte other than DEL and the lead of a C1 control (U+0080–U+009F are 0xC2
 * 0x80–0x9F in UTF-8), or a tab.
 */
function lookAt(bytes: Uint8Array, i: number): boolean {
  const b = bytes[i]!;
  if (b >= 0x20 && b !== 0x7f) return !(b === 0xc2 && bytes[i + 1]! >= 0x80 && bytes[i + 1]! <= 0x9f);
  return b === 0x09;
}
