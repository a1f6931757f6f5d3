/**
 * Members' tables whose own heading names no year: dated by the heading above them (an appendix
 * for the report's year), or a pivot's "Radetiketter  Medlemsbidrag 2024" with its unit above.
 */
import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { parseMemberContributions } from "../../loaders/extract/general/parseMemberContributions.ts";
import type { AnyFact } from "../helpers.ts";

const read = (lines: string[]) =>
  (parseMemberContributions(new DocumentText("ekeby/2024-annual-report", lines, 2024), [], []).facts as AnyFact[])
    .filter((f) => f.table === "member_contribution")
    .map((f) => `${f.year}:${f.member}=${f.amount_sek}`);

const appendix = (above: string, total: string) => [
  above,
  "Medlemsbidrag per part (kr)",
  "Staten                          1 200 000",
  "Region Ekeby                      600 000",
  "Lunda kommun                      600 000",
  `Summa                           ${total}`,
];

describe("a members' table dated by the heading above it", () => {
  it("takes the report's year from the appendix heading where its rows add up", () => {
    expect(read(appendix("Bilaga 2 Ekonomiskt underlag 2024", "2 400 000"))).toEqual([
      "2024:Staten=1200000",
      "2024:Region Ekeby=600000",
      "2024:Lunda kommun=600000",
    ]);
  });

  it("must not read it where the rows do not add up, or the heading above is a budget or another year", () => {
    expect(read(appendix("Bilaga 2 Ekonomiskt underlag 2024", "2 500 000"))).toEqual([]);
    // A budget appendix gives the year's budgeted fees (the members' lists reader), never the outcome.
    const budget = parseMemberContributions(
      new DocumentText("ekeby/2024-annual-report", appendix("Bilaga 2 Budget 2024", "2 400 000"), 2024),
      [],
      [],
    ).facts as AnyFact[];
    expect(budget.filter((f) => f.table === "member_contribution" && f.basis !== "budget")).toEqual([]);
    expect(read(appendix("Bilaga 2 Ekonomiskt underlag 2023", "2 400 000"))).toEqual([]);
  });
});

describe("a spreadsheet pivot of the members' contributions", () => {
  const pivot = (unit: string) => [
    `Summa av Belopp (${unit})`,
    "Radetiketter            Medlemsbidrag 2024",
    "Staten                  1 200",
    "Region Ekeby              600",
    "Lunda kommun              600",
    "Totalsumma              2 400",
  ];
  it("reads each member in the value field's unit, never the Totalsumma row as a member", () => {
    expect(read(pivot("tkr"))).toEqual(["2024:Staten=1200000", "2024:Region Ekeby=600000", "2024:Lunda kommun=600000"]);
  });
});
