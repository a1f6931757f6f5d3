/** A sentence dated as a whole by one earlier year: its figures are that year's. */
import { describe, expect, it } from "vitest";
import { readMoneySentence } from "../../loaders/extract/general/moneyGrammar.ts";
import { parseProseFigures } from "../../loaders/extract/general/parseProseFigures.ts";
import { datingYear, soleEarlierYear } from "../../loaders/extract/general/sentenceYear.ts";
import { isHeading, scopeByLine } from "../../loaders/extract/general/sectionScope.ts";
import { docOf, type AnyFact } from "../helpers.ts";

describe("the year that dates a sentence", () => {
  it("is the one year of a dating phrase", () => {
    expect(datingYear("Under år 2022 tog förbundet emot 61 nya deltagare.")).toBe(2022);
    expect(datingYear("2022 avslutade 40 personer sin insats.")).toBe(2022);
    expect(datingYear("Kassan var vid slutet av 2022 på 1,2 mnkr.")).toBe(2022);
    expect(datingYear("År 2022 avslutades 40 personer.")).toBe(2022);
    expect(datingYear("Eget kapital den 31 december 2022 var 1,1 mnkr.")).toBe(2022);
    // A verb of the year's events before it: "som avslutades 2022" dates those exits.
    expect(datingYear("Av de 52 som avslutades 2022 gick 17 till arbete.")).toBe(2022);
    expect(datingYear("Av dem som deltog 2022 var 40 kvinnor.")).toBe(2022);
  });
  it("is none for a verb before a year that is no event's date", () => {
    expect(datingYear("Av de 52 som avslutades efter 2022 gick 17 till arbete.")).toBeUndefined();
    expect(datingYear("Insatsen som startade 2022 hade 17 deltagare.")).toBeUndefined();
  });
  it("is none where the year is a point of comparison, a start, or one of two", () => {
    expect(datingYear("Antalet deltagare har ökat sedan 2019 till 88.")).toBeUndefined();
    expect(datingYear("Fler deltagare än 2022 fick arbete, 31 personer.")).toBeUndefined();
    expect(datingYear("Fler än år 2022 fick arbete under året, 31 personer.")).toBeUndefined();
    expect(datingYear("Under 2022 deltog 70 personer och under 2023 deltog 75.")).toBeUndefined();
    expect(datingYear("Förbundet hade 70 deltagare.")).toBeUndefined();
    // The year stands in a clause comparing with another figure, the figure before it the report's year's.
    expect(datingYear("Under året deltog 180 personer, jämfört med 150 personer under 2023.")).toBeUndefined();
    expect(datingYear("Under året deltog 180 personer (mot 150 personer under 2023).")).toBeUndefined();
  });
  it("is still the year of a sentence whose comparison clause names none", () => {
    expect(datingYear("Under 2023 deltog 180 personer, jämfört med 150 året innan.")).toBe(2023);
  });
  it("leaves the figure before a comparison clause to the report's year", () => {
    const facts = parseProseFigures(
      docOf([
        "Året i siffror",
        "",
        "Under året hade förbundets insatser 180 deltagare, jämfört med 150 deltagare under 2023.",
      ]),
    ).facts as AnyFact[];
    expect(facts.find((f) => f.value === 180)).toMatchObject({ year: 2024 });
  });
  it("dates an outcome of an earlier year only; a plan, a target or a later year never", () => {
    expect(soleEarlierYear("Under 2022 deltog 70 personer i insatserna.", 2023)).toBe(2022);
    expect(soleEarlierYear("Under 2024 ska 90 personer delta i insatserna.", 2023)).toBeUndefined();
    expect(soleEarlierYear("Målet för 2022 var 90 deltagare i insatserna.", 2023)).toBeUndefined();
    expect(soleEarlierYear("Under 2022 förväntades 90 deltagare, enligt målsättningen.", 2023)).toBeUndefined();
    expect(soleEarlierYear("Under 2023 deltog 70 personer i insatserna.", 2023)).toBeUndefined();
  });
});

describe("a plan's sentences about the year before", () => {
  const plan = [
    "Verksamhetsplan 2026",
    "",
    "Förbundets deltagare",
    "",
    "Under 2025 hade förbundets insatser 122 deltagare, varav 70 kvinnor och 52 män. Under 2025",
    "avslutade 81 deltagare sin insats.",
  ];
  it("stores the figures for the year the sentences name", () => {
    const facts = parseProseFigures(docOf(plan, 2026)).facts as AnyFact[];
    const enrolled = facts.filter((f) => f.measure === "enrolled").map((f) => [f.year, f.gender, f.value]);
    expect(enrolled).toEqual([
      [2025, "all", 122],
      [2025, "woman", 70],
      [2025, "man", 52],
    ]);
    expect(facts.find((f) => f.measure === "exited")).toMatchObject({ year: 2025, value: 81 });
    expect(facts.some((f) => f.year === 2026)).toBe(false);
  });
  it("stores nothing from a sentence comparing two years, nor a plan's own volume", () => {
    const facts = parseProseFigures(
      docOf(
        [
          "Förbundets deltagare",
          "",
          "Under 2026 planerar förbundet för 140 deltagare i insatserna. Förbundets insatser hade 122 deltagare under 2025 mot 118 under 2024.",
        ],
        2026,
      ),
    ).facts;
    expect(facts).toEqual([]);
  });
  it("reads an amount at the end of an earlier year as that year's, and a forecast not at all", () => {
    const at = (s: string) => readMoneySentence(s, 2026).figures.map((f) => [f.item, f.year, f.basis, f.sek]);
    expect(at("Det egna kapitalet uppgick vid utgången av 2025 till 1 940 tkr.")).toEqual([
      ["equity_end", 2025, "actual", 1940000],
    ]);
    expect(at("Det egna kapitalet väntas uppgå till 1 700 tkr vid utgången av 2025.")).toEqual([]);
  });
});

describe("a sentence going on about the same year as the federation's sentence before it", () => {
  const para = (second: string) =>
    (
      parseProseFigures(docOf(["Bakgrund", "", `Under 2025 hade förbundets insatser 122 deltagare. ${second}`], 2026))
        .facts as AnyFact[]
    ).filter((f) => f.measure === "exited");
  it("is the federation's too", () => {
    expect(para("Under 2025 avslutade 81 deltagare sin insats.")).toMatchObject([
      { year: 2025, value: 81, intervention: null },
    ]);
  });
  it("is not where it is dated by another year, or is about one intervention", () => {
    expect(para("Under 2024 avslutade 81 deltagare sin insats.")).toEqual([]);
    expect(para("Under 2025 avslutade 81 deltagare insatsen Språnget.")).toEqual([]);
  });
});

describe("a table's header laid out in columns", () => {
  it("is no heading, whatever its words, and names no intervention", () => {
    const doc = docOf(
      [
        "Insatser och resultat",
        "",
        "Insats          Deltagare   varav män   Avslutade   Till jobb",
        "Språnget               40          22          25           7",
        "Summa                  40          22          25           7",
      ],
      2025,
    );
    expect(isHeading(doc, 3)).toBe(false);
    expect(scopeByLine(doc)[3]!.kind).not.toBe("intervention");
  });
  it("leaves a heading naming an intervention a heading", () => {
    const doc = docOf(["", "Insats Språnget", "", "Språnget hade 40 deltagare under året."], 2025);
    expect(isHeading(doc, 2)).toBe(true);
    expect(scopeByLine(doc)[3]).toMatchObject({ kind: "intervention", name: "Språnget" });
  });
});
