/**
 * verbatimText.ts: a text file is left for DuckDB to read only when its lines are exactly its
 * LF-separated pieces (a final LF ends the last line), the lines textToLines gives. Anything normalising would
 * change (CR, a form feed, a BOM, control characters, text that is not UTF-8) is not verbatim.
 */
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
