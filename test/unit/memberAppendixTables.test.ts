/**
 * An appendix of one small participant table per member municipality ("Deltagare från X kommun"):
 * a member's table is never the federation's; a table captioned as the whole federation's is.
 * Made-up federations and figures.
 */
import { describe, expect, it } from "vitest";
import { extractFromLines } from "../../loaders/extract/extractDocument.ts";
import type { ManifestEntry } from "../../loaders/schema/manifest.ts";
import type { AnyFact } from "../helpers.ts";

const entry: ManifestEntry = {
  federation_id: "vassmo",
  kind: "annual_report",
  date: "2025-03-10",
  period_year: 2024,
  title: "Årsredovisning 2024",
  file: "vassmo/arsredovisning-2024.txt",
  sha256: "0".repeat(64),
};
const counts = (lines: string[]) =>
  (extractFromLines(entry, lines, "0".repeat(64)).facts as AnyFact[])
    .filter((f) => f.table === "participant_count")
    .map((f) => `${f.intervention ?? "fed"}:${f.measure}:${f.gender}=${f.value}`);

const memberTables = [
  "Samordningsförbundet Vassmo",
  "Årsredovisning 2024",
  "",
  "Förvaltningsberättelse",
  "",
  "Deltagare från Vassby kommun",
  "                     Kvinnor    Män    Totalt",
  "Inskrivna               12        9       21",
  "Avslutade                5        4        9",
  "",
  "Deltagare från Ekeby kommun",
  "                     Kvinnor    Män    Totalt",
  "Inskrivna                7        8       15",
  "Avslutade                3        2        5",
];

describe("per-member participant tables", () => {
  it("are never the federation's, even under a summary heading (must not fire)", () => {
    expect(counts(memberTables).filter((f) => f.startsWith("fed:"))).toEqual([]);
  });

  it("leave the whole federation's table after them read, and only it", () => {
    const facts = counts([
      ...memberTables,
      "",
      "Deltagare i hela förbundet, totalt",
      "                     Kvinnor    Män    Totalt",
      "Inskrivna               19       17       36",
      "Avslutade                8        6       14",
    ]);
    expect(facts).toEqual(
      expect.arrayContaining(["fed:enrolled:all=36", "fed:enrolled:woman=19", "fed:exited:all=14"]),
    );
    expect(facts.filter((f) => /=(21|15|9|5)$/.test(f))).toEqual([]);
  });
});
