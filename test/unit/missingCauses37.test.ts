/**
 * Stop 37, common causes of missing figures in the tuning set (made-up federations, our own words).
 * Members' fees one a line under a caption or heading naming the fees but no year: the report year's
 * where the state's half or a stated total proves the list, never under a plan's or a note's caption.
 */
import { describe, expect, it } from "vitest";
import { memberAmountLists } from "../../loaders/extract/general/memberAmountLists.ts";
import { memberOf } from "../../loaders/extract/general/parseMemberContributions.ts";
import { docOf, type AnyFact } from "../helpers.ts";

const read = (lines: string[], year = 2025) =>
  (memberAmountLists(docOf(lines, year), memberOf).facts as AnyFact[]).map(
    (f) => `${f.member}=${f.amount_sek}@${f.year}:${f.basis}`,
  );

const LIST = [
  "Staten (FK och AF): 2 400 tkr",
  "Region Tallmark: 1 200 tkr",
  "Tallby kommun: 800 tkr",
  "Ekvik kommun: 400 tkr",
];

describe("members' fees under a caption naming no year", () => {
  it("reads the list under a caption naming the fees, an accordion's control beside it (must fire)", () => {
    const want = [
      "Staten=2400000@2025:actual",
      "Region Tallmark=1200000@2025:actual",
      "Tallby kommun=800000@2025:actual",
      "Ekvik kommun=400000@2025:actual",
    ];
    expect(read(["Årets siffror", "", "Medlemmarnas bidrag", "Visa mer", ...LIST])).toEqual(want);
    expect(read(["", "Medlemsavgifter", ...LIST])).toEqual(want);
  });

  it("reads the list under a heading naming the fees with a sentence and a blank line between (must fire)", () => {
    const lines = [
      "Förvaltningsberättelse",
      "",
      "Medlemmarnas bidrag",
      "Förbundet finansieras av medlemmarna enligt förbundsordningen.",
      "",
      "Försäkringskassan, för staten      3 000 000 kr",
      "Region Tallmark                    1 500 000 kr",
      "Tallby kommun                      1 000 000 kr",
      "Ekvik kommun                         500 000 kr",
      "Summa                              6 000 000 kr",
    ];
    expect(read(lines)).toEqual([
      "Staten=3000000@2025:actual",
      "Region Tallmark=1500000@2025:actual",
      "Tallby kommun=1000000@2025:actual",
      "Ekvik kommun=500000@2025:actual",
    ]);
  });

  it("leaves the list under a caption of a coming year, a budget, a note, a proposal, or naming no fee (must not fire)", () => {
    for (const caption of [
      "Medlemsavgifter kommande år",
      "Medlemsavgifter enligt budget",
      "Not 3 Medlemsbidrag",
      "Förslag till medlemsavgifter",
      "Medlemsavgifter, jämförelse",
      "Fördelning",
      "Så här fördelas pengarna",
    ])
      expect(read(["", caption, ...LIST])).toEqual([]);
  });

  it("leaves the list where the sentence under the heading speaks of next year, or too much text stands between (must not fire)", () => {
    const under = (between: string[]) => read(["", "Medlemsavgifter", ...between, "", ...LIST]);
    expect(under(["Inför nästa år höjs avgifterna enligt följande."])).toEqual([]);
    expect(under(["Avgifterna höjs med tre procent."])).toEqual([]);
    expect(under(["Rad ett.", "Rad två.", "Rad tre.", "Rad fyra."])).toEqual([]);
  });

  it("leaves a yearless list that breaks the state's half (must not fire)", () => {
    const broken = LIST.map((l) => l.replace("2 400 tkr", "2 600 tkr"));
    expect(read(["", "Medlemmarnas bidrag", ...broken])).toEqual([]);
  });
});
