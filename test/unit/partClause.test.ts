/**
 * "… 77 deltagare och av dem påbörjade 35 …": the verb after "och av dem" is the part's, never the count's
 * before it (`general/figureGrammar.ts` `after`). Made-up federation and figures.
 */
import { describe, expect, it } from "vitest";
import { countsOf, extractReport } from "../support/reportFacts.ts";

const report = (sentence: string) => ["Årsberättelse 2024 Samordningsförbundet Ekvik", "", "Deltagare", "", sentence];

describe("a part's clause after a count", () => {
  it("gives its verb to the part, not to the count before it (must fire)", () => {
    const counts = countsOf(
      extractReport(
        report(
          "Förbundets insatser hade under 2024 sammanlagt 77 deltagare och av dem påbörjade 35 sin insats under året.",
        ),
        "ekvik",
        2024,
      ),
    );
    expect(counts).not.toContain("förbundet:new/all=77");
  });

  it("leaves a count whose own clause names its measure as read (must not fire)", () => {
    const counts = countsOf(
      extractReport(report("Under 2024 påbörjade 42 personer en insats och av dem var 20 kvinnor."), "ekvik", 2024),
    );
    expect(counts).toContain("förbundet:new/all=42");
  });
});
