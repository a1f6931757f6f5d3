/**
 * Key-figure layouts of stop 42: a Markdown definition list (term, then ": figure"), two label–value
 * pairs on one line, a leader row's en-dash minus, a Markdown heading over a list, and a box's later
 * groups under its one title. Made-up federations, own words.
 */
import { describe, expect, it } from "vitest";
import { definitionLists } from "../../loaders/extract/text/definitionLists.ts";
import { pairedRows } from "../../loaders/extract/text/pairedRows.ts";
import { legendColumns } from "../../loaders/extract/text/legendColumns.ts";
import { detailSumColumns } from "../../loaders/extract/text/detailSumColumns.ts";
import { extractFromLines } from "../../loaders/extract/extractDocument.ts";
import type { ManifestEntry } from "../../loaders/schema/manifest.ts";
import type { AnyFact } from "../helpers.ts";

const entry: ManifestEntry = {
  federation_id: "kvarnholt",
  kind: "annual_report",
  date: "2026-03-10",
  period_year: 2025,
  title: "Årsredovisning 2025",
  file: "kvarnholt/nyckeltal-2025.txt",
  sha256: "0".repeat(64),
};
const facts = (lines: string[]) => extractFromLines(entry, lines, entry.sha256).facts as AnyFact[];
const shown = (fs: AnyFact[]) =>
  [
    ...new Set(
      fs.map((f) =>
        f.table === "finance"
          ? `${f.item}/${f.basis}@${f.year}=${f.amount_sek}`
          : f.table === "participant_count"
            ? `${f.measure}/${f.gender}@${f.year}=${f.value}${f.intervention ? `(${f.intervention})` : ""}`
            : `${f.table}=${f.value ?? f.amount_sek}`,
      ),
    ),
  ].sort();

describe("a definition list's terms read as rows of key figures", () => {
  const DEFINED = [
    "# Kvarnholts samordningsförbund: nyckeltal 2025",
    "",
    "## Deltagare",
    "",
    "Deltagare i insatserna, totalt",
    ":    208",
    ":    Föregående år: 190",
    "",
    "Varav kvinnor",
    ":    112",
    "",
    "Varav män",
    ":    96",
    ":    2024 – 88",
    "",
    "Nyinskrivna",
    ":    101",
    ":    Mål: 120",
    "",
    "## Ekonomi (tkr)",
    "",
    "Intäkter",
    ":    6 310",
    "",
    "Kostnader",
    ":    6 402",
    ":    Budget: 6 600",
    "",
    "Årets resultat",
    ":    −92",
    "",
    "Prognos för resultatet 2026",
    ":    −150",
    "",
    "Eget kapital vid årets slut",
    ":    1 540",
  ];

  it("sets each term on its first definition's line and takes its comparisons out", () => {
    const r = definitionLists(DEFINED, 2025)!;
    expect(r).toBeDefined();
    const at = (text: string) => r.lines.findIndex((l) => l.startsWith(text));
    expect(r.lines[at("Deltagare i insatserna")]).toMatch(/totalt\s+208$/);
    expect(r.from[at("Deltagare i insatserna")]).toBe(5);
    // The terms of one heading stand together; no comparison, target or budget is left.
    expect(at("Varav kvinnor")).toBe(at("Deltagare i insatserna") + 1);
    expect(r.lines.join("\n")).not.toMatch(/190|88|120|6 600/);
    // A forecast's term stands apart, between blank lines after its list; the list goes on past it.
    const forecast = at("Prognos för resultatet");
    expect(r.lines[forecast - 1]).toBe("");
    expect(r.lines[forecast + 1]).toBe("");
    expect(at("Eget kapital vid årets slut")).toBe(at("Årets resultat") + 1);
    expect(forecast).toBeGreaterThan(at("Eget kapital vid årets slut"));
  });

  it("reads the year's figures and never a comparison, a target, a budget or a forecast", () => {
    const got = shown(facts(DEFINED));
    expect(got).toEqual(
      expect.arrayContaining([
        "enrolled/all@2025=208",
        "enrolled/woman@2025=112",
        "enrolled/man@2025=96",
        "revenue_operating/actual@2025=6310000",
        "cost_operating/actual@2025=6402000",
        "result/actual@2025=-92000",
        "equity_end/actual@2025=1540000",
      ]),
    );
    expect(got.join(" ")).not.toMatch(/=(190|88|120|6600000|-6600000|-150000|150000)(?!\d)/);
  });

  it("leaves a list whose first definitions are not figures alone as written", () => {
    const worded = ["Deltagare", ": Mål: 200", "", "Avslutade", ": 2024 – 61", "", "Nya", ": cirka 90 personer"];
    expect(definitionLists(worded, 2025)).toBeUndefined();
    expect(shown(facts(["# Nyckeltal 2025", "", ...worded]))).toEqual([]);
  });

  it("reads terms set in bold as their words", () => {
    const bold = [
      "# Nyckeltal 2025, Kvarnholts samordningsförbund",
      "",
      "## Ekonomi (tkr)",
      "",
      "**Intäkter**",
      ": 6 310",
      "",
      "**Kostnader**",
      ": 6 402",
      ": Föregående år: 6 050",
      "",
      "**Årets resultat**",
      ": -92",
    ];
    expect(definitionLists(bold, 2025)!.lines).toContain("Intäkter      6 310");
    const got = shown(facts(bold));
    expect(got).toEqual(expect.arrayContaining(["cost_operating/actual@2025=6402000", "result/actual@2025=-92000"]));
    expect(got.join(" ")).not.toMatch(/=-?6050000/);
  });

  it("needs three terms with a figure: a glossary's definitions are no key figures", () => {
    const glossary = ["Insats", ": en verksamhet förbundet finansierar", "", "Deltagare", ": 16–64 år"];
    expect(definitionLists(glossary, 2025)).toBeUndefined();
  });
});

describe("two label–value pairs on one line are two rows", () => {
  const BOX = [
    "Kvarnholts samordningsförbund",
    "Året i siffror 2025",
    "",
    "Deltagare totalt ......... 204      Nya deltagare ........... 97",
    "  varav kvinnor .......... 110      Avslutade ............... 88",
    "  varav män ............... 94      Pågående vid året ..... 116",
    "",
    "Intäkter, tkr ......... 6 310      Kostnader, tkr ......... 6 402",
    "Årets resultat, tkr ..... –92      Eget kapital, tkr ...... 1 540",
  ];

  it("reads the left column's rows, then the right's, each citing its line", () => {
    const r = pairedRows(BOX)!;
    expect(r.lines.slice(3, 9)).toEqual([
      "Deltagare totalt ......... 204",
      "  varav kvinnor .......... 110",
      "  varav män ............... 94",
      "Nya deltagare ........... 97",
      "Avslutade ............... 88",
      "Pågående vid året ..... 116",
    ]);
    expect(r.from.slice(3, 9)).toEqual([3, 4, 5, 3, 4, 5]);
  });

  it("stores each pair as its own label's figure; a right pair is never the left label's part", () => {
    const got = shown(facts(BOX));
    expect(got).toEqual(
      expect.arrayContaining([
        "enrolled/all@2025=204",
        "enrolled/woman@2025=110",
        "enrolled/man@2025=94",
        "new/all@2025=97",
        "exited/all@2025=88",
        "revenue_operating/actual@2025=6310000",
        "cost_operating/actual@2025=6402000",
        "result/actual@2025=-92000",
        "equity_end/actual@2025=1540000",
      ]),
    );
    expect(got.join(" ")).not.toMatch(/enrolled\/(all|woman|man)@2025=(97|88|116)\b/);
  });

  it("stores no budget, target or intervention's count of a right pair as the federation's outcome", () => {
    const lines = [
      "Kvarnholts samordningsförbund",
      "Året i siffror 2025",
      "",
      "Inskrivna:             204          Avslutade i insatsen Ljuset:  31",
      "Avslutade:              88          Mål för antal inskrivna:     230",
      "",
      "Årets resultat (tkr):  -92          Budgeterat resultat (tkr):  -250",
      "Intäkter (tkr):      6 310          Kostnader (tkr):           6 402",
    ];
    const got = shown(facts(lines)).join(" ");
    expect(got).not.toMatch(/exited\/all@2025=31(?!\d)/);
    expect(got).not.toMatch(/@2025=230(?!\d)/);
    expect(got).not.toMatch(/actual@2025=-?250000/);
  });

  it("reads colon pairs as rows of a list: the women and men under the left total", () => {
    const lines = [
      "Kvarnholts samordningsförbund",
      "Året i siffror 2025",
      "",
      "Inskrivna:        204          Nya under året:     97",
      "Varav kvinnor:    110          Avslutade:          88",
      "Varav män:         94          Pågående:          116",
    ];
    expect(pairedRows(lines)!.lines[3]).toBe("Inskrivna      204");
    const got = shown(facts(lines));
    expect(got).toEqual(
      expect.arrayContaining(["enrolled/woman@2025=110", "enrolled/man@2025=94", "exited/all@2025=88"]),
    );
    expect(got.join(" ")).not.toMatch(/enrolled\/(woman|man)@2025=(97|88|116)\b/);
  });

  it("reads pairs set apart by gaps alone, left column first", () => {
    const lines = [
      "Kvarnholts samordningsförbund",
      "Året i siffror 2025",
      "",
      "Deltagare totalt     204        Nya under året     97",
      "  varav kvinnor      110        Avslutade          88",
      "  varav män           94        Pågående          116",
    ];
    const r = pairedRows(lines)!;
    expect(r.lines.slice(3, 6)).toEqual([
      "Deltagare totalt     204",
      "  varav kvinnor      110",
      "  varav män           94",
    ]);
    const got = shown(facts(lines));
    expect(got).toEqual(expect.arrayContaining(["enrolled/woman@2025=110", "enrolled/man@2025=94", "new/all@2025=97"]));
    expect(got.join(" ")).not.toMatch(/enrolled\/(woman|man)@2025=(97|88|116)\b/);
  });

  it("leaves a grid read across, its last line one pair, as written", () => {
    const grid = [
      "Avgifter 2025, kommunerna (kr)",
      "Ekby         210 000      Fjällby      180 000",
      "Gärdsta      150 000      Holmby       120 000",
      "Ilsjö         90 000",
      "Summa kommunerna                      750 000",
    ];
    expect(pairedRows(grid)).toBeUndefined();
  });

  it("leaves rows whose labels hold a year, or repeat, as a table's rows", () => {
    expect(
      pairedRows(["Utfall 2025     412     Budget 2025     400", "Utfall 2024     380     Budget 2024     390"]),
    ).toBeUndefined();
    expect(pairedRows(["Arbete     12     Studier     5", "Arbete      9     Studier     4"])).toBeUndefined();
  });

  it("leaves a single line and a table row without marks as written", () => {
    expect(pairedRows(["Deltagare totalt ..... 204      Nya deltagare ..... 97", "", "Text."])).toBeUndefined();
    expect(pairedRows(["Kvinnor     66     Män     58", "Kvinnor     31     Män     29"])).toBeUndefined();
  });
});

describe("columns headed by marks read as their legend names them", () => {
  const STATEMENT = (legend: string[], header = "                                  (1)        (2)        (3)") => [
    "Kvarnholts samordningsförbund",
    "Årsredovisning 2025",
    "",
    ...legend,
    "",
    "Resultaträkning (tkr)",
    header,
    "Verksamhetens intäkter          4 900      5 000      5 010",
    "Verksamhetens kostnader        -4 850     -5 200     -4 930",
    "Verksamhetens resultat             50       -200         80",
    "Årets resultat                     52       -200         84",
    "",
  ];

  it("writes the header in the legend's words, each cell ending at its mark", () => {
    const lines = STATEMENT([], "                                  [a]        [b]        [c]");
    lines.push("Förklaring: [a] = utfall 2024, [b] = budget 2025, [c] = utfall 2025.");
    const r = legendColumns(lines)!;
    const at = lines.findIndex((l) => l.includes("[a]"));
    expect(r[at]).toMatch(/Utfall 2024\s+Budget 2025\s+Utfall 2025$/);
    expect(r[at]!.trimEnd().length).toBe(lines[at]!.length);
  });

  it("reads the year's column by the legend, never the first or the budget's column", () => {
    const got = shown(facts(STATEMENT(["I tabellen avser (1) utfall 2024, (2) budget 2025 och (3) utfall 2025."])));
    expect(got).toEqual(
      expect.arrayContaining(["revenue_operating/actual@2025=5010000", "operating_result/actual@2025=80000"]),
    );
    expect(got.join(" ")).not.toMatch(/actual@2025=(4900000|50000|-200000|5000000)(?!\d)/);
  });

  it("reads a legend naming last year's column last as written: the first column is the year's", () => {
    const got = shown(facts(STATEMENT(["Kolumner: (1) utfall 2025, (2) budget 2025, (3) utfall 2024."])));
    expect(got).toEqual(
      expect.arrayContaining(["revenue_operating/actual@2025=4900000", "operating_result/actual@2024=80000"]),
    );
    expect(got.join(" ")).not.toMatch(/actual@2025=(5010000|80000)(?!\d)/);
  });

  it("reads 'Kolumn n' marks and a legend saying the years in words (föregående år, innevarande år)", () => {
    const lines = STATEMENT([], "                            Kolumn 1   Kolumn 2   Kolumn 3");
    lines.push(
      "Kolumn 1 visar budget innevarande år, kolumn 2 utfall innevarande år och kolumn 3 utfall föregående år.",
    );
    const r = legendColumns(lines, 2025)!;
    expect(r.find((l) => l.includes("Budget 2025"))).toMatch(/Budget 2025\s+Utfall 2025\s+Utfall 2024$/);
    const got = shown(facts(lines));
    expect(got).toEqual(
      expect.arrayContaining(["revenue_operating/actual@2025=5000000", "revenue_operating/actual@2024=5010000"]),
    );
    expect(got.join(" ")).not.toMatch(/actual@2025=(4900000|5010000)(?!\d)/);
    // Without the report's year the words name no year: the header stays as written.
    expect(legendColumns(lines)).toBeUndefined();
  });

  it("leaves marks no legend explains, or explains in other words, as written", () => {
    expect(legendColumns(STATEMENT([]))).toBeUndefined();
    expect(legendColumns(STATEMENT(["(1) föregående år, (2) budget, (3) i år."]), 2025)).toBeUndefined();
    expect(
      legendColumns(STATEMENT(["(1) utfall 2024, (2) avvikelse mot budget, (3) utfall 2025."]), 2025),
    ).toBeUndefined();
    // Two years for one mark: unclear.
    expect(legendColumns(STATEMENT(["(1) utfall 2023 och 2024, (2) budget 2025, (3) utfall 2025."]))).toBeUndefined();
    const got = shown(facts(STATEMENT([])));
    expect(got.join(" ")).not.toMatch(/@2025=(4900000|5000000|5010000)(?!\d)/);
  });
});

describe("statement headings with a unit remark or a lettered table number", () => {
  const table = (heading: string) => [
    "Kvarnholts samordningsförbund",
    "Årsredovisning 2025",
    "",
    heading,
    "                                  Utfall 2025   Utfall 2024",
    "Verksamhetens intäkter                 6 310,0       6 120,0",
    "Verksamhetens kostnader               -6 402,5      -6 050,0",
    "Verksamhetens resultat                   -92,5          70,0",
    "Årets resultat                           -90,1          71,3",
    "",
  ];

  it("reads a heading whose unit carries its rounding ('(tkr, en decimal)') in that unit", () => {
    for (const heading of [
      "II.1 RESULTATRÄKNING                      (tkr, en decimal)",
      "Resultaträkning                           (tkr, avrundat)",
      "Tabell B. Resultaträkning, tkr",
    ])
      expect(shown(facts(table(heading)))).toEqual(
        expect.arrayContaining(["revenue_operating/actual@2025=6310000", "result/actual@2025=-90100"]),
      );
  });

  it("reads no table under a heading whose bracket says more than the unit's rounding", () => {
    const got = shown(facts(table("Resultaträkning (tkr, budget enligt plan 2026)")));
    expect(got.join(" ")).not.toMatch(/actual@2025=6310000/);
  });
});

describe("a statement's detail column beside its sum column is one year's column", () => {
  const STATEMENT = (heading: string, lastCost = "        -402 000", sum = "       -3 902 000") => [
    "Kvarnholts samordningsförbund",
    "Årsredovisning 2025",
    "",
    heading,
    "                                        Delbelopp          Totalt",
    "Verksamhetens intäkter",
    "    Medlemsbidrag                       3 800 000",
    "    Övriga intäkter                        40 000",
    "                                                        3 840 000",
    "Verksamhetens kostnader",
    "    Insatser                           -3 500 000",
    `    Kansli                      ${lastCost}${sum}`,
    "Verksamhetens resultat                                    -62 000",
    "Årets resultat                                            -60 500",
    "",
  ];

  it("labels a group's sum where its details add up to it, alone or beside the last detail", () => {
    const r = detailSumColumns(STATEMENT("Resultaträkning 1 januari – 31 december 2025 (kronor)"))!;
    expect(r.lines.find((l) => l.startsWith("Summa verksamhetens intäkter"))).toMatch(/\s3 840 000$/);
    const sums = r.lines.filter((l) => l.startsWith("Summa verksamhetens kostnader"));
    expect(sums).toHaveLength(1);
    // The sum beside the last detail cites that detail's line.
    expect(r.from[r.lines.indexOf(sums[0]!)]).toBe(11);
    expect(r.lines[4]!.trim()).toBe("2025");
  });

  it("reads the sums as the year's totals, never a detail as a total nor a sum as last year's", () => {
    const got = shown(facts(STATEMENT("Resultaträkning 1 januari – 31 december 2025 (kronor)")));
    expect(got).toEqual(
      expect.arrayContaining([
        "revenue_operating/actual@2025=3840000",
        "cost_operating/actual@2025=3902000",
        "operating_result/actual@2025=-62000",
        "result/actual@2025=-60500",
      ]),
    );
    expect(got.join(" ")).not.toMatch(/@2024=/);
    expect(got.join(" ")).not.toMatch(
      /(?:revenue_operating|cost_operating)\/actual@2025=(40000|402000|-402000|3800000)(?!\d)/,
    );
  });

  it("leaves a sum that does not add up unlabelled, and a heading naming no one year as written", () => {
    const off = detailSumColumns(STATEMENT("Resultaträkning 2025 (kronor)", "        -402 000", "       -3 990 000"))!;
    expect(off.lines.some((l) => l.startsWith("Summa verksamhetens kostnader"))).toBe(false);
    expect(
      shown(facts(STATEMENT("Resultaträkning 2025 (kronor)", "        -402 000", "       -3 990 000"))).join(" "),
    ).not.toMatch(/cost_operating\/actual@2025/);
    expect(detailSumColumns(STATEMENT("Resultaträkning 2024 och 2025 (kronor)"))).toBeUndefined();
  });
});
