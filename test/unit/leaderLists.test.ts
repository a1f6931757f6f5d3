/** A list of figures written with dot leaders is read; a table of contents never. */
import { describe, expect, it } from "vitest";
import { pageFurniture } from "../../loaders/extract/general/pageFurniture.ts";
import { parseProseFigures } from "../../loaders/extract/general/parseProseFigures.ts";
import { docOf, type AnyFact } from "../helpers.ts";

const REPORT = [
  "Innehåll",
  "Förvaltningsberättelse .................. 3",
  "Deltagare ............................... 5",
  "Resultaträkning ......................... 9",
  "",
  "Deltagare och resultat",
  "",
  "Under året avslutade 60 deltagare sin insats.",
  "- Till arbete ........................... 18",
  "- Till studier ........................... 7",
  "- Fortsatt rehabilitering ............... 20",
  "- Annat avslut .......................... 15",
];

describe("dot-leader lines", () => {
  it("whose numbers only go up are a table of contents", () => {
    const f = pageFurniture(docOf(REPORT, 2024));
    expect([...f.leaders].sort((a, b) => a - b)).toEqual([2, 3, 4]);
  });
  it("whose numbers go down somewhere are a list of figures, read as 'label: number'", () => {
    const facts = parseProseFigures(docOf(REPORT, 2024)).facts as AnyFact[];
    const exits = facts.filter((f) => f.dimension === "exit_outcome").map((f) => [f.category, f.value]);
    expect(exits).toEqual([
      ["work", 18],
      ["studies", 7],
      ["continued_rehab", 20],
      ["other_exit", 15],
    ]);
    // The contents' page numbers are no figures.
    expect(facts.some((f) => [3, 5, 9].includes(f.value) && f.line <= 4)).toBe(false);
  });
});
