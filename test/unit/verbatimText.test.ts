/**
 * verbatimText.ts: a text file takes DuckDB's plain split only when its lines are exactly its
 * LF-separated pieces; then its line count is the one textToLines gives. Anything normalising
 * would change (CR, a form feed, a BOM, control characters, text that is not UTF-8) is not verbatim.
 */
import { describe, expect, it } from "vitest";
import { textToLines } from "../../loaders/input/normalizeText.ts";
import { nameReadAsIs, verbatimLineCount } from "../../loaders/input/verbatimText.ts";

const bytes = (s: string) => Buffer.from(s, "utf8");

describe("verbatimLineCount", () => {
  const verbatim = ["", "\n", "en rad", "en rad\n", "Årsredovisning\n\nBelopp i tkr\t2024\n", "a\n\n", "\n\nsista"];
  for (const text of verbatim)
    it(`counts the lines textToLines gives: ${JSON.stringify(text)}`, () => {
      const n = verbatimLineCount(bytes(text));
      expect(n).toBe(textToLines(text).lines.length);
      // …and they are the LF-separated pieces as they are.
      expect(textToLines(text).asExtracted).toEqual(text.split("\n").slice(0, n!));
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

  it("keeps letters beyond ASCII that are no control (å, ä, ö, –, €, U+00A0)", () => {
    expect(verbatimLineCount(bytes("Måns – 5 000 €\u00a0kr\n"))).toBe(1);
  });
});

describe("nameReadAsIs", () => {
  it("refuses a name DuckDB would take as a pattern, and only such a name", () => {
    expect(nameReadAsIs("/data/sources/a/a_2024_arsredovisning.txt")).toBe(true);
    expect(nameReadAsIs("/data/sources/a/rapport (2).txt")).toBe(true);
    for (const name of ["/s/a*.txt", "/s/a?.txt", "/s/a[1].txt", "/s/{a,b}.txt"]) expect(nameReadAsIs(name)).toBe(false);
  });
});
