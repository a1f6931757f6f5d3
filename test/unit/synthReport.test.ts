/**
 * The synthetic corpus's figures (loaders/synth/rewriteReport.ts): each is its key's base times
 * the federation-year's multiplier, so a report's prior-year column repeats the previous
 * report's current column, totals still add up, and text no fact was read from stays as it was.
 */
import { describe, expect, it } from "vitest";
import { basesOf, replaceFigures, rewriteLines, shiftYears, type Slot } from "../../loaders/synth/rewriteReport.ts";

const seed = [
  "Resultaträkning 2024 2023",
  "Verksamhetens intäkter 1 16 189 674 16 189 274",
  "Verksamhetens kostnader 2 -17 607 130 -18 714 547",
  "Verksamhetens resultat -1 417 456 -2 525 273",
  "Under 2024 deltog 212 personer, varav 120 kvinnor och 92 män.",
  "Sidan 12 av 40",
  "Resultat 2021 1 245 879",
];
const money = (key: string, line: number, year: number, seedValue: number): Slot => ({
  line,
  seedValue,
  key,
  year,
  kind: "money",
});
const count = (key: string, year: number, seedValue: number): Slot => ({
  line: 4,
  seedValue,
  key,
  year,
  kind: "count",
});
const slots: Slot[] = [
  money("revenue", 1, 2024, 16189674),
  money("revenue", 1, 2023, 16189274),
  money("cost", 2, 2024, 17607130),
  money("cost", 2, 2023, 18714547),
  money("operating", 3, 2024, -1417456),
  money("operating", 3, 2023, -2525273),
  money("operating", 6, 2021, 1245879),
  count("enrolled", 2024, 212),
  count("women", 2024, 120),
  count("men", 2024, 92),
];
const multipliers = { money: (y: number) => y - 2020, count: (y: number) => (y % 2) + 1 };
const report = (year: number) =>
  rewriteLines(seed, {
    delta: year - 2024,
    renames: [],
    slots,
    bases: basesOf(slots, 2024),
    multipliers,
  });
/** The amounts on a line, as numbers (sign kept), after its label and note. */
const amounts = (line: string) =>
  [...line.matchAll(/-?\d{1,3}(?: \d{3})+/g)].map((m) => Number(m[0].replace(/ /g, "")));

describe("a synthetic report's figures", () => {
  it("repeat the previous report's current column in the prior-year column", () => {
    const [r2023, r2024] = [report(2023), report(2024)];
    for (const line of [1, 2, 3]) expect(amounts(r2024[line]!)[1]).toBe(amounts(r2023[line]!)[0]);
  });

  it("still add up: revenue − costs = the operating result, women + men = all", () => {
    for (const year of [2022, 2023, 2024]) {
      const r = report(year);
      const [revenue] = amounts(r[1]!);
      const [cost] = amounts(r[2]!);
      const [operating] = amounts(r[3]!);
      expect(revenue! + cost!).toBe(operating);
      const [all, women, men] = [...r[4]!.matchAll(/\b\d+(?= (?:personer|kvinnor|män))/g)].map((m) => Number(m[0]));
      expect(women! + men!).toBe(all);
      expect(all).toBe(212 * multipliers.count(year));
    }
  });

  it("vary from year to year by the multiplier of the year they describe", () => {
    const r = report(2024);
    expect(amounts(r[1]!)).toEqual([16189674 * multipliers.money(2024), 16189674 * multipliers.money(2023)]);
    // A year whose seed figure has the other sign than the key's base takes the base's sign.
    expect(amounts(r[6]!)).toEqual([-1417456 * multipliers.money(2021)]);
  });

  it("leave text no fact was read from alone: note numbers, page numbers; only years move", () => {
    const r = report(2022);
    expect(r[5]).toBe("Sidan 12 av 40");
    expect(r[0]).toBe("Resultaträkning 2022 2021");
    expect(r[1]!.startsWith("Verksamhetens intäkter 1 ")).toBe(true);
    expect(r).toHaveLength(seed.length);
  });

  it("shift years in ISO dates and in minutes' YYMMDD dates, not in amounts", () => {
    expect(shiftYears("Datum: 240308, beslut 2024-03-08, 2 024 kr", -2)).toBe(
      "Datum: 220308, beslut 2022-03-08, 2 024 kr",
    );
  });
});

describe("replacing a figure on a line (a generated federation's budget in the seed minutes)", () => {
  const line = "7 799 000 kr från statligt håll ger en total inkomst i budget för 2023 på 15 598 000 kr";

  it("writes each figure anew, grouped as the line groups it", () => {
    expect(
      replaceFigures(line, [
        { from: 7799000, to: 948000 },
        { from: 15598000, to: 1949000 },
      ]),
    ).toBe("948 000 kr från statligt håll ger en total inkomst i budget för 2023 på 1 949 000 kr");
    expect(replaceFigures("totalt 7799000 kr", [{ from: 7799000, to: 948000 }])).toBe("totalt 948000 kr");
  });

  it("leaves a figure that is not on the line, and a part of a longer number, alone", () => {
    expect(replaceFigures(line, [{ from: 1234000, to: 5 }])).toBe(line);
    expect(replaceFigures("Summa 115 598 000 kr", [{ from: 15598000, to: 1 }])).toBe("Summa 115 598 000 kr");
  });
});
