/**
 * Rules from stop 39's layout probes (report layouts nobody here had seen), each with cases where it
 * must fire and where it must not. Documents are made up here.
 */
import { describe, expect, it } from "vitest";
import { relativeYearHeaders } from "../../loaders/extract/text/relativeYearHeaders.ts";
import type { AnyFact } from "../helpers.ts";
import { extractReport } from "../support/reportFacts.ts";

const money = (facts: AnyFact[]) =>
  facts.filter((f) => f.table === "finance").map((f) => `${f.year}:${f.basis}:${f.item}=${f.amount_sek}`);

describe("a header naming its years as 'I år | I fjol' or the balance days in words", () => {
  const LINES = [
    "Samordningsförbundet Hällmora",
    "Verksamhetsberättelse för 2025",
    "",
    "RESULTATRÄKNING (kr)                 I år          I fjol",
    "Intäkter                        2 840 000     2 790 000",
    "Kostnader                      -2 901 000    -2 705 500",
    "Årets resultat                    -61 000        84 500",
    "",
    "BALANSRÄKNING (kr)          Vid årets slut   Vid förra årets slut",
    "Summa tillgångar                   612 000        690 400",
    "",
    "Saldot var i fjol   84 500 kronor högre.",
  ];
  it("sets 'I år' and 'I fjol', and the balance days, to the report year and the year before", () => {
    const out = relativeYearHeaders(LINES, 2025)!;
    expect(out[3]!.trim().split(/\s{2,}/)).toEqual(["RESULTATRÄKNING (kr)", "2025", "2024"]);
    expect(out[8]!.trim().split(/\s{2,}/)).toEqual(["BALANSRÄKNING (kr)", "2025-12-31", "2024-12-31"]);
    expect(out[3]!.length).toBe(LINES[3]!.length);
    const facts = money(extractReport(LINES, "hallmora", 2025));
    expect(facts).toContain("2025:actual:result=-61000");
    expect(facts).toContain("2025:actual:revenue_operating=2840000");
    expect(facts).not.toContain("2025:actual:result=84500");
  });
  it("leaves an opening balance's column, a line with figures and a lone 'I år' (must not fire)", () => {
    const opening = ["Verksamhetsberättelse för 2025", "Eget kapital (kr)     Vid årets början    Vid årets slut"];
    expect(relativeYearHeaders(opening, 2025)).toBeUndefined();
    expect(relativeYearHeaders(LINES, 2025)![11]).toBe(LINES[11]);
    const lone = ["Verksamhetsberättelse för 2025", "Nyckeltal               I år      Budget"];
    expect(relativeYearHeaders(lone, 2025)).toBeUndefined();
  });
});

const counts = (facts: AnyFact[]) =>
  facts
    .filter((f) => f.table === "participant_count")
    .map((f) => `${f.year}:${f.intervention ?? "förbundet"}:${f.measure}/${f.gender}=${f.value}`);

describe("a table of years right under the own federation's title, its caption naming the span of years", () => {
  const doc = (title: string, caption = "Utveckling 2023–2025") => [
    title,
    "Årsredovisning 2025",
    "",
    `${caption.padEnd(30)}2023     2024     2025   Mål 2025`,
    "Deltagare                       97      104      112        110",
    "Nya deltagare                   48       50       55         58",
    "Avslutade                       44       47       51",
  ];
  it("reads the years' columns as the federation's, never the target", () => {
    const facts = counts(extractReport(doc("SAMORDNINGSFÖRBUNDET TORVIKEN"), "torviken", 2025));
    expect(facts).toContain("2025:förbundet:enrolled/all=112");
    expect(facts).toContain("2025:förbundet:new/all=55");
    expect(facts).toContain("2023:förbundet:exited/all=44");
    expect(facts.filter((f) => f.endsWith("=110") || f.endsWith("=58"))).toEqual([]);
  });
  it("reads nothing under another federation's title, or a span that is not the columns' (must not fire)", () => {
    expect(counts(extractReport(doc("SAMORDNINGSFÖRBUNDET GRANNVIK"), "torviken", 2025))).toEqual([]);
    expect(
      counts(extractReport(doc("SAMORDNINGSFÖRBUNDET TORVIKEN", "Utveckling 2019–2025"), "torviken", 2025)),
    ).toEqual([]);
  });
  it("reads nothing under a title narrowed to an intervention or a part of the year (must not fire)", () => {
    for (const second of ["Insatsen Stegen – årsrapport 2025", "Delårsrapport januari–juni 2025"]) {
      const lines = doc("SAMORDNINGSFÖRBUNDET TORVIKEN");
      lines[1] = second;
      expect(counts(extractReport(lines, "torviken", 2025)).filter((f) => f.includes("förbundet"))).toEqual([]);
    }
  });
  it("reads nothing where a caption line between the title and the table names someone (must not fire)", () => {
    const lines = doc("SAMORDNINGSFÖRBUNDET TORVIKEN");
    lines.splice(3, 0, "Projektet Stegen i siffror", "");
    expect(counts(extractReport(lines, "torviken", 2025)).filter((f) => f.includes("förbundet"))).toEqual([]);
  });
});

const exits = (facts: AnyFact[]) =>
  facts
    .filter((f) => f.table === "participant_breakdown")
    .map((f) => `${f.year}:${f.intervention ?? "förbundet"}:${f.category}=${f.value}`);

describe("a key-figure table 'Budget 2025 | Utfall 2025 | Utfall 2024 | Prognos 2026'", () => {
  const LINES = [
    "Samordningsförbundet Lärkvik",
    "Årsredovisning 2025",
    "",
    "Nyckeltal                    Budget 2025   Utfall 2025   Utfall 2024   Prognos 2026",
    "Antal deltagare                      120           131           118            140",
    "Nya deltagare                         60            69            61             70",
    "Avslutade deltagare                   55            62            59             65",
    "Årets resultat (kr)             -200 000       -72 700       117 500       -200 000",
    "",
    "Avslut till           Budget 2025   Utfall 2025   Utfall 2024",
    "Arbete                         12            14            13",
    "Studier                         6             9             7",
    "Annat                          37            39            39",
    "Summa                          55            62            59",
  ];
  const facts = extractReport(LINES, "larkvik", 2025);
  it("reads the outcome columns' counts and the exits titled 'Avslut till' as each year's", () => {
    expect(counts(facts)).toEqual(
      expect.arrayContaining([
        "2025:förbundet:enrolled/all=131",
        "2025:förbundet:new/all=69",
        "2024:förbundet:exited/all=59",
      ]),
    );
    expect(exits(facts)).toEqual(expect.arrayContaining(["2025:förbundet:work=14", "2025:förbundet:studies=9"]));
  });
  it("never reads the planned counts, the forecast or the budgeted destinations as an outcome (must not fire)", () => {
    const values = counts(facts).map((f) => Number(f.split("=")[1]));
    for (const v of [120, 60, 55, 140, 70, 65]) expect(values).not.toContain(v);
    expect(exits(facts).filter((f) => /=(12|6|37)$/.test(f))).toEqual([]);
    expect(money(facts).filter((f) => f.startsWith("2026") || f === "2025:actual:result=-200000")).toEqual([]);
  });
});

describe("an operating statement whose outcome stands among budget, revised budget and remaining columns", () => {
  const STACKED = [
    "Samordningsförbundet Hällmora",
    "Årsredovisning 2025",
    "",
    "Tabell 3. Driftredovisning (kronor)",
    "",
    "                         Budget        Reviderad      Utfall        Kvar att       Utfall",
    "                         2025          budget 2025    2025          förbruka       2024",
    "Summa intäkter        3 900 000     3 960 000     3 951 000         9 000     3 800 000",
    "Summa kostnader       3 900 000     3 960 000     3 822 400       137 600     3 741 000",
    "Årets resultat                0             0       128 600                      59 000",
  ];
  it("reads the outcome column as the year's, the first budget as its budget", () => {
    const facts = money(extractReport(STACKED, "hallmora", 2025));
    expect(facts).toEqual(
      expect.arrayContaining([
        "2025:actual:revenue_operating=3951000",
        "2025:actual:cost_operating=3822400",
        "2025:actual:result=128600",
        "2024:actual:result=59000",
        "2025:budget:cost_operating=3900000",
      ]),
    );
  });
  it("never reads the revised budget or what is left as the outcome or the budget (must not fire)", () => {
    const facts = money(extractReport(STACKED, "hallmora", 2025));
    expect(facts.filter((f) => /=(3960000|9000|137600)$/.test(f))).toEqual([]);
    // One line: the same columns, each cell whole.
    const oneLine = [
      ...STACKED.slice(0, 5),
      "                      Budget 2025   Rev. budget   Utfall 2025   Kvar att förbruka   Utfall 2024",
      ...STACKED.slice(7),
    ];
    const read = money(extractReport(oneLine, "hallmora", 2025));
    expect(read).toContain("2025:actual:result=128600");
    expect(read.filter((f) => /=(3960000|9000|137600)$/.test(f))).toEqual([]);
  });
  it("reads no stacked header whose lower cells do not stand one under each upper cell (must not fire)", () => {
    const skewed = [...STACKED];
    skewed[6] = "                  2025     budget 2025             2025   förbruka    2024";
    expect(money(extractReport(skewed, "hallmora", 2025)).filter((f) => f.startsWith("2025:actual"))).toEqual([]);
  });
});

describe("a caption's unit followed by how its amounts are rounded", () => {
  const lines = (caption: string) => [
    "Samordningsförbundet Hällmora",
    "Uppföljning helår 2025",
    "",
    caption,
    "                          Budget     Reviderad   Utfall     Kvar (+) /       Förbrukat",
    "                          enl. VP    budget      helår      överskridet (–)  %",
    "  Summa intäkter          5 100,0    5 140,0     5 131,2",
    "  Summa kostnader         5 000,0    5 140,0     5 012,9      127,1           98",
    "Resultat                    100,0        0,0       118,3",
  ];
  it("reads '(tkr, en decimal)' as tkr, the yearless stacked columns as the report year's", () => {
    const facts = money(
      extractReport(lines("Tabell 1. Driftredovisning helår 2025 (tkr, en decimal)"), "hallmora", 2025),
    );
    expect(facts).toEqual(
      expect.arrayContaining([
        "2025:actual:revenue_operating=5131200",
        "2025:actual:result=118300",
        "2025:budget:result=100000",
      ]),
    );
    expect(facts.filter((f) => /=(5140000|127100|98000)$/.test(f))).toEqual([]);
  });
  it("reads nothing where the caption names another year, or a unit with other words (must not fire)", () => {
    expect(
      money(extractReport(lines("Tabell 1. Driftredovisning helår 2024 (tkr, en decimal)"), "hallmora", 2025)),
    ).toEqual([]);
    expect(
      money(extractReport(lines("Tabell 1. Driftredovisning helår 2025 (tkr, se not 4)"), "hallmora", 2025)).filter(
        (f) => f.startsWith("2025:actual"),
      ),
    ).toEqual([]);
  });
});

describe("a budget table titled with the report's year ('Ekonomi 2025 (tkr)   Utfall   Budget'), totals first", () => {
  const lines = (title: string) => [
    "Samordningsförbundet Hällmora",
    "Årsberättelse 2025",
    "",
    `${title.padEnd(33)}Utfall    Budget`,
    "Intäkter totalt                   5 020     5 000",
    "  Medlemsbidrag                   5 000     5 000",
    "Kostnader totalt                  5 144     5 300",
    "  Insatser                        4 080     4 200",
    "Resultat                           -124      -300",
    "",
    "Balans 31 december (tkr)          2025      2024",
    "Summa tillgångar                 1 498     1 602",
    "Eget kapital                     1 215     1 339",
  ];
  it("reads the columns as the title's year, and the balance under its days' years", () => {
    const facts = money(extractReport(lines("Ekonomi 2025 (tkr)"), "hallmora", 2025));
    expect(facts).toEqual(
      expect.arrayContaining([
        "2025:actual:revenue_operating=5020000",
        "2025:budget:cost_operating=5300000",
        "2025:actual:result=-124000",
        "2025:actual:equity_end=1215000",
        "2024:actual:equity_end=1339000",
        "2025:actual:assets_total=1498000",
      ]),
    );
  });
  it("never runs the budget table on into the next table's year columns (must not fire)", () => {
    const facts = money(extractReport(lines("Ekonomi 2025 (tkr)"), "hallmora", 2025));
    expect(facts.filter((f) => f.includes(":budget:equity_end") || f.includes(":budget:assets_total"))).toEqual([]);
  });
  it("reads no title naming another year as the report's (must not fire)", () => {
    const facts = money(extractReport(lines("Ekonomi 2026 (tkr)"), "hallmora", 2025));
    expect(facts.filter((f) => f.startsWith("2025:") && /revenue_operating|cost_operating|:result/.test(f))).toEqual(
      [],
    );
  });
});

describe("a key-figure booklet: spaced-out headings, 'report year | base year | Index', the unit in a closing note", () => {
  const DOC = (note: string, header = "                           2025     2021     Index") => [
    "SAMORDNINGSFÖRBUNDET HÄLLMORA",
    "Nyckeltal 2025",
    "",
    "Förbundet jämför här 2025 med utgångsåret 2021.",
    "",
    "D E L T A G A R E",
    "",
    header,
    "Inskrivna                   131      112       117",
    "Nya                          66       58       114",
    "",
    "E K O N O M I",
    "",
    header,
    "Intäkter                  7 250    6 400       113",
    "Kostnader                 7 188    6 512       110",
    "Årets resultat               62     -112         –",
    "",
    "O M   U P P G I F T E R N A",
    "",
    note,
  ];
  const UNIT = "Belopp anges i tusentals kronor (tkr) om inget annat anges. Index: 2021 = 100.";
  it("reads each year's column, the amounts in the note's unit, never the index", () => {
    const facts = extractReport(DOC(UNIT), "hallmora", 2025);
    expect(counts(facts)).toEqual(
      expect.arrayContaining([
        "2025:förbundet:enrolled/all=131",
        "2021:förbundet:enrolled/all=112",
        "2025:förbundet:new/all=66",
      ]),
    );
    expect(money(facts)).toEqual(
      expect.arrayContaining(["2025:actual:revenue_operating=7250000", "2025:actual:result=62000"]),
    );
    const values = [...counts(facts), ...money(facts)].map((f) => Number(f.split("=")[1]));
    for (const v of [117, 114, 113, 110, 113000, 110000]) expect(values).not.toContain(v);
  });
  it("reads no amount without the note, and no two years apart neither of which is the report's (must not fire)", () => {
    expect(money(extractReport(DOC("Uppgifterna kommer ur årsredovisningarna."), "hallmora", 2025))).toEqual([]);
    const older = DOC(UNIT, "                           2023     2019     Index");
    expect(counts(extractReport(older, "hallmora", 2025))).toEqual([]);
    expect(money(extractReport(older, "hallmora", 2025))).toEqual([]);
  });
  it("sets a spaced-out heading back as its word, never a header of column codes (must not fire)", async () => {
    const { letterSpacedHeadings } = await import("../../loaders/extract/text/letterSpacedHeadings.ts");
    const out = letterSpacedHeadings(DOC(UNIT))!;
    expect(out[5]).toBe("DELTAGARE");
    expect(out[18]).toBe("OM UPPGIFTERNA");
    expect(letterSpacedHeadings(["", "K M K M", "12 10 9 8"])).toBeUndefined();
    expect(letterSpacedHeadings(["", "T O T", ""])).toBeUndefined();
  });
});

describe("a bookkeeping staircase ('+', './.', '=' at the margin; './. 105 600' a minus)", () => {
  const STATEMENT = [
    "Samordningsförbundet Hällmora",
    "Verksamhetsberättelse 2025",
    "",
    "Alla belopp anges i kronor.",
    "",
    "C.1  Resultat",
    "                                                   2025               2024",
    "    Verksamhetens intäkter                    4 210 000          4 100 000",
    "./. Verksamhetens kostnader                   4 330 500          3 980 200",
    "=   Verksamhetens resultat                  ./. 120 500            119 800",
    "+   Finansiella intäkter                          1 900                700",
    "=   Årets resultat                          ./. 118 600            120 500",
  ];
  it("reads the rows as a statement, the old minus as a minus", () => {
    const facts = money(extractReport(STATEMENT, "hallmora", 2025));
    expect(facts).toEqual(
      expect.arrayContaining([
        "2025:actual:revenue_operating=4210000",
        "2025:actual:cost_operating=4330500",
        "2025:actual:operating_result=-120500",
        "2025:actual:result=-118600",
        "2024:actual:result=120500",
      ]),
    );
    expect(facts).not.toContain("2025:actual:result=118600");
  });
  it("leaves a subtracted result, a list without a sum and running text as written (must not fire)", async () => {
    const { staircaseRows } = await import("../../loaders/extract/text/staircaseRows.ts");
    const roll = [
      "    Eget kapital den 1 januari 2025          1 488 320",
      "./. Årets resultat                             102 660",
      "=   Eget kapital den 31 december 2025        1 385 660",
    ];
    expect(staircaseRows(roll)?.[1]).toBe(roll[1]);
    expect(staircaseRows(["- Steget   12", "- Bron   9", "- Nästa   4"])).toBeUndefined();
    const noSum = ["    Intäkter   4 210", "+   Bidrag   100", "./. Kostnader   4 330"];
    expect(staircaseRows(noSum)).toBeUndefined();
  });
});

describe("years over gender columns with the label column's title on the years' line", () => {
  const lines = (title: string, genders = "                             Kv    M    Tot       Kv    M    Tot") => [
    "Samordningsförbundet Hällmora",
    "Årsredovisning 2025",
    "",
    "Förbundets deltagare i de individinriktade insatserna:",
    "",
    `${title.padEnd(35)}2025                 2024`,
    genders,
    "Inskrivna under året         50   46     96       47   41     88",
    "Nya under året               26   22     48       24   21     45",
  ];
  it("reads each gender column as the year over it", () => {
    const facts = counts(extractReport(lines("Deltagare"), "hallmora", 2025));
    expect(facts).toEqual(
      expect.arrayContaining([
        "2025:förbundet:enrolled/woman=50",
        "2025:förbundet:enrolled/all=96",
        "2024:förbundet:new/man=21",
        "2025:förbundet:new/all=48",
      ]),
    );
    expect(facts).not.toContain("2025:förbundet:enrolled/all=88");
  });
  it("reads nothing where the genders' line fills the label column, or a year after the report's (must not fire)", () => {
    const filled = lines("Deltagare", "Antal                        Kv    M    Tot       Kv    M    Tot");
    expect(counts(extractReport(filled, "hallmora", 2025)).filter((f) => /=(47|41|88|24|45)$/.test(f))).toEqual([]);
    const plan = lines("Deltagare").map((l) => l.replace("2025                 2024", "2027                 2026"));
    expect(counts(extractReport(plan, "hallmora", 2025)).filter((f) => /^202[67]/.test(f))).toEqual([]);
  });
});

describe("a participant flow with its operations in the header ('Ingående 1/1 | + Nya | − Avslutade | = Utgående 31/12')", () => {
  const lines = (closing = "47") => [
    "Samordningsförbundet Hällmora",
    "Årsredovisning 2025",
    "",
    "Deltagarflöde 2025",
    "Insats          Ingående 1/1   + Nya   − Avslutade   = Utgående 31/12",
    "Ankaret                   21      19            18                  22",
    "Brobygget                 23      28            26                  25",
    `Summa                     44      47            44                  ${closing.padStart(2)}`,
    "",
    "Resultat i sammandrag (kr)        2025         2024",
    "Intäkter                     4 380 000    4 300 000",
    "Kostnader                   -4 446 800   -4 261 000",
    "Finansnetto                      2 500        1 500",
    "Årets resultat                 -64 300       40 500",
  ];
  it("reads the year's new and exits, each intervention's and the total's, and a result titled 'Resultat i sammandrag'", () => {
    const facts = extractReport(lines(), "hallmora", 2025);
    expect(counts(facts)).toEqual(
      expect.arrayContaining(["2025:förbundet:new/all=47", "2025:förbundet:exited/all=44", "2025:Ankaret:new/all=19"]),
    );
    expect(money(facts)).toEqual(expect.arrayContaining(["2025:actual:result=-64300", "2024:actual:result=40500"]));
  });
  it("never reads a stock as the enrolled, nor a flow that does not roll (must not fire)", () => {
    expect(counts(extractReport(lines(), "hallmora", 2025)).filter((f) => f.includes("enrolled"))).toEqual([]);
    const broken = counts(extractReport(lines("49"), "hallmora", 2025)).filter((f) => f.startsWith("2025:förbundet"));
    expect(broken).toEqual([]);
  });
});

describe("a balance sheet headed by balance days written '31/12 2025'", () => {
  const lines = (header: string) => [
    "Samordningsförbundet Hällmora",
    "Årsredovisning 2025",
    "",
    "Balansräkning",
    header,
    "Summa tillgångar                2 140       2 012",
    "Eget kapital                    1 683       1 612",
    "Skulder                           457         400",
  ];
  it("reads each day's column as its year", () => {
    const facts = money(extractReport(lines("tkr                         31/12 2025  31/12 2024"), "hallmora", 2025));
    expect(facts).toEqual(
      expect.arrayContaining(["2025:actual:assets_total=2140000", "2024:actual:assets_total=2012000"]),
    );
  });
  it("reads nothing where the two days are the opening and the closing of one year (must not fire)", async () => {
    const { parseColumnHeader } = await import("../../loaders/extract/general/columnHeaders.ts");
    expect(parseColumnHeader("tkr                          1/1 2025  31/12 2025")).toBeNull();
    const facts = money(extractReport(lines("tkr                          1/1 2025  31/12 2025"), "hallmora", 2025));
    expect(facts.filter((f) => f.includes("2012000"))).toEqual([]);
  });
});

describe("a reconciliation written as sums ('61 kvinnor + 51 män   = 112 inskrivna   OK')", () => {
  const DOC = [
    "SAMORDNINGSFÖRBUNDET HÄLLMORA",
    "Avstämning av årets siffror – verksamhetsåret 2025",
    "",
    "1  DELTAGARE I INDIVIDINRIKTADE INSATSER",
    "",
    "1.1  Inskrivna under året",
    "     61 kvinnor + 51 män                             = 112 inskrivna                 OK",
    "1.2  Avslutade under året",
    "     27 kvinnor + 22 män                             = 49 avslutade                  OK",
    "1.3  Insatsernas egna rapporter",
    "     48 Steget + 39 Balans + 31 UngJobb              = 118 platser",
    "1.4  Kvar vid årets slut",
    "     112 inskrivna − 49 avslutade                    = 63 kvar                       OK",
  ];
  it("reads a sum of the genders that adds up as the count and its split, the numbered topic the federation's", () => {
    const facts = counts(extractReport(DOC, "hallmora", 2025));
    expect(facts).toEqual(
      expect.arrayContaining([
        "2025:förbundet:enrolled/all=112",
        "2025:förbundet:enrolled/woman=61",
        "2025:förbundet:exited/man=22",
      ]),
    );
    expect(facts.filter((f) => !f.includes("förbundet"))).toEqual([]);
  });
  it("leaves a sum that does not add up, a difference and a sum of places as written (must not fire)", async () => {
    const { arithmeticLines } = await import("../../loaders/extract/text/arithmeticLines.ts");
    const out = arithmeticLines(DOC)!;
    expect(out[10]).toBe(DOC[10]);
    expect(out[12]).toBe(DOC[12]);
    const wrong = DOC.map((l) => l.replace("61 kvinnor + 51 män", "60 kvinnor + 51 män"));
    expect(arithmeticLines(wrong)![6]).toBe(wrong[6]);
    expect(counts(extractReport(wrong, "hallmora", 2025)).filter((f) => f.includes("enrolled"))).toEqual([]);
  });
});

describe("a statement whose Not column refers to notes by letter, its unit in a closing note", () => {
  const lines = (cell: string) => [
    "Samordningsförbundet Hällmora",
    "Årsredovisning för räkenskapsåret 2025",
    "",
    "Resultaträkning                Not     2025      2024",
    "Verksamhetens intäkter          1      5 610     5 480",
    `Verksamhetens kostnader         ${cell}     -5 702    -5 391`,
    "Verksamhetens resultat                  -92        89",
    "Finansiella poster                        6         4",
    "Årets resultat                          -86        93",
    "",
    "Not A Belopp",
    "Beloppen i tabellerna ovan är angivna i tusental kronor.",
  ];
  it("reads the row with a letter in the Not column by its label", () => {
    expect(money(extractReport(lines("A"), "hallmora", 2025))).toContain("2025:actual:cost_operating=5702000");
  });
  it("keeps a label's own last word, and reads no amount as kronor (must not fire)", () => {
    const facts = money(extractReport(lines("A"), "hallmora", 2025));
    expect(facts.filter((f) => /=-?(5702|5610|86|92)$/.test(f))).toEqual([]);
  });
});
