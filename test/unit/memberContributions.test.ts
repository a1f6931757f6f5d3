import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { memberOfWrapped } from "../../loaders/extract/general/parseMemberContributions.ts";
import { parseStatements } from "../../loaders/extract/general/parseStatements.ts";
import type { AnyFact } from "../helpers.ts";

const doc = (lines: string[]) => new DocumentText("granby/2024-annual-report", lines, 2024);
const contributions = (lines: string[]) =>
  (parseStatements(doc(lines)).facts as AnyFact[])
    .filter((f) => f.table === "member_contribution")
    .map((f) => `${f.member}:${f.year}=${f.amount_sek}@${f.line}`);

const NOTE = [
  "Noter",
  "",
  "Not 2 Verksamhetens intäkter                                            2024                      2023",
  "Medlemsavgifter",
  "  Staten (Försäkringskassan och",
  "  Arbetsförmedlingen)                                              3 000 000                 2 900 000",
  "  Region Granland                                                  1 500 000                 1 450 000",
  "  Granby kommun                                                    1 500 000                 1 450 000",
  "Summa medlemsavgifter                                              6 000 000                 5 800 000",
];

describe("a member's name wrapped over two lines in a note", () => {
  it("joins the name's two lines and stores the row for both years", () => {
    expect(contributions(NOTE)).toEqual(
      expect.arrayContaining([
        "Staten (Försäkringskassan och Arbetsförmedlingen):2024=3000000@6",
        "Staten (Försäkringskassan och Arbetsförmedlingen):2023=2900000@6",
        "Region Granland:2024=1500000@7",
      ]),
    );
  });

  it("must not join a finished label to the line above, nor a line above that has numbers", () => {
    const d = doc([
      "Staten (Försäkringskassan och",
      "Övriga intäkter) 12 000",
      "Region Granland 1 500 000",
      "Arbetsförmedlingen) 3 000 000",
      "",
      "Bidrag från",
      "Övriga 4 000",
    ]);
    // A closing bracket is unfinished, but the joined text names no member.
    expect(memberOfWrapped(d, { label: "Övriga intäkter)", line: 2 })).toBeNull();
    // The line above has a number: it is a row of its own, not the start of a name.
    expect(memberOfWrapped(d, { label: "Arbetsförmedlingen)", line: 4 })).toBeNull();
    // A label that stands on its own is not joined.
    expect(memberOfWrapped(d, { label: "Övriga", line: 7 })).toBeNull();
  });
});
