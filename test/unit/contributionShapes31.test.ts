/**
 * Stop 31's shapes of the members' fees (made-up federations, own words): a list cut where a line ends on
 * its separator, a caption's unit in brackets over a list of bare numbers, one member a sentence, the
 * municipalities named together with their sum and its parts by population, the state's money a
 * sentence before "lika mycket som staten", and a later year's fees in running text of minutes.
 */
import { describe, expect, it } from "vitest";
import { memberAmountLists } from "../../loaders/extract/general/memberAmountLists.ts";
import { memberOf } from "../../loaders/extract/general/parseMemberContributions.ts";
import { docOf, type AnyFact } from "../helpers.ts";
import { documentFacts } from "../support/manifestEntry.ts";

const read = (lines: string[], year = 2024) =>
  (memberAmountLists(docOf(lines, year), memberOf).facts as AnyFact[]).map(
    (f) =>
      `${f.member}=${f.amount_sek}@${f.line}${f.year === year && f.basis === "actual" ? "" : ` ${f.year} ${f.basis}`}`,
  );

describe("a members' list cut where a line ends on its separator", () => {
  it("reads the next line's members as the rest of the list", () => {
    expect(
      read([
        "Samordningsförbundet Vessby",
        "Årsavgifter 2024 i medlemsavgift, kr: staten 2 600 000; Region Vessmark 1 300 000;",
        "Vessby kommun 820 000; Kråkö kommun 480 000.",
      ]),
    ).toEqual(["Staten=2600000@2", "Region Vessmark=1300000@2", "Vessby kommun=820000@3", "Kråkö kommun=480000@3"]);
  });

  it("stores nothing where the rest breaks the state's half", () => {
    expect(
      read([
        "Årsavgifter 2024 i medlemsavgift, kr: staten 2 600 000; Region Vessmark 1 300 000;",
        "Vessby kommun 820 000; Kråkö kommun 580 000.",
      ]),
    ).toEqual([]);
  });

  it("reads no line of members alone, without a list above it", () => {
    expect(read(["Året i korthet.", "Vessby kommun 820 000; Kråkö kommun 480 000."])).toEqual([]);
  });
});

describe("a caption with its unit in brackets over a line of bare numbers", () => {
  it("takes the caption's unit, not the bracket as part of the state's name", () => {
    expect(
      read([
        "Våra medlemmar",
        "Medlemsbidrag 2024 (tkr)",
        "Staten 3 000 · Region Norrvik 1 500 · Åsand 900 · Lidö 600",
      ]),
    ).toEqual(["Staten=3000000@3", "Region Norrvik=1500000@3", "Åsand=900000@3", "Lidö=600000@3"]);
  });

  it("stores nothing where the caption names no unit", () => {
    expect(
      read(["Våra medlemmar", "Medlemsbidrag 2024", "Staten 3 000 · Region Norrvik 1 500 · Åsand 900 · Lidö 600"]),
    ).toEqual([]);
  });
});

describe("one member a sentence, each closing on its amount", () => {
  it("reads the sentences as one list, the municipalities' parts after their sum", () => {
    expect(
      read([
        "Under året betalade Försäkringskassan 2 200 000 kr till förbundet. Region Tallmark bidrog med",
        "1 100 000 kr och kommunerna med sammanlagt 1 100 000 kr, varav Ulvö kommun 700 000 kr",
        "och Skarby kommun 400 000 kr.",
      ]),
    ).toEqual(["Staten=2200000@1", "Region Tallmark=1100000@2", "Ulvö kommun=700000@2", "Skarby kommun=400000@3"]);
  });

  it("keeps apart sentences with other words between the amount and the next name", () => {
    expect(
      read([
        "Under året betalade Försäkringskassan 2 200 000 kr till förbundet, vilket var mer än väntat. Region",
        "Tallmark bidrog med 1 100 000 kr.",
      ]),
    ).toEqual([]);
  });
});

describe("the state's money a sentence before the others matching it", () => {
  const lines = (region: string) => [
    "Budget 2026",
    "Försäkringskassan har beräknat statens medel för 2026 till 2 840 tkr (2025: 2 700 tkr).",
    "Övriga medlemmar ska tillsammans tillföra lika mycket som staten. Region Sörmark svarar därmed",
    `för ${region} tkr och Alvik och Bredsjö kommuner tillsammans för 1 420 tkr, fördelat efter`,
    "invånarantal: Alvik 920 tkr och Bredsjö 500 tkr.",
  ];
  it("heads the list with the state, the municipalities named together as their sum", () => {
    expect(read(lines("1 420"), 2025)).toEqual([
      "Staten=2840000@2 2026 budget",
      "Region Sörmark=1420000@4 2026 budget",
      "Alvik=920000@5 2026 budget",
      "Bredsjö=500000@5 2026 budget",
    ]);
  });
  it("stores nothing where the region and the municipalities do not make the state's half", () => {
    expect(read(lines("1 520"), 2025)).toEqual([]);
  });
});

const feesOfMinutes = (lines: string[]) =>
  documentFacts({ federation: "h31-aspvik", kind: "board_minutes", date: "2025-11-12" }, lines)
    .filter((f) => f.table === "member_contribution")
    .map((f) => `${f.member}=${f.amount_sek} ${f.year} ${f.basis}`);

describe("fees set in the running text of minutes", () => {
  it("reads next year's list as that year's budget", () => {
    expect(
      feesOfMinutes([
        "Samordningsförbundet Aspvik",
        "Protokoll från styrelsemöte 2025-11-12",
        "",
        "§ 12 Medlemsavgifter 2026",
        "Styrelsen beslutar att föreslå medlemmarna avgifter för 2026 enligt följande: staten 3 000 tkr,",
        "Region Aspmark 1 500 tkr, Aspviks kommun 900 tkr och Granö kommun 600 tkr.",
      ]),
    ).toEqual([
      "Staten=3000000 2026 budget",
      "Region Aspmark=1500000 2026 budget",
      "Aspviks kommun=900000 2026 budget",
      "Granö kommun=600000 2026 budget",
    ]);
  });

  it("reads no list of the meeting's own year, nor one of an item postponed", () => {
    expect(
      feesOfMinutes([
        "Samordningsförbundet Aspvik",
        "Protokoll från styrelsemöte 2025-11-12",
        "",
        "§ 12 Medlemsavgifter",
        "Medlemsavgifterna för 2025 är: staten 3 000 tkr, Region Aspmark 1 500 tkr, Aspviks kommun",
        "900 tkr och Granö kommun 600 tkr.",
        "",
        "§ 13 Medlemsavgifter 2026",
        "Förslag: avgifter för 2026: staten 3 100 tkr, Region Aspmark 1 550 tkr, Aspviks kommun 930 tkr och",
        "Granö kommun 620 tkr.",
        "Beslut: Ärendet bordläggs till nästa sammanträde.",
      ]),
    ).toEqual([]);
  });
});

describe("a decision's att-clauses, one member each", () => {
  const clauses = (region: string, year = "2026") => [
    "Samordningsförbundet Aspvik",
    "Protokoll från styrelsemöte 2025-11-12",
    "",
    "§ 14 Avgifter",
    "Styrelsen beslutar",
    `att notera att staten tillskjuter 2 800 000 kr för ${year},`,
    `att Region Aspmark betalar ${region} kr,`,
    "att Aspviks kommun betalar 900 000 kr, och",
    "att Granö kommun betalar 500 000 kr i medlemsavgift för 2026.",
  ];
  it("reads the clauses as one list, the year from the clauses themselves", () => {
    expect(feesOfMinutes(clauses("1 400 000"))).toEqual([
      "Staten=2800000 2026 budget",
      "Region Aspmark=1400000 2026 budget",
      "Aspviks kommun=900000 2026 budget",
      "Granö kommun=500000 2026 budget",
    ]);
  });
  it("stores nothing where the clauses break the state's half or name two years", () => {
    expect(feesOfMinutes(clauses("1 500 000"))).toEqual([]);
    expect(feesOfMinutes(clauses("1 400 000", "2027"))).toEqual([]);
  });
});

const feesOfReport = (lines: string[]) =>
  documentFacts({ federation: "h31-nedre-ek" }, lines)
    .filter((f) => f.table === "member_contribution")
    .map((f) => `${f.member}=${f.amount_sek} ${f.year} ${f.basis}`);

describe("a member's fee decided in the passive", () => {
  it("reads 'att X kommuns medlemsavgift … för 2025 fastställs till …' as that year's budget", () => {
    expect(
      feesOfReport([
        "ROSLIDS KOMMUN",
        "Protokollsutdrag",
        "Beslut",
        "att Roslids kommuns medlemsavgift till Samordningsförbundet Nedre Ek för 2025 fastställs till 312 000 kronor.",
      ]),
    ).toEqual(["Roslids kommun=312000 2025 budget"]);
  });
  it("reads no fee to another federation, nor one of the report's own year", () => {
    expect(
      feesOfReport([
        "ROSLIDS KOMMUN",
        "Protokollsutdrag",
        "att Roslids kommuns medlemsavgift till Samordningsförbundet Övre Ek för 2025 fastställs till 198 000 kronor.",
        "att Roslids kommuns medlemsavgift till Samordningsförbundet Nedre Ek för 2024 fastställs till 301 000 kronor.",
      ]),
    ).toEqual([]);
  });
});

describe("a lead comparing the year's fees with the year before in words", () => {
  it("dates the list by its own year", () => {
    expect(
      read([
        "Medlemsavgifterna för 2024 var oförändrade mot året innan: staten 2 000 000 kr,",
        "Region Aspmark 1 000 000 kr, Aspviks kommun 600 000 kr och Granö kommun 400 000 kr.",
      ]),
    ).toEqual(["Staten=2000000@1", "Region Aspmark=1000000@2", "Aspviks kommun=600000@2", "Granö kommun=400000@2"]);
  });
  it("reads no list the lead gives to the year before", () => {
    expect(
      read([
        "Medlemsavgifterna året innan var: staten 2 000 000 kr,",
        "Region Aspmark 1 000 000 kr, Aspviks kommun 600 000 kr och Granö kommun 400 000 kr.",
      ]),
    ).toEqual([]);
  });
});

describe("one member a sentence, each on a line of its own", () => {
  const lines = (last: string) => [
    "Pengarna kom från våra medlemmar.",
    "Staten gav 2 400 000 kronor.",
    "Region Ulvmark gav 1 200 000 kronor.",
    "Ulvsta kommun gav 800 000 kronor.",
    `Bodby kommun gav ${last} kronor.`,
  ];
  it("reads the run of lines as one list", () => {
    expect(read(lines("400 000"))).toEqual([
      "Staten=2400000@2",
      "Region Ulvmark=1200000@3",
      "Ulvsta kommun=800000@4",
      "Bodby kommun=400000@5",
    ]);
  });
  it("stores nothing where the run breaks the state's half, nor from a part of it", () => {
    expect(read(lines("500 000"))).toEqual([]);
  });
});

describe("a fee table with a column per year", () => {
  const table = (head: string) => [
    "Samordningsförbundet Ormåsen",
    "",
    head,
    "Staten (FK och AF)           1 800 000       1 900 000        2 000 000",
    "Region Ormåsen                 900 000         950 000        1 000 000",
    "Ormå kommun                    540 000         570 000          600 000",
    "Lidby kommun                   360 000         380 000          400 000",
  ];
  it("reads each year's column alone, a later year's as budget, a proposed column never", () => {
    expect(read(table("Medlemsavgifter (kr)         Avgift 2024     Avgift 2025    Avgift 2026 (förslag)"))).toEqual([
      "Staten=1800000@4",
      "Region Ormåsen=900000@5",
      "Ormå kommun=540000@6",
      "Lidby kommun=360000@7",
      "Staten=1900000@4 2025 budget",
      "Region Ormåsen=950000@5 2025 budget",
      "Ormå kommun=570000@6 2025 budget",
      "Lidby kommun=380000@7 2025 budget",
    ]);
  });
  it("reads no column whose year is not its own", () => {
    expect(read(table("Medlem                       Avgift          Avgift         Avgift"))).toEqual([]);
  });
});

describe("a members' table stating no unit", () => {
  const table = (state: string, region: string, a: string, b: string) => [
    "Medlem                Avgift 2024",
    `Staten                ${state}`,
    `Region Ormåsen        ${region}`,
    `Ormå kommun           ${a}`,
    `Lidby kommun          ${b}`,
  ];
  it("reads the state's millions as kronor", () => {
    expect(read(table("3 600 000", "1 800 000", "1 100 000", "700 000"))).toEqual([
      "Staten=3600000@2",
      "Region Ormåsen=1800000@3",
      "Ormå kommun=1100000@4",
      "Lidby kommun=700000@5",
    ]);
  });
  it("guesses no unit for figures that may be thousands", () => {
    expect(read(table("3 600", "1 800", "1 100", "700"))).toEqual([]);
  });
});

describe("a note flattened onto one line", () => {
  it("reads its members after the caption's unit, the note's heading no place", () => {
    expect(
      read([
        "7 Noter Not 1 Medlemsbidrag (tkr) Staten 3 100 Region Ulvmark 1 550 Ulvsta kommun 950 Bodby kommun 600 Summa medlemsbidrag 6 200",
      ]),
    ).toEqual(["Staten=3100000@1", "Region Ulvmark=1550000@1", "Ulvsta kommun=950000@1", "Bodby kommun=600000@1"]);
  });
  it("stores nothing where the flattened members miss their Summa", () => {
    expect(
      read([
        "7 Noter Not 1 Medlemsbidrag (tkr) Staten 3 100 Region Ulvmark 1 550 Ulvsta kommun 950 Bodby kommun 600 Summa medlemsbidrag 6 400",
      ]),
    ).toEqual([]);
  });
});

describe("bullets of a member, its colon and its amount", () => {
  const bullets = (last: string) => [
    "Förbundet fick 9,6 miljoner kronor under 2024.",
    "Pengarna kom från:",
    "• Försäkringskassan och Arbetsförmedlingen: 4,8 miljoner kronor",
    "• Region Ulvmark: 2,4 miljoner kronor",
    "• Ulvsta kommun: 1,5 miljoner kronor",
    `• Bodby kommun: ${last} miljoner kronor`,
  ];
  it("reads each bullet's name before its own colon", () => {
    expect(read(bullets("0,9"))).toEqual([
      "Staten=4800000@3",
      "Region Ulvmark=2400000@4",
      "Ulvsta kommun=1500000@5",
      "Bodby kommun=900000@6",
    ]);
  });
  it("stores nothing where the bullets break the state's half", () => {
    expect(read(bullets("1,9"))).toEqual([]);
  });
});

describe("a fee table whose amount column is headed by its unit alone", () => {
  const table = (head: string) => [
    head,
    "Staten (FK och AF)                     2 800 000              –",
    "Region Ulvmark                         1 400 000              –",
    "Ulvsta kommun                            900 000          41,20",
    "Bodby kommun                             500 000          41,20",
    "Summa                                  5 600 000",
  ];
  it("reads the unit's column under a head naming the fees and the year", () => {
    expect(read(table("Medlemsavgifter 2024¹                     Kronor     Kr/invånare"))).toEqual([
      "Staten=2800000@2",
      "Region Ulvmark=1400000@3",
      "Ulvsta kommun=900000@4",
      "Bodby kommun=500000@5",
    ]);
  });
  it("reads no unit column under a head that names no fees", () => {
    expect(read(table("Kostnader 2024                            Kronor     Kr/invånare"))).toEqual([]);
  });
});
