/**
 * Rules of stop 44's helper r44-s39 (leftovers of sets 39 and 39b), each with a made-up federation and
 * made-up figures: where the rule must fire and the nearest shape where it must not.
 */
import { describe, expect, it } from "vitest";
import { docOf, type AnyFact } from "../helpers.ts";
import { isHeading } from "../../loaders/extract/general/sectionScope.ts";
import { labelValueColumns } from "../../loaders/extract/text/labelValueColumns.ts";
import { sumColumnStatements } from "../../loaders/extract/text/sumColumnStatements.ts";
import { debitCreditMarks } from "../../loaders/extract/text/debitCreditMarks.ts";
import { countsOf, exitsOf, extractReport } from "../support/reportFacts.ts";

const report = (...body: string[]) => ["Samordningsförbundet Ravik", "Verksamhetsberättelse 2024", "", ...body];
const financeOf = (facts: AnyFact[]) =>
  facts.filter((f) => f.table === "finance").map((f) => `${f.item}@${f.year}/${f.basis}=${f.amount_sek}`);

describe("an amount in kSEK in running text", () => {
  it("is thousands of kronor (must fire)", () => {
    const facts = extractReport(
      report(
        "Ekonomi",
        "",
        "Det egna kapitalet uppgick vid årets slut till 2 310 kSEK. Årets resultat blev ett överskott på 118 kSEK.",
      ),
    );
    expect(financeOf(facts)).toEqual(
      expect.arrayContaining(["equity_end@2024/actual=2310000", "result@2024/actual=118000"]),
    );
  });
  it("is never read as kronor nor as thousands when written SEK (must not fire as thousands)", () => {
    const facts = extractReport(report("Ekonomi", "", "Det egna kapitalet uppgick vid årets slut till 2 310 SEK."));
    expect(financeOf(facts)).not.toContain("equity_end@2024/actual=2310000");
  });
});

describe("a page of questions set in bold, its answers under them", () => {
  const page = (first: string) =>
    report(
      "Verksamheten i frågor och svar",
      "",
      `**F: ${first}**`,
      "S: 212 personer, varav 120 kvinnor och 92 män.",
      "",
      "**F: Hur många var nya?**",
      "S: 97 personer skrevs in under året.",
      "",
      "**F: Hur gick det ekonomiskt för förbundet?**",
      "S: Resultatet blev ett överskott på 41 000 kr.",
    );
  it("reads the count the bold question asks for (must fire)", () => {
    const counts = countsOf(extractReport(page("Hur många personer deltog i insatserna under 2024?")));
    expect(counts).toEqual(
      expect.arrayContaining([
        "förbundet:enrolled/all=212",
        "förbundet:enrolled/woman=120",
        "förbundet:enrolled/man=92",
      ]),
    );
  });
  it("reads nothing as the year's where the bold question asks of another year (must not fire)", () => {
    const counts = countsOf(extractReport(page("Hur många personer deltog i insatserna under 2023?")));
    expect(counts.filter((c) => c.includes("=212") || c.includes("=120"))).toEqual([]);
  });
  it("reads nothing as the federation's where the bold question names an intervention (must not fire)", () => {
    const counts = countsOf(extractReport(page("Hur många personer deltog i Kompassen?")));
    expect(counts.filter((c) => c.startsWith("förbundet:") && c.includes("=212"))).toEqual([]);
  });
});

describe("two lists of 'Label: value' side by side", () => {
  const row = (left: string, right: string) => `${left.padEnd(42)}${right}`;
  const sheet = (head: string | undefined, setIn: string) => [
    "Samordningsförbundet Ravik",
    "Nyckeltal 2024",
    "",
    ...(head === undefined ? [] : [head]),
    row("Deltagare totalt: 188", "Intäkter: 3 900 000 kr"),
    row(`${setIn}varav kvinnor: 101`, "Kostnader: 3 870 000 kr"),
    row(`${setIn}varav män: 87`, "Årets resultat: 30 000 kr"),
    row("Avslutade deltagare: 64", "Antal insatser: 5"),
    row(`${setIn}till arbete: 17`, "Styrelsemöten: 9"),
  ];
  it("reads the left list, then the right, each line citing its own (must fire)", () => {
    const order = labelValueColumns(sheet("DELTAGARE                                 EKONOMI", "  "));
    expect(order?.lines.slice(3)).toEqual([
      "DELTAGARE",
      "Deltagare totalt: 188",
      "  varav kvinnor: 101",
      "  varav män: 87",
      "Avslutade deltagare: 64",
      "  till arbete: 17",
      "",
      "EKONOMI",
      "Intäkter: 3 900 000 kr",
      "Kostnader: 3 870 000 kr",
      "Årets resultat: 30 000 kr",
      "Antal insatser: 5",
      "Styrelsemöten: 9",
    ]);
    expect(order?.from.slice(3)).toEqual([3, 4, 5, 6, 7, 8, 8, 3, 4, 5, 6, 7, 8]);
    const facts = extractReport(sheet(undefined, "  "));
    expect(countsOf(facts)).toEqual(
      expect.arrayContaining([
        "förbundet:enrolled/all=188",
        "förbundet:enrolled/woman=101",
        "förbundet:enrolled/man=87",
      ]),
    );
  });
  it("leaves a grid of cards as written: no headings, nothing set in (must not fire)", () => {
    expect(labelValueColumns(sheet(undefined, ""))).toBeUndefined();
  });
  it("leaves two lines, a table's row and a line of three pairs as written (must not fire)", () => {
    const lines = (rows: string[]) => ["DELTAGARE            EKONOMI", ...rows];
    expect(
      labelValueColumns(lines(["Nya: 12              Intäkter: 400 kr", "  varav män: 5       Kostnader: 300 kr"])),
    ).toBeUndefined();
    expect(
      labelValueColumns(
        lines(["Nya        12     400", "  varav män         5     300", "  varav kvinnor     7     100"]),
      ),
    ).toBeUndefined();
    expect(
      labelValueColumns(
        lines([
          "Nya: 12      Intäkter: 400 kr      Personal: 3",
          "  varav män: 5      Kostnader: 300 kr      Möten: 4",
          "  varav kvinnor: 7      Resultat: 100 kr      Insatser: 2",
        ]),
      ),
    ).toBeUndefined();
  });
});

describe("quarter rows closed by the whole year's row", () => {
  const table = (caption: string, yearRow: string, q4 = "Kv 4 (okt–dec)          9      6       15") =>
    report(
      caption,
      "",
      "                      Kvinnor    Män   Totalt",
      "Kv 1 (jan–mar)         12      8       20",
      "Kv 2 (apr–jun)         10      7       17",
      "Kv 3 (jul–sep)          5      5       10",
      q4,
      "------------------------------------------",
      yearRow,
    );
  it("reads the whole year's row as the caption's count (must fire)", () => {
    const counts = countsOf(
      extractReport(table("Nya deltagare efter inskrivningskvartal", "Helår 2024             36     26       62")),
    );
    expect(counts).toEqual(
      expect.arrayContaining(["förbundet:new/all=62", "förbundet:new/woman=36", "förbundet:new/man=26"]),
    );
    expect(counts.filter((c) => c.endsWith("=15") || c.endsWith("=9"))).toEqual([]);
  });
  it("reads the exits' destinations as columns of the whole year's row (must fire)", () => {
    const facts = extractReport(
      report(
        "Avslutade deltagare per kvartal",
        "",
        "                 Arbete   Studier   Övriga avslut   Totalt",
        "Kv 1                  2         1               4        7",
        "Kv 2                  3         0               2        5",
        "Kv 3                  1         2               3        6",
        "Kv 4                  4         1               5       10",
        "Helår                10         4              14       28",
      ),
    );
    expect(countsOf(facts)).toContain("förbundet:exited/all=28");
    expect(exitsOf(facts)).toEqual(
      expect.arrayContaining(["förbundet:work=10", "förbundet:studies=4", "förbundet:other_exit=14"]),
    );
  });
  it("stores nothing where the quarters do not add up, the year is another, or the count is no flow (must not fire)", () => {
    const wrongSum = countsOf(
      extractReport(table("Nya deltagare efter inskrivningskvartal", "Helår 2024             35     26       61")),
    );
    expect(wrongSum.filter((c) => c.includes("new/"))).toEqual([]);
    const otherYear = countsOf(
      extractReport(table("Nya deltagare efter inskrivningskvartal", "Helår 2023             36     26       62")),
    );
    expect(otherYear.filter((c) => c.includes("=62") || c.includes("=36"))).toEqual([]);
    const stock = countsOf(
      extractReport(table("Inskrivna vid kvartalets slut", "Helår 2024             36     26       62")),
    );
    expect(stock.filter((c) => c.includes("=62") || c.includes("=36"))).toEqual([]);
  });
});

describe("a long line whose sentence runs on into an amount opening the next line", () => {
  const lead = "Medlemsbidragen fördelades på följande sätt: Försäkringskassan och Arbetsförmedlingen";
  it("is no heading, and the members' list it opens is read (must fire)", () => {
    const lines = report(
      "Ekonomi",
      "",
      lead,
      "2 400 000 kr, Region Västmo 1 200 000 kr, Ravik kommun 700 000 kr och",
      "Norrby kommun 500 000 kr.",
    );
    expect(isHeading(docOf(lines, 2024), 6)).toBe(false);
    const fees = extractReport(lines)
      .filter((f) => f.table === "member_contribution")
      .map((f) => `${f.member}=${f.amount_sek}`);
    expect(fees).toEqual(
      expect.arrayContaining([
        "Försäkringskassan och Arbetsförmedlingen=2400000",
        "Region Västmo=1200000",
        "Ravik kommun=700000",
        "Norrby kommun=500000",
      ]),
    );
  });
  it("leaves a heading a heading where no list goes on after the amount below, or the heading is short (must not fire)", () => {
    const long = "Förbundets ekonomi och kostnader för insatserna under året i sammandrag";
    expect(isHeading(docOf(report(long, "1 200 tkr var kvar vid årets slut."), 2024), 4)).toBe(true);
    expect(isHeading(docOf(report("Ekonomi i sammandrag", "1 200 tkr var kvar vid årets slut."), 2024), 4)).toBe(true);
  });
});

describe("a statement split by cost centre, its total a Summa column", () => {
  const statement = (costs: string, header = "                              Kansli    Insatser     Summa") =>
    report(
      "Resultaträkning 2024, tkr",
      "",
      header,
      "Verksamhetens intäkter         2 980           –     2 980",
      costs,
      "Verksamhetens resultat                                 -80",
      "Årets resultat                                         -78",
    );
  it("reads the Summa column as the year's, never a cost centre's (must fire)", () => {
    const lines = statement("Verksamhetens kostnader         -910      -2 150    -3 060");
    const out = sumColumnStatements(lines);
    expect(out?.[7]).toBe("Verksamhetens kostnader                             -3 060");
    const finance = financeOf(extractReport(lines));
    expect(finance).toEqual(
      expect.arrayContaining(["revenue_operating@2024/actual=2980000", "cost_operating@2024/actual=3060000"]),
    );
    expect(finance.filter((f) => f.endsWith("=910000") || f.endsWith("=2150000"))).toEqual([]);
  });
  it("leaves the table as written where the parts do not add up or a column is a year's or the budget (must not fire)", () => {
    expect(
      sumColumnStatements(statement("Verksamhetens kostnader         -910      -2 150    -3 100")),
    ).toBeUndefined();
    expect(
      sumColumnStatements(
        statement(
          "Verksamhetens kostnader         -910      -2 150    -3 060",
          "                              Budget      Utfall     Summa",
        ),
      ),
    ).toBeUndefined();
  });
  it("leaves a participants' table with a Summa column as written (must not fire)", () => {
    expect(
      sumColumnStatements([
        "Deltagare 2024",
        "                         Kvinnor     Män     Summa",
        "Inskrivna under året          61      40       101",
        "Nya under året                30      22        52",
      ]),
    ).toBeUndefined();
  });
});

describe("a fee table with the members as columns and a row per year", () => {
  const table = (caption: string, actual: string) =>
    report(
      caption,
      "",
      "                 Staten (FK+AF)   Region Västmo   Ravik   Norrby    Summa",
      actual,
      "Budget 2025               2 100           1 050     630      420    4 200",
    );
  const feesOf = (facts: AnyFact[]) =>
    facts
      .filter((f) => f.table === "member_contribution")
      .map((f) => `${f.year}/${f.basis}:${f.member}=${f.amount_sek}`);
  it("reads each row as its year's list (must fire)", () => {
    const fees = feesOf(
      extractReport(
        table("Medlemsbidrag, tkr", "Utfall 2024               2 000           1 000     600      400    4 000"),
      ),
    );
    expect(fees).toEqual(
      expect.arrayContaining([
        "2024/actual:Staten=2000000",
        "2024/actual:Region Västmo=1000000",
        "2024/actual:Ravik=600000",
        "2024/actual:Norrby=400000",
      ]),
    );
    expect(fees.filter((f) => f.startsWith("2024/") && f.endsWith("=2100000"))).toEqual([]);
  });
  it("reads nothing where the caption names no fees or the members do not add up (must not fire)", () => {
    const row = "Utfall 2024               2 000           1 000     600      400    4 000";
    expect(feesOf(extractReport(table("Deltagare per medlem", row)))).toEqual([]);
    const broken = feesOf(
      extractReport(
        table("Medlemsbidrag, tkr", "Utfall 2024               2 000           1 000     600      300    3 900"),
      ),
    );
    expect(broken.filter((f) => f.startsWith("2024/"))).toEqual([]);
  });
});

describe("a title naming a period of other years than the report's", () => {
  const doc = (period: string) => [
    "BILAGA 1",
    "till överenskommelse mellan Samordningsförbundet Ravik och Norrby kommun",
    period,
    "",
    "Förbundet som helhet 2024",
    "",
    "Deltagare, samtliga insatser ............... 180",
    "  kvinnor ................................. 100",
    "  män ...................................... 80",
    "Nya deltagare ............................... 77",
  ];
  it("names no part of the report's year: the year's outcomes are read (must fire)", () => {
    const counts = countsOf(extractReport(doc("avseende insatsen Bryggan, avtalsperiod 2025-01-01 – 2026-12-31")));
    expect(counts).toEqual(
      expect.arrayContaining([
        "förbundet:enrolled/all=180",
        "förbundet:enrolled/woman=100",
        "förbundet:enrolled/man=80",
        "förbundet:new/all=77",
      ]),
    );
  });
  it("still makes an interim report where the title names a part of the report's own year (must not fire)", () => {
    const counts = countsOf(extractReport(doc("Delårsrapport 2024-01-01 – 2024-08-31")));
    expect(counts.filter((c) => c.startsWith("förbundet:") && /=(180|77)$/.test(c))).toEqual([]);
  });
});

describe("a dot-leader row counting the whole federation ('Deltagare, samtliga insatser')", () => {
  it("is the year's enrolled (must fire)", () => {
    const counts = countsOf(
      extractReport(
        report(
          "Nyckeltal 2024",
          "Deltagare, samtliga insatser ............... 180",
          "  kvinnor ................................. 100",
          "  män ...................................... 80",
        ),
      ),
    );
    expect(counts).toEqual(expect.arrayContaining(["förbundet:enrolled/all=180", "förbundet:enrolled/woman=100"]));
  });
  it("is no federation count where the row names one intervention (must not fire)", () => {
    const counts = countsOf(
      extractReport(
        report(
          "Nyckeltal 2024",
          "Deltagare i insatsen Bryggan ............... 64",
          "  kvinnor .................................. 30",
          "  män ...................................... 34",
        ),
      ),
    );
    expect(counts.filter((c) => c.startsWith("förbundet:") && c.includes("enrolled"))).toEqual([]);
  });
});

describe("amounts marked D or K under a legend naming debit and credit", () => {
  const ledger = (legend: string, result: string) =>
    report(
      legend,
      "",
      "Resultaträkning 1 jan–31 dec 2024, kronor",
      "",
      "Post                          Not   Utfall 2024   D/K     Budget 2024",
      "Medlemsbidrag                 I       3 100 000    K        3 100 000",
      "Summa verksamhetens intäkter          3 100 000    K        3 100 000",
      "Summa verksamhetens kostnader  II     3 220 000    D        3 150 000",
      "Verksamhetens resultat                  120 000    D           50 000",
      "Finansiella intäkter                      1 000    K            1 000",
      result,
      "",
      "Not III  Eget kapital",
      "Ingående eget kapital 900 000 K, årets resultat 119 000 D, utgående eget kapital 781 000 K.",
    );
  const legend = "Kolumnen D/K anger debet (D, kostnad eller underskott) eller kredit (K, intäkt eller överskott).";
  it("signs a debit as a cost or a deficit and blanks the unmarked budget (must fire)", () => {
    const lines = ledger(legend, "Årets resultat                          119 000    D           49 000");
    const finance = financeOf(extractReport(lines));
    expect(finance).toEqual(
      expect.arrayContaining([
        "revenue_operating@2024/actual=3100000",
        "cost_operating@2024/actual=3220000",
        "operating_result@2024/actual=-120000",
        "result@2024/actual=-119000",
      ]),
    );
    expect(finance).not.toContain("result@2024/actual=119000");
    expect(debitCreditMarks(lines)?.at(-1)).toBe(
      "Ingående eget kapital 900 000  , årets resultat −119 000 , utgående eget kapital 781 000  .",
    );
  });
  it("leaves marks as written without the legend, or where the signed rows do not hold (must not fire)", () => {
    const noLegend = ledger(
      "Förbundets ekonomi i sammandrag.",
      "Årets resultat                          119 000    D           49 000",
    );
    expect(debitCreditMarks(noLegend)).toBeUndefined();
    expect(financeOf(extractReport(noLegend))).not.toContain("result@2024/actual=119000");
    const broken = debitCreditMarks(
      ledger(legend, "Årets resultat                          119 000    K           49 000"),
    );
    expect(broken?.slice(3, 15).join("\n")).not.toContain("-120 000");
  });
});

describe("a statement's heading naming the whole year, its unit after a comma", () => {
  const statement = (period: string) =>
    report(
      `Resultaträkning ${period}, tkr`,
      "",
      "Post                       Not   Utfall 2024",
      "Verksamhetens intäkter                 4 100",
      "Verksamhetens kostnader               -4 250",
      "Verksamhetens resultat                  -150",
      "Årets resultat                          -150",
    );
  it("is the year's statement (must fire)", () => {
    expect(financeOf(extractReport(statement("1 januari–31 december 2024")))).toEqual(
      expect.arrayContaining(["revenue_operating@2024/actual=4100000", "result@2024/actual=-150000"]),
    );
  });
  it("is no year's statement where the heading names half the year (must not fire)", () => {
    expect(financeOf(extractReport(statement("1 januari–30 juni 2024")))).not.toContain(
      "revenue_operating@2024/actual=4100000",
    );
  });
});

describe("a bulleted row under an unbulleted one in a list of figures", () => {
  const list = (women: string, men: string) =>
    report(
      "Bilaga 1 Deltagare 2024",
      "   Inskrivna under året                       160",
      `   – kvinnor                                  ${women}`,
      `   – män                                       ${men}`,
      "   Nya under året                              71",
    );
  it("is its part: the women and men of the year's enrolled (must fire)", () => {
    expect(countsOf(extractReport(list("90", "70")))).toEqual(
      expect.arrayContaining(["förbundet:enrolled/woman=90", "förbundet:enrolled/man=70"]),
    );
  });
  it("stores no genders that do not add up to the row above (must not fire)", () => {
    const counts = countsOf(extractReport(list("90", "60")));
    expect(counts.filter((c) => c.includes("woman") || c.includes("/man"))).toEqual([]);
  });
});
