/** A member table outside the notes: its total confirms the members' rows. */
import { describe, expect, it } from "vitest";
import { documentFacts } from "../support/manifestEntry.ts";

const read = (lines: string[]) => documentFacts({ federation: "ekmo" }, lines);
const table = (totalLines: string[]) => [
  "Medlemsbidrag 2024 (kr)",
  "Försäkringskassan och Arbetsförmedlingen   3 200 000",
  "Region Ekmark                              1 600 000",
  "Ekmo kommun                                  800 000",
  ...totalLines,
];

describe("the total of a member table", () => {
  it("under a ruled line with no label is the members' revenue, and confirms the rows", () => {
    const facts = read(
      table(["                                     -----------", "                                   5 600 000"]),
    );
    expect(facts.find((f) => f.item === "member_revenue")).toMatchObject({ year: 2024, amount_sek: 5600000 });
    expect(facts.filter((f) => f.table === "member_contribution").map((f) => f.amount_sek)).toEqual([
      3200000, 1600000, 800000,
    ]);
  });
  it("as a 'Summa' row is read the same way", () => {
    const facts = read(table(["Summa                                      5 600 000"]));
    expect(facts.filter((f) => f.table === "member_contribution")).toHaveLength(3);
  });
  it("that the rows do not add up to confirms nothing, and an unruled bare number is no total", () => {
    // Rows short of their total are not contradicted (a row may be unread), but nothing confirms them.
    const short = read(table(["Summa                                      5 900 000"])).filter(
      (f) => f.table === "member_contribution",
    );
    expect(short.every((f) => (f.confirmed_by?.length ?? 0) === 0)).toBe(true);
    const added = read(table(["Summa                                      5 600 000"])).filter(
      (f) => f.table === "member_contribution",
    );
    expect(added.every((f) => (f.confirmed_by?.length ?? 0) > 0)).toBe(true);
    const bare = read(table(["", "                                   5 600 000"]));
    expect(bare.some((f) => f.item === "member_revenue")).toBe(false);
  });
});

describe("a member table's column for a year after the report's", () => {
  it("is next year's budget, and the report's own year stays the outcome", () => {
    const facts = read([
      "Medlemsbidrag (kr)",
      "Medlem                                      2025          2024",
      "Försäkringskassan och Arbetsförmedlingen   3 400 000     3 200 000",
      "Region Ekmark                              1 700 000     1 600 000",
      "Ekmo kommun                                  850 000       800 000",
      "Summa                                      5 950 000     5 600 000",
    ]);
    const region = facts.filter((f) => f.table === "member_contribution" && f.member === "Region Ekmark");
    expect(region.map((f) => [f.year, f.basis, f.amount_sek])).toEqual([
      [2025, "budget", 1700000],
      [2024, "actual", 1600000],
    ]);
    // Never an outcome of a year the report has not seen.
    expect(facts.some((f) => f.year === 2025 && f.basis === "actual")).toBe(false);
  });
});
