/**
 * Stop 33's table shapes (made-up federations, own words): a fee table's column of money invoiced
 * ("Fakturerat, kr") or a note's one fee column naming no year, read as the report's year; an
 * announced fee ("Aviserat 2024") beside the invoiced one of the same year never read; an appendix of
 * one small table per municipality under its name alone, its fees where they add up to the region's.
 */
import { describe, expect, it } from "vitest";
import { memberAmountLists } from "../../loaders/extract/general/memberAmountLists.ts";
import { memberOf } from "../../loaders/extract/general/parseMemberContributions.ts";
import { docOf, type AnyFact } from "../helpers.ts";
import { extractReport } from "../support/reportFacts.ts";
import { parseLeaderRows } from "../../loaders/extract/general/leaderRows.ts";
import { parseChartLabels } from "../../loaders/extract/general/chartLabels.ts";

const fees = (lines: string[], year = 2024) =>
  (memberAmountLists(docOf(lines, year), memberOf).facts as AnyFact[]).map(
    (f) =>
      `${f.member}=${f.amount_sek}@${f.line}${f.year === year && f.basis === "actual" ? "" : ` ${f.year} ${f.basis}`}`,
  );

describe("a fee column naming no year", () => {
  const table = (head: string, column: string) => [
    "Samordningsförbundet Grävlingsås",
    "Årsredovisning 2024",
    "",
    head,
    "",
    "Avgifterna togs ut i två omgångar under våren och hösten.",
    "",
    `Part                 Folkmängd    Andel %    ${column}`,
    "Staten                              50,0      3 300 000",
    "Region Grävlingsås                  25,0      1 650 000",
    "Mossby kommun          30 100       16,0      1 056 000",
    "Kärrtorp kommun        16 900        9,0        594 000",
    "Summa                  47 000      100,0      6 600 000",
  ];

  it("reads money invoiced as the report's year", () => {
    expect(fees(table("Medlemmarnas finansiering", "Inbetalt, kr"))).toEqual([
      "Staten=3300000@9",
      "Region Grävlingsås=1650000@10",
      "Mossby kommun=1056000@11",
      "Kärrtorp kommun=594000@12",
    ]);
  });

  it("reads a note's one fee column as the report's year", () => {
    expect(fees(table("Not 4. Medlemmarnas finansiering", "Avgift, kr  "))).toHaveLength(4);
  });

  it("reads a plain fee column under a heading that is no note as no year's", () => {
    expect(fees(table("Medlemmarnas finansiering", "Avgift, kr  "))).toEqual([]);
  });

  it("reads an announced fee naming no year as no year's", () => {
    expect(fees(table("Medlemmarnas finansiering", "Aviserat, kr"))).toEqual([]);
  });

  it("stores nothing where the invoiced amounts break the state's half", () => {
    const lines = table("Medlemmarnas finansiering", "Inbetalt, kr");
    lines[11] = "Kärrtorp kommun        16 900        9,0        549 000";
    expect(fees(lines)).toEqual([]);
  });
});

describe("an announced fee beside the invoiced one of its year", () => {
  const lines = [
    "Samordningsförbundet Grävlingsås",
    "Årsredovisning 2024",
    "",
    "Medlemsavgifter 2024 (kr)",
    "Medlem                 Aviserat 2024    Fakturerat 2024",
    "Försäkringskassan          3 400 000          3 300 000",
    "Region Grävlingsås         1 700 000          1 650 000",
    "Mossby kommun              1 090 000          1 056 000",
    "Kärrtorp kommun              610 000            594 000",
    "Summa                      6 800 000          6 600 000",
  ];

  it("reads the invoiced column alone", () => {
    expect(fees(lines)).toEqual([
      "Staten=3300000@6",
      "Region Grävlingsås=1650000@7",
      "Mossby kommun=1056000@8",
      "Kärrtorp kommun=594000@9",
    ]);
  });
});

describe("an appendix of one small table per municipality", () => {
  const report = (regionFee: string) => [
    "Samordningsförbundet Lövsjö",
    "Årsredovisning 2024",
    "",
    `Försäkringskassan och Arbetsförmedlingen betalade 3 000 000 kr och Region Lövsjö ${regionFee} kr under året.`,
    "",
    "Bilaga 1. Kommunerna i förbundet",
    "",
    "Norrsele kommun",
    "Medlemsavgift 2024, kr                  870 000",
    "Invånare 31 december 2023                 9 812",
    "Deltagare från kommunen                      33",
    "",
    "Sörsele kommun",
    "Medlemsavgift 2024, kr                  630 000",
    "Invånare 31 december 2023                 7 104",
    "Deltagare från kommunen                      21",
  ];
  const fees = (lines: string[]) =>
    extractReport(lines, "lovsjo")
      .filter((f) => f.table === "member_contribution")
      .map((f) => `${f.member}=${f.amount_sek}`);

  it("reads each municipality's fee where they add up to the region's", () => {
    expect(fees(report("1 500 000"))).toEqual(
      expect.arrayContaining(["Norrsele kommun=870000", "Sörsele kommun=630000"]),
    );
  });

  it("reads no municipality's fee where they do not add up to the region's", () => {
    expect(fees(report("1 600 000")).filter((f) => f.includes("sele"))).toEqual([]);
  });

  it("reads no participants of a municipality as the federation's", () => {
    expect(
      extractReport(report("1 500 000"), "lovsjo").filter(
        (f) => f.table === "participant_count" && [33, 21, 54].includes(f.value as number),
      ),
    ).toEqual([]);
  });
});

describe("key figures in a list, money rows with their unit in the label", () => {
  const list = (result: string) => [
    "Samordningsförbundet Tjärnmo",
    "Verksamhetsberättelse 2024",
    "",
    "Förbundet i korthet",
    "Antal deltagare ......................... 143",
    "Avslutade deltagare .....................  58",
    "Summa intäkter, tkr ................... 5 210",
    "Summa kostnader (tkr) ................. 5 390",
    `Årets resultat, tkr ..................... ${result}`,
  ];
  const money = (lines: string[]) =>
    (parseLeaderRows(docOf(lines)).facts as AnyFact[])
      .filter((f) => f.table === "finance")
      .map((f) => `${f.item}=${f.amount_sek}`);

  it("reads each money row in its label's unit where revenue − costs is the result", () => {
    expect(money(list("-180"))).toEqual(["revenue_operating=5210000", "cost_operating=5390000", "result=-180000"]);
  });

  it("reads no money row where revenue − costs is not the result", () => {
    expect(money(list("-810"))).toEqual([]);
  });
});

describe("equity at a balance date written out, in a list of wide-gap rows", () => {
  const list = (lastYear: string) => [
    "Samordningsförbundet Tjärnmo",
    "Årsredovisning 2024",
    "",
    "Ekonomin i sammandrag (tkr)",
    "Intäkter                          5 210",
    "Kostnader                         5 390",
    "Årets resultat                     -180",
    "Eget kapital 31 december          2 045",
    `Eget kapital 31 december 2023     ${lastYear}`,
  ];
  const equity = (lines: string[]) =>
    (parseLeaderRows(docOf(lines)).facts as AnyFact[])
      .filter((f) => f.table === "finance" && f.item === "equity_end")
      .map((f) => `${f.year}=${f.amount_sek}`);

  it("reads this year's and last year's equity where the result rolls one into the other", () => {
    expect(equity(list("2 225"))).toEqual(["2023=2225000", "2024=2045000"]);
  });

  it("reads neither where they do not roll", () => {
    expect(equity(list("2 552"))).toEqual([]);
  });

  it("reads no equity of a balance date two years back", () => {
    const lines = list("2 225");
    lines[8] = "Eget kapital 31 december 2022     2 225";
    expect(equity(lines)).toEqual([]);
  });
});

describe("a destination row named with exit words, not set in under the exits", () => {
  const table = (work: string, order: "exits-first" | "new-last" = "exits-first") => [
    "Samordningsförbundet Tjärnmo",
    "Årsredovisning 2024",
    "",
    "Deltagare i förbundets insatser",
    "",
    "                         2024      2023",
    "Antal deltagare           151       139",
    ...(order === "exits-first"
      ? ["Nya deltagare              66        60", "Avslutade                  61        57"]
      : ["Avslutade                  61        57", "Nya deltagare              66        60"]),
    `Avslut till arbete         ${work}        17`,
    "Avslut till studier         9         8",
  ];
  const exits = (lines: string[]) =>
    extractReport(lines, "tjarnmo")
      .filter((f) => f.table === "participant_breakdown")
      .map((f) => `${f.year}:${f.category}=${f.value}`);

  it("reads it as a part of the exits above it", () => {
    expect(exits(table("21"))).toEqual(
      expect.arrayContaining(["2024:work=21", "2023:work=17", "2024:studies=9", "2023:studies=8"]),
    );
  });

  it("reads none where the destinations do not fit within the exits", () => {
    expect(
      exits(table("62"))
        .filter((f) => f.includes("work"))
        .filter((f) => f.startsWith("2024")),
    ).toEqual([]);
  });

  it("reads none right under a row that counts no exits", () => {
    expect(exits(table("21", "new-last"))).toEqual([]);
  });
});

describe("a members' table of year columns with their basis in brackets, names wrapped", () => {
  const table = (caption: string) => [
    "Samordningsförbundet Grävlingsås",
    "Årsredovisning 2024",
    "",
    caption,
    "Medlem                          2024 (utfall)     2025 (aviserat)",
    "Staten (Försäkringskassan och",
    "Arbetsförmedlingen)                 3 300 000           3 400 000",
    "Region Grävlingsås                  1 650 000           1 700 000",
    "Mossby                              1 056 000           1 090 000",
    "kommun",
    "Kärrtorp kommun                       594 000             610 000",
    "Summa                               6 600 000           6 800 000",
  ];

  it("reads each year's column, the announced one as a budget, each wrapped name whole", () => {
    expect(fees(table("Medlemmarnas avgifter i kronor"))).toEqual([
      "Staten=3300000@7",
      "Region Grävlingsås=1650000@8",
      "Mossby kommun=1056000@9",
      "Kärrtorp kommun=594000@11",
      "Staten=3400000@7 2025 budget",
      "Region Grävlingsås=1700000@8 2025 budget",
      "Mossby kommun=1090000@9 2025 budget",
      "Kärrtorp kommun=610000@11 2025 budget",
    ]);
  });

  it("reads nothing under a caption that names no fees", () => {
    expect(fees(table("Fördelning mellan parterna"))).toEqual([]);
  });

  it("reads nothing where a name is left unfinished by the line below", () => {
    const lines = table("Medlemmarnas avgifter i kronor");
    lines[6] = "Okänd part)                         3 300 000           3 400 000";
    expect(fees(lines)).toEqual([]);
  });
});

describe("this year's equity alone at the end of a key-figure list", () => {
  const list = (result: string) => [
    "Samordningsförbundet Tjärnmo",
    "Verksamhetsberättelse 2024",
    "",
    "Ekonomi i korthet",
    "Intäkter ................................ 5 210 000 kr",
    "Kostnader ............................... 5 390 000 kr",
    `Årets resultat ............................ ${result} kr`,
    "Eget kapital 2024-12-31 ................. 2 045 000 kr",
  ];
  const equity = (lines: string[]) =>
    (parseLeaderRows(docOf(lines)).facts as AnyFact[])
      .filter((f) => f.table === "finance" && f.item === "equity_end")
      .map((f) => `${f.year}=${f.amount_sek}`);

  it("is read where the list's result holds", () => {
    expect(equity(list("-180 000"))).toEqual(["2024=2045000"]);
  });

  it("is not read where the list's result does not hold", () => {
    expect(equity(list("-118 000"))).toEqual([]);
  });
});

describe("a chart's labels in series, each line opening on its series' name", () => {
  const chart = (caption: string, first = "Intäkter") => [
    "Samordningsförbundet Tjärnmo",
    "Årsredovisning 2024",
    "",
    caption,
    `${first}: 2023: 5 020 | 2024: 5 210`,
    "Kostnader: 2023: 4 960 | 2024: 5 390",
  ];
  const money = (lines: string[]) =>
    (parseChartLabels(docOf(lines), []).facts as AnyFact[]).map((f) => `${f.year}:${f.item}=${f.amount_sek}`);

  it("reads each line's points as its series' item, in the caption's unit", () => {
    expect(money(chart("Figur 5. Ekonomin 2023–2024 (tkr)"))).toEqual([
      "2023:revenue_operating=5020000",
      "2024:revenue_operating=5210000",
      "2023:cost_operating=4960000",
      "2024:cost_operating=5390000",
    ]);
  });

  it("reads no money under a caption stating no unit", () => {
    expect(money(chart("Figur 5. Ekonomin 2023–2024"))).toEqual([]);
  });

  it("reads no series whose name is no item of the lexicon", () => {
    expect(money(chart("Figur 5. Ekonomin 2023–2024 (tkr)", "Bryggan")).filter((f) => f.includes("5020000"))).toEqual(
      [],
    );
  });
});

describe("a key-figure list under a heading naming the document's own federation", () => {
  const list = (name: string) => [
    "Samordningsförbundet Tjärnmo",
    "Nyckeltal 2024",
    "",
    `Nyckeltal 2024                     ${name}`,
    "Inskrivna deltagare                 188",
    "  varav kvinnor                     101",
    "  varav män                          87",
    "Avslutade deltagare                  72",
  ];
  const counts = (lines: string[]) =>
    extractReport(lines, "tjarnmo")
      .filter((f) => f.table === "participant_count" && f.intervention === null)
      .map((f) => `${f.measure}/${f.gender}=${f.value}`);

  it("is the federation's", () => {
    expect(counts(list("Tjärnmo"))).toEqual(
      expect.arrayContaining(["enrolled/all=188", "enrolled/woman=101", "enrolled/man=87", "exited/all=72"]),
    );
  });

  it("is no one's under another name", () => {
    expect(counts(list("Björkvik"))).toEqual([]);
  });
});

describe("a whole federation's block of key figures set in under its title", () => {
  const block = (split: string, studies: string, fk = "Försäkringskassan och Arbetsförmedlingen  3 600 000 kr") => [
    "Samordningsförbundet Tjärnmo – Årsredovisning 2024",
    "",
    "FÖRBUNDET TOTALT 2024",
    "  Deltagare totalt                              131",
    `    kvinnor / män                           ${split}`,
    "  Avslutade                                      57",
    "    därav till arbete                            14",
    `    därav till studier                            ${studies}`,
    "",
    "  Medlemsbidrag",
    `    ${fk}`,
    "    Region Tjärnmo                            1 800 000 kr",
    "    Kommunerna tillsammans                    1 800 000 kr",
    "  Intäkter totalt                             7 200 000 kr",
    "  Kostnader                                   7 050 000 kr",
    "  Årets resultat                                150 000 kr",
  ];
  const read = (lines: string[]) =>
    (parseLeaderRows(docOf(lines)).facts as AnyFact[]).map((f) =>
      f.table === "participant_count"
        ? `${f.measure}/${f.gender}=${f.value}`
        : f.table === "participant_breakdown"
          ? `${f.category}=${f.value}`
          : f.table === "member_contribution"
            ? `${f.member}=${f.amount_sek}`
            : `${f.item}=${f.amount_sek}`,
    );

  it("reads the slash pair as the count's women and men, 'därav' destinations within the exits, the fees and the money", () => {
    expect(read(block("70 / 61", "6"))).toEqual(
      expect.arrayContaining([
        "enrolled/all=131",
        "enrolled/woman=70",
        "enrolled/man=61",
        "work=14",
        "studies=6",
        "Staten=3600000",
        "Region Tjärnmo=1800000",
        "revenue_operating=7200000",
        "result=150000",
      ]),
    );
  });

  it("reads no women and men that do not add up to the count", () => {
    expect(read(block("70 / 16", "6")).filter((f) => f.startsWith("enrolled/"))).toEqual(["enrolled/all=131"]);
  });

  it("reads no destinations that exceed the exits", () => {
    expect(read(block("70 / 61", "46")).filter((f) => /^(work|studies)=/.test(f))).toEqual([]);
  });

  it("reads no fees where the state's half is not the others' together", () => {
    const lines = block("70 / 61", "6", "Försäkringskassan och Arbetsförmedlingen  3 700 000 kr");
    expect(read(lines).filter((f) => f.includes("Staten") || f.includes("Region"))).toEqual([]);
  });

  it("reads no row with a narrow gap whose figure stands out of line", () => {
    const lines = block("70 / 61", "6", "Försäkringskassan och Arbetsförmedlingen  3 600 000 kr  ");
    lines[10] = "    Försäkringskassan och Arbetsförmedlingen  3 600 000";
    expect(read(lines).filter((f) => f.includes("Staten"))).toEqual([]);
  });
});

describe("a fee table's caption past a blank line", () => {
  const table = (caption: string) => [
    "Samordningsförbundet Grävlingsås",
    "Årsredovisning 2024",
    "",
    caption,
    "",
    "Medlem                 Inbetalt 2024",
    "Staten                         3 300",
    "Region Grävlingsås             1 650",
    "Mossby kommun                  1 056",
    "Kärrtorp kommun                  594",
    "Summa                          6 600",
  ];

  it("gives the table its unit", () => {
    expect(fees(table("Medlemmarnas avgifter (tkr)"))).toEqual([
      "Staten=3300000@7",
      "Region Grävlingsås=1650000@8",
      "Mossby kommun=1056000@9",
      "Kärrtorp kommun=594000@10",
    ]);
  });

  it("leaves bare thousands unread where no caption states the unit", () => {
    expect(fees(table("Medlemmarnas avgifter"))).toEqual([]);
  });
});
