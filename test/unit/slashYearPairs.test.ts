import { describe, expect, it } from "vitest";
import { slashYearPairs } from "../../loaders/extract/text/slashYearPairs.ts";
import { extractDocumentLines } from "../support/manifestEntry.ts";

const block = (legend: string) => [
  "Ekonomi",
  legend,
  "Intäkter                      6 420 / 6 180",
  "Kostnader                     6 705 / 6 010",
  "Årets resultat                 –285 / +170",
  "",
  "Styrelsen har haft sex möten.",
];

describe("two years' figures set apart by a slash", () => {
  it("sets the block under 'Belopp i tkr, utfall 2024 / utfall 2023' in year columns", () => {
    const out = slashYearPairs(block("Belopp i tkr, utfall 2024 / utfall 2023"))!;
    expect(out[1]!.split(/\s{2,}/)).toEqual(["Belopp i tkr", "2024", "2023"]);
    expect(out[2]!.split(/\s{2,}/)).toEqual(["Intäkter", "6 420", "6 180"]);
    expect(out[4]!.split(/\s{2,}/)).toEqual(["Årets resultat", "-285", "170"]);
    expect(out[6]).toBe("Styrelsen har haft sex möten.");
  });

  it("reads the years' figures and quotes the document's own line", () => {
    const facts = extractDocumentLines(
      { federation: "granby" },
      block("Belopp i tkr, utfall 2024 / utfall 2023"),
    ).facts;
    const result = facts.filter((f) => f.table === "finance" && f.item === "result");
    expect(result).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ year: 2024, amount_sek: -285000, text: "Årets resultat –285 / +170" }),
        expect.objectContaining({ year: 2023, amount_sek: 170000 }),
      ]),
    );
  });

  it("leaves pairs with no legend, a budget's legend, or one year twice as written", () => {
    expect(slashYearPairs(block("Belopp i tkr"))).toBeUndefined();
    expect(slashYearPairs(block("Belopp i tkr, budget 2025 / utfall 2024"))).toBeUndefined();
    expect(slashYearPairs(block("Belopp i tkr, budget 2024 / 2024"))).toBeUndefined();
  });

  it("leaves a block with a line that is no pair ('Medlemsavgifter 3 800') as written", () => {
    const lines = block("Belopp i tkr, 2024 / 2023");
    lines.splice(3, 0, "Medlemsavgifter               3 800");
    expect(slashYearPairs(lines)).toBeUndefined();
  });
});
