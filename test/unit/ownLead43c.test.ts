/**
 * A glossary's or fact box's line "Hos oss 2024: 212 deltagare, 120 kvinnor och 92 män.": a lead naming
 * the federation itself ("hos oss", "hos förbundet") before a count with no verb. Made-up federation.
 */
import { describe, expect, it } from "vitest";
import { extractFromLines } from "../../loaders/extract/extractDocument.ts";
import type { ManifestEntry } from "../../loaders/schema/manifest.ts";
import type { AnyFact } from "../helpers.ts";

const entry: ManifestEntry = {
  federation_id: "rodvika",
  kind: "annual_report",
  date: "2025-04-02",
  period_year: 2024,
  title: "Ord och begrepp",
  file: "rodvika/ordlista.txt",
  sha256: "0".repeat(64),
};
const counts = (line: string) =>
  (
    extractFromLines(
      entry,
      ["Ord och begrepp hos Rödvika samordningsförbund", "", "Deltagare", line, "", "Kontakta kansliet."],
      entry.sha256,
    ).facts as AnyFact[]
  )
    .filter((f) => f.table === "participant_count")
    .map((f) => `${f.measure}/${f.gender}@${f.year}=${f.value}`);

describe("a lead naming the federation itself before a verbless count", () => {
  it("reads 'Hos oss 2024:' and 'Hos förbundet:' counts with their gender split as the year's", () => {
    expect(counts("Hos oss 2024: 212 deltagare, 120 kvinnor och 92 män.")).toEqual([
      "enrolled/all@2024=212",
      "enrolled/woman@2024=120",
      "enrolled/man@2024=92",
    ]);
    expect(counts("Hos förbundet: 212 personer (120 kvinnor, 92 män).")).toContain("enrolled/all@2024=212");
  });

  it("reads nothing for another year's lead or a lead naming one intervention", () => {
    expect(counts("Hos oss 2023: 212 deltagare, 120 kvinnor och 92 män.")).toEqual([]);
    expect(counts("Hos oss i Vägen ut: 212 deltagare, 120 kvinnor och 92 män.")).toEqual([]);
  });

  it("reads the lead in markdown emphasis ('*Hos oss 2024:* …'), never a worked example's lead", () => {
    expect(counts("*Hos oss 2024:* 212 deltagare, 120 kvinnor och 92 män.")).toContain("enrolled/all@2024=212");
    expect(counts("*Exempel:* 50 deltagare, 30 kvinnor och 20 män.")).toEqual([]);
  });

  it("reads nothing where the split does not add up to the count", () => {
    expect(counts("Hos oss 2024: 212 deltagare, 120 kvinnor och 80 män.")).toEqual([]);
  });
});
