/**
 * Stop 41's table rules, each with a shape it reads and the nearest one it must leave alone, in made-up
 * federations' words: a series of values for consecutive years on one line whose years a reading note
 * gives; a target interval's and a verdict's columns among a scorecard's outcome columns; a header of
 * outcome columns each naming its year; a deviation column with direction words; a scorecard naming no year.
 */
import { describe, expect, it } from "vitest";
import { seriesYears, yearSeries } from "../../loaders/extract/text/yearSeries.ts";
import { blankIntervalColumns } from "../../loaders/extract/text/intervalColumns.ts";
import { blankWordedDeviations } from "../../loaders/extract/text/wordedDeviations.ts";
import type { AnyFact } from "../helpers.ts";
import { documentFacts } from "../support/manifestEntry.ts";

const facts = (lines: string[], year = 2025) => documentFacts({ federation: "tjarnliden", year }, lines);
const counts = (fs: AnyFact[]) =>
  fs
    .filter((f) => f.table === "participant_count" && f.intervention === null)
    .map((f) => `${f.year}:${f.measure}/${f.gender}=${f.value}`)
    .sort();
const money = (fs: AnyFact[]) =>
  fs
    .filter((f) => f.table === "finance")
    .map((f) => `${f.year}:${f.basis}:${f.item}=${f.amount_sek}`)
    .sort();

describe("a series of values for consecutive years on one line, its years in a reading note", () => {
  const note = [
    "Samordningsförbundet Tjärnliden",
    "Fyra år i siffror, 2022–2025",
    "",
    "Raderna visar fyra värden i tidsordning, skilda åt med semikolon: 2022; 2023; 2024; 2025.",
    "Belopp i tkr.",
    "",
  ];
  const rows = [
    "Deltagare",
    "Inskrivna under året ........ 84; 90; 97; 103",
    "  varav kvinnor ............. 45; 49; 50; 58",
    "Avslutade under året ........ 31; 35; 40; 44",
    "",
    "Ekonomi (tkr)",
    "Verksamhetens intäkter: 5 120; 5 240; 5 390; 5 505",
    "Årets resultat: 64; -37; 12; -81",
  ];

  it("reads the years from a list of years or from a title's span and a note on the last value (must fire)", () => {
    expect(seriesYears(note, 2025)).toEqual([2022, 2023, 2024, 2025]);
    expect(
      seriesYears(["Nyckeltal 2021–2025", "", "Det sista värdet på varje rad, i tidsordning, gäller 2025."], 2025),
    ).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(seriesYears(["Värdena gäller åren 2023, 2024 och 2025, i den ordningen."], 2025)).toEqual([
      2023, 2024, 2025,
    ]);
  });

  it("sets each block in year columns, the years over its heading, and stores each year's value (must fire)", () => {
    const out = yearSeries([...note, ...rows], 2025)!;
    expect(out[6]).toMatch(/^Deltagare\s+2022\s+2023\s+2024\s+2025$/);
    expect(out[7]).toMatch(/^Inskrivna under året\s+84\s+90\s+97\s+103$/);
    expect(out[8]).toMatch(/^ {2}varav kvinnor\s+45\s+49\s+50\s+58$/);
    expect(out[13]).toMatch(/^Årets resultat\s+64\s+-37\s+12\s+-81$/);
    const fs = facts([...note, ...rows]);
    expect(counts(fs).filter((c) => c.startsWith("2025"))).toEqual([
      "2025:enrolled/all=103",
      "2025:enrolled/woman=58",
      "2025:exited/all=44",
    ]);
    expect(money(fs).filter((c) => c.startsWith("2025"))).toEqual([
      "2025:actual:result=-81000",
      "2025:actual:revenue_operating=5505000",
    ]);
  });

  it("never stores an earlier value of the series as the report year's (must not fire)", () => {
    const fs = facts([...note, ...rows]);
    const y2025 = counts(fs).filter((c) => c.startsWith("2025"));
    for (const v of [84, 90, 97, 45, 49, 50, 31, 35, 40]) expect(y2025.join(" ")).not.toMatch(new RegExp(`=${v}$`));
    expect(money(fs)).not.toContain("2025:actual:result=12000");
  });

  it("leaves the series as written with no note giving the years, or a note whose years end before the report's (must not fire)", () => {
    // No note: the count of values says nothing of which year each is.
    expect(yearSeries(["Nyckeltal", "", ...rows], 2025)).toBeUndefined();
    expect(counts(facts(["Samordningsförbundet Tjärnliden", "", ...rows])).filter((c) => c.startsWith("2025"))).toEqual(
      [],
    );
    // A note on values in order, whose years end the year before.
    const older = ["Raderna visar värden i tidsordning: 2021; 2022; 2023; 2024.", "", ...rows];
    expect(yearSeries(older, 2025)).toBeUndefined();
    // A note on a title's span whose last value is named as another year than the span's end.
    expect(
      seriesYears(["Nyckeltal 2021–2025", "", "Det sista värdet i tidsordning avser 2024."], 2025),
    ).toBeUndefined();
  });

  it("leaves a row of another count of values, and prose with semicolons, as written (must not fire)", () => {
    const lines = [...note, "Deltagare", "Inskrivna under året ........ 90; 97; 103", "Avslutade: 31; 35; 40; 44"];
    const out = yearSeries(lines, 2025)!;
    expect(out[7]).toBe("Inskrivna under året ........ 90; 97; 103");
    expect(counts(facts(lines)).filter((c) => c.startsWith("2025"))).toEqual(["2025:exited/all=44"]);
    const prose = [...note, "Vi mötte deltagarna; 12 av dem; i grupp 3; 4 och 5; varje vecka."];
    expect(yearSeries(prose, 2025)).toBeUndefined();
  });
});

describe("a target interval's and a verdict's columns among a scorecard's outcome columns", () => {
  const table = [
    "Samordningsförbundet Tjärnliden",
    "Nyckeltal 2025 med målintervall",
    "",
    "Deltagare                   Målspann   Utfall 2025   Bedömning    Utfall 2024",
    "Inskrivna under året         140–160           152   inom                 139",
    "Nya under året                 60–75            58   under                 63",
    "",
    "Ekonomi (tkr)               Målspann   Utfall 2025   Bedömning    Utfall 2024",
    "Årets resultat        −200 till −50           -75   inom                  112",
    "Eget kapital           1 200–1 600          1 311   inom                1 386",
  ];

  it("blanks the intervals and the verdicts, the interval's heading read as a target's (must fire)", () => {
    const out = blankIntervalColumns(table)!;
    expect(out[3]).toMatch(/^Deltagare\s+Mål\s+Utfall 2025\s+Utfall 2024$/);
    expect(out[4]).toMatch(/^Inskrivna under året\s+152\s+139$/);
    expect(out[8]).toMatch(/^Årets resultat\s+-75\s+112$/);
    // Every kept cell stays in its column.
    expect(out[4]!.indexOf("152")).toBe(table[4]!.indexOf("152"));
    const fs = facts(table);
    expect(counts(fs).filter((c) => c.startsWith("2025"))).toEqual(["2025:enrolled/all=152", "2025:new/all=58"]);
    expect(money(fs).filter((c) => c.startsWith("2025"))).toEqual([
      "2025:actual:equity_end=1311000",
      "2025:actual:result=-75000",
    ]);
  });

  it("never stores an interval's bound or last year's column as the year's (must not fire)", () => {
    const fs = facts(table);
    const y2025 = [...counts(fs), ...money(fs)].filter((c) => c.startsWith("2025"));
    for (const v of [
      "=140",
      "=160",
      "=60",
      "=75",
      "=139",
      "=63",
      "=-200000",
      "=-50000",
      "=1200000",
      "=1600000",
      "=112000",
    ])
      expect(y2025.some((c) => c.endsWith(v))).toBe(false);
  });

  it("leaves a table whose target column holds one value, or a verdict cell with a figure, as written (must not fire)", () => {
    const single = [
      ...table.slice(0, 4),
      "Inskrivna under året             150           152   inom                 139",
    ];
    expect(blankIntervalColumns(single)).toBeUndefined();
    const figure = [
      ...table.slice(0, 4),
      "Inskrivna under året         140–160           152   12 över              139",
    ];
    expect(blankIntervalColumns(figure)).toBeUndefined();
    // No outcome column: nothing to read beside the interval.
    expect(
      blankIntervalColumns(["Mått              Målspann   Bedömning", "Inskrivna         140–160   inom"]),
    ).toBeUndefined();
  });
});

describe("a header of outcome columns each naming its year", () => {
  it("reads each column as its year's (must fire)", () => {
    const lines = [
      "Samordningsförbundet Tjärnliden",
      "Nyckeltal",
      "",
      "Deltagare            Utfall 2025   Utfall 2024",
      "Inskrivna under året         152           139",
      "Avslutade under året          61            57",
    ];
    expect(counts(facts(lines))).toEqual([
      "2024:enrolled/all=139",
      "2024:exited/all=57",
      "2025:enrolled/all=152",
      "2025:exited/all=61",
    ]);
  });

  it("leaves a header with a year after the report's, or years not consecutive, unread (must not fire)", () => {
    const plan = [
      "Nyckeltal",
      "",
      "Deltagare            Utfall 2026   Utfall 2025",
      "Inskrivna under året         152           139",
    ];
    expect(counts(facts(plan))).toEqual([]);
    const gap = [
      "Nyckeltal",
      "",
      "Deltagare            Utfall 2025   Utfall 2022",
      "Inskrivna under året         152           139",
    ];
    expect(counts(facts(gap))).toEqual([]);
  });
});

describe("a deviation column written without a sign, a direction word after each number", () => {
  const report = [
    "Samordningsförbundet Tjärnliden",
    "Årsredovisning 2025",
    "",
    "Driftredovisning (tkr)         Budget     Utfall    Avvikelse",
    "Verksamhetens intäkter          6 400      6 455    55 gynnsam",
    "Verksamhetens kostnader         6 600      6 702    102 ogynnsam",
    "Finansiella intäkter                0          4    4 gynnsam",
    "Årets resultat                   -200       -243    43 ogynnsam",
  ];

  it("blanks the deviations, the budget and outcome columns read (must fire)", () => {
    const out = blankWordedDeviations(report)!;
    expect(out[3]).toBe("Driftredovisning (tkr)         Budget     Utfall");
    expect(out[4]).toBe("Verksamhetens intäkter          6 400      6 455");
    const fs = facts(report);
    expect(money(fs).filter((c) => /:(?:revenue_operating|cost_operating|result)=/.test(c))).toEqual([
      "2025:actual:cost_operating=6702000",
      "2025:actual:result=-243000",
      "2025:actual:revenue_operating=6455000",
      "2025:budget:cost_operating=6600000",
      "2025:budget:result=-200000",
      "2025:budget:revenue_operating=6400000",
    ]);
  });

  it("never stores a worded deviation as an amount of the year (must not fire)", () => {
    const fs = facts(report);
    for (const v of [55000, 102000, -102000, 43000, -43000])
      expect(money(fs).filter((c) => c.startsWith("2025:actual") && c.endsWith(`=${v}`))).toEqual([]);
  });

  it("leaves a deviation column holding a bare or signed figure, or no direction word at all, as written (must not fire)", () => {
    const bare = [...report.slice(0, 5), "Verksamhetens kostnader         6 600      6 702    102"];
    expect(blankWordedDeviations(bare)).toBeUndefined();
    const signed = [...report.slice(0, 5), "Verksamhetens kostnader         6 600      6 702    -102"];
    expect(blankWordedDeviations(signed)).toBeUndefined();
    const zeros = [report[3]!, "Medlemsbidrag                   6 400      6 400    0"];
    expect(blankWordedDeviations(zeros)).toBeUndefined();
    // A comment column is no deviation's, whatever its words.
    expect(
      blankWordedDeviations(["Post        Budget   Utfall   Kommentar", "Intäkter     6 400    6 455    55 gynnsam"]),
    ).toBeUndefined();
  });
});

describe('a scorecard naming no year: a target and the outcome ("Mål   Utfall")', () => {
  const card = (title: string) => [
    "Samordningsförbundet Tjärnliden",
    title,
    "",
    "Deltagare                 Mål    Utfall",
    "Inskrivna under året      150       147",
    "Avslutade under året       60        64",
  ];

  it("reads the outcome as the report year's, never the target (must fire)", () => {
    expect(counts(facts(card("Årsredovisning 2025")))).toEqual(["2025:enrolled/all=147", "2025:exited/all=64"]);
  });

  it("reads nothing in a report of part of the year, nor from a header of the target alone (must not fire)", () => {
    expect(counts(facts(card("Delårsrapport januari–augusti 2025")))).toEqual([]);
    const targetOnly = [
      "Samordningsförbundet Tjärnliden",
      "",
      "Deltagare                 Mål",
      "Inskrivna under året      150",
    ];
    expect(counts(facts(targetOnly))).toEqual([]);
  });
});

describe("an income statement and a balance sheet in account form, two sides on the same lines", () => {
  const statement = (title: string) => [
    "Samordningsförbundet Tjärnliden",
    "Årsredovisning 2025",
    "",
    `${title}                    (kronor)`,
    "",
    "KOSTNADER                                kr   INTÄKTER                                 kr",
    "Bidrag till insatser              4 120 000   Medlemsavgifter                   5 600 000",
    "Personal                          1 010 000   Övriga intäkter                      88 000",
    "                                 ----------                                    ----------",
    "Summa kostnader                   5 130 000   Summa intäkter                    5 688 000",
    "Årets överskott                     558 000",
    "                                 ==========                                    ==========",
    "Summa                             5 688 000   Summa                             5 688 000",
  ];

  it("reads each side under its own header through the rules, the year from the heading's words (must fire)", () => {
    const fs = money(facts(statement("RESULTATRÄKNING I KONTOFORM, RÄKENSKAPSÅRET 2025")));
    expect(fs).toContain("2025:actual:cost_operating=5130000");
    expect(fs).toContain("2025:actual:revenue_operating=5688000");
    expect(fs).toContain("2025:actual:result=558000");
  });

  it("never reads the balancing sum as revenue or cost, nor another year's heading as the report's (must not fire)", () => {
    const fs = money(facts(statement("RESULTATRÄKNING I KONTOFORM, RÄKENSKAPSÅRET 2025")));
    expect(fs.filter((c) => /:cost_operating=5688000$/.test(c))).toEqual([]);
    expect(fs.filter((c) => c.startsWith("2025:") && /=5688000$/.test(c))).toEqual([
      "2025:actual:revenue_operating=5688000",
    ]);
    // The heading names the year before: its figures are never the report year's.
    const older = money(facts(statement("RESULTATRÄKNING I KONTOFORM, RÄKENSKAPSÅRET 2024")));
    expect(older.filter((c) => c.startsWith("2025:"))).toEqual([]);
    // A heading whose words name no period of the statement stays unread as before.
    const plan = money(facts(statement("RESULTATRÄKNING I KONTOFORM, BUDGET 2025")));
    expect(plan.filter((c) => c.startsWith("2025:actual"))).toEqual([]);
  });
});

describe("members' fees a lead says were paid as budgeted", () => {
  const fees = (lead: string) => [
    "Samordningsförbundet Tjärnliden",
    "Årsredovisning 2025",
    "",
    `MEDLEMSBIDRAG. ${lead}`,
    "  Försäkringskassan och Arbetsförmedlingen    3 900",
    "  Region Tjärnmark                            1 950",
    "  Tjärnlidens kommun                          1 950",
  ];
  const contributions = (fs: AnyFact[]) =>
    fs
      .filter((f) => f.table === "member_contribution")
      .map((f) => `${f.year}:${f.basis}=${f.amount_sek}`)
      .sort();

  it("reads them as the year's paid fees (must fire)", () => {
    expect(contributions(facts(fees("Bidragen för 2025 betalades enligt budget (tkr):")))).toEqual([
      "2025:actual=1950000",
      "2025:actual=1950000",
      "2025:actual=3900000",
    ]);
  });

  it("leaves a budget's fees, and next year's to be paid as budgeted, a budget (must not fire)", () => {
    const budgeted = contributions(facts(fees("Budgeterade bidrag för 2025 (tkr):")));
    expect(budgeted.filter((c) => c.includes(":actual"))).toEqual([]);
    const next = contributions(facts(fees("Bidragen för 2026 betalas enligt budget (tkr):")));
    expect(next.filter((c) => c.includes(":actual"))).toEqual([]);
  });
});
