/**
 * Interventions as columns, measures as rows, the federation's column last ("Förbundet" with
 * "totalt" under it), owner rows in words between the header and the figures: only the total
 * column is the federation's, each row's interventions adding up to it. Made-up federations.
 */
import { describe, expect, it } from "vitest";
import { documentFacts } from "../support/manifestEntry.ts";

const counts = (lines: string[]) =>
  documentFacts({ federation: "ornas" }, lines)
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
