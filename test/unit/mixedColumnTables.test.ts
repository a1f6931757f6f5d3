import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { parseMixedColumnTables } from "../../loaders/extract/general/mixedColumnTables.ts";
import { parseParticipantTables } from "../../loaders/extract/general/parseParticipantTables.ts";
import { scopeByLine } from "../../loaders/extract/general/sectionScope.ts";
import type { AnyFact } from "../helpers.ts";

const HEAD = "Insats                  Slag       Deltagare   Avslutade   Kostnad, kr   Kr per deltagare";
const read = (rows: string[]) => {
  const doc = new DocumentText("exempel/2023-annual-report", ["Förbundets insatser 2023", "", HEAD, ...rows], 2023);
  return parseMixedColumnTables(doc, scopeByLine(doc), new Set()).facts as AnyFact[];
};
const counts = (facts: AnyFact[]) => facts.map((f) => `${f.intervention}:${f.measure}=${f.value}@${f.line}`);

const FIRST = [
  "Summa individinsatser                     90          41       900 000             10 000",
  "  Vägen ut              individ           50          25       500 000             10 000",
  "  Nästa steg            individ           40          16       400 000             10 000",
  "Summa strukturinsatser                   300           –       150 000                500",
  "  Temadagar             struktur         300           –       150 000                500",
];

describe("participant columns among money and text columns", () => {
  it("reads the individual interventions' total row first in its group as the federation's", () => {
    expect(counts(read(FIRST))).toEqual(["null:enrolled=90@4", "null:exited=41@4"]);
  });

  it("reads a total row after its interventions", () => {
    const rows = [
      FIRST[1]!,
      FIRST[2]!,
      "Totalt                                    90          41       900 000             10 000",
    ];
    expect(counts(read(rows))).toEqual(["null:enrolled=90@6", "null:exited=41@6"]);
  });

  it("stores no total its interventions do not add up to, and no structural total (must not fire)", () => {
    const wrong = [FIRST[0]!.replace("90", "91"), ...FIRST.slice(1)];
    expect(read(wrong)).toEqual([]);
    expect(read(FIRST).some((f) => f.value === 300)).toBe(false);
  });

  it("never reads a per-participant or cost column as a count (must not fire)", () => {
    expect(read(FIRST).some((f) => [10_000, 500, 900_000].includes(f.value))).toBe(false);
  });

  it("is run by the participant table reader", () => {
    const doc = new DocumentText("exempel/2023-annual-report", ["Förbundets insatser 2023", "", HEAD, ...FIRST], 2023);
    const facts = parseParticipantTables(doc).facts as AnyFact[];
    expect(counts(facts.filter((f) => f.table === "participant_count"))).toEqual([
      "null:enrolled=90@4",
      "null:exited=41@4",
    ]);
  });
});

describe("an exit list headed 'Avslut i individinsatserna'", () => {
  const doc = (total: string) =>
    new DocumentText(
      "exempel/2023-annual-report",
      [
        "Insatserna 2023",
        "",
        HEAD,
        ...FIRST,
        "",
        "Avslut i individinsatserna 2023",
        "Arbete                  15",
        "Studier                 10",
        "Annat avslut            16",
        `Totalt                  ${total}`,
      ],
      2023,
    );
  const exits = (d: DocumentText) =>
    (parseParticipantTables(d).facts as AnyFact[])
      .filter((f) => f.table === "participant_breakdown")
      .map((f) => `${f.category}=${f.value}`);

  it("is the federation's where its total is the federation's exits read from the table above", () => {
    expect(exits(doc("41"))).toEqual(["work=15", "studies=10", "other_exit=16"]);
  });

  it("is no one's where its total is not (must not fire)", () => {
    expect(exits(doc("40"))).toEqual([]);
  });
});
