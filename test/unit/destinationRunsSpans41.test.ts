/**
 * Stop 41 fixes to destinationRuns (review41 R1, R10, R11, R14, R15, R16, R24): what the narrowed reader
 * still reads. The must-NOT cases are review41's; these are the must-fire sides of each narrowing, with a
 * made-up federation (Ravik) and figures.
 */
import { describe, expect, it } from "vitest";
import type { AnyFact } from "../helpers.ts";
import { extractReport } from "../support/reportFacts.ts";

const report = (lines: string[]) =>
  extractReport(["Samordningsförbundet Ravik", "Verksamhetsberättelse 2025", "", ...lines], "ravik", 2025);
const breakdowns = (facts: AnyFact[]) =>
  facts
    .filter((f) => f.table === "participant_breakdown")
    .map((f) => `${f.year}:${f.intervention ?? "förbundet"}:${f.category}=${f.value}`);
const ROWS = [
  "Arbete                 12",
  "Studier                 5",
  "Arbetssökande           8",
  "Summa                  25",
];

describe("destinationRuns captions and labels naming the whole federation's exits of the year (must fire)", () => {
  it("a caption naming both genders is everyone's, no group", () => {
    expect(breakdowns(report(["Avslutade kvinnor och män", "", ...ROWS]))).toContain("2025:förbundet:work=12");
  });
  it("a caption whose part before the dash names the federation is the federation's", () => {
    expect(breakdowns(report(["Förbundets deltagare – avslut", "", ...ROWS]))).toContain("2025:förbundet:work=12");
  });
  it("a colon label naming the participants leads the year's list", () => {
    const got = breakdowns(
      report(["Förbundets deltagare", "", "Deltagare: Arbete 6 st, Studier 5 st, Övrigt 4 st (totalt 15 avslutade)."]),
    );
    expect(got).toContain("2025:förbundet:work=6");
  });
  it("a part after 'Av de 70 som avslutade sin insats' is read; one after 'Av kvinnorna' is not", () => {
    const lead = (s: string) => breakdowns(report(["Förbundets deltagare", "", s]));
    expect(lead("Under året avslutade 70 personer sin insats; 21 av dem gick till arbete och 8 till studier.")).toEqual(
      expect.arrayContaining(["2025:förbundet:work=21", "2025:förbundet:studies=8"]),
    );
    expect(
      lead(
        "Under året avslutade 70 personer, varav 30 kvinnor. Av kvinnorna gick 9 till arbete, 4 till studier och 6 till annan rehabilitering.",
      ),
    ).not.toContain("2025:förbundet:studies=4");
  });
});
