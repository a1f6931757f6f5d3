/** A plan's budget table with no "Resultaträkning" heading, found by its header and its totals. */
import { describe, expect, it } from "vitest";
import { headlessIncomeStatements } from "../../loaders/extract/general/headlessStatements.ts";
import { memberOf } from "../../loaders/extract/general/parseMemberContributions.ts";
import { parseStatements } from "../../loaders/extract/general/parseStatements.ts";
import { readUnitLines } from "../../loaders/reference/units.ts";
import { statementItem } from "../../loaders/reference/statementLabels.ts";
import { docOf, type AnyFact } from "../helpers.ts";

const PLAN = [
  "Verksamhetsplan 2026 för Samordningsförbundet Norra Videmo",
  "",
  "Ekonomi",
  "Belopp i tusental kronor (tkr)",
  "                                   Budget 2026    Budget 2025    Utfall 2025",
  "Statligt medlemsbidrag (FK och AF)       3 000          2 900          2 900",
  "Videmo kommun                            1 500          1 450          1 450",
  "Summa intäkter                           4 500          4 350          4 402",
  "Insatser                                -3 900         -3 700         -3 350",
  "Kansli                                    -800           -750           -731",
  "Summa kostnader                         -4 700         -4 450         -4 081",
  "Resultat                                  -200           -100            321",
];

describe("a budget table with no statement heading", () => {
  it("is read as an income statement: each column's year and basis", () => {
    const facts = parseStatements(docOf(PLAN, 2026)).facts as AnyFact[];
    const of = (item: string, year: number, basis: string) =>
      facts.find((f) => f.item === item && f.year === year && f.basis === basis)?.amount_sek;
    expect(of("revenue_operating", 2026, "budget")).toBe(4500000);
    expect(of("cost_operating", 2025, "budget")).toBe(4450000);
    expect(of("result", 2025, "actual")).toBe(321000);
    expect(of("result", 2026, "actual")).toBeUndefined();
  });
  it("names the state's contribution however the row calls it", () => {
    expect(memberOf("Statligt medlemsbidrag (FK och AF)")).toBe("FK och AF");
    expect(memberOf("Statlig medlemsavgift (Försäkringskassan och Arbetsförmedlingen)")).toBe(
      "Försäkringskassan och Arbetsförmedlingen",
    );
    expect(memberOf("Statlig medlemsavgift (prognos)")).toBeNull();
  });
  it("takes its unit from the caption line above, brackets and all", () => {
    expect(readUnitLines(["Belopp i tusental kronor (tkr)"]).map((u) => u.unit)).toEqual(["tkr"]);
  });
  it("is not found without a budget column, or without the statement's totals under it", () => {
    const outcomes = PLAN.map((l) => l.replace("Budget 2026", "Utfall 2024").replace("Budget 2025", "Utfall 2023"));
    expect(headlessIncomeStatements(docOf(outcomes, 2026), () => false)).toEqual([]);
    // A budget per intervention: rows of interventions, no revenue, costs or result.
    const perIntervention = docOf(
      [
        "                      Budget 2026    Budget 2025",
        "Steget vidare               1 200          1 100",
        "Unga i arbete                 900            850",
        "Summa insatser              2 100          1 950",
      ],
      2026,
    );
    expect(headlessIncomeStatements(perIntervention, () => false)).toEqual([]);
    expect(parseStatements(perIntervention).facts).toEqual([]);
  });
  it("reads a title at the header's start as the table's caption, its bracket as the unit", () => {
    const followUp = (title: string) => [
      "Årsredovisning 2025 för Samordningsförbundet Norra Videmo",
      "",
      `${title.padEnd(38)}Budget 2025   Utfall 2025   Avvikelse`,
      "Intäkter                                   14 350        14 402          52",
      "Kostnader                                 -14 450       -14 081         369",
      "Resultat                                     -100           321         421",
    ];
    const facts = parseStatements(docOf(followUp("Budgetuppföljning (tkr)"), 2025)).facts as AnyFact[];
    const of = (item: string, basis: string) =>
      facts.find((f) => f.item === item && f.year === 2025 && f.basis === basis)?.amount_sek;
    expect(of("revenue_operating", "budget")).toBe(14_350_000);
    // Digits that group more than one way are placed under the columns the title does not shift.
    expect(of("cost_operating", "budget")).toBe(14_450_000);
    expect(of("result", "actual")).toBe(321_000);
    // Must not fire: a first column's word ("Budget 2024") is a column, never a title.
    const [found] = headlessIncomeStatements(docOf(followUp("Budget 2024"), 2025), () => false);
    expect(found?.rest).toMatch(/^Budget 2024/);
  });
  it("stops at running text: totals in a sentence below do not make a table", () => {
    const doc = docOf(
      [
        "                      Budget 2026    Utfall 2025",
        "Steget vidare               1 200          1 100",
        "Förbundets intäkter blev högre än väntat under året.",
        "Summa intäkter              4 500          4 402",
        "Summa kostnader            -4 700         -4 081",
      ],
      2026,
    );
    expect(headlessIncomeStatements(doc, () => false)).toEqual([]);
  });
});

describe("a plan's tables drawn with pipes (made-up federation)", () => {
  const PIPED = [
    "# Verksamhetsplan 2026 med budget",
    "",
    "### Medlemsavgifter 2026",
    "",
    "| Medlem | Medlemsavgift 2026 | Procentuell fördelning |",
    "|---|---:|---:|",
    "| Staten (Försäkringskassan och Arbetsförmedlingen) | 2 000 000 kr | 50,0 % |",
    "| Region Videmo | 1 000 000 kr | 25,0 % |",
    "| Åsby kommun | 1 000 000 kr | 25,0 % |",
    "| Totalt | 4 000 000 kr | 100,0 % |",
    "",
    "### Budget 2026 (tkr)",
    "",
    "| | Budget 2026 | Budget 2025 | Prognos 2025 |",
    "|---|---:|---:|---:|",
    "| Medlemsavgifter | 4 000 | 3 800 | 3 800 |",
    "| **Summa intäkter** | **4 100** | **3 800** | **3 950** |",
    "| **Summa kostnader** | **-4 300** | **-4 000** | **-3 900** |",
    "| **Resultat** | **-200** | **-200** | **50** |",
  ];
  const facts = (lines: string[], year = 2026) => parseStatements(docOf(lines, year)).facts as AnyFact[];

  it("reads the budget table under its caption, in the caption's unit, and no forecast as an outcome", () => {
    const f = facts(PIPED).filter((x) => x.table === "finance" && x.section === "general:income_statement");
    expect(f.map((x) => `${x.item}:${x.year}:${x.basis}=${x.amount_sek}`).sort()).toEqual(
      [
        "member_revenue:2025:budget=3800000",
        "member_revenue:2026:budget=4000000",
        "revenue_operating:2025:budget=3800000",
        "revenue_operating:2026:budget=4100000",
        "cost_operating:2025:budget=4000000",
        "cost_operating:2026:budget=4300000",
        "result:2025:budget=-200000",
        "result:2026:budget=-200000",
      ].sort(),
    );
    expect(f.some((x) => x.basis === "actual")).toBe(false);
  });

  it("takes no unit from a caption whose bracket holds anything but a unit (must not fire)", () => {
    const other = PIPED.map((l) => l.replace("### Budget 2026 (tkr)", "### Budget 2026 (se bilaga 3)"));
    const f = facts(other).filter((x) => x.section === "general:income_statement");
    expect(f).toEqual([]);
  });

  it("takes the unit of a numbered caption ('Bilaga 2 … (tkr)'), its number no figure", () => {
    const numbered = PIPED.map((l) => l.replace("### Budget 2026 (tkr)", "Bilaga 2. Ekonomi 2026 (tkr)"));
    const f = facts(numbered).filter((x) => x.section === "general:income_statement" && x.item === "result");
    expect(f.map((x) => `${x.year}:${x.basis}=${x.amount_sek}`).sort()).toEqual([
      "2025:budget=-200000",
      "2026:budget=-200000",
    ]);
  });

  it("takes no unit from a caption with a figure besides its number (must not fire)", () => {
    const figure = PIPED.map((l) => l.replace("### Budget 2026 (tkr)", "Bilaga 2. Ram 4 100 (tkr)"));
    const f = facts(figure).filter((x) => x.section === "general:income_statement");
    expect(f).toEqual([]);
  });

  it("takes the unit of a caption opening on its section's number ('5. Ekonomi (tkr)', '6.1 …, tkr')", () => {
    for (const caption of ["5. Ekonomi i sammandrag (tkr)", "6.1 Resultat jämfört med budget, tkr", "4 Ekonomi, tkr"]) {
      const numbered = PIPED.map((l) => l.replace("### Budget 2026 (tkr)", caption));
      const f = facts(numbered).filter((x) => x.section === "general:income_statement" && x.item === "result");
      expect(f.map((x) => `${x.year}:${x.basis}=${x.amount_sek}`).sort()).toEqual([
        "2025:budget=-200000",
        "2026:budget=-200000",
      ]);
    }
  });

  it("takes no unit from a section's caption with a figure past its number, nor from a year's number (must not fire)", () => {
    for (const caption of ["5. Ram 4 100 (tkr)", "5.1 Ekonomi 12 (tkr)", "2026 42 (tkr)", "123 Ekonomi (tkr)"]) {
      const figure = PIPED.map((l) => l.replace("### Budget 2026 (tkr)", caption));
      const f = facts(figure).filter((x) => x.section === "general:income_statement");
      expect(f).toEqual([]);
    }
  });

  it("reads the plan's fees as its year's budget, the share column apart, never the Totalt row", () => {
    const f = facts(PIPED).filter((x) => x.table === "member_contribution");
    expect(f.map((x) => `${x.member}:${x.year}:${x.basis}=${x.amount_sek}`)).toEqual([
      "Staten (Försäkringskassan och Arbetsförmedlingen):2026:budget=2000000",
      "Region Videmo:2026:budget=1000000",
      "Åsby kommun:2026:budget=1000000",
    ]);
  });

  it("keeps an annual report's fee table as the year's outcome (must not fire)", () => {
    const report = PIPED.map((l) => l.replace("# Verksamhetsplan 2026 med budget", "# Årsredovisning 2026"));
    const f = facts(report).filter((x) => x.table === "member_contribution");
    expect(f.map((x) => x.basis)).toEqual(["actual", "actual", "actual"]);
  });
});

describe("a follow-up's table over the whole year with no year written", () => {
  const FOLLOW_UP = (outcome: string) => [
    "Samordningsförbundet Norra Videmo",
    "Uppföljning januari–december 2024",
    "",
    "Ekonomi (kr)",
    `Post                 ${outcome}   Budget helår    Avvikelse`,
    "Intäkter                  3 200 000        3 200 000            0",
    "Kostnader                 3 050 400        3 300 000      249 600",
    "Resultat                    149 600         -100 000      249 600",
  ];
  const read = (outcome: string) => parseStatements(docOf(FOLLOW_UP(outcome), 2024)).facts as AnyFact[];

  it("reads 'Utfall jan–dec' and 'Budget helår' as the report's year", () => {
    const facts = read("Utfall jan–dec");
    const of = (item: string, basis: string) =>
      facts.find((f) => f.item === item && f.year === 2024 && f.basis === basis)?.amount_sek;
    expect(of("cost_operating", "actual")).toBe(3050400);
    expect(of("result", "actual")).toBe(149600);
    expect(of("result", "budget")).toBe(-100000);
  });

  it("must not read an outcome over part of the year as the year's", () => {
    expect(read("Utfall jan–aug").filter((f) => f.basis === "actual")).toEqual([]);
  });
});

describe("a budget table whose header is split over two lines (made-up federation)", () => {
  const SPLIT = [
    "Samordningsförbundet Östra Lommaryd",
    "",
    "Tabell 3. Ekonomi i korthet, tkr",
    "                         Utfall        Budget        Utfall",
    "                         2024          2025          2023",
    "Summa intäkter           4 210         4 400         4 050",
    "Summa kostnader         -4 380        -4 500        -3 990",
    "Årets resultat            -170          -100            60",
  ];
  const result = (lines: string[]) =>
    (parseStatements(docOf(lines, 2024)).facts as AnyFact[])
      .filter((f) => f.table === "finance" && f.item === "result")
      .map((f) => `${f.year}:${f.basis}=${f.amount_sek}`)
      .sort();

  it("pairs each basis word with the year under it, in the caption's unit after its comma", () => {
    expect(result(SPLIT)).toEqual(["2023:actual=60000", "2024:actual=-170000", "2025:budget=-100000"]);
  });

  it("reads nothing when the line under the basis words is not years alone (must not fire)", () => {
    const partYear = SPLIT.map((l) =>
      l.replace("2024          2025          2023", "2024          2025          jan-aug"),
    );
    expect(result(partYear)).toEqual([]);
  });

  it("takes no unit from a caption whose last comma holds more than a unit (must not fire)", () => {
    const noUnit = SPLIT.map((l) => l.replace("Ekonomi i korthet, tkr", "Ekonomi i korthet, se not 4"));
    expect(result(noUnit)).toEqual([]);
  });
});

describe("a one-column statement under a title naming the year and the unit", () => {
  const block = (title: string) => [
    "2. Ekonomisk påverkan",
    title,
    "  Verksamhetens intäkter                                7 240 000",
    "  Finansiella intäkter                                      3 900",
    "  Personalkostnader                                     1 120 000",
    "  Fördelat ekonomiskt värde (verksamhetens kostnader)   7 301 400",
    "  Behållet ekonomiskt värde (årets resultat)              -57 500",
    "",
    "Eget kapital är därmed något lägre än året innan.",
  ];
  const read = (title: string, year = 2025) => parseStatements(docOf(block(title), year)).facts as AnyFact[];
  const of = (facts: AnyFact[], item: string) => facts.find((f) => f.item === item && f.basis === "actual");

  it("is read as the year's statement, a label glossed in brackets taking the gloss's item", () => {
    const facts = read("Genererat och fördelat ekonomiskt värde 2025 (kronor)");
    expect(of(facts, "revenue_operating")).toMatchObject({ year: 2025, amount_sek: 7240000 });
    expect(of(facts, "cost_operating")).toMatchObject({ year: 2025, amount_sek: 7301400 });
    expect(of(facts, "result")).toMatchObject({ year: 2025, amount_sek: -57500 });
  });

  it("is not read under a title naming a budget, another year, or no unit", () => {
    expect(of(read("Budget 2025 för ekonomiskt värde (kronor)"), "revenue_operating")).toBeUndefined();
    expect(of(read("Genererat ekonomiskt värde 2024 (kronor)"), "revenue_operating")).toBeUndefined();
    expect(of(read("Genererat ekonomiskt värde 2025"), "revenue_operating")).toBeUndefined();
  });

  it("is not read under a title naming an intervention, a member's project or a part of the year", () => {
    expect(of(read("Insatsen Stegvis 2025 (kronor)"), "revenue_operating")).toBeUndefined();
    expect(of(read("Ravik kommuns Finsam-projekt 2025, kronor"), "revenue_operating")).toBeUndefined();
    expect(of(read("Januari–augusti 2025 (kronor)"), "revenue_operating")).toBeUndefined();
  });

  it("never takes a row's category in brackets for its total", () => {
    for (const label of [
      "Bidrag från Försäkringskassan (intäkter)",
      "Statens bidrag (intäkter)",
      "Köpta tjänster (kostnader)",
      "Insatskostnader (verksamhetens kostnader)",
      "Överskott Steg 1 (resultat)",
    ])
      expect(statementItem(label, "income_statement")).toBeUndefined();
  });

  it("does not take a qualifying bracket for a gloss", () => {
    expect(statementItem("Övriga kostnader (exkl. verksamhetens kostnader)", "income_statement")).toBeUndefined();
    expect(statementItem("Behållet värde (årets resultat)", "income_statement")?.item).toBe("result");
  });
});
