/** The stacked 100 % chart's rows: each category's share of its bar, and the bar's name with its n. */
import { describe, expect, it } from "vitest";
// @ts-expect-error: plain-JS site components without type declarations
import { totalOf, withShares } from "../../src/components/shareChart.js";

describe("withShares", () => {
  const rows = [
    { id: "a", category: "work", value: 3 },
    { id: "a", category: "other_exit", value: 1 },
    { id: "b", category: "work", value: 0 },
  ];

  it("gives each row its share of its group's total, and no share for an empty group", () => {
    const { rows: shared, n } = withShares(rows, (r: { id: string }) => r.id);
    expect(shared.map((r: { share: number | null }) => r.share)).toEqual([75, 25, null]);
    expect([...n]).toEqual([
      ["a", 4],
      ["b", 0],
    ]);
  });

  it("names the bar with its n and labels the category from the code list", () => {
    const { rows: shared } = withShares(rows.slice(0, 2), (r: { id: string }) => r.id, {
      as: "bar",
      name: (r: { id: string }) => `Insats ${r.id}`,
      labels: { work: "Arbete" },
    });
    expect(shared.map((r: { bar: string; label: string }) => [r.bar, r.label])).toEqual([
      ["Insats a (n = 4)", "Arbete"],
      ["Insats a (n = 4)", "other_exit"],
    ]);
  });

  it("sums a chart's n over its rows", () => {
    expect(totalOf(rows)).toBe(4);
  });
});
