import { describe, expect, it } from "vitest";
import { unitAt, valuesOnLine } from "../../loaders/extract/lineValues.ts";

describe("valuesOnLine: every number a cited line can be read as", () => {
  it("reads flattened columns every way they can be grouped", () => {
    expect(valuesOnLine("Summa tillgångar   4 100   4 500").sort((a, b) => a - b)).toEqual([4, 100, 500, 4100, 4500]);
    expect(valuesOnLine("Kostnader -16 189 674")).toContain(16_189_674);
    expect(valuesOnLine("Andel 41,7 %")).toContain(41.7);
    expect(valuesOnLine("Belopp 1.094.211 kr")).toContain(1_094_211);
    expect(valuesOnLine("Eget kapital\u00a03\u00a0200")).toContain(3200);
  });

  it("never makes a number a line does not hold", () => {
    expect(valuesOnLine("Nya deltagare 55 och 48 avslutade")).not.toContain(5548);
    expect(valuesOnLine("Konto 1234 567")).not.toContain(1_234_567);
    expect(valuesOnLine("Inga siffror här")).toEqual([]);
  });
});

describe("unitAt: the money unit in force on a line", () => {
  it("takes the line's own unit, else the nearest heading's, else kronor", () => {
    const lines = ["Resultaträkning (tkr)", "Intäkter 9 500", "", "Medlemsbidrag 1,2 Mkr"];
    expect(unitAt(lines, 2)).toMatchObject({ factor: 1000, line: 1 });
    expect(unitAt(lines, 4)).toMatchObject({ factor: 1_000_000, line: 4 });
    expect(unitAt(["Intäkter 9 500"], 1)).toEqual({ factor: 1, word: "kr", line: null });
  });
});
