/**
 * Shapes of running text from the twelfth held-out sets, in made-up federations' words: an amount
 * set between two commas after its figure ("Årets resultat, -84 310 kr, stämmer …"), the equity the
 * year opened with named before its amount ("Ingående eget kapital var …"), and an amount the money
 * grammar drops always leaving its reason. Each rule has a case where it must not fire.
 */
import { describe, expect, it } from "vitest";
import { readMoneySentence } from "../../loaders/extract/general/moneyGrammar.ts";

/** What the money grammar reads of a sentence, as "year:basis:item=sek", and the amounts it leaves unread. */
function money(sentence: string, year = 2024) {
  const r = readMoneySentence(sentence, year);
  return {
    read: r.figures.map((f) => `${f.year}:${f.basis}:${f.item}=${f.sek}`),
    unread: r.unread.map((u) => u.raw),
  };
}

describe("an amount between two commas after its figure", () => {
  it("is the figure's apposition, wrapped over a line or not", () => {
    expect(money("Årets resultat,\n-84 310 kr, har stämts av mot huvudboken.").read).toEqual([
      "2024:actual:result=-84310",
    ]);
    expect(money("Kostnaderna, 2 615 400 kr, låg inom ramen.").read).toEqual(["2024:actual:cost_operating=2615400"]);
  });
  it("is not read where a number follows the comma (a list), nor where the figure is unsigned or no figure names it", () => {
    expect(money("Intäkter och kostnader, 3 100 000 kr, 2 950 000 kr.").read).toEqual([]);
    expect(money("Årets resultat, 84 310 kr, har stämts av.").read).toEqual([]);
    expect(money("Enligt planen, 84 310 kr, har använts.").read).toEqual([]);
  });
});

describe("the equity the year opened with", () => {
  it("is the year before's closing equity where its mark stands before the amount", () => {
    expect(money("Ingående eget kapital var 905 120 kr.").read).toEqual(["2023:actual:equity_end=905120"]);
    expect(money("Vid årets början var det egna kapitalet 1 204 600 kr.").read).toEqual([
      "2023:actual:equity_end=1204600",
    ]);
  });
  it("is never the year's closing equity, nor read beside another year", () => {
    expect(money("Ingående eget kapital var 905 120 kr.").read).not.toContain("2024:actual:equity_end=905120");
    expect(money("Ingående eget kapital 2022 var 905 120 kr.").read).toEqual([]);
    expect(money("Det ingående egna kapitalet minskade med 40 000 kr.").read).toEqual([]);
  });
});

describe("an amount the money grammar does not store", () => {
  it("always leaves its reason, also where its clause names no figure of the accounts", () => {
    expect(money("Projektet Brobygget fick 240 000 kr av förbundet.")).toEqual({ read: [], unread: ["240 000 kr"] });
    expect(money("Ingående eget kapital 2022 var 905 120 kr.").unread).toEqual(["905 120 kr"]);
  });
  it("leaves nothing unread where every amount is read", () => {
    expect(money("Eget kapital uppgick till 1 120 000 kr.")).toEqual({
      read: ["2024:actual:equity_end=1120000"],
      unread: [],
    });
  });
});
