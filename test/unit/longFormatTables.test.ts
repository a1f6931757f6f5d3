/**
 * A long-format export, one figure per row named by its cells: the federation's rows (a total
 * scope or the document's own federation) per year, measure and gender; an intervention's rows are
 * its own; members, later years and amounts never. Made-up federations and figures.
 */
import { describe, expect, it } from "vitest";
import { parseLongFormatTables } from "../../loaders/extract/general/longFormatTables.ts";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import type { AnyFact } from "../helpers.ts";

const doc = (rows: string[], year = 2024) =>
  new DocumentText("ravik/2024-annual-report", ["Samordningsförbundet Råvik", "Statistik 2024", "", ...rows], year);
const read = (rows: string[]) =>
  (parseLongFormatTables(doc(rows)).facts as AnyFact[]).map(
    (f) => `${f.intervention ?? "fed"}:${f.year}:${f.measure ?? f.category}:${f.gender ?? ""}=${f.value}`,
  );

describe("a long-format table", () => {
  const table = [
    "Verksamhet   Variabel                  Kön       År     Antal",
    "Ledet        Inskrivna                 Alla      2024      30",
    "Ledet        Inskrivna                 Kvinnor   2024      18",
    "Ledet        Inskrivna                 Män       2024      12",
    "Förbundet    Inskrivna                 Alla      2024      52",
    "Förbundet    Inskrivna                 Kvinnor   2024      29",
    "Förbundet    Inskrivna                 Män       2024      23",
    "Förbundet    Avslutade                 Alla      2024      21",
    "Förbundet    Avslutade till arbete     Alla      2024       6",
    "Förbundet    Inskrivna                 Alla      2023      47",
    "Förbundet    Inskrivna                 Alla      2025      12",
  ];

  it("reads the federation's rows per year, measure and gender, and each intervention's as its own", () => {
    const facts = read(table);
    expect(facts).toEqual(
      expect.arrayContaining([
        "fed:2024:enrolled:all=52",
        "fed:2024:enrolled:woman=29",
        "fed:2024:enrolled:man=23",
        "fed:2024:exited:all=21",
        "fed:2024:work:=6",
        "fed:2023:enrolled:all=47",
        "Ledet:2024:enrolled:all=30",
      ]),
    );
    expect(facts.filter((f) => f.startsWith("fed:") && /=(30|18|12)$/.test(f))).toEqual([]);
  });

  it("never reads a year after the report's (must not fire)", () => {
    expect(read(table).filter((f) => f.includes(":2025:"))).toEqual([]);
  });

  it("never reads a member's rows, amounts or a split that does not add up (must not fire)", () => {
    const facts = read([
      "Insats        Mått         Kön       År     Värde   Enhet",
      "Åby kommun    Deltagare    Totalt    2024      40   antal",
      "Totalt        Kostnad      Totalt    2024     900   tkr",
      "Totalt        Deltagare    Totalt    2024      61   antal",
      "Totalt        Deltagare    Kvinnor   2024      30   antal",
      "Totalt        Deltagare    Män       2024      30   antal",
    ]);
    expect(facts).toEqual(["fed:2024:enrolled:all=61"]);
  });

  it("is no long-format table with a column no role names (must not fire)", () => {
    expect(read(["Insats   Mått        Ort      År     Värde", "Totalt   Deltagare   Åby      2024      61"])).toEqual(
      [],
    );
  });
});
