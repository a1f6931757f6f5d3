/**
 * Table shapes of stop 29 (generalising the table readers: statements, key-figure tables,
 * year columns, the layout grid). Made-up federations and figures throughout.
 */
import { describe, expect, it } from "vitest";
import type { AnyFact } from "../helpers.ts";
import { countsOf as counts, exitsOf as exits, readReport as read } from "../support/reportFacts.ts";

const money = (facts: AnyFact[]) =>
  facts.filter((f) => f.table === "finance").map((f) => `${f.year}:${f.basis}:${f.item}=${f.amount_sek}`);

describe("a part row under a count in a key-figure table captioned in tkr", () => {
  const table = (rows: string[]) => [
    "Samordningsförbundet Granås",
    "Årsredovisning 2024",
    "",
    "Flerårsöversikt",
    "",
    "Belopp i tkr                         2024       2023",
    "Verksamhetens intäkter              5 310      5 120",
    ...rows,
  ];

  it("counts 'varav nya' and 'därav kvinnor' under a count row as persons, not thousands of kronor", () => {
    const facts = read(
      table([
        "Antal deltagare                      212        190",
        "  därav nya                           97         88",
        "  därav kvinnor                      120        101",
      ]),
    );
    expect(counts(facts)).toEqual(
      expect.arrayContaining(["förbundet:enrolled/all=212", "förbundet:new/all=97", "förbundet:enrolled/woman=120"]),
    );
    expect(money(facts).filter((m) => /=(97|88|120|101)000$/.test(m))).toEqual([]);
  });

  it("reads a part row set in under a part as that part's split, and a sibling part as the whole's", () => {
    const deeper = read(
      table([
        "Antal deltagare                      212        190",
        "  därav nya                           97         88",
        "      därav kvinnor                   51         40",
      ]),
    );
    expect(counts(deeper)).toEqual(expect.arrayContaining(["förbundet:new/woman=51"]));
    expect(counts(deeper)).not.toContain("förbundet:enrolled/woman=51");
  });

  it("never reads a part row under an amount as a count", () => {
    const facts = read(
      table([
        "Kostnader för insatserna            4 900      4 700",
        "  därav nya insatser                  610        480",
      ]),
    );
    expect(counts(facts)).toEqual([]);
    expect(exits(facts)).toEqual([]);
  });
});

describe("a driftredovisning per cost centre closed by a bare Summa row", () => {
  const centres = (caption: string, rows: string[]) => [
    "Samordningsförbundet Granås",
    "Årsredovisning 2024",
    "",
    caption,
    "Verksamhet                 Budget          Utfall       Avvikelse",
    ...rows,
  ];
  const rows = [
    "Förbundsledning           980 000         1 010 400       -30 400",
    "Vägen vidare            1 750 000         1 702 100        47 900",
    "Jobbspåret                 640 000           655 000       -15 000",
    "Summa                   3 370 000         3 367 500         2 500",
  ];

  it("reads the bare total as the year's budgeted and actual operating costs", () => {
    expect(money(read(centres("Driftredovisning 2024 (kr)", rows)))).toEqual([
      "2024:budget:cost_operating=3370000",
      "2024:actual:cost_operating=3367500",
    ]);
  });

  it("reads nothing under a caption naming no costs, with a revenue row among the centres, or when the rows do not add up", () => {
    expect(money(read(centres("Fördelning per verksamhet 2024 (kr)", rows)))).toEqual([]);
    const withRevenue = [
      "Förbundsledning           980 000         1 010 400       -30 400",
      "Vägen vidare            1 750 000         1 702 100        47 900",
      "Egna intäkter             -640 000          -655 000        15 000",
      "Summa                   2 090 000         2 057 500        32 500",
    ];
    expect(money(read(centres("Driftredovisning 2024 (kr)", withRevenue)))).toEqual([]);
    const offBy = rows.map((r) => r.replace("3 367 500", "3 376 500"));
    expect(money(read(centres("Driftredovisning 2024 (kr)", offBy)))).toEqual([]);
  });
});

describe("a rate row whose label closes on its unit after a comma", () => {
  const table = (rate: string) => [
    "Samordningsförbundet Granås",
    "Årsredovisning 2024",
    "",
    "Nyckeltal                                   2024     2023",
    "Avslutade under året, antal                   80       75",
    rate,
  ];
  const rates = (facts: AnyFact[]) =>
    facts.filter((f) => f.table === "indicator").map((f) => `${f.year}:${f.value}/${f.n}`);

  it("reads 'Andel … till arbete eller studier, %' as the years' rates of their exits", () => {
    expect(rates(read(table("Andel som gick till arbete eller studier, %     45       40")))).toEqual([
      "2024:45/80",
      "2023:40/75",
    ]);
  });

  it("never reads a share of something else as a rate", () => {
    expect(rates(read(table("Andel unga under 25 år, %                     45       40")))).toEqual([]);
  });
});

describe("participants per home municipality with a 'Hela förbundet' row", () => {
  const table = (total: string) => [
    "Samordningsförbundet Granås",
    "Årsredovisning 2024",
    "",
    "Bostadskommun        Deltagare    Kvinnor    Män    Avslutade",
    "Granby                      61         30     31           22",
    "Åsnäs                       40         22     18           15",
    total,
  ];

  it("reads the 'Hela förbundet' row as the federation's and no municipality's row", () => {
    const c = counts(read(table("Hela förbundet             101         52     49           37")));
    expect(c).toEqual(
      expect.arrayContaining(["förbundet:enrolled/all=101", "förbundet:enrolled/woman=52", "förbundet:exited/all=37"]),
    );
    expect(c.some((x) => /=(61|40)$/.test(x))).toBe(false);
  });

  it("stores no total whose women and men do not add up", () => {
    expect(counts(read(table("Hela förbundet             101         50     49           37")))).not.toContain(
      "förbundet:enrolled/all=101",
    );
  });
});

describe("destinations as columns of an exit table per intervention", () => {
  const table = (summa: string) => [
    "Samordningsförbundet Granås",
    "Årsredovisning 2024",
    "",
    "Avslutade under 2024 och vart de gick",
    "Insats          Avslutade    Arbete    Studier    Övrigt",
    "Trappan                15         6          2         7",
    "Nästa steg             10         3          3         4",
    summa,
  ];

  it("reads the Summa row's exits and destinations as the federation's", () => {
    const facts = read(table("Summa                  25         9          5        11"));
    expect(counts(facts)).toContain("förbundet:exited/all=25");
    expect(exits(facts)).toEqual(
      expect.arrayContaining(["förbundet:work=9", "förbundet:studies=5", "förbundet:other_exit=11"]),
    );
  });

  it("stores no destinations of a row whose destinations exceed its exits", () => {
    const facts = read(table("Summa                  25        19          5        11"));
    expect(exits(facts).filter((e) => e.startsWith("förbundet:"))).toEqual([]);
  });
});

describe("participant columns counted at the year's start and end", () => {
  const table = (total: string, header = "Insats         Inskrivna 1/1   Nya   Avslutade   Inskrivna 31/12") => [
    "Samordningsförbundet Granås",
    "Årsredovisning 2024",
    "",
    header,
    "Trappan                   10    14          12                12",
    "Nästa steg                 8     9           7                10",
    total,
  ];

  it("reads the flows, and the end's stock as ongoing, never a stock as the year's enrolled", () => {
    const c = counts(read(table("Totalt                    18    23          19                22")));
    expect(c).toEqual(expect.arrayContaining(["förbundet:new/all=23", "förbundet:exited/all=19"]));
    expect(c.filter((x) => x.includes(":enrolled/"))).toEqual([]);
    const atYearsEnd = counts(
      read(
        table(
          "Totalt                    18    23          19                22",
          "Insats   Inskrivna vid årets början   Nya   Avslutade   Inskrivna vid årets slut",
        ),
      ),
    );
    expect(atYearsEnd.filter((x) => x.includes(":enrolled/"))).toEqual([]);
  });

  it("stores nothing of a row whose stocks and flows do not roll", () => {
    const c = counts(read(table("Totalt                    18    23          19                24")));
    expect(c.filter((x) => x.startsWith("förbundet:"))).toEqual([]);
  });
});

describe("a history table with years as rows and money among its columns", () => {
  const table = (rows: string[], caption = "Förbundet i siffror") => [
    "Samordningsförbundet Granås",
    "Årsredovisning 2024",
    "",
    caption,
    "År      Deltagare   Avslutade   Intäkter (tkr)   Kostnader (tkr)   Resultat (tkr)",
    ...rows,
  ];

  it("reads each year's row where its revenue − costs is its result", () => {
    const facts = read(
      table([
        "2023          150          61            4 900             4 770              130",
        "2024          164          70            5 020             5 188             -168",
      ]),
    );
    expect(money(facts)).toEqual(
      expect.arrayContaining([
        "2024:actual:revenue_operating=5020000",
        "2024:actual:cost_operating=5188000",
        "2024:actual:result=-168000",
        "2023:actual:result=130000",
      ]),
    );
    expect(counts(facts)).toEqual(
      expect.arrayContaining(["förbundet:enrolled/all=164", "förbundet:exited/all=70", "förbundet:enrolled/all=150"]),
    );
  });

  it("stores no money of a row whose sum fails, and nothing of a later year or a year column's digits", () => {
    const facts = read(
      table([
        "2024          164          70            5 020             5 188              168",
        "2025          170          72            5 100             5 100                0",
      ]),
    );
    expect(money(facts).filter((m) => m.startsWith("2024:") || m.startsWith("2025:"))).toEqual([]);
    expect(counts(facts).some((c) => /=(2024|2025|170|72)$/.test(c))).toBe(false);
  });
});

describe("a note printed without a column header of its own", () => {
  const report = (noteTotal: string) => [
    "Samordningsförbundet Granås",
    "Årsredovisning 2024",
    "",
    "Resultaträkning",
    "Belopp i kronor                     Not        2024          2023",
    "Verksamhetens intäkter               1     5 100 000     4 900 000",
    "Verksamhetens kostnader                   -5 050 000    -4 990 000",
    "Årets resultat                                50 000       -90 000",
    "",
    "Noter",
    "Not 1 Verksamhetens intäkter",
    "Bidrag från Försäkringskassan              2 550 000     2 450 000",
    "Bidrag från Region Granland               1 275 000     1 225 000",
    "Bidrag från Granby kommun                 1 275 000     1 225 000",
    noteTotal,
  ];
  const fees = (facts: AnyFact[]) =>
    facts.filter((f) => f.table === "member_contribution").map((f) => `${f.year}:${f.member}=${f.amount_sek}`);

  it("reads it under the columns of the statement row it explains, where its total is that row", () => {
    expect(fees(read(report("Summa                                     5 100 000     4 900 000")))).toEqual(
      expect.arrayContaining(["2024:Staten=2550000", "2023:Staten=2450000", "2024:Region Granland=1275000"]),
    );
  });

  it("reads nothing of it where its total is not the statement row's", () => {
    expect(fees(read(report("Summa                                     5 100 000     4 950 000")))).toEqual([]);
  });
});

describe("a change column after the year columns", () => {
  const table = (rows: string[]) => [
    "Samordningsförbundet Granås",
    "Årsredovisning 2024",
    "",
    "Nyckeltal                        2024      2023     Förändring",
    ...rows,
  ];

  it("reads the years' cells and never the change, negative changes included", () => {
    const facts = read(
      table([
        "Antal deltagare                   190       204            -14",
        "Avslutade deltagare                77        81             -4",
      ]),
    );
    expect(counts(facts)).toEqual(
      expect.arrayContaining([
        "förbundet:enrolled/all=190",
        "förbundet:enrolled/all=204",
        "förbundet:exited/all=77",
        "förbundet:exited/all=81",
      ]),
    );
    expect(counts(facts).some((c) => /=(14|4)$/.test(c))).toBe(false);
  });

  it("reads no row whose cells stand under the change column alone", () => {
    const facts = read(table(["Antal deltagare                                            +14"]));
    expect(counts(facts)).toEqual([]);
  });
});

describe("interventions as columns and exit reasons as rows, a Totalt column last", () => {
  const table = (summa: string) => [
    "Samordningsförbundet Granås",
    "Årsredovisning 2024",
    "",
    "Avslutade deltagare per insats",
    "Avslutsorsak            Trappan    Nästa steg    Totalt",
    "Arbete                        5             4         9",
    "Studier                       2             3         5",
    "Övrigt                        4             2         6",
    summa,
  ];

  it("reads the Totalt column as the federation's exits and destinations", () => {
    const facts = read(table("Summa avslutade              11             9        20"));
    expect(counts(facts)).toContain("förbundet:exited/all=20");
    expect(exits(facts)).toEqual(["förbundet:work=9", "förbundet:studies=5", "förbundet:other_exit=6"]);
  });

  it("stores no destinations that do not add up to the exits", () => {
    expect(exits(read(table("Summa avslutade              12             9        21")))).toEqual([]);
  });
});

describe("a share column after each gender's count", () => {
  const table = (total: string) => [
    "Samordningsförbundet Granås",
    "Årsredovisning 2024",
    "",
    "Insats          Kvinnor     %     Män     %    Totalt",
    "Trappan              30    60      20    40        50",
    total,
  ];

  it("reads the counts and never a share as a count", () => {
    const c = counts(read(table("Totalt               45    56      35    44        80")));
    expect(c).toEqual(
      expect.arrayContaining(["förbundet:enrolled/all=80", "förbundet:enrolled/woman=45", "förbundet:enrolled/man=35"]),
    );
    expect(c.some((x) => /=(56|44|60|40)$/.test(x))).toBe(false);
  });

  it("stores nothing of a row whose shares are not its counts over its total", () => {
    const c = counts(read(table("Totalt               45    44      35    56        80")));
    expect(c.filter((x) => x.startsWith("förbundet:"))).toEqual([]);
  });
});

describe("a drawn table with years as rows under a rule line", () => {
  const table = (y2024: string) => [
    "Samordningsförbundet Granås",
    "Årsredovisning 2024",
    "",
    "| År   | Intäkter, kr | Kostnader, kr | Resultat, kr |",
    "|------|-------------:|--------------:|-------------:|",
    "| 2023 |    4 100 000 |     4 020 000 |       80 000 |",
    y2024,
  ];

  it("reads each year's money where its revenue − costs is its result", () => {
    expect(money(read(table("| 2024 |    4 250 000 |     4 390 000 |     -140 000 |")))).toEqual(
      expect.arrayContaining(["2024:actual:result=-140000", "2023:actual:revenue_operating=4100000"]),
    );
  });

  it("stores none of a row whose result is not its revenue − costs", () => {
    const m = money(read(table("| 2024 |    4 250 000 |     4 390 000 |      140 000 |")));
    expect(m.filter((x) => x.startsWith("2024:"))).toEqual([]);
  });
});

describe("header cells naming a measure and a year", () => {
  const table = (header: string) => [
    "Samordningsförbundet Granås",
    "Årsredovisning 2024",
    "",
    "Deltagare per insats",
    header,
    "Trappan               40               35               18               16",
    "Nästa steg            25               22               11                9",
    "Totalt                65               57               29               25",
  ];

  it("reads each column for the year its cell names", () => {
    const facts = read(table("Insats      Deltagare 2024   Deltagare 2023   Avslutade 2024   Avslutade 2023"));
    const mine = facts
      .filter((f) => f.table === "participant_count" && f.intervention === null)
      .map((f) => `${f.year}:${f.measure}=${f.value}`);
    expect(mine).toEqual(["2024:enrolled=65", "2023:enrolled=57", "2024:exited=29", "2023:exited=25"]);
  });

  it("never reads a later year's column as an outcome", () => {
    const facts = read(table("Insats      Deltagare 2024   Deltagare 2025   Avslutade 2024   Avslutade 2025"));
    expect(facts.filter((f) => f.table === "participant_count" && f.year === 2025)).toEqual([]);
  });
});

describe("a unit column between the labels and the years", () => {
  const table = (unitHeader: string) => [
    "Samordningsförbundet Granås",
    "Årsredovisning 2024",
    "",
    "Nyckeltal",
    `${unitHeader}                2024      2023`,
    "Intäkter               tkr         5 200     5 050",
    "Deltagare              antal         140       131",
  ];

  it("reads each row in the unit its unit cell states", () => {
    const facts = read(table("Mått                   Enhet"));
    expect(money(facts)).toEqual(
      expect.arrayContaining(["2024:actual:revenue_operating=5200000", "2023:actual:revenue_operating=5050000"]),
    );
    expect(counts(facts)).toEqual(expect.arrayContaining(["förbundet:enrolled/all=140"]));
    expect(money(facts).some((m) => /=(140|131)000$/.test(m))).toBe(false);
  });

  it("reads nothing under a header naming someone else before the years", () => {
    expect(money(read(table("Mått                   Grannförbundet")))).toEqual([]);
  });
});

describe("key figures under outcome and budget columns named with their years", () => {
  const table = (caption: string) => [
    "Samordningsförbundet Granås",
    "Årsredovisning 2024",
    "",
    caption,
    "                              Utfall 2024   Budget 2024   Utfall 2023",
    "Antal deltagare                       150           170           141",
    "Intäkter (tkr)                      5 200         5 200         5 050",
    "Kostnader (tkr)                     5 320         5 400         4 980",
    "Årets resultat (tkr)                 -120          -200            70",
  ];

  it("reads the outcome columns' counts and money, and the budget column's money as the budget", () => {
    const facts = read(table("Måluppfyllelse och nyckeltal"));
    expect(counts(facts)).toEqual(expect.arrayContaining(["förbundet:enrolled/all=150", "förbundet:enrolled/all=141"]));
    expect(money(facts)).toEqual(
      expect.arrayContaining([
        "2024:actual:result=-120000",
        "2024:budget:result=-200000",
        "2023:actual:cost_operating=4980000",
      ]),
    );
  });

  it("never reads the budget's planned count as participants, nor its money as the outcome", () => {
    const facts = read(table("Måluppfyllelse och nyckeltal"));
    expect(counts(facts)).not.toContain("förbundet:enrolled/all=170");
    expect(money(facts)).not.toContain("2024:actual:result=-200000");
  });
});

describe("a column of participants with no recorded gender beside women and men", () => {
  const table = (total: string) => [
    "Samordningsförbundet Granås",
    "Årsredovisning 2024",
    "",
    "Deltagare per insats",
    "Insats            Kvinnor    Män    Ej angivet    Totalt",
    "Trappan                20     15             2        37",
    total,
  ];

  it("reads it as a part of the total, women + men + not stated = total", () => {
    const c = counts(read(table("Samtliga insatser      31     27             2        60")));
    expect(c).toEqual(
      expect.arrayContaining([
        "förbundet:enrolled/all=60",
        "förbundet:enrolled/woman=31",
        "förbundet:enrolled/man=27",
        "förbundet:enrolled/unknown=2",
      ]),
    );
  });

  it("stores nothing of a row whose parts do not add up to its total", () => {
    const c = counts(read(table("Samtliga insatser      31     27             2        58")));
    expect(c.filter((x) => x.startsWith("förbundet:"))).toEqual([]);
  });
});
