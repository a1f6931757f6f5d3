/**
 * Part of a year (an interim report, a "Jan–aug" column, "hittills i år"), goal tables (a target
 * column beside the outcome), a label column's title over a spreadsheet's rows and a two-word
 * destination column. Made-up federations throughout.
 */
import { describe, expect, it } from "vitest";
import { parseColumnHeader } from "../../loaders/extract/general/columnHeaders.ts";
import { namesPartOfYear } from "../../loaders/extract/general/partYear.ts";
import { readColumns } from "../../loaders/extract/general/parseParticipantTables.ts";
import { parseAnnualReport } from "../../loaders/extract/templates/kalmar/parseAnnualReport.ts";
import { docOf, type AnyFact } from "../helpers.ts";

const kinds = (text: string) =>
  parseColumnHeader(text)?.columns.map((c) => (c.kind === "amount" ? `${c.basis} ${c.year}` : c.kind)) ?? null;
const read = (lines: string[], year = 2024) => parseAnnualReport(docOf(lines, year)).facts as AnyFact[];
const counts = (facts: AnyFact[]) =>
  facts.filter((f) => f.table === "participant_count").map((f) => `${f.year}:${f.measure}/${f.gender}=${f.value}`);
const money = (facts: AnyFact[]) =>
  facts.filter((f) => f.table === "finance").map((f) => `${f.year}:${f.basis}:${f.item}=${f.amount_sek}`);

describe("part of a year", () => {
  it("is named by a month range, a date inside the year, or its own words", () => {
    for (const text of [
      "Delårsrapport januari–augusti 2025",
      "Jan–aug 2024",
      "perioden 1 januari till 31 augusti",
      "Eget kapital per den 30 april uppgick till 2 mnkr",
      "Per 2025-08-31 är det 2 572 tkr",
      "Hittills i år har 64 personer deltagit",
      "Tertialrapport 2 2025",
      "efter åtta månader",
      "Kvartalsrapport 3 2024",
      "Per kvartal skrevs i snitt 30 nya deltagare in",
      "Till och med oktober hade 40 deltagare avslutats",
      "t.o.m. september skrevs 31 nya deltagare in",
      "2025-01-01–2025-04-30",
      "Perioden 2025-01-01 -- 2025-08-31",
      "2024-07-01 till 2025-06-30",
    ])
      expect(namesPartOfYear(text), text).toBe(true);
  });

  it("is never a whole year, a month alone or a date on its own", () => {
    for (const text of [
      "Helår 2024",
      "januari–december 2024",
      "per den 31 december 2024",
      "Eget kapital per 2024-12-31",
      "Under juli startade insatsen",
      "Behandlad av styrelsen 2025-09-26",
      "Under året deltog 140 personer",
      "halvårsvis uppföljning",
      "Uppföljning av insatserna, kvartal för kvartal",
      "Statistiken redovisas kvartalsvis och månad för månad",
      "(till och med 30 juni 2024 Samordningsförbundet Norra Ekbygden)",
      "januari t.o.m. december",
      "till och med december avslutades 51 deltagare",
      "2025-01-01–2025-12-31",
      "Räkenskapsår 2025-01-01 -- 2025-12-31",
    ])
      expect(namesPartOfYear(text), text).toBe(false);
  });

  it("makes a header cell an unknown column; the full year's and the budget's columns stay", () => {
    expect(kinds("            Jan–apr 2025   Jan–apr 2024   Budget 2025   Helår 2024")).toEqual([
      "unknown",
      "unknown",
      "budget 2025",
      "actual 2024",
    ]);
  });

  it("reads a period from a month's first day to 31 December as that shortened year's column", () => {
    expect(kinds("              2025-01-01–2025-12-31     2024-05-01–2024-12-31")).toEqual([
      "actual 2025",
      "actual 2024",
    ]);
    expect(kinds("              2025-01-01 – 2025-12-31     2024-09-01 – 2024-12-31")).toEqual([
      "actual 2025",
      "actual 2024",
    ]);
  });

  it("keeps a period ending before 31 December, or starting mid-month, an unknown column (must not fire)", () => {
    expect(kinds("              2025-01-01–2025-12-31     2024-01-01–2024-08-31")).toEqual(["actual 2025", "unknown"]);
    expect(kinds("              2025-01-01–2025-12-31     2024-05-15–2024-12-31")).toEqual(["actual 2025", "unknown"]);
    expect(kinds("              2025-01-01–2025-12-31     2023-05-01–2024-12-31")).toEqual(["actual 2025", "unknown"]);
    // The same part of two years: a half-year's columns, never the years' accounts.
    expect(kinds("              2024-07-01–2024-12-31     2023-07-01–2023-12-31") ?? []).not.toContain("actual 2024");
  });

  const INTERIM = [
    "Samordningsförbundet Lövsjön",
    "Tertialrapport januari–april 2025",
    "",
    "Deltagare",
    "Under 2025 har 64 personer deltagit i insatserna och 21 har avslutats.",
    "Under helåret 2024 deltog 150 personer. Av dem var 70 nya under året.",
    "",
    "Resultaträkning i sammandrag (tkr)",
    "                 Jan–apr 2025   Jan–apr 2024   Budget 2025   Helår 2024",
    "Intäkter                2 300          2 240         6 900        6 720",
    "Kostnader              -2 050         -2 110        -7 100       -6 650",
    "Resultat                  250            130          -200           70",
  ];

  it("in an interim report: the earlier full year and the budget are read", () => {
    const facts = read(INTERIM, 2025);
    expect(counts(facts)).toEqual(expect.arrayContaining(["2024:enrolled/all=150", "2024:new/all=70"]));
    expect(money(facts)).toEqual(
      expect.arrayContaining([
        "2024:actual:revenue_operating=6720000",
        "2024:actual:result=70000",
        "2025:budget:cost_operating=7100000",
        "2025:budget:result=-200000",
      ]),
    );
  });

  it("in an interim report: nothing is the report's own year's outcome, nor a part-year column's", () => {
    const facts = read(INTERIM, 2025);
    expect(facts.filter((f) => f.year === 2025 && f.table !== "finance")).toEqual([]);
    expect(facts.filter((f) => f.table === "finance" && f.year === 2025 && f.basis === "actual")).toEqual([]);
    const partYear = [2300000, 2240000, 2050000, 2110000, 250000, 130000];
    expect(facts.filter((f) => f.table === "finance" && partYear.includes(Math.abs(Number(f.amount_sek))))).toEqual([]);
  });

  const QUARTERLY = [
    "Uppföljningsrapport 2024",
    "Samordningsförbundet Lövsjön",
    "Insatsernas resultat kvartal för kvartal",
    "",
    "Deltagare",
    "                          Kv 1    Kv 2    Kv 3    Kv 4    Helår 2024",
    "Inskrivna                   71      75      80      77           132",
    "Nya deltagare               20      18      22      19            79",
  ];

  it("a title that follows the year quarter by quarter is no interim report: the Helår column is read", () => {
    const facts = read(QUARTERLY);
    expect(counts(facts)).toEqual(expect.arrayContaining(["2024:enrolled/all=132", "2024:new/all=79"]));
    expect(
      facts.filter(
        (f) => f.table === "participant_count" && [71, 75, 80, 77, 20, 18, 22, 19].includes(Number(f.value)),
      ),
    ).toEqual([]);
  });

  it("a title with the year broken down 'per kvartal' is no interim report either", () => {
    const facts = read(
      QUARTERLY.map((l) => l.replace("Insatsernas resultat kvartal för kvartal", "Statistik per kvartal")),
    );
    expect(counts(facts)).toContain("2024:enrolled/all=132");
  });

  it("a title naming one quarter is an interim report: not even its year column is the year's", () => {
    const facts = read(QUARTERLY.map((l) => l.replace("kvartal för kvartal", "kvartal 4")));
    expect(facts.filter((f) => f.table === "participant_count" && f.year === 2024)).toEqual([]);
  });

  it("in an annual report: a sentence about part of the year stores no count; one about the year does", () => {
    const facts = read([
      "Samordningsförbundet Lövsjön",
      "Verksamhetsberättelse 2024",
      "",
      "Hittills i år har 64 personer deltagit i förbundets insatser.",
      "",
      "Under året deltog 131 personer i förbundets insatser.",
    ]);
    expect(counts(facts)).toContain("2024:enrolled/all=131");
    expect(facts.filter((f) => f.table === "participant_count" && f.value === 64)).toEqual([]);
  });
});

describe("goal tables", () => {
  const GOALS = [
    "Samordningsförbundet Lövsjön",
    "Verksamhetsberättelse 2024",
    "",
    "Under året avslutades 80 deltagare i förbundets insatser, varav 20 till arbete och 10 till studier.",
    "",
    "Måluppfyllelse",
    "",
    "Indikator                                     Målvärde 2024   Utfall 2024   Uppfyllt",
    "Andel till arbete eller studier (%)           40              37,5          Nej",
    "Andel med positiv stegförflyttning (%)        55              61,0          Ja",
  ];

  it("reads a rate in the outcome column, with the year's exits as its base", () => {
    const rates = read(GOALS).filter((f) => f.table === "indicator");
    expect(rates.map((f) => `${f.year}:${f.indicator}=${f.value}/${f.n}@${f.line}`)).toContain(
      "2024:work_or_studies_rate_reported=37.5/80@9",
    );
  });

  it("never reads the target column, nor a table with no outcome column", () => {
    const facts = read(GOALS);
    expect(facts.filter((f) => f.table === "indicator" && [40, 55].includes(Number(f.value)))).toEqual([]);
    const targetsOnly = read([
      ...GOALS.slice(0, 7),
      "Indikator                                     Målvärde 2024   Målvärde 2025",
      "Andel till arbete eller studier (%)           40              42",
    ]);
    expect(targetsOnly.filter((f) => f.table === "indicator")).toEqual([]);
  });

  it("leaves a rate whose outcome cell is empty unread", () => {
    const facts = read([
      ...GOALS.slice(0, 7),
      "Indikator                                     Målvärde 2024   Utfall 2024   Uppfyllt",
      "Andel till arbete eller studier (%)           40                            Nej",
    ]);
    expect(facts.filter((f) => f.table === "indicator")).toEqual([]);
  });
});

describe("a spreadsheet's header", () => {
  it("passes over the label column's title in its own cell", () => {
    expect(kinds("Post          Budget 2024   Utfall 2024   Avvikelse")).toEqual([
      "budget 2024",
      "actual 2024",
      "unknown",
    ]);
  });

  it("keeps a header whose first word is no title unread", () => {
    expect(kinds("Lokaler       Budget 2024   Utfall 2024")).toBeNull();
  });

  it("reads a two-word destination column after the exits ('Annat avslut')", () => {
    expect(
      readColumns(["Avslutade|Arbete|Studier|Annat avslut".replace(/\|/g, " ")])?.map((c) => c.exit ?? c.measure),
    ).toEqual(["exited", "work", "studies", "other_exit"]);
  });

  it("does not take a destination's word and the next column's word for one phrase", () => {
    // "Studier" alone is a destination: "Studier Annat" is not one column, so "avslut" is not a second exits column.
    expect(readColumns(["Avslutade Studier Annat avslut"])?.map((c) => c.exit ?? c.measure)).toEqual([
      "exited",
      "studies",
      "other_exit",
    ]);
  });
});

describe("a members' table with inhabitants and the municipalities' shares", () => {
  const MEMBERS = [
    "Samordningsförbundet Lövsjön",
    "Årsredovisning 2024",
    "",
    "Medlemsbidrag 2024",
    "Medlem               Invånare 1 nov 2023   Andel av kommunernas del (%)   Bidrag 2024 (kr)",
    "Staten                                                                          3 000 000",
    "Region Lövsjön                                                                  1 500 000",
    "Åby kommun                        9 000                             75          1 125 000",
    "Byns kommun                       3 100                             25            375 000",
    "Summa                            12 100                            100          6 000 000",
  ];
  const contributions = (facts: AnyFact[]) =>
    facts.filter((f) => f.table === "member_contribution").map((f) => `${f.member}=${f.amount_sek}`);

  it("reads the amount column; the inhabitants' column is an unknown column", () => {
    expect(kinds("Medlem   Invånare 1 nov 2023   Andel av kommunernas del (%)   Bidrag 2024 (kr)")).toEqual([
      "unknown",
      "share",
      "actual 2024",
    ]);
    expect(contributions(read(MEMBERS))).toEqual([
      "Staten=3000000",
      "Region Lövsjön=1500000",
      "Åby kommun=1125000",
      "Byns kommun=375000",
    ]);
  });

  it("never stores inhabitants or a share as an amount", () => {
    const amounts = read(MEMBERS)
      .filter((f) => f.table === "member_contribution")
      .map((f) => Number(f.amount_sek));
    for (const v of [9000, 3100, 12100, 75, 25, 100]) expect(amounts).not.toContain(v);
  });

  it("keeps a municipality unread whose share fits neither the total nor the municipalities' sum", () => {
    const wrong = MEMBERS.map((l) => l.replace("          75          1 125 000", "          60          1 125 000"));
    const got = contributions(read(wrong));
    expect(got).not.toContain("Åby kommun=1125000");
    expect(got).toContain("Staten=3000000");
  });
});

describe("a sentence going on about part of a year", () => {
  it("stores no count from the sentence after one naming part of the year, in the same paragraph", () => {
    const facts = read([
      "Samordningsförbundet Tallby",
      "Årsredovisning 2024",
      "",
      "Deltagare",
      "Under perioden januari–augusti var 151 personer inskrivna, varav 63 nya. 48 avslutades.",
    ]);
    expect(counts(facts)).toEqual([]);
  });

  it("must fire: a sentence naming the whole year, or a new paragraph, is the year's again", () => {
    const facts = read([
      "Samordningsförbundet Tallby",
      "Årsredovisning 2024",
      "",
      "Deltagare",
      "Under perioden januari–augusti var 151 personer inskrivna. Under 2024 avslutades 92 deltagare.",
      "",
      "Totalt deltog 212 personer i förbundets insatser under 2024.",
    ]);
    expect(counts(facts)).toEqual(["2024:exited/all=92", "2024:enrolled/all=212"]);
  });
});

describe("the year's last tertial report, whose title states the whole year as its period", () => {
  const report = (period: string) => [
    "Samordningsförbundet Lövsjön",
    "Tertialrapport 3 2024",
    period,
    "",
    "Medlemsbidrag 2024, tkr",
    "Region Lövsjön                      1 200",
    "Lövsjö kommun                       1 200",
    "Summa                               2 400",
  ];
  const fees = (facts: ReturnType<typeof read>) => facts.filter((f) => f.table === "member_contribution");

  it("is no interim report: the year's figures are the year's ('2024-01-01 – 2024-12-31', 'januari–december')", () => {
    expect(fees(read(report("Perioden 2024-01-01 – 2024-12-31 (helårsuppföljning)")))).toHaveLength(2);
    expect(fees(read(report("Period: januari–december 2024")))).toHaveLength(2);
  });

  it("stays an interim report where the period is part of the year or the whole year is only forecast (must not fire)", () => {
    expect(fees(read(report("Perioden 2024-01-01 – 2024-08-31")))).toEqual([]);
    expect(fees(read(report("Januari–augusti med prognos för helåret")))).toEqual([]);
  });

  it("stays an interim report beside a comparison with another year or a forecast of the year (must not fire)", () => {
    const interim = (line: string) => [
      "Samordningsförbundet Lövsjön",
      "Delårsrapport januari–augusti 2024",
      line,
      ...report("").slice(3),
    ];
    expect(fees(read(interim("Jämförelse med januari–december 2023")))).toEqual([]);
    expect(fees(read(interim("Helårsrapport 2023 som jämförelse")))).toEqual([]);
    expect(fees(read(interim("Prognos januari–december 2024")))).toEqual([]);
  });
});
