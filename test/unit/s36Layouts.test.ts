import { describe, expect, it } from "vitest";
import { captionedYearColumns } from "../../loaders/extract/text/captionedYearColumns.ts";
import { letterSpacedHeadings } from "../../loaders/extract/text/letterSpacedHeadings.ts";
import type { AnyFact } from "../helpers.ts";
import { extractReport } from "../support/reportFacts.ts";

const money = (facts: AnyFact[]) =>
  facts.filter((f) => f.table === "finance").map((f) => `${f.year}:${f.basis}:${f.item}=${f.amount_sek}`);
const counts = (facts: AnyFact[]) =>
  facts
    .filter((f) => f.table === "participant_count")
    .map((f) => `${f.year}:${f.intervention ?? "förbundet"}:${f.measure}/${f.gender}=${f.value}`);

describe("letter-spaced headings carrying a unit, and letter-spaced year headers (set 36)", () => {
  const DOC = [
    "",
    "R E S U L T A T   I   K O R T H E T   ( t k r )",
    "",
    "                               2 0 2 5        2 0 2 4",
    "Summa intäkter                   4 410          4 122",
    "Årets resultat                      88            -41",
    "",
    "Tkr                   2 0 2 5 - 1 2 - 3 1     2 0 2 4 - 1 2 - 3 1",
    "Eget kapital                  1 204                 1 116",
  ];
  it("sets the heading and its bracketed unit back as words, the years back in their columns (must fire)", () => {
    const out = letterSpacedHeadings(DOC)!;
    expect(out[1]).toBe("RESULTAT I KORTHET (tkr)");
    expect(out[3]).toBe("                                  2025           2024");
    expect(out[3]!.length).toBe(DOC[3]!.length);
    // Each year still ends where its column of figures ends.
    expect(out[3]!.indexOf("2025") + 4).toBe(DOC[4]!.indexOf("4 410") + 5);
    expect(out[7]!.trim().split(/\s{2,}/)).toEqual(["Tkr", "2025-12-31", "2024-12-31"]);
  });
  it("leaves a single spaced year, a line with no figures under it, a unit opening a line and code headers (must not fire)", () => {
    expect(letterSpacedHeadings(["", "                 2 0 2 5", "Summa intäkter     4 410"])).toBeUndefined();
    expect(letterSpacedHeadings(["", "        2 0 2 5     2 0 2 4", "Se tabellen nedan.", ""])).toBeUndefined();
    expect(letterSpacedHeadings(["", "( t k r )   E K O N O M I", ""])).toBeUndefined();
    expect(letterSpacedHeadings(["", "K  M  K  M", "12 10 9 8"])).toBeUndefined();
    expect(letterSpacedHeadings(["", "Intäkter  2 0 2 5  mot  2 0 2 4", "Summa   4 410   4 122"])).toBeUndefined();
  });
});

describe("a table headed only by its columns' roles, dated and measured by a numbered caption under it (set 36)", () => {
  const DOC = (caption: string[], header = "                          Fg år       Budget       Utfall") => [
    "Samordningsförbundet Hällmora",
    "Årsredovisning 2025",
    "",
    "Ekonomi",
    header,
    "Summa intäkter            3 310        3 400        3 452",
    "Summa kostnader          -3 290       -3 600       -3 377",
    "Årets resultat               20         -200           75",
    "",
    ...caption,
    "",
    "Deltagare",
    "                         Utfall        Fg år",
    "Inskrivna deltagare          71           64",
    "Nya deltagare                33           30",
    "Avslutade deltagare          29           27",
    "",
    "Tab. 3: Deltagare under 2025 med jämförelse mot 2024.",
  ];
  const GOOD = ["Tabell 2. Resultatet 2025 mot budget och mot 2024. Alla belopp i tusental", "kronor."];
  it("sets the outcome to the caption's year, the prior year to the year before, the unit as the title (must fire)", () => {
    const out = captionedYearColumns(DOC(GOOD), 2025)!;
    expect(out[4]!.trim().split(/\s{2,}/)).toEqual(["tkr", "2024", "Budget", "2025"]);
    expect(out[13]!.trim().split(/\s{2,}/)).toEqual(["2025", "2024"]);
    expect(out[9]).toBe("");
    const facts = extractReport(DOC(GOOD), "hallmora", 2025);
    expect(money(facts)).toEqual(
      expect.arrayContaining(["2025:actual:revenue_operating=3452000", "2025:actual:result=75000"]),
    );
    expect(money(facts)).not.toContain("2025:actual:result=-200000");
    expect(money(facts)).not.toContain("2025:actual:result=20000");
    expect(counts(facts)).toEqual(expect.arrayContaining(["2025:förbundet:enrolled/all=71"]));
    expect(counts(facts)).not.toContain("2025:förbundet:enrolled/all=64");
  });
  it("leaves a caption of another year, a part of the year, a budget's year alone and unknown cells (must not fire)", () => {
    const older = captionedYearColumns(DOC(["Tabell 2. Utfall avser 2024, föregående år 2023 (tkr)."]), 2025);
    expect(older?.[4]).toBe(DOC([""])[4]);
    const half = captionedYearColumns(DOC(["Tabell 2. Delårsrapport januari–juni 2025, tkr."]), 2025);
    expect(half?.[4]).toBe(DOC([""])[4]);
    const budget = captionedYearColumns(DOC(["Tabell 2. Budget för 2025 enligt beslut, tkr."]), 2025);
    expect(budget?.[4]).toBe(DOC([""])[4]);
    const remark = DOC(GOOD, "                          Fg år     Kommentar       Utfall");
    expect(captionedYearColumns(remark, 2025)?.[4]).toBe(remark[4]);
    // A caption between two tables, neither of which has one of its own on the other side: neither's.
    const between = [
      "Årsredovisning 2025",
      "                         Utfall        Fg år",
      "Inskrivna deltagare          71           64",
      "Avslutade deltagare          29           27",
      "",
      "Tabell 1. Deltagare 2025 och 2024.",
      "                         Utfall        Fg år",
      "Summa intäkter            3 452        3 310",
      "Årets resultat               75           20",
    ];
    expect(captionedYearColumns(between, 2025)).toBeUndefined();
    // The caption's 2024 is no year of this table's header: nothing rewritten, its years never 2025's here.
    expect(captionedYearColumns(DOC(["Tabell 2. Utfall avser 2024 (tkr)."]), 2025)?.[4]).toBe(DOC([""])[4]);
  });
});

describe("abbreviated labels and heads written out (common abbreviations, and a legend the document gives)", () => {
  const DOC = [
    "Samordningsförbundet Hällmora",
    "Årsredovisning 2025",
    "",
    "Kortformer: Utf = utfall, Bud = budget, HA = Hällmora arbetslag.",
    "",
    "Resultaträkning, tkr        Utf 2025      Bud 2025      Utf 2024",
    "Summa verks.int.               3 452         3 400         3 310",
    "Summa verks.kostn.            -3 377        -3 600        -3 290",
    "Årets res.                        75          -200            20",
    "EK vid årets utg.              1 044         1 000           969",
    "",
    "Delt.                       Utf 2025      Utf 2024",
    "Inskr. delt.                      71            64",
    "  dv. kv.                         40            35",
    "  dv. m.                          31            29",
    "Avsl. delt.                       29            27",
    "  dv. t. arb.                      9             8",
  ];
  it("writes each abbreviation out in the gap beside it, the columns kept (must fire)", async () => {
    const { abbreviatedLabels } = await import("../../loaders/extract/text/abbreviatedLabels.ts");
    const out = abbreviatedLabels(DOC)!;
    expect(out[5]!.trim().split(/\s{2,}/)).toEqual([
      "Resultaträkning, tkr",
      "Utfall 2025",
      "Budget 2025",
      "Utfall 2024",
    ]);
    expect(out[5]!.length).toBe(DOC[5]!.length);
    expect(out[6]!.trim().split(/\s{2,}/)).toEqual(["Summa verksamhetens intäkter", "3 452", "3 400", "3 310"]);
    expect(out[6]!.indexOf("3 452")).toBe(DOC[6]!.indexOf("3 452"));
    expect(out[9]!.trim().split(/\s{2,}/)[0]).toBe("Eget kapital vid årets slut");
    expect(out[13]!.trim().split(/\s{2,}/)[0]).toBe("därav kvinnor");
    expect(out[14]!.trim().split(/\s{2,}/)[0]).toBe("därav män");
    expect(out[16]!.trim().split(/\s{2,}/)[0]).toBe("därav till arbete");
    const facts = extractReport(DOC, "hallmora", 2025);
    expect(money(facts)).toEqual(
      expect.arrayContaining(["2025:actual:revenue_operating=3452000", "2025:actual:result=75000"]),
    );
    expect(money(facts)).not.toContain("2025:actual:result=-200000");
    expect(counts(facts)).toEqual(
      expect.arrayContaining(["2025:förbundet:enrolled/all=71", "2025:förbundet:enrolled/woman=40"]),
    );
  });
  it("leaves sentences, a lone 'm.', a label with no room and unknown words (must not fire)", async () => {
    const { abbreviatedLabels } = await import("../../loaders/extract/text/abbreviatedLabels.ts");
    expect(
      abbreviatedLabels(["Årets res. blev bättre än väntat, och EK ökade under året till 1 044 tkr."]),
    ).toBeUndefined();
    expect(abbreviatedLabels(["Kap. 3 m. fl.        12       10"])).toBeUndefined();
    expect(abbreviatedLabels(["Verks. kostn. 4 410   4 122"])).toBeUndefined();
    expect(abbreviatedLabels(["Abc. def.          4 410       4 122"])).toBeUndefined();
  });
});

describe("'Fg år' beside an outcome head naming the report year", () => {
  it("sets the prior year's head to the year before (must fire), never beside another year's outcome (must not)", async () => {
    const { relativeYearHeaders } = await import("../../loaders/extract/text/relativeYearHeaders.ts");
    const doc = (head: string) => ["Årsredovisning 2025", head, "Summa intäkter       3 452         3 310"];
    expect(
      relativeYearHeaders(doc("Ställning 31/12      Utfall 2025     Fg år"), 2025)![1]!
        .trim()
        .split(/\s{2,}/),
    ).toEqual(["Ställning 31/12", "2025", "2024"]);
    expect(relativeYearHeaders(doc("Tkr                  Utfall 2024     Fg år"), 2025)).toBeUndefined();
    expect(relativeYearHeaders(doc("Tkr          Utfall 2025   2023    Fg år"), 2025)).toBeUndefined();
  });
});

describe("last year in square brackets: a signed bracket, and a heading's year with the year before", () => {
  const NOTE = "Värden inom hakparentes [ ] avser 2024. Belopp i tkr.";
  it("takes out '[+41]' after a figure and '[2024]' after a heading's 2025 (must fire)", async () => {
    const { readDeclaredNotation } = await import("../../loaders/extract/text/declaredNotation.ts");
    const out = readDeclaredNotation(
      [
        "Nyckeltal 2025",
        "",
        NOTE,
        "",
        "– Årets resultat −96 [+41]",
        "",
        "AVGIFTER 2025 [2024]",
        "– Region Tallmo 1 350 [1 300]",
      ],
      2025,
    )!;
    expect(out[4]).not.toContain("41");
    expect(out[6]).toBe("AVGIFTER 2025");
    expect(out[7]).not.toContain("1 300");
  });
  it("leaves a heading whose bracket is no year before, or brackets declared as budget (must not fire)", async () => {
    const { readDeclaredNotation } = await import("../../loaders/extract/text/declaredNotation.ts");
    const other = readDeclaredNotation(
      ["Nyckeltal 2025", "", NOTE, "", "AVGIFTER 2025 [2023]", "– Region Tallmo 1 350 [1 300]"],
      2025,
    )!;
    expect(other[4]).toBe("AVGIFTER 2025 [2023]");
    const budget = readDeclaredNotation(
      [
        "Nyckeltal 2025",
        "",
        "Siffror inom hakparentes är budget för 2025.",
        "",
        "AVGIFTER 2025 [2024]",
        "– Region Tallmo 1 350 [1 300]",
      ],
      2025,
    )!;
    expect(budget[4]).toBe("AVGIFTER 2025 [2024]");
  });
});

describe("a unit column: a count's unit cell blanked, one money unit for every row moved into the year heads", () => {
  const DOC = [
    "Nyckeltal                      Enhet      2025      2024",
    "Deltagare i insats             antal        97        90",
    "  varav kvinnor                antal        51        47",
    "Andel till arbete              %            31        28",
    "Kostnad per deltagare          kr       41 200    39 800",
    "",
    "Medlem                         Enhet      2025",
    "Staten                         tkr       2 100",
    "Region Hagmo                   tkr       1 050",
  ];
  it("blanks 'antal' under the unit head and writes '2025 (tkr)' over a members' table of tkr rows (must fire)", async () => {
    const { countUnitCells } = await import("../../loaders/extract/text/countUnitCells.ts");
    const out = countUnitCells(DOC)!;
    expect(out[2]!.trim().split(/\s{2,}/)).toEqual(["varav kvinnor", "51", "47"]);
    expect(out[2]!.indexOf("51")).toBe(DOC[2]!.indexOf("51"));
    expect(out[6]!.trim().split(/\s{2,}/)).toEqual(["Medlem", "2025 (tkr)"]);
    expect(out[7]!.trim().split(/\s{2,}/)).toEqual(["Staten", "2 100"]);
  });
  it("keeps '%', 'kr' per row, mixed money units and a table with no unit head (must not fire)", async () => {
    const { countUnitCells } = await import("../../loaders/extract/text/countUnitCells.ts");
    const out = countUnitCells(DOC)!;
    expect(out[3]).toBe(DOC[3]);
    expect(out[4]).toBe(DOC[4]);
    const mixed = [
      "Post                 Enhet      2025",
      "Intäkter             tkr       6 840",
      "Årets resultat       kr      -64 380",
    ];
    expect(countUnitCells(mixed)).toBeUndefined();
    expect(
      countUnitCells(["Nyckeltal            Typ        2025", "Deltagare            antal        97"]),
    ).toBeUndefined();
  });
});

describe("years as rows newest first, a plan's row on top", () => {
  const DOC = (top: string) => [
    "Samordningsförbundet Hällmora",
    "Verksamhetsberättelse 2025",
    "",
    "Ekonomin de senaste åren. Belopp i tkr.",
    "",
    "År              Intäkter    Kostnader    Resultat    Eget kapital",
    top,
    "2025               5 410       -5 302         108           1 288",
    "2024               5 120       -5 190         -70           1 180",
    "2023               4 980       -4 870         110           1 250",
  ];
  it("passes the plan's row over and rolls the equity whichever way the rows run (must fire)", () => {
    const facts = money(
      extractReport(DOC("Budget 2026        5 500       -5 700        -200           1 088"), "hallmora", 2025),
    );
    expect(facts).toEqual(
      expect.arrayContaining(["2025:actual:revenue_operating=5410000", "2025:actual:equity_end=1288000"]),
    );
    for (const v of [5500000, -200000, 1088000]) expect(facts.filter((f) => f.endsWith(`=${v}`))).toEqual([]);
  });
  it("never reads the plan's row as a year, nor an equity the year before does not roll into (must not fire)", () => {
    const facts = money(
      extractReport(DOC("2026 (budget)      5 500       -5 700        -200           1 088"), "hallmora", 2025),
    );
    expect(facts.filter((f) => f.startsWith("2026"))).toEqual([]);
    const broken = DOC("Budget 2026        5 500       -5 700        -200           1 088");
    broken[7] = "2025               5 410       -5 302         108           1 999";
    expect(money(extractReport(broken, "hallmora", 2025))).not.toContain("2025:actual:equity_end=1999000");
  });
});

describe("an exit bullet with its destinations' counts after the labels and no colon", () => {
  it("writes each destination as a card's 'label: count' (must fire)", async () => {
    const { destinationBullets } = await import("../../loaders/extract/text/destinationBullets.ts");
    const out = destinationBullets(["• Avslutade mot arbete 12, mot studier 4", "- Avslut till arbete 7"])!;
    expect(out[0]).toBe("• Avslutade mot arbete: 12, mot studier: 4");
    expect(out[1]).toBe("- Avslut till arbete: 7");
    const facts = extractReport(
      [
        "Samordningsförbundet Hällmora",
        "Nyckeltal 2025",
        "",
        "DELTAGARE",
        "– Avslutade deltagare 40",
        "– Avslut till arbete 12; till studier 4",
      ],
      "hallmora",
      2025,
    );
    expect(facts.filter((f) => f.table === "participant_breakdown").map((f) => `${f.category}=${f.value}`)).toEqual(
      expect.arrayContaining(["work=12", "studies=4"]),
    );
  });
  it("leaves a bullet of no destination, one not opening on exit words, a colon and words after a count (must not fire)", async () => {
    const { destinationBullets } = await import("../../loaders/extract/text/destinationBullets.ts");
    expect(destinationBullets(["– Avslut i insatsen Nästa steg 48"])).toBeUndefined();
    expect(destinationBullets(["– Deltagare till arbete 19"])).toBeUndefined();
    expect(destinationBullets(["– Avslut till arbete: 19"])).toBeUndefined();
    expect(destinationBullets(["– Avslut till arbete 19; till studier 9 av 66 avslutade"])).toBeUndefined();
    expect(destinationBullets(["Avslut till arbete 19"])).toBeUndefined();
  });
});

describe("the earlier year's count said after the year's: ', 2024 var de 231'", () => {
  const doc = (sentence: string) => [
    "Samordningsförbundet Hällmora",
    "Verksamhetsberättelse 2025",
    "",
    "DELTAGARE",
    "",
    sentence,
  ];
  it("reads the year's count and the earlier year's (must fire)", () => {
    const facts = counts(
      extractReport(
        doc("Under 2025 var 118 deltagare inskrivna i förbundets insatser, 2024 var de 104."),
        "hallmora",
        2025,
      ),
    );
    expect(facts).toEqual(
      expect.arrayContaining(["2025:förbundet:enrolled/all=118", "2024:förbundet:enrolled/all=104"]),
    );
  });
  it("never reads a later year's or an amount's clause as the earlier year's (must not fire)", async () => {
    const { comparisonClause } = await import("../../loaders/extract/general/comparisonClauses.ts");
    expect(comparisonClause("Under 2025 var 118 deltagare inskrivna, 2026 var de 130.", 2025)).toBeUndefined();
    expect(comparisonClause("Intäkterna var 5 400 tkr, 2024 var det 5 100 tkr.", 2025)).toBeUndefined();
    expect(comparisonClause("Under 2025 var 118 deltagare inskrivna, 2024 var de fler.", 2025)).toBeUndefined();
    const facts = counts(
      extractReport(doc("Under 2025 var 118 deltagare inskrivna, 2026 var de 130."), "hallmora", 2025),
    );
    expect(facts.filter((f) => f.endsWith("=130"))).toEqual([]);
  });
});

describe("a gender's part said 'av vilka N var kvinnor'", () => {
  const doc = (sentence: string) => [
    "Samordningsförbundet Hällmora",
    "Verksamhetsberättelse 2025",
    "",
    "Deltagare",
    sentence,
  ];
  it("reads the women after 'av vilka … var' as a part of the count before (must fire)", () => {
    const facts = counts(
      extractReport(
        doc("Under 2025 deltog 140 personer i insatserna, av vilka 77 var kvinnor och 63 män."),
        "hallmora",
        2025,
      ),
    );
    expect(facts).toEqual(
      expect.arrayContaining(["2025:förbundet:enrolled/woman=77", "2025:förbundet:enrolled/man=63"]),
    );
  });
  it("never a part larger than its count, nor a group that is no gender (must not fire)", () => {
    const big = counts(
      extractReport(doc("Under 2025 deltog 140 personer i insatserna, av vilka 177 var kvinnor."), "hallmora", 2025),
    );
    expect(big.filter((f) => f.endsWith("=177"))).toEqual([]);
    const young = counts(
      extractReport(doc("Under 2025 deltog 140 personer i insatserna, av vilka 30 var unga."), "hallmora", 2025),
    );
    expect(young.filter((f) => f.endsWith("=30"))).toEqual([]);
  });
});
