/**
 * A statement group's total in its heading over parts set in below it (`text/totalsInHeadings.ts`), a
 * sentence opening on "Föregående år:" dated the year before (`moneyGrammar.ts` `PRIOR_YEAR_LEAD`), and a
 * lettered caption over a value column ("A. Deltagare   Antal", `sectionScope.ts` `PART_LETTER`): must
 * fire and must not. Documents are made up here.
 */
import { describe, expect, it } from "vitest";
import { totalsInHeadings } from "../../loaders/extract/text/totalsInHeadings.ts";
import { readMoneySentence } from "../../loaders/extract/general/moneyGrammar.ts";
import { headingPeriodYear } from "../../loaders/extract/general/statementBlocks.ts";
import { extractReport, countsOf } from "../support/reportFacts.ts";
import type { AnyFact } from "../helpers.ts";

const REPORT = [
  "SAMORDNINGSFÖRBUNDET MOSSBERGA",
  "Årsredovisning 2025",
  "",
  "Samtliga belopp i kronor.",
  "",
  "Resultaträkning 2025",
  "",
  "Intäkterna, sammanlagt 5 300 000 kr, varav:",
  "     Bidrag från staten                        2 650 000",
  "     Regionen                                  1 325 000",
  "     Kommunerna                                1 325 000",
  "",
  "Kostnaderna – totalt 5 251 400 kr:",
  "     Kansli                                      980 400",
  "     Insatser                                  4 271 000",
  "",
  "Balansräkning per 31 december 2025",
  "",
  "Eget kapital (summa 842 600 kr)",
  "     Eget kapital vid årets början               794 000",
  "     Årets resultat                               48 600",
  "",
];

const equityEnd = (facts: AnyFact[]) =>
  facts.filter((f) => f.table === "finance" && f.item === "equity_end" && f.year === 2025).map((f) => f.amount_sek);

describe("a group's total in its heading", () => {
  it("writes each heading as its group's sum row, the amount where the parts' amounts end", () => {
    const out = totalsInHeadings(REPORT)!;
    expect(out).toHaveLength(REPORT.length);
    expect(out[7]).toMatch(/^Summa intäkterna\s+5 300 000$/);
    expect(out[7]!.length).toBe(REPORT[8]!.length);
    expect(out[12]).toMatch(/^Summa kostnaderna\s+5 251 400$/);
    expect(out[18]).toMatch(/^Summa eget kapital\s+842 600$/);
    expect(out[19]).toBe(REPORT[19]);
  });
  it("reads the closing equity from the heading, never the opening one under it", () => {
    const facts = extractReport(REPORT, "mossberga", 2025);
    expect(equityEnd(facts)).toEqual([842600]);
    expect(
      facts.some(
        (f: AnyFact) =>
          f.table === "finance" &&
          f.year === 2025 &&
          f.basis === "actual" &&
          f.item === "equity_end" &&
          f.amount_sek === 794000,
      ),
    ).toBe(false);
  });
  it("leaves a heading whose parts do not add up to it (must not fire)", () => {
    const lines = REPORT.map((l) => l.replace("48 600", "46 800"));
    const out = totalsInHeadings(lines)!;
    expect(out[18]).toBe(lines[18]);
  });
  it("leaves a heading in thousands, a heading with a word after its amount, and parts set out at its margin (must not fire)", () => {
    const tkr = ["Intäkter, totalt 5 300 tkr:", "     Staten      2 650", "     Övriga      2 650", ""];
    expect(totalsInHeadings(tkr)).toBeUndefined();
    const budget = [
      "Intäkter, totalt 5 300 000 kr enligt budget:",
      "     Staten      2 650 000",
      "     Övriga      2 650 000",
      "",
    ];
    expect(totalsInHeadings(budget)).toBeUndefined();
    const flat = ["Intäkter, totalt 5 300 000 kr:", "Staten      2 650 000", "Övriga      2 650 000", ""];
    expect(totalsInHeadings(flat)).toBeUndefined();
  });
  it("leaves a heading naming no item of the accounts, a grant's sum among them (must not fire)", () => {
    const grants = [
      "Beviljade medel, totalt 1 200 000 kr:",
      "     Steget      700 000",
      "     Vägen       500 000",
      "",
    ];
    expect(totalsInHeadings(grants)).toBeUndefined();
  });
  it("leaves a single part under a heading (must not fire)", () => {
    expect(
      totalsInHeadings(["Skulder, totalt 377 730 kr:", "     Leverantörsskulder      377 730", ""]),
    ).toBeUndefined();
  });
});

describe("a sentence opening on 'Föregående år:'", () => {
  it("dates its amounts the year before", () => {
    const r = readMoneySentence("Föregående år: intäkter 4 650 000 kr, kostnader 4 702 100 kr.", 2025);
    expect(r.figures.length).toBeGreaterThan(0);
    expect(r.figures.every((f) => f.year === 2024)).toBe(true);
  });
  it("keeps a sentence of the year itself with a label and a colon the year's (must not fire)", () => {
    const r = readMoneySentence("Årets utfall: intäkter 4 812 000 kr, kostnader 4 745 350 kr.", 2025);
    expect(r.figures.some((f) => f.year === 2024)).toBe(false);
  });
});

describe("a lettered caption over a value column", () => {
  const table = (caption: string) => [
    "Samordningsförbundet Mossberga",
    "Bilaga: nyckeltal 2025",
    "",
    "Tabellerna gäller hela förbundet.",
    "",
    `${caption}                      Antal`,
    "   Inskrivna under året                 143",
    "   Nya under året                        61",
    "   Avslutade under året                  57",
    "",
  ];
  it("reads 'B. Deltagare   Antal' as the federation's participants", () => {
    expect(countsOf(extractReport(table("B. Deltagare"), "mossberga", 2025))).toContain("förbundet:enrolled/all=143");
  });
  it("reads no caption naming an intervention after its letter (must not fire)", () => {
    expect(countsOf(extractReport(table("B. Steget Vidare"), "mossberga", 2025))).not.toContain(
      "förbundet:enrolled/all=143",
    );
  });
});

describe("a statement heading naming its year after 'för'", () => {
  it("reads 'Resultaträkning för 2025' as the statement of 2025", () => {
    expect(headingPeriodYear("för 2025")).toBe("2025");
    expect(headingPeriodYear("avseende år 2025")).toBe("2025");
    const lines = REPORT.map((l) => (l === "Resultaträkning 2025" ? "Resultaträkning för 2025" : l));
    const revenue = extractReport(lines, "mossberga", 2025).filter(
      (f: AnyFact) => f.table === "finance" && f.item === "revenue_operating" && f.year === 2025,
    );
    expect(revenue.map((f: AnyFact) => f.amount_sek)).toEqual([5300000]);
  });
  it("gives no year to a heading naming two years or a part of one (must not fire)", () => {
    expect(headingPeriodYear("för 2025 och 2024")).toBeUndefined();
    expect(headingPeriodYear("för januari–juni 2025")).toBeUndefined();
    expect(headingPeriodYear("för budget 2026")).toBeUndefined();
  });
});

describe("a balance sheet headed 'PER 31 DECEMBER (kr)' with its years on the heading's line", () => {
  const report = (equityLabel: string, heading = "BALANSRÄKNING PER 31 DECEMBER (kr)        2025        2024") => [
    "Samordningsförbundet Mossberga",
    "Årsredovisning 2025",
    "",
    "RESULTATRÄKNING (kr)                        2025        2024",
    "Verksamhetens intäkter (not 2)       5 120 000     4 980 000",
    "Verksamhetens kostnader             -5 073 700    -5 010 300",
    "Årets resultat                          46 300       -30 300",
    "",
    heading,
    "Kassa och bank                       1 640 200     1 512 900",
    "Summa tillgångar                     1 640 200     1 512 900",
    `${equityLabel.padEnd(37)}1 301 700     1 255 400`,
    "Kortfristiga skulder                   338 500       257 500",
    "Summa eget kapital och skulder       1 640 200     1 512 900",
    "",
  ];
  const finance = (lines: string[], item: string) =>
    extractReport(lines, "mossberga", 2025)
      .filter((f: AnyFact) => f.table === "finance" && f.item === item && f.year === 2025 && f.basis === "actual")
      .map((f: AnyFact) => f.amount_sek);
  it("reads the years after the balance day, and 'Eget kapital (not 4)' as the closing equity", () => {
    expect(finance(report("Eget kapital (not 4)"), "assets_total")).toContain(1640200);
    expect([...new Set(finance(report("Eget kapital (not 4)"), "equity_end"))]).toEqual([1301700]);
  });
  it("reads no equity whose label holds a stray digit that is no note (must not fire)", () => {
    expect(finance(report("Eget kapital 4 1"), "equity_end")).toEqual([]);
  });
  it("reads no year a heading's balance day names without years after it (must not fire)", () => {
    const lines = report("Eget kapital (not 4)", "BALANSRÄKNING PER 31 DECEMBER (kr)");
    expect(finance(lines, "equity_end").filter((a: number) => a === 1255400)).toEqual([]);
  });
});
