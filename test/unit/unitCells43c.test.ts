/**
 * A key-figure table whose every cell carries its own unit ("118 pers.   104 pers.", "6 st."): the
 * count word after each figure is blanked so the row reads as a count row under its years; a target
 * column stays unread, a sentence and a row of mixed units are left as written. Made-up documents.
 */
import { describe, expect, it } from "vitest";
import { countUnitSuffixes } from "../../loaders/extract/text/countUnitCells.ts";
import { documentFacts } from "../support/manifestEntry.ts";

describe("a count's unit in each cell", () => {
  const table = [
    "Mått                              2024            2023          Målvärde",
    "Inskrivna personer                150 personer    141 personer  160 personer",
    "  därav kvinnor                    70 personer     66 personer  –",
    "  därav män                        80 personer     75 personer  –",
    "Avslutade                          58 personer     49 personer  –",
    "Andel i arbete eller studier       33 %            30 %          35 %",
    "Kostnader                       6 210 tkr       5 980 tkr       –",
  ];

  it("is blanked where it stands, every figure kept in its column (must fire)", () => {
    const out = countUnitSuffixes(table)!;
    expect(out[1]).toBe("Inskrivna personer                150             141           160         ");
    expect(out[2]!.indexOf("66")).toBe(table[2]!.indexOf("66"));
    // Money and shares keep their units.
    expect(out[5]).toBe(table[5]);
    expect(out[6]).toBe(table[6]);
  });

  it("is left in a sentence, without a year header, and in a row of mixed units (must not fire)", () => {
    expect(countUnitSuffixes(["Under året mötte vi 40 personer   i olika träffar."])).toBeUndefined();
    expect(countUnitSuffixes(["Deltagare                150 personer   141 personer"])).toBeUndefined();
    const mixed = countUnitSuffixes([
      "Mått                     2024            2023",
      "Deltagare                150 personer    12 st.",
    ]);
    expect(mixed).toBeUndefined();
  });

  it("reads the year's counts end to end, never the target column", () => {
    const facts = documentFacts({ federation: "lindvreten", year: 2024 }, [
      "Lindvretens samordningsförbund – nyckeltal 2024",
      "",
      ...table,
      "",
    ]);
    const read = facts
      .filter((f) => f.table === "participant_count")
      .map((f) => `${f.measure}:${f.gender}:${f.year}=${f.value}`);
    expect(read).toEqual(
      expect.arrayContaining([
        "enrolled:all:2024=150",
        "enrolled:woman:2024=70",
        "enrolled:man:2024=80",
        "exited:all:2024=58",
      ]),
    );
    expect(facts.some((f) => f.value === 160)).toBe(false);
  });
});
