/**
 * Interventions as columns, measures as rows, the federation's column last ("Förbundet" with
 * "totalt" under it), owner rows in words between the header and the figures: only the total
 * column is the federation's, each row's interventions adding up to it. Made-up federations.
 */
import { describe, expect, it } from "vitest";
import { extractFromLines } from "../../loaders/extract/extractDocument.ts";
import type { ManifestEntry } from "../../loaders/schema/manifest.ts";
import type { AnyFact } from "../helpers.ts";

const entry: ManifestEntry = {
  federation_id: "ornas",
  kind: "annual_report",
  date: "2025-03-10",
  period_year: 2024,
  title: "Årsredovisning 2024",
  file: "ornas/arsredovisning-2024.txt",
  sha256: "0".repeat(64),
};
const counts = (lines: string[]) =>
  (extractFromLines(entry, lines, "0".repeat(64)).facts as AnyFact[])
    .filter((f) => f.table === "participant_count" || f.table === "participant_breakdown")
    .map((f) => `${f.intervention ?? "fed"}:${f.measure ?? f.category}:${f.gender ?? ""}=${f.value}`);

const table = (total: string) => [
  "Samordningsförbundet Örnäs",
  "Årsredovisning 2024",
  "",
  "Bilaga 1. Insatserna i siffror",
  "",
  "                        Kliv      Bron     Porten    Förbundet",
  "                                                        totalt",
  "Ansvarig               Örby      Region     Örby",
  "                       kommun    Örnäs      kommun",
  "Deltagare                 40        31         22     " + total,
  "  varav kvinnor           21        15         12           48",
  "Avslutade                 15        12          9           36",
];

describe("interventions as columns with the federation's column last", () => {
  it("reads the total column past the header's lower line and the owner rows", () => {
    expect(counts(table("93"))).toEqual(
      expect.arrayContaining(["fed:enrolled:all=93", "fed:enrolled:woman=48", "fed:exited:all=36"]),
    );
  });

  it("never reads a row whose interventions do not add up to its total, nor an intervention's cell (must not fire)", () => {
    const facts = counts(table("95"));
    expect(facts.filter((f) => f.startsWith("fed:enrolled:all"))).toEqual([]);
    expect(facts.filter((f) => f.startsWith("fed:") && /=(40|31|22|21|15|12|9)$/.test(f))).toEqual([]);
  });
});
