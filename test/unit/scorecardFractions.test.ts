/**
 * A scorecard "Indikator | Målvärde | Utfall 2025 | Utfall 2024 | Status" whose outcomes carry their
 * fraction ("71,4 (85/119)"): each year's outcome read where the fraction gives it, the base stored
 * as the year's exits only where a legend or the label says so; the target never. Made-up figures.
 */
import { describe, expect, it } from "vitest";
import { extractFromLines } from "../../loaders/extract/extractDocument.ts";
import type { ManifestEntry } from "../../loaders/schema/manifest.ts";
import type { AnyFact } from "../helpers.ts";

const entry: ManifestEntry = {
  federation_id: "hallmo",
  kind: "annual_report",
  date: "2026-03-10",
  period_year: 2025,
  title: "Årsredovisning 2025",
  file: "hallmo/arsredovisning-2025.txt",
  sha256: "0".repeat(64),
};
const read = (lines: string[]) =>
  (extractFromLines(entry, lines, "0".repeat(64)).facts as AnyFact[])
    .filter((f) => f.table === "indicator" || f.table === "participant_count")
    .map((f) => `${f.table}:${f.indicator ?? f.measure}:${f.year}=${f.value}${f.n ? `/n${f.n}` : ""}`);

const head = ["Samordningsförbundet Hallmo", "Årsredovisning 2025", "", "Måluppfyllelse", ""];

describe("a scorecard with fractions", () => {
  it("reads each year's outcome and, where the legend names the exits as the base, the exits", () => {
    const facts = read([
      ...head,
      "Utfallet visas i procent och inom parentes som antal som nått målet / antal avslutade.",
      "",
      "Indikator                               Målvärde    Utfall 2025     Utfall 2024     Status",
      "Andel till arbete eller studier, %          45      40,0 (30/75)    37,5 (24/64)    Ej nått",
    ]);
    expect(facts).toEqual(
      expect.arrayContaining([
        "participant_count:exited:2025=75",
        "participant_count:exited:2024=64",
        "indicator:work_or_studies_rate_reported:2025=40/n75",
        "indicator:work_or_studies_rate_reported:2024=37.5/n64",
      ]),
    );
    expect(facts.filter((f) => f.includes("=45"))).toEqual([]);
  });

  it("stores no exits without a legend or label naming them as the base (must not fire)", () => {
    const facts = read([
      ...head,
      "Indikator                               Målvärde    Utfall 2025     Utfall 2024",
      "Andel till arbete eller studier, %          45      40,0 (30/75)    37,5 (24/64)",
    ]);
    expect(facts.filter((f) => f.startsWith("participant_count"))).toEqual([]);
  });

  it("reads nothing from a cell whose fraction does not give its share (must not fire)", () => {
    const facts = read([
      ...head,
      "Utfallet visas i procent och inom parentes som antal som nått målet / antal avslutade.",
      "",
      "Indikator                               Målvärde    Utfall 2025     Utfall 2024",
      "Andel till arbete eller studier, %          45      44,0 (30/75)    37,5 (24/64)",
    ]);
    expect(facts.filter((f) => f.includes(":2025="))).toEqual([]);
  });
});
