/**
 * A result written without a sign waits for the year's sums, read by any reader (a statement, a
 * summary's list, minutes), and is stored with the sign they give, or not at all. Made-up
 * federations; every case that stores has a neighbour that must not.
 */
import { describe, expect, it } from "vitest";
import { DocumentText, type ParseOutput } from "../../loaders/extract/documentText.ts";
import { parseMinutes } from "../../loaders/extract/minutes/parseMinutes.ts";
import { parseAnnualReport } from "../../loaders/extract/templates/kalmar/parseAnnualReport.ts";
import { awaitingResult, settleUnsignedResults } from "../../loaders/extract/general/unsignedResults.ts";
import type { FactInput } from "../../loaders/schema/facts.ts";
import type { AnyFact } from "../helpers.ts";

const results = (out: ParseOutput) =>
  (out.facts as AnyFact[]).filter((f) => f.table === "finance" && f.item === "result" && f.basis === "actual");
const refusals = (out: ParseOutput) =>
  out.findings.filter((f) => /written without a sign, was not stored/.test(f.message)).map((f) => f.message);

function report(sentence: string, statement: string): ParseOutput {
  const text = `Samordningsförbundet Tallmyra
Årsredovisning 2024

Förvaltningsberättelse

${sentence} Styrelsen följer utvecklingen noga.

${statement}
`;
  return parseAnnualReport(new DocumentText("tallmyra/2024-annual-report", text.split("\n"), 2024));
}

const statement = (header: string, revenue: string, costs: string) => `Resultaträkning
Belopp i kronor             ${header}
Verksamhetens intäkter      ${revenue}
Verksamhetens kostnader     ${costs}`;

describe("an unsigned result in a report, settled by the statement's revenue and costs", () => {
  it("stores a surplus where revenue − costs is its size", () => {
    const out = report(
      "Årets resultat blev 148 300 kronor.",
      statement("2024          2023", "6 204 500     5 980 000", "-6 056 200    -6 120 400"),
    );
    expect(results(out).map((f) => [f.year, f.amount_sek, f.confirmed_by])).toEqual([[2024, 148300, ["result"]]]);
    expect(out.findings.some((f) => /148 300/.test(f.value ?? "") && /without a sign/.test(f.message))).toBe(false);
  });

  it("stores a deficit where the costs exceed the revenue by its size", () => {
    const out = report(
      "Förbundets resultat för året uppgick till 212 750 kr.",
      statement("2024          2023", "4 880 000     4 700 000", "-5 092 750    -4 610 000"),
    );
    expect(results(out).map((f) => [f.year, f.amount_sek])).toEqual([[2024, -212750]]);
  });

  it("stores nothing where revenue − costs is another size", () => {
    const out = report(
      "Årets resultat blev 148 300 kronor.",
      statement("2024          2023", "6 204 500     5 980 000", "-5 954 500    -6 120 400"),
    );
    expect(results(out)).toEqual([]);
    expect(refusals(out)).toEqual([expect.stringContaining("gives 250000 kr, not its size")]);
  });

  it("stores nothing where only the budget's or another year's sums are given", () => {
    const budget = report(
      "Årets resultat blev 148 300 kronor.",
      statement("Budget 2024   Utfall 2023", "6 204 500     5 980 000", "-6 056 200    -6 120 400"),
    );
    expect(results(budget).filter((f) => f.year === 2024)).toEqual([]);
    expect(refusals(budget)).toEqual([expect.stringContaining("no sum of the same year")]);
    const earlier = report(
      "Årets resultat blev 148 300 kronor.",
      statement("2023          2022", "6 204 500     5 980 000", "-6 056 200    -6 120 400"),
    );
    expect(results(earlier).filter((f) => f.year === 2024)).toEqual([]);
    expect(refusals(earlier)).toEqual([expect.stringContaining("no sum of the same year")]);
  });

  it("stores nothing with no sum of the year at all", () => {
    const text = `Samordningsförbundet Tallmyra
Årsredovisning 2024

Förbundets intäkter var 7 100 000 kronor och årets resultat blev 96 400 kronor.
`;
    const out = parseAnnualReport(new DocumentText("tallmyra/2024-annual-report", text.split("\n"), 2024));
    expect(results(out)).toEqual([]);
    expect(refusals(out)).toEqual([expect.stringContaining("no sum of the same year")]);
  });
});

function minutes(body: string): ParseOutput {
  const date = "2025-03-12";
  const text = `Samordningsförbundet Ekbacka\nProtokoll från styrelsens sammanträde\n\nDatum: ${date}\n\n${body}`;
  return parseMinutes(new DocumentText("ekbacka/minutes", text.split("\n"), 2025), { date, kind: "board_minutes" });
}

describe("an unsigned result in minutes on the closed year", () => {
  it("stores it with the sign of revenue − costs stated in the item after it", () => {
    const out = minutes(`§ 4 Årsredovisning 2024
Bokslutet för 2024 visar ett resultat på 96 400 kr. Förbundets intäkter uppgick till 4 120 000 kr
och kostnaderna till 4 216 400 kr.
Beslut
att godkänna årsredovisningen.`);
    expect(results(out).map((f) => [f.year, f.amount_sek, f.confirmed_by])).toEqual([[2024, -96400, ["result"]]]);
    expect(out.findings.some((f) => /96 400/.test(f.value ?? "") && /without a sign/.test(f.message))).toBe(false);
  });

  it("stores nothing where the item gives only the closing equity", () => {
    const out = minutes(`§ 4 Årsredovisning 2024
Bokslutet för 2024 visar ett resultat på 96 400 kr och ett eget kapital vid årets slut på 1 310 000 kr.
Beslut
att godkänna årsredovisningen.`);
    expect(results(out)).toEqual([]);
    expect(refusals(out)).toEqual([expect.stringContaining("no sum of the same year")]);
  });

  it("stores nothing where the revenue and costs are the next year's budget", () => {
    const out = minutes(`§ 4 Årsredovisning 2024
Bokslutet för 2024 visar ett resultat på 96 400 kr.
§ 5 Budget 2025
Budgeten för 2025 omfattar intäkter på 4 120 000 kr och kostnader på 4 216 400 kr.`);
    expect(results(out)).toEqual([]);
    expect(refusals(out)).toEqual([expect.stringContaining("no sum of the same year")]);
  });
});

describe("settleUnsignedResults", () => {
  const fin = (year: number, item: string, amount: number, text: string, line = 20): FactInput => ({
    table: "finance",
    year,
    basis: "actual",
    item,
    amount_sek: amount,
    value: null,
    source_label: item,
    line,
    text,
    section: "general:income_statement",
    approximate: false,
    confirmed_by: [],
  });
  const waiting = (text: string) =>
    awaitingResult({
      year: 2024,
      size: 58_000,
      line: 3,
      text,
      section: "general:prose_finance",
      source_label: "resultat",
      approximate: false,
    });
  const settle = (facts: FactInput[], text = "Resultatet blev 58 000 kr.") =>
    settleUnsignedResults({ facts, findings: [], coverage: [], awaiting: [waiting(text)] });
  const equity = [
    fin(2024, "equity_end", 742_000, "Eget kapital 742 000 800 000"),
    fin(2023, "equity_end", 800_000, "Eget kapital 742 000 800 000"),
  ];

  it("takes the sign of the equity's change from last year's closing equity", () => {
    const out = settle(equity);
    expect(results(out).map((f) => [f.amount_sek, f.confirmed_by])).toEqual([[-58000, ["equity_roll"]]]);
    expect(out.awaiting).toBeUndefined();
  });

  it("stores nothing where a sign word beside it says the opposite of the sums", () => {
    const out = settle(equity, "Resultatet blev ett överskott, 58 000 kr.");
    expect(results(out)).toEqual([]);
    expect(refusals(out)).toEqual([expect.stringContaining("sign word")]);
  });

  it("stores nothing where two sums give opposite signs", () => {
    const out = settle([
      ...equity,
      fin(2024, "revenue_operating", 3_058_000, "Intäkter 3 058 000"),
      fin(2024, "cost_operating", 3_000_000, "Kostnader 3 000 000"),
    ]);
    expect(results(out)).toEqual([]);
    expect(refusals(out)).toEqual([expect.stringContaining("opposite signs")]);
  });

  it("stores nothing where revenue is read twice with two amounts, or hedged", () => {
    const twice = settle([
      fin(2024, "revenue_operating", 3_058_000, "Intäkter 3 058 000"),
      fin(2024, "revenue_operating", 3_158_000, "Intäkterna var 3 158 000 kr", 30),
      fin(2024, "cost_operating", 3_000_000, "Kostnader 3 000 000"),
    ]);
    expect(results(twice)).toEqual([]);
    const hedged = settle([
      fin(2024, "revenue_operating", 3_058_000, "Intäkterna var cirka 3 058 000 kr"),
      fin(2024, "cost_operating", 3_000_000, "Kostnader 3 000 000"),
    ]);
    expect(results(hedged)).toEqual([]);
  });

  it("leaves a result another reader stored alone, and passes waiting rates on", () => {
    const stored = { ...fin(2024, "result", -58_000, "Årets resultat -58 000"), line: 40 };
    const rate: FactInput = {
      table: "indicator",
      year: 2024,
      scope: "federation",
      indicator: "work_or_studies_rate_reported",
      value: 30,
      unit: "percent",
      gender: "all",
      n: null,
      note: "",
      line: 9,
      text: "30 procent",
      section: "general:prose_figures",
      approximate: false,
      confirmed_by: [],
    } as FactInput;
    const out = settleUnsignedResults({
      facts: [...equity, stored],
      findings: [],
      coverage: [],
      awaiting: [waiting("Resultatet blev 58 000 kr."), rate],
    });
    expect(results(out)).toEqual([stored]);
    expect(out.awaiting).toEqual([rate]);
  });
});
