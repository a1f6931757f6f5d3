/**
 * Held-out set 10's prose shapes, in our own words (made-up federations): a sentence that names the
 * interventions it means ("I de insatser förbundet finansierar …") under a heading that says nothing
 * of whose the lines are, and the exits that follow it opening on their count ("Av 96 deltagare som
 * skrevs ut …").
 */
import { describe, expect, it } from "vitest";
import { readSentence } from "../../loaders/extract/general/figureGrammar.ts";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { readMoneySentence } from "../../loaders/extract/general/moneyGrammar.ts";
import { parseProseFigures } from "../../loaders/extract/general/parseProseFigures.ts";
import { parseMultiYearTables } from "../../loaders/extract/general/parseMultiYearTables.ts";

const read = (lines: string[]) =>
  parseProseFigures(new DocumentText("tallmo/2024-annual-report", lines, 2024)).facts.map((f) =>
    f.table === "participant_count"
      ? `${f.measure}/${f.gender}=${f.value}`
      : f.table === "participant_breakdown"
        ? `${f.category}=${f.value}`
        : f.table,
  );

describe("prose under a heading that names no one (set 10)", () => {
  it("reads 'I de insatser förbundet finansierar …' as the federation's, with its gender split", () => {
    expect(
      read([
        "Utdrag ur förbundets rapport",
        "I de insatser som förbundet finansierar deltog 205 personer under året, 110 kvinnor och 95 män.",
      ]),
    ).toEqual(["enrolled/all=205", "enrolled/woman=110", "enrolled/man=95"]);
  });

  it("keeps a real pointer back ('Av dem …') with the intervention the sentence before named", () => {
    const facts = read(["Kort om året", "Bron hade 40 deltagare under året.", "Av dem gick 12 till arbete."]);
    expect(facts).not.toContain("work=12");
  });

  it("carries the federation to exits that open on their count right after", () => {
    expect(
      read([
        "Utdrag ur förbundets rapport",
        "I de insatser förbundet finansierar var 205 personer inskrivna under året.",
        "Av 96 deltagare som skrevs ut gick 22 till arbete och 9 till studier.",
      ]),
    ).toEqual(["enrolled/all=205", "exited/all=96", "work=22", "studies=9"]);
  });

  it("does not carry it when the opening count is about a member's residents or the paragraph is new", () => {
    expect(
      read([
        "Utdrag ur förbundets rapport",
        "I de insatser förbundet finansierar var 205 personer inskrivna under året.",
        "Av 96 deltagare från Tallby gick 22 till arbete.",
      ]),
    ).toEqual(["enrolled/all=205"]);
    expect(
      read(["Utdrag ur rapporten", "", "Av 96 deltagare som skrevs ut gick 22 till arbete och 9 till studier."]),
    ).toEqual([]);
  });
});

describe("easy Swedish (set 10)", () => {
  it("reads 'av oss' as the federation, 'slutade hos oss' as exits and 'N av dem var kvinnor' as a split", () => {
    expect(
      read([
        "Hur många fick hjälp?",
        "Under 2024 fick etthundratjugo personer stöd av oss.",
        "Sjuttio av dem var kvinnor.",
        "Femtio av dem var män.",
        "Fyrtiotre personer slutade hos oss under året.",
      ]),
    ).toEqual(["enrolled/all=120", "enrolled/woman=70", "enrolled/man=50", "exited/all=43"]);
  });

  it("does not split a count by a gender larger than it, nor read 'slutade' alone as an exit", () => {
    expect(read(["Hur många?", "Under 2024 fick tjugo personer stöd av oss.", "Trettio av dem var kvinnor."])).toEqual([
      "enrolled/all=20",
    ]);
    expect(read(["Hur många?", "Tolv personer slutade sina studier under 2024."])).toEqual([]);
  });
});

describe("brackets beside an amount in running text (set 10)", () => {
  const money = (sentence: string) =>
    readMoneySentence(sentence, 2024).figures.map((f) => `${f.item}/${f.basis}/${f.year}=${f.sek}`);

  it("reads '(N tkr ett år tidigare)' as the year before, after the balance date", () => {
    expect(money("Eget kapital uppgick till 2 140 tkr den 31 december 2024 (1 870 tkr ett år tidigare).")).toEqual([
      "equity_end/actual/2024=2140000",
      "equity_end/actual/2023=1870000",
    ]);
  });

  it("reads the budget bracket after 'vilket var planerat'", () => {
    expect(
      money("Året slutade med ett underskott på 310 tkr, vilket var planerat (budgeterat underskott 400 tkr)."),
    ).toEqual(["result/actual/2024=-310000", "result/budget/2024=-400000"]);
  });

  it("reads no bracket after another balance date or another remark", () => {
    expect(
      money("Eget kapital uppgick till 2 140 tkr den 31 december 2023 (1 870 tkr ett år tidigare)."),
    ).not.toContain("equity_end/actual/2023=1870000");
    expect(
      money("Året slutade med ett underskott på 310 tkr, vilket var sämre än väntat (budgeterat underskott 400 tkr)."),
    ).not.toContain("result/budget/2024=-400000");
  });
});

describe("a money overview titled 'i sammandrag' (set 10)", () => {
  const table = (title: string) =>
    parseMultiYearTables(
      new DocumentText(
        "tallmo/2024-annual-report",
        [
          "4. Ekonomi",
          `${title}              2024      2023`,
          "Intäkter                              7,44      7,10",
          "Kostnader                             7,52      6,95",
          "",
        ],
        2024,
      ),
    ).facts.map((f) => (f.table === "finance" ? `${f.item}/${f.year}=${f.amount_sek}` : f.table));

  it("reads the years' columns in the title's unit", () => {
    expect(table("Ekonomi i sammandrag (Mkr)")).toEqual([
      "revenue_operating/2024=7440000",
      "revenue_operating/2023=7100000",
      "cost_operating/2024=7520000",
      "cost_operating/2023=6950000",
    ]);
  });

  it("reads nothing under a title naming someone, nor without a unit", () => {
    expect(table("Tallby kommun i sammandrag (Mkr)")).toEqual([]);
    expect(table("Ekonomi i sammandrag")).toEqual([]);
  });
});

describe("a year's label in a bracket is no table cell (set 10)", () => {
  const counts = (sentence: string) =>
    readSentence(sentence).figures.map((f) => (f.kind === "count" ? `${f.measure}=${f.token.value}` : f.kind));

  it("reads the count before '(2023: 88 avslutade)'", () => {
    expect(counts("Siffrorna avser de 96 deltagare som avslutades under 2024 (2023: 88 avslutade).")).toContain(
      "exited=96",
    );
  });

  it("still takes a flattened row with a year label for a table row", () => {
    expect(counts("Avslutade deltagare 2024: 30 21 6 12")).toEqual([]);
  });
});

describe("'lämnade sin insats' as an exit (set 10)", () => {
  const figures = (sentence: string) =>
    readSentence(sentence).figures.map((f) => (f.kind === "count" ? `${f.measure}=${f.token.value}` : f.kind));

  it("reads those who left their intervention as exits", () => {
    expect(figures("64 deltagare lämnade sin insats under året.")).toEqual(["exited=64"]);
  });

  it("reads no exit from 'lämnade' said of anything else", () => {
    expect(figures("Under året lämnade 64 deltagare synpunkter på insatsen.")).not.toContain("exited=64");
  });
});

describe("two amounts each named after it, joined by 'och' (set 10)", () => {
  const money = (sentence: string) =>
    readMoneySentence(sentence, 2024).figures.map((f) => `${f.item}/${f.basis}=${f.sek}`);

  it("gives the second amount the concept after it, not the first one's", () => {
    expect(
      money("Budgeten för 2024 omfattar 7,2 miljoner kronor i intäkter och 7,5 miljoner kronor i kostnader."),
    ).toEqual(["revenue_operating/budget=7200000", "cost_operating/budget=7500000"]);
  });

  it("still reads amounts named before them, and reads nothing for an amount its words do not name", () => {
    expect(money("Intäkterna uppgick till 7,2 mkr och kostnaderna till 7,5 mkr.")).toEqual([
      "revenue_operating/actual=7200000",
      "cost_operating/actual=7500000",
    ]);
    expect(money("Förbundet hade 7,2 miljoner kronor i intäkter och 0,4 miljoner kronor från Arvsfonden.")).toEqual([
      "revenue_operating/actual=7200000",
    ]);
  });
});

describe("a target in a bracket after the outcome (set 10)", () => {
  const reading = (sentence: string) => {
    const r = readSentence(sentence, { year: 2024 });
    return [
      ...r.figures.map((f) => `${f.kind}=${f.token.value}`),
      ...r.baseless.map((b) => `${b.indicator}=${b.token.value}`),
    ];
  };

  it("reads the outcome before '(mål 2024: 40 %)', and never the target", () => {
    expect(reading("Andel till arbete eller studier: 31 %  (mål 2024: 40 %)")).toEqual([
      "work_or_studies_rate_reported=31",
    ]);
  });

  it("still takes a figure inside the target's own words for a target", () => {
    expect(reading("Målet är att 40 procent ska gå till arbete eller studier (2023: 31 %).")).toEqual([]);
    expect(reading("Andel till arbete eller studier, mål för 2024: 40 %")).toEqual([]);
    expect(reading("Andel till arbete eller studier: 31 %  (mål 2025: 40 %)")).toEqual([]);
  });
});
