/**
 * A slide deck exported to text: "Bild n" over each slide's title, the slide's number "7/10" at
 * its foot. The number ends a slide's list of amounts; a slide's title is a heading.
 */
import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { parseLabelledAmounts } from "../../loaders/extract/general/labelledAmounts.ts";
import { parseMemberContributions } from "../../loaders/extract/general/parseMemberContributions.ts";
import { parseMultiYearTables } from "../../loaders/extract/general/parseMultiYearTables.ts";
import { parseChartExitPairs } from "../../loaders/extract/general/chartExitPairs.ts";
import type { AnyFact } from "../helpers.ts";

const doc = (lines: string[]) => new DocumentText("ekeby/2024-annual-report", lines, 2024);
const deck = (economy: string[]) => [
  "Bild 1",
  "Samordningsförbundet Ekeby",
  "",
  "Bild 6",
  "Ekonomi 2024 (tkr)",
  ...economy,
  "                                                                    6/9",
  "",
  "Bild 7",
  "Medlemmarnas bidrag 2024 (tkr)",
  "Staten (FK + AF)    2 800",
  "Region Ekeby        1 400",
  "Lunda kommun        1 400",
  "                                                                    7/9",
  "",
  "Bild 8",
  "Frågor?",
  "                                                                    8/9",
];

describe("a slide deck's lists of amounts", () => {
  it("reads the economy slide's label-amount lines, closed by the slide's number", () => {
    const facts = parseLabelledAmounts(
      doc(deck(["Intäkter            5 600", "Kostnader           5 710", "Årets resultat       -110"])),
      [],
    ).facts as AnyFact[];
    expect(facts.map((f) => `${f.item}=${f.amount_sek}`)).toEqual([
      "revenue_operating=5600000",
      "cost_operating=5710000",
      "result=-110000",
    ]);
  });

  it("must not read the economy slide where revenue − costs is not its result", () => {
    const facts = parseLabelledAmounts(
      doc(deck(["Intäkter            5 600", "Kostnader           5 710", "Årets resultat        150"])),
      [],
    ).facts as AnyFact[];
    expect(facts.filter((f) => f.item === "result")).toEqual([]);
  });

  it("reads the members' slide, the state written 'Staten (FK + AF)', and never a later slide's number as a member", () => {
    const facts = parseMemberContributions(doc(deck([])), [], []).facts as AnyFact[];
    expect(facts.map((f) => `${f.member}=${f.amount_sek}`)).toEqual([
      "Staten (FK + AF)=2800000",
      "Region Ekeby=1400000",
      "Lunda kommun=1400000",
    ]);
  });
});

describe("a chart's data on a slide: the years on one line, the values on the next", () => {
  const chart = (caption: string, extra: string[] = []) => [
    "Bild 4",
    "Deltagare 2021–2024",
    caption,
    "2021    2022    2023    2024",
    "112     130     151     167",
    ...extra,
    "                                                                    4/9",
  ];
  const counts = (lines: string[]) =>
    (parseMultiYearTables(doc(lines)).facts as AnyFact[]).map(
      (f) => `${f.intervention}:${f.year}:${f.measure}=${f.value}`,
    );

  it("reads the one series under the years, named by the chart's caption", () => {
    expect(counts(chart("[Diagram: Antal deltagare i individinsatser]"))).toEqual([
      "null:2021:enrolled=112",
      "null:2022:enrolled=130",
      "null:2023:enrolled=151",
      "null:2024:enrolled=167",
    ]);
  });

  it("must not read values without a caption naming them, nor two series under one row of years", () => {
    expect(counts(chart("Utvecklingen över tid"))).toEqual([]);
    expect(counts(chart("[Diagram: Antal deltagare i individinsatser]", ["98      121     140     150"]))).toEqual([]);
  });
});

describe("a chart's exits by destination run along one line under its title and base", () => {
  const slide = (title: string, pairs: string) => [
    "Bild 5",
    title,
    "[Diagram: Avslut efter orsak]",
    pairs,
    "Till arbete eller studier: 40 %",
    "                                                                    5/9",
  ];
  const read = (lines: string[]) => {
    const out = parseChartExitPairs(doc(lines));
    return [
      ...(out.facts as AnyFact[]).map((f) =>
        f.table === "participant_count" ? `${f.intervention}:exited=${f.value}` : `${f.category}=${f.value}`,
      ),
      ...((out.awaiting ?? []) as AnyFact[]).map((f) => `${f.scope}:rate=${f.value}`),
    ];
  };

  it("reads the base as the exits and each pair as a destination where they add up", () => {
    expect(
      read(
        slide("Vart gick de som avslutade 2024? (n = 50)", "Arbete 14    Studier 6    Arbetssökande 10    Övrigt 20"),
      ),
    ).toEqual(["null:exited=50", "work=14", "studies=6", "job_seeker=10", "other_exit=20", "federation:rate=40"]);
  });

  it("must not read pairs that do not add up to the base, another year's chart, or a chart with no base", () => {
    const pairs = "Arbete 14    Studier 6    Arbetssökande 10    Övrigt 20";
    expect(read(slide("Vart gick de som avslutade 2024? (n = 55)", pairs))).toEqual([]);
    expect(read(slide("Vart gick de som avslutade 2023? (n = 50)", pairs))).toEqual([]);
    expect(read(slide("Vart gick de som avslutade 2024?", pairs))).toEqual([]);
  });
});
