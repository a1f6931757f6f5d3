/**
 * Cells holding a figure and its parts in brackets ("412 (230/182)", "41 % (45 av 110)"), and a
 * table of destinations alone under the year's exits of an earlier table. Made-up federation.
 */
import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { bracketedRow, partsOrder } from "../../loaders/extract/general/bracketedParts.ts";
import { parseMultiYearTables } from "../../loaders/extract/general/parseMultiYearTables.ts";
import type { AnyFact } from "../helpers.ts";

const doc = (lines: string[]) => new DocumentText("lindmark/2024-annual-report", lines, 2024);
const read = (lines: string[]) => parseMultiYearTables(doc(lines));
const counts = (lines: string[]) =>
  (read(lines).facts as AnyFact[])
    .filter((f) => f.table === "participant_count")
    .map((f) => `${f.year}:${f.measure}:${f.gender}=${f.value}`);
const destinations = (lines: string[]) =>
  (read(lines).facts as AnyFact[])
    .filter((f) => f.table === "participant_breakdown")
    .map((f) => `${f.year}:${f.category}=${f.value}`);

describe("bracketedRow", () => {
  it("blanks a count's parts in place and gives them rows of their own", () => {
    const row = "Deltagare i insats    412 (230/182)    398 (221 / 177)";
    const out = bracketedRow(row);
    expect(out && "row" in out).toBe(true);
    if (!out || !("row" in out)) return;
    expect(out.row.length).toBe(row.length);
    expect(out.row.trim().split(/\s{2,}/)).toEqual(["Deltagare i insats", "412", "398"]);
    expect(out.parts![0].trim().split(/\s{2,}/)).toEqual(["Deltagare i insats", "230", "221"]);
    expect(out.parts![1].trim().split(/\s{2,}/)).toEqual(["Deltagare i insats", "182", "177"]);
    // Each part stands where its count stood.
    expect(out.parts![0].indexOf("230")).toBe(row.indexOf("412"));
  });

  it("refuses a count whose parts do not add up to it", () => {
    expect(bracketedRow("Deltagare    412 (230/172)    398 (221/177)")).toEqual({
      reason: 'the parts in "412 (230/172)" do not add up to 412',
    });
  });

  it("keeps a share whose bracket is its numerator over its base, and refuses one that is not", () => {
    const ok = bracketedRow("Andel till arbete eller studier   41 % (45 av 110)   36,4 % (40/110)");
    expect(ok && "row" in ok && ok.row.trim().split(/\s{2,}/)).toEqual([
      "Andel till arbete eller studier",
      "41 %",
      "36,4 %",
    ]);
    expect(bracketedRow("Andel till arbete eller studier   41 % (45 av 130)")).toHaveProperty("reason");
  });

  it("leaves rows without bracketed figures alone", () => {
    expect(bracketedRow("Deltagare (antal)    412    398")).toBeUndefined();
    expect(bracketedRow("Eget kapital 31/12    2 310    2 525")).toBeUndefined();
  });

  it("reads the parts' order only from a legend", () => {
    expect(partsOrder(["Avslutade (K/M)"])).toBe("women_men");
    expect(partsOrder(["Avslutade", "Antal (män/kvinnor)   2024   2023"])).toBe("men_women");
    expect(partsOrder(["Avslutade", "Antal   2024   2023"])).toBeUndefined();
  });
});

describe("a years-as-columns table with the gender split in brackets", () => {
  const table = (legend: string, exitsRow = "Avslutade                 88 (50/38)       81 (44/37)") => [
    "Samordningsförbundet Lindmark",
    "",
    `Nyckeltal ${legend}          2024             2023`,
    "Deltagare totalt          205 (118/87)     190 (101/89)",
    "Nya under året            97 (55/42)       90 (50/40)",
    exitsRow,
    "Målvärde deltagare        220 (110/110)    200 (100/100)",
  ];

  it("stores each year's count and, in the legend's order, its women and men", () => {
    const got = counts(table("(m/k)"));
    expect(got).toEqual(
      expect.arrayContaining([
        "2024:enrolled:all=205",
        "2024:enrolled:man=118",
        "2024:enrolled:woman=87",
        "2023:new:all=90",
        "2023:new:man=50",
        "2024:exited:all=88",
        "2024:exited:woman=38",
      ]),
    );
  });

  it("stores no target row's figures", () => {
    const got = counts(table("(m/k)"));
    expect(got.filter((c) => /=(220|110|200|100)$/.test(c))).toEqual([]);
  });

  it("without a legend stores the counts but no gender", () => {
    const got = counts(table(""));
    expect(got).toContain("2024:enrolled:all=205");
    expect(got.filter((c) => !c.includes(":all="))).toEqual([]);
  });

  it("stores nothing of a row whose parts do not add up", () => {
    const got = counts(table("(k/m)", "Avslutade                 88 (50/36)       81 (44/37)"));
    expect(got.filter((c) => c.includes(":exited:"))).toEqual([]);
    expect(got).toContain("2024:enrolled:woman=118");
  });
});

describe("a table of destinations alone, under the exits of an earlier table", () => {
  const lines = (destinationRows: string[]) => [
    "Samordningsförbundet Lindmark",
    "Deltagare i förbundets insatser",
    "",
    "Antal                     2024      2023",
    "Nya deltagare               64        58",
    "Avslutade deltagare         52        47",
    "",
    "Vart gick de avslutade?",
    "                          2024      2023",
    ...destinationRows,
    "",
    "Förbundet har fem anställda.",
  ];

  it("stores the destinations where they add up to each year's exits", () => {
    const got = destinations(
      lines([
        "Arbete                      14        12",
        "Studier                      9         7",
        "Arbetssökande               17        16",
        "Annat                       12        12",
      ]),
    );
    expect(got).toEqual(
      expect.arrayContaining(["2024:work=14", "2023:studies=7", "2024:job_seeker=17", "2023:other_exit=12"]),
    );
  });

  it("stores none where they do not add up (another group's destinations)", () => {
    const got = destinations(
      lines([
        "Arbete                       6         5",
        "Studier                      3         4",
        "Arbetssökande                8         6",
      ]),
    );
    expect(got).toEqual([]);
  });

  it("never takes a lone 'Övrigt' row for a destination", () => {
    const got = destinations(["Ekonomi                2024      2023", "Övrigt                   12        11"]);
    expect(got).toEqual([]);
  });
});

describe("a rate cell with its numerator and base in brackets", () => {
  const rates = (row: string) =>
    (
      read([
        "Samordningsförbundet Lindmark",
        "Resultat för förbundets insatser",
        "",
        "Antal             2024      2023",
        row,
      ]).awaiting ?? []
    ).map((f) => `${(f as AnyFact).year}=${(f as AnyFact).value}`);

  it("waits for its base as any rate does, its share as written", () => {
    expect(rates("Andel arbete/studier   41 % (45 av 110)   36 % (40/110)")).toEqual(["2024=41", "2023=36"]);
  });

  it("reads no rate whose bracket is not its fraction", () => {
    expect(rates("Andel arbete/studier   41 % (45 av 130)   36 % (40/110)")).toEqual([]);
  });
});
