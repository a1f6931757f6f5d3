/**
 * Statement tables in layouts where a reader once stored a wrong figure: a bare "Budget" cell
 * glued to the next column's year, the template reading from a table of contents or taking a
 * digit group for a Not number, a members' table read as the rest of the balance sheet. Each
 * rule has a case where it must not fire.
 */
import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { parseColumnHeader } from "../../loaders/extract/general/columnHeaders.ts";
import { parseStatements } from "../../loaders/extract/general/parseStatements.ts";
import { parseFinancialStatements } from "../../loaders/extract/templates/kalmar/parseFinancialStatements.ts";
import { statementItem } from "../../loaders/reference/statementLabels.ts";
import type { AnyFact } from "../helpers.ts";

const doc = (lines: string[], year = 2024) => new DocumentText("exempel/2024-annual-report", lines, year);
const finance = (facts: readonly unknown[]) =>
  (facts as AnyFact[])
    .filter((f) => f.table === "finance")
    .map((f) => `${f.item}:${f.year}:${f.basis}=${f.amount_sek}`);

describe("a laid-out header keeps its cells apart", () => {
  const columns = (line: string) =>
    parseColumnHeader(line)?.columns.map((c) =>
      c.kind === "amount" ? `${c.basis} ${c.year}` : c.kind === "note" ? "not" : `? ${c.written}`,
    );

  it("reads a bare 'Budget' cell as the budget of the header's latest year", () => {
    expect(columns("   Not     Budget    2023-01-01–2023-12-31    Utfall 2024")).toEqual([
      "not",
      "budget 2024",
      "actual 2023",
      "actual 2024",
    ]);
  });

  it("keeps the flattened reading where no gaps tell the cells apart (must not fire)", () => {
    expect(columns("Budget 2024 Utfall 2024 Utfall 2023")).toEqual(["budget 2024", "actual 2024", "actual 2023"]);
  });

  it("does not give a year to a bare 'Utfall', to two bare budgets or beside a named budget (must not fire)", () => {
    expect(columns("   Utfall     Budget 2024    2023")).toEqual(["? Utfall", "budget 2024", "actual 2023"]);
    expect(columns("   Budget     Budget    2024")).toEqual(["? Budget", "? Budget", "actual 2024"]);
    expect(columns("   Budget 2024     Budget    Utfall 2024")).toEqual(["budget 2024", "? Budget", "actual 2024"]);
  });

  it("keeps 'Utfall' with its year when the gap between them is wide (must not fire)", () => {
    const out = parseStatements(
      doc([
        "Resultaträkning",
        "Belopp i kr",
        "                                  Utfall     2024          2023",
        "Verksamhetens intäkter 5 000 000 4 800 000",
      ]),
    );
    expect(finance(out.facts)).toEqual([
      "revenue_operating:2024:actual=5000000",
      "revenue_operating:2023:actual=4800000",
    ]);
  });

  it("places a Not number under the Not column, never in the bare budget column", () => {
    const out = parseStatements(
      doc([
        "Resultaträkning",
        "Belopp i kr",
        "",
        "                                 Not     Budget    2023-01-01–2023-12-31    Utfall 2024",
        "Verksamhetens intäkter             1    900 100                  910 700        937 200",
        "Finansiella intäkter               3                               1 100          5 300",
        "Årets resultat                         -242 000                   90 200       -103 600",
      ]),
    );
    expect(finance(out.facts)).toEqual([
      "revenue_operating:2024:budget=900100",
      "revenue_operating:2023:actual=910700",
      "revenue_operating:2024:actual=937200",
      "revenue_financial:2023:actual=1100",
      "revenue_financial:2024:actual=5300",
      "result:2024:budget=-242000",
      "result:2023:actual=90200",
      "result:2024:actual=-103600",
    ]);
  });
});

describe("a repeated header under a title is another table", () => {
  const balance = (between: string[]) => [
    "Balansräkning",
    "Belopp i tkr",
    "",
    "2024 2023",
    "Kassa och bank 2 376 1 285",
    "Summa tillgångar 2 583 1 396",
    "",
    ...between,
    "2024 2023",
    "Summa eget kapital och skulder 2 583 1 396",
    "Region Norrå 2 373 000 2 274 750",
  ];

  it("ends the balance sheet at a titled table with the same years", () => {
    const facts = finance(parseStatements(doc(balance(["Bidrag från medlemmarna", ""]))).facts);
    expect(facts).toContain("assets_total:2024:actual=2583000");
    expect(facts.some((f) => f.startsWith("equity_and_liabilities"))).toBe(false);
  });

  it("carries on past a page break that repeats the statement's heading (must not fire)", () => {
    const facts = finance(parseStatements(doc(balance(["7", "Balansräkning (forts.)", ""]).slice(0, -1))).facts);
    expect(facts).toContain("equity_and_liabilities:2024:actual=2583000");
  });

  it("does not read a tkr table as kronor because a few kronor rows ran on under it", () => {
    const out = parseStatements(doc(balance(["7", "Balansräkning (forts.)", ""])));
    expect(finance(out.facts)).toEqual([]);
    expect(out.findings.map((f) => f.check_id)).toContain("statement.unit_mislabelled");
  });

  it("still reads a table headed tkr whose cells are all kronor as kronor (must not fire)", () => {
    const lines = ["Balansräkning", "Belopp i tkr", "", "2024 2023", "Kassa och bank 2 376 410 1 285 220"];
    expect(finance(parseStatements(doc(lines)).facts)).toEqual([
      "cash_end:2024:actual=2376410",
      "cash_end:2023:actual=1285220",
    ]);
  });
});

describe("the template's statements", () => {
  const report = (header: string) => [
    "Innehåll",
    "Resultaträkning   4",
    "Balansräkning   5",
    "",
    "Fem år i sammandrag",
    "2024 2023 2022 2021 2020",
    "Verksamhetens intäkter 9 9 8 8 7",
    "",
    "Balansräkning",
    "",
    header,
    "Kassa och bank 3 059 348 1 957 709",
    "Summa tillgångar 3 325 378 2 127 945",
    "Årets resultat 1 736 164 198 076",
  ];

  it("reads the balance sheet under its own heading, not from the table of contents", () => {
    const facts = finance(parseFinancialStatements(doc(report("2024-12-31 2023-12-31"))).facts);
    expect(facts).toContain("assets_total:2024:actual=3325378");
    expect(facts.some((f) => /:(2022|2021|2020):/.test(f))).toBe(false);
  });

  it("takes no leading digit group for a Not number when the header names no Not column", () => {
    const facts = finance(parseFinancialStatements(doc(report("2024-12-31 2023-12-31"))).facts);
    expect(facts).toContain("result:2024:actual=1736164");
  });

  it("still reads a Not number where the header names the Not column and the note is about the row (must not fire)", () => {
    const lines = [
      ...report("Not 2024-12-31 2023-12-31"),
      "Korta fordringar 3 128 980 312 027",
      "",
      "Not 3 Fordringar",
    ];
    const facts = finance(parseFinancialStatements(doc(lines)).facts);
    expect(facts).toContain("receivables_total:2024:actual=128980");
  });

  it("takes no digit group for a note that is about something else", () => {
    const lines = report("Not 2024-12-31 2023-12-31").map((l) =>
      l.startsWith("Summa tillgångar") ? "Summa tillgångar 1 403 978 728 264" : l,
    );
    const out = parseFinancialStatements(doc([...lines, "", "Not 1 Verksamhetens intäkter"]));
    expect(finance(out.facts).filter((f) => f.startsWith("assets_total"))).toEqual([]);
    expect(out.findings.map((f) => f.check_id)).toContain("statement.ambiguous_digits");
  });
});

describe("single-spaced rows with an empty cell or digits that group more than one way", () => {
  const statement = (result: string, revenue = "Verksamhetens intäkter 5200 5 214 5098") => [
    "RESULTATRÄKNING (tkr)",
    "Budget 2024 Utfall 2024 Utfall 2023",
    revenue,
    "Verksamhetens kostnader -5200 -5 402 -4870",
    result,
    "Årets resultat — -182 226",
  ];

  it("reads a dash as an empty cell and the numbers beside it by the one split", () => {
    const facts = finance(parseStatements(doc(statement("Verksamhetens resultat 0 -188 228"))).facts);
    expect(facts.filter((f) => f.startsWith("result:"))).toEqual([
      "result:2024:actual=-182000",
      "result:2023:actual=226000",
    ]);
  });

  it("reads the operating result whose one reading is revenue − costs in every column", () => {
    const facts = finance(parseStatements(doc(statement("Verksamhetens resultat 0 -188 228"))).facts);
    expect(facts.filter((f) => f.startsWith("operating_result"))).toEqual([
      "operating_result:2024:budget=0",
      "operating_result:2024:actual=-188000",
      "operating_result:2023:actual=228000",
    ]);
  });

  it("settles an operating result under a Not column the same way", () => {
    const lines = [
      "Resultaträkning, tkr",
      "Not 2024-01-01–2024-12-31 2023-01-01–2023-12-31",
      "Intäkter 1 16 312 15 869",
      "Summa verksamhetens kostnader 2 14 064 16 356",
      "Verksamhetens nettoresultat 2 248 -487",
    ];
    expect(finance(parseStatements(doc(lines)).facts).filter((f) => f.startsWith("operating_result"))).toEqual([
      "operating_result:2024:actual=2248000",
      "operating_result:2023:actual=-487000",
    ]);
  });

  it("leaves the operating result unread when no reading agrees with revenue − costs (must not fire)", () => {
    const out = parseStatements(doc(statement("Verksamhetens resultat 0 -188 238")));
    expect(finance(out.facts).filter((f) => f.startsWith("operating_result"))).toEqual([]);
    const noRevenue = parseStatements(doc(statement("Verksamhetens resultat 0 -188 228", "")));
    expect(finance(noRevenue.facts).filter((f) => f.startsWith("operating_result"))).toEqual([]);
  });
});

describe("member fees in a revenue note", () => {
  const note = [
    "Not 1 Verksamhetens intäkter                                  2024            2023",
    "Medlemsavgift Försäkringskassan och",
    "Arbetsförmedlingen                                       4 100 000       3 900 000",
    "Medlemsavgift Region Norrå                               2 050 000       1 950 000",
    "Medlemsavgift Åby kommun                                 2 050 000       1 950 000",
    "Summa medlemsavgifter                                    8 200 000       7 800 000",
    "Övriga intäkter                                             12 000           8 000",
  ];
  const members = (lines: string[]) =>
    (parseStatements(doc(lines)).facts as AnyFact[])
      .filter((f) => f.table === "member_contribution" && f.year === 2024)
      .map((f) => `${f.member}=${f.amount_sek}`);

  it("reads 'Medlemsavgift <member>' rows, a label wrapped after 'och' joined", () => {
    expect(members(note)).toEqual([
      "Försäkringskassan och Arbetsförmedlingen=4100000",
      "Region Norrå=2050000",
      "Åby kommun=2050000",
    ]);
  });

  it("joins no capitalised line to a label that is finished, and takes no total or other revenue as a member (must not fire)", () => {
    const lines = [...note];
    lines[1] = "Intäkter från medlemmar";
    // The one agency row paying what the region and the municipality pay together is the state's half.
    expect(members(lines)).toEqual(["Staten=4100000", "Region Norrå=2050000", "Åby kommun=2050000"]);
  });

  const placeNote = (total: string) => [
    "Not 1 Verksamhetens intäkter",
    "",
    "                                2024          2023",
    "Staten (FK och AF)         4 000 000     3 900 000",
    "Region Norrå               2 000 000     1 950 000",
    "Mosjö                        750 000       700 000",
    "Åby kommun                 1 250 000     1 250 000",
    total,
  ];

  it("takes a place alone for a member when every row is a member and they add up to the total", () => {
    expect(members(placeNote("Totalt                     8 000 000     7 800 000"))).toContain("Mosjö=750000");
  });

  it("allows the rounding of a note in tkr when its places and members add up to the total", () => {
    const lines = [
      "Not 1 Verksamhetens intäkter",
      "Belopp i tkr",
      "",
      "                                2024          2023",
      "Region Norrå                      628           600",
      "Mosjö                             165           150",
      "Åby kommun                        148           165",
      "Summa medlemsbidrag               940           915",
    ];
    expect(members(lines)).toContain("Mosjö=165000");
  });

  it("takes no place alone for a member when the rows do not add up to the total (must not fire)", () => {
    const got = members(placeNote("Totalt                     8 100 000     7 800 000"));
    expect(got).toContain("Åby kommun=1250000");
    expect(got.some((m) => m.startsWith("Mosjö"))).toBe(false);
  });
});

describe("result labels", () => {
  it("reads 'Årets över-/underskott' as the year's result", () => {
    expect(statementItem("Årets över-/underskott", "income_statement")?.item).toBe("result");
    expect(statementItem("ÅRETS UNDER-/ÖVERSKOTT", "income_statement")?.item).toBe("result");
  });

  it("does not read an accumulated surplus or a share as the year's result (must not fire)", () => {
    expect(statementItem("Ackumulerat över-/underskott", "income_statement")).toBeUndefined();
    expect(statementItem("Årets över-/underskott i procent", "income_statement")).toBeUndefined();
  });
});

describe("a closing-equity row under a Not column", () => {
  const sheet = (closing: string) => [
    "Balansräkning",
    "",
    "Not 2024-12-31 2023-12-31",
    "Kassa och bank 5 1 291 660 670 003",
    "Ingående eget kapital 299 346 546 106",
    "Årets resultat −100 915 −246 760",
    closing,
    "",
    "Not 1 Verksamhetens intäkter",
  ];

  it("takes the reading, with or without a note, that is opening equity + the year's result", () => {
    const facts = finance(parseStatements(doc(sheet("Utgående eget kapital 6 198 431 299 346"))).facts);
    expect(facts.filter((f) => f.startsWith("equity_end"))).toEqual([
      "equity_end:2024:actual=198431",
      "equity_end:2023:actual=299346",
    ]);
  });

  it("allows the rounding of figures in tkr (876 + 128 = 1 004, 1 306 − 429 = 876)", () => {
    const lines = sheet("Utgående eget kapital 6 1 004 876").map((l) =>
      l.startsWith("Ingående")
        ? "Ingående eget kapital 876 1 306"
        : l.startsWith("Årets")
          ? "Årets resultat 128 −429"
          : l,
    );
    lines.splice(1, 0, "Belopp i tkr");
    const facts = finance(parseStatements(doc(lines)).facts);
    expect(facts.filter((f) => f.startsWith("equity_end"))).toEqual([
      "equity_end:2024:actual=1004000",
      "equity_end:2023:actual=876000",
    ]);
  });

  it("settles an opening and a closing equity that both split more than one way, together", () => {
    const lines = sheet("Summa eget kapital 6 717 486 2 714 832").map((l) =>
      l.startsWith("Ingående")
        ? "Ingående eget kapital 2 714 832 3 909 864"
        : l.startsWith("Årets")
          ? "Årets resultat -1 997 346 -1 195 032"
          : l,
    );
    // Without notes in the document, neither row's leading digit can be told from a note number.
    const facts = finance(parseStatements(doc(lines.filter((l) => !l.startsWith("Not 1")))).facts).filter((f) =>
      f.startsWith("equity"),
    );
    expect(facts).toEqual([
      "equity_start:2024:actual=2714832",
      "equity_start:2023:actual=3909864",
      "equity_end:2024:actual=717486",
      "equity_end:2023:actual=2714832",
    ]);
  });

  it("changes nothing when no reading agrees with opening equity + result (must not fire)", () => {
    const facts = finance(parseStatements(doc(sheet("Utgående eget kapital 6 198 531 299 346"))).facts);
    expect(facts.filter((f) => f.startsWith("equity_end:2024") && f.endsWith("=198531"))).toEqual([]);
  });
});

describe("a note without a unit beside statements in tkr", () => {
  const report = (rows: string[]) => [
    "Resultaträkning",
    "Belopp i tkr",
    "",
    "2024 2023",
    "Verksamhetens intäkter 7 698 7 510",
    "Verksamhetens kostnader -7 400 -7 700",
    "",
    "Not 1 Medlemsbidrag",
    "",
    "2024 2023",
    ...rows,
  ];
  const contributions = (lines: string[]) =>
    (parseStatements(doc(lines)).facts as AnyFact[])
      .filter((f) => f.table === "member_contribution" && f.year === 2024)
      .map((f) => `${f.member}=${f.amount_sek}`);

  it("reads a note whose cells can only be kronor as kronor", () => {
    expect(
      contributions(
        report(["Staten 3 849 000 3 755 000", "Region Norrå 1 924 500 1 877 500", "Summa 5 773 500 5 632 500"]),
      ),
    ).toEqual(["Staten=3849000", "Region Norrå=1924500"]);
  });

  it("reads a note of the statements' size in their unit, and leaves a mixed one unread (must not fire)", () => {
    expect(contributions(report(["Staten 3 849 3 755", "Region Norrå 1 925 1 878"]))).toEqual([
      "Staten=3849000",
      "Region Norrå=1925000",
    ]);
    expect(
      contributions(report(["Staten 3 849 000 3 755 000", "Region Norrå 1 925 1 878", "Åby kommun 812 790"])),
    ).toEqual([]);
  });
});

describe("total assets under a Not column", () => {
  const sheet = (rows: string[]) => [
    "Balansräkning",
    "Belopp i tkr",
    "",
    "Not 2024-12-31 2023-12-31",
    "TILLGÅNGAR",
    ...rows,
    "Tillgångar totalt 5 943 4 255",
    "EGET KAPITAL OCH SKULDER",
    "Summa eget kapital och skulder 5 943 4 255",
  ];
  const totals = (rows: string[]) =>
    finance(parseStatements(doc(sheet(rows))).facts).filter((f) => /^(assets_total|equity_and_liabilities)/.test(f));

  it("takes the reading that is the sum of the asset rows, and the balancing total the same", () => {
    expect(totals(["Kortfristiga fordringar 4 475 340", "Kassa och bank 5 5 468 3 915"])).toEqual([
      "assets_total:2024:actual=5943000",
      "assets_total:2023:actual=4255000",
      "equity_and_liabilities:2024:actual=5943000",
      "equity_and_liabilities:2023:actual=4255000",
    ]);
  });

  it("leaves both unread when a subtotal stands among the rows above (must not fire)", () => {
    expect(
      totals([
        "Kortfristiga fordringar 4 475 340",
        "Kassa och bank 5 5 468 3 915",
        "Summa omsättningstillgångar 5 943 4 255",
      ]),
    ).toEqual([]);
  });
});

describe("the template's statements are whole years", () => {
  const statement = (header: string) => [
    "Samordningsförbundet Tallvik",
    "Resultaträkning",
    header,
    "Verksamhetens intäkter                   3 804 100          3 702 600",
    "Verksamhetens kostnader                 -3 650 900         -3 611 300",
    "Årets resultat                             153 200             91 300",
  ];

  it("leaves a statement headed by two half-years unread (an interim's columns are no year's accounts)", () => {
    for (const header of [
      "                              2024-07-01--2024-12-31   2023-07-01--2023-12-31",
      "                              Jan-jun 2024             Jan-jun 2023",
    ]) {
      const out = parseFinancialStatements(doc(statement(header)));
      expect(finance(out.facts)).toEqual([]);
      expect(out.coverage.find((c) => c.section === "income_statement")?.note).toBe("part of a year");
    }
  });

  it("reads the same rows under whole years and under 1 January to 31 December (must not fire)", () => {
    for (const header of [
      "                              2024                     2023",
      "                              2024-01-01--2024-12-31   2023-01-01--2023-12-31",
    ]) {
      expect(finance(parseFinancialStatements(doc(statement(header))).facts)).toEqual([
        "revenue_operating:2024:actual=3804100",
        "revenue_operating:2023:actual=3702600",
        "cost_operating:2024:actual=3650900",
        "cost_operating:2023:actual=3611300",
        "result:2024:actual=153200",
        "result:2023:actual=91300",
      ]);
    }
  });
});

describe("a header's periods stacked over two lines", () => {
  it("reads 'YYYY-01-01–' over 'YYYY-12-31' as whole years, no backwards range (must not fire)", () => {
    const lines = [
      "Samordningsförbundet Tallvik",
      "Resultaträkning",
      "                                   2024-01-01–      2023-01-01–",
      "                                   2024-12-31       2023-12-31",
      "Verksamhetens intäkter                   3 804 100          3 702 600",
      "Verksamhetens kostnader                 -3 650 900         -3 611 300",
      "Årets resultat                             153 200             91 300",
    ];
    expect(finance(parseFinancialStatements(doc(lines)).facts)).toContain("revenue_operating:2024:actual=3804100");
  });
});

describe("a rule across the page inside a statement (review)", () => {
  it("ends nothing where rows follow it, under the header or over the sums (must not fire)", () => {
    const rule = "-".repeat(60);
    const lines = [
      "Samordningsförbundet Tallvik",
      "Resultaträkning",
      "                                   2024               2023",
      rule,
      "Verksamhetens intäkter                   3 804 100          3 702 600",
      "Verksamhetens kostnader                 -3 650 900         -3 611 300",
      rule,
      "Årets resultat                             153 200             91 300",
    ];
    expect(finance(parseFinancialStatements(doc(lines)).facts)).toContain("result:2024:actual=153200");
    expect(finance(parseStatements(doc(lines)).facts)).toContain("result:2024:actual=153200");
  });
});
