import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { parseLabelledAmounts } from "../../loaders/extract/general/labelledAmounts.ts";
import type { AnyFact } from "../helpers.ts";

const read = (lines: string[], already: AnyFact[] = []) => {
  const out = parseLabelledAmounts(new DocumentText("ekby/2024-annual-report", lines, 2024), already);
  return {
    facts: (out.facts as AnyFact[]).map((f) => `${f.item}:${f.year}=${f.amount_sek}@${f.line}`),
    unread: out.findings.map((f) => f.line),
  };
};

describe("a summary's list of labelled amounts", () => {
  it("reads each labelled amount with its unit, a deficit by its sign or its word", () => {
    const { facts } = read([
      "## Året i siffror",
      "",
      "- Intäkter: 6 100 tkr",
      "- Kostnader: 6 350 tkr",
      "- Årets resultat: 250 tkr (underskott)",
      "- Eget kapital: 1 120 tkr",
    ]);
    expect(facts).toEqual([
      "revenue_operating:2024=6100000@3",
      "cost_operating:2024=6350000@4",
      "result:2024=-250000@5",
      "equity_end:2024=1120000@6",
    ]);
  });

  it("must not read a budget, another year, a line that says more, or an intervention's figures", () => {
    const { facts, unread } = read([
      "- Intäkter enligt budget: 6 000 tkr",
      "- Årets resultat 2023: 120 tkr",
      "- Kostnader: 6 350 tkr, varav 4 900 tkr till insatser",
      "",
      "Insatsen Bron",
      "",
      "- Kostnader: 900 tkr",
      "- Deltagare: 31",
    ]);
    expect(facts).toEqual([]);
    // The budget's label is no statement row's: not this reader's line at all.
    expect([...unread].sort((a, b) => a - b)).toEqual([2, 3, 7]);
  });

  it("must not repeat an item a statement of the document gives, nor read a surplus word beside a minus", () => {
    const statement = {
      table: "finance",
      year: 2024,
      basis: "actual",
      item: "revenue_operating",
      amount_sek: 6_100_000,
      value: null,
      source_label: "Verksamhetens intäkter",
      line: 40,
      text: "Verksamhetens intäkter 6 100 000",
      section: "general:income_statement",
      approximate: false,
    } as AnyFact;
    expect(read(["- Intäkter: 6 100 tkr"], [statement]).facts).toEqual([]);
    expect(read(["- Årets resultat: -250 tkr (överskott)"]).facts).toEqual([]);
  });

  it("must not read a list under a heading naming no one when the report has intervention sections", () => {
    const { facts, unread } = read([
      "Insatsen Bron",
      "",
      "Bron hade 31 deltagare.",
      "",
      "Samverkan med skolan",
      "",
      "- Kostnader: 420 tkr",
    ]);
    expect(facts).toEqual([]);
    expect(unread).toEqual([7]);
  });
});

describe("a labelled line dated by the report's year ('Label 2024: value')", () => {
  it("reads a label closed by the year or the balance date, a plus sign and 'miljoner kronor'", () => {
    const { facts } = read([
      "Förbundet i siffror",
      "",
      "Omsättning 2024: ca 5,8 miljoner kronor",
      "Årets resultat 2024: +96 000 kr",
      "Eget kapital 31/12 2024: 1,7 miljoner kronor",
      "Kostnader 2024-12-31: 5 700 tkr",
    ]);
    expect(facts).toEqual([
      "revenue_operating:2024=5800000@3",
      "result:2024=96000@4",
      "equity_end:2024=1700000@5",
      "cost_operating:2024=5700000@6",
    ]);
  });

  it("reads next year's budgeted revenue or costs as that year's budget, never as the year's outcome", () => {
    const out = parseLabelledAmounts(
      new DocumentText(
        "ekby/2024-annual-report",
        [
          "Förbundet i siffror",
          "",
          "Budgeterade kostnader 2025: 6,1 miljoner kronor",
          "Budget intäkter 2025: 6 000 tkr",
        ],
        2024,
      ),
      [],
    );
    expect((out.facts as AnyFact[]).map((f) => `${f.basis} ${f.item}:${f.year}=${f.amount_sek}`)).toEqual([
      "budget cost_operating:2025=6100000",
      "budget revenue_operating:2025=6000000",
    ]);
  });

  it("must not read another year's label, a budget two years on, a budgeted result, an intervention's budget, nor 'omsättningstillgångar'", () => {
    const { facts } = read([
      "Förbundet i siffror",
      "",
      "Omsättning 2023: 5,1 miljoner kronor",
      "Eget kapital 31/12 2023: 1,2 miljoner kronor",
      "Budgeterade kostnader 2027: 6,9 miljoner kronor",
      "Budgeterat resultat 2025: 200 000 kr",
      "Budgeterade kostnader 2025: 6,1 miljoner kronor, varav 4 miljoner till insatser",
      "Omsättningstillgångar 2024: 2 300 tkr",
      "",
      "Insatsen Bron",
      "",
      "Budgeterade kostnader 2025: 1,1 miljoner kronor",
      "Omsättning 2024: 1,0 miljoner kronor",
    ]);
    expect(facts).toEqual([]);
  });

  it("must not read a budget a table of the document already gives for that year", () => {
    const table = {
      table: "finance",
      item: "cost_operating",
      year: 2025,
      basis: "budget",
      section: "general:statement",
    } as AnyFact;
    const { facts } = read(["Förbundet i siffror", "", "Budgeterade kostnader 2025: 6,1 miljoner kronor"], [table]);
    expect(facts).toEqual([]);
  });
});

describe("lines of a label and one amount under a heading that states their unit", () => {
  const block = (heading: string, result = "70 000") => [
    "Samordningsförbundet Exempelby",
    "",
    heading,
    "Intäkter                              4 200 000",
    "Kostnader för insatser                3 600 000",
    "Kansliets kostnader                     530 000",
    "Summa kostnader                       4 130 000",
    `Årets resultat                           ${result}`,
    "Eget kapital 31 december              1 100 000",
  ];
  const items = (lines: string[]) => read(lines).facts;

  it("reads revenue, costs, the result and equity where revenue − costs is the result", () => {
    expect(items(block("4. Ekonomi i sammandrag (kr)"))).toEqual([
      "revenue_operating:2024=4200000@4",
      "cost_operating:2024=4130000@7",
      "result:2024=70000@8",
      "equity_end:2024=1100000@9",
    ]);
  });

  it("reads none where revenue − costs is not the result, or the heading states no unit (must not fire)", () => {
    expect(items(block("4. Ekonomi i sammandrag (kr)", "80 000"))).toEqual([]);
    expect(items(block("4. Ekonomi i sammandrag"))).toEqual([]);
  });

  it("reads none under a heading naming a budget or another year (must not fire)", () => {
    expect(items(block("Budget 2025 (kr)"))).toEqual([]);
    expect(items(block("Ekonomi 2022 (kr)"))).toEqual([]);
  });

  it("reads none under a heading naming a member, a project or another federation (must not fire)", () => {
    expect(items(block("Exempelby kommuns arbetsmarknadsenhet 2024 (tkr)"))).toEqual([]);
    expect(items(block("Projektet Ny start, ekonomi 2024 (kr)"))).toEqual([]);
    expect(items(block("Samordningsförbundet Norrhed i siffror (kr)"))).toEqual([]);
    // Must fire: the federation named as itself.
    expect(items(block("Samordningsförbundet Ekby i siffror (kr)"))).toHaveLength(4);
  });
});
