import { describe, expect, it } from "vitest";
import { cellsOverlap, layoutCells } from "../../loaders/extract/text/layoutCells.ts";

describe("layoutCells", () => {
  it("splits a layout line at runs of two spaces or more, keeping where each cell stands", () => {
    expect(layoutCells("Nya deltagare   142  1 210")).toEqual([
      { text: "Nya deltagare", from: 0, to: 13 },
      { text: "142", from: 16, to: 19 },
      { text: "1 210", from: 21, to: 26 },
    ]);
  });
  it("never splits at a single space (a thousands group or a word gap stays in its cell)", () => {
    expect(layoutCells("  Summa kostnader 6 412 300").map((c) => c.text)).toEqual(["Summa kostnader 6 412 300"]);
  });
  it("tells cells that share width from cells side by side", () => {
    const [head] = layoutCells("      2025");
    const [under, beside] = layoutCells("    12 400        9 100");
    expect(cellsOverlap(head!, under!)).toBe(true);
    expect(cellsOverlap(head!, beside!)).toBe(false);
  });
});
