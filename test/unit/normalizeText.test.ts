/** What the parsers read of a line: NFC, no control characters, and nothing that prints as nothing. */
import { describe, expect, it } from "vitest";
import { textToLines } from "../../loaders/input/normalizeText.ts";

describe("characters that print as nothing", () => {
  it("are removed from the parsers' lines, and kept in the lines as extracted", () => {
    const r = textToLines(
      "Under året deltog 1\u200b02 personer\nVerksam\u00adhetens kostnader 9\u2060874\nÅrets\u200d resultat\n",
    );
    expect(r.lines).toEqual(["Under året deltog 102 personer", "Verksamhetens kostnader 9874", "Årets resultat"]);
    expect(r.asExtracted[0]).toBe("Under året deltog 1\u200b02 personer");
  });

  it("leave every visible space alone (must not fire)", () => {
    expect(textToLines("Intäkter 16\u00a0189\u202f674 kr\n").lines).toEqual(["Intäkter 16\u00a0189\u202f674 kr"]);
  });
});
