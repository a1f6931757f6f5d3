/**
 * A grid table (rules of "+" and dashes, cells boxed by "|", a long cell wrapped inside its box) is
 * read one row a line, each cell its words from all its lines; anything not boxed alike stays as
 * written. Made-up federations and figures.
 */
import { describe, expect, it } from "vitest";
import { joinGridTables } from "../../loaders/extract/text/gridTables.ts";
import { extractReport } from "../support/reportFacts.ts";

const GRID = [
  "+-------------------------+--------+--------+",
  "| Mått                    | 2024   | 2023   |",
  "+=========================+========+========+",
  "| Deltagare under året    | 131    | 120    |",
  "| (unika personer)        |        |        |",
  "+-------------------------+--------+--------+",
  "| Nyinskrivna under       |        |        |",
  "| året                    | 58     | 61     |",
  "+-------------------------+--------+--------+",
  "| Avslutade under året    | 49     | 52     |",
  "+-------------------------+--------+--------+",
];

describe("a grid table", () => {
  it("is read one row a line, a wrapped cell's words joined, the rules gone", () => {
    const out = joinGridTables(["Tabell 2. Deltagare", "", ...GRID, "", "Text efter."])!;
    expect(out.lines.map((l) => l.replace(/\s{2,}/g, " | "))).toEqual([
      "Tabell 2. Deltagare",
      "",
      "Mått | 2024 | 2023",
      "Deltagare under året (unika personer) | 131 | 120",
      "Nyinskrivna under året | 58 | 61",
      "Avslutade under året | 49 | 52",
      "",
      "Text efter.",
    ]);
    // Each row cites the line its figures stand on: the second line of "Nyinskrivna under / året".
    expect(out.from).toEqual([0, 1, 3, 5, 9, 11, 13, 14]);
  });

  it("gives the readers the figures, citing the document's own lines", () => {
    const facts = extractReport([
      "Samordningsförbundet Råvik",
      "Årsredovisning 2024",
      "",
      "Deltagare i förbundets insatser",
      "",
      ...GRID,
    ]);
    const shown = facts
      .filter((f) => f.table === "participant_count" && f.year === 2024)
      .map((f) => `${f.measure}=${f.value}@${f.line}`);
    expect(shown).toEqual(expect.arrayContaining(["enrolled=131@9", "new=58@13", "exited=49@15"]));
  });

  it("leaves boxes whose rules do not line up, and a lone rule, as written (must not fire)", () => {
    const skewed = [...GRID];
    skewed[5] = "+------------------------+---------+--------+";
    expect(joinGridTables(skewed)?.lines.some((l) => l.includes("Nyinskrivna under året"))).not.toBe(true);
    expect(joinGridTables(["+-----+-----+", "Summa 3 + 4 = 7", "| a | b |"])).toBeUndefined();
    expect(joinGridTables(["Intäkter 3 400 + bidrag 200", "Kostnader 3 100"])).toBeUndefined();
  });
});

describe("a grid table ruled only under its header and at its foot", () => {
  it("keeps a row a line: two rows' figures are never joined (must not fire)", () => {
    const out = joinGridTables([
      "+-----------------+---------+---------+",
      "| Insats          | Nya     | Avslut  |",
      "+=================+=========+=========+",
      "| Steget          | 12      | 8       |",
      "| Bron            | 345     | 210     |",
      "+-----------------+---------+---------+",
    ])!;
    expect(out.lines.map((l) => l.replace(/\s{2,}/g, " | "))).toEqual([
      "Insats | Nya | Avslut",
      "Steget | 12 | 8",
      "Bron | 345 | 210",
    ]);
  });
});
