/**
 * The general statement layer on small made-up reports in the styles other federations use
 * (kronor with a Not column and a table of contents, numbered headings in tkr with a budget
 * column, Mkr with decimals, a lying "tkr" heading, split lines, page numbers at line starts),
 * on the real Kalmar report against its template parser, and a property test.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseAnnualReport } from "../../loaders/extract/templates/kalmar/parseAnnualReport.ts";
import { parseFinancialStatements } from "../../loaders/extract/templates/kalmar/parseFinancialStatements.ts";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { isBasisLine, parseColumnHeader, parseSplitHeader } from "../../loaders/extract/general/columnHeaders.ts";
import { readNoisyRow } from "../../loaders/extract/general/noisyRows.ts";
import { damagedLabel } from "../../loaders/extract/general/statementRows.ts";
import { memberOf } from "../../loaders/extract/general/parseMemberContributions.ts";
import { findStatementBlocks, parseStatements } from "../../loaders/extract/general/parseStatements.ts";
import { normalizeStatementLabel, statementItem } from "../../loaders/reference/statementLabels.ts";
import {
  AMOUNT_UNIT_WORD,
  amountUnit,
  readDocumentUnit,
  readUnit,
  scaleAmount,
} from "../../loaders/reference/units.ts";
import { factSchema } from "../../loaders/schema/facts.ts";
import { docOf, reportLines, type AnyFact } from "../helpers.ts";

const doc = (text: string, year = 2023) => new DocumentText("exempel/2023-annual-report", text.split("\n"), year);
const run = (text: string, year = 2023) => {
  const out = parseStatements(doc(text, year));
  for (const f of out.facts) factSchema.parse(f);
  return { ...out, facts: out.facts as AnyFact[] };
};
const money = (facts: AnyFact[], item: string, year: number, basis = "actual", section?: string) =>
  facts
    .filter(
      (f) =>
        f.table === "finance" &&
        f.item === item &&
        f.year === year &&
        f.basis === basis &&
        (!section || f.section === section),
    )
    .map((f) => f.amount_sek);

describe("units", () => {
  it("reads the unit from headings and headers", () => {
    expect(readUnit("Belopp i tkr")?.unit).toBe("tkr");
    expect(readUnit("Resultaträkning (tkr)")?.unit).toBe("tkr");
    expect(readUnit("Belopp i kr.")?.unit).toBe("kr");
    // Thousands written with digits: "(000 kr)", "1000-tal kr", never an amount of 1 000 or 8 000 kr.
    expect(readUnit("Resultaträkning (000 kr)")?.unit).toBe("tkr");
    expect(readUnit("Belopp i 1000-tal kr")?.unit).toBe("tkr");
    expect(readUnit("Belopp i 1 000-tals kronor")?.unit).toBe("tkr");
    expect(readUnit("Bidrag över 1 000 kr")?.unit).toBe("kr");
    expect(readUnit("Hyra 8 000 kr")?.unit).toBe("kr");
    expect(readUnit("Resultaträkning, Mkr")?.unit).toBe("mkr");
    expect(readUnit("mnkr 2023 2022")?.unit).toBe("mkr");
    expect(readUnit("Belopp i miljoner kronor")?.unit).toBe("mkr");
    expect(readUnit("Belopp i tusentals kronor")?.unit).toBe("tkr");
    expect(readUnit("MSEK")?.unit).toBe("mkr");
    expect(readUnit("Resultaträkning 2023 2022")).toBeNull();
  });
  it("reads kkr and 'tusental kronor' as thousands of kronor, and a plain kr as kronor", () => {
    expect(readUnit("Resultaträkning (kkr)")?.unit).toBe("tkr");
    expect(readUnit("Belopp i tusental kronor")?.unit).toBe("tkr");
    expect(readUnit("Belopp i tusental kr")?.unit).toBe("tkr");
    expect(readUnit("Tkr 2024 2023")?.unit).toBe("tkr");
    expect(readDocumentUnit(["Alla siffror anges i tusental kronor (kkr) om inget annat anges."])?.unit).toBe("tkr");
    const amount = new RegExp(String.raw`^\d[\d ]*\s(${AMOUNT_UNIT_WORD})`, "i");
    const unitOf = (text: string) => amountUnit(amount.exec(text)?.[1] ?? "");
    expect(unitOf("312 kkr")).toBe("tkr");
    expect(unitOf("4 050 tusentals kronor")).toBe("tkr");
    // Must not fire: kronor are kronor, "kkr" is no part of another word.
    expect(unitOf("312 kr")).toBe("kr");
    expect(readUnit("Belopp i kronor")?.unit).toBe("kr");
    expect(readUnit("Kkrets resultat")).toBeNull();
  });
  it("scales to whole kronor and records the precision of the unit", () => {
    expect(scaleAmount(4200, "tkr")).toEqual({ sek: 4_200_000, precision: 500 });
    expect(scaleAmount(4.2, "mkr", 1)).toEqual({ sek: 4_200_000, precision: 50_000 });
    expect(scaleAmount(-12.95, "mkr", 2)).toEqual({ sek: -12_950_000, precision: 5_000 });
    expect(scaleAmount(17, "kr")).toEqual({ sek: 17, precision: 0 });
  });
});

describe("column headers", () => {
  it("reads years, dates, Not and budget columns", () => {
    const plain = parseColumnHeader("2023 2022")!;
    expect(plain.valueColumns).toEqual([
      { kind: "amount", year: 2023, basis: "actual", written: "2023" },
      { kind: "amount", year: 2022, basis: "actual", written: "2022" },
    ]);
    const withNote = parseColumnHeader("Not 2023-12-31 2022-12-31")!;
    expect(withNote.hasNote).toBe(true);
    expect(withNote.valueColumns.map((c) => c.kind === "amount" && c.year)).toEqual([2023, 2022]);
    const budget = parseColumnHeader("Belopp i tkr Utfall 2023 Budget 2023 Utfall 2022")!;
    expect(budget.valueColumns.map((c) => (c.kind === "amount" ? `${c.basis} ${c.year}` : c.kind))).toEqual([
      "actual 2023",
      "budget 2023",
      "actual 2022",
    ]);
    const forecast = parseColumnHeader("Bokslut 2023 Budget 2024 Prognos 2024 Avvikelse")!;
    expect(forecast.valueColumns.map((c) => (c.kind === "amount" ? `${c.basis} ${c.year}` : c.kind))).toEqual([
      "actual 2023",
      "budget 2024",
      "unknown",
      "unknown",
    ]);
    expect(
      parseColumnHeader("2023-01-01–2023-12-31 2022-01-01–2022-12-31")!.valueColumns.map(
        (c) => c.kind === "amount" && c.year,
      ),
    ).toEqual([2023, 2022]);
  });
  it("makes a period that is part of a year a column of its own, never the year's (must not fire)", () => {
    const kinds = (h: string) =>
      parseColumnHeader(h)!.valueColumns.map((c) => (c.kind === "amount" ? `${c.basis} ${c.year}` : c.kind));
    expect(kinds("2025-01-01–2025-04-30 2025-01-01–2025-12-31")).toEqual(["unknown", "actual 2025"]);
    expect(kinds("             2025-01-01–2025-04-30     2025-01-01–2025-12-31")).toEqual(["unknown", "actual 2025"]);
  });
  it("makes a balance date inside the year a column of its own; the year's end and start stay the year's", () => {
    const kinds = (h: string) =>
      parseColumnHeader(h)!.valueColumns.map((c) => (c.kind === "amount" ? `${c.basis} ${c.year}` : c.kind));
    expect(kinds("2025-08-31 2025-12-31")).toEqual(["unknown", "actual 2025"]);
    // Must not fire: the year's end, or period starts over the columns, are the years'.
    expect(kinds("2025-12-31 2024-12-31")).toEqual(["actual 2025", "actual 2024"]);
    expect(kinds("2025-01-01 2024-01-01")).toEqual(["actual 2025", "actual 2024"]);
  });
  it("leaves two columns of the same year and basis unknown: which is which cannot be told (must not fire)", () => {
    const kinds = (h: string) =>
      parseColumnHeader(h)!.valueColumns.map((c) => (c.kind === "amount" ? `${c.basis} ${c.year}` : c.kind));
    expect(kinds("2025 2025 2024")).toEqual(["unknown", "unknown", "actual 2024"]);
    expect(parseColumnHeader("2025-01-01 2025-12-31")).toBeNull();
    // Must still fire: one year under two bases is two columns.
    expect(kinds("Budget 2025 Utfall 2025 Utfall 2024")).toEqual(["budget 2025", "actual 2025", "actual 2024"]);
  });
  it("does not take a row or an unknown header for a header", () => {
    expect(parseColumnHeader("Kvartal 1 Kvartal 2")).toBeNull();
    expect(parseColumnHeader("Verksamhetens intäkter 2023 2022")).toBeNull();
    expect(parseColumnHeader("2023 Not 2022")).toBeNull();
  });
  it("pairs a basis line with the year line under it", () => {
    expect(isBasisLine("Utfall Budget Utfall")).toBe(true);
    const split = parseSplitHeader("Utfall Budget Utfall", "2023 2023 2022")!;
    expect(split.valueColumns.map((c) => (c.kind === "amount" ? `${c.basis} ${c.year}` : c.kind))).toEqual([
      "actual 2023",
      "budget 2023",
      "actual 2022",
    ]);
    expect(parseSplitHeader("Utfall Budget", "2023 2023 2022")).toBeNull();
  });
});

describe("statement labels", () => {
  it("maps the labels of municipal accounting and their variants", () => {
    const item = (l: string, k: Parameters<typeof statementItem>[1] = "income_statement") => statementItem(l, k)?.item;
    expect(item("Verksamhetens intäkter (not 1)")).toBe("revenue_operating");
    expect(item("7 Verksamhetens kostnader")).toBe("cost_operating");
    expect(item("Verksamhetens nettokostnad")).toBe("operating_result");
    expect(item("Finansiella kostnader")).toBe("cost_financial");
    expect(item("Finansnetto")).toBe("financial_items");
    expect(item("Summa finansiella poster")).toBe("financial_items");
    expect(item("Årets resultat")).toBe("result");
    expect(item("Summa eget kapital", "balance_sheet")).toBe("equity_end");
    expect(item("Kassa och bank", "balance_sheet")).toBe("cash_end");
    expect(item("Summa eget kapital, avsättningar och skulder", "balance_sheet")).toBe("equity_and_liabilities");
    // Labels outside their statement mean nothing here.
    expect(item("Summa tillgångar", "income_statement")).toBeUndefined();
    expect(normalizeStatementLabel("4.2 Årets resultat  Not 3")).toBe("årets resultat");
  });
  it("knows members as written", () => {
    expect(memberOf("Driftbidrag från Ankeby kommun")).toBe("Ankeby kommun");
    expect(memberOf("Staten (FK och AF)")).toBe("Staten (FK och AF)");
    expect(memberOf("Försäkringskassan och Arbetsförmedlingen")).toBe("Försäkringskassan och Arbetsförmedlingen");
    expect(memberOf("Region Exempelland")).toBe("Region Exempelland");
    expect(memberOf("Övriga intäkter")).toBeNull();
    expect(memberOf("Staten via Försäkringskassan")).toBe("Staten");
    // Must not fire: a grant paid via an agency to someone else names no member.
    expect(memberOf("Projektmedel via Försäkringskassan")).toBeNull();
    expect(memberOf("Summa kommuner")).toBeNull();
  });
});

// Style 1: kronor, a table of contents, page numbers run into the headings, a Not column,
// balance dates, a label wrapped onto two lines, closing equity under "Summa eget kapital".
const KRONOR = `Årsredovisning 2023 för Samordningsförbundet Exempeldalen
Innehåll
Förvaltningsberättelse ........ 3
Resultaträkning ........ 12
Balansräkning ........ 13
Noter 15
3 Förvaltningsberättelse
Förbundet hade 4 200 000 kronor att fördela under året.
12 Resultaträkning
Belopp i kronor Not 2023 2022
Verksamhetens intäkter 1 4 200 000 3 900 000
Verksamhetens kostnader 2 -4 350 000 -3 700 000
Verksamhetens resultat -150 000 200 000
Finansiella intäkter 12 500 3 100
Finansiella kostnader -1 200 -900
Resultat efter finansiella
poster -138 700 202 200
Årets resultat -138 700 202 200
13 Balansräkning
Belopp i kronor Not 2023-12-31 2022-12-31
Tillgångar
Kortfristiga fordringar 3 310 000 250 000
Kassa och bank 2 100 000 2 500 000
Summa tillgångar 2 410 000 2 750 000
Eget kapital och skulder
Eget kapital
Ingående eget kapital 1 900 000 1 697 800
Årets resultat -138 700 202 200
Summa eget kapital 1 761 300 1 900 000
Kortfristiga skulder 4 648 700 850 000
Summa eget kapital och skulder 2 410 000 2 750 000
15 Noter
Not 1 Verksamhetens intäkter 2023 2022
Staten (FK och AF) 2 100 000 1 950 000
Region Exempelland 1 050 000 975 000
Ankeby kommun 630 000 585 000
Byköpings kommun 420 000 390 000
Summa 4 200 000 3 900 000
Not 2 Verksamhetens kostnader 2023 2022
Personalkostnader 1 200 000 1 100 000
Lämnade bidrag 2 900 000 2 400 000
Lokalhyra 250 000 200 000
Summa 4 350 000 3 700 000
Not 3 Kortfristiga fordringar 2023 2022
Kundfordringar 10 000 50 000
Skattekonto 300 000 200 000
Summa 310 000 250 000
Not 4 Kortfristiga skulder 2023 2022
Leverantörsskulder 600 000 800 000
Övriga skulder 48 700 50 000
Summa 648 700 850 000
Underskrifter`;

describe("style 1: kronor, Not column, table of contents", () => {
  const { facts, findings } = run(KRONOR);
  it("finds the statements after the table of contents, not in it", () => {
    const blocks = findStatementBlocks(doc(KRONOR));
    const at = (start: string) => KRONOR.split("\n").findIndex((l) => l.startsWith(start)) + 1;
    expect(blocks.map((b) => [b.kind, b.heading])).toEqual([
      ["income_statement", at("12 Resultaträkning")],
      ["balance_sheet", at("13 Balansräkning")],
      ["notes", at("Not 1 ")],
      ["notes", at("Not 2 ")],
      ["notes", at("Not 3 ")],
      ["notes", at("Not 4 ")],
    ]);
    expect(at("12 Resultaträkning")).toBe(9);
    expect(facts.every((f) => f.line >= 9)).toBe(true);
  });
  it("reads the income statement past the Not column, costs positive", () => {
    expect(money(facts, "revenue_operating", 2023, "actual", "general:income_statement")).toEqual([4_200_000]);
    expect(money(facts, "revenue_operating", 2022, "actual", "general:income_statement")).toEqual([3_900_000]);
    expect(money(facts, "cost_operating", 2023, "actual", "general:income_statement")).toEqual([4_350_000]);
    expect(money(facts, "operating_result", 2023)).toEqual([-150_000]);
    expect(money(facts, "revenue_financial", 2022)).toEqual([3_100]);
    expect(money(facts, "cost_financial", 2023)).toEqual([1_200]);
    expect(money(facts, "result", 2023, "actual", "general:income_statement")).toEqual([-138_700]);
  });
  it("joins a label wrapped onto the next line and cites the line with the numbers", () => {
    const f = facts.find((x) => x.item === "result_after_financial" && x.year === 2023)!;
    expect(f.amount_sek).toBe(-138_700);
    expect(f.line).toBe(17);
    expect(f.text).toBe("Resultat efter finansiella poster -138 700 202 200");
  });
  it("reads the balance sheet by its dates; closing equity from Summa eget kapital", () => {
    expect(money(facts, "receivables_total", 2023, "actual", "general:balance_sheet")).toEqual([310_000]);
    expect(money(facts, "cash_end", 2022)).toEqual([2_500_000]);
    expect(money(facts, "assets_total", 2023)).toEqual([2_410_000]);
    expect(money(facts, "equity_start", 2023)).toEqual([1_900_000]);
    expect(money(facts, "equity_end", 2023)).toEqual([1_761_300]);
    expect(money(facts, "liabilities_short", 2023, "actual", "general:balance_sheet")).toEqual([648_700]);
    expect(money(facts, "equity_and_liabilities", 2022)).toEqual([2_750_000]);
  });
  it("reads notes: totals, known lines, open-family lines", () => {
    expect(money(facts, "revenue_operating", 2023, "actual", "general:notes")).toEqual([4_200_000]);
    expect(money(facts, "personnel_cost", 2023)).toEqual([1_200_000]);
    expect(money(facts, "grants_paid", 2022)).toEqual([2_400_000]);
    expect(money(facts, "cost_line:lokalhyra", 2023)).toEqual([250_000]);
  });
  it("reads member contributions as written, both years", () => {
    const c = facts.filter((f) => f.table === "member_contribution");
    expect(c.map((f) => `${f.member}/${f.year}/${f.amount_sek}`).sort()).toEqual([
      "Ankeby kommun/2022/585000",
      "Ankeby kommun/2023/630000",
      "Byköpings kommun/2022/390000",
      "Byköpings kommun/2023/420000",
      "Region Exempelland/2022/975000",
      "Region Exempelland/2023/1050000",
      "Staten (FK och AF)/2022/1950000",
      "Staten (FK och AF)/2023/2100000",
    ]);
    expect(c.every((f) => f.section === "general:member_contributions")).toBe(true);
  });
  it("stores nothing from prose and scales nothing", () => {
    expect(facts.some((f) => f.line === 8)).toBe(false);
    expect(findings.filter((f) => f.check_id === "statement.unit_scaled")).toEqual([]);
  });
});

// Style 2: numbered sections, tkr with a budget column, a split header, closing equity as "Eget kapital".
const TKR = `1. SAMMANFATTNING
Året i korthet.
4. EKONOMI
4.1 Kommentarer till utfallet
Resultatet blev något sämre än budget.
4.2 Resultaträkning
Belopp i tkr Utfall 2023 Budget 2023 Utfall 2022
Verksamhetens intäkter 6 150 6 100 5 980
Verksamhetens kostnader -6 420 -6 100 -5 700
Verksamhetens nettokostnad -270 0 280
Finansnetto 15 0 4
Årets resultat -255 0 284
4.3 Balansräkning
(tkr)
Utfall Utfall
2023-12-31 2022-12-31
Summa tillgångar 3 020 3 400
Eget kapital 2 600 2 855
Kortfristiga skulder 420 545
Summa eget kapital och skulder 3 020 3 400
4.4 Verksamhetsplan 2024
Förbundet planerar för 2024.`;

describe("style 2: numbered headings, Belopp i tkr, budget column", () => {
  const { facts, findings } = run(TKR);
  it("scales tkr to kronor and keeps budget apart from actual", () => {
    expect(money(facts, "revenue_operating", 2023)).toEqual([6_150_000]);
    expect(money(facts, "revenue_operating", 2023, "budget")).toEqual([6_100_000]);
    expect(money(facts, "revenue_operating", 2022)).toEqual([5_980_000]);
    expect(money(facts, "cost_operating", 2023, "budget")).toEqual([6_100_000]);
    expect(money(facts, "operating_result", 2023)).toEqual([-270_000]);
    expect(money(facts, "financial_items", 2023)).toEqual([15_000]);
    expect(money(facts, "result", 2023, "budget")).toEqual([0]);
    expect(facts.find((f) => f.item === "revenue_operating")!.source_label).toBe("Verksamhetens intäkter (tkr)");
  });
  it("reads 'Eget kapital' without 'Årets resultat' under it as closing equity", () => {
    expect(money(facts, "equity_end", 2023)).toEqual([2_600_000]);
    expect(money(facts, "equity_start", 2023)).toEqual([]);
    expect(money(facts, "assets_total", 2022)).toEqual([3_400_000]);
  });
  it("reports each scaled table once, with its precision", () => {
    const scaled = findings.filter((f) => f.check_id === "statement.unit_scaled");
    expect(scaled.map((f) => f.subject)).toEqual(["finance:general:income_statement", "finance:general:balance_sheet"]);
    expect(scaled[0]!.message).toContain("±500 kr");
    expect(findings.some((f) => f.check_id === "statement.unit_mislabelled")).toBe(false);
  });
  it("ends a statement at the next numbered heading", () => {
    expect(Math.max(...facts.map((f) => f.line))).toBe(20);
  });
});

// Style 3: Mkr with decimals, unit only in the heading; the Kalmar layout of equity.
const MKR = `Resultaträkning, Mkr
2023 2022
Verksamhetens intäkter 12,4 11,9
Verksamhetens kostnader -12,9 -11,25
Årets resultat -0,5 0,65
Balansräkning, Mkr
2023 2022
Summa tillgångar 6,1 6,8
Eget kapital 5,2 4,55
Årets resultat -0,5 0,65
Kortfristiga skulder 1,4 1,6`;

describe("style 3: Mkr with decimals", () => {
  const { facts, findings } = run(MKR);
  it("scales decimals to whole kronor", () => {
    expect(money(facts, "revenue_operating", 2023)).toEqual([12_400_000]);
    expect(money(facts, "cost_operating", 2022)).toEqual([11_250_000]);
    expect(money(facts, "result", 2023, "actual", "general:income_statement")).toEqual([-500_000]);
    expect(findings.find((f) => f.check_id === "statement.unit_scaled")!.message).toContain("mkr");
  });
  it("reads 'Eget kapital' followed by 'Årets resultat' as opening equity", () => {
    expect(money(facts, "equity_start", 2023)).toEqual([5_200_000]);
    expect(money(facts, "equity_end", 2023)).toEqual([]);
  });
});

// Style 4: the heading lies. The note says tkr over kronor cells.
const LYING = `Resultaträkning
Belopp i tkr 2023 2022
Verksamhetens intäkter 180 170
Verksamhetens kostnader -175 -160
Årets resultat 5 10
Not 1 Verksamhetens intäkter (tkr) 2023 2022
Ankeby kommun 45 000 42 500
Region Exempelland 45 000 42 500
Staten 90 000 85 000
Summa 180 000 170 000`;

describe("style 4: a mislabelled unit", () => {
  const { facts, findings } = run(LYING);
  it("reads the lying note as kronor because the income statement says otherwise", () => {
    expect(money(facts, "revenue_operating", 2023, "actual", "general:income_statement")).toEqual([180_000]);
    expect(money(facts, "revenue_operating", 2023, "actual", "general:notes")).toEqual([180_000]);
    const c = facts.filter((f) => f.table === "member_contribution" && f.year === 2023);
    expect(c.map((f) => f.amount_sek)).toEqual([45_000, 45_000, 90_000]);
    const lie = findings.filter((f) => f.check_id === "statement.unit_mislabelled");
    expect(lie).toHaveLength(1);
    expect(lie[0]!.severity).toBe("warning");
    expect(lie[0]!.line).toBe(6);
    expect(lie[0]!.message).toContain("thousand times");
  });
  it("catches plainly-kronor cells under a tkr heading by their size alone", () => {
    const { facts: f2, findings: g2 } = run(
      `Balansräkning (tkr)\n2023 2022\nSumma tillgångar 3 020 000 3 400 000\nKassa och bank 2 900 000 3 300 000`,
    );
    expect(money(f2, "assets_total", 2023)).toEqual([3_020_000]);
    expect(g2.find((f) => f.check_id === "statement.unit_mislabelled")!.message).toContain("read as kronor");
  });
});

// Style 5: a PDF of positioned cells flattened to text: wide gaps, "Not" above the years, a
// note named in the row, members' rows in the income statement, a statement over two pages.
const POSITIONED = `Resultaträkning
Belopp i tkr
Not
2023          2022
Verksamhetens intäkter   Not 1      6 150       5 980
Försäkringskassan och Arbetsförmedlingen        3 075       2 990
Ankeby kommun        1 540       1 495
Verksamhetens kostnader   2     -6 420      -5 700
Årets resultat        -255        284
Balansräkning
Belopp i tkr         2023-12-31      2022-12-31
Summa tillgångar       3 020      3 400
Sida 7 av 12
Balansräkning
Summa eget kapital       2 600      2 855
Summa eget kapital och skulder       3 020      3 400`;

describe("style 5: positioned cells", () => {
  const { facts } = run(POSITIONED);
  it("reads a Not column named above the years and a note named in the row", () => {
    expect(money(facts, "revenue_operating", 2023)).toEqual([6_150_000]);
    expect(money(facts, "cost_operating", 2022)).toEqual([5_700_000]);
    expect(facts.find((f) => f.item === "revenue_operating")!.source_label).toBe("Verksamhetens intäkter (tkr)");
  });
  it("reads members' rows in the income statement as contributions", () => {
    const c = facts.filter((f) => f.table === "member_contribution" && f.year === 2023);
    expect(c.map((f) => [f.member, f.amount_sek])).toEqual([
      ["Försäkringskassan och Arbetsförmedlingen", 3_075_000],
      ["Ankeby kommun", 1_540_000],
    ]);
  });
  it("carries the columns and unit over to the statement's next page", () => {
    expect(money(facts, "equity_end", 2023)).toEqual([2_600_000]);
    // One coverage row per section: the warehouse keys coverage by document and section.
    const sections = parseStatements(doc(POSITIONED)).coverage.map((c) => c.section);
    expect(new Set(sections).size).toBe(sections.length);
    expect(sections).toContain("general:balance_sheet");
    expect(money(facts, "equity_and_liabilities", 2022)).toEqual([3_400_000]);
  });
});

// Style 6: an older report: capitals, "(Belopp i tusentals kronor)", Budget and Bokslut columns,
// a finansieringsanalys, page numbers alone on lines, "varav årets resultat" under closing equity.
const OLDER = `ÅRSREDOVISNING 2010
Innehållsförteckning
1. Förvaltningsberättelse 3
2. Resultaträkning 9
3. Balansräkning 10
4. Finansieringsanalys 11
5. Noter 12
9
2. RESULTATRÄKNING
(Belopp i tusentals kronor)           Not     Budget 2010    Bokslut 2010    Bokslut 2009
Verksamhetens intäkter                 1         9 200          9 215           8 900
Verksamhetens kostnader                2        -9 400         -9 650          -8 450
Verksamhetens nettokostnader                      -200           -435             450
Finansiella intäkter                                40             52              38
Årets resultat                                    -160           -383             488
10
3. BALANSRÄKNING
(Belopp i tusentals kronor)           Not   2010-12-31   2009-12-31
TILLGÅNGAR
Omsättningstillgångar
Fordringar                              3        412          380
Kassa och bank                                 3 918        4 233
SUMMA TILLGÅNGAR                               4 330        4 613
EGET KAPITAL OCH SKULDER
Eget kapital                                   3 850        4 233
  varav årets resultat                          -383          488
Kortfristiga skulder                    4        480          380
SUMMA EGET KAPITAL OCH SKULDER                 4 330        4 613
11
4. FINANSIERINGSANALYS
(tkr)                                         2010         2009
Årets resultat                                -383          488
Ökning/minskning kortfristiga fordringar       -32           15
Ökning/minskning kortfristiga skulder          100          -60
Förändring av likvida medel                   -315          443
Likvida medel vid årets början               4 233        3 790
Likvida medel vid årets slut                 3 918        4 233
12
5. NOTER
Not 1 Verksamhetens intäkter (tkr)            2010         2009
Försäkringskassan                            2 304        2 225
Arbetsförmedlingen                           2 304        2 225
Region Västland                              2 304        2 225
Ankeby kommun                                1 152        1 112
Byköpings kommun                             1 151        1 113
Summa                                        9 215        8 900
Not 2 Verksamhetens kostnader (tkr)          2010         2009
Personalkostnader                            1 950        1 800
Lämnade bidrag                               7 100        6 200
Övriga kostnader                               600          450
Summa                                        9 650        8 450
6. UNDERSKRIFTER`;

describe("style 6: an older report with Bokslut and Budget columns", () => {
  const { facts, findings } = run(OLDER, 2010);
  it("reads the parenthesised unit and the budget column", () => {
    expect(money(facts, "revenue_operating", 2010, "budget")).toEqual([9_200_000]);
    expect(money(facts, "revenue_operating", 2010, "actual", "general:income_statement")).toEqual([9_215_000]);
    expect(money(facts, "operating_result", 2009)).toEqual([450_000]);
    expect(money(facts, "result", 2010, "budget")).toEqual([-160_000]);
  });
  it("reads a note reference whose note is missing only where no other reading fills the columns", () => {
    expect(money(facts, "receivables_total", 2010)).toEqual([412_000]);
  });
  it("reads closing equity with 'varav årets resultat' under it, and the finansieringsanalys", () => {
    expect(money(facts, "equity_end", 2010)).toEqual([3_850_000]);
    expect(money(facts, "cash_start", 2010)).toEqual([4_233_000]);
    expect(money(facts, "cash_flow", 2009)).toEqual([443_000]);
    expect(findings.find((f) => f.check_id === "statement.unmapped_row")!.value).toContain("varav årets resultat");
  });
  it("reads the members of note 1 in tkr", () => {
    expect(facts.filter((f) => f.table === "member_contribution" && f.year === 2010).map((f) => f.amount_sek)).toEqual([
      2_304_000, 2_304_000, 2_304_000, 1_152_000, 1_151_000,
    ]);
  });
});

describe("tables that state no unit", () => {
  const TKR_NOTES = `Resultaträkning
Belopp i tkr Not 2023 2022
Verksamhetens intäkter 1 6 150 5 980
Verksamhetens kostnader 2 -6 420 -5 700
Årets resultat -255 284
Not 1 Verksamhetens intäkter
2023 2022
Ankeby kommun 1 540 1 495
Staten 3 075 2 990
Övriga intäkter 1 535 1 495
Summa 6 150 5 980
Not 2 Personalkostnader
2023 2022
Löner 1 900 1 850
Sociala avgifter 610 590`;
  it("takes the unit of the statement whose items the note repeats", () => {
    const { facts, findings } = run(TKR_NOTES);
    expect(money(facts, "revenue_operating", 2023, "actual", "general:notes")).toEqual([6_150_000]);
    expect(facts.filter((f) => f.table === "member_contribution" && f.year === 2023).map((f) => f.amount_sek)).toEqual([
      1_540_000, 3_075_000,
    ]);
    expect(findings.some((f) => f.check_id === "statement.unit_unknown")).toBe(false);
    // Its only reading: note 2 (about personnel, yet the only way to fill two columns).
    expect(money(facts, "cost_operating", 2023)).toEqual([6_420_000]);
  });
  it("takes the one unit the statements state when the magnitudes are alike", () => {
    const { facts } = run(TKR_NOTES);
    expect(money(facts, "cost_line:loner", 2023)).toEqual([1_900_000]);
  });
  it("stores nothing when no unit is stated anywhere and the totals are too small for kronor", () => {
    const { facts, findings } = run(
      `Resultaträkning\n2023 2022\nVerksamhetens intäkter 6 150 5 980\nVerksamhetens kostnader -6 420 -5 700`,
    );
    expect(facts).toEqual([]);
    expect(findings.find((f) => f.check_id === "statement.unit_unknown")!.line).toBe(1);
  });
  const CAPTIONED = (caption: string) =>
    [
      "Resultaträkning",
      caption,
      "",
      "                                2023       2022   Förändring",
      "Verksamhetens intäkter         6 150      5 980          170",
      "Verksamhetens kostnader       -6 420     -5 700         -720",
    ].join("\n");
  it("takes the unit a table's caption ends on", () => {
    const { facts } = run(CAPTIONED("Tabell 3. Resultaträkningen i sammandrag, tkr"));
    expect(money(facts, "revenue_operating", 2023)).toEqual([6_150_000]);
    expect(money(facts, "revenue_operating", 2022)).toEqual([5_980_000]);
  });
  it("takes no unit from a caption that only mentions one before its end", () => {
    const { facts } = run(CAPTIONED("Tabell 3. Belopp över 50 tkr redovisas per post"));
    expect(facts).toEqual([]);
  });
});

describe("a member's name wrapped under its numbers", () => {
  const NOTE = (second: string) => `Not 1 Medlemsbidrag                 2023            2024
Belopp i kronor
Staten (Försäkringskassan och      6 300 000       6 500 000
${second}
Region Exempel                     6 300 000       6 500 000
Summa medlemsbidrag               12 600 000      13 000 000`;
  const members = (second: string) =>
    run(NOTE(second), 2024)
      .facts.filter((f) => f.table === "member_contribution" && f.year === 2024)
      .map((f) => `${f.member}=${f.amount_sek}`);
  it("joins the rest of the name from the line under the numbers", () => {
    expect(members("  Arbetsförmedlingen)")).toContain("Staten (Försäkringskassan och Arbetsförmedlingen)=6500000");
  });
  it("joins nothing when the line under it is no rest of a member's name (must not fire)", () => {
    expect(members("  Övriga bidrag)").some((m) => m.startsWith("Staten"))).toBe(false);
  });
});

describe("a unit on the notes heading", () => {
  // Notes only, no statement to compare with: the unit on "NOTER (tkr)" alone tells.
  const NOTES = (heading: string, note2 = "Not 2 Personalkostnader 2023 2022") => `${heading}
Not 1 Verksamhetens intäkter 2023 2022
Ankeby kommun 1 540 1 495
Staten 3 075 2 990
Summa 4 615 4 485
${note2}
Löner 1 900 1 850`;
  it("scales every note under it that states no unit", () => {
    const { facts } = run(NOTES("NOTER (tkr)"));
    expect(facts.filter((f) => f.table === "member_contribution" && f.year === 2023).map((f) => f.amount_sek)).toEqual([
      1_540_000, 3_075_000,
    ]);
    expect(money(facts, "cost_line:loner", 2023)).toEqual([1_900_000]);
  });
  it("does not override a note's own unit, nor scale notes under a heading without one", () => {
    const own = run(NOTES("NOTER (tkr)", "Not 2 Personalkostnader (kr) 2023 2022")).facts;
    expect(money(own, "cost_line:loner", 2023)).toEqual([1_900]);
    const none = run(NOTES("NOTER")).facts;
    expect(none.some((f) => f.table === "finance" && (f.amount_sek ?? 0) >= 1_000_000)).toBe(false);
  });
  it("keeps the Kalmar template off notes whose heading states another unit than kronor", () => {
    const kalmar = (text: string) =>
      (
        parseFinancialStatements(doc(text.replace("Ankeby kommun", "Driftbidrag från Ankeby kommun")))
          .facts as AnyFact[]
      ).filter((f) => f.section === "note_1");
    expect(kalmar(NOTES("NOTER (tkr)"))).toEqual([]);
    // The same notes in kronor under a heading with no unit: the template's own.
    expect(kalmar(NOTES("NOTER").replace(/(\d) (\d{3})\b/g, "$1 $2 000")).length).toBeGreaterThan(0);
  });
});

describe("the Kalmar template's notes", () => {
  const FOOTER = "Samordningsförbundet Exempeldalen Årsredovisning 2024";
  const NOTE4 = (title: string) => `${FOOTER}
Text
${FOOTER}
Not 4 ${title} 2024 2023
Leverantörsskulder 210 000 190 000
Upplupna kostnader 95 000 80 000
${FOOTER}
Summa 305 000 270 000`;
  const note4 = (title: string) =>
    (parseFinancialStatements(doc(NOTE4(title), 2024)).facts as AnyFact[]).filter((f) => f.section === "note_4");
  it("reads a note only for the item its title names", () => {
    expect(note4("Lämnade bidrag till insatser")).toEqual([]);
    expect(money(note4("Kortfristiga skulder"), "liabilities_short", 2024)).toEqual([305_000]);
  });
  it("never reads a running footer between the rows as a row", () => {
    const facts = note4("Kortfristiga skulder");
    expect(facts.length).toBeGreaterThan(0);
    expect(facts.filter((f) => f.line === 7)).toEqual([]);
  });
});

describe("what stays unread", () => {
  it("stores nothing under an unknown header", () => {
    const { facts, findings } = run(`Resultaträkning\nKvartal 1 Kvartal 2\nVerksamhetens intäkter 1 100 200 1 050 300`);
    expect(facts.filter((f) => f.table === "finance")).toEqual([]);
    expect(findings.some((f) => f.check_id === "statement.no_year_header")).toBe(true);
  });
  it("stores nothing from a row whose values cannot be placed in columns", () => {
    const { facts, findings } = run(
      `Resultaträkning\nBelopp i kr 2023 2022\nVerksamhetens intäkter 4 200 000 3 900 000\nFinansiella intäkter 12 500`,
    );
    expect(money(facts, "revenue_financial", 2023)).toEqual([]);
    const u = findings.find((f) => f.check_id === "coverage.unread_number")!;
    expect(u.line).toBe(4);
    expect(u.value).toBe("12 500");
  });
  it("reports an unknown row as unmapped, never as a fact", () => {
    const { facts, findings } = run(
      `Resultaträkning\n2023 2022\nJämförelsestörande poster 40 000 30 000\nÅrets resultat 40 000 30 000`,
    );
    expect(facts.filter((f) => f.line === 3)).toEqual([]);
    expect(findings.find((f) => f.check_id === "statement.unmapped_row")!.line).toBe(3);
  });
  it("reads a net cost printed as a positive cost as a negative operating result, and an unsigned one not at all", () => {
    const { facts } = run(
      `Resultaträkning\nBelopp i tkr 2023 2022\nVerksamhetens intäkter, not 1 6 150 5 980\nVerksamhetens kostnader 6 420 5 700\nVerksamhetens nettokostnad 270 -280\nNot 1 Verksamhetens intäkter 2023 2022\nSumma 6 150 5 980`,
    );
    expect(money(facts, "revenue_operating", 2023, "actual", "general:income_statement")).toEqual([6_150_000]);
    expect(money(facts, "operating_result", 2023)).toEqual([-270_000]);
    expect(money(facts, "operating_result", 2022)).toEqual([280_000]);
    const alone = run(`Resultaträkning\nBelopp i tkr 2023 2022\nVerksamhetens nettokostnad 270 -280`);
    expect(money(alone.facts, "operating_result", 2023)).toEqual([]);
    expect(money(alone.facts, "operating_result", 2022)).toEqual([-280_000]);
  });
  it("stores nothing from a note without a column header, and says which numbers", () => {
    const { facts, findings } = run(
      `Resultaträkning\nBelopp i kr 2023 2022\nVerksamhetens intäkter 4 200 000 3 900 000\nNot 1 Verksamhetens intäkter\nStaten 2 100 000 1 950 000\nSumma 4 200 000 3 900 000`,
    );
    expect(facts.filter((f) => f.line > 3)).toEqual([]);
    expect(findings.filter((f) => f.check_id === "coverage.unread_number").map((f) => f.line)).toEqual([5, 6]);
  });
  it("reads a member table found by its own heading", () => {
    const { facts } = run(
      `Intäkter per medlem (tkr) 2023 2022\nStaten 2 100 1 950\nRegion Exempelland 1 050 975\nAnkeby kommun 1 050 975\nSumma 4 200 3 900\n\n\nMedlem 2023\nFörbundet har fyra medlemmar.`,
    );
    const c = facts.filter((f) => f.table === "member_contribution");
    expect(c.map((f) => `${f.member}/${f.year}/${f.amount_sek}`)).toEqual([
      "Staten/2023/2100000",
      "Staten/2022/1950000",
      "Region Exempelland/2023/1050000",
      "Region Exempelland/2022/975000",
      "Ankeby kommun/2023/1050000",
      "Ankeby kommun/2022/975000",
    ]);
  });
  it("reads a heading and a row with a page number run into them", () => {
    const { facts } = run(`14Resultaträkning\nBelopp i tkr 2023 2022\n15Verksamhetens intäkter 6 150 5 980`);
    expect(money(facts, "revenue_operating", 2022)).toEqual([5_980_000]);
  });
  it("trusts no number of a row with digits left in its label (a broken cell)", () => {
    const { facts, findings } = run(
      `Not 2 Verksamhetens kostnader 2010 2009\nLöner 1 900 000 1 850 000\nSumma 5 6?2 418 5 533 907`,
    );
    expect(facts.filter((f) => f.line === 3)).toEqual([]);
    expect(findings.find((f) => f.check_id === "coverage.unread_number")!.line).toBe(3);
  });
  it("takes a row with only its note number for a group heading, and skips running page footers", () => {
    const { facts, findings } = run(
      `Balansräkning\nBelopp i kr Not 2023-12-31 2022-12-31\nEget kapital 5\nIngående eget kapital 3 611 450 3 281 481\n12 Samordningsförbundet Exempeldalen Årsredovisning 2023\nÅrets resultat -244 278 329 969\nSumma eget kapital 3 367 172 3 611 450\nNot 3 Fordringar 2023 2022\nKundfordringar 10 000 5 000`,
    );
    expect(money(facts, "equity_start", 2023)).toEqual([3_611_450]);
    expect(money(facts, "equity_end", 2022)).toEqual([3_611_450]);
    expect(findings.filter((f) => f.check_id === "coverage.unread_number")).toEqual([]);
  });
  it("reads the state's rows in their usual wordings", () => {
    expect(memberOf("Statligt bidrag (Försäkringskassan och Arbetsförmedlingen)")).toBe(
      "Försäkringskassan och Arbetsförmedlingen",
    );
    expect(memberOf("Försäkringskassan och Arbetsförmedlingen (staten)")).toBe(
      "Försäkringskassan och Arbetsförmedlingen",
    );
    expect(memberOf("Försäkringskassan/Arbetsförmedlingen")).toBe("Försäkringskassan/Arbetsförmedlingen");
    expect(memberOf("Försäkringskassan och Arbetsförmedlingen (statens andel)")).toBe(
      "Försäkringskassan och Arbetsförmedlingen",
    );
    // Must not fire: the state's share of something is no member's name.
    expect(memberOf("Statens andel av intäkterna")).toBeNull();
    expect(memberOf("Statens andel (procent)")).toBeNull();
  });
  it("takes a note's last Summa for its total and an earlier one for its group's", () => {
    const { facts } = run(
      `Resultaträkning\nBelopp i kr 2023 2022\nVerksamhetens kostnader -4 350 000 -3 700 000\nNot 2 Kostnader 2023 2022\nPersonalkostnader\nLöner 900 000 850 000\nArbetsgivaravgifter 300 000 250 000\nSumma 1 200 000 1 100 000\nÖvriga kostnader\nLämnade bidrag 2 900 000 2 400 000\nLokalhyra 250 000 200 000\nSumma 3 150 000 2 600 000\nSumma kostnader 4 350 000 3 700 000\nNot 3 Övriga externa kostnader 2023 2022\nResor 20 000 10 000\nSumma kostnader 20 000 10 000`,
    );
    expect(money(facts, "cost_operating", 2023)).toEqual([4_350_000, 4_350_000]);
    expect(money(facts, "personnel_cost", 2023)).toEqual([1_200_000]);
    expect(money(facts, "other_external_cost", 2023)).toEqual([20_000]);
    expect(facts.some((f) => f.amount_sek === 3_150_000)).toBe(false);
  });
  it("finds a Not column the header does not name from the rows only a note number makes fit", () => {
    const { facts } = run(
      `Balansräkning\nBelopp i kr 2023-12-31 2022-12-31\nKortfristiga fordringar 3 310 000 250 000\nKortfristiga skulder 4 648 700 850 000\nKassa och bank 5 2 100 000 2 500 000\nNot 3 Kortfristiga fordringar 2023 2022\nSumma 310 000 250 000\nNot 4 Kortfristiga skulder 2023 2022\nSumma 648 700 850 000`,
    );
    expect(money(facts, "receivables_total", 2023, "actual", "general:balance_sheet")).toEqual([310_000]);
    expect(money(facts, "cash_end", 2023)).toEqual([2_100_000]);
  });
  it("reads 'Eget kapital' equal to 'Summa eget kapital' as closing equity even with the result under it", () => {
    const { facts } = run(
      `Balansräkning\nBelopp i tkr 2023 2022\nEget kapital 1 761 1 900\nÅrets resultat -139 202\nSumma eget kapital 1 761 1 900`,
    );
    expect(money(facts, "equity_end", 2023)).toEqual([1_761_000, 1_761_000]);
    expect(money(facts, "equity_start", 2023)).toEqual([]);
  });
  it("pairs no label with numbers when a table's columns were flattened one after the other", () => {
    const { facts, findings } = run(
      `Resultaträkning\nBelopp i tkr 2023 2022\nVerksamhetens intäkter\nVerksamhetens kostnader\nÅrets resultat\n4 200 3 900\n-4 350 -3 700\n-150 200`,
    );
    expect(facts).toEqual([]);
    expect(findings.filter((f) => f.check_id === "coverage.unread_number").map((f) => f.line)).toEqual([6, 7, 8]);
  });
  it("takes members named in cost notes or below the costs for payees, not payers", () => {
    const { facts } = run(
      `Resultaträkning\nBelopp i kr 2023 2022\nAnkeby kommun 600 000 580 000\nVerksamhetens kostnader -900 000 -850 000\nByköpings kommun 100 000 90 000\nNot 2 Verksamhetens kostnader 2023 2022\nAnkeby kommun 300 000 280 000\nSumma 900 000 850 000`,
    );
    expect(facts.filter((f) => f.table === "member_contribution").map((f) => `${f.member}/${f.line}`)).toEqual([
      "Ankeby kommun/3",
      "Ankeby kommun/3",
    ]);
  });
  it("reads a simple contribution sentence, hedged or not", () => {
    const { facts } = run(
      `Verksamheten i korthet\nStaten bidrog med 2,1 miljoner kronor och Ankeby kommun bidrog med cirka 600 000 kr. Östby kommun bidrog med 300 000 kr.`,
    );
    const c = facts.filter((f) => f.table === "member_contribution");
    expect(c.map((f) => [f.member, f.amount_sek, f.approximate, f.year])).toEqual([
      ["Staten", 2_100_000, false, 2023],
      ["Ankeby kommun", 600_000, true, 2023],
      ["Östby kommun", 300_000, false, 2023],
    ]);
    const elsewhere = run(`Region Exempelland bidrog med 400 000 kr till projektet Unga vuxna.`).facts;
    expect(elsewhere).toEqual([]);
  });
});

describe("the Kalmar template on another federation's report", () => {
  const TEMPLATE_TRAP = `2. Resultaträkning
Belopp i tkr Not 2023 2022
Verksamhetens intäkter 1 6 150 5 980
Verksamhetens kostnader 2 -6 420 -5 700
Årets resultat -255 284
3. Balansräkning
Belopp i kr 2023-12-31 2022-12-31
Summa tillgångar 3 020 000 3 400 000
Eget kapital 2 600 000 2 855 000
Kortfristiga skulder 420 000 545 000`;
  it("leaves a statement in tkr to the general layer instead of reading it as kronor", () => {
    const template = parseFinancialStatements(doc(TEMPLATE_TRAP)).facts as AnyFact[];
    expect(template.filter((f) => f.section === "income_statement")).toEqual([]);
    const all = parseAnnualReport(doc(TEMPLATE_TRAP));
    expect(money(all.facts as AnyFact[], "revenue_operating", 2023)).toEqual([6_150_000]);
    expect(
      all.findings.filter(
        (f) => f.check_id === "document.section_missing" && f.subject === "coverage:income_statement",
      ),
    ).toEqual([]);
  });
  it("reads 'Eget kapital' as opening equity only with 'Årets resultat' under it", () => {
    const template = parseFinancialStatements(doc(TEMPLATE_TRAP)).facts as AnyFact[];
    expect(template.filter((f) => f.item === "equity_start")).toEqual([]);
    expect(money(run(TEMPLATE_TRAP).facts, "equity_end", 2023)).toEqual([2_600_000]);
  });
});

describe("on the real Kalmar report", () => {
  const lines = reportLines();
  const general = parseStatements(docOf(lines));
  const template = parseFinancialStatements(docOf(lines));
  const key = (f: AnyFact) =>
    f.table === "finance" ? `finance|${f.item}|${f.year}|${f.basis}` : `member|${f.member}|${f.year}|${f.basis}`;
  const templateValues = new Map<string, Set<number>>();
  for (const f of template.facts as AnyFact[]) {
    if (f.table !== "finance" && f.table !== "member_contribution") continue;
    const s = templateValues.get(key(f)) ?? new Set<number>();
    s.add(f.amount_sek as number);
    templateValues.set(key(f), s);
  }
  it("agrees with the template parser on every figure both read", () => {
    const disagreements = (general.facts as AnyFact[])
      .filter((f) => templateValues.has(key(f)) && !templateValues.get(key(f))!.has(f.amount_sek))
      .map(key);
    expect(disagreements).toEqual([]);
  });
  it("reads what the template reads from the statements and notes, and nothing new", () => {
    const generalKeys = new Set((general.facts as AnyFact[]).map(key));
    expect((general.facts as AnyFact[]).filter((f) => !templateValues.has(key(f))).map(key)).toEqual([]);
    for (const k of [
      "finance|revenue_operating|2024|actual",
      "finance|equity_start|2024|actual",
      "finance|cash_end|2023|actual",
      "finance|other_external_cost|2024|actual",
      "member|Oskarshmns Kommun|2024|actual",
      "member|staten|2023|actual",
    ])
      expect(generalKeys.has(k)).toBe(true);
    expect((general.facts as AnyFact[]).filter((f) => f.table === "member_contribution")).toHaveLength(28);
  });
  it("finds the sections under Kalmar's numbered headings", () => {
    const parsed = general.coverage.filter((c) => c.status === "parsed").map((c) => c.section);
    expect(parsed).toEqual(
      expect.arrayContaining([
        "general:income_statement",
        "general:balance_sheet",
        "general:cash_flow",
        "general:notes:not_1",
        "general:notes:not_2",
        "general:member_contributions",
      ]),
    );
  });
});

// ---- property: generated statement tables ----

const INCOME_LABELS: [string, string, boolean][] = [
  ["Verksamhetens intäkter", "revenue_operating", false],
  ["Verksamhetens kostnader", "cost_operating", true],
  ["Verksamhetens resultat", "operating_result", false],
  ["Finansiella intäkter", "revenue_financial", false],
  ["Finansiella kostnader", "cost_financial", true],
  ["Finansnetto", "financial_items", false],
  ["Resultat efter finansiella poster", "result_after_financial", false],
  ["Årets resultat", "result", false],
];
const BALANCE_LABELS: [string, string, boolean][] = [
  ["Kortfristiga fordringar", "receivables_total", false],
  ["Kassa och bank", "cash_end", false],
  ["Summa omsättningstillgångar", "current_assets", false],
  ["SUMMA TILLGÅNGAR", "assets_total", false],
  ["Summa eget kapital", "equity_end", false],
  ["Kortfristiga skulder", "liabilities_short", false],
  ["Summa eget kapital och skulder", "equity_and_liabilities", false],
];
const CASH_LABELS: [string, string, boolean][] = [
  ["Årets resultat", "result", false],
  ["Kassaflöde från den löpande verksamheten", "cash_flow_operating", false],
  ["Årets kassaflöde", "cash_flow", false],
  ["Likvida medel vid årets början", "cash_start", false],
  ["Likvida medel vid årets slut", "cash_end", false],
];
const STATEMENTS = [
  { heading: "Resultaträkning", labels: INCOME_LABELS },
  { heading: "4.3 Balansräkning", labels: BALANCE_LABELS },
  { heading: "Finansieringsanalys", labels: CASH_LABELS },
] as const;
const UNITS = [
  { written: "Belopp i kr", factor: 1, decimals: 0 },
  { written: "Belopp i tkr", factor: 1000, decimals: 0 },
  { written: "(tusentals kronor)", factor: 1000, decimals: 0 },
  { written: "(Mkr)", factor: 1_000_000, decimals: 1 },
  { written: "mnkr", factor: 1_000_000, decimals: 2 },
] as const;

/** Swedish format: space thousands separators, decimal comma, hyphen minus. */
function swedish(n: number, decimals: number): string {
  const neg = n < 0;
  const [int, frac] = Math.abs(n).toFixed(decimals).split(".");
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, " ");
  return `${neg ? "-" : ""}${grouped}${frac ? `,${frac}` : ""}`;
}

/** Every number a line's tokens can spell (any run of a leader and three-digit groups). */
function spelledNumbers(line: string): number[] {
  const tokens = line
    .replace(/[\u2212\u2013]/g, "-")
    .split(/\s+/)
    .filter(Boolean);
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!/^-?\d{1,3}(,\d+)?$/.test(tokens[i]!) && !/^-?\d+(,\d+)?$/.test(tokens[i]!)) continue;
    let text = tokens[i]!;
    out.push(Number(text.replace(",", ".")));
    for (let j = i + 1; j < tokens.length && /^\d{3}(,\d+)?$/.test(tokens[j]!) && !/,/.test(text); j++) {
      text += tokens[j];
      out.push(Number(text.replace(",", ".")));
    }
  }
  return out;
}

function derivable(amount: number, line: string): boolean {
  return spelledNumbers(line).some((n) =>
    [1, 1000, 1_000_000].some((f) => Math.round(Math.abs(n) * f) === Math.abs(amount)),
  );
}

describe("property: generated statement tables", () => {
  const table = fc.record({
    statement: fc.integer({ min: 0, max: STATEMENTS.length - 1 }),
    rows: fc.uniqueArray(fc.integer({ min: 0, max: INCOME_LABELS.length - 1 }), {
      minLength: 1,
      maxLength: INCOME_LABELS.length,
    }),
    unit: fc.integer({ min: 0, max: UNITS.length - 1 }),
    magnitude: fc.integer({ min: 2, max: 5 }),
    columns: fc.constantFrom(
      ["2023", "2022"],
      ["2022", "2023"],
      ["Utfall 2023", "Budget 2023", "Utfall 2022"],
      ["Budget 2024", "Utfall 2023"],
    ),
    note: fc.boolean(),
    seeds: fc.array(
      fc.tuple(
        fc.double({ min: 1, max: 9.99, noNaN: true }),
        fc.double({ min: 1, max: 9.99, noNaN: true }),
        fc.double({ min: 1, max: 9.99, noNaN: true }),
        fc.boolean(),
      ),
      { minLength: 8, maxLength: 8 },
    ),
  });
  it("recovers exactly the amounts, and every amount is spelled on its line", () => {
    fc.assert(
      fc.property(table, (t) => {
        const unit = UNITS[t.unit]!;
        // Cells of one row share a magnitude (columns of one statement are alike).
        const magnitude =
          unit.factor === 1_000_000 ? 1 : unit.factor === 1000 ? Math.min(t.magnitude, 4) : t.magnitude + 2;
        const statement = STATEMENTS[t.statement]!;
        const lines = [statement.heading, `${unit.written} ${t.note ? "Not " : ""}${t.columns.join(" ")}`];
        const expected: string[] = [];
        t.rows
          .filter((r) => r < statement.labels.length)
          .forEach((r, i) => {
            const [label, item, cost] = statement.labels[r]!;
            const [a, b, c3, negative] = t.seeds[i]!;
            const cells = t.columns.map((_, c) => {
              const v = Number(([a, b, c3][c]! * 10 ** (magnitude - 1)).toFixed(unit.decimals));
              return cost || negative ? -v : v;
            });
            // A note reference only where it cannot merge with the first amount ("3 120 000" could
            // be note 3 and 120 000): a real reader cannot tell those apart either, and must not guess.
            const digits = String(Math.trunc(Math.abs(cells[0]!))).length;
            const noteRef = t.note && cells[0]! > 0 && digits % 3 !== 0 ? `${i + 1} ` : "";
            lines.push(`${label} ${noteRef}${cells.map((v) => swedish(v, unit.decimals)).join(" ")}`);
            t.columns.forEach((header, c) => {
              const year = Number(header.slice(-4));
              const basis = header.startsWith("Budget") ? "budget" : "actual";
              const sek = Math.round((cost ? Math.abs(cells[c]!) : cells[c]!) * unit.factor);
              expected.push(`${item}|${year}|${basis}|${sek}`);
            });
          });
        const out = parseStatements(doc(lines.join("\n")));
        const got = (out.facts as AnyFact[])
          .filter((f) => f.table === "finance")
          .map((f) => `${f.item}|${f.year}|${f.basis}|${f.amount_sek}`);
        expect(got.sort()).toEqual(expected.sort());
        for (const f of out.facts as AnyFact[]) expect(derivable(f.amount_sek, lines[f.line - 1]!)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
  it("never throws on arbitrary lines, and stores only numbers spelled on their lines", () => {
    const word = fc.constantFrom(
      "Resultaträkning",
      "Balansräkning",
      "Not 1 Verksamhetens intäkter",
      "Belopp i tkr",
      "2023 2022",
      "Not 2023 2022",
      "Utfall 2023 Budget 2023",
      "Verksamhetens intäkter",
      "Årets resultat",
      "Eget kapital",
      "Summa",
      "Ankeby kommun",
      "Mkr",
      "12",
      "4 200",
      "-1 300 000",
      "3,5",
      "........",
      "",
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.array(word, { maxLength: 5 }).map((ws) => ws.join(" ")),
          { maxLength: 30 },
        ),
        (lines) => {
          const out = parseStatements(doc(lines.join("\n")));
          expect(new Set(out.coverage.map((c) => c.section)).size).toBe(out.coverage.length);
          for (const f of out.facts as AnyFact[]) {
            factSchema.parse(f);
            expect(derivable(f.amount_sek, lines[f.line - 1]!)).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("OCR noise, per cell", () => {
  it("leaves a noisy cell unread and reads the clean one whose column is certain", () => {
    // Column gaps: the note, then one cell per column.
    expect(readNoisyRow("Övriga intäkter   3   -1 2O7 300    -1 150 800", 2, true)).toEqual({
      label: "Övriga intäkter",
      values: [null, -1_150_800],
      unreadable: false,
      noise: ["2O7"],
    });
    // One space apart: "2 7l4 055 2 690 310" can only be cut as 2 7l4 055 | 2 690 310.
    expect(readNoisyRow("Summa 2 7l4 055 2 690 310", 2, false)?.values).toEqual([null, 2_690_310]);
    // With or without the note, the second column holds the same tokens.
    expect(readNoisyRow("Fordringar 3 1O5 200 98 400", 2, true)?.values).toEqual([null, 98_400]);
    expect(readNoisyRow("Bank 96 410   1O2 355", 2, false)?.values).toEqual([96_410, null]);
  });
  it("reads nothing where the noise leaves the columns open", () => {
    // 1 200 415 | 8O2 117, 1 200 | 415 8O2 117, 1 200 415 8O2 | 117: no cell is certain.
    expect(readNoisyRow("Kassa och bank 1 200 415 8O2 117", 2, false)?.values).toEqual([null, null]);
    // Three numbers under two columns, one of them noisy: no cutting fits.
    expect(readNoisyRow("Summa   4l2   1 000   2 000", 2, false)?.unreadable).toBe(true);
    // A note number or the first digits of the amount: the first column is unsure.
    expect(readNoisyRow("Skulder 2 140 118 1Z0 300", 2, true)?.values).toEqual([null, null]);
  });
  it("leaves clean rows to the ordinary reader", () => {
    expect(readNoisyRow("Verksamhetens intäkter 1 4 200 000 3 900 000", 2, true)).toBeUndefined();
    expect(readNoisyRow("Not l Verksamhetens intäkter 2011 2010", 2, false)).toBeUndefined();
  });
  it("stores the clean cells of a statement and reports the noisy ones", () => {
    const { facts, findings } = run(
      `Resultaträkning\nBelopp i kr 2011 2010\nVerksamhetens intäkter 3 210 000 3 1O5 500\nVerksamhetens kostnader -3 104 200 -3 O12 700\nÅrets resultat 105 8OO 92 800`,
      2011,
    );
    expect(money(facts, "revenue_operating", 2011)).toEqual([3_210_000]);
    expect(money(facts, "revenue_operating", 2010)).toEqual([]);
    expect(money(facts, "cost_operating", 2011)).toEqual([3_104_200]);
    expect(money(facts, "result", 2010)).toEqual([92_800]);
    expect(money(facts, "result", 2011)).toEqual([]);
    expect(findings.filter((f) => f.check_id === "coverage.unread_number").map((f) => f.line)).toEqual([3, 4, 5]);
  });
  it('takes "Not l" for note 1 when the next note is 2, and no note number the notes around it do not confirm', () => {
    const notes = (text: string) =>
      findStatementBlocks(doc(text))
        .filter((b) => b.note)
        .map((b) => b.note!.number);
    expect(
      notes(
        `Noter\nNot l Verksamhetens intäkter 2023 2022\nAnkeby kommun 500 000 480 000\nNot 2 Verksamhetens kostnader 2023 2022\nLöner 300 000 290 000`,
      ),
    ).toEqual([1, 2]);
    expect(
      notes(
        `Noter\nNot 4 Fordringar 2023 2022\nKundfordringar 10 000 9 000\nNot lO Skulder 2023 2022\nLeverantörsskulder 5 000 4 000\nNot 11 Övrigt 2023 2022`,
      ),
    ).toEqual([4, 10, 11]);
    // "Not l" between notes 4 and 7 is no note 1 (nor 11): the lines stay in note 4's block.
    expect(
      notes(
        `Noter\nNot 4 Fordringar 2023 2022\nKundfordringar 10 000 9 000\nNot l Skulder 2023 2022\nLeverantörsskulder 5 000 4 000\nNot 7 Övrigt 2023 2022`,
      ),
    ).toEqual([4, 7]);
    // A sentence is no heading.
    expect(notes(`Noter\nNot l och 2 saknas i år.\nNot 3 Fordringar 2023 2022`)).toEqual([3]);
  });
  it("knows a landsting and the state in either order as members", () => {
    expect(memberOf("Landstinget i Ankeby län")).toBe("Landstinget i Ankeby län");
    expect(memberOf("Landstinget i Ankeby")).toBe("Landstinget i Ankeby");
    expect(memberOf("Arbetsförmedlingen/Försäkringskassan")).toBe("Arbetsförmedlingen/Försäkringskassan");
    expect(memberOf("AF och FK")).toBe("AF och FK");
    expect(memberOf("Staten (AF/FK)")).toBe("Staten (AF/FK)");
    expect(memberOf("Landstinget i Ankeby och kommunerna")).toBeNull();
    expect(memberOf("Arbetsförmedlingen/Försäkringskassan/Ankeby")).toBeNull();
  });
});

describe("statement columns by position and by the lexicon", () => {
  const layout = [
    "Resultaträkning",
    "Belopp i kr",
    "                                   Not    Budget 2024    Utfall 2024    Utfall 2023",
    "Verksamhetens intäkter               1      5 000 000      4 987 512      4 812 300",
    "Verksamhetens kostnader              2     -5 100 000     -4 901 100     -4 700 250",
    "Finansiella intäkter                               —          1 204              —",
    "Årets resultat                               -100 000         87 616        112 050",
  ].join("\n");

  it("reads a layout statement 'Not | Budget 2024 | Utfall 2024 | Utfall 2023' column by column", () => {
    const { facts } = run(layout, 2024);
    expect(money(facts, "revenue_operating", 2024)).toEqual([4987512]);
    expect(money(facts, "revenue_operating", 2024, "budget")).toEqual([5000000]);
    expect(money(facts, "revenue_operating", 2023)).toEqual([4812300]);
    expect(money(facts, "revenue_financial", 2024)).toEqual([1204]);
    expect(money(facts, "result", 2023)).toEqual([112050]);
  });

  it("must not store the Not column, a dash cell, or the budget column as an actual", () => {
    const { facts } = run(layout, 2024);
    const amounts = facts.map((f) => f.amount_sek);
    expect(amounts).not.toContain(1);
    expect(amounts).not.toContain(2);
    expect(money(facts, "revenue_financial", 2023)).toEqual([]);
    expect(money(facts, "revenue_financial", 2024, "budget")).toEqual([]);
    expect(money(facts, "cost_operating", 2024)).toEqual([4901100]);
  });

  it("leaves a budget-column statement to the general layer: the template stores nothing from it", () => {
    const template = parseFinancialStatements(doc(layout, 2024));
    expect(template.facts).toEqual([]);
    expect(template.coverage.find((c) => c.section === "income_statement")?.note).toMatch(/general layer/);
  });

  it("keeps one unknown header word before a year as an unknown column, never stored", () => {
    expect(parseColumnHeader("Not Utfall 2024 Plan 2024 Utfall 2023")?.columns.map((c) => c.kind)).toEqual([
      "note",
      "amount",
      "unknown",
      "amount",
    ]);
    const { facts } = run(
      ["Resultaträkning, tkr", "Utfall 2024 Plan 2024 Utfall 2023", "Verksamhetens intäkter 4 988 5 000 4 812"].join(
        "\n",
      ),
      2024,
    );
    expect(money(facts, "revenue_operating", 2024)).toEqual([4988000]);
    expect(money(facts, "revenue_operating", 2023)).toEqual([4812000]);
    expect(facts.some((f) => f.amount_sek === 5000000)).toBe(false);
  });

  it("must not take a row with two year-like amounts, or a word with no known column beside it, for a header", () => {
    expect(parseColumnHeader("Medlemsavgift 2024 2023")).toBeNull();
    expect(parseColumnHeader("Plan 2024 Mål 2024")).toBeNull();
  });

  it("names no result row whose label brackets a loss: the figures' sign cannot be told", () => {
    expect(statementItem("Årets resultat (underskott)", "income_statement")).toBeUndefined();
    expect(statementItem("Årets resultat (förlust)", "income_statement")).toBeUndefined();
    // Must fire: a sign convention naming both, a plain label, a note reference.
    expect(statementItem("Årets resultat (+ överskott / – underskott)", "income_statement")?.item).toBe("result");
    expect(statementItem("Årets resultat", "income_statement")?.item).toBe("result");
    expect(statementItem("Årets resultat (not 3)", "income_statement")?.item).toBe("result");
    const facts = run(
      [
        "Resultaträkning (kr)              2024         2023",
        "Verksamhetens intäkter        8 412 300    8 100 250",
        "Verksamhetens kostnader       8 733 120    7 950 400",
        "Årets resultat (underskott)     320 820      149 850",
      ].join("\n"),
      2024,
    ).facts;
    expect(money(facts, "result", 2024)).toEqual([]);
    expect(money(facts, "revenue_operating", 2024)).toEqual([8412300]);
  });

  it("names rows the patterns miss through the lexicon, within the statement's own items", () => {
    expect(statementItem("Verksamhetsintäkter", "income_statement")?.item).toBe("revenue_operating");
    expect(statementItem("– RÄNTEINTÄKTER", "income_statement")?.item).toBe("revenue_financial");
    expect(statementItem("Resultat före finansiella poster", "income_statement")?.item).toBe("operating_result");
    // Not a partial match, not an item of another statement.
    expect(statementItem("Övriga verksamhetsintäkter", "income_statement")).toBeUndefined();
    expect(statementItem("Verksamhetsintäkter", "balance_sheet")).toBeUndefined();
  });

  it("reads (1 204) as a negative and ends the statement at the next table's header", () => {
    const { facts } = run(
      [
        "Balansräkning",
        "(Belopp i tusentals kronor)",
        "2024-12-31 2023-12-31",
        "Summa tillgångar 2 598 1 779",
        "Årets resultat (621) 711",
        "Summa eget kapital 2 170 1 549",
        "",
        "Medlemsbidrag",
        "2024 2023",
        "Region Norrby 1 246 750 1 209 500",
      ].join("\n"),
      2024,
    );
    expect(money(facts, "assets_total", 2024)).toEqual([2598000]);
    expect(money(facts, "result", 2024)).toEqual([-621000]);
    // The members' table in kronor does not make the balance sheet's tkr look wrong.
    expect(money(facts, "equity_end", 2024)).toEqual([2170000]);
  });

  it("must not guess when a number the notes do not list would make the columns a thousandfold apart", () => {
    const { facts, findings } = run(
      [
        "Balansräkning",
        "Belopp i tkr",
        "Not 2024-12-31 2023-12-31",
        "Utgående eget kapital 6 1 004 876",
        "",
        "",
        "Not 1 Medlemsbidrag",
      ].join("\n"),
      2024,
    );
    expect(money(facts, "equity_end", 2024)).toEqual([]);
    expect(findings.some((f) => f.check_id === "coverage.unread_number" && f.line === 4)).toBe(true);
  });
});

describe("a unit stated on a line of its own above the statements", () => {
  const report = (unitLine: string, where: "above" | "below") => {
    const statement = [
      "RESULTATRÄKNING",
      "                                        Not        2024        2023",
      "Verksamhetens intäkter                    2      11 482      10 960",
      "Verksamhetens kostnader                   3    (11 907)    (10 611)",
      "Verksamhetens nettoresultat                       (425)         349",
      "Årets resultat                                    (425)         349",
      "",
    ];
    const lines = ["Samordningsförbundet Exempel", ""];
    if (where === "above") lines.push(unitLine, "");
    lines.push(...statement);
    if (where === "below") lines.push(unitLine, "");
    return lines.join("\n");
  };
  const revenue = (text: string) =>
    (parseAnnualReport(doc(text, 2024)).facts as AnyFact[]).filter(
      (f) => f.table === "finance" && f.item === "revenue_operating" && f.year === 2024,
    );

  it("scales the statement below 'Belopp i tkr', in the template and the general layer alike", () => {
    for (const unitLine of ["Belopp i tkr", "(Belopp anges i tusentals kronor)", "Alla belopp i tkr"]) {
      const found = revenue(report(unitLine, "above"));
      expect(found.length, unitLine).toBeGreaterThan(0);
      expect(new Set(found.map((f) => f.amount_sek)), unitLine).toEqual(new Set([11482000]));
    }
  });

  it("does not take a unit line below the statement, or a sentence about amounts, for its unit (must not fire)", () => {
    expect(revenue(report("Belopp i tkr", "below")).map((f) => f.amount_sek)).not.toContain(11482000);
    const sentence = report("Belopp i tkr redovisas i förvaltningsberättelsen för varje insats separat.", "above");
    expect(revenue(sentence).map((f) => f.amount_sek)).not.toContain(11482000);
  });
});

describe("share columns in a header", () => {
  it("reads 'Andel' and '%' as share columns and 'Bidrag 2024, kr' as that year's amount", () => {
    expect(parseColumnHeader("Medlem   Andel   Bidrag 2024, kr")?.columns).toEqual([
      { kind: "share", written: "Andel" },
      { kind: "amount", year: 2024, basis: "actual", written: "2024" },
    ]);
    expect(parseColumnHeader("%  2024  2023")?.columns.map((c) => c.kind)).toEqual(["share", "amount", "amount"]);
  });

  it("must not make a share column an amount, nor read a header of shares alone", () => {
    expect(parseColumnHeader("Andel 2024")).toBeNull();
    expect(parseColumnHeader("Andel 2024  2024")?.columns[0]).toEqual({ kind: "share", written: "Andel 2024" });
  });
});

describe("a basis in brackets after a year", () => {
  it("reads '2025 (budget)' as the budget of 2025, and must not make '2025 budget' without brackets one", () => {
    expect(parseColumnHeader("2025 (budget)")?.columns).toEqual([
      { kind: "amount", year: 2025, basis: "budget", written: "budget 2025" },
    ]);
    expect(parseColumnHeader("2025 budget")?.columns[0]).toEqual({
      kind: "amount",
      year: 2025,
      basis: "actual",
      written: "2025",
    });
  });
});

describe("a basis line spanning several years", () => {
  const BASIS = "                                     Utfall                   Budget";
  const YEARS = "                              2024          2023              2024";

  it("gives each year the basis word over it, by position", () => {
    const h = parseSplitHeader(BASIS.trim().replace(/\s+/g, " "), YEARS.trim().replace(/\s+/g, " "), {
      basis: BASIS,
      year: YEARS,
    });
    expect(h?.columns).toEqual([
      { kind: "amount", year: 2024, basis: "actual", written: "Utfall 2024" },
      { kind: "amount", year: 2023, basis: "actual", written: "Utfall 2023" },
      { kind: "amount", year: 2024, basis: "budget", written: "Budget 2024" },
    ]);
    expect(parseSplitHeader("Utfall", "2024 2023")?.columns.map((c) => c.kind === "amount" && c.basis)).toEqual([
      "actual",
      "actual",
    ]);
  });

  it("must not guess without positions, nor when a basis word stands over no year", () => {
    expect(parseSplitHeader("Utfall Budget", "2024 2023 2024")).toBeNull();
    const far = "Utfall   Budget                                                           ";
    expect(parseSplitHeader("Utfall Budget", "2024 2023 2024", { basis: far, year: YEARS })).toBeNull();
  });

  it("reads a statement under such a header", () => {
    const facts = parseStatements(
      new DocumentText(
        "x/2024",
        [
          "RESULTATRÄKNING (tkr)",
          BASIS,
          YEARS,
          "Verksamhetens intäkter        9 800         9 500             9 900",
          "Verksamhetens kostnader      -9 700        -9 300            -9 900",
          "Årets resultat                  100           200                 0",
        ],
        2024,
      ),
    ).facts as AnyFact[];
    const revenue = facts.filter((f) => f.table === "finance" && f.item === "revenue_operating");
    expect(revenue.map((f) => `${f.year}:${f.basis}=${f.amount_sek}`).sort()).toEqual([
      "2023:actual=9500000",
      "2024:actual=9800000",
      "2024:budget=9900000",
    ]);
  });
});

describe("a single basis word over a year line", () => {
  it("is the title of every year when it stands between them, and must not be when it stands over the first only", () => {
    const years = "                         2025          2024";
    const title = "                               Budget";
    const first = "                         Budget";
    expect(
      parseSplitHeader("Budget", "2025 2024", { basis: title, year: years })?.columns.map(
        (c) => c.kind === "amount" && c.basis,
      ),
    ).toEqual(["budget", "budget"]);
    expect(parseSplitHeader("Budget", "2025 2024", { basis: first, year: years })).toBeNull();
  });
});

describe("a basis word that cannot be placed over its years", () => {
  it("must not read the year line alone as actual figures when 'Budget' stands over one of its years", () => {
    const facts = parseStatements(
      new DocumentText(
        "x/2024",
        [
          "RESULTATRÄKNING (tkr)",
          "                              Budget",
          "                              2025          2024",
          "Verksamhetens intäkter        9 900         9 800",
          "Verksamhetens kostnader      -9 900        -9 700",
          "Årets resultat                    0           100",
        ],
        2024,
      ),
    ).facts as AnyFact[];
    expect(facts.filter((f) => f.table === "finance" && f.basis === "actual")).toEqual([]);
  });
});

describe("a statement in a unit no reader knows", () => {
  const report = (heading: string, rows: string[]) =>
    [
      "Samordningsförbundet Lövhamra",
      "Årsredovisning 2024",
      "",
      `${heading}                   Not     2024      2023`,
      ...rows,
      "",
      "Not 1 Medlemsbidrag                                2024      2023",
      "Staten                                            4 100     3 950",
      "Region Lövmark                                    2 050     1 975",
      "Summa                                             6 150     5 925",
    ].join("\n");
  const all = (text: string) => parseAnnualReport(doc(text, 2024));
  const finance = (text: string) => (all(text).facts as AnyFact[]).filter((f) => f.table === "finance");

  it("stores nothing when the totals are too small to be kronor, with a finding (unknown unit)", () => {
    const text = report("RESULTATRÄKNING (i tusental)", [
      "Verksamhetens intäkter                      1      6 150     5 925",
      "Verksamhetens kostnader                           -6 480    -5 610",
      "Verksamhetens resultat                              -330       315",
      "Finansiella intäkter                                  12         4",
      "Årets resultat                                      -318       319",
    ]);
    expect(finance(text).map((f) => `${f.item} ${f.amount_sek}`)).toEqual([]);
    expect(all(text).findings.map((f) => f.check_id)).toContain("statement.unit_unknown");
  });

  it("reads a statement headed '(kkr)' with its columns on the heading's line, in thousands", () => {
    const text = report("RESULTATRÄKNING (kkr)", [
      "Verksamhetens intäkter                      1      6 150     5 925",
      "Verksamhetens kostnader                           -6 480    -5 610",
      "Verksamhetens resultat                              -330       315",
      "Finansiella intäkter                                  12         4",
      "Årets resultat                                      -318       319",
    ]);
    const of = (item: string) =>
      new Set(
        finance(text)
          .filter((f) => f.item === item && f.year === 2024)
          .map((f) => f.amount_sek),
      );
    expect(of("revenue_operating")).toEqual(new Set([6_150_000]));
    expect(of("result")).toEqual(new Set([-318_000]));
    expect(of("revenue_financial")).toEqual(new Set([12_000]));
  });

  it("keeps a small line of a statement in kronor: a financial income of 312 kr (must not fire)", () => {
    const text = report("RESULTATRÄKNING", [
      "Verksamhetens intäkter                      1  6 150 400  5 925 100",
      "Verksamhetens kostnader                       -6 480 120 -5 610 300",
      "Verksamhetens resultat                          -329 720    314 800",
      "Finansiella intäkter                                 312        95",
      "Årets resultat                                  -329 408    314 895",
    ]);
    const stored = finance(text).filter((f) => f.year === 2024);
    expect(stored.find((f) => f.item === "revenue_financial")?.amount_sek).toBe(312);
    expect(stored.find((f) => f.item === "result")?.amount_sek).toBe(-329408);
  });
});

describe("thin spaces and a note title with its year and unit after a comma", () => {
  it("reads a balance sheet whose thousands are set apart by thin spaces (U+2009) by position", () => {
    const t = "\u2009";
    const { facts } = run(
      [
        "Balansräkning, kronor                   2023-12-31      2022-12-31",
        `Summa tillgångar                         1${t}702${t}300      1${t}811${t}560`,
        `Utgående eget kapital                    1${t}288${t}450      1${t}406${t}880`,
      ].join("\n"),
    );
    expect(money(facts, "equity_end", 2023)).toEqual([1_288_450]);
    expect(money(facts, "equity_end", 2022)).toEqual([1_406_880]);
    expect(money(facts, "assets_total", 2023)).toEqual([1_702_300]);
  });

  const NOTE = (title: string) =>
    [
      "Resultaträkning, kronor            Not          2023            2022",
      "Verksamhetens intäkter              1      4 000 000       3 800 000",
      "Verksamhetens kostnader                   -3 900 000      -3 700 000",
      "",
      title,
      "Staten                                     2 000 000",
      "Region Exempel                             1 000 000",
      "Exempelby kommun                           1 000 000",
      "Summa                                      4 000 000",
    ].join("\n");
  const members = (title: string) =>
    run(NOTE(title))
      .facts.filter((f) => f.table === "member_contribution")
      .map((f) => `${f.year}:${f.amount_sek}`);

  it("reads a one-column note whose title names its year before a comma and the unit", () => {
    expect(members("Not 1 Medlemsavgifter 2023, kronor")).toEqual(["2023:2000000", "2023:1000000", "2023:1000000"]);
  });

  it("stores nothing from a one-column note whose title names no year (must not fire)", () => {
    expect(members("Not 1 Medlemsavgifter, kronor")).toEqual([]);
  });
});

describe("a statement headed as a summary", () => {
  const sheet = (heading: string) =>
    run(
      [
        heading,
        "                                 2023-12-31  2022-12-31",
        "Summa tillgångar                    2 100      1 900",
        "Eget kapital                        1 500      1 300",
      ].join("\n"),
    ).facts;
  it("reads a balance sheet headed 'i sammandrag' with its unit", () => {
    expect(money(sheet("5. Balansräkning i sammandrag (tkr)"), "equity_end", 2023)).toEqual([1_500_000]);
  });
  it("reads no statement under a heading that goes on with other words (must not fire)", () => {
    expect(sheet("5. Balansräkning i sammandrag för kommunen (tkr)")).toEqual([]);
  });
});

describe("a budget statement closing on the year-end equity", () => {
  const table = (equityRow: string) =>
    [
      "Budget 2025 (tkr)",
      "",
      "| | Budget 2025 | Utfall 2024 |",
      "|---|---:|---:|",
      "| Summa intäkter | 6 950 | 6 700 |",
      "| Summa kostnader | -7 250 | -6 580 |",
      "| Resultat | -300 | 120 |",
      equityRow,
    ].join("\n");
  it("reads the equity row, an empty cell left empty", () => {
    const { facts } = run(table("| Eget kapital vid årets slut | 1 960 | |"), 2025);
    expect(money(facts, "equity_end", 2025, "budget")).toEqual([1_960_000]);
    expect(facts.filter((f) => f.item === "equity_end" && f.year === 2024)).toEqual([]);
  });
  it("must not read an equity row whose cells cannot be told to their columns", () => {
    const { facts } = run(table("Eget kapital vid årets slut 1 960"), 2025);
    expect(facts.filter((f) => f.item === "equity_end")).toEqual([]);
  });
});

describe("a balance date in a row's label", () => {
  it("is no broken cell: 'Eget kapital 31 dec' is read", () => {
    for (const label of ["Eget kapital 31 dec", "Eget kapital 31/12", "Eget kapital 31 december 2024"])
      expect(damagedLabel(label)).toBe(false);
    const { facts } = run(
      [
        "Ekonomi (kr)",
        "                       Budget 2024     Utfall 2024",
        "Intäkter                 7 100 000       7 100 000",
        "Kostnader               -7 400 000      -7 245 800",
        "Resultat                  -300 000        -145 800",
        "Eget kapital 31 dec              –       1 720 400",
      ].join("\n"),
      2024,
    );
    expect(money(facts, "equity_end", 2024)).toEqual([1_720_400]);
  });
  it("must not pass digits that are no balance date: a number cut by noise stays damaged", () => {
    for (const label of ["Summa 5 6l2", "Eget kapital 31 12", "Eget kapital 30 jun"])
      expect(damagedLabel(label)).toBe(true);
  });
});

describe("a row's cell OCR set on a line of its own under the row", () => {
  const statement = (orphan: string) =>
    [
      "RESULTATRÄKNING                                  (kr)",
      "                                        2024               2023",
      "",
      "Verksamhetens intäkter               5 210 400          4 980 000",
      "Verksamhetens kostnader             -5 344 100",
      `                         ${orphan}`,
      "Verksamhetens resultat                 -133 700          212 300",
    ].join("\n");
  it("fills the row's empty cell where revenue less costs confirms it", () => {
    const { facts } = run(statement("-4 767 700"), 2024);
    expect(money(facts, "cost_operating", 2023)).toEqual([4_767_700]);
    expect(money(facts, "cost_operating", 2024)).toEqual([5_344_100]);
  });
  it("must not fill it where no identity confirms the number", () => {
    const { facts } = run(statement("-4 700 000"), 2024);
    expect(money(facts, "cost_operating", 2023)).toEqual([]);
  });
});

describe("a header with its years above the basis words", () => {
  const stacked = [
    "Samordningsförbundet Ormbo",
    "Årsredovisning 2025",
    "",
    "Resultaträkning (tkr)",
    "                               2025          2025          2024",
    "                             Budget        Utfall        Utfall",
    "Verksamhetens intäkter        6 400         6 310         6 150",
    "Verksamhetens kostnader      -6 900        -6 480        -6 020",
    "Årets resultat                 -500          -170           130",
  ];

  it("pairs the basis line below the years by position: the budget is the budget, the outcome the year's", () => {
    const { facts } = run(stacked.join("\n"), 2025);
    expect(money(facts, "revenue_operating", 2025)).toEqual([6310000]);
    expect(money(facts, "revenue_operating", 2025, "budget")).toEqual([6400000]);
    expect(money(facts, "result", 2025)).toEqual([-170000]);
    expect(money(facts, "result", 2024)).toEqual([130000]);
  });

  it("reads neither 2025 column as the outcome when the line below the years names no basis of each (must not fire)", () => {
    const lines = [...stacked];
    lines[5] = "                 Budget     Prognos       Utfall     Avvikelse";
    const { facts } = run(lines.join("\n"), 2025);
    expect(money(facts, "revenue_operating", 2025)).toEqual([]);
  });

  it("starts a new table at a caption over dated columns, never reading its rows under the columns above", () => {
    const lines = [
      ...stacked,
      "",
      "Eget kapital (tkr)          2025-01-01    2025-12-31",
      "Eget kapital                     1 900         1 730",
    ];
    const { facts } = run(lines.join("\n"), 2025);
    expect(money(facts, "equity_end", 2025)).toEqual([]);
    expect(money(facts, "equity_end", 2025, "budget")).toEqual([]);
  });
});
