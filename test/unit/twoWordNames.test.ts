/**
 * A sentence whose subject is an intervention's name of two words, the second in lower case as Swedish
 * writes names ("Ny start hade 40 deltagare"), is that intervention's, never the federation's
 * (`general/parseProseFigures.ts` `opensOnTwoWordName`). Made-up federation and figures.
 */
import { describe, expect, it } from "vitest";
import { countsOf, extractReport } from "../support/reportFacts.ts";

const report = (sentence: string) => [
  "Årsredovisning 2024 Samordningsförbundet Tallå",
  "",
  "Verksamhet",
  "",
  `Förbundet har under året finansierat fyra insatser. ${sentence}`,
];

describe("a two-word name as a sentence's subject", () => {
  it("keeps the intervention's count from the federation's (must fire)", () => {
    const counts = countsOf(extractReport(report("Ny start hade 46 deltagare, varav 29 kvinnor."), "talla", 2024));
    expect(counts.filter((c) => c.startsWith("förbundet:"))).toEqual([]);
  });

  it("leaves a quantifier or a genitive before a noun the federation's (must not fire)", () => {
    for (const s of [
      "Samtliga insatser hade 146 deltagare under 2024.",
      "Förbundets insatser hade 146 deltagare under 2024.",
    ])
      expect(countsOf(extractReport(report(s), "talla", 2024))).toContain("förbundet:enrolled/all=146");
  });
});
