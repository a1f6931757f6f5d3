/** "Nya deltagare var 97 och 88 avslutade sin insats": two clauses joined by "och", each with its own count. */
import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { parseProseFigures } from "../../loaders/extract/general/parseProseFigures.ts";

const read = (sentence: string) =>
  parseProseFigures(
    new DocumentText("alvbo/2025-annual-report", ["Verksamhetsberättelse 2025", "", sentence], 2025),
    [],
  )
    .facts.map((f) => {
      const g = f as { measure?: string; category?: string; value: number };
      return `${g.measure ?? g.category}=${g.value}`;
    })
    .sort();

describe("a labelled count, then 'och' and a count with its own measure (stop 43)", () => {
  it("reads the new and the exits each", () => {
    expect(read("Förbundets insatser hade 150 deltagare. Nya deltagare var 71 och 64 avslutade sin insats.")).toEqual(
      ["enrolled=150", "exited=64", "new=71"].sort(),
    );
  });

  it("reads nothing from two counts of one label joined by 'och' (must not fire)", () => {
    expect(read("Nya deltagare var 71 och 66 under 2024 och 2025.").filter((g) => g.startsWith("new"))).toEqual([]);
  });

  it("reads no count for a label the copula does not make a measure (must not fire)", () => {
    expect(read("Platserna var 71 och 64 avslutade sin insats.").filter((g) => g.startsWith("new"))).toEqual([]);
  });
});
