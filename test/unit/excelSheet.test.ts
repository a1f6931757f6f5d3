/**
 * The Excel download's sheet: title and source first, Swedish headers, numbers as numbers with
 * display formats Swedish Excel shows as "1 234 kr" and "55,6 %", "uppgift saknas" for gaps.
 * Written with the library the site uses and read back with exceljs, as a förbundschef's Excel would.
 */
import ExcelJS from "exceljs";
import writeXlsxFile from "write-excel-file/node";
import { describe, expect, it } from "vitest";
// @ts-expect-error: plain-JS site components without type declarations
import { HEADER_ROW, excelColumns, excelSheet, parseSwedishNumber } from "../../src/components/excelSheet.js";
// @ts-expect-error: plain-JS site components without type declarations
import { withYearColumn } from "../../src/components/excelSheet.js";
// @ts-expect-error: plain-JS site components without type declarations
import { chartSummary } from "../../src/components/chartSummary.js";
// @ts-expect-error: plain-JS site components without type declarations
import { count, kr, nameMargin, percent, signedPercent } from "../../src/components/format.js";

const rows = [
  {
    federation: "Samordningsförbundet i Kalmar län",
    year: 2024,
    value: 330,
    cost: 1234567,
    share: 55.6,
    dev: -3.04,
    part: 0.4,
    document_id: "kalmar/2024-annual-report",
  },
  {
    federation: "Samordningsförbundet i Blekinge",
    year: 2023,
    value: null,
    cost: 98000,
    share: Number.NaN,
    dev: 2.5,
    part: 0.125,
    document_id: null,
  },
];
const columns = [
  ["federation", "Förbund"],
  ["year", "År", String],
  ["value", "Inskrivna", count],
  ["cost", "Kostnad", kr],
  ["share", "Andel", percent],
  ["dev", "Avvikelse", signedPercent],
  ["part", "Medlemmens andel", (v: number) => percent(v * 100)],
  ["document_id", "Källa", (v: string) => ({ textContent: `${v}, rad 12` })],
];

describe("excelSheet", () => {
  const sheet = excelSheet({
    title: "Inskrivna deltagare",
    source: "n = 2 förbund. Källa: kalmar/2024-annual-report.",
    rows,
    columns,
  });

  it("puts title and source first, then Swedish headers", () => {
    expect(sheet[0][0].value).toBe("Inskrivna deltagare");
    expect(sheet[1][0].value).toContain("Källa: kalmar/2024-annual-report");
    expect(sheet[HEADER_ROW - 1].map((c: { value: string }) => c.value)).toEqual([
      "Förbund",
      "År",
      "Inskrivna",
      "Kostnad",
      "Andel",
      "Avvikelse",
      "Medlemmens andel",
      "Källa",
    ]);
  });

  it("keeps numbers as numbers with display formats, and says uppgift saknas for gaps", () => {
    const [kalmar, blekinge] = sheet.slice(HEADER_ROW);
    expect(kalmar.map((c: { value: unknown }) => c.value)).toEqual([
      "Samordningsförbundet i Kalmar län",
      2024,
      330,
      1234567,
      55.6,
      -3.04,
      40,
      "kalmar/2024-annual-report, rad 12",
    ]);
    expect(kalmar.map((c: { format?: string }) => c.format ?? null)).toEqual([
      null,
      "0",
      "#,##0",
      '#,##0" kr"',
      '0.0" %"',
      '+0.0" %";-0.0" %";0.0" %"',
      '0.0" %"',
      null,
    ]);
    expect(blekinge[2].value).toBe("uppgift saknas");
    expect(blekinge[4].value).toBe("uppgift saknas");
    expect(blekinge[6].value).toBe(12.5);
    expect(blekinge[7].value).toBe("uppgift saknas");
  });

  it("reads Swedish display strings back as numbers", () => {
    expect(parseSwedishNumber("1\u00a0234 kr")).toEqual({ value: 1234, format: '#,##0" kr"' });
    expect(parseSwedishNumber("\u22123,0 %")).toEqual({ value: -3, format: '0.0" %"' });
    expect(parseSwedishNumber("Kalmar 2024")).toBeNull();
  });

  it("opens in a spreadsheet reader with numeric cells and the formats", async () => {
    const buffer = await writeXlsxFile(sheet, { sheet: "Data", columns: excelColumns(sheet) }).toBuffer();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(buffer as unknown as ArrayBuffer);
    const ws = book.getWorksheet("Data")!;
    expect(ws.getCell("A1").value).toBe("Inskrivna deltagare");
    expect(ws.getRow(HEADER_ROW).getCell(3).value).toBe("Inskrivna");
    const data = ws.getRow(HEADER_ROW + 1);
    expect(data.getCell(3).value).toBe(330);
    expect(data.getCell(4).value).toBe(1234567);
    expect(data.getCell(4).numFmt).toBe('#,##0" kr"');
    expect(data.getCell(5).value).toBe(55.6);
    expect(ws.getRow(HEADER_ROW + 2).getCell(3).value).toBe("uppgift saknas");
  });
});

describe("chartSummary", () => {
  it("says unit, n and the highest and lowest value in one sentence", () => {
    const text = chartSummary({ rows, columns, note: "n = 2 förbund" });
    expect(text).toBe(
      "Enhet: antal (inskrivna). n = 2 förbund. Ett värde: Samordningsförbundet i Kalmar län 2024 330. Alla värden finns i tabellvyn under diagrammet.",
    );
    const many = chartSummary({
      rows: [
        { f: "A", v: 10 },
        { f: "B", v: 2.5 },
        { f: "C", v: null },
      ],
      columns: [
        ["f", "Förbund"],
        ["v", "Andel", percent],
      ],
      note: "n = 3",
    });
    expect(many).toBe(
      "Enhet: procent (andel). n = 3. Högst: A 10,0 %; lägst: B 2,5 %. Alla värden finns i tabellvyn under diagrammet.",
    );
  });

  it("uses the page's own finding when it gives one", () => {
    expect(chartSummary({ rows, columns, note: "n = 2", finding: "Kalmar har flest." })).toContain(
      "n = 2. Kalmar har flest. Alla värden",
    );
  });
});

describe("withYearColumn", () => {
  const named = [
    ["federation", "Förbund"],
    ["value", "Inskrivna", count],
  ];
  it("adds the rows' year after the name when the chart's columns leave it out", () => {
    expect(withYearColumn([{ federation: "A", year: 2024, value: 3 }], named).map(([key]: string[]) => key)).toEqual([
      "federation",
      "year",
      "value",
    ]);
  });
  it("leaves columns that have the year, or rows without one, as they are", () => {
    const withYear = [named[0], ["year", "År", String], named[1]];
    expect(withYearColumn([{ federation: "A", year: 2024 }], withYear)).toBe(withYear);
    expect(withYearColumn([{ federation: "A", year: null, value: 3 }], named)).toBe(named);
  });
});

describe("nameMargin", () => {
  it("keeps the wanted margin on a wide screen and takes at most 40 % of a phone's", () => {
    expect(nameMargin(900, 200).margin).toBe(200);
    expect(nameMargin(343, 300).margin).toBe(137);
  });
  it("cuts names to what fits the margin, and never longer than asked", () => {
    const name = "Samordningsförbundet Östra Södertörn och Haninge";
    expect(nameMargin(343, 300).tickFormat(name).length).toBeLessThan(20);
    expect(nameMargin(343, 300).tickFormat(name).endsWith("…")).toBe(true);
    expect(nameMargin(1200, 300, 23).tickFormat(name).length).toBe(23);
    expect(nameMargin(1200, 300).tickFormat("Kalmar")).toBe("Kalmar");
  });
});
