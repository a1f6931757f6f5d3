import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { readings } from "../../loaders/extract/general/raggedRows.ts";
import { parseStatements } from "../../loaders/extract/general/parseStatements.ts";
import type { AnyFact } from "../helpers.ts";

const finance = (lines: string[]) => {
  const out = parseStatements(new DocumentText("norrby/2022-annual-report", lines, 2022));
  return {
    facts: (out.facts as AnyFact[])
      .filter((f) => f.table === "finance")
      .map((f) => `${f.item}:${f.basis}:${f.year}=${f.amount_sek}@${f.line}`),
    unread: out.findings.filter((f) => f.check_id === "coverage.unread_number").map((f) => f.line),
  };
};

const STATEMENT = (revenue: string, result: string) => [
  "Resultaträkning (tkr) Budget 2022 Utfall 2022 Utfall 2021",
  revenue,
  "Verksamhetens kostnader -4 800 -4 950 -4 612",
  "Verksamhetens resultat — -130 96",
  "Finansiella poster — — —",
  result,
  "",
  "",
  "Balansräkning (tkr) 2022-12-31 2021-12-31",
  "Summa tillgångar 1 733 1 8 6 3",
  "Eget kapital 1 250 1 380",
  "Kortfristiga skulder 483 483",
  "Summa eget kapital och skulder 1 733 1 863",
];

describe("statement rows OCR broke", () => {
  it("cuts a row every way, joining runs of single digits and taking a lone dash for an empty cell", () => {
    expect(readings(["1906", "2", "0", "4", "1"], 2)).toEqual([{ cells: [1906, 2041], ragged: true }]);
    expect(readings(["—", "-1", "2", "3", "87"], 3)).toEqual([{ cells: [null, -123, 87], ragged: true }]);
    // "2 0 4" is 204 or three cells: both cuts are kept for the identities to settle.
    expect(readings(["2", "0", "4"], 1)).toEqual([{ cells: [204], ragged: true }]);
    expect(readings(["2", "0", "4"], 3)).toEqual([{ cells: [2, 0, 4], ragged: false }]);
  });

  it("stores the joined reading when an identity with a figure read elsewhere confirms it", () => {
    const { facts, unread } = finance(
      STATEMENT("Verksamhetens intäkter 4 800 4820 4 7 0 8", "Årets resultat — -1 3 0 96"),
    );
    expect(facts).toEqual(
      expect.arrayContaining([
        "revenue_operating:budget:2022=4800000@2",
        "revenue_operating:actual:2022=4820000@2",
        "revenue_operating:actual:2021=4708000@2",
        "operating_result:actual:2022=-130000@4",
        "operating_result:actual:2021=96000@4",
        "result:actual:2022=-130000@6",
        "assets_total:actual:2021=1863000@10",
      ]),
    );
    // A dash is an empty cell: no budget result.
    expect(facts.some((f) => /result:budget/.test(f))).toBe(false);
    expect(unread).not.toContain(2);
    expect(unread).not.toContain(10);
  });

  it("must not store a joined reading that an identity refutes", () => {
    // 4 7 9 0 − 4 612 = 178, but the operating result says 96: the row stays unread.
    const { facts, unread } = finance(
      STATEMENT("Verksamhetens intäkter 4 800 4820 4 7 9 0", "Årets resultat — -1 3 0 96"),
    );
    expect(facts.some((f) => f.startsWith("revenue_operating:"))).toBe(false);
    expect(unread).toContain(2);
  });

  it("must not store a joined reading that no identity can check", () => {
    const { facts, unread } = finance([
      "Resultaträkning (tkr) Utfall 2022 Utfall 2021",
      "Verksamhetens intäkter 4820 4 7 0 8",
      "Lämnade bidrag -3 000 -2 900",
    ]);
    expect(facts.some((f) => f.startsWith("revenue_operating:"))).toBe(false);
    expect(unread).toContain(2);
  });

  it("settles a row whose digits group more than one way, and dashes before financial items, by the identities", () => {
    const { facts } = finance([
      "Resultaträkning (tkr) Budget 2019 Utfall 2019 Utfall 2018",
      "Verksamhetens intäkter 3100 3 121 2987",
      "Verksamhetens kostnader -3100 -3 254 -2 815",
      "Verksamhetens resultat 0 -133 172",
      "Finansiella poster — 4 -1",
      "Årets resultat — -129 171",
    ]);
    expect(facts).toEqual(
      expect.arrayContaining([
        "operating_result:budget:2019=0@4",
        "operating_result:actual:2019=-133000@4",
        "operating_result:actual:2018=172000@4",
        "result:actual:2019=-129000@6",
        "result:actual:2018=171000@6",
      ]),
    );
  });

  it("must not settle such a row when its figures disagree with revenue and costs", () => {
    const { facts, unread } = finance([
      "Resultaträkning (tkr) Budget 2019 Utfall 2019 Utfall 2018",
      "Verksamhetens intäkter 3100 3 121 2987",
      "Verksamhetens kostnader -3100 -3 254 -2 815",
      "Verksamhetens resultat 0 -153 172",
    ]);
    expect(facts.some((f) => f.startsWith("operating_result:"))).toBe(false);
    expect(unread).toContain(4);
  });
});
