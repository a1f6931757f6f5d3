/**
 * A spreadsheet saved as TAB-separated text repeats a merged cell's text in every cell it spans;
 * the lines the readers read write it once (`loaders/input/mergedCells.ts`). Made-up sheets.
 */
import { describe, expect, it } from "vitest";
import { alignTabCells } from "../../loaders/input/tabCells.ts";
import { undoMergedCells } from "../../loaders/input/mergedCells.ts";
import { normalizeLines } from "../../loaders/input/normalizeText.ts";
import { documentFacts } from "../support/manifestEntry.ts";

const words = (line: string) => line.trim().split(/\s{2,}/);

describe("merged cells written once", () => {
  it("writes a title spanning the sheet once, and a group's header over its first column", () => {
    expect(undoMergedCells([["Uppföljning 2024", "Uppföljning 2024", "Uppföljning 2024"]])).toEqual([
      ["Uppföljning 2024"],
    ]);
    const [a, b] = undoMergedCells([
      ["Insats", "Deltagare", "Deltagare", "Deltagare", "Nya"],
      ["Insats", "Kvinnor", "Män", "Totalt", "Totalt"],
    ]);
    expect(a).toEqual(["Insats", "Deltagare", "", "", ""]);
    expect(b).toEqual(["", "Kvinnor", "Män", "Totalt", "Nya"]);
  });

  it("makes one header of words over years: 'Budget | Utfall | Utfall' over '2024 | 2024 | 2023'", () => {
    const [a, b] = undoMergedCells([
      ["Rad", "Budget", "Utfall", "Utfall"],
      ["Rad", "2024", "2024", "2023"],
    ]);
    expect(a).toEqual([]);
    expect(b).toEqual(["Rad", "Budget 2024", "Utfall 2024", "Utfall 2023"]);
  });

  it("leaves a header with no repeated cell, and rows of figures, as they are (must not fire)", () => {
    const rows = [
      ["Insats", "Kvinnor", "Män", "Totalt"],
      ["Bron", "12", "12", "24"],
      ["Steget", "5", "5", "10"],
    ];
    expect(undoMergedCells(rows)).toEqual(rows);
  });

  it("empties the individual kind of a grouping column, and keeps structural work's (must not fire)", () => {
    const out = undoMergedCells([
      ["Typ", "Insats", "Totalt"],
      ["Individinriktad", "Bron", "24"],
      ["Individinriktad", "Summa individinriktade", "24"],
      ["Strukturinriktad", "Utbildningsdag", "80"],
    ]);
    expect(out.map((r) => r[0])).toEqual(["Typ", "", "", "Strukturinriktad"]);
  });

  it("keeps 'Individinriktade insatser' where it is the row's own label, a figure beside it (must not fire)", () => {
    const rows = [
      ["Kostnader", "2024", "2023"],
      ["Individinriktade insatser", "3 400 000", "3 100 000"],
      ["Strukturinsatser", "400 000", "300 000"],
      ["Individstöd", "200 000", "100 000"],
    ];
    expect(undoMergedCells(rows)).toEqual(rows);
  });
});

describe("a TAB sheet whose rows end early where their last cells are empty", () => {
  it("sets each cell under its header", () => {
    const lines = alignTabCells([
      "Medlem\tAndel\tAvgift 2024 (kr)\tKr per invånare",
      "Ålby kommun\t20 %\t400000\t31,50",
      "Summa\t100 %\t2000000",
    ]);
    expect(lines[2]!.indexOf("2000000") + 7).toBe(lines[1]!.indexOf("400000") + 6);
  });

  it("keeps text set with tab stops as it was: no header of words is its widest row (must not fire)", () => {
    const lines = alignTabCells(["Intäkter\t\t\t8 960", "Kostnader för insatser\t8 420"]);
    expect(words(lines[1]!)).toEqual(["Kostnader för insatser", "8 420"]);
  });
});

describe("a workbook saved as TAB text, read end to end", () => {
  const sheet = [
    "Vidala samordningsförbund – uppföljning 2024\tVidala samordningsförbund – uppföljning 2024\tVidala samordningsförbund – uppföljning 2024",
    "",
    "Ekonomi 2024, belopp i kronor\tEkonomi 2024, belopp i kronor\tEkonomi 2024, belopp i kronor",
    "Post\tBudget\tUtfall",
    "Post\t2024\t2024",
    "Summa intäkter\t4100000\t4150000",
    "Summa kostnader\t-4300000\t-4020000",
    "Resultat\t-200000\t130000",
  ];
  it("reads the outcome column as the year's and the budget column as the budget", () => {
    const facts = documentFacts({ federation: "vidala", title: "Uppföljning 2024" }, normalizeLines(sheet).lines);
    const money = facts
      .filter((f) => f.table === "finance")
      .map((f) => `${f.basis}:${f.item}=${f.amount_sek}`)
      .sort();
    expect(money).toEqual(
      expect.arrayContaining(["actual:result=130000", "actual:revenue_operating=4150000", "budget:result=-200000"]),
    );
    expect(money).not.toContain("actual:result=-200000");
  });
});
