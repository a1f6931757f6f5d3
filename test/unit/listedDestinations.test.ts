/** Destinations listed label first after the exits' count (the prose destination list), read only where their sum is that count. */
import { describe, expect, it } from "vitest";
import { exitsOf, extractReport } from "../support/reportFacts.ts";

const report = (sentence: string) => [
  "Verksamhetsberättelse 2025",
  "",
  "Förbundet som helhet 2025",
  "Deltagare i förbundets insatser: 203",
  sentence,
];
const exits = (sentence: string) => exitsOf(extractReport(report(sentence), "lindo", 2025));

describe("listed destinations", () => {
  it("reads each destination named before its number when the list adds up to the exits", () => {
    expect(
      exits(
        "Avslutade: 92, varav arbete 22, studier 11, aktivt arbetssökande 9, fortsatt rehabilitering 18 och annat 32.",
      ),
    ).toEqual(
      expect.arrayContaining([
        "förbundet:work=22",
        "förbundet:studies=11",
        "förbundet:job_seeker=9",
        "förbundet:continued_rehab=18",
        "förbundet:other_exit=32",
      ]),
    );
  });

  it("reads nothing where the list does not add up to the exits", () => {
    expect(
      exits(
        "Avslutade: 92, varav arbete 22, studier 11, aktivt arbetssökande 9, fortsatt rehabilitering 18 och annat 30.",
      ),
    ).toEqual([]);
  });

  it("reads nothing where an item names no destination, or two items the same", () => {
    expect(exits("Avslutade: 60, varav Steget 22, Kompassen 20 och Nova 18.")).toEqual([]);
    expect(exits("Avslutade: 60, varav arbete 22, arbete 20 och studier 18.")).toEqual([]);
  });
});
