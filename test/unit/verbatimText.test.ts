/**
 * verbatimText.ts: a text file is left for DuckDB to read only when its lines are exactly its
 * LF-separated pieces (a final LF ends the last line), the lines textToLines gives. Anything normalising would
 * change (CR, a form feed, a BOM, control characters, text that is not UTF-8) is not verbatim.
 */
import { isUtf8 } from "node:buffer";
import { describe, expect, it } from "vitest";
import { textToLines } from "../../loaders/input/normalizeText.ts";
import { verbatimLineCount } from "../../loaders/input/verbatimText.ts";

const bytes = (s: string) => Buffer.from(s, "utf8");

describe("verbatimLineCount", () => {
  const verbatim = [
    "",
    "\n",
    "en rad",
    "en rad\n",
    "Årsredovisning\n\nBelopp i tkr\t2024\n",
    "a\n\n",
    "\n\nsista",
    "Måns – 5 000 €\u00a0kr\n",
  ];
  for (const text of verbatim)
    it(`counts the lines textToLines gives, the file's LF-separated pieces: ${JSON.stringify(text)}`, () => {
      const lines = textToLines(text).asExtracted;
      expect(verbatimLineCount(bytes(text))).toBe(lines.length);
      // As the load's SQL splits it (documentLineSpool.ts): a final LF ends the last line.
      const pieces = text.split("\n");
      expect(text.endsWith("\n") ? pieces.slice(0, -1) : pieces).toEqual(lines);
    });

  const general: [string, Uint8Array][] = [
    ["CRLF line ends", bytes("a\r\nb\r\n")],
    ["a lone CR", bytes("a\rb")],
    ["a form feed (page break)", bytes("sida 1\fsida 2")],
    ["a UTF-8 byte order mark", bytes("\uFEFFtext")],
    ["a NUL", bytes("a\u0000b")],
    ["an escape character", bytes("a\u001b[31mb")],
    ["DEL", bytes("a\u007fb")],
    ["a C1 control (U+0085)", bytes("a\u0085b")],
    ["UTF-16 with its BOM", Buffer.from("\uFEFFtext", "utf16le")],
    ["Windows-1252 (not UTF-8)", Buffer.from([0x53, 0x6b, 0xe5, 0x6e, 0x65])],
  ];
  for (const [what, b] of general)
    it(`is null for ${what}`, () => {
      expect(verbatimLineCount(b)).toBeNull();
    });
});

describe("verbatimLineCount, four bytes at a time", () => {
  /** The rule byte by byte, as the scan read it before it took words. */
  const byteByByte = (b: Uint8Array): number | null => {
    if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return null;
    let lf = 0;
    for (let i = 0; i < b.length; i++) {
      const x = b[i]!;
      if (x >= 0x20 && x !== 0x7f) {
        if (x === 0xc2 && b[i + 1]! >= 0x80 && b[i + 1]! <= 0x9f) return null;
      } else if (x === 0x0a) lf++;
      else if (x !== 0x09) return null;
    }
    if (!isUtf8(b)) return null;
    return b.length > 0 && b[b.length - 1] === 0x0a ? lf : lf + 1;
  };
  /** `text` as bytes starting `offset` bytes into their buffer (a word boundary or not). */
  const at = (text: Uint8Array, offset: number) => {
    const buffer = new Uint8Array(text.length + offset);
    buffer.set(text, offset);
    return buffer.subarray(offset);
  };
  const texts: [string, Uint8Array][] = [
    ["lines of Swedish", bytes("Årsredovisning 2024\nBelopp i tkr\t2024\t2023\nSumma – 5 000\n")],
    ["a line feed first", bytes("\nrad\n")],
    ["a C1 control whose two bytes straddle a word", bytes("abc\u0085def")],
    ["a C1 control in the last bytes", bytes("abcdefg\u0085")],
    ["0xC2 before a letter (U+00A0, not a control)", bytes("ab\u00a0cd\u00a0ef\n")],
    ["DEL in a word's last byte", bytes("abc\u007fdefgh")],
    ["a CR in the tail", bytes("abcdefgh\r")],
    ["a NUL in the head", bytes("\u0000abcdefgh")],
  ];
  for (const [what, text] of texts)
    for (let offset = 0; offset < 4; offset++)
      it(`gives what the byte-by-byte rule gives: ${what}, ${offset} bytes into the buffer`, () => {
        const b = at(text, offset);
        expect(verbatimLineCount(b)).toBe(byteByByte(b));
      });

  it("counts every line feed of a long text and finds a control character wherever it stands", () => {
    const text = bytes("en rad med å och ä\n".repeat(1000));
    expect(verbatimLineCount(text)).toBe(1000);
    for (const at of [0, 1, 2, 3, 4, 5, 6, 7, 9_000, text.length - 2, text.length - 1]) {
      const edited = Buffer.from(text);
      edited[at] = 0x0c; // a form feed
      expect(verbatimLineCount(edited)).toBeNull();
    }
  });
});
