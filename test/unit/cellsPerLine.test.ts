import { describe, expect, it } from "vitest";
import { joinCellLines } from "../../loaders/extract/general/cellsPerLine.ts";
import { documentFacts, type EntryOptions } from "../support/manifestEntry.ts";

// A made-up federation's statement as a PDF-to-text tool exports it: one cell per line.
const STATEMENT = [
  "Resultaträkning",
  "Belopp i kronor",
  "Not",
  "2024",
  "2023",
  "Verksamhetens intäkter",
  "1",
  "5 400 000",
  "5 100 000",
  "Verksamhetens kostnader",
  "2",
  "-5 612 300",
  "-4 987 650",
  "Verksamhetens resultat",
  "-212 300",
  "112 350",
  "Årets resultat",
  "-208 100",
  "115 900",
  "Sida 6 av 14",
];

describe("joinCellLines: a table exported one cell per line", () => {
  it("sets each row on one line under the header, a Not cell left empty where the row has none", () => {
    const joined = joinCellLines(STATEMENT)!;
    // The label column's title goes on the header's line, as a table laid out in columns has it.
    expect(joined.lines.slice(0, 2)).toEqual([
      "Resultaträkning",
      expect.stringMatching(/^Belopp i kronor +Not +2024 +2023$/),
    ]);
    expect(joined.lines[2]).toMatch(/^Verksamhetens intäkter +1 +5 400 000 +5 100 000$/);
    expect(joined.lines[4]).toMatch(/^Verksamhetens resultat +-212 300 +112 350$/);
    // The cells stand right-aligned under their headings: the empty Not cell keeps the amounts in place.
    expect(joined.lines[4]!.length).toBe(joined.lines[2]!.length);
    expect(joined.lines[1]!.length).toBe(joined.lines[2]!.length);
    expect(joined.lines.at(-1)).toBe("Sida 6 av 14");
    // Each joined line comes from its label's line; the header from its title's.
    expect(joined.from).toEqual([0, 1, 5, 9, 13, 16, 19]);
  });

  it("reads a gender table and a balance sheet with headings inside it", () => {
    const joined = joinCellLines([
      "Deltagare",
      "Kvinnor",
      "Män",
      "Totalt",
      "Inskrivna",
      "62",
      "48",
      "110",
      "Avslutade",
      "30",
      "21",
      "51",
      "",
      "Balansräkning",
      "Not",
      "2024-12-31",
      "2023-12-31",
      "Tillgångar",
      "Kassa och bank",
      "2 310 400",
      "2 004 100",
      "Eget kapital",
      "3",
      "Summa eget kapital",
      "1 905 000",
      "1 700 200",
    ])!;
    expect(joined.lines).toEqual([
      expect.stringMatching(/^Deltagare +Kvinnor +Män +Totalt$/),
      expect.stringMatching(/^Inskrivna +62 +48 +110$/),
      expect.stringMatching(/^Avslutade +30 +21 +51$/),
      "",
      // The statement's heading stays a line of its own: the readers look for it there.
      "Balansräkning",
      expect.stringMatching(/^ +Not +2024-12-31 +2023-12-31$/),
      "Tillgångar",
      expect.stringMatching(/^Kassa och bank +2 310 400 +2 004 100$/),
      // A note number alone stands under Not.
      expect.stringMatching(/^Eget kapital +3$/),
      expect.stringMatching(/^Summa eget kapital +1 905 000 +1 700 200$/),
    ]);
  });

  it("takes as columns only as many headings as the rows have cells, and basis words with a repeated year", () => {
    const joined = joinCellLines([
      "Insats",
      "Deltagare",
      "Nya",
      "Avslutade",
      "Brobygget",
      "52",
      "20",
      "18",
      "Nästa Steg",
      "40",
      "15",
      "11",
    ])!;
    expect(joined.lines).toEqual([
      expect.stringMatching(/^Insats +Deltagare +Nya +Avslutade$/),
      expect.stringMatching(/^Brobygget +52 +20 +18$/),
      expect.stringMatching(/^Nästa Steg +40 +15 +11$/),
    ]);
    const budget = joinCellLines([
      "Budget 2024",
      "Utfall 2024",
      "Intäkter",
      "5 000",
      "5 120",
      "Kostnader",
      "5 200",
      "5 010",
    ]);
    expect(budget?.lines[0]).toMatch(/^ +Budget 2024 +Utfall 2024$/);
  });

  it("never drops a heading of the columns' own kind to make the rows fit (must not fire)", () => {
    // Three measures over rows of two cells: which measure has no cell cannot be told.
    expect(joinCellLines(["Nya", "Avslutade", "Pågående", "Steget", "12", "9", "Bron", "8", "6"])).toBeUndefined();
    // A basis column is never a title either.
    expect(
      joinCellLines([
        "Budget 2024",
        "Utfall 2024",
        "Utfall 2023",
        "Intäkter",
        "5 000",
        "4 800",
        "Kostnader",
        "5 100",
        "4 700",
      ]),
    ).toBeUndefined();
  });

  it("leaves a table alone where a row under a Not column could be a note and an amount or two amounts", () => {
    // "4 / 120" under "Not 2024 2023": note 4 and 120 for 2024, or 4 and 120 for the two years.
    const lines = ["Not", "2024", "2023", "Intäkter", "1", "5 000", "4 900", "Ränteintäkter", "4", "120"];
    expect(joinCellLines(lines)).toBeUndefined();
    // A note is never numbered 0: "0" / "0" are the two years' amounts.
    const zeros = joinCellLines([...lines.slice(0, 7), "Finansiella kostnader", "0", "0"])!;
    expect(zeros.lines.at(-1)).toMatch(/^Finansiella kostnader {10,}0 +0$/);
  });

  it("reads across blank lines and headings inside the table, and ends it before the next table", () => {
    const joined = joinCellLines([
      "Kvinnor",
      "Män",
      "Totalt",
      "",
      "Inskrivna",
      "30",
      "25",
      "55",
      "",
      "Avslutade",
      "12",
      "10",
      "22",
      "",
      "Avslutade efter orsak",
      "Antal",
      "Arbete",
      "7",
    ])!;
    expect(joined.lines).toEqual([
      expect.stringMatching(/^ +Kvinnor +Män +Totalt$/),
      "",
      expect.stringMatching(/^Inskrivna +30 +25 +55$/),
      "",
      expect.stringMatching(/^Avslutade +12 +10 +22$/),
      "",
      "Avslutade efter orsak",
      "Antal",
      "Arbete",
      "7",
    ]);
  });

  it("sets a one-column list in a column only down to a total its rows add up to", () => {
    const lines = ["Avslutsorsak", "Antal", "Arbete", "9", "Studier", "4", "Övrigt", "7", "Summa", "20"];
    const joined = joinCellLines([...lines, "", "Andel till arbete eller studier", "65 %"])!;
    expect(joined.lines.slice(0, 5)).toEqual([
      expect.stringMatching(/^Avslutsorsak +Antal$/),
      expect.stringMatching(/^Arbete +9$/),
      expect.stringMatching(/^Studier +4$/),
      expect.stringMatching(/^Övrigt +7$/),
      expect.stringMatching(/^Summa +20$/),
    ]);
    expect(joined.lines.slice(5)).toEqual(["", "Andel till arbete eller studier", "65 %"]);
    // A total the rows do not add up to, or no total: a list of labels and values, left alone.
    expect(joinCellLines([...lines.slice(0, -1), "21"])).toBeUndefined();
    expect(joinCellLines(lines.slice(0, -2))).toBeUndefined();
  });

  it("leaves the text alone where a row's cells do not match the header", () => {
    // Three cells under two columns: which two belong to the columns cannot be told.
    const lines = ["Kvinnor", "Män", "Inskrivna", "40", "38", "Avslutade", "12", "9", "21"];
    expect(joinCellLines(lines)).toBeUndefined();
    // Under a header without a Not column, a row one cell short is as unclear.
    expect(joinCellLines(["2024", "2023", "Intäkter", "400 000", "390 000", "Kostnader", "410 000"])).toBeUndefined();
  });

  it("does not fire on prose with numbers on lines of their own, page numbers, label-value lists or dates", () => {
    // Prose whose numbers a tool put on lines of their own.
    expect(
      joinCellLines(["Under året deltog", "148", "personer i insatserna, och", "57", "av dem avslutades."]),
    ).toBeUndefined();
    // Page numbers under the running head.
    expect(joinCellLines(["Samordningsförbundet Ådalen", "4", "Verksamhetsberättelse", "5"])).toBeUndefined();
    // A list of key figures, each label with its one value under it.
    expect(
      joinCellLines(["Nyckeltal", "2024", "Deltagare", "164", "Avslutade", "70", "Andel till arbete", "31 %"]),
    ).toBeUndefined();
    // Meeting dates: no header of distinct years.
    expect(
      joinCellLines(["Sammanträden", "2024-02-12", "2024-04-15", "Närvarande ledamöter", "6", "5"]),
    ).toBeUndefined();
    // One row only: no table to set.
    expect(joinCellLines(["2024", "2023", "Årets resultat", "120 400", "-35 000", "Kommentar"])).toBeUndefined();
  });

  it("keeps a table as written where a line must be judged on its own (an OCR repair)", () => {
    expect(joinCellLines(STATEMENT, (i) => i === 11)).toBeUndefined();
  });
});

describe("extraction of a table exported one cell per line", () => {
  const entry: EntryOptions = { federation: "adalen" };

  it("keeps a by-municipality table's title on its header, so its rows are members, never interventions", () => {
    const lines = [
      "Deltagare per hemkommun 2024",
      "",
      "Hemkommun",
      "Kvinnor",
      "Män",
      "Totalt",
      "Norrby",
      "31",
      "24",
      "55",
      "Söderås",
      "20",
      "18",
      "38",
      "Totalt",
      "51",
      "42",
      "93",
    ];
    const facts = documentFacts(entry, lines);
    const counts = facts.filter((f) => f.table === "participant_count");
    expect(counts.some((f) => f.intervention !== null)).toBe(false);
    expect(counts.map((f) => [f.gender, f.value, f.line])).toEqual([
      ["woman", 51, 15],
      ["man", 42, 15],
      ["all", 93, 15],
    ]);
  });

  it("stores the statement's figures on their rows' lines, and no Not number as an amount", () => {
    const facts = documentFacts(entry, STATEMENT);
    const finance = facts.filter((f) => f.table === "finance");
    const cost = finance.find((f) => f.item === "cost_operating" && f.year === 2024);
    expect(cost).toMatchObject({ amount_sek: 5612300, line: 10, basis: "actual" });
    expect(finance.find((f) => f.item === "result" && f.year === 2023)).toMatchObject({ amount_sek: 115900, line: 17 });
    expect(finance.some((f) => [1, 2].includes(Math.abs(f.amount_sek ?? 0)))).toBe(false);
  });
});

describe("joinCellLines: the first look for a cell's line", () => {
  it("still finds cells written with no-break spaces, tabs and spaces around them", () => {
    const spaced = STATEMENT.map((line) => (/^-?\d/.test(line) ? `\t${line.replace(/ /g, "\u00a0")}  ` : line));
    const joined = joinCellLines(spaced)!;
    expect(joined).toBeDefined();
    expect(joined.lines[2]).toMatch(/^Verksamhetens intäkter +1 +5 400 000 +5 100 000$/);
  });

  it("leaves a document with no line that could be a cell as it is", () => {
    expect(joinCellLines(["Resultaträkning", "", "Verksamhetens intäkter 5 400 000", "Summa 12 %"])).toBeUndefined();
  });
});
