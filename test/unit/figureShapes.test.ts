/**
 * The one builder of "a figure alone" (`numbers.ts` `figureSource`, `figureAlone`), which the label
 * strips, the wrapped-cell tables, the unlabelled sums and the money arithmetic each wrote for
 * themselves: its options, and that each reader's pattern reads exactly what its own literal read.
 */
import { describe, expect, it } from "vitest";
import { figureAlone, figureSource } from "../../loaders/extract/numbers.ts";

const SAMPLES = [
  "139",
  "6 120",
  "16 189 674",
  "-184",
  "–184",
  "−1 486",
  "+96",
  "30,9",
  "-30,9",
  "30,9 %",
  "37%",
  "37 %",
  "1234",
  "12 34",
  "6  120",
  "",
  "kr",
  "1 204 kr",
  "(50)",
  "+ 96",
  "5,",
  "3 100,5 %",
];

describe("a figure alone, built by its shape", () => {
  it("reads a minus and space-grouped digits by default, never a plus, decimals or a per cent sign", () => {
    const plain = figureAlone();
    for (const t of ["139", "6 120", "16 189 674", "-184", "–184", "−1 486"]) expect(plain.test(t), t).toBe(true);
    for (const t of ["+96", "30,9", "37 %", "1234", "12 34", "6  120", "", "(50)"])
      expect(plain.test(t), t).toBe(false);
  });

  it("takes a plus, decimals and a per cent sign only where asked", () => {
    expect(figureAlone({ plus: true }).test("+96")).toBe(true);
    expect(figureAlone({ decimals: true }).test("30,9")).toBe(true);
    expect(figureAlone({ decimals: true }).test("30,9 %")).toBe(false);
    expect(figureAlone({ percent: true }).test("37 %")).toBe(true);
    expect(figureAlone({ percent: true }).test("37  %")).toBe(false);
    expect(figureAlone({ decimals: true, percent: true }).test("3 100,5 %")).toBe(true);
  });

  it("is a source to build a reader's pattern around, unanchored", () => {
    const amounts = new RegExp(figureSource(), "gu");
    expect([..."Intäkter 6 120 och −1 486 kr".matchAll(amounts)].map((m) => m[0])).toEqual(["6 120", "−1 486"]);
  });

  it("reads what each reader's own literal read (no behaviour changed)", () => {
    const was: [RegExp, RegExp][] = [
      // text/labelStrips.ts FIGURE
      [/^[-–−+]?\d{1,3}(?: \d{3})*(?:,\d+)?(?:\s?%)?$/u, figureAlone({ plus: true, decimals: true, percent: true })],
      // text/wrappedCellTables.ts FIGURE_CELL
      [/^[-–−]?\d{1,3}(?: \d{3})*(?:,\d+)?$/u, figureAlone({ decimals: true })],
      // text/unlabelledSums.ts AMOUNT (alone)
      [/^[-–−]?\d{1,3}(?: \d{3})*$/u, figureAlone()],
      // text/moneyArithmetic.ts AMOUNT (alone)
      [/^[-–−+]?\d{1,3}(?: \d{3})*$/u, figureAlone({ plus: true })],
    ];
    for (const [old, built] of was)
      for (const t of SAMPLES) expect(built.test(t), `${old} on "${t}"`).toBe(old.test(t));
  });
});
