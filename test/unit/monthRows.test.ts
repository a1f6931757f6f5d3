/** Months as rows: the whole year's row is the year's only where the months add up to it. */
import { describe, expect, it } from "vitest";
import { parseMonthRows, withoutMonthRows } from "../../loaders/extract/general/monthRows.ts";
import type { FactInput } from "../../loaders/schema/facts.ts";
import { docOf } from "../helpers.ts";

const months = [
  "Januari",
  "Februari",
  "Mars",
  "April",
  "Maj",
  "Juni",
  "Juli",
  "Augusti",
  "September",
  "Oktober",
  "November",
  "December",
];
/** A table of new and exits per month (3 and 2 each month) and the stock at each month's end. */
const table = (whole: string, head = "Månad      Nyinskrivna   Utskrivna   Kvar vid månadens slut") => {
  let stock = 30;
  return [
    "Statistik",
    "",
    head,
    ...months.map((m) => {
      stock += 1;
      return `${m.padEnd(12)} ${"3".padStart(9)} ${"2".padStart(11)} ${String(stock).padStart(12)}`;
    }),
    whole,
  ];
};
const read = (lines: string[]) =>
  (parseMonthRows(docOf(lines)).facts as (FactInput & { measure: string; value: number; year: number })[]).map((f) => [
    f.measure,
    f.value,
    f.year,
  ]);

describe("months as rows", () => {
  it("reads the whole year's flow where the months add up, and the stock's cell as the enrolled where it rolls", () => {
    expect(read(table("Helår 2024          36          24           66"))).toEqual([
      ["enrolled", 66, 2024],
      ["new", 36, 2024],
      ["exited", 24, 2024],
    ]);
  });

  it("reads a whole-year row with the stock's cell left empty", () => {
    expect(read(table(`${"Totalt".padEnd(20)}36${"24".padStart(12)}`))).toEqual([
      ["new", 36, 2024],
      ["exited", 24, 2024],
    ]);
  });

  it("stores no sum the months do not give, no stock that does not roll, and no other year's row", () => {
    expect(read(table("Helår 2024          37          24           60"))).toEqual([["exited", 24, 2024]]);
    expect(read(table("Helår 2023          36          24           66"))).toEqual([]);
  });

  it("stores nothing under a heading of another year, nor in an intervention's section", () => {
    const other = table("Helår           36          24           66");
    other.splice(1, 1, "Månadsstatistik 2023");
    expect(read([...other.slice(0, 1), "", ...other.slice(1)])).toEqual([]);
    const intervention = table("Helår           36          24           66");
    intervention.splice(1, 0, "Insatsens namn: Lotsen");
    expect(read(intervention)).toEqual([]);
  });

  it("drops another reader's facts on the table's lines, and only there", () => {
    const lines = table("Helår 2024          36          24           66");
    const fact = (line: number): FactInput => ({
      table: "participant_count",
      intervention: null,
      year: 2024,
      measure: "enrolled",
      gender: "all",
      value: 31,
      line,
      text: "",
      section: "general:participant_table",
      approximate: false,
      confirmed_by: [],
    });
    const out = withoutMonthRows(docOf([...lines, "", "Deltagare  31"]), {
      facts: [fact(4), fact(18)],
      findings: [],
      coverage: [],
    });
    expect(out.facts.map((f) => f.line)).toEqual([18]);
  });
});
