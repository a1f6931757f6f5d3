import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { readMoneySentence } from "../../loaders/extract/general/moneyGrammar.ts";
import { itemsInTables, parseProseFinance } from "../../loaders/extract/general/parseProseFinance.ts";
import { bestProseConcept } from "../../loaders/reference/concepts.ts";
import type { AnyFact } from "../helpers.ts";

/** What a sentence yields, as "item=sek~" (~ = approximate). */
const read = (s: string, year = 2024) =>
  readMoneySentence(s, year).figures.map(
    (f) =>
      `${f.item}=${f.sek}${f.approximate ? "~" : ""}${f.basis === "budget" ? " budget" : ""}${f.year === year ? "" : ` ${f.year}`}`,
  );
const unreadOf = (s: string, year = 2024) => readMoneySentence(s, year).unread.map((u) => `${u.raw}: ${u.why}`);
const doc = (text: string, year = 2024) => new DocumentText("test/2024-annual-report", text.split("\n"), year);
const factsOf = (text: string, year = 2024) => parseProseFinance(doc(text, year)).facts as AnyFact[];

describe("the concept a clause of running text names", () => {
  it("reads a result from the sign word alone and equity from 'det egna kapitalet'", () => {
    expect(bestProseConcept("Förbundet visar ett underskott på", ["finance"])?.concept.code).toBe("result");
    expect(bestProseConcept("Det egna kapitalet uppgick vid årets slut till", ["finance"])?.concept.code).toBe(
      "equity_end",
    );
  });

  it("names nothing when the clause names two figures", () => {
    expect(bestProseConcept("Intäkterna och kostnaderna uppgick båda till", ["finance"])).toBeUndefined();
  });
});

describe("money in a sentence", () => {
  it("gives a result its sign from a word, scaled from Mkr and approximate", () => {
    expect(read("Förbundet visar för året ett underskott på 0,6 Mkr.")).toEqual(["result=-600000~"]);
    expect(read("Årets resultat blev ett överskott på 1,25 mnkr.")).toEqual(["result=1250000~"]);
    expect(read("Årets resultat blev ett negativt resultat om 0,3 M.kr.")).toEqual(["result=-300000~"]);
    expect(read("Förbundet redovisar 0,4 milj. i underskott.")).toEqual(["result=-400000~"]);
  });

  it("takes the sign from the words before the amount, not from a figure it is compared with", () => {
    expect(
      read("Förbundet redovisar ett överskott på 0,8 Mkr jämfört med ett underskott på 0,2 Mkr året innan."),
    ).toEqual(["result=800000~"]);
  });

  it("keeps the sign a number carries, written with a real minus", () => {
    expect(read("Årets resultat blev −0,2 Mkr.")).toEqual(["result=-200000~"]);
    expect(read("Årets resultat blev +0,4 Mkr.")).toEqual(["result=400000~"]);
  });

  it("does not store a result without a sign, or with signs that disagree", () => {
    expect(read("Förbundet fick 2 m.kr i resultat.")).toEqual([]);
    expect(read("Årets resultat uppgick till 812 000 kr.")).toEqual([]);
    expect(read("Efter fjolårets underskott blev årets resultat ett överskott på 0,5 Mkr.")).toEqual([]);
  });

  it("reads a result named by a loss, a plus or a minus", () => {
    expect(read("Förbundet redovisar en förlust på 0,3 Mkr.")).toEqual(["result=-300000~"]);
    expect(read("Förbundet gick med ett plus på 0,2 mnkr.")).toEqual(["result=200000~"]);
    expect(read("Årets resultat visar ett minus på 412 tkr.")).toEqual(["result=-412000~"]);
  });

  it("reads money whose number is written in words, as approximate", () => {
    expect(read("Förbundet redovisar ett underskott på två miljoner kronor.")).toEqual(["result=-2000000~"]);
    expect(read("Intäkterna uppgick till sju miljoner kronor och kostnaderna till åtta miljoner.")).toEqual([
      "revenue_operating=7000000~",
      "cost_operating=8000000~",
    ]);
  });

  it("does not read 'en miljon' (an article), a multiple, or a word number for a figure the clause does not name", () => {
    expect(read("Årets resultat blev ett överskott på en miljon kronor.")).toEqual([]);
    expect(read("Kostnaderna var tre gånger så höga som året innan.")).toEqual([]);
    expect(read("Förbundet delade ut fem miljoner kronor i bidrag till insatser.")).toEqual([]);
  });

  it("reads revenue and costs in one sentence, each by its own clause, with hedges", () => {
    expect(read("Förbundets intäkter uppgick till ca 6,4 miljoner kronor och kostnaderna till 6 120 000 kr.")).toEqual([
      "revenue_operating=6400000~",
      "cost_operating=6120000",
    ]);
    // "drygt" makes the amount a bound, never the figure; the other clause is still read.
    expect(
      read("Förbundets intäkter uppgick till drygt 6,4 miljoner kronor och kostnaderna till 6 120 000 kr."),
    ).toEqual(["cost_operating=6120000"]);
  });

  it("reads a budget or an earlier year in a bracket beside the outcome as that basis or that year, never as the outcome", () => {
    expect(read("Kostnaderna blev 6,1 Mkr (budget 6,5 Mkr).")).toEqual([
      "cost_operating=6100000~",
      "cost_operating=6500000~ budget",
    ]);
    expect(read("Intäkterna var 7,2 Mkr (2023: 6,9 Mkr).")).toEqual([
      "revenue_operating=7200000~",
      "revenue_operating=6900000~ 2023",
    ]);
    expect(read("Det egna kapitalet uppgick per 2024-12-31 till 2 310 tkr (2023-12-31: 2 045 tkr).")).toEqual([
      "equity_end=2310000~",
      "equity_end=2045000~ 2023",
    ]);
    expect(read("Intäkterna var 7,2 Mkr (föregående år 6,9 Mkr) och kostnaderna 7,5 Mkr (budget 7,0 Mkr).")).toEqual([
      "revenue_operating=7200000~",
      "revenue_operating=6900000~ 2023",
      "cost_operating=7500000~",
      "cost_operating=7000000~ budget",
    ]);
  });

  it("leaves a bracket unread when it has no year or basis, a later year, no outcome beside it, or a result without its own sign", () => {
    expect(read("Kostnaderna blev 6,1 Mkr (6,5 Mkr).")).toEqual(["cost_operating=6100000~"]);
    expect(unreadOf("Kostnaderna blev 6,1 Mkr (6,5 Mkr).")).toEqual([
      "6,5 Mkr: an amount in brackets without a year or a basis",
    ]);
    expect(read("Kostnaderna blev 6,1 Mkr (2025: 6,5 Mkr).")).toEqual(["cost_operating=6100000~"]);
    expect(read("Kostnaderna (budget 6,5 Mkr) blev lägre än väntat.")).toEqual([]);
    expect(read("Kostnaderna blev 6,1 Mkr (varav lokaler 0,5 Mkr).")).toEqual(["cost_operating=6100000~"]);
    expect(read("Förbundet visar ett underskott på 0,6 Mkr (2023: 0,2 Mkr).")).toEqual(["result=-600000~"]);
    expect(read("Förbundet visar ett underskott på 0,6 Mkr (2023: -0,2 Mkr).")).toEqual([
      "result=-600000~",
      "result=-200000~ 2023",
    ]);
    expect(read("Det egna kapitalet var 2,3 Mkr (budget 2,0 Mkr).")).toEqual(["equity_end=2300000~"]);
    expect(read("Kommunens kostnader för förbundet var 1,1 Mkr (budget 1,0 Mkr och 2023: 0,9 Mkr).")).not.toContain(
      "cost_operating=1000000~ budget",
    );
  });

  it("reads a bracketed budgeted result by its own sign word, and an outcome compared with its budget", () => {
    expect(read("Årets resultat blev ett underskott på 0,5 mnkr (budgeterat underskott 0,8 mnkr).")).toEqual([
      "result=-500000~",
      "result=-800000~ budget",
    ]);
    // The budget it is compared with is that figure's budget (a zero result needs no sign).
    expect(read("Resultatet blev -0,5 mnkr mot budgeterat 0 kr.")).toEqual(["result=-500000~", "result=0 budget"]);
    expect(read("Kostnaderna blev 6,1 mnkr jämfört med budgeterade 6,5 mnkr.")).toEqual([
      "cost_operating=6100000~",
      "cost_operating=6500000~ budget",
    ]);
  });

  it("does not read a bracketed result's sign from the outcome's words, nor a compared budget as the outcome", () => {
    expect(read("Årets resultat blev ett underskott på 0,5 mnkr (budget 0,8 mnkr).")).toEqual(["result=-500000~"]);
    expect(read("Årets resultat blev ett underskott på 0,5 mnkr (budgeterat överskott -0,8 mnkr).")).toEqual([
      "result=-500000~",
    ]);
    expect(read("Resultatet blev 0,5 mnkr mot budget.")).toEqual([]);
    expect(read("Budgeterat resultat var 0 kr mot utfallet -0,5 mnkr.")).toEqual([]);
  });

  it("takes a result's sign from an apposition after its clause, not from a comparison", () => {
    expect(read("Förbundet redovisar 2 m.kr i resultat för året, ett underskott som var planerat.")).toEqual([
      "result=-2000000~",
    ]);
    expect(read("Årets resultat blev 0,4 Mkr, vilket innebär ett överskott.")).toEqual(["result=400000~"]);
    expect(read("Förbundet redovisar 2 m.kr i resultat, jämfört med ett underskott året innan.")).toEqual([]);
    expect(read("Förbundet redovisar 2 m.kr i resultat, och ett underskott väntas nästa år.")).toEqual([]);
  });

  it("never reads a part after 'varav'", () => {
    expect(read("Kostnaderna uppgick till 5,5 Mkr, varav personalkostnader 2,0 Mkr.")).toEqual([
      "cost_operating=5500000~",
    ]);
  });

  it("reads equity at the year's end from a sentence with its date, not the date", () => {
    expect(read("Eget kapital uppgick den 31 december 2024 till 3,1 miljoner kronor.")).toEqual([
      "equity_end=3100000~",
    ]);
  });

  it("does not read equity at the year's start, nor another year's as the report's year's", () => {
    expect(read("Det egna kapitalet var 2,8 Mkr den 1 januari 2024.")).toEqual([]);
    // Dated by an earlier year's end, it is that year's (sentenceYear.ts), never 2024's.
    expect(read("Eget kapital uppgick den 31 december 2023 till 3,1 miljoner kronor.")).toEqual([
      "equity_end=3100000~ 2023",
    ]);
    expect(read("Eget kapital uppgick den 31 december 2025 till 3,1 miljoner kronor.")).toEqual([]);
  });

  it("does not read changes, differences, budgets, targets or prices as the year's figure", () => {
    expect(read("Kostnaderna minskade med 0,3 Mkr.")).toEqual([]);
    expect(read("Kostnaderna ökade med 0,3 Mkr.")).toEqual([]);
    expect(read("Intäkterna ökade med 0,3 Mkr till följd av ett högre statligt bidrag.")).toEqual([]);
    expect(read("Kostnaderna beräknas öka till 7,0 Mkr.")).toEqual([]);
    expect(read("Kostnaden per deltagare minskade till 40 000 kr.")).toEqual([]);
    expect(read("Kostnaderna blev 0,4 Mkr lägre än budget.")).toEqual([]);
    expect(read("Kostnaderna blev 0,2 mnkr högre, ett plus på 3 procent.")).toEqual([]);
    expect(read("Budgeterade kostnader för året var 6,0 Mkr.")).toEqual(["cost_operating=6000000~ budget"]);
    expect(read("Kostnaden per deltagare var 45 000 kr.")).toEqual([]);
    expect(read("Intäkterna för perioden 2022–2024 var 19 Mkr.")).toEqual([]);
    expect(read("Kostnaderna var 1,2–1,5 Mkr.")).toEqual([]);
  });

  it("reads the level a change reached, after its 'till', for the figure the change's clause names", () => {
    expect(read("Det egna kapitalet minskade med 0,6 mnkr till 2,5 mnkr.")).toEqual(["equity_end=2500000~"]);
    expect(read("Eget kapital minskade från 3,1 till 2,5 Mkr.")).toEqual(["equity_end=2500000~"]);
    expect(read("Intäkterna ökade till cirka 6,4 Mkr.")).toEqual(["revenue_operating=6400000~"]);
    expect(read("Intäkterna ökade till drygt 6,4 Mkr.")).toEqual([]);
  });

  it("does not read a level of another year, nor a result's level without a sign", () => {
    expect(read("Intäkterna ökade med 0,2 Mkr till 6,4 Mkr jämfört med 2023.")).toEqual([]);
    expect(read("Resultatet förbättrades till 0,4 Mkr.")).toEqual([]);
    // A forecast in the same clause keeps the level unread too: it is unsure which figure is the outcome.
    expect(read("Kostnaderna ökade med 0,3 Mkr till 6,1 Mkr och förväntas öka till 6,5 Mkr.")).toEqual([]);
  });

  it("reads the federation's figures in a council decision on its accounts", () => {
    expect(
      read("Samordningsförbundets resultat för 2024 är -412 tkr och det egna kapitalet uppgår till 2 130 tkr."),
    ).toEqual(["result=-412000~", "equity_end=2130000~"]);
  });

  it("does not read a member's own figure or its share in a council decision", () => {
    expect(read("Årets resultat för kommunen blev minus 1,3 mkr.")).toEqual([]);
    expect(read("Kommunens andel av förbundets kostnader var 0,9 mnkr.")).toEqual([]);
    expect(read("Regionens kostnader för rehabilitering ökade till 40 mnkr.")).toEqual([]);
    // An unsigned result stays unread, in a decision as anywhere.
    expect(read("Resultatet för år 2024 är 288 tkr.")).toEqual([]);
  });

  it("does not read revenue or costs narrowed to a part ('för insatserna', 'från staten') as the total", () => {
    expect(read("Kostnaderna för insatserna uppgick till 4,2 mnkr.")).toEqual([]);
    expect(read("Intäkterna från staten uppgick till 3,2 mnkr.")).toEqual([]);
    expect(read("Kostnaderna för året uppgick till 6,2 mnkr.")).toEqual(["cost_operating=6200000~"]);
    expect(read("Förbundets kostnader för 2024 blev 6,2 mnkr.")).toEqual(["cost_operating=6200000~"]);
  });

  it("does not read a cap, a limit or a use of the equity as the year's level", () => {
    expect(read("Det egna kapitalet får högst uppgå till 2,0 mnkr enligt riktlinjerna.")).toEqual([]);
    expect(read("Det egna kapitalet överstiger taket på 2,0 mnkr.")).toEqual([]);
    expect(read("Det egna kapitalet ligger över den nivå på 1,5 mnkr som medlemmarna rekommenderat.")).toEqual([]);
    expect(read("Av det egna kapitalet återbetalades 1,0 mnkr till medlemmarna.")).toEqual([]);
    expect(read("Styrelsen beslutade att använda 0,5 mnkr av det egna kapitalet.")).toEqual([]);
    expect(read("Förbundet får ha ett underskott på högst 0,5 mnkr.")).toEqual([]);
  });

  it("reads the level when the cap stands in a clause of its own", () => {
    expect(read("Det egna kapitalet uppgick till 3,4 mnkr, vilket är över taket på 2,0 mnkr.")).toEqual([
      "equity_end=3400000~",
    ]);
    expect(read("Årets underskott på 0,6 mnkr finansieras av det egna kapitalet.")).toEqual(["result=-600000~"]);
  });

  it("does not read an intervention's money as the federation's", () => {
    expect(read("Insatsen hade kostnader på 1,2 Mkr.")).toEqual([]);
  });
});

describe("a budget and a plan", () => {
  it("reads every amount of a sentence about the budget as the budget, never as the outcome", () => {
    expect(read("Budgeten omfattar intäkter på 10,8 mnkr och kostnader på 11,6 mnkr.", 2025)).toEqual([
      "revenue_operating=10800000~ budget",
      "cost_operating=11600000~ budget",
    ]);
    expect(read("Det ger ett budgeterat underskott på 0,8 mnkr, som täcks av det egna kapitalet.", 2025)).toEqual([
      "result=-800000~ budget",
    ]);
  });
  it("keeps the outcome when the budget is only compared with (must not fire)", () => {
    expect(read("Jämfört med budget blev intäkterna 10,8 mnkr.", 2025)).toEqual([]);
    expect(read("Intäkterna blev 10,8 mnkr, och kostnaderna 11,6 mnkr.", 2025)).toEqual([
      "revenue_operating=10800000~",
      "cost_operating=11600000~",
    ]);
  });
  it("reads no part of the costs as the costs", () => {
    expect(read("Av kostnaderna går 8,9 mnkr till insatser för individer.", 2025)).toEqual([]);
  });
  it("stores no outcome from a plan's running text, but its budget", () => {
    const plan = `# Styrelsen har antagit verksamhetsplan och budget för 2025\n\nKostnaderna uppgår till 11,6 mnkr.\n\nBudgeten omfattar intäkter på 10,8 mnkr.`;
    expect(factsOf(plan, 2025).map((f) => `${f.item} ${f.basis}`)).toEqual(["revenue_operating budget"]);
    const report = `# Årsredovisning 2025\n\nKostnaderna uppgick till 11,6 mnkr.`;
    expect(factsOf(report, 2025).map((f) => `${f.item} ${f.basis}`)).toEqual(["cost_operating actual"]);
  });
});

describe("money in a report's running text", () => {
  const summary = [
    "Verksamheten i korthet",
    "",
    "Förbundets intäkter uppgick till ca 5,2 Mkr och kostnaderna till 5,8 Mkr (budget 6,0",
    "Mkr). Årets resultat blev därmed ett underskott på 0,6 Mkr. Det egna kapitalet",
    "uppgick den 31 december 2024 till 2,1 Mkr.",
  ].join("\n");

  it("stores each figure for the report's year, citing the line its number is on", () => {
    expect(factsOf(summary).map((f) => [f.item, f.amount_sek, f.line, f.approximate, f.basis])).toEqual([
      ["revenue_operating", 5_200_000, 3, true, "actual"],
      ["cost_operating", 5_800_000, 3, true, "actual"],
      ["cost_operating", 6_000_000, 3, true, "budget"],
      ["result", -600_000, 4, true, "actual"],
      ["equity_end", 2_100_000, 5, true, "actual"],
    ]);
  });

  it("reads nothing that a table row of the document names, read or not", () => {
    const withTable = `${summary}\n\nResultaträkning\nVerksamhetsintäkter 5 187 4 950\nÅrets resultat -612 140`;
    expect(itemsInTables(doc(withTable))).toEqual(new Set(["revenue_operating", "result"]));
    expect(factsOf(withTable).map((f) => `${f.item} ${f.basis}`)).toEqual([
      "cost_operating actual",
      "cost_operating budget",
      "equity_end actual",
    ]);
    // A table naming the costs keeps their bracketed budget unread too.
    const costTable = `${summary}\n\nResultaträkning\nVerksamhetens kostnader -5 790 -5 410`;
    expect(factsOf(costTable).filter((f) => f.item === "cost_operating")).toEqual([]);
  });

  it("does not store money inside an intervention's section", () => {
    const text = [
      "Insats: Steget",
      "",
      "Förbundets kostnader för Steget under året uppgick till 1,4 Mkr, vilket finansierades helt.",
    ].join("\n");
    expect(factsOf(text)).toEqual([]);
    expect(parseProseFinance(doc(text)).findings.map((f) => f.check_id)).toEqual(["coverage.unread_number"]);
  });
});

describe("one kind of cost or revenue is not the year's total", () => {
  it("does not read a cost of something, a named kind of cost or a compound kind as the costs", () => {
    expect(read("Samverkansdagarna gav en kostnad på 0,4 mnkr.")).toEqual([]);
    expect(read("Arbetet i länsgruppen uppgick till en kostnad av 2,3 m.kr.")).toEqual([]);
    expect(read("Hela 0,9 mnkr gick till externa kostnader.")).toEqual([]);
    expect(read("Övriga intäkter blev 0,7 mnkr.")).toEqual([]);
    expect(read("Lokalkostnaderna uppgick till 0,5 mnkr.")).toEqual([]);
    expect(read("Projektintäkterna uppgick till 1,6 mnkr.")).toEqual([]);
    expect(read("Administrativa kansli kostnader på 1,2 m.kr.")).toEqual([]);
    expect(read("Kansliets kostnader var 1,8 mnkr.")).toEqual([]);
    expect(read("Insatsernas kostnader uppgick till 5,2 mnkr.")).toEqual([]);
  });

  it("reads the plain total and a total said to be the whole (must not fire)", () => {
    expect(read("Kostnaderna uppgick till 7,4 mnkr.")).toEqual(["cost_operating=7400000~"]);
    expect(read("De totala kostnaderna blev 7,4 mnkr.")).toEqual(["cost_operating=7400000~"]);
    expect(read("Verksamhetskostnaderna uppgick till 7,4 mnkr.")).toEqual(["cost_operating=7400000~"]);
    expect(read("Årets samlade intäkter var 6,9 mnkr.")).toEqual(["revenue_operating=6900000~"]);
    expect(read("Förbundets totala kostnader blev 7,4 mnkr.")).toEqual(["cost_operating=7400000~"]);
    expect(read("Samordningsförbundets kostnader blev 7,4 mnkr.")).toEqual(["cost_operating=7400000~"]);
    expect(read("Under året redovisades kostnader på 7,4 mnkr.")).toEqual(["cost_operating=7400000~"]);
    expect(read("Under året uppgick kostnaderna till 7,4 mnkr.")).toEqual(["cost_operating=7400000~"]);
  });
});

describe("a list under a stated amount, and two amounts for one figure", () => {
  it("reads the lead's amount and leaves the bullets under it unread as its parts", () => {
    const text = [
      "Ekonomi 2024",
      "",
      "Kostnader på 9,1 m.kr",
      "",
      "  • Kansli kostnader på 1,5 m.kr",
      "  • Insatser för individer med 6,9 m.kr",
    ].join("\n");
    expect(factsOf(text).map((f) => `${f.item}=${f.amount_sek}`)).toEqual(["cost_operating=9100000"]);
    expect(parseProseFinance(doc(text)).findings.map((f) => f.value)).toContain("1,5 m.kr");
  });

  it("reads bullets under a lead that states no amount (must not fire)", () => {
    const text = ["Året i siffror:", "", "• Kostnader på 9,1 m.kr", "• Intäkter på 8,8 m.kr"].join("\n");
    expect(factsOf(text).map((f) => f.item)).toEqual(["cost_operating", "revenue_operating"]);
    // The line above is a bullet's wrapped continuation with amounts, not the list's lead.
    const wrapped = [
      "Ekonomi",
      "",
      "- Medlemmarna betalade 8 000 tkr, varav staten 4 000",
      "  tkr och regionen 2 000 tkr.",
      "- Kostnaderna uppgick till 9 140 tkr.",
    ].join("\n");
    expect(factsOf(wrapped).map((f) => `${f.item}=${f.amount_sek}`)).toEqual(["cost_operating=9140000"]);
    // A lead that states another figure only does not break the bullet's figure down.
    const other = ["Förbundets intäkter blev 8,8 mnkr, fördelat så här:", "", "• Kostnaderna uppgick till 9,4 mnkr."];
    expect(factsOf(other.join("\n")).map((f) => `${f.item}=${f.amount_sek}`)).toEqual([
      "revenue_operating=8800000",
      "cost_operating=9400000",
    ]);
  });

  it("stores neither of two amounts that running text gives one figure, naming the other line", () => {
    const text = ["Kostnaderna uppgick till 9,1 mnkr.", "", "Kostnaderna blev 4,2 mnkr."].join("\n");
    expect(factsOf(text)).toEqual([]);
    const messages = parseProseFinance(doc(text)).findings.map((f) => f.message);
    expect(messages.some((m) => /another amount on line 3/.test(m))).toBe(true);
  });

  it("keeps one figure stated twice with amounts that agree within their precision (must not fire)", () => {
    const text = ["Kostnaderna uppgick till ca 9,1 mnkr.", "", "Kostnaderna blev 9 084 tkr."].join("\n");
    expect(factsOf(text).map((f) => f.amount_sek)).toEqual([9_100_000, 9_084_000]);
  });
});

describe("an auditor's report quoting the federation's figures", () => {
  it("signs the operating result by revenue − costs stated before it", () => {
    const facts = factsOf(
      [
        "Verksamhetens intäkter uppgick till 8 240 000 kronor och verksamhetens kostnader till",
        "8 415 300 kronor. Verksamhetens resultat blev därmed 175 300 kronor.",
      ].join("\n"),
    );
    const op = facts.find((f) => f.table === "finance" && f.item === "operating_result");
    expect(op?.amount_sek).toBe(-175_300);
  });

  it("leaves an unsigned operating result unread when revenue − costs is another amount", () => {
    const facts = factsOf(
      [
        "Verksamhetens intäkter uppgick till 8 240 000 kronor och verksamhetens kostnader till",
        "8 415 300 kronor. Verksamhetens resultat blev 150 000 kronor.",
      ].join("\n"),
    );
    expect(facts.some((f) => f.table === "finance" && f.item === "operating_result")).toBe(false);
  });

  it("signs the year's result by the change in equity, and reads total assets", () => {
    const facts = factsOf(
      [
        "Förbundet redovisar för 2024 ett årets resultat på 210 400 kronor.",
        "",
        "Balansomslutningen (summa tillgångar) var 2 950 000 kronor per den 31 december 2024.",
        "Eget kapital uppgick vid årets slut till 1 810 400 kronor, jämfört med 1 600 000 kronor ett år",
        "tidigare.",
      ].join("\n"),
    );
    const fin = facts.filter((f) => f.table === "finance").map((f) => `${f.item} ${f.year} ${f.amount_sek}`);
    expect(fin).toContain("result 2024 210400");
    expect(fin).toContain("assets_total 2024 2950000");
  });

  it("does not sign a result the change in equity does not match", () => {
    const facts = factsOf(
      [
        "Förbundet redovisar för 2024 ett årets resultat på 210 400 kronor.",
        "",
        "Eget kapital uppgick vid årets slut till 1 810 400 kronor, jämfört med 1 700 000 kronor ett år",
        "tidigare.",
      ].join("\n"),
    );
    expect(facts.some((f) => f.table === "finance" && f.item === "result")).toBe(false);
  });

  it("takes an unsigned result as a surplus where its paragraph writes a deficit with a minus", () => {
    expect(read("Årets resultat blev 96 500 kronor (föregående år 40 100 kronor).", 2024).length).toBe(0);
    const facts = factsOf(
      [
        "Årets resultat blev 96 500 kronor (föregående år 40 100 kronor). Styrelsen hade",
        "budgeterat ett resultat på −120 000 kronor.",
      ].join("\n"),
    );
    const fin = facts
      .filter((f) => f.table === "finance" && f.item === "result")
      .map((f) => `${f.year} ${f.basis} ${f.amount_sek}`);
    expect(fin.sort()).toEqual(["2023 actual 40100", "2024 actual 96500", "2024 budget -120000"]);
  });

  it("never takes the audit's own fee or its materiality as the federation's costs", () => {
    const facts = factsOf(
      [
        "För 2024 uppgick kostnaden för revisionen till 58 000 kronor, varav arvode till revisionsbyrån",
        "44 000 kronor. Vår väsentlighetsgräns har varit 180 000 kronor.",
      ].join("\n"),
    );
    expect(facts.filter((f) => f.table === "finance")).toEqual([]);
  });
});

describe("a budgeted use of the equity", () => {
  it("is the budget's deficit", () => {
    expect(
      read("Styrelsen beslutade i budgeten att använda 650 tkr av det egna kapitalet till två nya insatser."),
    ).toEqual(["result=-650000~ budget"]);
  });

  it("is nothing when the equity was used in the year, or the budget is another year's", () => {
    expect(read("Förbundet använde under året 650 tkr av det egna kapitalet till två nya insatser.")).toEqual([]);
    expect(read("I budgeten för 2025 planeras att använda 650 tkr av det egna kapitalet.")).toEqual([]);
  });
});

describe("an earlier year's result in brackets, its sign in words", () => {
  it("reads '(2023: ett överskott på …)' beside this year's result", () => {
    expect(read("Förbundet redovisar ett underskott på 310 tkr (2023: ett överskott på 118 tkr).")).toEqual([
      "result=-310000~",
      "result=118000~ 2023",
    ]);
  });

  it("reads no sign word in brackets beside a figure without a sign", () => {
    expect(read("Intäkterna uppgick till 6 200 tkr (2023: ett överskott på 118 tkr).")).toEqual([
      "revenue_operating=6200000~",
    ]);
  });
});

describe("the equity a plan expects at the end of a year", () => {
  const plan = (second: string, first = "Det egna kapitalet uppgick vid utgången av 2024 till 3 150 tkr.") =>
    factsOf(`${first} ${second}`, 2025)
      .filter((f) => f.table === "finance" && f.basis === "budget")
      .map((f) => `${f.item} ${f.year} ${f.amount_sek}`);

  it("reads 'beräknas det minska till … vid slutet av 2025' after a sentence about the equity", () => {
    expect(plan("Med det budgeterade underskottet beräknas det minska till 2 800 tkr vid slutet av 2025.")).toEqual([
      "equity_end 2025 2800000",
    ]);
    expect(
      plan("Efter planåret förväntas det egna kapitalet uppgå till 2 800 tkr vid utgången av 2026.", "Inledning."),
    ).toEqual(["equity_end 2026 2800000"]);
  });

  it("reads nothing when 'det' stands for something else, or the year is past, or it is a benchmark", () => {
    expect(plan("Med budgeten beräknas det minska till 2 800 tkr vid slutet av 2025.", "Kostnaderna ökar.")).toEqual(
      [],
    );
    expect(plan("Det beräknas det minska till 2 800 tkr vid slutet av 2023.")).toEqual([]);
    expect(
      plan(
        "Styrelsens riktmärke är att det egna kapitalet ska ligga kring 20 procent, vilket för 2025 motsvarar 2 120 tkr.",
      ),
    ).toEqual([]);
  });
});

describe("what an auditor's figures are not", () => {
  it("reads no kind of assets as their total", () => {
    expect(read("Tillgångarna i form av likvida medel uppgick till 3 500 000 kronor.")).toEqual([]);
    expect(read("Balansomslutningen uppgick till 3,6 mnkr.")).toEqual(["assets_total=3600000~"]);
  });

  it("takes no net cost for a surplus, even where the paragraph writes deficits with a minus", () => {
    const facts = factsOf(
      "Verksamhetens nettokostnad blev 292 440 kronor. Styrelsen hade budgeterat ett resultat på −450 000 kronor.",
    );
    expect(facts.some((f) => f.table === "finance" && f.item === "operating_result")).toBe(false);
  });
});

describe("an earlier year's equity in brackets, named by its date", () => {
  it("reads '(vid utgången av 2023: …)' as that year's", () => {
    expect(read("Eget kapital uppgick vid årets slut till 3 118 tkr (vid utgången av 2023: 3 490 tkr).")).toEqual([
      "equity_end=3118000~",
      "equity_end=3490000~ 2023",
    ]);
  });

  it("reads nothing for a bracket dated in the year itself", () => {
    expect(read("Eget kapital var 3 118 tkr (per den 31 december 2024: 3 490 tkr).")).toEqual(["equity_end=3118000~"]);
  });
});

describe("a budget in running text beside a statement", () => {
  const statement = (header: string) =>
    [
      "Resultaträkning",
      header,
      "Verksamhetens intäkter        6 120 400      5 980 000",
      "Verksamhetens kostnader      -6 395 014     -5 768 324",
      "Årets resultat                 -274 614        211 676",
      "",
      "Styrelsen hade i budgeten för 2024 räknat med ett underskott om 350 000 kr.",
    ].join("\n");
  const budget = (header: string) =>
    factsOf(statement(header))
      .filter((f) => f.table === "finance" && f.basis === "budget" && f.section === "general:prose_finance")
      .map((f) => f.amount_sek);

  it("is read where the statement has no budget column", () => {
    expect(budget("                               2024           2023")).toEqual([-350_000]);
  });

  it("is the table's to give where the statement has one", () => {
    expect(budget("                             Utfall 2024    Budget 2024")).toEqual([]);
  });
});

describe("two figures in one clause joined by 'och', each named beside its own amount", () => {
  it("reads 'N kronor i intäkter och kostnader på M kronor' as revenue N and costs M", () => {
    expect(read("Förbundet hade 6 400 000 kronor i intäkter 2024 och kostnader på 6 250 000 kronor.")).toEqual([
      "revenue_operating=6400000",
      "cost_operating=6250000",
    ]);
  });

  it("must not split one amount named by two figures, nor name the second amount by the first's words", () => {
    expect(read("Intäkterna och kostnaderna uppgick båda till 6 400 000 kronor.")).toEqual([]);
    expect(read("Förbundet hade intäkter och kostnader på 6 400 000 kronor.")).toEqual([]);
    expect(read("Förbundet hade 6 400 000 kronor i intäkter och kostnader, och 120 000 kronor i ränta.")).toEqual([]);
  });
});

describe("a table row of scores is not a table giving the item", () => {
  const risks = [
    "Risk                                  Sannolikhet  Konsekvens  Riskvärde",
    "Kostnaderna överskrider budget             2           4          8",
  ];
  it("reads the costs of a sentence beside a risk matrix whose row names costs", () => {
    // Must fire: the risk row's scores are no amounts, so the sentence's costs are the document's only ones.
    expect(itemsInTables(doc(risks.join("\n"))).has("cost_operating")).toBe(false);
    const text = [...risks, "", "Förbundets intäkter 2024 var 3 800 000 kr och kostnaderna 3 947 905 kr."].join("\n");
    expect(factsOf(text).map((f) => `${f.item}=${f.amount_sek}`)).toContain("cost_operating=3947905");
  });
  it("still knows a statement row in tkr or Mkr gives the item", () => {
    // Must not fire: amounts with three digits or decimals are a table's.
    expect(itemsInTables(doc("Verksamhetens kostnader        -5 110      -4 702")).has("cost_operating")).toBe(true);
    expect(itemsInTables(doc("Verksamhetens kostnader (Mkr)     5,1      4,7")).has("cost_operating")).toBe(true);
  });
});

describe("a label whose bracket names the basis", () => {
  it("must not read an amount after '(prognos):' or '(budget)' as the year's outcome", () => {
    expect(read("Resultat 2024 (prognos): 310 000 kr")).toEqual([]);
    expect(read("Verksamhetens intäkter (budget): 6 200 000 kr")).toEqual([]);
    expect(read("Kostnader (mål) 5 900 000 kr")).toEqual([]);
  });

  it("reads the same label with an outcome's bracket, and an outcome before a budget's bracket", () => {
    expect(read("Verksamhetens intäkter (utfall): 6 200 000 kr")).toEqual(["revenue_operating=6200000"]);
    expect(read("Intäkterna blev 6 200 000 kr (budget 6 000 000 kr).")).toContain("revenue_operating=6200000");
  });
});
