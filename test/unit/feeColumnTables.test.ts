/** A table with a row per member municipality and the members' fee as one of its columns. */
import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { parseFeeColumnTables } from "../../loaders/extract/general/feeColumnTables.ts";
import type { AnyFact } from "../helpers.ts";

const table = (caption: string, total: string, feeHeader = "Medlemsavgift, kr") => [
  caption,
  `Kommun      Invånare   ${feeHeader}   Kr per invånare   Deltagare`,
  "Lunda         18 200             500 500             27,50          44",
  "Ekeby          6 400             176 000             27,50          15",
  `Totalt        24 600           ${total}             27,50          59`,
];
const read = (lines: string[]) =>
  (parseFeeColumnTables(new DocumentText("ekeby/2024-annual-report", lines, 2024)).facts as AnyFact[]).map(
    (f) => `${f.year}:${f.member}=${f.amount_sek}@${f.line}`,
  );

describe("the members' fee as a column of a per-municipality table", () => {
  it("reads each municipality's fee where they add up to the Totalt row, never the population", () => {
    expect(read(table("Nyckeltal per medlemskommun 2024", "  676 500"))).toEqual([
      "2024:Lunda=500500@3",
      "2024:Ekeby=176000@4",
    ]);
  });

  it("must not read fees that do not add up, another year's table, or a fee per inhabitant", () => {
    expect(read(table("Nyckeltal per medlemskommun 2024", "  676 000"))).toEqual([]);
    expect(read(table("Nyckeltal per medlemskommun 2023", "  676 500"))).toEqual([]);
    expect(read(table("Förslag till avgifter 2024", "  676 500"))).toEqual([]);
    expect(read(table("Nyckeltal per medlemskommun 2024", "  676 500", "Avgift per invånare, kr"))).toEqual([]);
  });
});
