/** A chart's data labels exported to text: each cell's figure stored only where its caption and sums say whose it is. */
import { describe, expect, it } from "vitest";
import { parseChartLabels } from "../../loaders/extract/general/chartLabels.ts";
import type { FactInput } from "../../loaders/schema/facts.ts";
import { docOf } from "../helpers.ts";

const read = (lines: string[], before: FactInput[] = [], year = 2024) =>
  parseChartLabels(docOf(lines, year), before).facts as (FactInput & Record<string, unknown>)[];
const brief = (fs: ReturnType<typeof read>) =>
  fs.map((f) => [
    f.table,
    f.year,
    f.measure ?? f.item ?? f.category ?? f.member,
    f.gender ?? f.basis ?? "",
    f.value ?? f.amount_sek,
  ]);

describe("chart data labels", () => {
  it("reads a series of years under its caption as each year's count", () => {
    const facts = read(["Rapport", "", "Figur 2. Antal nya deltagare per år", "2022: 61 | 2023: 70 | 2024: 75"]);
    expect(brief(facts)).toEqual([
      ["participant_count", 2022, "new", "all", 61],
      ["participant_count", 2023, "new", "all", 70],
      ["participant_count", 2024, "new", "all", 75],
    ]);
  });

  it("reads a money series only in the caption's unit", () => {
    const lines = ["Rapport", "", "Diagram 5. Intäkter per år (mnkr)", "Värden: 2023: 4 | 2024: 5"];
    expect(brief(read(lines))).toEqual([
      ["finance", 2023, "revenue_operating", "actual", 4_000_000],
      ["finance", 2024, "revenue_operating", "actual", 5_000_000],
    ]);
    expect(read(["Rapport", "", "Diagram 5. Intäkter per år", "2023: 4 100 | 2024: 5 020"])).toEqual([]);
  });

  it("reads a line chart's points", () => {
    const facts = read(["Rapport", "", "Graf 1. Avslutade deltagare per år", "(2023; 40) (2024; 44)"]);
    expect(brief(facts)).toEqual([
      ["participant_count", 2023, "exited", "all", 40],
      ["participant_count", 2024, "exited", "all", 44],
    ]);
  });

  it("stores nothing for a caption naming an intervention, a ratio, a target or a later year", () => {
    for (const caption of [
      "Figur 4. Deltagare i Språngbrädan per år",
      "Figur 4. Kostnad per deltagare och år (kr)",
      "Figur 4. Deltagare, mål och utfall",
      "Figur 4. Andel till arbete per år",
    ])
      expect(read(["Rapport", "", caption, "2023: 40 | 2024: 44"])).toEqual([]);
    expect(read(["Rapport", "", "Figur 4. Deltagare per år", "2024: 40 | 2025: 44"])).toEqual([]);
  });

  it("stores no point a table of the document gives otherwise", () => {
    const table: FactInput = {
      table: "participant_count",
      intervention: null,
      year: 2024,
      measure: "new",
      gender: "all",
      value: 80,
      line: 9,
      text: "Nya  80",
      section: "general:participant_table",
      approximate: false,
      confirmed_by: [],
    };
    expect(read(["Rapport", "", "Figur 2. Antal nya deltagare per år", "2023: 70 | 2024: 75"], [table])).toEqual([]);
  });

  it("splits the caption's year by gender only where the split adds up to that year's total", () => {
    const lines = [
      "Rapport",
      "Figur 1. Deltagare per år",
      "2023: 90 | 2024: 101",
      "Figur 2. Deltagare 2024 efter kön",
      "Kvinnor: 55 | Män: 46",
    ];
    expect(brief(read(lines)).filter((f) => f[3] !== "all")).toEqual([
      ["participant_count", 2024, "enrolled", "woman", 55],
      ["participant_count", 2024, "enrolled", "man", 46],
    ]);
    const off = [...lines.slice(0, 4), "Kvinnor: 55 | Män: 47"];
    expect(brief(read(off)).filter((f) => f[3] !== "all")).toEqual([]);
  });

  it("reads a pie's destinations with their counts, never their shares, where the slices are the whole", () => {
    const lines = [
      "Rapport",
      "",
      "Diagram 3. Avslutade 2024 efter vad de gick vidare till",
      "Arbete 40 % (20) · Studier 20 % (10) · Övrigt 40 % (20)",
    ];
    expect(brief(read(lines))).toEqual([
      ["participant_breakdown", 2024, "work", "", 20],
      ["participant_breakdown", 2024, "studies", "", 10],
      ["participant_breakdown", 2024, "other_exit", "", 20],
    ]);
    // Shares that are not the counts over their sum: the slices are not the whole pie.
    const off = [
      "Rapport",
      "",
      "Diagram 3. Avslutade 2024 efter vad de gick vidare till",
      "Arbete 30 % (20) · Studier 20 % (10) · Övrigt 50 % (20)",
    ];
    expect(read(off)).toEqual([]);
  });

  it("reads members' slices only where the state's is the others' together", () => {
    const lines = [
      "Rapport",
      "",
      "Diagram 6. Medlemsbidrag 2024 (tkr)",
      "Staten 3 000 (50 %) | Region Lindå 1 500 (25 %) |",
      "Lindby kommun 1 500 (25 %)",
    ];
    expect(brief(read(lines))).toEqual([
      ["member_contribution", 2024, "Staten", "actual", 3_000_000],
      ["member_contribution", 2024, "Region Lindå", "actual", 1_500_000],
      ["member_contribution", 2024, "Lindby kommun", "actual", 1_500_000],
    ]);
    expect(read(lines).map((f) => f.line)).toEqual([4, 4, 5]);
    const off = [
      "Rapport",
      "",
      "Diagram 6. Medlemsbidrag 2024 (tkr)",
      "Staten 3 000 (50 %) | Region Lindå 1 500 (25 %) | Lindby kommun 1 400 (25 %)",
    ];
    expect(read(off)).toEqual([]);
  });

  it("reads a flow's new and exits only where the stocks roll", () => {
    const lines = [
      "Rapport",
      "",
      "Diagram 2. Flödet 2024",
      "Noder: Inskrivna 1 jan (50) · Nya 2024 (60) · Avslutade 2024 (55) · Kvar 31 dec (55)",
    ];
    expect(brief(read(lines))).toEqual([
      ["participant_count", 2024, "new", "all", 60],
      ["participant_count", 2024, "exited", "all", 55],
    ]);
    const off = [
      ...lines.slice(0, 3),
      "Noder: Inskrivna 1 jan (50) · Nya 2024 (60) · Avslutade 2024 (55) · Kvar 31 dec (54)",
    ];
    expect(read(off)).toEqual([]);
  });

  it("reads a flow's links from the exits to destinations only where they add up to the exits", () => {
    const head = [
      "Rapport",
      "",
      "Diagram 2. Flödet 2024",
      "Noder: Inskrivna 1 jan (50) · Nya 2024 (60) · Avslutade 2024 (55) · Kvar 31 dec (55)",
    ];
    const links = [
      "Avslutade 2024 → Arbete ....... 20",
      "Avslutade 2024 → Studier ...... 10",
      "Avslutade 2024 → Övrigt ....... 25",
    ];
    expect(brief(read([...head, ...links])).filter((f) => f[0] === "participant_breakdown")).toEqual([
      ["participant_breakdown", 2024, "work", "", 20],
      ["participant_breakdown", 2024, "studies", "", 10],
      ["participant_breakdown", 2024, "other_exit", "", 25],
    ]);
    const short = [...head, ...links.slice(0, 2), "Avslutade 2024 → Övrigt ....... 24"];
    expect(brief(read(short)).filter((f) => f[0] === "participant_breakdown")).toEqual([]);
  });

  it("reads no line in an intervention's section", () => {
    const lines = [
      "Rapport",
      "Insatsens namn: Vägvalet",
      "",
      "Figur 2. Antal nya deltagare per år",
      "2023: 20 | 2024: 25",
    ];
    expect(read(lines)).toEqual([]);
  });
});
