/**
 * An accounting system's print-out read as a statement: columns named from the print-out's
 * period, signs settled by its sums. Made-up federation and figures.
 */
import { describe, expect, it } from "vitest";
import { ledgerReports } from "../../loaders/extract/text/ledgerReports.ts";
import { memberOf } from "../../loaders/extract/general/parseMemberContributions.ts";
import { documentFacts } from "../support/manifestEntry.ts";

/** An income report in the credit convention: revenue below zero, a deficit above it. */
const incomeReport = (period: string, columns = "Period     Ack. utfall    Årsbudget    Ack. fg år") => [
  "RESULTATRÄKNING PER KONTO                                   Sid 1",
  "Samordningsförbundet Granby",
  `Period: ${period}                  Alla belopp i kr`,
  "",
  `Kontonr  Kontonamn                       ${columns}`,
  "INTÄKTER",
  "3100     Bidrag Försäkringskassan          -120 000     -1 440 000   -1 440 000   -1 400 000",
  "3200     Bidrag Region Granland             -60 000       -720 000     -720 000     -700 000",
  "3300     Bidrag Åsby kommun                 -60 000       -720 000     -720 000     -700 000",
  "S:a intäkter                               -240 000     -2 880 000   -2 880 000   -2 800 000",
  "KOSTNADER",
  "4100     Insatser                           210 000      2 150 000    2 300 000    2 010 000",
  "7000     Personal                            70 000        850 000      880 000      820 000",
  "S:a kostnader                               280 000      3 000 000    3 180 000    2 830 000",
  "",
  "RESULTAT                                     40 000        120 000      300 000       30 000",
  "",
  "",
  "Utskriften är gjord av kansliet.",
];

const finance = (lines: string[]) =>
  documentFacts({ federation: "granby" }, lines)
    .filter((f) => f.table === "finance")
    .map((f) => `${f.year}:${f.basis}:${f.item}=${f.amount_sek}`);

describe("ledgerReports", () => {
  it("names the columns from a period ending in December and turns the credit convention's signs", () => {
    const out = ledgerReports(incomeReport("202401–202412"))!;
    expect(out[4]!.trim().split(/\s{2,}/)).toEqual(["Resultaträkning (kr)", "2024", "Budget 2024", "2023"]);
    expect(out[6]!.trim().split(/\s{2,}/)).toEqual(["Bidrag Försäkringskassan", "1 440 000", "1 440 000", "1 400 000"]);
    expect(out[9]!.trim().split(/\s{2,}/)).toEqual(["S:a intäkter", "2 880 000", "2 880 000", "2 800 000"]);
    expect(out[15]!.trim().split(/\s{2,}/)).toEqual(["Årets resultat", "-120 000", "-300 000", "-30 000"]);
    // The month's column is left out; lines outside the report stay as written.
    expect(out.join("\n")).not.toContain("240 000");
    expect(out[18]).toBe("Utskriften är gjord av kansliet.");
  });

  it("reads the year's figures with their signs and never the month's", () => {
    const got = finance(incomeReport("202401–202412"));
    expect(got).toEqual(
      expect.arrayContaining([
        "2024:actual:revenue_operating=2880000",
        "2024:actual:cost_operating=3000000",
        "2024:actual:result=-120000",
        "2024:budget:result=-300000",
        "2023:actual:result=-30000",
      ]),
    );
    expect(got.filter((g) => /=(-?)(240000|280000|40000)$/.test(g))).toEqual([]);
    expect(got.filter((g) => g.includes(":result=") && !g.includes("=-"))).toEqual([]);
  });

  it("leaves a print-out that ends before December as written: its accumulated column is no year", () => {
    expect(ledgerReports(incomeReport("202401–202408"))).toBeUndefined();
    expect(finance(incomeReport("202401–202408"))).toEqual([]);
  });

  it("leaves a print-out whose sums do not hold as written", () => {
    const lines = incomeReport("202401–202412");
    lines[15] = "RESULTAT                                     40 000        130 000      300 000       30 000";
    expect(ledgerReports(lines)).toBeUndefined();
  });

  it("counts the financial items between the costs and the result", () => {
    const lines = incomeReport("202401–202412");
    lines.splice(14, 0, "S:a finansiella poster                        -100         -1 000            0         -500");
    lines[16] = "RESULTAT                                     39 900        119 000      300 000       29 500";
    const got = finance(lines);
    expect(got).toEqual(expect.arrayContaining(["2024:actual:result=-119000", "2023:actual:result=-29500"]));
    // Without them the sums do not hold: nothing is read.
    lines.splice(14, 1);
    expect(ledgerReports(lines)).toBeUndefined();
  });

  it("leaves a print-out with a column it does not know as written", () => {
    const lines = incomeReport("202401–202412", "Period     Ack. utfall    Prognos      Ack. fg år");
    expect(ledgerReports(lines)).toBeUndefined();
  });

  it("reads a balance report's sums at the two dates, never its accounts", () => {
    const lines = [
      "Balansrapport",
      "Period 2024-01 - 2024-12                                 Belopp i kr",
      "",
      "Konto Benämning                   Ingående balans      Förändring   Utgående balans",
      "TILLGÅNGAR",
      "1930  Plusgiro                          1 500 000        -100 000         1 400 000",
      "S:a tillgångar                          1 500 000        -100 000         1 400 000",
      "EGET KAPITAL OCH SKULDER",
      "2010  Eget kapital                     -1 300 000               0        -1 300 000",
      "      Beräknat resultat                         0         120 000           120 000",
      "S:a eget kapital                       -1 300 000         120 000        -1 180 000",
      "2440  Leverantörsskulder                 -200 000         -20 000          -220 000",
      "S:a eget kapital och skulder           -1 500 000         100 000        -1 400 000",
    ];
    const out = ledgerReports(lines)!;
    expect(out[3]!.trim().split(/\s{2,}/)).toEqual(["Balansräkning (kr)", "2023-12-31", "2024-12-31"]);
    expect(out[10]!.trim().split(/\s{2,}/)).toEqual(["S:a eget kapital", "1 300 000", "1 180 000"]);
    expect(out[8]!.trim()).toBe("Eget kapital");
    const got = finance(lines);
    expect(got).toEqual(expect.arrayContaining(["2024:actual:equity_end=1180000", "2023:actual:equity_end=1300000"]));
    expect(got.filter((g) => g.includes("=-"))).toEqual([]);
  });

  it("reads the equity account as the closing equity where its change is the income report's result", () => {
    const report = (equityClosing: string) => [
      ...incomeReport("202401–202412"),
      "",
      "Balansrapport",
      "Period 2024-01 - 2024-12                                 Belopp i kr",
      "",
      "Konto Benämning                   Ingående balans      Förändring   Utgående balans",
      "1930  Plusgiro                          1 500 000        -100 000         1 400 000",
      "S:a tillgångar                          1 500 000        -100 000         1 400 000",
      `2010  Eget kapital                     -1 300 000         120 000        ${equityClosing}`,
      "2440  Leverantörsskulder                 -200 000        -220 000          -420 000",
      "S:a eget kapital och skulder           -1 500 000         100 000        -1 400 000",
    ];
    // The income report's result is a deficit of 120 000: the equity falls from 1 300 000 to 1 180 000.
    expect(finance(report("-1 180 000"))).toEqual(
      expect.arrayContaining(["2024:actual:equity_end=1180000", "2023:actual:equity_end=1300000"]),
    );
    // An equity account whose change is not the year's result stays a part, unread.
    expect(finance(report("-1 170 000")).filter((g) => g.includes("equity_end"))).toEqual([]);
  });

  it("leaves any other table with a Konto column alone", () => {
    expect(ledgerReports(["Konto och bank", "Kassa  12 000"])).toBeUndefined();
  });
});

describe("an account named for its payer", () => {
  it("is that member's contribution", () => {
    expect(memberOf("Bidrag Region Granland")).toBe("Region Granland");
    expect(memberOf("Bidrag staten (FK/AF)")).toBe("staten (FK/AF)");
  });

  it("names no member where none is named", () => {
    expect(memberOf("Bidrag till insatser")).toBeNull();
  });
});

describe("a print-out by class of accounts with each column's year named", () => {
  const binder = (columns: string) => [
    "BOKSLUTSPÄRM 2024",
    "Samordningsförbundet Granvik",
    "",
    "------------------------------------------------------------------------------",
    "A  RESULTATRÄKNING PER KONTOKLASS (kr)",
    "",
    `Konto    Benämning                               ${columns}`,
    "30xx     Medlemsbidrag                             4 800 000         4 600 000",
    "         Summa intäkter                            4 800 000         4 600 000",
    "4xxx     Köpta tjänster                           -3 900 000        -3 700 000",
    "5–6xxx   Övriga kostnader                           -950 000          -880 000",
    "         Summa kostnader                          -4 850 000        -4 580 000",
    "8xxx     Finansiella poster                            2 000             1 000",
    "         Årets resultat                              -48 000            21 000",
    "",
    "------------------------------------------------------------------------------",
    "B  EGET KAPITAL",
    "Konto 2010  Eget kapital",
    "  Årets resultat 2024                                -48 000,00",
  ];

  it("is read as the years' statement, the account classes dropped", () => {
    const facts = finance(binder("Utfall 2024       Utfall 2023"));
    expect(facts).toEqual(
      expect.arrayContaining(["2024:actual:revenue_operating=4800000", "2024:actual:result=-48000"]),
    );
    expect(facts).toContain("2023:actual:result=21000");
  });

  it("is no year's statement under a title naming part of the year or one intervention (must not fire)", () => {
    const body = binder("Utfall 2024       Utfall 2023").slice(6, 14);
    const partYear = ["Ekonomisk uppföljning per den 31 augusti 2024", "", ...body];
    expect(ledgerReports(partYear)).toBeUndefined();
    const intervention = ["Bilaga 3  Ekonomisk redovisning för insatsen Steget", "", ...body];
    expect(ledgerReports(intervention)).toBeUndefined();
  });

  it("is no print-out to rewrite under a bare 'Utfall', and no row past the page's rule is a row of it (must not fire)", () => {
    expect(ledgerReports(binder("Utfall            Budget"))).toBeUndefined();
    const lines = binder("Utfall 2024       Utfall 2023");
    const facts = documentFacts({ federation: "granby" }, lines).filter((f) => f.table === "finance");
    expect(facts.filter((f) => f.line === lines.length)).toEqual([]);
  });
});

describe("a print-out for one month with the year accumulated beside it (stop 43)", () => {
  /** December alone in the period line, the month's column first, a rule under the header, then an equity excerpt. */
  const monthReport = (period: string, equity = ["-980 000,00", "-45 500,00", "-1 025 500,00"]) => [
    "Samordningsförbundet Hagsta        Resultatrapport per konto",
    "Verksamhetsår: 2024-01-01 -- 2024-12-31     Vald period: " + period,
    "",
    "Kto    Kontonamn                     Utfall månad    Ack. jan-dec     Årsbudget   Ack. föreg. år",
    "=================================================================================================",
    "3100   Bidrag Region Hagmark           90 000,00    1 080 000,00  1 080 000,00    1 040 000,00",
    "3200   Bidrag staten                  180 000,00    2 160 000,00  2 160 000,00    2 080 000,00",
    "       Summa intäkter                 270 000,00    3 240 000,00  3 240 000,00    3 120 000,00",
    "4100   Insatser                      -310 000,00   -2 630 000,00  -2 700 000,00  -2 550 000,00",
    "7000   Personal                       -48 000,00     -565 000,00   -580 000,00     -540 000,00",
    "       Summa kostnader               -358 000,00   -3 195 000,00  -3 280 000,00  -3 090 000,00",
    "8300   Ränteintäkter                      100,00          500,00          0,00          200,00",
    "       Periodens resultat             -87 900,00       45 500,00    -40 000,00       30 200,00",
    "",
    "Balansrapport (utdrag)            Ingående saldo     Förändring   Utgående saldo",
    `2091   Balanserat kapital          ${equity[0]}           0,00      ${equity[0]}`,
    "2099   Årets resultat                       0,00     -45 500,00      -45 500,00",
    `       Summa eget kapital          ${equity[0]}     ${equity[1]}   ${equity[2]}`,
    "",
    "Tecknen följer bokföringen.",
  ];

  it("reads the accumulated year, never the month, and the equity the year's result rolls", () => {
    const out = ledgerReports(monthReport("202412"))!;
    expect(out[3]!.trim().split(/\s{2,}/)).toEqual(["Resultaträkning", "2024", "Budget 2024", "2023"]);
    expect(out[4]).toBe("");
    const got = finance(monthReport("202412"));
    expect(got).toEqual(
      expect.arrayContaining([
        "2024:actual:revenue_operating=3240000",
        "2024:actual:cost_operating=3195000",
        "2024:actual:result=45500",
        "2023:actual:result=30200",
        "2024:actual:equity_end=1025500",
      ]),
    );
    // The month's figures are nobody's year.
    expect(got.filter((g) => /=-?(270000|358000|87900)$/.test(g))).toEqual([]);
    // The excerpt's opening balance and its accounts are not read, nor the credit sign.
    expect(got.filter((g) => g.includes("equity_end") && !g.endsWith("=1025500"))).toEqual([]);
  });

  it("leaves a month other than December as written (must not fire)", () => {
    expect(ledgerReports(monthReport("202408"))).toBeUndefined();
    expect(finance(monthReport("202408"))).toEqual([]);
    // A date is no month of its own.
    expect(ledgerReports(monthReport("2024-12-31"))).toBeUndefined();
  });

  it("reads no equity from an excerpt whose change is not the year's result (must not fire)", () => {
    const got = finance(monthReport("202412", ["-980 000,00", "-40 500,00", "-1 020 500,00"]));
    expect(got).toContain("2024:actual:result=45500");
    expect(got.filter((g) => g.includes("equity_end"))).toEqual([]);
  });

  it("reads no excerpt without an income report above it (must not fire)", () => {
    const lines = monthReport("202412").slice(13);
    expect(ledgerReports(lines)).toBeUndefined();
    expect(finance(lines)).toEqual([]);
  });
});
