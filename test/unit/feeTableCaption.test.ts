/**
 * A members' fee table whose caption stands above a sentence ("Bilaga 2: Medlemsavgifter 2026
 * (tkr)" / "Styrelsens budget för 2026 omfattar 12 400 tkr." / the table), and a förbundsordning's
 * fees, which are planned. Made-up federation and figures.
 */
import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { parseMemberContributions } from "../../loaders/extract/general/parseMemberContributions.ts";
import type { AnyFact } from "../helpers.ts";

const table = (title: string, caption: string, sentence: string | null) => [
  title,
  "",
  "Styrelsen består av sex ledamöter.",
  "",
  caption,
  ...(sentence === null ? [] : [sentence]),
  "Medlem                  Invånare        Andel    Avgift 2026",
  "Försäkringskassan              –            –          6 200",
  "Region Norrvik                 –            –          3 100",
  "Åby kommun                24 800         80,0 %        2 480",
  "Bäckfors kommun            6 200         20,0 %          620",
  "Summa                     31 000        100,0 %       12 400",
];
const fees = (lines: string[]) =>
  (parseMemberContributions(new DocumentText("norrvik/2026-annual-report", lines, 2026), [], []).facts as AnyFact[])
    .filter((f) => f.table === "member_contribution")
    .map((f) => `${f.year}:${f.basis}:${f.member}=${f.amount_sek}`);

describe("a fee table under a caption and a sentence", () => {
  it("takes its unit from the caption over the sentence, and a förbundsordning's fees as planned", () => {
    const got = fees(
      table(
        "Förbundsordning för Samordningsförbundet Norrvik",
        "Bilaga 2: Medlemsavgifter 2026 (tkr)",
        "Styrelsens budget för 2026 omfattar 12 400 tkr.",
      ),
    );
    expect(got).toEqual(
      expect.arrayContaining([
        "2026:budget:Staten=6200000",
        "2026:budget:Region Norrvik=3100000",
        "2026:budget:Åby kommun=2480000",
      ]),
    );
    expect(got.filter((g) => g.includes(":actual:"))).toEqual([]);
  });

  it("reads the same table in an annual report as the year's outcome", () => {
    const got = fees(
      table(
        "Årsredovisning 2026 för Samordningsförbundet Norrvik",
        "Bilaga 2: Medlemsavgifter 2026 (tkr)",
        "Avgifterna betalades i januari.",
      ),
    );
    expect(got).toContain("2026:actual:Staten=6200000");
  });

  it("stores nothing where no line states the unit", () => {
    const got = fees(
      table("Förbundsordning för Samordningsförbundet Norrvik", "", "Styrelsens budget för 2026 omfattar 12 400 tkr."),
    );
    expect(got).toEqual([]);
  });

  it("passes over a sentence ending on an amount in kronor between the heading and the header", () => {
    const lines = [
      "Verksamhetsplan 2026 för Samordningsförbundet Norrvik",
      "",
      "Medlemsavgifter 2026 (kronor)",
      "Förbundets budget för 2026 är 12 400 000 kronor.",
      "Medlem                      Avgift 2026",
      "Försäkringskassan             6 200 000",
      "Region Norrvik                3 100 000",
      "Åby kommun                    2 480 000",
      "Bäckfors kommun                 620 000",
      "Summa                        12 400 000",
    ];
    const got = fees(lines);
    expect(got).toEqual(expect.arrayContaining(["2026:budget:Staten=6200000", "2026:budget:Bäckfors kommun=620000"]));
    expect(got.filter((g) => g.endsWith("=12400000"))).toEqual([]);
  });
});

describe("the one agency of a members' table paying the state's half", () => {
  const note = (agencyRows: string[]) => [
    "Årsredovisning 2026 för Samordningsförbundet Norrvik",
    "",
    "Medlemsbidrag (tkr)              2026        2025",
    ...agencyRows,
    "Region Norrvik                  3 100       3 000",
    "Åby kommun                      2 480       2 400",
    "Bäckfors kommun                   620         600",
    "Summa                          12 400      12 000",
  ];

  it("is the state where its amount is the region's and the municipalities' together", () => {
    const got = fees(note(["Försäkringskassan               6 200       6 000"]));
    expect(got).toEqual(expect.arrayContaining(["2026:actual:Staten=6200000", "2025:actual:Staten=6000000"]));
  });

  it("stays the agency where it is not, or where both agencies are listed", () => {
    const off = fees(
      note(["Försäkringskassan               6 100       6 000", "Arbetsförmedlingen                100           0"]),
    );
    expect(off.filter((g) => g.includes("Staten"))).toEqual([]);
    const notHalf = fees(note(["Försäkringskassan               6 300       6 000"]));
    expect(notHalf.filter((g) => g.includes("Staten"))).toEqual([]);
  });
});
