/**
 * An appendix of one small participant table per member municipality ("Deltagare från X kommun"):
 * a member's table is never the federation's; a table captioned as the whole federation's is.
 * Made-up federations and figures.
 */
import { describe, expect, it } from "vitest";
import { documentFacts } from "../support/manifestEntry.ts";

const counts = (lines: string[]) =>
  documentFacts({ federation: "vassmo" }, lines)
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
