/**
 * A multi-year overview whose money a line above states in tkr, with rows counting participants
 * among the amounts, cells separated by TABs and an empty cell where a year's figure is missing.
 * Made-up federation and figures.
 */
import { describe, expect, it } from "vitest";
import { documentFacts, extractDocumentLines, type EntryOptions } from "../support/manifestEntry.ts";

const entry: EntryOptions = { federation: "grimsta" };
const facts = (lines: string[]) => documentFacts(entry, lines);

const OVERVIEW = [
  "Samordningsförbundet Grimsta",
  "Årsredovisning 2024",
  "",
  "Flerårsöversikt",
  "Alla belopp i tusentals kronor.",
  "\t2024\t2023\t2022",
  "Avslutade deltagare\t61\t\t48",
  "Kostnad per deltagare\t42\t39\t44",
  "Intäkter\t6 100\t5 900\t5 800",
  "Kostnader\t6 240\t5 750\t5 820",
  "Årets resultat\t-140\t150\t-20",
];

describe("counts among amounts in tkr", () => {
  it("reads a row the lexicon names a count as persons, its empty cell left empty", () => {
    const counts = facts(OVERVIEW)
      .filter((f) => f.table === "participant_count")
      .map((f) => `${f.year}:${f.measure}=${f.value}`);
    expect(counts).toEqual(expect.arrayContaining(["2024:exited=61", "2022:exited=48"]));
    expect(counts.some((c) => c.startsWith("2023:exited"))).toBe(false);
  });

  it("never reads an amount per participant as a count, and keeps the money in tkr", () => {
    const f = facts(OVERVIEW);
    expect(f.filter((x) => x.table === "participant_count" && [42, 39, 44].includes(x.value))).toEqual([]);
    expect(
      f.filter((x) => x.table === "finance" && x.year === 2024 && x.item === "result").map((x) => x.amount_sek),
    ).toEqual([-140000]);
  });
});

describe("two overviews of money in one document", () => {
  it("give one coverage row for their section, as the warehouse keeps one per section", () => {
    const lines = [
      ...OVERVIEW,
      "",
      "Eget kapital vid årets slut (tkr)",
      "\t2024\t2023\t2022",
      "Eget kapital\t1 860\t2 000\t1 850",
    ];
    const coverage = extractDocumentLines(entry, lines).coverage;
    const sections = coverage.map((c) => c.section);
    expect(new Set(sections).size).toBe(sections.length);
    expect(sections).toContain("general:five_year_overview");
  });
});
