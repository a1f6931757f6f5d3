/**
 * Tables of held-out sets 10 and 10b's shapes. Made-up federations throughout.
 */
import { describe, expect, it } from "vitest";
import type { AnyFact } from "../helpers.ts";
import { countsOf as counts, exitsOf as exits, readReport as read } from "../support/reportFacts.ts";

const destinationTable = (rows: string[]) => [
  "Samordningsförbundet Tranberga",
  "Verksamhetsberättelse 2024",
  "",
  "Hela förbundet 2024",
  "                                  Kvinnor     Män   Totalt",
  ...rows,
];

describe("destination rows in a Kvinnor | Män | Totalt table", () => {
  it("reads 'Avslut till …' rows as the exits' destinations, never as interventions", () => {
    const facts = read(
      destinationTable([
        "Deltagare under året                   70      50      120",
        "Avslutade                              30      25       55",
        "Avslut till studier                     5       6       11",
        "Avslutade mot fortsatt rehabilitering   8       4       12",
      ]),
    );
    expect(counts(facts)).not.toContainEqual(expect.stringMatching(/^Avslut/));
    expect(exits(facts)).toEqual(["förbundet:studies=11", "förbundet:continued_rehab=12"]);
  });

  it("leaves a destination row unread when its cells do not add up or no exits row stands above it", () => {
    const facts = read(
      destinationTable([
        "Deltagare under året                   70      50      120",
        "Avslut till arbete                      9       7       17",
        "Avslutade                              30      25       55",
        "Avslut till studier                     5       6       12",
      ]),
    );
    expect(counts(facts).filter((c) => /Avslut till/.test(c))).toEqual([]);
    expect(exits(facts)).toEqual([]);
  });

  it("keeps an intervention whose name only contains a destination", () => {
    const facts = read([
      "Samordningsförbundet Tranberga",
      "Verksamhetsberättelse 2024",
      "",
      "Deltagare per insats 2024",
      "Insats                            Kvinnor     Män   Totalt",
      "Vägen till arbete                      21      14       35",
      "Steg mot studier                       11       9       20",
      "Totalt                                 32      23       55",
    ]);
    expect(counts(facts)).toContain("Vägen till arbete:enrolled/all=35");
    expect(exits(facts)).toEqual([]);
  });
});

describe("months as columns with a closing Helår column", () => {
  const months = (closing: string, rows: string[]) => [
    "Samordningsförbundet Tranberga",
    "Verksamhetsuppföljning 2024",
    "",
    "Förbundets deltagare 2024",
    `Månad          jan  feb  mar  apr  maj  jun  jul  aug  sep  okt  nov  dec${closing}`,
    ...rows,
  ];

  it("reads only the Helår column as the year's", () => {
    const facts = read(
      months("  Helår", [
        "Nya              6    4    9    5    7    3    1    8    9    6    5    2     65",
        "Avslutade        3    5    2    6    4   10    7    2    5    4    3    6     57",
      ]),
    );
    expect(counts(facts)).toEqual(["förbundet:new/all=65", "förbundet:exited/all=57"]);
  });

  it("stores no month's cell when no column holds the whole year", () => {
    const facts = read(months("", ["Inskrivna       40   42   47   49   52   50   41   44   48   51   53   49"]));
    expect(counts(facts)).toEqual([]);
  });
});

describe("a table with a row per member municipality", () => {
  const table = (total: string) => [
    "Samordningsförbundet Tranberga",
    "Medlemsdialog 2025",
    "",
    "Siffror per kommun 2024",
    "Kommun      Invånare   Avgift, kr   Kr per invånare   Deltagare   varav kvinnor   Avslutade   Till arbete",
    "Tranby        18 200      420 000             23,08          44              25          20             7",
    "Ekeby          7 300      168 000             23,01          17               9           8             3",
    "Åsby           5 100      117 000             22,94          12               6           5             2",
    total,
  ];

  it("reads the Totalt row as the federation's, its gender and destination columns as parts", () => {
    const facts = read(
      table(
        "Totalt        30 600      705 000             23,04          73              40          33            12",
      ),
    );
    expect(counts(facts)).toEqual([
      "förbundet:enrolled/all=73",
      "förbundet:enrolled/woman=40",
      "förbundet:exited/all=33",
    ]);
    expect(exits(facts)).toEqual(["förbundet:work=12"]);
    // No member's row, no population and no kronor per inhabitant anywhere.
    expect(facts.filter((f) => f.line >= 6 && f.line <= 8 && f.table !== "member_contribution")).toEqual([]);
    expect(facts.some((f) => f.table === "finance" && [30600, 705000].includes(f.amount_sek as number))).toBe(false);
  });

  it("stores nothing when the members do not add up to the Totalt row", () => {
    const facts = read(
      table(
        "Totalt        30 600      705 000             23,04          75              40          33            12",
      ),
    );
    expect(counts(facts)).toEqual([]);
    expect(exits(facts)).toEqual([]);
  });
});

describe("a summary of the economy in Mkr with two decimals", () => {
  const summary = (title: string) => [
    "Samordningsförbundet Tranberga",
    "Verksamhetsberättelse 2024",
    "",
    `${title}            2024      2023`,
    "Intäkter                              7,48      7,30",
    "Kostnader                             7,62      7,05",
    "Resultat                             -0,14      0,25",
  ];
  const finance = (facts: AnyFact[]) =>
    facts.filter((f) => f.table === "finance").map((f) => `${f.year}:${f.item}=${f.amount_sek}`);

  it("reads 'Ekonomi i sammandrag (Mkr)' by its year columns", () => {
    expect(finance(read(summary("Ekonomi i sammandrag (Mkr)")))).toEqual(
      expect.arrayContaining(["2024:result=-140000", "2023:cost_operating=7050000", "2024:revenue_operating=7480000"]),
    );
  });

  it("never reads a budget's summary as the year's outcome", () => {
    expect(finance(read(summary("Budget i sammandrag (Mkr)")))).toEqual([]);
  });
});
