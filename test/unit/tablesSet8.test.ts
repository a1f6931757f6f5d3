/**
 * Tables of held-out set 8's shapes: rows of target groups under a "Målgrupp" title, and a
 * sentence restating a table's exits as its base. Made-up federations throughout.
 */
import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { sideBySideTables } from "../../loaders/extract/text/sideBySideTables.ts";
import { parseAnnualReport } from "../../loaders/extract/templates/kalmar/parseAnnualReport.ts";
import type { AnyFact } from "../helpers.ts";
import { documentFacts } from "../support/manifestEntry.ts";
import { countsOf as counts, exitsOf as exits, readReport as read } from "../support/reportFacts.ts";

const GROUPS = [
  "Samordningsförbundet Vallmo",
  "Verksamhetsberättelse 2024",
  "",
  "Deltagare fördelade på målgrupp",
  "",
  "Målgrupp                Deltagare   Kvinnor   Män   Avslutade",
  "Unga vuxna                     52        30    22          21",
  "Nyanlända                      40        18    22          17",
  "Totalt                         92        48    44          38",
  "",
  "Av de 38 deltagare som avslutades gick 9 till arbete och 6 till studier.",
];

describe("a table of target groups", () => {
  it("reads the Totalt row; no group is stored, as an intervention or as the whole", () => {
    const facts = read(GROUPS);
    expect(counts(facts)).toEqual(
      expect.arrayContaining([
        "förbundet:enrolled/all=92",
        "förbundet:enrolled/woman=48",
        "förbundet:enrolled/man=44",
        "förbundet:exited/all=38",
      ]),
    );
    expect(
      facts.filter((f) => f.table === "participant_count" && [52, 40, 30, 18, 22, 21, 17].includes(f.value)),
    ).toEqual([]);
    expect(facts.filter((f) => f.intervention !== undefined && f.intervention !== null)).toEqual([]);
  });

  it("takes the rows as groups under a caption counting per target group", () => {
    const captioned = GROUPS.map((l) =>
      l === "Deltagare fördelade på målgrupp" ? "" : l.replace("Målgrupp  ", "          "),
    );
    captioned.splice(5, 0, "Deltagare per målgrupp");
    const facts = read(captioned.filter((l, i) => !(l === "" && i === 4)));
    expect(counts(facts)).toContain("förbundet:enrolled/all=92");
    expect(facts.filter((f) => f.intervention !== undefined && f.intervention !== null)).toEqual([]);
  });

  it("keeps rows as interventions under a caption per intervention and target group", () => {
    const captioned = GROUPS.map((l) => l.replace("Målgrupp  ", "Insats    "));
    captioned.splice(5, 0, "Deltagare per insats och målgrupp");
    expect(counts(read(captioned))).toContain("Unga vuxna:enrolled/all=52");
  });

  it("keeps rows under an intervention title as interventions", () => {
    const facts = read(GROUPS.map((l) => l.replace("Målgrupp  ", "Insats    ")));
    expect(counts(facts)).toEqual(expect.arrayContaining(["Unga vuxna:enrolled/all=52", "Nyanlända:exited/all=17"]));
  });
});

describe("a sentence restating the table's exits as its base", () => {
  it("is about the federation: its destinations are the federation's", () => {
    expect(exits(read(GROUPS))).toEqual(["förbundet:work=9", "förbundet:studies=6"]);
  });

  it("is not when its count is not the table's federation exits", () => {
    const facts = read(GROUPS.map((l) => l.replace("Av de 38 deltagare", "Av de 35 deltagare")));
    expect(exits(facts)).toEqual([]);
  });

  it("is not when the count is also an intervention's exits", () => {
    const lines = GROUPS.map((l) =>
      l
        .replace("Målgrupp  ", "Insats    ")
        .replace("Av de 38 deltagare", "Av de 17 deltagare")
        .replace(
          "Totalt                         92        48    44          38",
          "Totalt                         92        48    44          17",
        )
        .replace(
          "Unga vuxna                     52        30    22          21",
          "Unga vuxna                     52        30    22           0",
        ),
    );
    expect(exits(read(lines)).filter((e) => e.startsWith("förbundet"))).toEqual([]);
  });
});

describe("a national average beside the federation's column", () => {
  const AVERAGE = [
    "Samordningsförbundet Vallmo",
    "Nyckeltal 2024",
    "",
    "Nyckeltal 2024                     Vallmo      Snitt alla förbund",
    "Deltagare totalt                      160                     290",
    "  varav kvinnor                        90                     160",
    "  varav män                            70                     130",
    "Avslutade deltagare                    80                     150",
    "  till arbete                          20                      35",
    "  till studier                         10                      15",
    "  annat avslut                         50                     100",
    "Andel till arbete eller studier    37,5 %                  33,3 %",
    "Verksamhetens intäkter, kr      5 100 000               8 200 000",
  ];
  const vallmo = (lines: string[]) =>
    parseAnnualReport(new DocumentText("vallmo/2024-annual-report", lines, 2024)).facts as AnyFact[];

  it("reads the federation's column: counts, destinations set in under the exits, the rate, money", () => {
    const facts = vallmo(AVERAGE);
    expect(counts(facts)).toEqual(
      expect.arrayContaining([
        "förbundet:enrolled/all=160",
        "förbundet:enrolled/woman=90",
        "förbundet:enrolled/man=70",
        "förbundet:exited/all=80",
      ]),
    );
    expect(exits(facts)).toEqual(["förbundet:work=20", "förbundet:studies=10", "förbundet:other_exit=50"]);
    expect(new Set(facts.filter((f) => f.table === "indicator").map((f) => f.value))).toEqual(new Set([37.5]));
    expect(facts.some((f) => f.table === "indicator" && f.section === "general:five_year_overview")).toBe(true);
    expect(facts.filter((f) => f.table === "finance").map((f) => f.amount_sek)).toEqual([5_100_000]);
  });

  it("never stores the average column", () => {
    const average = [290, 160, 130, 150, 35, 15, 100, 33.3, 8_200_000];
    const facts = vallmo(AVERAGE);
    expect(
      facts.filter((f) => f.line > 4 && average.includes(Number(f.value ?? f.amount_sek)) && f.value !== 160),
    ).toEqual([]);
    expect(facts.filter((f) => f.table === "participant_count" && f.value === 160 && f.gender !== "all")).toEqual([]);
  });

  it("reads the column headed 'Förbundet' beside an average, also under a header with no title", () => {
    const own = AVERAGE.map((l, i) =>
      i === 3
        ? "                                   Förbundet   Genomsnitt"
        : l.replace("Snitt alla förbund", "Genomsnitt"),
    );
    const facts = vallmo(own);
    expect(counts(facts)).toEqual(expect.arrayContaining(["förbundet:enrolled/all=160", "förbundet:exited/all=80"]));
    expect(facts.filter((f) => [290, 150, 8_200_000].includes(Number(f.value ?? f.amount_sek)))).toEqual([]);
  });

  it("reads no 'Förbundet' column beside another federation's, nor a later year's title", () => {
    const neighbour = AVERAGE.map((l, i) =>
      i === 3 ? l.replace("Vallmo", "Förbundet").replace("Snitt alla förbund", "Östra Vallby") : l,
    );
    expect(vallmo(neighbour).filter((f) => f.line > 4 && f.table !== "indicator")).toEqual([]);
    const plan = AVERAGE.map((l, i) => (i === 3 ? l.replace("Nyckeltal 2024", "Nyckeltal 2025") : l));
    expect(vallmo(plan).filter((f) => f.line > 4 && f.year === 2025)).toEqual([]);
  });

  it("reads nothing when the only other column is not the federation's name", () => {
    const facts = vallmo(AVERAGE.map((l, i) => (i === 3 ? l.replace("Vallmo", "Kallmo") : l)));
    expect(facts.filter((f) => f.table !== "indicator" && f.line > 4)).toEqual([]);
  });
});

const extract = (lines: string[]) =>
  documentFacts({ federation: "vallmo", title: "Verksamhetsberättelse 2024" }, lines);

const SIDE_BY_SIDE = [
  "Samordningsförbundet Vallmo",
  "Verksamhetsberättelse 2024",
  "",
  "Året i korthet",
  "",
  "Deltagare 2024                        Ekonomi 2024 (kr)",
  "Deltagare totalt        175           Intäkter               6 300 000",
  "varav kvinnor            95           Kostnader              6 410 500",
  "varav män                80           Årets resultat          -110 500",
  "Avslutade                70           Eget kapital 31 dec      930 000",
  "",
  "Avslutade till        Antal           Medlemsavgifter 2024          kr",
  "Arbete                   18           Staten                 3 150 000",
  "Studier                  12           Region Vallby          1 575 000",
  "Annat avslut             40           Vallby kommun          1 575 000",
  "Summa                    70           Summa                  6 300 000",
];

describe("two tables side by side", () => {
  it("cuts each line at the right table's x: the left table, then the right, each citing its line", () => {
    const read = sideBySideTables(SIDE_BY_SIDE)!;
    expect(read.lines.slice(5, 18)).toEqual([
      "Deltagare 2024",
      "Deltagare totalt        175",
      "varav kvinnor            95",
      "varav män                80",
      "Avslutade                70",
      "",
      "",
      "Ekonomi 2024 (kr)",
      "Intäkter               6 300 000",
      "Kostnader              6 410 500",
      "Årets resultat          -110 500",
      "Eget kapital 31 dec      930 000",
      "",
    ]);
    expect(read.origin.slice(5, 18)).toEqual([6, 7, 8, 9, 10, 10, 10, 6, 7, 8, 9, 10, 11]);
  });

  it("reads both tables: participants and outcomes on the left, money and fees on the right", () => {
    const facts = extract(SIDE_BY_SIDE);
    expect(counts(facts)).toEqual(
      expect.arrayContaining([
        "förbundet:enrolled/all=175",
        "förbundet:enrolled/woman=95",
        "förbundet:enrolled/man=80",
        "förbundet:exited/all=70",
      ]),
    );
    expect(exits(facts)).toEqual(["förbundet:work=18", "förbundet:studies=12", "förbundet:other_exit=40"]);
    const money = facts.filter((f) => f.table === "finance").map((f) => `${f.item}=${f.amount_sek}@${f.line}`);
    expect(money).toEqual(
      expect.arrayContaining([
        "revenue_operating=6300000@7",
        "cost_operating=6410500@8",
        "result=-110500@9",
        "equity_end=930000@10",
      ]),
    );
    const fees = facts.filter((f) => f.table === "member_contribution").map((f) => `${f.member}=${f.amount_sek}`);
    // The fee table and the leader-row reader (a list closed by its sum) may both give the same rows.
    expect([...new Set(fees)]).toEqual(["Staten=3150000", "Region Vallby=1575000", "Vallby kommun=1575000"]);
  });

  it("reads two tables with year columns each, every year of both", () => {
    const facts = extract([
      "Samordningsförbundet Vallmo",
      "",
      "Året i siffror",
      "",
      "Deltagare              2024    2023        Ekonomi (tkr)            2024     2023",
      "Deltagare totalt        175     160        Intäkter                6 300    6 100",
      "Avslutade                70      66        Kostnader               6 410    5 950",
      "Nya deltagare            80      71        Eget kapital              930    1 040",
    ]);
    expect(counts(facts)).toEqual(
      expect.arrayContaining(["förbundet:enrolled/all=175", "förbundet:enrolled/all=160", "förbundet:new/all=71"]),
    );
    const money = facts.filter((f) => f.table === "finance").map((f) => `${f.year}:${f.item}=${f.amount_sek}`);
    expect(money).toEqual(
      expect.arrayContaining([
        "2024:revenue_operating=6300000",
        "2023:cost_operating=5950000",
        "2023:equity_end=1040000",
      ]),
    );
  });

  it("never splits one wide table whose columns stand far apart", () => {
    const wide = [
      "Insats                     Deltagare          Kvinnor          Män          Avslutade",
      "Steget                            40               22           18                 15",
      "Vägen ut                          35               20           15                 12",
      "Totalt                            75               42           33                 27",
    ];
    expect(sideBySideTables(wide)).toBeUndefined();
  });

  it("never splits a table with a comment after its figures", () => {
    const commented = [
      "Insats            Deltagare   Kommentar",
      "Steget                   40   Startade i mars",
      "Vägen ut                 35   Avslutas under 2025",
      "Bryggan                  22   Ny metod från hösten",
    ];
    expect(sideBySideTables(commented)).toBeUndefined();
  });

  it("never splits a grid of label–figure pairs, nor rows with no header over both halves", () => {
    const pairs = [
      "Tid i offentlig försörjning",
      "<1 år     12   1-2 år    9   2-3 år    5",
      "3-4 år     6   4-5 år    3   5-6 år    7",
    ];
    expect(sideBySideTables(pairs)).toBeUndefined();
    expect(sideBySideTables(["", ...SIDE_BY_SIDE.slice(6, 10)])).toBeUndefined();
  });

  it("ends the block at a line that runs across the cut, and keeps that line whole", () => {
    const across = "En rad text som löper rakt över båda tabellernas kolumner här och fortsätter";
    const read = sideBySideTables([...SIDE_BY_SIDE.slice(5, 9), across, SIDE_BY_SIDE[9]!])!;
    expect(read.lines).toContain(across);
    expect(read.lines).toContain(SIDE_BY_SIDE[9]);
  });
});

describe("a key-figure table for one year under its title", () => {
  const KEY_FIGURES = [
    "Samordningsförbundet Vallmo",
    "",
    "Ekonomi 2024 (kr)",
    "Intäkter                 6 300 000",
    "Kostnader                6 410 500",
    "Mål för eget kapital       800 000",
    "Eget kapital 31 dec        930 000",
  ];

  it("reads its rows for the title's year, with the title's unit; a target row never", () => {
    const facts = extract(KEY_FIGURES).filter((f) => f.table === "finance");
    expect(facts.map((f) => `${f.year}:${f.item}=${f.amount_sek}`)).toEqual([
      "2024:revenue_operating=6300000",
      "2024:cost_operating=6410500",
      "2024:equity_end=930000",
    ]);
  });

  it("ends at its first blank line: a row below it is none of the title's year", () => {
    const facts = extract([...KEY_FIGURES, "", "Kostnader                7 000 000"]).filter(
      (f) => f.table === "finance",
    );
    expect(facts.filter((f) => f.amount_sek === 7_000_000)).toEqual([]);
    expect(facts.map((f) => f.amount_sek)).toContain(6_410_500);
  });

  it("is no outcome under a later year's title (a plan's figures)", () => {
    const plan = KEY_FIGURES.map((l) => l.replace("Ekonomi 2024", "Ekonomi 2025"));
    expect(extract(plan).filter((f) => f.table === "finance" && f.basis === "actual")).toEqual([]);
  });

  it("is only a heading over running text or over a table with columns of its own", () => {
    const heading = [
      "Samordningsförbundet Vallmo",
      "",
      "Deltagare 2024",
      "Under året deltog 175 personer i insatserna, varav 95 kvinnor.",
      "Nya deltagare var 60 och avslutade 70.",
    ];
    expect(extract(heading).filter((f) => f.section === "general:participant_table")).toEqual([]);
    const table = [
      "Samordningsförbundet Vallmo",
      "",
      "Deltagare 2024",
      "Steget            40     22",
      "Totalt            75     42",
      "Avslutade         30     12",
    ];
    expect(extract(table).filter((f) => f.table === "participant_count" && [75, 30].includes(f.value))).toEqual([]);
  });

  it("is no table without two rows the lexicon names", () => {
    const list = ["Samordningsförbundet Vallmo", "", "Deltagare 2024", "Steget            40", "Avslutade         30"];
    expect(extract(list).filter((f) => f.section === "general:participant_table")).toEqual([]);
  });
});

describe("a list of fees after 'Medlemsavgifter <år>:'", () => {
  const FEES = [
    "Samordningsförbundet Vallmo",
    "",
    "Medlemsavgifter 2024: staten 2 400 000 kr, Region Vallby 1 200 000 kr och Vallby kommun",
    "1 200 000 kr.",
  ];
  const fees = (lines: string[]) =>
    extract(lines)
      .filter((f) => f.table === "member_contribution")
      .map((f) => `${f.year}:${f.basis}:${f.member}=${f.amount_sek}`);

  it("reads each member's fee, one wrapped onto the next line", () => {
    expect(fees(FEES)).toEqual([
      "2024:actual:staten=2400000",
      "2024:actual:Region Vallby=1200000",
      "2024:actual:Vallby kommun=1200000",
    ]);
  });

  it("reads no fee per inhabitant as a member's fee", () => {
    expect(fees(FEES.map((l) => l.replace("Medlemsavgifter 2024:", "Medlemsavgift per invånare 2024:")))).toEqual([]);
  });
});
