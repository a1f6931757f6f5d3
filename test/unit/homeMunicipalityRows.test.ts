/** Rows by the participants' home municipality are places, not interventions. */
import { describe, expect, it } from "vitest";
import { parseParticipantTables } from "../../loaders/extract/general/parseParticipantTables.ts";
import { docOf, type AnyFact } from "../helpers.ts";

const table = (first: string) => [
  "Deltagare",
  "",
  `${first.padEnd(16)}Kvinnor     Män    Totalt`,
  "Åsby                  31      22        53",
  "Lervik                14      19        33",
  "Totalt                45      41        86",
];

describe("a participant table by home municipality", () => {
  it("stores the federation's total and no municipality as an intervention", () => {
    for (const first of ["Hemkommun", "Bostadskommun"]) {
      const facts = parseParticipantTables(docOf(table(first), 2024)).facts as AnyFact[];
      expect(facts.some((f) => f.intervention === "Åsby" || f.intervention === "Lervik")).toBe(false);
      expect(facts.find((f) => f.intervention === null && f.gender === "all")).toMatchObject({ value: 86 });
    }
  });
  it("still gives an intervention's row to that intervention", () => {
    const facts = parseParticipantTables(docOf(table("Insats"), 2024)).facts as AnyFact[];
    expect(facts.find((f) => f.intervention === "Åsby" && f.gender === "all")).toMatchObject({ value: 53 });
  });
});
