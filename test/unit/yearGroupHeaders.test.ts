/**
 * Years set over groups of "Budget  Utfall" columns make one header naming both, the table laid
 * out so each cell stands under its own; anything else stays as written. Made-up figures.
 */
import { describe, expect, it } from "vitest";
import { yearGroupHeaders } from "../../loaders/extract/text/yearGroupHeaders.ts";
import { extractReport } from "../support/reportFacts.ts";

const TABLE = [
  "                      2023                2024",
  "                 Budget    Utfall    Budget    Utfall",
  "Intäkter          8 100     8 142     8 400     8 377",
  "Kostnader         8 500     8 020     8 700     8 611",
  "Årets resultat     -400       122      -300      -234",
  "",
];

describe("years set over groups of basis columns", () => {
  it("make one header naming both, the years' line left blank", () => {
    const out = yearGroupHeaders(TABLE)!;
    expect(out[0]).toBe("");
    expect(out[1]!.trim().split(/\s{2,}/)).toEqual(["Budget 2023", "Utfall 2023", "Budget 2024", "Utfall 2024"]);
    // Every cell ends where its header's cell ends.
    const end = (line: string, text: string) => line.indexOf(text) + text.length;
    expect(end(out[2]!, "8 377")).toBe(end(out[1]!, "Utfall 2024"));
    expect(end(out[4]!, "-400")).toBe(end(out[1]!, "Budget 2023"));
  });

  it("let the statement be read per year and basis", () => {
    const facts = extractReport([
      "Samordningsförbundet Råvik",
      "Årsredovisning 2024",
      "",
      "Resultaträkning, tkr",
      "",
      ...TABLE,
    ]);
    const shown = facts
      .filter((f) => f.table === "finance")
      .map((f) => `${f.basis}:${f.year}:${f.item}=${f.amount_sek}`);
    expect(shown).toEqual(
      expect.arrayContaining([
        "actual:2024:revenue_operating=8377000",
        "budget:2024:result=-300000",
        "actual:2023:result=122000",
      ]),
    );
  });

  it("leave gender groups, years over no group, and rows of another shape as written (must not fire)", () => {
    expect(
      yearGroupHeaders([
        "            2024          2023",
        "       K    M          K    M",
        "Nya   40   31         38   35",
      ]),
    ).toBeUndefined();
    expect(
      yearGroupHeaders([
        "  2023                          2024",
        "                 Budget    Utfall    Budget    Utfall",
        "Intäkter  8 100  8 142  8 400  8 377",
        "",
      ]),
    ).toBeUndefined();
    expect(yearGroupHeaders([...TABLE.slice(0, 3), "Kostnader         8 500     8 020     8 700", ""])).toBeUndefined();
    // Groups of other bases: the second year's budget would be taken for the first's.
    expect(
      yearGroupHeaders([
        "                         2023               2024",
        "                       Utfall     Budget     Utfall    Avvikelse",
        "Intäkter               11 865     12 100     12 140           40",
        "",
      ]),
    ).toBeUndefined();
  });
});
