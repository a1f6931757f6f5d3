/**
 * Stop 36's table rules, each with a shape it reads and the nearest one it must leave alone, in made-up
 * federations' words: a cross-table's corner cell ("Rad \ Kolumn"), an exit table with no total row
 * placed by its destinations' sum.
 */
import { describe, expect, it } from "vitest";
import { blankCornerLabels } from "../../loaders/extract/text/cornerLabels.ts";
import { blankBracketedCells } from "../../loaders/extract/text/bracketedCells.ts";
import { datedStatementColumns } from "../../loaders/extract/text/unlabelledYearColumns.ts";
import { readYearHeader } from "../../loaders/extract/general/parseMultiYearTables.ts";
import { OTHER_EXIT_ROW } from "../../loaders/extract/general/exitRowLabel.ts";
import type { AnyFact } from "../helpers.ts";
import { documentFacts } from "../support/manifestEntry.ts";

const federationFacts = (lines: string[], year = 2025) =>
  documentFacts({ federation: "myrholm", year }, lines).filter(
    (f) => (f.table === "participant_count" || f.table === "participant_breakdown") && f.intervention === null,
  );
const brief = (facts: AnyFact[]) =>
  facts
    .map((f) => `${f.year}:${f.table === "participant_count" ? `${f.measure}/${f.gender}` : f.category}=${f.value}`)
    .sort();

describe("a cross-table's corner cell naming its two dimensions", () => {
  it("is blanked space for character, every other cell kept in its column (must fire)", () => {
    const lines = ["Rad \\ Kolumn          Kvinnor   Män   Totalt", "Inskrivna under året       40    31       71"];
    const out = blankCornerLabels(lines)!;
    expect(out[0]).toBe("                      Kvinnor   Män   Totalt");
    expect(out[0]!.length).toBe(lines[0]!.length);
    expect(out[1]).toBe(lines[1]);
    // The rows' side kept where it titles them as the exits' destinations.
    expect(blankCornerLabels(["Avslutsorsak \\ Kön     Kvinnor   Män", "Arbete              4     5"])![0]).toBe(
      "Avslutsorsak           Kvinnor   Män",
    );
    // In a Markdown table, past a rule, the pipes kept.
    const md = blankCornerLabels(["| Mått \\ Kön | Kvinnor | Män |", "|---|---:|---:|", "| Nya | 12 | 9 |"])!;
    expect(md[0]).toBe("|            | Kvinnor | Män |");
  });

  it("leaves a backslash that heads no table: a path, a line with figures, no row of figures below (must not fire)", () => {
    expect(blankCornerLabels(["Filen ligger i G:\\Ekonomi\\2025   Kvinnor   Män", "Se bilagan."])).toBeUndefined();
    expect(blankCornerLabels(["Avslut \\ Kön   12   14", "Arbete   4   5"])).toBeUndefined();
    expect(blankCornerLabels(["Rad \\ Kolumn    Kvinnor    Män", "", "Svaren redovisas i bilagan."])).toBeUndefined();
    // A slash names a column ("Kvinnor/Män"); only "Rad/Kolumn" itself is a corner.
    expect(blankCornerLabels(["Kvinnor/Män        2025     2024", "Inskrivna   97/85   88/83"])).toBeUndefined();
    expect(blankCornerLabels(["Rad/Kolumn     Kvinnor   Män", "Nya            12     9"])![0]).toBe(
      "               Kvinnor   Män",
    );
    // One cell after it is no header of columns.
    expect(blankCornerLabels(["Svar \\ Kön    Alla", "Nöjd   41"])).toBeUndefined();
  });

  /** A survey tool's summary for the whole federation, its tables set apart by rules, as the probe's. */
  const survey = (destinations: string[]) => [
    "Samordningsförbundet Myrholm",
    "Uppföljningsenkät till insatserna – sammanställning för hela förbundet, verksamhetsåret 2025",
    "Källa: förbundets webbenkät. Svaren från förbundets tre insatser är summerade av kansliet.",
    "",
    "--------------------------------------------------",
    "Fråga 2. Antal deltagare 2025, summa för förbundets insatser",
    "--------------------------------------------------",
    "Rad \\ Kolumn            Kvinnor    Män    Totalt",
    "Inskrivna under året        52      47        99",
    "Nya under året              30      21        51",
    "Avslutade under året        27      22        49",
    "",
    "--------------------------------------------------",
    "Fråga 3. Avslutade deltagare 2025 efter vart de gick",
    "--------------------------------------------------",
    "Avslut \\ Kön             Kvinnor    Män    Totalt",
    ...destinations,
  ];
  const DESTINATIONS = [
    "Arbete                         9       8        17",
    "Studier                        5       3         8",
    "Fortsatt rehabilitering        8       6        14",
    "Annat                          5       5        10",
  ];

  it("lets the survey's cross-tables read as the federation's, the exit table by its destinations' sum (must fire)", () => {
    expect(brief(federationFacts(survey(DESTINATIONS)))).toEqual(
      [
        "2025:enrolled/all=99",
        "2025:enrolled/woman=52",
        "2025:enrolled/man=47",
        "2025:new/all=51",
        "2025:new/woman=30",
        "2025:new/man=21",
        "2025:exited/all=49",
        "2025:exited/woman=27",
        "2025:exited/man=22",
        "2025:work=17",
        "2025:studies=8",
        "2025:continued_rehab=14",
        "2025:other_exit=10",
      ].sort(),
    );
  });

  it("places an exit table with no total row only where its destinations add up to the year's exits (must not fire)", () => {
    // 17 + 8 + 10 = 35, not the 49 exits: whose these are is unknown.
    const facts = brief(federationFacts(survey(DESTINATIONS.filter((d) => !d.startsWith("Fortsatt")))));
    expect(facts.filter((f) => !f.includes("/"))).toEqual([]);
    expect(facts).toContain("2025:exited/all=49");
    // Under a caption naming last year, a sum that happens to be this year's exits places nothing.
    const lastYear = survey(DESTINATIONS).map((l) => l.replace("Avslutade deltagare 2025", "Avslutade deltagare 2024"));
    expect(brief(federationFacts(lastYear)).filter((f) => !f.includes("/"))).toEqual([]);
  });
});

describe("a statement whose year header was lost, its column order proven by the equity identities", () => {
  const income = (first: string[], second: string[]) => [
    "RESULTATRÄKNING",
    "                                   Not",
    `Verksamhetens intäkter              1   ${first[0]!.padStart(12)}   ${second[0]!.padStart(12)}`,
    `Verksamhetens kostnader             2   ${first[1]!.padStart(12)}   ${second[1]!.padStart(12)}`,
    `Årets resultat                          ${first[2]!.padStart(12)}   ${second[2]!.padStart(12)}`,
  ];
  const balance = (rows: [string, string, string][]) => [
    "BALANSRÄKNING",
    "                                   Not",
    ...rows.map(([label, a, b]) => `${label.padEnd(40)}${a.padStart(12)}   ${b.padStart(12)}`),
  ];
  const doc = (...parts: string[][]) => [
    "Samordningsförbundet Myrholm – årsredovisning 2025",
    "",
    ...parts.flatMap((p) => [...p, ""]),
  ];
  /** The years the rewrite set on a line, in order. */
  const yearsOn = (line: string | undefined) => (line?.match(/\b20\d\d\b/g) ?? []).map(Number);

  // First column the later year: its opening equity (1 200 000) is the second column's closing.
  const FIRST_LATER = doc(
    income(["4 100 000", "-4 000 000", "100 000"], ["3 900 000", "-3 950 000", "-50 000"]),
    balance([
      ["Summa tillgångar", "1 650 000", "1 580 000"],
      ["Ingående eget kapital", "1 200 000", "1 250 000"],
      ["Årets resultat", "100 000", "-50 000"],
      ["Summa eget kapital", "1 300 000", "1 200 000"],
    ]),
  );

  it("sets the report's year over the column whose opening equity is the other's closing (must fire)", () => {
    const out = datedStatementColumns(FIRST_LATER, 2025)!;
    // The income statement's "Not" line and the balance sheet's, each with 2025 then 2024.
    expect(yearsOn(out[3])).toEqual([2025, 2024]);
    expect(yearsOn(out[9])).toEqual([2025, 2024]);
    // Each year ends where its column's amounts end.
    expect(out[3]!.indexOf("2025") + 4).toBe(out[4]!.indexOf("4 100 000") + 9);
    expect(out[3]!.length).toBe(out[4]!.length);
  });

  it("reads the later year last where the identities say so, and the whole extraction stores it (must fire)", () => {
    const lines = doc(
      income(["3 900 000", "-3 950 000", "-50 000"], ["4 100 000", "-4 000 000", "100 000"]),
      balance([
        ["Summa tillgångar", "1 580 000", "1 650 000"],
        ["Eget kapital vid årets början", "1 250 000", "1 200 000"],
        ["Årets resultat", "-50 000", "100 000"],
        ["Summa eget kapital", "1 200 000", "1 300 000"],
      ]),
    );
    expect(yearsOn(datedStatementColumns(lines, 2025)![3])).toEqual([2024, 2025]);
    const finance = documentFacts({ federation: "myrholm", year: 2025 }, lines).filter(
      (f) => f.table === "finance" && f.year === 2025 && f.basis === "actual",
    );
    const items = new Map(finance.map((f) => [f.item as string, f.amount_sek as number]));
    expect(items.get("revenue_operating")).toBe(4100000);
    expect(items.get("result")).toBe(100000);
    expect(items.get("equity_end")).toBe(1300000);
    expect(finance.some((f) => f.amount_sek === 3900000 || (f.amount_sek === 1200000 && f.item === "equity_end"))).toBe(
      false,
    );
  });

  it("passes over a group's heading with its note number alone ('Eget kapital   3') (must fire)", () => {
    const lines = FIRST_LATER.flatMap((l) =>
      l.startsWith("Ingående eget kapital") ? ["Eget kapital                            3", l] : [l],
    );
    expect(yearsOn(datedStatementColumns(lines, 2025)![9])).toEqual([2025, 2024]);
  });

  it("passes over a page's number between the rows (must fire)", () => {
    const paged = FIRST_LATER.flatMap((l) => (l.startsWith("Årets resultat  ") ? ["", "Sida 5 av 12", "", l] : [l]));
    const out = datedStatementColumns(paged, 2025)!;
    expect(yearsOn(out[3])).toEqual([2025, 2024]);
  });

  it("reads a negative amount in brackets as the statement readers do (must fire)", () => {
    const bracketed = FIRST_LATER.map((l) => l.replace(/-50 000/g, "(50 000)").replace(/-4 000 000/, "(4 000 000)"));
    expect(bracketed.some((l) => l.includes("(50 000)"))).toBe(true);
    const out = datedStatementColumns(bracketed, 2025)!;
    expect(yearsOn(out[3])).toEqual([2025, 2024]);
    expect(yearsOn(out[9])).toEqual([2025, 2024]);
  });

  it("proves the order by the closing equities' difference where no opening equity stands (must fire)", () => {
    const lines = doc(
      income(["4 100 000", "-4 000 000", "100 000"], ["3 900 000", "-3 950 000", "-50 000"]),
      balance([
        ["Summa tillgångar", "1 650 000", "1 580 000"],
        ["Eget kapital", "1 300 000", "1 200 000"],
        ["Kortfristiga skulder", "350 000", "380 000"],
      ]),
    );
    expect(yearsOn(datedStatementColumns(lines, 2025)![3])).toEqual([2025, 2024]);
  });

  it("leaves a statement alone where nothing proves the order, or its header names years or a basis (must not fire)", () => {
    // An income statement alone: each column adds up, neither is tied to a year.
    expect(
      datedStatementColumns(
        doc(income(["4 100 000", "-4 000 000", "100 000"], ["3 900 000", "-3 950 000", "-50 000"])),
        2025,
      ),
    ).toBeUndefined();
    // The roll fails both ways (the opening equity is neither column's closing).
    const broken = doc(
      income(["4 100 000", "-4 000 000", "100 000"], ["3 900 000", "-3 950 000", "-50 000"]),
      balance([
        ["Ingående eget kapital", "1 210 000", "1 250 000"],
        ["Årets resultat", "100 000", "-50 000"],
        ["Summa eget kapital", "1 310 000", "1 200 000"],
      ]),
    );
    expect(datedStatementColumns(broken, 2025)).toBeUndefined();
    // The header names its years, or a basis ("Budget  Utfall"): read as written by the statement readers.
    const withYears = FIRST_LATER.map((l) => (l.trim() === "Not" ? `${l}        2025           2024` : l));
    expect(datedStatementColumns(withYears, 2025)).toBeUndefined();
    const withBasis = FIRST_LATER.map((l) => (l.trim() === "Not" ? `${l}      Budget         Utfall` : l));
    expect(datedStatementColumns(withBasis, 2025)).toBeUndefined();
    // A document that never names the report's year.
    expect(datedStatementColumns(FIRST_LATER.slice(1), 2025)).toBeUndefined();
    // A half-year's report: its later column is no year's accounts.
    const interim = ["Delårsrapport januari–juni 2025", ...FIRST_LATER.slice(1)];
    expect(datedStatementColumns(interim, 2025)).toBeUndefined();
  });

  it("reads a note number set one space before a negative amount, never before a positive one", () => {
    const glued = FIRST_LATER.map((l) =>
      l.startsWith("Verksamhetens kostnader") ? l.replace("2   ", "  2 ").replace(/ {2}2 {2,}(?=-)/, "  2 ") : l,
    );
    const cost = glued.find((l) => l.startsWith("Verksamhetens kostnader"))!;
    expect(cost).toMatch(/ 2 -4 000 000/);
    // Must fire: the income statement is still dated (its result row ties it).
    expect(yearsOn(datedStatementColumns(glued, 2025)![3])).toEqual([2025, 2024]);
    // Must not fire on the income statement: "1 4 100 000" may be a note and an amount or one number.
    const positive = glued.map((l) =>
      l.startsWith("Verksamhetens intäkter") ? l.replace(/1 {2,}(?=4 100 000)/, "1 ") : l,
    );
    expect(positive.find((l) => l.startsWith("Verksamhetens intäkter"))).toMatch(/ 1 4 100 000/);
    expect(yearsOn(datedStatementColumns(positive, 2025)?.[3])).toEqual([]);
  });

  it("dates the income statement only where its result ties it to the balance sheet's columns (must not fire)", () => {
    const lines = doc(
      income(["4 100 000", "-4 000 000", "90 000"], ["3 900 000", "-3 950 000", "-50 000"]),
      balance([
        ["Ingående eget kapital", "1 200 000", "1 250 000"],
        ["Årets resultat", "100 000", "-50 000"],
        ["Summa eget kapital", "1 300 000", "1 200 000"],
      ]),
    );
    const out = datedStatementColumns(lines, 2025)!;
    expect(yearsOn(out[3])).toEqual([]);
    expect(yearsOn(out[9])).toEqual([2025, 2024]);
  });
});

describe("target groups as columns beside a total counting each person once", () => {
  const matrix = (total: string, rows: string[]) => [
    "Samordningsförbundet Myrholm",
    "Verksamhetsberättelse 2025",
    "",
    "Deltagare per målgrupp",
    "",
    `                          Unga 18–29   Sjukskrivna   Nyanlända   ${total}`,
    ...rows,
  ];
  const ROWS = [
    "Deltagare under året              44            61          35        122",
    "varav kvinnor                     20            40          15         68",
    "varav män                         24            21          20         54",
    "Avslutade under året              18            25          12         47",
  ];

  it("reads the unique total as the federation's, the groups overlapping (must fire)", () => {
    for (const total of ["Totalt (unika)", "Unika personer", "Totalt antal unika"])
      expect(brief(federationFacts(matrix(total, ROWS)))).toEqual(
        ["2025:enrolled/all=122", "2025:enrolled/woman=68", "2025:enrolled/man=54", "2025:exited/all=47"].sort(),
      );
    // A word of something else beside "unika" is no such total.
    expect(brief(federationFacts(matrix("Unika insatser", ROWS)))).toEqual([]);
  });

  it("reads a header stacked over two lines, '(unika)' under the total (must fire)", () => {
    const lines = matrix("Totalt", ROWS);
    lines[5] = "                          Unga         Långtids-     Ny-         Totalt";
    lines.splice(6, 0, "                          18–29        sjukskrivna   anlända     (unika)");
    expect(brief(federationFacts(lines))).toContain("2025:enrolled/all=122");
  });

  it("reads a header stacked over three lines and 'Antal kvinnor' rows (must fire)", () => {
    const lines = [
      "Samordningsförbundet Myrholm",
      "Verksamhetsberättelse 2025",
      "",
      "                          Unga        Personer med    Samtliga",
      "                          16–29 år    ekonomiskt      deltagare",
      "                                      bistånd         (unika)",
      "Antal deltagare totalt        61             74            120",
      "Antal kvinnor                 29             40             62",
      "Antal män                     32             34             58",
    ];
    expect(brief(federationFacts(lines))).toEqual(
      ["2025:enrolled/all=120", "2025:enrolled/woman=62", "2025:enrolled/man=58"].sort(),
    );
    // Under no count of participants (a staff table), "Antal kvinnor" is no participant row.
    const staff = [
      "Samordningsförbundet Myrholm",
      "Årsredovisning 2025",
      "",
      "Nyckeltal                      2025        2024",
      "Antal anställda (årsarbetare)     3           3",
      "Antal kvinnor                     2           2",
      "Antal män                         1           1",
    ];
    expect(brief(federationFacts(staff))).toEqual([]);
    // A figure among the lower lines (no group's ages): no header.
    const figure = lines.map((l) => l.replace("bistånd  ", "bistånd 3"));
    expect(brief(federationFacts(figure))).toEqual([]);
  });

  it("stores nothing where a group exceeds the total, or the groups fall short of it, or the total is a plain sum (must not fire)", () => {
    // A group larger than the whole: the total is no unique count of these groups.
    const over = ROWS.map((r) => r.replace("61          35        122", "61         135        122"));
    expect(brief(federationFacts(matrix("Totalt (unika)", over))).some((f) => f.includes("enrolled/all"))).toBe(false);
    // Groups that do not cover the whole (44 + 61 + 35 = 140 < 150).
    const short = ROWS.map((r) => r.replace("35        122", "35        150"));
    expect(brief(federationFacts(matrix("Totalt (unika)", short))).some((f) => f.includes("enrolled/all"))).toBe(false);
    // "Totalt" with no word of unique persons: the named columns must add up, and these do not.
    expect(brief(federationFacts(matrix("Totalt", ROWS)))).toEqual([]);
  });

  it("leaves a group's column alone: no group's figure is ever the federation's (must not fire)", () => {
    const values = brief(federationFacts(matrix("Totalt (unika)", ROWS))).map((f) => Number(f.split("=")[1]));
    for (const v of [44, 61, 35, 20, 40, 15, 24, 21, 18, 25, 12, 140]) expect(values).not.toContain(v);
  });
});

describe("year columns each written with the word 'år' before the year", () => {
  const table = (upper: string, lower: string) => [
    "Samordningsförbundet Myrholm",
    "Årsredovisning 2025",
    "",
    "Deltagare i förbundets insatser",
    "",
    upper,
    lower,
    "Inskrivna under året                        203            188",
    "  varav kvinnor                             112            101",
    "Avslutade deltagare                         109            102",
  ];

  it("reads 'år 2025   år 2024' under 'Antal   Antal' as the years' columns (must fire)", () => {
    const facts = brief(
      federationFacts(
        table(
          "                                          Antal          Antal",
          "Deltagare                               år 2025        år 2024",
        ),
      ),
    );
    expect(facts).toEqual(
      expect.arrayContaining(["2025:enrolled/all=203", "2024:enrolled/all=188", "2025:exited/all=109"]),
    );
    expect(facts).not.toContain("2025:enrolled/all=188");
  });

  it("leaves one 'år 2025' and a mixed line as written: no column of a year is made up (must not fire)", () => {
    const readYears = (line: string) => readYearHeader(line, 1, { federationId: "myrholm", periodYear: 2025 })?.years;
    expect(readYears("Deltagare                               år 2025        år 2024")).toEqual([2025, 2024]);
    // One year cell with its word: no second year to blank for.
    expect(readYears("Deltagare                               år 2025")).not.toEqual([2025, 2024]);
    // Running text naming two years is no header.
    expect(readYears("Under år 2025 ökade antalet jämfört med år 2024 och året innan.")).toBeUndefined();
  });
});

describe("an exit table by year whose cells carry their share in brackets, closed by a total", () => {
  const table = (total: string) => [
    "Samordningsförbundet Myrholm",
    "Årsredovisning 2025",
    "",
    "Avslutade deltagare",
    // The caption's last words alone on a line ("av samtliga avslutade.") once made the year header a row.
    "Tabellen visar vart deltagarna gick när de avslutade en insats, antal och andel",
    "av samtliga avslutade.",
    "",
    "Avslutade till                        2025             2024",
    "Arbete                             19 (26 %)        14 (21 %)",
    "Studier                             9 (12 %)        11 (16 %)",
    "Fortsatt rehabilitering            18 (25 %)        20 (29 %)",
    "Annat                              27 (37 %)        23 (34 %)",
    total,
  ];

  it("reads each year's total as its exits and the destinations with it (must fire)", () => {
    const facts = brief(federationFacts(table("Summa                             73 (100 %)       68 (100 %)")));
    expect(facts).toEqual(
      [
        "2025:exited/all=73",
        "2024:exited/all=68",
        "2025:work=19",
        "2024:work=14",
        "2025:studies=9",
        "2024:studies=11",
        "2025:continued_rehab=18",
        "2024:continued_rehab=20",
        "2025:other_exit=27",
        "2024:other_exit=23",
      ].sort(),
    );
  });

  it("stores nothing where the total is not the destinations' sum, and never the years as counts (must not fire)", () => {
    const facts = brief(federationFacts(table("Summa                             75 (100 %)       68 (100 %)")));
    expect(facts).toEqual([]);
    // The header's years are no row of counts (an intervention "Avslutade till" with 2025 and 2024),
    // nor is the next year's total the report year's exits.
    for (const total of ["", "Summa                             73 (100 %)       68 (100 %)"]) {
      const counts = documentFacts({ federation: "myrholm", year: 2025 }, table(total)).filter(
        (f) => f.table === "participant_count",
      );
      expect(counts.map((f) => f.value)).not.toContain(2025);
      expect(counts.map((f) => f.value)).not.toContain(2024);
      expect(counts.filter((f) => f.year === 2025).map((f) => f.value)).not.toContain(68);
    }
  });
});

describe("a header whose first cell titles its rows as groups ('Avslutade efter målgrupp')", () => {
  const table = (last: string) => [
    "Samordningsförbundet Myrholm",
    "Verksamhetsberättelse 2025",
    "",
    "Avslutade efter målgrupp           Avslutade   Till arbete   Till studier",
    "Unga vuxna 18–29 år                       24             7              6",
    "Långtidssjukskrivna                       21             3              1",
    "Utrikes födda                             18             5              2",
    last,
  ];

  it("reads the unique total row, the groups as parts (must fire)", () => {
    expect(
      brief(federationFacts(table("Totalt (unika)                            55            13              8"))),
    ).toEqual(["2025:exited/all=55", "2025:work=13", "2025:studies=8"].sort());
  });

  it("stores no group's row, as the federation's or as an intervention's (must not fire)", () => {
    const all = documentFacts({ federation: "myrholm", year: 2025 }, table("")).filter(
      (f) => f.table === "participant_count" || f.table === "participant_breakdown",
    );
    expect(all).toEqual([]);
  });
});

describe("a Markdown target-group matrix with a label column titled 'Mått'", () => {
  const page = (total: string) => [
    "# Samordningsförbundet Myrholm – årsrapport 2025",
    "",
    "## Deltagare per målgrupp",
    "",
    `| Mått | Unga 16–24 | Sjukskrivna | Nyanlända | ${total} |`,
    "|---|---:|---:|---:|---:|",
    "| Deltagare under året | 58 | 71 | 40 | 149 |",
    "| Avslutade deltagare | 25 | 33 | 16 | 64 |",
  ];
  const facts = (lines: string[]) =>
    brief(
      documentFacts({ federation: "myrholm", year: 2025, file: "myrholm/arsrapport-2025.md" }, lines).filter(
        (f) => f.table === "participant_count" && f.intervention === null,
      ),
    );

  it("reads the unique column, 'Mått' the label column's title and no group (must fire)", () => {
    expect(facts(page("Samtliga (unika)"))).toEqual(["2025:enrolled/all=149", "2025:exited/all=64"].sort());
  });

  it("reads nothing where the last column is a plain total the groups do not add up to (must not fire)", () => {
    expect(facts(page("Totalt"))).toEqual([]);
  });
});

describe("a sum over the groups standing beside their unique total", () => {
  const lines = (sums: [string, string]) => [
    "Samordningsförbundet Myrholm",
    "Verksamhetsberättelse 2025",
    "",
    "Deltagare per målgrupp",
    "",
    "                          Unga   Sjukskrivna   Nyanlända     Summa   Totalt (unika)",
    `Deltagare under året        44            61          35       ${sums[0]}              122`,
    `Avslutade under året        18            25          12        ${sums[1]}               47`,
  ];

  it("reads the unique total and never the sum (must fire)", () => {
    expect(brief(federationFacts(lines(["140", "55"])))).toEqual(
      ["2025:enrolled/all=122", "2025:exited/all=47"].sort(),
    );
  });

  it("reads nothing from a row whose 'Summa' is not the groups' sum (must not fire)", () => {
    expect(brief(federationFacts(lines(["141", "55"])))).toEqual(["2025:exited/all=47"]);
  });
});

describe("'Övrigt/okänt' as the other exits' row", () => {
  it("is the other exits (must fire), while 'Okänt' alone and 'Uppgift saknas' are not (must not fire)", () => {
    expect(OTHER_EXIT_ROW.test("Övrigt/okänt")).toBe(true);
    expect(OTHER_EXIT_ROW.test("Annat / ej känt")).toBe(true);
    expect(OTHER_EXIT_ROW.test("Okänt")).toBe(false);
    expect(OTHER_EXIT_ROW.test("Uppgift saknas")).toBe(false);
  });
});

describe("a signed share in a cell's bracket", () => {
  it("is blanked as a share is (must fire)", () => {
    const row = "Årets resultat                 248 000 (4 %)          -120 000 (-2 %)";
    expect(blankBracketedCells([row])![0]).toBe(
      "Årets resultat                 248 000                -120 000       ",
    );
  });

  it("leaves a row mixing a signed share with a bare bracketed amount (must not fire)", () => {
    expect(blankBracketedCells(["Årets resultat                 248 000 (4 %)          (120 000)"])).toBeUndefined();
  });
});
