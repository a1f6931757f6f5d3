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

describe("a heading opening on 'Förbundet' before a word in lower case", () => {
  const table = (heading: string) => [
    "Samordningsförbundet Lövsjön",
    "Årsredovisning 2024",
    "",
    heading,
    "Förbundet finansierade tre insatser under året.",
    "",
    "År              2022    2023    2024",
    "Nya               41      52      60",
    "Avslutade         38      47      55",
  ];

  it("heads the federation's figures ('Förbundet och året')", () => {
    expect(countsOf(read(table("Förbundet och året"), "lovsjon"))).toEqual(
      expect.arrayContaining(["förbundet:new/all=60", "förbundet:exited/all=55"]),
    );
  });

  it("does not when 'Förbundet' is a name's first word ('Förbundet Kvarnlid') (must not fire)", () => {
    expect(countsOf(read(table("Förbundet Kvarnlid"), "lovsjon"))).toEqual([]);
  });

  it("does not when the heading names another body beside it ('Förbundet och Norrby kommun') (must not fire)", () => {
    expect(countsOf(read(table("Förbundet och Norrby kommun"), "lovsjon"))).toEqual([]);
    expect(countsOf(read(table("Förbundet i samverkan med Arbetsförmedlingen"), "lovsjon"))).toEqual([]);
  });
});
