/**
 * The layout grid (extract/general/layoutGrid.ts) and the tables with years as columns it serves
 * (parseMultiYearTables.ts): cells by position in aligned text, the one plausible split in
 * single-spaced text, dash cells, negatives, five-year overviews with the unit in the row label,
 * transposed participant tables. Every rule with the text it must leave alone. Made-up
 * federations, our own words.
 */
import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import {
  cellsByPosition,
  cellsBySplit,
  headerColumns,
  pipesAsGaps,
  readGridRow,
  stackHeader,
} from "../../loaders/extract/general/layoutGrid.ts";
import {
  OVERVIEW_SECTION,
  parseMultiYearTables,
  readYearHeader,
} from "../../loaders/extract/general/parseMultiYearTables.ts";
import { numberReadings } from "../../loaders/extract/numbers.ts";
import { factSchema } from "../../loaders/schema/facts.ts";
import type { AnyFact } from "../helpers.ts";

const YEAR = (c: string) => /^(19|20)\d\d$/.test(c);
const any = () => true;

describe("cells by position", () => {
  const header = "                              2024        2023        2022";
  const columns = headerColumns(header, YEAR);

  it("gives each number the column its characters overlap, and a dash is an empty cell", () => {
    expect(columns.map((c) => c.written)).toEqual(["2024", "2023", "2022"]);
    const row = "Årets resultat               1 308           —        -329";
    const cells = cellsByPosition(row, columns);
    expect(cells.values?.map((v) => (Number.isNaN(v) ? "empty" : v))).toEqual([1308, "empty", -329]);
  });

  it("reads a dash one space before the digits inside one cell as the cell's sign, and an en dash glued to them", () => {
    const row = "Årets resultat                 – 75          –1 204           311";
    expect(cellsByPosition(row, columns).values).toEqual([-75, -1204, 311]);
  });

  it("must not take an empty cell's dash standing a column gap apart for a sign", () => {
    const row = "Årets resultat                    –           1 204           311";
    expect(cellsByPosition(row, columns).values?.map((v) => (Number.isNaN(v) ? "empty" : v))).toEqual([
      "empty",
      1204,
      311,
    ]);
  });

  it("places a missing middle cell by position, not by counting", () => {
    const row = "Finansiella intäkter            12                      9";
    expect(cellsByPosition(row, columns).values?.map((v) => (Number.isNaN(v) ? null : v))).toEqual([12, null, 9]);
  });

  it("takes a right-aligned number wider than its heading by the zone that holds its middle", () => {
    // Headings at 20-22 (Not), 30-33 and 44-47; the amounts end two places to the right of them.
    const line = "Belopp i kr".padEnd(20) + "Not".padEnd(10) + "2024".padEnd(14) + "2023";
    const wide = headerColumns(line, (c) => YEAR(c) || c === "Not");
    expect(wide.map((c) => [c.from, c.to])).toEqual([
      [20, 22],
      [30, 33],
      [44, 47],
    ]);
    const row = "Eget kapital".padEnd(21) + "4" + "1 690 225".padStart(14) + "1 927 552".padStart(14);
    expect(cellsByPosition(row, wide).values).toEqual([4, 1690225, 1927552]);
  });

  it("must not place a cell that straddles two columns or two cells under one column", () => {
    // 2024 stands at 30-33, 2023 at 42-45: a cell from 31 to 43 overlaps both.
    const straddle = "Summa".padEnd(31) + "1 234 567 890";
    const r = cellsByPosition(straddle, columns);
    expect(r.values).toBeNull();
    expect(r.values === null && r.reason).toMatch(/two columns/);
    const twice = "Summa".padEnd(30) + "12" + "  " + "13";
    expect(cellsByPosition(twice, columns)).toMatchObject({ values: null, reason: expect.stringMatching(/two cells/) });
  });
});

describe("single-spaced split", () => {
  it("stores the unique split with three-digit groups", () => {
    expect(cellsBySplit("9 874 512 9 512 300", 2, any)).toEqual({ values: [9874512, 9512300], by: "split" });
    // Parenthesised and U+2212 negatives.
    expect(cellsBySplit("(1 204) \u22122 310", 2, any).values).toEqual([-1204, -2310]);
  });

  it("reads a dash as an empty cell in the count", () => {
    expect(numberReadings("1308 — -329", 3).map((r) => r.map((v) => (Number.isNaN(v) ? "empty" : v)))).toEqual([
      [1308, "empty", -329],
    ]);
  });

  it("never joins digit groups across a column gap, and offers a dash set one space before a number as its sign", () => {
    // Aligned text: "– 182" and "236" stand a column gap apart; they are never one cell of 182 236.
    expect(numberReadings("– 182          236", 2)).toEqual([[-182, 236]]);
    // Single-spaced, the dash may be an empty cell or the sign: both readings are offered.
    const both = numberReadings("– 145 318", 2).map((r) => r.map((v) => (Number.isNaN(v) ? "empty" : v)));
    expect(both).toEqual(
      expect.arrayContaining([
        ["empty", 145318],
        [-145, 318],
      ]),
    );
    expect(cellsBySplit("– 145 318", 2, any).values).toBeNull();
  });

  it("must not read an em dash, or a dash a column gap from the number, as a sign", () => {
    expect(numberReadings("— 145 318", 2).map((r) => r.map((v) => (Number.isNaN(v) ? "empty" : v)))).toEqual([
      ["empty", 145318],
    ]);
    expect(numberReadings("–        145 318", 2).map((r) => r.map((v) => (Number.isNaN(v) ? "empty" : v)))).toEqual([
      ["empty", 145318],
    ]);
  });

  it("must not store a split that can be made more than one way", () => {
    const r = cellsBySplit("1 200 300 400", 2, any);
    expect(r.values).toBeNull();
    expect(r.values === null && r.reason).toMatch(/2 columns of the header in 3 plausible ways/);
  });

  it("takes the one split whose cells are alike when others make a cell ten thousand times another", () => {
    const row = "\u2212752 630 \u2212277 642 \u2212433 194 813 074 \u2212611 867";
    expect(cellsBySplit(row, 5, any).values).toEqual([-752630, -277642, -433194, 813074, -611867]);
    expect(cellsBySplit("842 760 978 1 149 868", 5, any).values).toEqual([842, 760, 978, 1149, 868]);
  });

  it("leaves a row unread when more than one split keeps its cells alike (must not fire)", () => {
    expect(cellsBySplit("1 200 300 400", 2, any).values).toBeNull();
    expect(cellsBySplit("12 500 13 400", 3, any).values).toBeNull();
  });

  it("keeps only splits with plausible magnitudes", () => {
    // As counts of people, 1 200 300 is no reading; 1 200 and 300 400 is none either.
    const persons = (v: number) => Number.isInteger(v) && v < 100_000;
    expect(cellsBySplit("1 200 300 400", 2, persons).values).toBeNull();
    expect(cellsBySplit("97 121 110", 3, persons).values).toEqual([97, 121, 110]);
  });

  it("reads a row under a single-spaced header by split and under an aligned one by position", () => {
    const flat = { raw: "2024 2023", columns: headerColumns("2024 2023", YEAR) };
    expect(readGridRow("Nya deltagare 45 52", flat, any)).toMatchObject({ label: "Nya deltagare", values: [45, 52] });
    const aligned = { raw: "              2024     2023", columns: headerColumns("              2024     2023", YEAR) };
    expect(readGridRow("Nya deltagare   45       52", aligned, any)).toMatchObject({
      values: [45, 52],
      by: "position",
    });
  });
});

const doc = (lines: string[], year = 2024) => new DocumentText("exempel/2024-annual-report", lines, year);
const parse = (lines: string[], year = 2024) => {
  const out = parseMultiYearTables(doc(lines, year));
  for (const f of out.facts) factSchema.parse(f);
  return { ...out, facts: out.facts as AnyFact[] };
};
const money = (facts: AnyFact[]) =>
  facts.filter((f) => f.table === "finance").map((f) => `${f.item}:${f.year}=${f.amount_sek}@${f.line}`);
const counts = (facts: AnyFact[]) =>
  facts
    .filter((f) => f.table === "participant_count")
    .map((f) => `${f.intervention}:${f.year}:${f.measure}/${f.gender}=${f.value}@${f.line}`);

describe("year headers", () => {
  it("reads years running one way, after a few title or unit words", () => {
    expect(readYearHeader("Belopp i tkr 2024 2023 2022", 1)?.years).toEqual([2024, 2023, 2022]);
    expect(readYearHeader("                 2020   2021   2022   2023   2024", 1)?.years).toHaveLength(5);
  });

  it("must not take a table of contents line, a sentence or years with gaps for a header", () => {
    expect(readYearHeader("Flerårsöversikt 2020 2021 4", 1)).toBeNull();
    expect(readYearHeader("Mellan 2022 och 2023 ökade antalet", 1)).toBeNull();
    expect(readYearHeader("2024 2022", 1)).toBeNull();
    expect(readYearHeader("Sida 3 2024 2023", 1)).toBeNull();
  });
});

describe("five-year overviews", () => {
  it("reads an aligned overview with the unit in each row label, each column as its year", () => {
    const { facts, coverage } = parse([
      "Fem år i sammandrag",
      "",
      "                                     2024      2023      2022",
      "Verksamhetens intäkter (tkr)        9 875     9 512     9 100",
      "Verksamhetens kostnader (tkr)      −9 900    (9 300)    8 950",
      "Årets resultat (Mkr)                 -0,1       0,2       0,2",
      "Soliditet (%)                          88        91        90",
      "Antal anställda                         3         3         2",
    ]);
    expect(money(facts)).toEqual([
      "revenue_operating:2024=9875000@4",
      "revenue_operating:2023=9512000@4",
      "revenue_operating:2022=9100000@4",
      // Costs are stored positive, whatever sign the table prints.
      "cost_operating:2024=9900000@5",
      "cost_operating:2023=9300000@5",
      "cost_operating:2022=8950000@5",
      "result:2024=-100000@6",
      "result:2023=200000@6",
      "result:2022=200000@6",
    ]);
    expect(facts.every((f) => f.section === OVERVIEW_SECTION)).toBe(true);
    expect(coverage).toMatchObject([{ section: OVERVIEW_SECTION, status: "parsed", facts: 9 }]);
  });

  it("reads a single-spaced overview with its participant rows as the federation's", () => {
    const { facts } = parse([
      "Flerårsöversikt",
      "2022 2023 2024",
      "Verksamhetens intäkter (kr) 9 874 512 9 512 300 9 701 000",
      "Antal deltagare 230 244 251",
      "Andel kvinnor (%) 55 52 58",
    ]);
    expect(money(facts)).toEqual([
      "revenue_operating:2022=9874512@3",
      "revenue_operating:2023=9512300@3",
      "revenue_operating:2024=9701000@3",
    ]);
    expect(counts(facts)).toEqual([
      "null:2022:enrolled/all=230@4",
      "null:2023:enrolled/all=244@4",
      "null:2024:enrolled/all=251@4",
    ]);
  });

  it("joins a label wrapped onto the next line, and stops at a heading under the table", () => {
    const { facts } = parse([
      "Flerårsöversikt",
      "                              2024      2023",
      "Verksamhetens",
      "intäkter (tkr)               9 875     9 512",
      "Kommentar",
      "Eget kapital (tkr)           1 200     1 150",
    ]);
    expect(money(facts)).toEqual(["revenue_operating:2024=9875000@4", "revenue_operating:2023=9512000@4"]);
  });

  it("must not store an amount without a unit, a share, or a split that is not unique", () => {
    const { facts, findings } = parse([
      "Nyckeltal",
      "2024 2023",
      "Verksamhetens intäkter 9 874 512 9 512 300",
      "Andel till arbete eller studier, % 34 30",
      "Eget kapital (kr) 1 200 300 400",
    ]);
    expect(facts).toEqual([]);
    expect(findings.map((f) => [f.line, f.message.replace(/^.*": /, "")])).toEqual([
      [3, "no unit stated for an amount; not stored"],
      [5, "its digits split into the 2 columns of the header in 3 plausible ways; not stored"],
    ]);
  });

  it("must not read a statement's own columns, which are the statement layer's", () => {
    const { facts } = parse(["Resultaträkning, tkr", "2024 2023", "Verksamhetens intäkter 9 875 9 512"]);
    expect(facts).toEqual([]);
  });

  it("reads a spaced overview whose cells stand apart by wide gaps but not under their years", () => {
    const { facts } = parse([
      "Nyckeltal",
      "",
      "2024  2023  2022",
      "Verksamhetens intäkter (tkr)  4 210  3 985  —",
      "Antal deltagare  131  118  97",
    ]);
    expect(money(facts)).toEqual(["revenue_operating:2024=4210000@4", "revenue_operating:2023=3985000@4"]);
    expect(counts(facts)).toEqual([
      "null:2024:enrolled/all=131@5",
      "null:2023:enrolled/all=118@5",
      "null:2022:enrolled/all=97@5",
    ]);
  });

  it("must not fill the columns in order when a spaced row has more or fewer cells than years", () => {
    const { facts, findings } = parse([
      "Nyckeltal",
      "",
      "2024  2023  2022",
      "Verksamhetens intäkter (tkr)  4 210  3 985",
    ]);
    expect(money(facts)).toEqual([]);
    expect(findings.map((f) => f.line)).toEqual([4]);
  });

  it("must not let a rounded overview stand in for the statements' own years, but keeps the earlier years", () => {
    const lines = [
      "Flerårsöversikt",
      "",
      "2024  2023  2022",
      "Eget kapital (Mkr)  0,8  1,1  1,4",
      "",
      "",
      "Balansräkning",
      "",
      "Eget kapital 812 904 1 106 377",
    ];
    const { facts, findings } = parse(lines);
    expect(money(facts)).toEqual(["equity_end:2022=1400000@4"]);
    expect(findings.map((f) => f.message).join()).toContain("rounded restatement");
    // Without statements the overview is the report's only word on those years.
    expect(money(parse(lines.slice(0, 4)).facts)).toEqual([
      "equity_end:2024=800000@4",
      "equity_end:2023=1100000@4",
      "equity_end:2022=1400000@4",
    ]);
  });

  it("must not store an intervention's finance rows as the federation's", () => {
    const { facts } = parse(["Insats: Bryggan", "", "2024 2023", "Verksamhetens kostnader (tkr) 950 900"]);
    expect(money(facts)).toEqual([]);
  });
});

describe("a result row settled by the equity row", () => {
  const overview = (equity: string) => [
    "Fem år i sammandrag",
    "2016 2017 2018 2019 2020",
    "Årets resultat (kr) 87 357 59 125 590 146 753 315 272",
    equity,
  ];

  it("takes the one split in which each year's result is the change in equity", () => {
    const { facts } = parse(overview("Eget kapital (kr) 1 445 512 1 445 571 1 571 161 1 717 914 2 033 186"), 2020);
    expect(money(facts).filter((f) => f.startsWith("result"))).toEqual([
      "result:2016=87357@3",
      "result:2017=59@3",
      "result:2018=125590@3",
      "result:2019=146753@3",
      "result:2020=315272@3",
    ]);
  });

  it("leaves the result unread without an equity row, or when no split agrees with it (must not fire)", () => {
    const none = parse(overview("Deltagare (antal) 67 65 67 80 79"), 2020);
    expect(money(none.facts).filter((f) => f.startsWith("result"))).toEqual([]);
    const off = parse(overview("Eget kapital (kr) 1 445 512 1 445 671 1 571 161 1 717 914 2 033 186"), 2020);
    expect(money(off.facts).filter((f) => f.startsWith("result"))).toEqual([]);
  });
});

describe("transposed participant tables", () => {
  it("gives each number its own year, and a dash-bulleted varav row the measure above", () => {
    const { facts } = parse([
      "Förbundets deltagare",
      "Deltagare 2024 2023 2022",
      "Nyinskrivna 97 121 110",
      "– varav kvinnor 52 60 58",
      "Avslutade deltagare 88 95 101",
    ]);
    expect(counts(facts)).toEqual([
      "null:2024:new/all=97@3",
      "null:2023:new/all=121@3",
      "null:2022:new/all=110@3",
      "null:2024:new/woman=52@4",
      "null:2023:new/woman=60@4",
      "null:2022:new/woman=58@4",
      "null:2024:exited/all=88@5",
      "null:2023:exited/all=95@5",
      "null:2022:exited/all=101@5",
    ]);
    // The dash bullet is no minus sign.
    expect(facts.every((f) => f.value >= 0)).toBe(true);
  });

  it("reads 'Antal individer i insatser' as the participants of each year", () => {
    const { facts } = parse([
      "Flerårsöversikt",
      "                         2024     2023",
      "Antal individer i insatser    143      131",
    ]);
    expect(counts(facts)).toEqual(["null:2024:enrolled/all=143@3", "null:2023:enrolled/all=131@3"]);
  });

  it("does not read individuals in structural work as participants (must not fire)", () => {
    const { facts } = parse([
      "Flerårsöversikt",
      "                                   2024     2023",
      "Antal individer i strukturinsatser       310      287",
      "Individer på nätverksträffar             120       95",
    ]);
    expect(counts(facts)).toEqual([]);
  });

  it("must not store people at structural events or a row in kronor as participants", () => {
    const { facts } = parse([
      "Förbundets deltagare",
      "Deltagare 2024 2023",
      "Deltagare i utbildningsdagar 430 512",
      "Antal nätverksträffar 12 14",
      "Kostnad per deltagare (kr) 21 500 19 800",
    ]);
    expect(counts(facts)).toEqual([]);
  });

  it("must not store a table whose owner is unclear", () => {
    const { facts, findings } = parse(["Deltagare 2024 2023", "Nyinskrivna 97 121"]);
    expect(facts).toEqual([]);
    expect(findings.map((f) => f.line)).toEqual([2]);
  });
});

describe("headers stacked over lines and tables drawn with pipes", () => {
  it("merges a stacked header by position: a run joins the cell under it, a title spanning cells goes on each", () => {
    expect(stackHeader(["            Deltagare      Avslutade", "Insats    Kvinnor  Män    till arbete"])).toEqual([
      "Insats",
      "Deltagare Kvinnor",
      "Deltagare Män",
      "Avslutade till arbete",
    ]);
  });

  it("must not join runs that do not overlap: each stays a cell of its own", () => {
    expect(stackHeader(["Summa", "      2024"])).toEqual(["Summa", "2024"]);
  });

  it("reads a grid's pipes as column gaps, and must not touch a lone pipe OCR made of a digit", () => {
    const lines = ["Insats | Totalt | Avslutade", "Bron | 12 | 4", "Summa l | 234", "Summa | 1| 2"];
    const out = pipesAsGaps(lines);
    expect(out[0]).not.toContain("|");
    expect(out[1]).not.toContain("|");
    expect(out[2]).toBe("Summa l | 234");
    expect(out[3]).toBe("Summa | 1| 2");
  });

  it("reads one pipe standing in one place over a table's lines as a divider between its columns", () => {
    const lines = [
      "              Kvinnor   Män   Totalt | Länet",
      "Nya               40     35      75 |    301",
      "Avslutade         33     29      62  |   240",
    ];
    const out = pipesAsGaps(lines);
    expect(out.every((l) => !l.includes("|"))).toBe(true);
    expect(out.map((l) => l.length)).toEqual(lines.map((l) => l.length));
  });

  it("must not read a pipe before a group of digits, or pipes that do not line up, as a divider", () => {
    const ocr = ["Summa | 109", "Arbete | 204", "Studier | 311"];
    expect(pipesAsGaps(ocr)).toEqual(ocr);
    const scattered = ["Nya 40 |  75", "Avslutade            33 29 |  62", "Kvar 7 |  13"];
    expect(pipesAsGaps(scattered)).toEqual(scattered);
  });

  it("marks a row's empty cell between pipes with a dash, in place; a header's empty cell stays blank", () => {
    const lines = ["| | Utfall 2024 | Budget 2024 |", "| Resultat | 210 | -90 |", "| Eget kapital | | 1 310 |"];
    const out = pipesAsGaps(lines);
    expect(out[2]).toBe("  Eget kapital  –  1 310  ");
    expect(out.map((l) => l.length)).toEqual(lines.map((l) => l.length));
    // Must not fire: the header's empty first cell, and a row with no empty cell.
    expect(out[0]).not.toContain("–");
    expect(out[1]).not.toContain("–");
  });
});

describe("balance dates as year columns, and a plus sign before a cell", () => {
  const table = (header: string, row: string) => [
    "Tabell 2. Det egna kapitalet",
    `                              ${header}`,
    "Eget kapital, kr                1 870 000     2 015 000     1 640 000",
    row,
  ];

  it("reads '31 dec 2023' over a column as that year's", () => {
    expect(readYearHeader("               31 dec 2022   31 december 2023   31 dec 2024", 1)?.years).toEqual([
      2022, 2023, 2024,
    ]);
    const facts = parse(
      table(
        "31 dec 2022   31 dec 2023   31 dec 2024",
        "Årets resultat, kr               +95 000      +145 000      −375 000",
      ),
    ).facts;
    expect(money(facts)).toEqual(
      expect.arrayContaining(["equity_end:2023=2015000@3", "result:2022=95000@4", "result:2023=145000@4"]),
    );
  });

  it("never reads a date other than the year's close as a year column", () => {
    expect(readYearHeader("               30 jun 2023   30 jun 2024", 1)).toBeNull();
  });

  it("never reads a plus-signed cell as its thousands alone", () => {
    const facts = parse(
      table(
        "31 dec 2022   31 dec 2023   31 dec 2024",
        "Årets resultat, kr               +95 000      +145 000      −375 000",
      ),
    ).facts;
    expect(money(facts).some((f) => /result:\d+=0@/.test(f) || f.includes("=95@"))).toBe(false);
  });
});
