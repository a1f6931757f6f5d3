/**
 * ", och av dem bodde 103 i Tåstrand": a closing clause saying where a part of the figures before it lives
 * names a place that is the part's, never the head's (`parseProseFigures.ts` PART_CLAUSE).
 * Must fire and must not. Documents are made up here.
 */
import { describe, expect, it } from "vitest";
import { extractReport, countsOf } from "../support/reportFacts.ts";

const report = (sentence: string) =>
  countsOf(
    extractReport(
      ["Samordningsförbundet Ängsdal", "Verksamhetsberättelse 2025", "", "Deltagare", sentence, ""],
      "angsdal",
      2025,
    ),
  );

describe("a closing clause saying where a part of them lives ('och av dem bodde …')", () => {
  it("reads the head's count and its women and men", () => {
    const read = report(
      "Förbundet hade totalt 244 deltagare 2025 (131 kvinnor, 113 män), och av dem bodde 88 i Norrvik.",
    );
    expect(read).toContain("förbundet:enrolled/all=244");
    expect(read).toContain("förbundet:enrolled/woman=131");
    expect(read.some((c) => c.endsWith("=88"))).toBe(false);
  });
  it("never reads the part's figure as the federation's when it names one intervention (must not fire)", () => {
    const read = report("Förbundet hade totalt 244 deltagare 2025, och av dem deltog 40 i insatsen Steget.");
    expect(read.some((c) => c.startsWith("förbundet:") && c.endsWith("=40"))).toBe(false);
  });
  it("leaves a head that itself names one intervention unread as the federation's (must not fire)", () => {
    const read = report("Insatsen Steget hade 61 deltagare 2025, och av dem bodde 20 i Norrvik.");
    expect(read).not.toContain("förbundet:enrolled/all=61");
  });
});

describe("a closing clause about the figures' own measures stays the sentence's (must not fire)", () => {
  it("still reads 'och av dem var 52 nya under året' as the year's new participants", () => {
    const read = report("Förbundet hade 244 deltagare 2025, och av dem var 52 nya under året.");
    expect(read).toContain("förbundet:enrolled/all=244");
    expect(read).toContain("förbundet:new/all=52");
  });
});
