/**
 * Shapes of running text from the third held-out set, in made-up federations' words: a level a
 * change reached with the level it came from, a sentence pointing at the statements' pages, and a
 * count of new interventions beside a count of people.
 */
import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { readSentence } from "../../loaders/extract/general/figureGrammar.ts";
import { readMoneySentence } from "../../loaders/extract/general/moneyGrammar.ts";
import { itemsInTables } from "../../loaders/extract/general/parseProseFinance.ts";

const read = (s: string, year = 2024) =>
  readMoneySentence(s, year).figures.map((f) => `${f.item}=${f.sek}${f.year === year ? "" : ` ${f.year}`}`);
const unread = (s: string, year = 2024) => readMoneySentence(s, year).unread.map((u) => u.raw);

describe("equity that changed 'från A till B'", () => {
  it("reads B as the year's equity and A as the year before's", () => {
    const s = "Förbundets egna kapital sjönk under året från 1 904 250 kronor till 1 377 600 kronor.";
    expect(read(s)).toEqual(["equity_end=1377600", "equity_end=1904250 2023"]);
    expect(unread(s)).toEqual([]);
  });

  it("does not give a flow's starting amount to the year before", () => {
    const s = "Kostnaderna ökade från 4,1 mnkr till 4,6 mnkr.";
    expect(read(s)).toEqual(["cost_operating=4600000"]);
    expect(unread(s)).toEqual(["4,1 mnkr"]);
  });

  it("reads no opening equity from a change in a budget or without a level after it", () => {
    expect(read("I budgeten minskar det egna kapitalet från 2,2 mnkr till 1,8 mnkr.")).toEqual([]);
    const s = "Det egna kapitalet minskade från 2 200 tkr, främst genom nya insatser.";
    expect(read(s)).toEqual([]);
    expect(unread(s)).toEqual(["2 200 tkr"]);
  });
});

describe("a sentence that points at the statements' pages", () => {
  const tableItems = (lines: string[]) => [...itemsInTables(new DocumentText("t/2024", lines, 2024))].sort();

  it("is not a table row naming the result", () => {
    expect(tableItems(["Resultaträkningen och balansräkningen återfinns på sidorna 9–10."])).toEqual([]);
    expect(tableItems(["Kassaflödet och resultatet redovisas i not 4."])).toEqual([]);
  });

  it("while a labelled row of numbers still is", () => {
    expect(tableItems(["Årets resultat          -412        156"])).toEqual(["result"]);
  });
});

describe("a count of new things beside people", () => {
  const counts = (s: string) => readSentence(s).figures.map((f) => `${f.kind}:${f.token.value}`);

  it("does not read 'tre nya projekt' as new participants", () => {
    expect(counts("Under hösten kom tre nya projekt igång i Norrvik.")).toEqual([]);
    expect(counts("Två olika insatser startade i mars.")).toEqual([]);
  });

  it("still reads new people", () => {
    expect(counts("Under året tillkom 45 nya deltagare.")).toEqual(["count:45"]);
  });
});
