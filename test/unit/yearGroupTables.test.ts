import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { scopeByLine } from "../../loaders/extract/general/sectionScope.ts";
import { parseYearGroupTables } from "../../loaders/extract/general/yearGroupTables.ts";
import type { AnyFact } from "../helpers.ts";

const read = (lines: string[]) => {
  const doc = new DocumentText("exempel/2023-annual-report", lines, 2023);
  const out = parseYearGroupTables(doc, scopeByLine(doc));
  return out.facts as AnyFact[];
};
const counts = (facts: AnyFact[]) =>
  facts.filter((f) => f.table === "participant_count").map((f) => `${f.year}:${f.measure}/${f.gender}=${f.value}`);
const exits = (facts: AnyFact[]) =>
  facts.filter((f) => f.table === "participant_breakdown").map((f) => `${f.year}:${f.category}=${f.value}`);

const report = (exitRows: string[], years = ["2023", "2022"]) => [
  "2. Förbundets deltagare",
  "",
  `                               ===== ${years[0]} =====   ===== ${years[1]} =====`,
  "Deltagare                        Kv       Män        Kv       Män",
  "Inskrivna                        60        40        50        45",
  "Avslutade                        30        20        25        22",
  "",
  `                               ===== ${years[0]} =====   ===== ${years[1]} =====`,
  "Avslutade till                   Kv       Män        Kv       Män",
  ...exitRows,
];
const EXITS = [
  "Arbete                           10         8         9         7",
  "Studier                           6         4         5         5",
  "Annat                            14         8        11        10",
];

describe("years over gender columns", () => {
  it("reads each gender column as the year written over it, and a destination as both genders added", () => {
    const facts = read(report(EXITS));
    expect(counts(facts)).toEqual([
      "2023:enrolled/woman=60",
      "2023:enrolled/man=40",
      "2022:enrolled/woman=50",
      "2022:enrolled/man=45",
      "2023:exited/woman=30",
      "2023:exited/man=20",
      "2022:exited/woman=25",
      "2022:exited/man=22",
    ]);
    expect(exits(facts)).toEqual([
      "2023:work=18",
      "2023:studies=10",
      "2023:other_exit=22",
      "2022:work=16",
      "2022:studies=10",
      "2022:other_exit=21",
    ]);
  });

  it("stores no destination whose year's rows do not add up to that year's exits (must not fire)", () => {
    const rows = [...EXITS.slice(0, 2), "Annat                            14         9        11        10"];
    expect(exits(read(report(rows)))).toEqual(["2022:work=16", "2022:studies=10", "2022:other_exit=21"]);
  });

  it("stores no sum for a row that lacks one gender's count (must not fire)", () => {
    const rows = [EXITS[0]!, "Studier                           6         –         5         5", EXITS[2]!];
    expect(exits(read(report(rows))).filter((e) => e.startsWith("2023"))).toEqual([]);
  });

  it("reads no column of a year after the report's (a plan)", () => {
    const facts = read(report(EXITS, ["2024", "2023"]));
    expect(counts(facts).some((c) => c.startsWith("2024"))).toBe(false);
    expect(counts(facts)).toContain("2023:enrolled/woman=50");
  });

  it("reads nothing under years over columns that are no genders (must not fire)", () => {
    const facts = read([
      "2. Förbundets deltagare",
      "",
      "                               ===== 2023 =====   ===== 2022 =====",
      "Deltagare                    Budget    Utfall    Budget    Utfall",
      "Inskrivna                       100       100        90        95",
    ]);
    expect(facts).toEqual([]);
  });

  it("reads a header whose cells each name a year and a gender, drawn with pipes", () => {
    const facts = read([
      "2. Förbundets deltagare",
      "",
      "| Deltagare | 2023 K | 2023 M | 2022 K | 2022 M |",
      "|---|---:|---:|---:|---:|",
      "| Inskrivna | 60 | 40 | 50 | 45 |",
      "| Nya | 30 | 20 | 25 | 22 |",
    ]);
    expect(counts(facts)).toEqual([
      "2023:enrolled/woman=60",
      "2023:enrolled/man=40",
      "2022:enrolled/woman=50",
      "2022:enrolled/man=45",
      "2023:new/woman=30",
      "2023:new/man=20",
      "2022:new/woman=25",
      "2022:new/man=22",
    ]);
  });

  it("reads no header whose year cells are budget and outcome (must not fire)", () => {
    const facts = read([
      "2. Förbundets deltagare",
      "",
      "Deltagare        Budget 2023   Utfall 2023   Utfall 2022",
      "Inskrivna                100           100            95",
    ]);
    expect(facts).toEqual([]);
  });
});

describe("years set at one end of their groups (made-up federation)", () => {
  const table = (yearLine: string) => [
    "Deltagare i förbundets insatser",
    "",
    yearLine,
    "                        K      M    Tot      K      M    Tot",
    "Inskrivna              71     58    129     66     55    121",
    "Nya                    36     30     66     33     29     62",
  ];

  it("reads each year over its own group, set over the group's last column", () => {
    const facts = read(table("                                  2023                    2022"));
    expect(counts(facts)).toContain("2023:enrolled/all=129");
    expect(counts(facts)).toContain("2023:new/man=30");
    expect(counts(facts)).toContain("2022:enrolled/all=121");
    expect(counts(facts)).not.toContain("2023:enrolled/all=121");
  });

  it("must NOT read the groups where a year stands over another group, or over none", () => {
    expect(counts(read(table("                        2023   2022")))).toEqual([]);
    expect(
      counts(read(table("                                                                    2023   2022"))),
    ).toEqual([]);
  });
});

describe("a Markdown table's two header rows, years over gender groups (made-up federation)", () => {
  const rows = ["| Inskrivna | 71 | 58 | 129 | 66 | 55 | 121 |", "| Nya | 36 | 30 | 66 | 33 | 29 | 62 |"];
  const genders = "| | K | M | Tot | K | M | Tot |";
  const rule = "|---|---|---|---|---|---|---|";

  it("reads each gender column as the year written at or before it, the rule between the rows or under them", () => {
    for (const head of [
      ["| | 2023 | | | 2022 | | |", rule, genders],
      ["| | 2023 | 2023 | 2023 | 2022 | 2022 | 2022 |", genders, rule],
    ]) {
      const facts = read(["Deltagare i förbundets insatser", "", ...head, ...rows]);
      expect(counts(facts)).toContain("2023:enrolled/all=129");
      expect(counts(facts)).toContain("2022:new/woman=33");
      expect(counts(facts)).not.toContain("2023:enrolled/all=121");
    }
  });

  it("must NOT read groups headed by names, or a first group with no year over it", () => {
    const named = read(["Deltagare", "", "| | Steget | | | Vägen | | |", rule, genders, ...rows]);
    expect(counts(named)).toEqual([]);
    const headless = read(["Deltagare", "", "| | | | | 2022 | | |", rule, genders, ...rows]);
    expect(counts(headless)).toEqual([]);
  });
});
