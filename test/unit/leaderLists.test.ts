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

/** Indented leader rows in lower case under a leader row: the raw lines are long, yet each stands alone. */
const INDENTED = [
  "Deltagare",
  "",
  "Avslutade under året ............................................ 52",
  "   till arbete .................................................. 17",
  "   till studier .................................................. 8",
  "   till fortsatt rehabilitering ................................. 15",
  "   av annan anledning ........................................... 12",
];

describe("indented leader rows", () => {
  it("keep each label with its own number, never the row above's", () => {
    const facts = parseProseFigures(docOf(INDENTED, 2024)).facts as AnyFact[];
    const exits = facts.filter((f) => f.dimension === "exit_outcome").map((f) => [f.category, f.value, f.line]);
    expect(exits).toEqual([
      ["work", 17, 4],
      ["studies", 8, 5],
      ["continued_rehab", 15, 6],
      ["other_exit", 12, 7],
    ]);
    expect(facts.find((f) => f.measure === "exited")?.value).toBe(52);
  });
  it("do not break the wrapping of ordinary prose in lower case", () => {
    const prose = [
      "Deltagare",
      "",
      "Under året avslutade 52 deltagare sin insats hos förbundet. Av dem gick 17 till arbete och 8 till",
      "studier, medan de övriga fortsatte till annan rehabilitering.",
    ];
    const facts = parseProseFigures(docOf(prose, 2024)).facts as AnyFact[];
    const exits = facts.filter((f) => f.dimension === "exit_outcome").map((f) => [f.category, f.value]);
    expect(exits).toEqual([
      ["work", 17],
      ["studies", 8],
    ]);
  });
});
