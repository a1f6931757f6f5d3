/**
 * Columns of a year's parts named by their months ("T1 jan–apr", "T3 jan–dec"), a whole year's column
 * beside them, and columns after it (a target, another year's outcome, a count since the start); a
 * title over the exits' destinations on a line of its own; a footnote marker standing for a missing
 * cell. Made-up federations and figures.
 */
import { describe, expect, it } from "vitest";
import { blankMissingCells } from "../../loaders/extract/text/missingCells.ts";
import { documentFacts } from "../support/manifestEntry.ts";

const facts = (lines: string[]) => documentFacts({ federation: "ormberga" }, lines);
const counts = (lines: string[]) =>
  facts(lines)
    .filter((f) => f.table === "participant_count")
    .map((f) => `${f.year}:${f.measure}/${f.gender}=${f.value}`);
const exits = (lines: string[]) =>
  facts(lines)
    .filter((f) => f.table === "participant_breakdown")
    .map((f) => `${f.year}:${f.category}=${f.value}`);

const head = ["Samordningsförbundet Ormberga", "Verksamhetsberättelse 2024", "", "Förbundets deltagare", ""];

describe("columns of a year's parts named by their months", () => {
  const cumulative = [
    ...head,
    "Deltagare         T1 jan–apr   T2 jan–aug   T3 jan–dec   Mål 2024   Utfall 2023",
    "Inskrivna                 37           66           94         90            88",
    "Nya                       15           31           52         60            47",
    "Avslutade                  9           22           40         45            36",
  ];

  it("reads the January–December column as the report's year and another year's outcome as its year", () => {
    expect(counts(cumulative)).toEqual(
      expect.arrayContaining([
        "2024:enrolled/all=94",
        "2024:new/all=52",
        "2024:exited/all=40",
        "2023:enrolled/all=88",
        "2023:exited/all=36",
      ]),
    );
  });

  it("never reads a part's column or the target's", () => {
    const values = facts(cumulative)
      .filter((f) => f.table === "participant_count")
      .map((f) => f.value);
    for (const v of [37, 66, 15, 31, 9, 22, 90, 60, 45]) expect(values).not.toContain(v);
  });

  it("stores no row where a part is more than the whole year", () => {
    const broken = cumulative.map((l) =>
      l.replace(
        "Nya                       15           31           52",
        "Nya                       15           61           52",
      ),
    );
    expect(counts(broken)).not.toContain("2024:new/all=52");
  });

  it("reads nothing under parts alone, with no whole year's column", () => {
    const partsOnly = [
      ...head,
      "Deltagare         T1 jan–apr   T2 maj–aug",
      "Nya                       15           16",
    ];
    expect(counts(partsOnly)).toEqual([]);
  });

  it("reads the year's column beside a count since the start, never that count", () => {
    const quarters = [
      ...head,
      "                    Kv1   Kv2   Kv3   Kv4   Året 2024   Sedan start",
      "Nya deltagare         8    11     6    10          35           210",
      "Avslutade             7     9     8     9          33           177",
    ];
    const c = counts(quarters);
    expect(c).toEqual(expect.arrayContaining(["2024:new/all=35", "2024:exited/all=33"]));
    expect(c.join(" ")).not.toMatch(/=210|=177/);
  });
});

describe("a title over the exits' destinations", () => {
  const table = (title: string) => [
    ...head,
    "                        2024    2023",
    "Avslutade deltagare       40      36",
    title,
    "  arbete                  11       9",
    "  studier                  6       5",
    "  annat                   23      22",
  ];

  it("reads the set-in rows under 'Avslut till' as destinations of the exits", () => {
    expect(exits(table("Avslut till"))).toEqual(
      expect.arrayContaining(["2024:work=11", "2024:studies=6", "2023:work=9"]),
    );
  });

  it("keeps a line of other words as the label it opens", () => {
    expect(exits(table("Insatser med"))).not.toContain("2024:work=11");
  });
});

describe("a footnote marker standing for a missing cell", () => {
  it("blanks a cell of the marker alone where a footnote says the figure is missing", () => {
    const out = blankMissingCells(["Arbete      12     *", "Studier      4     *", "* Uppgift saknas för 2023."])!;
    expect(out[0]).toBe("Arbete      12      ");
  });

  it("leaves a marker after a figure, and a marker no footnote explains", () => {
    expect(blankMissingCells(["Arbete      12*    10", "* Uppgift saknas för 2023."])).toBeUndefined();
    expect(blankMissingCells(["Arbete      12     *", "* Preliminär siffra."])).toBeUndefined();
  });
});

describe("a destination table beside a whole year's column, and a part of the year's outcome", () => {
  const lines = [
    ...head,
    "                         Kv 1   Kv 2   Kv 3   Kv 4   År 2024",
    "Avslutade deltagare         9     12      8     11        40",
    "",
    "Efter avslut                Kv 1   Kv 2   Kv 3   Kv 4   År 2024",
    "Arbete                         3      4      2      2        11",
    "Studier                        1      2      1      2         6",
    "Övrigt                         5      6      5      7        23",
    "Summa                          9     12      8     11        40",
    "",
    "Ekonomi (tkr)          Utfall 2024   Budget 2024   Utfall Kv 4",
    "Intäkter                     5 210         5 200         1 300",
    "Kostnader                    5 390         5 500         1 620",
    "Årets resultat                -180          -300          -320",
  ];

  it("reads 'År 2024' as the year's column, the destinations by their sum, and never their Summa as enrolled", () => {
    expect(counts(lines)).toContain("2024:exited/all=40");
    expect(counts(lines)).not.toContain("2024:enrolled/all=40");
    expect(exits(lines)).toEqual(expect.arrayContaining(["2024:work=11", "2024:studies=6"]));
  });

  it("reads the year's outcome and budget beside a quarter's outcome, never the quarter's", () => {
    const money = facts(lines)
      .filter((f) => f.table === "finance")
      .map((f) => `${f.year}:${f.basis}:${f.item}=${f.amount_sek}`);
    expect(money).toEqual(expect.arrayContaining(["2024:actual:cost_operating=5390000", "2024:budget:result=-300000"]));
    expect(money.join(" ")).not.toMatch(/=1620000|=-320000|=1300000/);
  });
});

describe("the equity at the period's end", () => {
  it("is the lexicon's closing equity, never its opening one", async () => {
    const { bestConcept } = await import("../../loaders/reference/concepts.ts");
    expect(bestConcept("Eget kapital vid periodens slut", ["finance"])?.concept.code).toBe("equity_end");
    expect(bestConcept("Eget kapital vid periodens början", ["finance"])?.concept.code).not.toBe("equity_end");
  });
});
