import { describe, expect, it } from "vitest";
import { findNumberWords, parseNumberWord } from "../../loaders/extract/general/numberWords.ts";

// parseNumberWord refuses a word of one or two letters before its look-up: the same answers as reading it.
describe("parseNumberWord: short words", () => {
  it("reads three-letter number words (must fire)", () => {
    expect(parseNumberWord("tio")).toBe(10);
    expect(parseNumberWord("Tre")).toBe(3);
    expect(parseNumberWord("sex")).toBe(6);
    expect(findNumberWords("Av dem gick tre till arbete och tio till studier").map((w) => w.value)).toEqual([3, 10]);
  });
  it("reads no word of one or two letters (must not fire)", () => {
    for (const w of ["en", "En", "et", "av", "de", "år", "i", "å", "İ", "tr", "fy", ""])
      expect(parseNumberWord(w)).toBeUndefined();
    expect(findNumberWords("En av de två i år")).toEqual([{ value: 2, word: "två", index: 9 }]);
  });
});
