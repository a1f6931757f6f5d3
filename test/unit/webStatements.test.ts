/**
 * Statements copied from web pages and PDF text layers with single spaces between every token:
 * the cells' gaps are lost, a sign may stand apart from its number ("− 228 335", "– 6 712 455")
 * and a dash may be an empty cell. The digits are grouped, and a set-apart dash taken as a sign,
 * only where the statement's own sums settle it (splitByIdentity.ts), a real minus sign (U+2212)
 * as an en dash: typesetters use it for an empty cell too.
 */
import { describe, expect, it } from "vitest";
import { extractDocumentLines } from "../support/manifestEntry.ts";
import type { AnyFact } from "../helpers.ts";

const INCOME = [
  "Samordningsförbundet Lövnäs – Årsredovisning 2025",
  "",
  "Resultaträkning",
  "",
  "Belopp i kr Not Utfall 2025 Utfall 2024",
  "Verksamhetens intäkter 1 5 210 000 5 040 000",
  "Verksamhetens kostnader 2 – 5 388 120 – 4 902 310",
  "Verksamhetens resultat – 178 120 137 690",
  "Finansiella intäkter 2 340 1 150",
  "Årets resultat – 175 780 138 840",
  "",
];
const BALANCE = [
  "Balansräkning",
  "",
  "Belopp i kr Not 2025-12-31 2024-12-31",
  "Tillgångar",
  "Kortfristiga fordringar 3 96 500 121 300",
  "Kassa och bank 2 604 220 2 710 640",
  "Summa tillgångar 2 700 720 2 831 940",
  "Eget kapital och skulder",
  "Ingående eget kapital 2 480 300 2 341 460",
  "Årets resultat – 175 780 138 840",
  "Summa eget kapital 2 304 520 2 480 300",
  "Kortfristiga skulder 4 396 200 351 640",
  "Summa eget kapital och skulder 2 700 720 2 831 940",
];

const finance = (lines: string[]) =>
  (extractDocumentLines({ year: 2025 }, lines).facts as AnyFact[]).filter(
    (f) => f.table === "finance" && f.section?.startsWith("general:"),
  );
const amounts = (facts: AnyFact[], item: string) =>
  facts
    .filter((f) => f.item === item)
    .map((f) => `${f.year}:${f.amount_sek}@${f.section?.replace("general:", "")}`)
    .sort();

describe("single-spaced statements, settled by their sums", () => {
  it("reads every row, each dash a sign where the sums say so, with the en dash", () => {
    const facts = finance([...INCOME, ...BALANCE]);
    expect(amounts(facts, "revenue_operating")).toEqual([
      "2024:5040000@income_statement",
      "2025:5210000@income_statement",
    ]);
    expect(amounts(facts, "cost_operating")).toEqual([
      "2024:4902310@income_statement",
      "2025:5388120@income_statement",
    ]);
    expect(amounts(facts, "operating_result")).toEqual([
      "2024:137690@income_statement",
      "2025:-178120@income_statement",
    ]);
    expect(amounts(facts, "result")).toEqual([
      "2024:138840@balance_sheet",
      "2024:138840@income_statement",
      "2025:-175780@balance_sheet",
      "2025:-175780@income_statement",
    ]);
    // "Kassa och bank 2 604 220": note 2 and 604 220, or 2 604 220: the assets add up only one way.
    expect(amounts(facts, "cash_end")).toEqual(["2024:2710640@balance_sheet", "2025:2604220@balance_sheet"]);
    expect(amounts(facts, "equity_start")).toEqual(["2024:2341460@balance_sheet", "2025:2480300@balance_sheet"]);
    expect(amounts(facts, "equity_end")).toEqual(["2024:2480300@balance_sheet", "2025:2304520@balance_sheet"]);
    expect(amounts(facts, "equity_and_liabilities")).toEqual([
      "2024:2831940@balance_sheet",
      "2025:2700720@balance_sheet",
    ]);
  });

  it("reads a real minus set apart from its digits by the sums too", () => {
    const facts = finance([...INCOME, ...BALANCE].map((l) => l.replace(/– /g, "− ")));
    expect(amounts(facts, "result")).toContain("2025:-175780@balance_sheet");
    expect(amounts(facts, "operating_result")).toEqual([
      "2024:137690@income_statement",
      "2025:-178120@income_statement",
    ]);
    expect(amounts(facts, "equity_end")).toEqual(["2024:2480300@balance_sheet", "2025:2304520@balance_sheet"]);
  });

  it("stores no result whose set-apart dash no sum settles (sign, or an empty cell)", () => {
    const facts = finance([
      "Samordningsförbundet Lövnäs – Årsredovisning 2025",
      "",
      "Balansräkning",
      "",
      "Belopp i kr Not 2025-12-31 2024-12-31",
      "Kassa och bank 2 604 220 2 710 640",
      "Årets resultat – 175 780 138 840",
    ]);
    expect(amounts(facts, "result")).toEqual([]);
  });

  it("never reads a dash for an empty first cell as part of the label, nor the next cell as the year's", () => {
    const lines = [...INCOME];
    lines.splice(6, 0, "Övriga intäkter – 12 400");
    const facts = finance(lines);
    expect(facts.filter((f) => f.amount_sek === 12400 || f.amount_sek === -12400)).toEqual([]);
    expect(facts.some((f) => (f.source_label ?? "").includes("-"))).toBe(false);
  });
});

describe("a minus standing alone as an empty cell", () => {
  it("is never joined to the next column's number", () => {
    const facts = finance([
      "Samordningsförbundet Lövnäs – Årsredovisning 2025",
      "",
      "Resultaträkning",
      "",
      "Belopp i kr Not 2025 2024",
      "Verksamhetens intäkter 1 5 210 000 5 040 000",
      "Finansiella intäkter − 1 880",
      "Finansiella intäkter                    −              1 880",
    ]);
    expect(facts.filter((f) => f.item === "revenue_financial" && f.year === 2025)).toEqual([]);
  });
});
