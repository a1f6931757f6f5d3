/**
 * Stop 45's fixes to review45's R4–R7: each narrowed rule with a made-up shape it must still read and the near
 * miss it must now leave alone. Made-up federations, interventions and figures, own words.
 */
import { describe, expect, it } from "vitest";
import { isChangeNote } from "../../loaders/extract/text/changeParentheses.ts";
import { measureThenCount } from "../../loaders/extract/text/measureThenCount.ts";
import { scopeByLine } from "../../loaders/extract/general/sectionScope.ts";
import { docOf } from "../helpers.ts";

/** The scope the list under a lead stands in: "federation@5" where the lead (line 5) scoped it. */
const listScope = (lead: string) => {
  const lines = [
    "Samordningsförbundet Ravik",
    "Årsredovisning 2024",
    "",
    "Nyheter",
    lead,
    "",
    "- 73 personer deltog",
    "",
  ];
  const scope = scopeByLine(docOf(lines, 2024))[6]!;
  return `${scope.kind}@${scope.line}`;
};

describe("a lead saying what the federation's report shows (OWN_REPORT_SHOWS)", () => {
  it("scopes the list where the verb stands in the report's own sentence (must fire)", () => {
    expect(listScope("Samordningsförbundets årsredovisning 2024 är klar, och där framgår att:")).toBe("federation@5");
  });
  it("scopes the list where the next sentence opens with a pronoun (must fire)", () => {
    expect(listScope("Förbundets verksamhetsberättelse för 2024 finns nu. Där står att:")).toBe("federation@5");
  });
  it("leaves the list unscoped where a named one stands between the report and the verb", () => {
    expect(listScope("Förbundets årsredovisning för 2024 finns nu. Om Bryggan visar den att:")).not.toBe(
      "federation@5",
    );
  });
  it("leaves the list unscoped where the verb stands two sentences on", () => {
    expect(listScope("Förbundets årsredovisning för 2024 finns nu. Den är lång. Av den framgår att:")).not.toBe(
      "federation@5",
    );
  });
});

describe("a lead's count after its word, turned round (measureThenCount)", () => {
  const turned = (line: string) => (measureThenCount([line]) ?? [line])[0];
  it("turns the plain pairs round, a bracket with no words after one too (must fire)", () => {
    expect(turned("Deltagare 2024: kvinnor 120, män 81.")).toBe("Deltagare 2024: 120 kvinnor, 81 män.");
    expect(turned("Deltagare 2024: nya 64 (70).")).toBe("Deltagare 2024: 64 nya (70).");
  });
  it("leaves a ratio's numerator as written", () => {
    expect(turned("Deltagare 2024: män 4 av 10, kvinnor 3 av tio.")).toBe(
      "Deltagare 2024: män 4 av 10, kvinnor 3 av tio.",
    );
  });
  it("leaves a count its parts' bracket follows as written, and turns the rest", () => {
    expect(turned("Deltagare 2024: nya 64, avslutade 51 (till studier 12, arbete 8).")).toBe(
      "Deltagare 2024: 64 nya, avslutade 51 (till studier 12, arbete 8).",
    );
  });
});

describe("a note on what the parentheses hold (isChangeNote)", () => {
  it("takes a note naming the change in the parentheses' clause (must fire)", () => {
    expect(isChangeNote("Inom parentes anges förändringen jämfört med värdet för 2023.")).toBe(true);
    expect(isChangeNote("Siffran inom parentes visar skillnaden mot föregående år.")).toBe(true);
  });
  it("takes no note whose parentheses' clause holds a year's figures for a change note", () => {
    expect(isChangeNote("Inom parentes står siffrorna för 2023, skillnaden i procent i sista kolumnen.")).toBe(false);
    expect(isChangeNote("Inom parentes utfallet för föregående år; förändringen redovisas i not 3.")).toBe(false);
  });
});
