/** A waterfall chart's rows: its end bars stored only where the steps add up from the start to the end. */
import { describe, expect, it } from "vitest";
import { parseWaterfallRows } from "../../loaders/extract/general/waterfallRows.ts";
import type { FactInput } from "../../loaders/schema/facts.ts";
import { docOf } from "../helpers.ts";

const read = (lines: string[], year = 2024) =>
  (parseWaterfallRows(docOf(lines, year)).facts as (FactInput & Record<string, unknown>)[]).map((f) => [
    f.table,
    f.year,
    f.item ?? f.measure,
    f.basis ?? f.gender,
    f.amount_sek ?? f.value,
  ]);

describe("waterfall rows", () => {
  it("reads the budgeted and the actual result at a bridge's ends, never its steps", () => {
    const lines = [
      "Rapport",
      "Diagram 2. Resultatet 2024 mot budget (tkr)",
      "[Stapel] Budgeterat resultat ........ -300",
      "[Steg]   Vakanser på kansliet ........ +120",
      "[Steg]   Dyrare lokaler .............. -20",
      "[Stapel] Årets resultat .............. -200",
    ];
    expect(read(lines)).toEqual([
      ["finance", 2024, "result", "budget", -300_000],
      ["finance", 2024, "result", "actual", -200_000],
    ]);
  });

  it("reads the opening equity as the year before's and the closing as the year's", () => {
    const lines = [
      "Rapport",
      "Bild 3. Eget kapital 2024 (tkr)",
      "Startvärde  Eget kapital vid årets ingång     1 500",
      "Minskning   Årets underskott                    400",
      "Slutvärde   Eget kapital vid årets utgång     1 100",
    ];
    expect(read(lines)).toEqual([
      ["finance", 2023, "equity_end", "actual", 1_500_000],
      ["finance", 2024, "equity_end", "actual", 1_100_000],
    ]);
  });

  it("reads a participant flow's new and exits, never its stocks", () => {
    const lines = [
      "Rapport",
      "Bild 4. Deltagarflödet 2024",
      "Startvärde  Inskrivna vid årets början     40",
      "Ökning      Nya under året                +35",
      "Minskning   Avslutade under året          -30",
      "Slutvärde   Inskrivna vid årets slut       45",
    ];
    expect(read(lines)).toEqual([
      ["participant_count", 2024, "new", "all", 35],
      ["participant_count", 2024, "exited", "all", 30],
    ]);
  });

  it("stores nothing where the steps do not add up, under a forecast, another year or without a unit", () => {
    const bridge = (caption: string, end = "-200") => [
      "Rapport",
      caption,
      "[Stapel] Budgeterat resultat ........ -300",
      "[Steg]   Vakanser på kansliet ........ +120",
      "[Steg]   Dyrare lokaler .............. -20",
      `[Stapel] Årets resultat .............. ${end}`,
    ];
    expect(read(bridge("Diagram 2. Resultatet 2024 mot budget (tkr)", "-210"))).toEqual([]);
    expect(read(bridge("Diagram 2. Prognos för resultatet 2025 (tkr)"))).toEqual([]);
    expect(read(bridge("Diagram 2. Resultatet 2023 mot budget (tkr)"))).toEqual([]);
    expect(read(bridge("Diagram 2. Resultatet 2024 mot budget"))).toEqual([]);
  });

  it("stores nothing for an intervention's bridge or a step without a sign", () => {
    const lines = [
      "Rapport",
      "Bild 4. Insatsen Kompassen, flödet 2024",
      "Startvärde  Inskrivna vid årets början     10",
      "Ökning      Nya under året                +8",
      "Minskning   Avslutade under året          -6",
      "Slutvärde   Inskrivna vid årets slut       12",
    ];
    expect(read(lines)).toEqual([]);
    const unsigned = [
      "Rapport",
      "Diagram 2. Resultatet 2024 (tkr)",
      "[Stapel] Budgeterat resultat ........ -300",
      "[Steg]   Vakanser på kansliet ........ 100",
      "[Stapel] Årets resultat .............. -200",
    ];
    expect(read(unsigned)).toEqual([]);
  });
});
