/**
 * Tables of held-out set 8's shapes: rows of target groups under a "Målgrupp" title, and a
 * sentence restating a table's exits as its base. Made-up federations throughout.
 */
import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
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

describe("a national average beside the federation's column", () => {
  const AVERAGE = [
    "Samordningsförbundet Vallmo",
    "Nyckeltal 2024",
    "",
    "Nyckeltal 2024                     Vallmo      Snitt alla förbund",
    "Deltagare totalt                      160                     290",
    "  varav kvinnor                        90                     160",
    "  varav män                            70                     130",
    "Avslutade deltagare                    80                     150",
    "  till arbete                          20                      35",
    "  till studier                         10                      15",
    "  annat avslut                         50                     100",
    "Andel till arbete eller studier    37,5 %                  33,3 %",
    "Verksamhetens intäkter, kr      5 100 000               8 200 000",
  ];
  const vallmo = (lines: string[]) =>
    parseAnnualReport(new DocumentText("vallmo/2024-annual-report", lines, 2024)).facts as AnyFact[];

  it("reads the federation's column: counts, destinations set in under the exits, the rate, money", () => {
    const facts = vallmo(AVERAGE);
    expect(counts(facts)).toEqual(
      expect.arrayContaining([
        "förbundet:enrolled/all=160",
        "förbundet:enrolled/woman=90",
        "förbundet:enrolled/man=70",
        "förbundet:exited/all=80",
      ]),
    );
    expect(exits(facts)).toEqual(["förbundet:work=20", "förbundet:studies=10", "förbundet:other_exit=50"]);
    expect(facts.filter((f) => f.table === "indicator").map((f) => f.value)).toEqual([37.5]);
    expect(facts.filter((f) => f.table === "finance").map((f) => f.amount_sek)).toEqual([5_100_000]);
  });

  it("never stores the average column", () => {
    const average = [290, 160, 130, 150, 35, 15, 100, 33.3, 8_200_000];
    const facts = vallmo(AVERAGE);
    expect(
      facts.filter((f) => f.line > 4 && average.includes(Number(f.value ?? f.amount_sek)) && f.value !== 160),
    ).toEqual([]);
    expect(facts.filter((f) => f.table === "participant_count" && f.value === 160 && f.gender !== "all")).toEqual([]);
  });

  it("reads nothing when the only other column is not the federation's name", () => {
    const facts = vallmo(AVERAGE.map((l, i) => (i === 3 ? l.replace("Vallmo", "Kallmo") : l)));
    expect(facts.filter((f) => f.table !== "indicator" && f.line > 4)).toEqual([]);
  });
});
