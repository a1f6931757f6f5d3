/** The load's view of curated facts: a value a person typed that its cited line does not hold is flagged. */
import { describe, expect, it } from "vitest";
import { collectFacts } from "../../loaders/normalize/collectFacts.ts";
import { DocumentLines } from "../../loaders/input/documentLines.ts";
import type { CuratedFact, Fact } from "../../loaders/schema/facts.ts";
import { manifestEntryOf } from "../support/manifestEntry.ts";

const entry = manifestEntryOf({ federation: "alvmo" });
const LINES = ["Resultaträkning (tkr)", "Verksamhetens kostnader -9 874 -9 512", "Nya deltagare 55, avslutade 48"];
const lines = new DocumentLines();
lines.set("alvmo/2024-annual-report", LINES);

const curated = (fact: Partial<Fact> & { line: number }): CuratedFact => ({
  documentId: "alvmo/2024-annual-report",
  file: "data/curated/alvmo/2024-annual-report.yaml",
  reason: "Läst för hand",
  fact: { text: LINES[fact.line - 1]!, section: "curated", approximate: false, confirmed_by: [], ...fact } as Fact,
});
const count = (value: number) =>
  curated({
    table: "participant_count",
    intervention: null,
    year: 2024,
    measure: "new",
    gender: "all",
    value,
    line: 3,
  });
const cost = (amount_sek: number) =>
  curated({
    table: "finance",
    year: 2024,
    basis: "actual",
    item: "cost_operating",
    amount_sek,
    value: null,
    source_label: "Verksamhetens kostnader",
    line: 2,
  });
const flagged = (c: CuratedFact) =>
  collectFacts([entry], [], [c], lines).mismatches.filter((m) => m.check_id === "curated.value_not_on_line");

describe("curated.value_not_on_line", () => {
  it("flags a count or an amount its line does not hold, and keeps the value", () => {
    const r = collectFacts([entry], [], [count(56)], lines);
    expect(r.facts).toHaveLength(1);
    expect(flagged(count(56))).toHaveLength(1);
    expect(flagged(count(56))[0]!.message).toMatch(/gives 56, a number line 3 does not hold/);
    expect(flagged(cost(9_875_000))).toHaveLength(1);
  });

  it("takes the line's numbers in any unit (must not fire)", () => {
    expect(flagged(count(55))).toEqual([]);
    expect(flagged(cost(9_874_000))).toEqual([]);
    expect(flagged(cost(9_512))).toEqual([]);
  });
});
