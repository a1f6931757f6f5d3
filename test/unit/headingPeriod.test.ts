import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { headingNotTheYear, headingYear } from "../../loaders/extract/general/headingPeriod.ts";
import { parseLabelledAmounts } from "../../loaders/extract/general/labelledAmounts.ts";
import { parseProseFigures } from "../../loaders/extract/general/parseProseFigures.ts";
import { parseProseFinance } from "../../loaders/extract/general/parseProseFinance.ts";
import type { AnyFact } from "../helpers.ts";

const doc = (lines: string[], year = 2024) => new DocumentText("lindmo/2024-annual-report", lines, year);
const items = (facts: readonly unknown[]) => (facts as AnyFact[]).map((f) => `${f.item}=${f.amount_sek}`);

describe("a heading that says the figures under it are not the year's outcome", () => {
  it("names a budget, a plan, a forecast or only another year (must fire)", () => {
    const under = (heading: string) =>
      headingNotTheYear(doc(["Ekonomi", "", heading, "", "Intäkterna blir 7,1 mnkr."]), 5);
    expect(under("Budget 2025")).toMatch(/budget, a plan or a forecast/);
    expect(under("Verksamhetsplan för 2025")).toMatch(/budget, a plan or a forecast/);
    expect(under("Prognos")).toMatch(/budget, a plan or a forecast/);
    expect(under("Ekonomin under 2023")).toMatch(/another year/);
  });

  it("leaves the year's own heading, a comparison with the budget and a line with no heading alone (must not fire)", () => {
    const under = (heading: string) =>
      headingNotTheYear(doc(["Ekonomi", "", heading, "", "Intäkterna var 7,1 mnkr."]), 5);
    expect(under("Ekonomin under 2024")).toBeUndefined();
    expect(under("Utfall jämfört med budget")).toBeUndefined();
    expect(under("Åren 2023 och 2024")).toBeUndefined();
    expect(headingNotTheYear(doc(["Intäkterna var 7,1 mnkr."]), 1)).toBeUndefined();
  });

  it("places a topic's sub-heading under the plan's heading right above it (must fire)", () => {
    const lines = (outer: string, between: string[]) => [
      "Ekonomi",
      "Intäkterna 2024 var 5,4 mnkr.",
      "",
      outer,
      ...between,
      "",
      "Medlemsavgifter",
      "Staten                                  2 900 000 kr",
    ];
    const intro = ["Styrelsen har beslutat om en budget med höjda avgifter."];
    expect(headingNotTheYear(doc(lines("Budget för kommande år", intro)), 8)).toMatch(
      /"Medlemsavgifter" in the section "Budget för kommande år": a budget/,
    );
    expect(headingNotTheYear(doc(lines("Verksamhetsplan", [])), 8)).toMatch(/a budget, a plan or a forecast/);
  });

  it("leaves a sub-heading under the year's heading, a followed-up budget, or past a long text alone (must not fire)", () => {
    const lines = (outer: string, between: string[]) => [
      "Ekonomi",
      "",
      outer,
      ...between,
      "",
      "Medlemsavgifter",
      "Staten                                  2 900 000 kr",
    ];
    expect(headingNotTheYear(doc(lines("Ekonomin under 2024", ["Året gick med underskott."])), 7)).toBeUndefined();
    expect(headingNotTheYear(doc(lines("Utfall jämfört med budget", ["Kostnaderna blev lägre."])), 7)).toBeUndefined();
    // Four lines of text between the two headings: the plan's section may have ended.
    const long = [
      "Budgeten är i balans.",
      "Den bygger på förra årets nivå.",
      "Inga nya insatser.",
      "Kansliet är oförändrat.",
    ];
    expect(headingNotTheYear(doc(lines("Budget 2025", long)), 10)).toBeUndefined();
    expect(headingNotTheYear(doc(lines("Budget 2025", long.slice(1))), 9)).toMatch(/a budget/);
    // A sub-heading naming the report's year is its own.
    const own = lines("Budget för kommande år", ["Styrelsen har beslutat om en budget."]).map((l) =>
      l === "Medlemsavgifter" ? "Medlemsavgifter 2024" : l,
    );
    expect(headingNotTheYear(doc(own), 7)).toBeUndefined();
  });

  it("keeps a plan's or another year's amounts out of the year's prose and labelled figures", () => {
    const plan = doc(["Ekonomi", "", "Budget 2025", "", "Intäkter 7,1 mnkr", "- Kostnader: 7,6 mnkr"]);
    expect(items(parseProseFinance(plan).facts)).toEqual([]);
    expect(items(parseLabelledAmounts(plan, []).facts)).toEqual([]);
    const year = doc(["Ekonomi", "", "Ekonomin under 2024", "", "Intäkter 7,1 mnkr", "- Kostnader: 7,6 mnkr"]);
    // Must not fire: under the year's own heading both amounts are read (by one reader or both).
    const read = new Set([...items(parseProseFinance(year).facts), ...items(parseLabelledAmounts(year, []).facts)]);
    expect([...read].sort()).toEqual(["cost_operating=7600000", "revenue_operating=7100000"]);
  });

  it("keeps another year's participant counts out of the year's, and reads the year's own (must not fire)", () => {
    const counts = (heading: string) =>
      (
        parseProseFigures(
          doc([heading, "", "Under året deltog 133 personer i förbundets insatser, varav 71 kvinnor och 62 män."]),
        ).facts as AnyFact[]
      ).map((f) => f.value);
    expect(counts("Verksamheten 2023")).toEqual([]);
    expect(counts("Verksamheten 2024")).toEqual([133, 71, 62]);
  });
});

describe("a heading that dates its section by one earlier year", () => {
  const counts = (lines: string[]) =>
    (parseProseFigures(doc(lines)).facts as AnyFact[])
      .filter((f) => f.table === "participant_count")
      .map((f) => `${f.year}:${f.measure}=${f.value}`)
      .sort();

  it("dates a sentence naming no year by a year alone or a year told in brief (must fire)", () => {
    const under = (heading: string) => headingYear(doc([heading, "", "Insatserna hade 131 deltagare."]), 3);
    expect(under("## 2022")).toBe(2022);
    expect(under("Så blev 2023")).toBe(2023);
    expect(under("**Verksamhetsåret 2023**")).toBe(2023);
    expect(under("2023 i korthet")).toBe(2023);
    expect(under("Årsredovisningen för 2023 är klar")).toBe(2023);
    expect(
      counts(["## 2022", "", "Insatserna hade 131 deltagare.", "", "## 2024", "", "Insatserna hade 162 deltagare."]),
    ).toEqual(["2022:enrolled=131", "2024:enrolled=162"]);
  });

  it("dates nothing by a comparison, a plan, a later year, the report's year or an axis label (must not fire)", () => {
    const under = (heading: string) => headingYear(doc([heading, "", "Insatserna hade 131 deltagare."]), 3);
    expect(under("Jämförelse med 2023")).toBeUndefined();
    expect(under("Budget 2023")).toBeUndefined();
    expect(under("## 2025")).toBeUndefined();
    expect(under("## 2024")).toBeUndefined();
    // A year alone between blank lines in plain text is a chart's axis label as often: no heading.
    expect(under("2023")).toBeUndefined();
    // A sentence naming the report's year under an earlier year's heading is not dated by the heading.
    expect(counts(["## 2023", "", "Under 2024 hade insatserna 162 deltagare."])).toEqual([]);
  });
});

describe("a table's column header is no heading of the text after the table (stop 43)", () => {
  const lines = (header: string) => [
    "Not 9  Förbund som kommunen är medlem i",
    "",
    header,
    "Organisation                 andel, %    ning       resultat    kapital",
    "Samordningsförbundet Älvbo      9,5      9 870         215       2 060",
    "",
    "Förbundet hade 230 deltagare under 2023.",
  ];
  const doc = (header: string) => new DocumentText("alvbo/2023-annual-report", lines(header), 2023);

  it("looks past a header of four cells over a row of figures", () => {
    const d = doc("                             Kommunens   Omsätt-    Årets       Eget");
    expect(headingNotTheYear(d, 7)).toBeUndefined();
  });

  it("still reads a heading of the member's own figures as another body's (must not fire)", () => {
    const d = new DocumentText(
      "alvbo/2023-annual-report",
      ["Kommunens ekonomi", "", "Kommunen hade 230 anställda under 2023."],
      2023,
    );
    expect(headingNotTheYear(d, 3)).toMatch(/another body/);
  });

  it("keeps a header's line that has no row of figures under it as a heading (must not fire)", () => {
    const d = new DocumentText(
      "alvbo/2023-annual-report",
      ["Kommunens   ekonomi   och   verksamhet", "", "Kommunen hade 230 anställda under 2023."],
      2023,
    );
    expect(headingNotTheYear(d, 3)).toMatch(/another body/);
  });
});
