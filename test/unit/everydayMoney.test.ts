/** Money in easy Swedish (made-up federation): read only as a trio that agrees. */
import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { readEverydayMoney } from "../../loaders/extract/general/everydayMoney.ts";
import { parseProseFinance } from "../../loaders/extract/general/parseProseFinance.ts";

const items = (sentences: string[], year = 2024) => readEverydayMoney(sentences, year).map((a) => `${a.item}=${a.sek}`);

describe("money in everyday words", () => {
  it("reads revenue, costs, result and equity when revenue − costs = result", () => {
    expect(
      items([
        "Vi fick 4 300 000 kronor under 2024.",
        "Vi använde 4 420 000 kronor.",
        "Det fattades 120 000 kronor.",
        "Nu har vi 800 000 kronor sparade.",
      ]),
    ).toEqual(["revenue_operating=4300000", "cost_operating=4420000", "result=-120000", "equity_end=800000"]);
  });

  it("reads nothing when the trio does not add up, or one of it is missing", () => {
    expect(
      items(["Vi fick 4 300 000 kronor.", "Vi använde 4 200 000 kronor.", "Det blev 90 000 kronor över."]),
    ).toEqual([]);
    expect(items(["Vi fick 4 300 000 kronor.", "Nu har vi 800 000 kronor sparade."])).toEqual([]);
  });

  it("never reads a grant from someone, another year, or a sentence with more in it", () => {
    expect(
      items(["Vi fick 400 000 kronor från Arvsfonden.", "Vi använde 300 000 kronor.", "Det blev 100 000 kronor över."]),
    ).toEqual([]);
    expect(
      items(["Vi fick 400 000 kronor under 2023.", "Vi använde 300 000 kronor.", "Det blev 100 000 kronor över."]),
    ).toEqual([]);
  });

  it("stores the trio from a paragraph of one-line sentences, and nothing across a blank line", () => {
    const read = (lines: string[]) =>
      parseProseFinance(new DocumentText("tallmo/2024-annual-report", lines, 2024)).facts.map((f) =>
        f.table === "finance" ? `${f.item}=${f.amount_sek}` : f.table,
      );
    const money = ["Vi fick 2 000 000 kronor.", "Vi använde 1 900 000 kronor.", "Det blev 100 000 kronor över."];
    expect(read(["Pengar", ...money])).toEqual([
      "revenue_operating=2000000",
      "cost_operating=1900000",
      "result=100000",
    ]);
    expect(read(["Pengar", money[0]!, money[1]!, "", money[2]!])).toEqual([]);
  });
});
