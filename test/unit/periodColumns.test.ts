import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { parseMultiYearTables } from "../../loaders/extract/general/parseMultiYearTables.ts";
import type { AnyFact } from "../helpers.ts";

/** A made-up federation's follow-up report with a column per quarter (or tertial) and one for the year. */
const doc = (lines: string[]) => new DocumentText("granmora/2024-annual-report", lines, 2024);
const read = (lines: string[]) => {
  const out = parseMultiYearTables(doc(lines));
  return {
    counts: (out.facts as AnyFact[]).map((f) =>
      f.table === "participant_count" ? `${f.year}:${f.measure}/${f.gender}=${f.value}@${f.line}` : f.table,
    ),
    exits: (out.facts as AnyFact[]).flatMap((f) =>
      f.table === "participant_breakdown" ? [`${f.year}:${f.category}=${f.value}@${f.line}`] : [],
    ),
    rates: (out.awaiting ?? []).map((f) => (f.table === "indicator" ? `${f.year}:${f.indicator}=${f.value}` : "")),
  };
};

describe("columns per part of the year beside the whole year", () => {
  it("reads only the whole year's column as the year's", () => {
    const { counts, rates } = read([
      "1. Deltagare",
      "                               T1       T2       T3     Hela året",
      "Antal deltagare                61       70       66            98",
      "  varav kvinnor                30       38       35            51",
      "Avslutade deltagare            12       15       19            46",
      "Andel till arbete/studier (%)  33,3     40,0     31,6          34,8",
    ]);
    expect(counts).toEqual(["2024:enrolled/all=98@3", "2024:enrolled/woman=51@4", "2024:exited/all=46@5"]);
    expect(rates).toEqual(["2024:work_or_studies_rate_reported=34.8"]);
  });

  it("must not read a quarter's column as the year's when no column is the whole year", () => {
    const { counts, rates } = read([
      "1. Deltagare",
      "                               Kv 1     Kv 2     Kv 3     Kv 4",
      "Antal deltagare                 61       70       66       72",
      "Avslutade deltagare             12       15       19       20",
      "Andel till arbete/studier (%)  33,3     40,0     31,6     35,0",
    ]);
    expect(counts).toEqual([]);
    expect(rates).toEqual([]);
  });
});

describe("destination rows above the exits total of their table", () => {
  const table = (other: string) => [
    "2. Avslutade deltagare",
    "                               T1       T2       T3     Hela året",
    "Studier                         2        1        3             6",
    "Fortsatt rehabilitering         4        2        2             8",
    `Annat avslut                    1        0        1             ${other}`,
    "Summa avslutade                 7        3        6            16",
  ];

  it("stores the year's destinations when they add up to the exits total below them", () => {
    expect(read(table("2")).exits).toEqual(["2024:studies=6@3", "2024:continued_rehab=8@4", "2024:other_exit=2@5"]);
  });

  it("must not store destinations that do not add up to the exits total", () => {
    expect(read(table("3")).exits).toEqual([]);
  });
});

describe("columns of years after the report's own", () => {
  const finance = (lines: string[]) =>
    (parseMultiYearTables(doc(lines)).facts as AnyFact[]).flatMap((f) =>
      f.table === "finance" ? [`${f.year}:${f.basis}:${f.item}=${f.amount_sek}`] : [],
    );

  it("must not read a plan's years as outcomes", () => {
    expect(
      finance([
        "Verksamhetsplan med budget 2025–2027 (tkr)",
        "                              2025      2026      2027",
        "Verksamhetens intäkter       9 000     9 200     9 400",
        "Årets resultat                -400         0         0",
      ]),
    ).toEqual([]);
  });

  it("reads the report's own year and the years before it (must fire)", () => {
    expect(
      finance([
        "Flerårsöversikt (tkr)",
        "                              2024      2023      2022",
        "Verksamhetens intäkter       9 000     9 200     9 400",
      ]),
    ).toEqual([
      "2024:actual:revenue_operating=9000000",
      "2023:actual:revenue_operating=9200000",
      "2022:actual:revenue_operating=9400000",
    ]);
  });
});
