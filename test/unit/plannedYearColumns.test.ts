/**
 * Year columns under a line of words saying what each column is ("Bokslut   Prognos" over
 * "2023   2024"): a forecast's, a budget's or a target's year is never read as that year's outcome.
 */
import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { parseMultiYearTables } from "../../loaders/extract/general/parseMultiYearTables.ts";
import type { AnyFact } from "../helpers.ts";

const read = (over: string, years: string) =>
  (
    parseMultiYearTables(
      new DocumentText(
        "lindmo/2024-annual-report",
        [
          "Ekonomisk översikt (kr)",
          over,
          years,
          "Verksamhetens intäkter        5 100 000      5 300 000",
          "Verksamhetens kostnader      -5 000 000     -5 250 000",
          "Årets resultat                  100 000         50 000",
        ],
        2024,
      ),
    ).facts as AnyFact[]
  ).map((f) => `${f.year}:${f.item}=${f.amount_sek}`);

describe("a year header under the columns' basis", () => {
  it("must not read a forecast's or a budget's column as the year's outcome", () => {
    expect(
      read(
        "                                 Bokslut        Prognos",
        "                                    2023           2024",
      ),
    ).toEqual(["2023:revenue_operating=5100000", "2023:cost_operating=5000000", "2023:result=100000"]);
    expect(
      read(
        "                                  Budget          Utfall",
        "                                    2024           2024",
      ),
    ).toEqual([]);
    // A plan's word that stands over no column cannot be placed: nothing is read.
    expect(read("Prognos och bokslut", "                                    2023           2024")).toEqual([]);
  });

  it("reads both years where the words over them are outcomes", () => {
    expect(
      read(
        "                                 Bokslut        Bokslut",
        "                                    2023           2024",
      ),
    ).toEqual([
      "2023:revenue_operating=5100000",
      "2024:revenue_operating=5300000",
      "2023:cost_operating=5000000",
      "2024:cost_operating=5250000",
      "2023:result=100000",
      "2024:result=50000",
    ]);
  });
});
