/**
 * A dashboard printed as text: stacked cards (label over figure) under a filter naming one year, and
 * "Mått: … Värde: …" lines, said as "Label: figure". Made-up federations and figures.
 */
import { describe, expect, it } from "vitest";
import { measureValueLines, stackedCards } from "../../loaders/extract/text/kpiCards.ts";
import { extractReport, countsOf } from "../support/reportFacts.ts";

const page = (filter: string) => [
  "Översiktspanel – Samordningsförbundet Videby",
  filter,
  "",
  "Kort",
  "Antal deltagare",
  "143",
  "Nya deltagare",
  "61",
  "Avslutade",
  "59",
  "",
];

describe("stacked dashboard cards", () => {
  it("are read under a filter naming one year and all interventions, each citing its figure's line", () => {
    const facts = extractReport(page("Filter: År = 2025 · Insats = (Alla)"), "videby", 2025);
    expect(countsOf(facts)).toEqual(
      expect.arrayContaining(["förbundet:enrolled/all=143", "förbundet:new/all=61", "förbundet:exited/all=59"]),
    );
    expect(facts.find((f) => f.table === "participant_count" && f.value === 61)?.line).toBe(8);
  });

  it("stay as written under a filter on one intervention, or with no filter at all (must not fire)", () => {
    expect(stackedCards(page("Filter: År = 2025 · Insats = Bryggan"))).toBeUndefined();
    expect(stackedCards(page("Utskrift 2026-01-10"))).toBeUndefined();
    expect(countsOf(extractReport(page("Filter: År = 2025 · Insats = Bryggan"), "videby", 2025))).toEqual([]);
  });

  it("stay as written where a block does not alternate label and figure (must not fire)", () => {
    const lines = ["Filter: År [ 2025 ▾ ]", "", "Deltagare", "143", "Nya deltagare", "text om året", ""];
    expect(stackedCards(lines)).toBeUndefined();
  });
});

describe("a measure and its value on one line", () => {
  it("is read in a run under a filter naming one year, a measure of another year or a span never", () => {
    const lines = [
      "Urval: Verksamhetsår 2025 | Alla insatser",
      "",
      "Mått: Nya deltagare 2025            Värde: 45",
      "Mått: Avslutade 2025                Värde: 39",
      "Mått: Avslutade 2024                Värde: 33",
      "Mått: Avslutade sedan start (2018–) Värde: 310",
      "",
    ];
    const facts = extractReport(["Samordningsförbundet Videby", ...lines], "videby", 2025);
    expect(countsOf(facts)).toEqual(expect.arrayContaining(["förbundet:new/all=45", "förbundet:exited/all=39"]));
    expect(countsOf(facts).filter((c) => /=(33|310)$/.test(c))).toEqual([]);
    expect(
      stackedCards(lines.map((l) => l.replace("Verksamhetsår 2025 | Alla insatser", "Insats = Bryggan"))),
    ).toBeUndefined();
  });

  it("is said as the measure's label and its value", () => {
    expect(measureValueLines(["Mått: Nya deltagare 2025        Värde: 64"])).toEqual(["Nya deltagare 2025: 64"]);
  });

  it("leaves a line with no value cell as written (must not fire)", () => {
    expect(measureValueLines(["Mått: Nya deltagare 2025", "Värde: se diagrammet"])).toBeUndefined();
  });
});
