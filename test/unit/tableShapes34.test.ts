/**
 * Stop 34's table shapes (made-up federations, own words): an exit table whose header cells are
 * written in words ("Antal avslutade", "% av avslutade", "varav kvinnor"); a heading about the
 * participants' results in general ("Resultat för deltagarna") that places a table as the federation's.
 */
import { describe, expect, it } from "vitest";
import { countsOf, exitsOf, extractReport } from "../support/reportFacts.ts";

describe("an exit table's header cells written in words", () => {
  const report = (header: string, heading = "3. Resultat för deltagarna") => [
    "Samordningsförbundet Hagmyra",
    "Årsredovisning 2024",
    "",
    heading,
    "",
    header,
    "Studier                                   9               15 %              4",
    "Arbete                                   21               34 %             12",
    "Fortsatt rehabilitering                  18               30 %              8",
    "Arbetssökande                            13               21 %              5",
    "Summa                                    61              100 %             29",
  ];

  it("reads the count column and the destinations (must fire)", () => {
    const facts = extractReport(
      report("Orsak till avslut                Antal avslutade   Andel av avslutade (%)   varav kvinnor"),
      "hagmyra",
    );
    expect(exitsOf(facts).sort()).toEqual([
      "förbundet:continued_rehab=18",
      "förbundet:job_seeker=13",
      "förbundet:studies=9",
      "förbundet:work=21",
    ]);
    expect(countsOf(facts)).toContain("förbundet:exited/all=61");
    expect(countsOf(facts)).not.toContain("förbundet:exited/all=100");
  });

  it("reads nothing where one header cell names no exit column (must not fire)", () => {
    const facts = extractReport(
      report("Orsak till avslut                Antal avslutade   Snittid i insats (mån)   varav kvinnor"),
      "hagmyra",
    );
    expect(exitsOf(facts)).toEqual([]);
  });

  it("reads nothing under a heading naming one intervention (must not fire)", () => {
    const facts = extractReport(
      report("Orsak till avslut                Antal avslutade   Andel av avslutade (%)   varav kvinnor", "3. Resultat för Lotsen"),
      "hagmyra",
    );
    expect(exitsOf(facts).filter((e) => e.startsWith("förbundet:"))).toEqual([]);
  });
});
