/**
 * Rules of stop 43's lead (made-up federations and figures).
 */
import { describe, expect, it } from "vitest";
import { countsOf, extractReport } from "../support/reportFacts.ts";

/** A page listing the year member by member under bold headings, each with the same run-in leads, then the whole. */
const perMember = (withWhole: boolean) => [
  "# Samordningsförbundet Ravik – deltagare per medlem 2024",
  "",
  "Insatserna tar emot deltagare från två kommuner. Här står året kommun för kommun.",
  "",
  "**Norrvik kommun**",
  "",
  "- Deltagare: 57",
  "- Varav kvinnor: 31",
  "- Varav män: 26",
  "",
  "**Sörvik kommun**",
  "",
  "- Deltagare: 38",
  "- Varav kvinnor: 20",
  "- Varav män: 18",
  ...(withWhole ? ["", "**Förbundet totalt**", "", "- Deltagare: 95", "- Varav kvinnor: 51", "- Varav män: 44"] : []),
];

describe("a run-in participants' lead repeated section by section", () => {
  it("is never the federation's by the lead alone (must not fire: a member's women stored as everyone's)", () => {
    for (const withWhole of [true, false]) {
      const counts = countsOf(extractReport(perMember(withWhole)));
      for (const wrong of ["31", "26", "20", "18", "57", "38"])
        expect(counts.filter((c) => c.startsWith("förbundet:") && c.endsWith(`=${wrong}`))).toEqual([]);
    }
  });
  it("still reads a lead that stands once in its document (must fire)", () => {
    const counts = countsOf(
      extractReport([
        "Samordningsförbundet Ravik",
        "Anteckningar från beredningsgruppen",
        "",
        "Deltagare 2024 enligt registret: 140 inskrivna (80 kvinnor, 60 män), 45 nya.",
        "",
        "Nästa möte hålls i april.",
      ]),
    );
    expect(counts).toEqual(expect.arrayContaining(["förbundet:enrolled/all=140", "förbundet:enrolled/woman=80"]));
  });
});
