/**
 * Stop 40's leftovers (r40-leftovers): shapes set 30 and 30b left half read. Each rule has a case where
 * it must fire and one where it must not. Made-up federations (ids prefixed "lf40-"), made-up figures.
 */
import { describe, expect, it } from "vitest";
import type { AnyFact } from "../helpers.ts";
import { readFootnoteLegends } from "../../loaders/extract/text/footnoteLegends.ts";
import { documentFacts } from "../support/manifestEntry.ts";

const FEDERATION = "lf40-grantorp";
/** An annual report for 2025 through the whole extraction. */
const report = (lines: string[]) =>
  documentFacts({ federation: FEDERATION, kind: "annual_report", year: 2025 }, [
    "Samordningsförbundet Grantorp",
    ...lines,
  ]) as AnyFact[];
const finance = (lines: string[]) =>
  report(lines)
    .filter((f) => f.table === "finance")
    .map((f) => `${f.year}:${f.basis}:${f.item}=${f.amount_sek}`);

describe("moneyGrammar: 'föregående period' is another time than the report's", () => {
  it("stores no result of the period before as the year's (must not fire)", () => {
    const read = finance([
      "Uppföljning helår",
      "",
      "Kommentar",
      "Föregående period slutade med ett underskott på 210 tkr.",
    ]);
    expect(read.filter((f) => f.includes("result"))).toEqual([]);
  });
  it("reads the year's own result in the same words (must fire)", () => {
    expect(finance(["Verksamhetsberättelse 2025", "", "Årets resultat blev ett underskott på 210 tkr."])).toContain(
      "2025:actual:result=-210000",
    );
  });
});

describe("statements: a follow-up 'Utfall | Budget | Avvikelse' with no year, its deviations signed '+'", () => {
  const TABLE = [
    "                              Utfall    Budget    Avvikelse",
    "Intäkter                       6 020     6 000          +20",
    "Kostnader                     -5 880    -6 100         +220",
    "Resultat                         140      -100         +240",
  ];
  it("reads the outcome column as the report's year under a statement heading with its unit (must fire)", () => {
    const read = finance(["Helårsrapport", "", "Resultaträkning i sammandrag (belopp i tkr)", ...TABLE, ""]);
    expect(read).toEqual(
      expect.arrayContaining([
        "2025:actual:revenue_operating=6020000",
        "2025:actual:cost_operating=5880000",
        "2025:actual:result=140000",
      ]),
    );
    expect(read).not.toContain("2025:actual:result=240000");
  });
  it("reads a headless one whose caption's unit follows a comma (must fire)", () => {
    const read = finance([
      "Årsuppföljning 2025",
      "",
      "Ekonomiskt utfall, tkr              Utfall      Budget   Avvikelse",
      "Verksamhetens intäkter               4 100       4 100           0",
      "Verksamhetens kostnader             -4 250      -4 400         150",
      "Årets resultat                        -150        -300         150",
      "",
    ]);
    expect(read).toEqual(expect.arrayContaining(["2025:actual:result=-150000", "2025:budget:result=-300000"]));
  });
  it("dates nothing as the report's year where the caption names another year (must not fire)", () => {
    const read = finance(["Helårsrapport", "", "Resultaträkning 2024 i sammandrag (belopp i tkr)", ...TABLE, ""]);
    expect(read.filter((f) => f.startsWith("2025:"))).toEqual([]);
  });
  it("reads no yearless header that names no budget (must not fire)", () => {
    const read = finance([
      "Helårsrapport",
      "",
      "Resultaträkning i sammandrag (belopp i tkr)",
      "                              Utfall    Prognos",
      "Intäkter                       6 020     6 000",
      "Kostnader                     -5 880    -6 100",
      "Resultat                         140      -100",
      "",
    ]);
    expect(read.filter((f) => f.startsWith("2025:actual"))).toEqual([]);
  });
});

describe("footnoteLegends: a note whose first sentence states the unit", () => {
  it("writes the unit onto the caption's mark (must fire)", () => {
    const out = readFootnoteLegends([
      "Tabell 3. Resultat för perioden³",
      "                         Utfall    Budget",
      "Intäkter                  5 300     5 300",
      "",
      "³ Belopp i tusentals kronor (tkr). Budget enligt verksamhetsplanen.",
    ]);
    expect(out?.[0]).toBe("Tabell 3. Resultat för perioden (tkr)");
  });
  it("writes no unit where the first sentence says something else (must not fire)", () => {
    const out = readFootnoteLegends([
      "Tabell 3. Resultat för perioden³",
      "                         Utfall    Budget",
      "Intäkter                  5 300     5 300",
      "",
      "³ Avser förbundets kansli och styrelse. Belopp i tkr.",
    ]);
    expect(out?.[0] ?? "").not.toContain("tkr");
  });
});

describe("parseProseFigures: a paragraph opening 'Av dem …' after one about a part", () => {
  const breakdown = (lines: string[]) =>
    report(lines)
      .filter((f) => f.table === "participant_breakdown")
      .map((f) => `${f.intervention ?? "förbundet"}:${f.category}=${f.value}`);
  it("goes on about the federation after the federation's own paragraph (must fire)", () => {
    const read = breakdown([
      "Verksamhetsberättelse 2025",
      "",
      "Året i korthet",
      "",
      "Förbundet hade 180 deltagare under 2025, varav 95 kvinnor och 85 män. 60 av dem avslutade sin insats.",
      "",
      "Av dem gick 21 vidare till arbete eller studier.",
      "",
    ]);
    expect(read).toContain("förbundet:work_or_studies=21");
  });
  it("is not the federation's after a paragraph about one activity (must not fire)", () => {
    const read = breakdown([
      "Verksamhetsberättelse 2025",
      "",
      "Året i korthet",
      "",
      "Förbundet hade 180 deltagare under 2025, varav 95 kvinnor och 85 män.",
      "",
      "I den nya språkgruppen för föräldralediga deltog 25 personer under hösten.",
      "",
      "Av dem gick 9 vidare till arbete eller studier.",
      "",
    ]);
    expect(read).not.toContain("förbundet:work_or_studies=9");
  });
});
