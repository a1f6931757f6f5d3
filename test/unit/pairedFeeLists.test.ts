import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { readPairedFeeLists } from "../../loaders/extract/general/contributionLists.ts";
import { memberOf } from "../../loaders/extract/general/parseMemberContributions.ts";
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
