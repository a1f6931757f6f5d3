import { describe, expect, it } from "vitest";
import { letterSpacedHeadings } from "../../loaders/extract/text/letterSpacedHeadings.ts";

describe("letter-spaced headings carrying a unit, and letter-spaced year headers (set 36)", () => {
  const DOC = [
    "",
    "R E S U L T A T   I   K O R T H E T   ( t k r )",
    "",
    "                               2 0 2 5        2 0 2 4",
    "Summa intäkter                   4 410          4 122",
    "Årets resultat                      88            -41",
    "",
    "Tkr                   2 0 2 5 - 1 2 - 3 1     2 0 2 4 - 1 2 - 3 1",
    "Eget kapital                  1 204                 1 116",
  ];
  it("sets the heading and its bracketed unit back as words, the years back in their columns (must fire)", () => {
    const out = letterSpacedHeadings(DOC)!;
    expect(out[1]).toBe("RESULTAT I KORTHET (tkr)");
    expect(out[3]).toBe("                                  2025           2024");
    expect(out[3]!.length).toBe(DOC[3]!.length);
    // Each year still ends where its column of figures ends.
    expect(out[3]!.indexOf("2025") + 4).toBe(DOC[4]!.indexOf("4 410") + 5);
    expect(out[7]!.trim().split(/\s{2,}/)).toEqual(["Tkr", "2025-12-31", "2024-12-31"]);
  });
  it("leaves a single spaced year, a line with no figures under it, a unit opening a line and code headers (must not fire)", () => {
    expect(letterSpacedHeadings(["", "                 2 0 2 5", "Summa intäkter     4 410"])).toBeUndefined();
    expect(letterSpacedHeadings(["", "        2 0 2 5     2 0 2 4", "Se tabellen nedan.", ""])).toBeUndefined();
    expect(letterSpacedHeadings(["", "( t k r )   E K O N O M I", ""])).toBeUndefined();
    expect(letterSpacedHeadings(["", "K  M  K  M", "12 10 9 8"])).toBeUndefined();
    expect(letterSpacedHeadings(["", "Intäkter  2 0 2 5  mot  2 0 2 4", "Summa   4 410   4 122"])).toBeUndefined();
  });
});
