/**
 * Stop 36's table rules, each with a shape it reads and the nearest one it must leave alone, in made-up
 * federations' words: a cross-table's corner cell ("Rad \ Kolumn"), an exit table with no total row
 * placed by its destinations' sum.
 */
import { describe, expect, it } from "vitest";
import { blankCornerLabels } from "../../loaders/extract/text/cornerLabels.ts";
import type { AnyFact } from "../helpers.ts";
import { documentFacts } from "../support/manifestEntry.ts";

const federationFacts = (lines: string[], year = 2025) =>
  documentFacts({ federation: "myrholm", year }, lines).filter(
    (f) => (f.table === "participant_count" || f.table === "participant_breakdown") && f.intervention === null,
  );
const brief = (facts: AnyFact[]) =>
  facts
    .map((f) => `${f.year}:${f.table === "participant_count" ? `${f.measure}/${f.gender}` : f.category}=${f.value}`)
    .sort();

describe("a cross-table's corner cell naming its two dimensions", () => {
  it("is blanked space for character, every other cell kept in its column (must fire)", () => {
    const lines = ["Rad \\ Kolumn          Kvinnor   Män   Totalt", "Inskrivna under året       40    31       71"];
    const out = blankCornerLabels(lines)!;
    expect(out[0]).toBe("                      Kvinnor   Män   Totalt");
    expect(out[0]!.length).toBe(lines[0]!.length);
    expect(out[1]).toBe(lines[1]);
    // In a Markdown table, past a rule, the pipes kept.
    const md = blankCornerLabels(["| Mått \\ Kön | Kvinnor | Män |", "|---|---:|---:|", "| Nya | 12 | 9 |"])!;
    expect(md[0]).toBe("|            | Kvinnor | Män |");
  });

  it("leaves a backslash that heads no table: a path, a line with figures, no row of figures below (must not fire)", () => {
    expect(blankCornerLabels(["Filen ligger i G:\\Ekonomi\\2025   Kvinnor   Män", "Se bilagan."])).toBeUndefined();
    expect(blankCornerLabels(["Avslut \\ Kön   12   14", "Arbete   4   5"])).toBeUndefined();
    expect(blankCornerLabels(["Rad \\ Kolumn    Kvinnor    Män", "", "Svaren redovisas i bilagan."])).toBeUndefined();
    // One cell after it is no header of columns.
    expect(blankCornerLabels(["Svar \\ Kön    Alla", "Nöjd   41"])).toBeUndefined();
  });

  /** A survey tool's summary for the whole federation, its tables set apart by rules, as the probe's. */
  const survey = (destinations: string[]) => [
    "Samordningsförbundet Myrholm",
    "Uppföljningsenkät till insatserna – sammanställning för hela förbundet, verksamhetsåret 2025",
    "Källa: förbundets webbenkät. Svaren från förbundets tre insatser är summerade av kansliet.",
    "",
    "--------------------------------------------------",
    "Fråga 2. Antal deltagare 2025, summa för förbundets insatser",
    "--------------------------------------------------",
    "Rad \\ Kolumn            Kvinnor    Män    Totalt",
    "Inskrivna under året        52      47        99",
    "Nya under året              30      21        51",
    "Avslutade under året        27      22        49",
    "",
    "--------------------------------------------------",
    "Fråga 3. Avslutade deltagare 2025 efter vart de gick",
    "--------------------------------------------------",
    "Avslut \\ Kön             Kvinnor    Män    Totalt",
    ...destinations,
  ];
  const DESTINATIONS = [
    "Arbete                         9       8        17",
    "Studier                        5       3         8",
    "Fortsatt rehabilitering        8       6        14",
    "Annat                          5       5        10",
  ];

  it("lets the survey's cross-tables read as the federation's, the exit table by its destinations' sum (must fire)", () => {
    expect(brief(federationFacts(survey(DESTINATIONS)))).toEqual(
      [
        "2025:enrolled/all=99",
        "2025:enrolled/woman=52",
        "2025:enrolled/man=47",
        "2025:new/all=51",
        "2025:new/woman=30",
        "2025:new/man=21",
        "2025:exited/all=49",
        "2025:exited/woman=27",
        "2025:exited/man=22",
        "2025:work=17",
        "2025:studies=8",
        "2025:continued_rehab=14",
        "2025:other_exit=10",
      ].sort(),
    );
  });

  it("places an exit table with no total row only where its destinations add up to the year's exits (must not fire)", () => {
    // 17 + 8 + 10 = 35, not the 49 exits: whose these are is unknown.
    const facts = brief(federationFacts(survey(DESTINATIONS.filter((d) => !d.startsWith("Fortsatt")))));
    expect(facts.filter((f) => !f.includes("/"))).toEqual([]);
    expect(facts).toContain("2025:exited/all=49");
  });
});
