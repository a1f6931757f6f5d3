/**
 * Shapes of running text from the p37 probes, in made-up federations' words. Each rule has a case
 * where it must fire and one where it must not.
 */
import { describe, expect, it } from "vitest";
import { readMoneySentence } from "../../loaders/extract/general/moneyGrammar.ts";

const money = (s: string, year = 2025) =>
  readMoneySentence(s, year).figures.map((f) => `${f.year}:${f.basis}:${f.item}=${f.sek}`);

describe("equity told as a change from the year's opening to its end", () => {
  it("reads the level reached as the year's and the opening as the year before's (must fire)", () => {
    expect(money("Eget kapital minskade från 4,2 mnkr vid årets början till 3,7 mnkr den 31 december.")).toEqual([
      "2025:actual:equity_end=3700000",
      "2024:actual:equity_end=4200000",
    ]);
    expect(money("Det egna kapitalet sjönk från 880 tkr den 1 januari till 812 tkr vid årets slut.")).toEqual([
      "2025:actual:equity_end=812000",
      "2024:actual:equity_end=880000",
    ]);
  });

  it("reads 'ökade med X, från Y till Z' as the change, the opening and the level (must fire)", () => {
    expect(money("Det egna kapitalet ökade med 210 tkr, från 1 020 tkr till 1 230 tkr vid årets slut.")).toEqual([
      "2025:actual:equity_end=1230000",
      "2024:actual:equity_end=1020000",
    ]);
    expect(money("Kostnaderna ökade med 0,4 mnkr, från 8,1 mnkr till 8,5 mnkr.")).toEqual([
      "2025:actual:cost_operating=8500000",
    ]);
  });

  it("must not date the level to the year before, nor read a flow 'vid årets början' or a part-year level", () => {
    const both = money("Eget kapital minskade från 4,2 mnkr vid årets början till 3,7 mnkr den 31 december.");
    expect(both).not.toContain("2024:actual:equity_end=3700000");
    expect(both).not.toContain("2025:actual:equity_end=4200000");
    expect(money("Intäkterna minskade från 9,1 mnkr vid årets början till 8,5 mnkr.")).toEqual([]);
    expect(money("Eget kapital minskade från 4,2 mnkr vid årets början till 3,7 mnkr den 30 juni.")).toEqual([]);
    expect(
      money("Det egna kapitalet beräknas minska från 3,7 mnkr vid årets början till 3,1 mnkr under 2026."),
    ).toEqual([]);
    // The change's amount is never the level.
    expect(money("Det egna kapitalet ökade med 210 tkr, från 1 020 tkr till 1 230 tkr vid årets slut.")).not.toContain(
      "2025:actual:equity_end=210000",
    );
  });
});

describe("a balance compared with the year before's balance date", () => {
  it("reads the year-end equity as the year's and the compared one as the year before's (must fire)", () => {
    expect(
      money(
        "Vid årets slut hade förbundet ett eget kapital på 1 950 tkr, att jämföra med 2 130 tkr vid utgången av 2024.",
      ),
    ).toEqual(["2025:actual:equity_end=1950000", "2024:actual:equity_end=2130000"]);
    expect(money("Eget kapital uppgick till 2,6 mnkr den 31 december, jämfört med 3,1 mnkr vid årets början.")).toEqual(
      ["2025:actual:equity_end=2600000", "2024:actual:equity_end=3100000"],
    );
  });

  it("must not date the year's equity by the comparison's date, nor read a flow by a balance date", () => {
    const read = money(
      "Vid årets slut hade förbundet ett eget kapital på 1 950 tkr, att jämföra med 2 130 tkr vid utgången av 2024.",
    );
    expect(read).not.toContain("2024:actual:equity_end=1950000");
    expect(read).not.toContain("2025:actual:equity_end=2130000");
    expect(money("Intäkterna var 6 210 tkr, att jämföra med 5 980 tkr vid utgången av 2024.")).toEqual([]);
    expect(money("Kostnaderna var 8,6 mnkr, jämfört med 3,1 mnkr vid årets början.")).toEqual([
      "2025:actual:cost_operating=8600000",
    ]);
    // Two years back is no comparison with the year before.
    expect(money("Eget kapital uppgick till 2 215 tkr, mot 2 480 tkr den 31 december 2023.")).toEqual([]);
  });
});
