/** A caption with its unit over year columns ("Intäkter (tkr)   2026") starts a new table. Made-up figures. */
import { describe, expect, it } from "vitest";
import { documentFacts } from "../support/manifestEntry.ts";

const lines = (caption: string) => [
  "Årsredovisning 2026 för Samordningsförbundet Norrvik",
  "",
  "Uppföljning per kostnadsställe (tkr)",
  "Kostnadsställe                  Budget    Utfall    Avvikelse",
  "Styrelse och revision              300       280           20",
  "Kansli                           1 200     1 150           50",
  "Insatser                         4 500     4 470           30",
  "Summa kostnader                  6 000     5 900          100",
  "",
  caption,
  "Staten                           3 000",
  "Region Norrvik                   1 500",
  "Åby kommun                       1 500",
  "Summa intäkter                   6 000",
];
const finance = (ls: string[]) =>
  documentFacts({ federation: "norrvik", year: 2026 }, ls)
    .filter((f) => f.table === "finance")
    .map((f) => `${f.year}:${f.basis}:${f.item}=${f.amount_sek}`);

describe("a caption over year columns under a budget follow-up", () => {
  it("ends the follow-up: its year is no budget amount, and its total no budget", () => {
    const got = finance(lines("Intäkter (tkr)                   2026"));
    expect(got).toContain("2026:actual:cost_operating=5900000");
    expect(got.filter((g) => g.includes(":budget:revenue_operating"))).toEqual([]);
  });
});
