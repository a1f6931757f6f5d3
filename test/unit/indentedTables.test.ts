/**
 * A table indented as a whole ("  Ekonomi (kronor)    Utfall 2025    Budget 2025"; `text/indentedTables.ts`):
 * must fire and must not. Documents are made up here.
 */
import { describe, expect, it } from "vitest";
import { indentedTables } from "../../loaders/extract/text/indentedTables.ts";
import { extractReport } from "../support/reportFacts.ts";
import type { AnyFact } from "../helpers.ts";

const LETTER = [
  "Samordningsförbundet Videbäcken",
  "Bilaga 2. Förbundets ekonomi 2025 (ur årsredovisningen)",
  "",
  "   Ekonomi (kronor)                  Utfall 2025      Budget 2025",
  "   Intäkter                            7 310 000        7 300 000",
  "   Kostnader                           7 402 500        7 600 000",
  "   Årets resultat                        -91 200         -300 000",
  "",
  "Med vänlig hälsning",
];

const finance = (facts: AnyFact[]) =>
  facts.filter((f) => f.table === "finance").map((f) => `${f.basis}:${f.item}=${f.amount_sek}`);

describe("a table indented as a whole", () => {
  it("takes the block's common margin away, each cell keeping its place", () => {
    const out = indentedTables(LETTER)!;
    expect(out[3]).toBe(LETTER[3]!.slice(3));
    expect(out[6]).toBe(LETTER[6]!.slice(3));
    expect(out[8]).toBe(LETTER[8]);
  });
  it("reads the outcome and the budget", () => {
    const read = finance(extractReport(LETTER, "videbacken", 2025));
    expect(read).toContain("actual:cost_operating=7402500");
    expect(read).toContain("budget:result=-300000");
    expect(read).not.toContain("actual:result=-300000");
  });
  it("leaves an indented paragraph of prose as written (must not fire)", () => {
    const prose = [
      "",
      "   Förbundet hade 2025 sammanlagt 7 310 000 kronor i intäkter.",
      "   Kostnaderna blev 7 402 500 kronor, och resultatet",
      "   blev därmed negativt.",
      "",
    ];
    expect(indentedTables(prose)).toBeUndefined();
  });
  it("leaves a table with a deeper margin than a list's (must not fire)", () => {
    expect(indentedTables(LETTER.map((l) => (l.startsWith("   ") ? `      ${l}` : l)))).toBeUndefined();
  });
  it("leaves a table at the margin as it is (must not fire)", () => {
    expect(indentedTables(LETTER.map((l) => l.trimStart()))).toBeUndefined();
  });
});
