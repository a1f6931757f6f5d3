/**
 * Stop 39's cheaper first looks of two reading steps (perf39-extract): the two-digit header years'
 * lines found in one search over the whole text, and the grouped key-figure tables' look for a header
 * opening on ten spaces. A first look must never miss a line the step reads, and where it finds
 * nothing the step leaves the document as written.
 */
import { describe, expect, it } from "vitest";
import { linesWithShortYears, twoDigitYears } from "../../loaders/extract/text/twoDigitYears.ts";
import { groupedTables } from "../../loaders/extract/text/groupedTables.ts";
import { joinCellLines } from "../../loaders/extract/general/cellsPerLine.ts";

/** What the step read before: every line the pattern matches on its own. */
const SHORT_YEAR = /(?<=\s)[-–](\d\d)(?=\s|$)/;
const linesMatching = (lines: readonly string[]) => lines.flatMap((line, i) => (SHORT_YEAR.test(line) ? [i] : []));

/** A small deterministic generator: lines of cells that may or may not be two-digit years. */
function randomLines(seed: number, count: number): string[] {
  let s = seed;
  const next = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pieces = ["-25", "–24", "-2", "-256", "31/12", "Utf", "Bu", "2025", "x", " ", "  ", "\t", "-", "–", "24", ""];
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    let line = "";
    const n = Math.floor(next() * 8);
    for (let k = 0; k < n; k++) line += pieces[Math.floor(next() * pieces.length)]! + (next() < 0.6 ? " " : "");
    lines.push(line);
  }
  return lines;
}

describe("linesWithShortYears (twoDigitYears' first look)", () => {
  it("finds every line the per-line pattern matches (fires), over generated lines", () => {
    for (let seed = 1; seed <= 300; seed++) {
      const lines = randomLines(seed, 12);
      const found = new Set(linesWithShortYears(lines));
      for (const i of linesMatching(lines)) expect(found.has(i), `seed ${seed} line ${i}: ${lines[i]}`).toBe(true);
    }
  });

  it("finds a year after another line's year and at a line's end", () => {
    const lines = ["Belopp  -25", "-24  -23", "Utf -25    Bu -25    Utf -24", "slut -23"];
    expect(linesWithShortYears(lines)).toEqual([0, 1, 2, 3]);
  });

  it("finds nothing where no dash stands before two digits after white space (must not fire)", () => {
    expect(linesWithShortYears(["Intäkter  2 400  2 100", "Datum 2025-12-31", "x-25 y", "-256 -2"])).toEqual([]);
    expect(twoDigitYears(["Intäkter  2 400  2 100", "Datum 2025-12-31"], 2025)).toBeUndefined();
  });

  it("still writes out a header's years found on a later line", () => {
    const lines = ["Resultaträkning", "", "                 Utf -25    Utf -24", "Intäkter          4 200      3 900"];
    expect(twoDigitYears(lines, 2025)?.[2]).toBe("                 Utf 2025   Utf 2024");
  });
});

describe("groupedTables' first look", () => {
  it("leaves a document with no line opening on ten spaces as written (must not fire)", () => {
    expect(
      groupedTables(["Nyckeltal", "  2025  2024", "DELTAGARE", "Nya   12  10", "Avslutade  8  7"]),
    ).toBeUndefined();
  });
});

describe("joinCellLines' look for a row's label", () => {
  it("leaves page numbers under sentences as written, cleaning no line (must not fire)", () => {
    const lines = ["Året präglades av ett stabilt inflöde.", "12", "", "Förbundet hade 40 deltagare.", "13"];
    expect(joinCellLines(lines)).toBeUndefined();
  });

  it("still sets a table exported one cell per line back in columns (fires)", () => {
    const lines = ["Deltagare", "2025", "2024", "Kvinnor", "64", "58", "Män", "50", "47", "Totalt", "114", "105", ""];
    const joined = joinCellLines(lines);
    expect(joined?.lines.some((l) => /^Kvinnor\s+64\s+58$/.test(l))).toBe(true);
  });
});
