/**
 * Stop 43c, r43-s37a: two old accounting styles. Made-up federation (Hällmyra), figures and wording.
 * - Statement headers that write the periods and balance days as six-digit dates ("240101-241231",
 *   "241231"): each whole year written as its year, the rest left as written (`sixDigitDates.ts`).
 * - The currency before the amount in running text ("kr 4 120 000"): turned round so the prose readers
 *   read it (`currencyBeforeAmount.ts`).
 * - A list of members' fees numbered "1) … 2) …", one per line: the clause numbers blanked so each line
 *   reads as a label and its figure (`numberedListMarks.ts`).
 */
import { describe, expect, it } from "vitest";
import { sixDigitDates } from "../../loaders/extract/text/sixDigitDates.ts";
import { currencyBeforeAmount } from "../../loaders/extract/text/currencyBeforeAmount.ts";
import { numberedListMarks } from "../../loaders/extract/text/numberedListMarks.ts";
import type { AnyFact } from "../helpers.ts";
import { extractReport } from "../support/reportFacts.ts";

const money = (facts: AnyFact[]) =>
  facts
    .filter((f) => f.table === "finance" && f.basis === "actual")
    .map((f) => `${f.year}:${f.item}=${f.amount_sek}`)
    .sort();

describe("six-digit dates heading statement columns", () => {
  it("writes whole-year periods and year-end days as years, keeping the line's width", () => {
    const head = "Resultatrapport         Not    240101-241231    230101-231231";
    const out = sixDigitDates([head], 2024)!;
    expect(out[0]).toHaveLength(head.length);
    expect(out[0]).toMatch(/Not\s+2024\s+2023$/);
    expect(sixDigitDates(["Balans                       241231      231231"], 2024)![0]).toMatch(/\s2024\s+2023$/);
  });
  it("leaves a broken financial year, a half-year day, a figure row and a sentence as written", () => {
    expect(sixDigitDates(["Resultat         240701-250630    230701-240630"], 2024)).toBeUndefined();
    expect(sixDigitDates(["Balans           240630      231231"], 2024)).toBeUndefined();
    expect(sixDigitDates(["Kassa och bank        241231        231231"], 2024)).toBeUndefined();
    expect(sixDigitDates(["Styrelsen beslutade 241231 om budget för 240101-241231."], 2024)).toBeUndefined();
    expect(sixDigitDates(["Period           240101-241231    240101-241231"], 2024)).toBeUndefined();
    expect(sixDigitDates(["Period           180101-181231    170101-171231"], 2024)).toBeUndefined();
    expect(sixDigitDates(["Intäkter    2   240101-241231   230101-231231"], 2024)).toBeUndefined();
  });

  const report = [
    "Hällmyra samordningsförbund",
    "Årsredovisning för perioden 240101-241231",
    "",
    "Resultaträkning                    240101-241231   230101-231231",
    "",
    "Verksamhetens intäkter                 4 120 000       3 980 000",
    "Verksamhetens kostnader               -4 301 552      -3 911 240",
    "Verksamhetens resultat                  -181 552          68 760",
    "Årets resultat                          -179 004          70 118",
    "",
    "Balansräkning                            241231          231231",
    "",
    "Summa tillgångar                       1 402 110       1 588 960",
    "Summa eget kapital                       988 440       1 167 444",
    "",
  ];
  it("reads the statement's columns under six-digit heads as the report year", () => {
    const m = money(extractReport(report, "hallmyra", 2024));
    expect(m).toEqual(
      expect.arrayContaining([
        "2024:revenue_operating=4120000",
        "2024:cost_operating=4301552",
        "2024:result=-179004",
        "2024:assets_total=1402110",
        "2024:equity_end=988440",
      ]),
    );
  });
  it("never stores the prior year's column as the report year", () => {
    const facts = extractReport(report, "hallmyra", 2024).filter((f) => f.table === "finance" && f.year === 2024);
    const amounts = facts.map((f) => f.amount_sek);
    for (const v of [3980000, 3911240, 70118, 1588960, 1167444]) expect(amounts).not.toContain(v);
  });
  it("reads nothing under a broken financial year's heads as the report year", () => {
    const broken = report.map((l) =>
      l.replace("240101-241231", "230701-240630").replace("230101-231231", "220701-230630"),
    );
    const amounts = extractReport(broken, "hallmyra", 2024)
      .filter((f) => f.table === "finance" && f.year === 2024 && f.basis === "actual")
      .map((f) => f.amount_sek);
    for (const v of [4120000, 4301552, 179004, -179004]) expect(amounts).not.toContain(v);
  });
});

describe("currency before the amount", () => {
  it("turns 'kr 4 120 000' round in running text", () => {
    expect(currencyBeforeAmount(["Intäkterna uppgick till kr 4 120 000 och kostnaderna till kr 4 301 552."])).toEqual([
      "Intäkterna uppgick till 4 120 000 kr och kostnaderna till 4 301 552 kr.",
    ]);
    expect(currencyBeforeAmount(["  b) årets resultat: SEK −179 004;"])).toEqual(["  b) årets resultat: −179 004 kr;"]);
  });
  it("leaves a figure before the word, a unit after the figure, a year, a table and a price list as written", () => {
    expect(currencyBeforeAmount(["Avgiften är 500 kr 2024 och höjs."])).toBeUndefined();
    expect(currencyBeforeAmount(["Budgeten för kr 2025 fastställdes."])).toBeUndefined();
    expect(currencyBeforeAmount(["Ersättning kr 12 tkr per månad."])).toBeUndefined();
    expect(currencyBeforeAmount(["Intäkter   kr 4 120 000   kr 3 980 000"])).toBeUndefined();
    expect(currencyBeforeAmount(["Kostnad per deltagare 12,5 kr/timme."])).toBeUndefined();
    expect(currencyBeforeAmount(["Budgeten för insatser var kr 9 400 000."])).toBeUndefined();
    expect(currencyBeforeAmount(["Resultatet blev kr 120 000 mot budgeterade kr 80 000."])).toEqual([
      "Resultatet blev 120 000 kr mot budgeterade kr 80 000.",
    ]);
  });

  const prose = [
    "Hällmyra samordningsförbund",
    "Förvaltningsberättelse 2024",
    "",
    "Ekonomi",
    "",
    "Verksamhetens intäkter uppgick under året till kr 4 120 000 och verksamhetens kostnader till kr 4 301 552.",
    "Årets resultat blev kr −179 004, att jämföra med ett budgeterat resultat om kr −250 000.",
    "Eget kapital minskade från kr 1 167 444 till kr 988 440.",
    "",
    "För 2025 har styrelsen antagit en budget med intäkter om kr 4 300 000.",
    "",
  ];
  it("reads the amounts written currency first", () => {
    expect(money(extractReport(prose, "hallmyra", 2024))).toEqual(
      expect.arrayContaining(["2024:result=-179004", "2024:equity_end=988440"]),
    );
  });
  it("never stores the budget, the opening equity or next year's budget as an outcome", () => {
    const facts = extractReport(prose, "hallmyra", 2024).filter((f) => f.table === "finance" && f.basis === "actual");
    const amounts = facts.map((f) => f.amount_sek);
    for (const v of [-250000, 250000, 4300000]) expect(amounts).not.toContain(v);
    const equity2024 = facts.filter((f) => f.year === 2024 && f.item === "equity_end").map((f) => f.amount_sek);
    expect(equity2024).not.toContain(1167444);
  });
});

describe("numbered list marks", () => {
  it("blanks the clause numbers of a numbered list of figures, keeping the width", () => {
    const list = [
      "Fördelning:",
      "   1) Hällmyra kommun 810 000 kr;",
      "   2) Region Ösby",
      "      1 620 000 kr;",
      "   3) staten 2 430 000 kr.",
    ];
    const out = numberedListMarks(list)!;
    expect(out[1]).toBe("      Hällmyra kommun 810 000 kr;");
    expect(out[2]).toBe("      Region Ösby");
    expect(out[4]).toBe("      staten 2 430 000 kr.");
    expect(out[4]).toHaveLength(list[4]!.length);
  });
  it("leaves a list of notes, a list out of order, a lone item and a mark inside a sentence as written", () => {
    expect(numberedListMarks(["1) Avser helår.", "2) Exklusive moms."])).toBeUndefined();
    expect(numberedListMarks(["2) Region Ösby 1 620 000 kr", "3) staten 2 430 000 kr"])).toBeUndefined();
    expect(numberedListMarks(["1) Region Ösby 1 620 000 kr", "3) staten 2 430 000 kr"])).toBeUndefined();
    expect(numberedListMarks(["1) Region Ösby 1 620 000 kr", "", "Annat."])).toBeUndefined();
    expect(numberedListMarks(["Vi hade 1) 140 deltagare och 2) 61 nya."])).toBeUndefined();
  });

  const fees = [
    "Hällmyra samordningsförbund",
    "Förvaltningsberättelse 2024",
    "",
    "Medlemmarnas bidrag under året var:",
    "",
    "  1) Försäkringskassan och Arbetsförmedlingen kr 2 060 000,",
    "  2) Region Ösby kr 1 030 000,",
    "  3) Hällmyra kommun kr 1 030 000.",
    "",
    "Bidragen för 2025 blir enligt budget:",
    "",
    "  1) Försäkringskassan och Arbetsförmedlingen kr 2 200 000,",
    "  2) Region Ösby kr 1 100 000,",
    "  3) Hällmyra kommun kr 1 100 000.",
    "",
  ];
  const registry = (lines: string[]) => extractReport(lines, "hallmyra", 2024);
  it("never reads a clause number as a fee nor next year's budget list as the year's fees", () => {
    const contributions = registry(fees).filter((f) => f.table === "member_contribution");
    const amounts = contributions.map((f) => f.amount_sek);
    for (const v of [1, 2, 3, 2200000, 1100000]) expect(amounts).not.toContain(v);
    for (const f of contributions) expect(f.year).toBe(2024);
  });
});
