/**
 * Tables of held-out set 8's shapes: rows of target groups under a "Målgrupp" title, and a
 * sentence restating a table's exits as its base. Made-up federations throughout.
 */
import { describe, expect, it } from "vitest";
import { parseAnnualReport } from "../../loaders/extract/templates/kalmar/parseAnnualReport.ts";
import { docOf, type AnyFact } from "../helpers.ts";

const read = (lines: string[], year = 2024) => parseAnnualReport(docOf(lines, year)).facts as AnyFact[];
const counts = (facts: AnyFact[]) =>
  facts
    .filter((f) => f.table === "participant_count")
    .map((f) => `${f.intervention ?? "förbundet"}:${f.measure}/${f.gender}=${f.value}`);
const exits = (facts: AnyFact[]) =>
  facts
    .filter((f) => f.table === "participant_breakdown")
    .map((f) => `${f.intervention ?? "förbundet"}:${f.category}=${f.value}`);

const GROUPS = [
  "Samordningsförbundet Vallmo",
  "Verksamhetsberättelse 2024",
  "",
  "Deltagare fördelade på målgrupp",
  "",
  "Målgrupp                Deltagare   Kvinnor   Män   Avslutade",
  "Unga vuxna                     52        30    22          21",
  "Nyanlända                      40        18    22          17",
  "Totalt                         92        48    44          38",
  "",
  "Av de 38 deltagare som avslutades gick 9 till arbete och 6 till studier.",
];

describe("a table of target groups", () => {
  it("reads the Totalt row; no group is stored, as an intervention or as the whole", () => {
    const facts = read(GROUPS);
    expect(counts(facts)).toEqual(
      expect.arrayContaining([
        "förbundet:enrolled/all=92",
        "förbundet:enrolled/woman=48",
        "förbundet:enrolled/man=44",
        "förbundet:exited/all=38",
      ]),
    );
    expect(
      facts.filter((f) => f.table === "participant_count" && [52, 40, 30, 18, 22, 21, 17].includes(f.value)),
    ).toEqual([]);
    expect(facts.filter((f) => f.intervention !== undefined && f.intervention !== null)).toEqual([]);
  });

  it("keeps rows under an intervention title as interventions", () => {
    const facts = read(GROUPS.map((l) => l.replace("Målgrupp  ", "Insats    ")));
    expect(counts(facts)).toEqual(expect.arrayContaining(["Unga vuxna:enrolled/all=52", "Nyanlända:exited/all=17"]));
  });
});

describe("a sentence restating the table's exits as its base", () => {
  it("is about the federation: its destinations are the federation's", () => {
    expect(exits(read(GROUPS))).toEqual(["förbundet:work=9", "förbundet:studies=6"]);
  });

  it("is not when its count is not the table's federation exits", () => {
    const facts = read(GROUPS.map((l) => l.replace("Av de 38 deltagare", "Av de 35 deltagare")));
    expect(exits(facts)).toEqual([]);
  });

  it("is not when the count is also an intervention's exits", () => {
    const lines = GROUPS.map((l) =>
      l
        .replace("Målgrupp  ", "Insats    ")
        .replace("Av de 38 deltagare", "Av de 17 deltagare")
        .replace(
          "Totalt                         92        48    44          38",
          "Totalt                         92        48    44          17",
        )
        .replace(
          "Unga vuxna                     52        30    22          21",
          "Unga vuxna                     52        30    22           0",
        ),
    );
    expect(exits(read(lines)).filter((e) => e.startsWith("förbundet"))).toEqual([]);
  });
});
