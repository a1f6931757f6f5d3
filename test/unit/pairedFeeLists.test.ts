import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { readPairedFeeLists } from "../../loaders/extract/general/contributionLists.ts";
import { memberOf, parseMemberContributions } from "../../loaders/extract/general/parseMemberContributions.ts";
import { parseStatements } from "../../loaders/extract/general/parseStatements.ts";
import type { AnyFact } from "../helpers.ts";

const doc = (heading: string, sum = "1 000 000") =>
  new DocumentText(
    "ekby/2023-annual-report",
    [
      "Kommunernas avgifter framgår av listan.",
      "",
      heading,
      "Åby             400 000      Bäckfors        250 000",
      "Nedre Ekby      200 000      Dalsjö          150 000",
      `Summa kommunerna                             ${sum}`,
      "",
      "Folkmängd 2022 (invånare)",
      "Åby              12 400      Bäckfors          7 800",
      "Nedre Ekby        6 100      Dalsjö            4 500",
    ],
    2023,
  );
const fees = (d: DocumentText) =>
  (readPairedFeeLists(d, memberOf).facts as AnyFact[]).map((f) => `${f.member}=${f.amount_sek}@${f.line}`);

describe("the members' fees in a list set in two columns", () => {
  it("reads each municipality's fee where the list adds up to its Summa row", () => {
    expect(fees(doc("Medlemsavgifter 2023, kommunerna (kr)"))).toEqual([
      "Åby=400000@4",
      "Bäckfors=250000@4",
      "Nedre Ekby=200000@5",
      "Dalsjö=150000@5",
    ]);
  });

  it("reads nothing where the list does not add up, or the heading names another year (must not fire)", () => {
    expect(fees(doc("Medlemsavgifter 2023, kommunerna (kr)", "1 100 000"))).toEqual([]);
    expect(fees(doc("Medlemsavgifter 2024, kommunerna (kr)"))).toEqual([]);
  });

  it("never reads the population list in the same layout (must not fire)", () => {
    const all = parseStatements(doc("Medlemsavgifter 2023, kommunerna (kr)")).facts as AnyFact[];
    expect(all.some((f) => [12_400, 7_800, 6_100, 4_500].includes(f.amount_sek))).toBe(false);
    expect(all.filter((f) => f.table === "member_contribution")).toHaveLength(4);
  });
});

describe("the members' fees in a list of one column under a caption (a members' table)", () => {
  const list = (caption: string, sum = "3 000 000", above = "Bilaga 2 Ekonomi 2023") =>
    new DocumentText(
      "ekby/2023-annual-report",
      [
        above,
        caption,
        "Försäkringskassan och Arbetsförmedlingen (staten)     1 500 000",
        "Region Ekland                                           750 000",
        "Åby kommun                                              450 000",
        "Dalsjö kommun                                           300 000",
        `Summa                                                 ${sum}`,
        "",
      ],
      2023,
    );
  /** The year's outcome, as the members' readers together store it. */
  const actual = (d: DocumentText) =>
    (parseMemberContributions(d, [], []).facts as AnyFact[])
      .filter((f) => f.table === "member_contribution" && f.basis === "actual" && f.year === 2023)
      .map((f) => `${f.member}=${f.amount_sek}@${f.line}`);
  const read = [
    "Försäkringskassan och Arbetsförmedlingen=1500000@3",
    "Region Ekland=750000@4",
    "Åby kommun=450000@5",
    "Dalsjö kommun=300000@6",
  ];

  it("is read once, by the members' tables, never by the two-column lists", () => {
    expect(fees(list("Medlemsbidrag per part (kr)"))).toEqual([]);
    expect(actual(list("Medlemsbidrag per part (kr)"))).toEqual(read);
  });
  it("reads the fees to the document's own federation", () => {
    expect(actual(list("Medlemsbidrag till Samordningsförbundet Ekby 2023 (kr)"))).toEqual(read);
  });
  it("reads nothing where it does not add up, names a budget, another year or none (must not fire)", () => {
    expect(actual(list("Medlemsbidrag per part (kr)", "3 100 000"))).toEqual([]);
    expect(actual(list("Medlemsbidrag enligt budget (kr)"))).toEqual([]);
    expect(actual(list("Medlemsbidrag 2024 per part (kr)"))).toEqual([]);
    expect(actual(list("Medlemsbidrag till Norrfors 2023 (kr)"))).toEqual([]);
    // Neither it nor the heading above names a year: the list may be any year's.
    expect(actual(list("Medlemsbidrag per part (kr)", "3 000 000", "Bilaga 2 Ekonomi"))).toEqual([]);
  });
});
