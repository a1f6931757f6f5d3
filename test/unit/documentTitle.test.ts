/**
 * The federation a document's title names is the document's own, however the federation's id is
 * spelt (a new user picks the id); a heading naming another federation further down is not.
 */
import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { parseAnnualReport } from "../../loaders/extract/templates/kalmar/parseAnnualReport.ts";
import { countsOf } from "../support/reportFacts.ts";
import type { AnyFact } from "../helpers.ts";

const read = (lines: string[], id = "sf-lovsjon-2") =>
  parseAnnualReport(new DocumentText(`${id}/2024-annual-report`, lines, 2024)).facts as AnyFact[];

describe("the title's federation", () => {
  it("is the document's own: its figures are read whatever the id", () => {
    const facts = read([
      "Samordningsförbundet Lövsjön",
      "Verksamhetsberättelse 2024",
      "",
      "Under året deltog 131 personer i förbundets insatser.",
    ]);
    expect(countsOf(facts)).toContain("förbundet:enrolled/all=131");
  });

  it("does not make a later heading naming another federation ours (must not fire)", () => {
    const facts = read(
      [
        "Samordningsförbundet Lövsjön",
        "Verksamhetsberättelse 2024",
        "",
        "Under året deltog 131 personer i förbundets insatser.",
        "",
        "Samordningsförbundet Kvarnlid",
        "",
        "Under året deltog 77 personer i förbundets insatser.",
      ],
      "lovsjon",
    );
    expect(countsOf(facts)).toContain("förbundet:enrolled/all=131");
    expect(facts.filter((f) => f.value === 77)).toEqual([]);
  });
});
