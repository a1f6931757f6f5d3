/**
 * Money shapes from the stop-35 probes, in made-up federations' words: spending said as a part of its
 * budget, a subject with an apposition between commas, a result whose sign the next sentence names,
 * a document's unit stated once in a sentence. Each rule has a case where it must fire and one where
 * it must not.
 */
import { describe, expect, it } from "vitest";
import { readMoneySentence } from "../../loaders/extract/general/moneyGrammar.ts";
import { signNamedNext } from "../../loaders/extract/general/unsignedResults.ts";
import { readDocumentUnit } from "../../loaders/reference/units.ts";
import type { AnyFact } from "../helpers.ts";
import { documentFacts } from "../support/manifestEntry.ts";

const read = (s: string, year = 2025) =>
  readMoneySentence(s, year).figures.map((f) => `${f.item}/${f.basis}/${f.year}=${f.sek}`);

describe("spending said as a part of its budget", () => {
  it("reads the costs and their budget (must fire)", () => {
    expect(read("Samordningsförbundet förbrukade under året 3 410 tkr av en budget på 3 700 tkr.")).toEqual([
      "cost_operating/actual/2025=3410000",
      "cost_operating/budget/2025=3700000",
    ]);
    expect(read("Vi nyttjade 4,2 mnkr av 4,6 mnkr i budget.")).toEqual([
      "cost_operating/actual/2025=4200000",
      "cost_operating/budget/2025=4600000",
    ]);
    expect(read("Totalt använde vi 3,1 miljoner kronor av 3,4 miljoner i budget.")).toEqual([
      "cost_operating/actual/2025=3100000",
      "cost_operating/budget/2025=3400000",
    ]);
    expect(read("Av förbundets budget på 12 000 000 kr användes 11 350 000 kr.")).toEqual([
      "cost_operating/actual/2025=11350000",
      "cost_operating/budget/2025=12000000",
    ]);
  });

  it("leaves a part of the work, another year, a frame or a larger 'part' alone (must not fire)", () => {
    const none = (s: string) => expect(read(s).filter((f) => f.startsWith("cost_operating"))).toEqual([]);
    none("Projektet Lotsen förbrukade 610 tkr av sin budget på 700 tkr.");
    none("Förbundets insatser använde 2 900 tkr av en budget på 3 100 tkr.");
    none("Förbundet använde 5 100 tkr av en budget på 5 400 tkr under 2024.");
    none("Förbundet använde 1 100 tkr av ramen på 1 300 tkr.");
    none("Förbundet använde 6 300 tkr av en budget på 5 900 tkr.");
    none("Förbundet har 300 tkr kvar av en budget på 900 tkr.");
  });
});

describe("a subject, an apposition between commas, then its amount", () => {
  it("names the figure by the subject (must fire)", () => {
    expect(read("Verksamhetens kostnader, främst bidrag till insatser, uppgick till 6 020 tkr.")).toEqual([
      "cost_operating/actual/2025=6020000",
    ]);
  });
  it("never across an apposition that limits the subject (must not fire)", () => {
    expect(read("Verksamhetens kostnader, exklusive kansliet, uppgick till 4 020 tkr.")).toEqual([]);
    expect(read("Verksamhetens kostnader, främst 3 100 tkr till insatser, uppgick till 6 020 tkr.")).toEqual([]);
  });
});

describe("the sign the next sentence names", () => {
  it("reads a surplus or a deficit named by the definite noun (must fire)", () => {
    expect(signNamedNext("Underskottet förklaras av högre kostnader för lokaler.")).toBe(-1);
    expect(signNamedNext("Det positiva resultatet beror på vakanser.")).toBe(1);
  });
  it("never a budgeted or accumulated one, nor a noun later in the sentence (must not fire)", () => {
    expect(signNamedNext("Det budgeterade underskottet var 500 tkr.")).toBe(0);
    expect(signNamedNext("Det ackumulerade överskottet är stort.")).toBe(0);
    expect(signNamedNext("Styrelsen vill minska underskottet.")).toBe(0);
    expect(signNamedNext("Årets överskott beror på vakanser.")).toBe(0);
  });

  const finance = (lines: string[]) =>
    documentFacts({ federation: "myrby", year: 2025 }, [
      "Samordningsförbundet Myrby",
      "Årsredovisning 2025",
      "",
      ...lines,
    ])
      .filter((f: AnyFact) => f.table === "finance" && f.item === "result" && f.basis === "actual")
      .map((f: AnyFact) => (f.table === "finance" ? f.amount_sek : null));
  it("stores the result with that sign where no sum gives one (must fire)", () => {
    expect(finance(["Ekonomi", "Förbundets resultat blev 173 tkr. Underskottet täcks av eget kapital."])).toEqual([
      -173000,
    ]);
  });
  it("stores nothing where the result is not the sentence's last amount, or no sign is named (must not fire)", () => {
    expect(
      finance([
        "Ekonomi",
        "Förbundets resultat blev 173 tkr, mot 90 tkr året innan. Underskottet täcks av eget kapital.",
      ]),
    ).toEqual([]);
    expect(finance(["Ekonomi", "Förbundets resultat blev 173 tkr. Styrelsen är nöjd med utfallet."])).toEqual([]);
  });
});

describe("a document's unit stated once in a sentence", () => {
  it("reads the unit the verb states (must fire)", () => {
    expect(readDocumentUnit(["Samtliga belopp i rapporterna nedan anges i tusentals kronor."])?.unit).toBe("tkr");
    expect(readDocumentUnit(["Beloppen i tabellerna redovisas i mnkr."])?.unit).toBe("mkr");
  });
  it("never a unit named elsewhere in the sentence, nor a sentence that states none (must not fire)", () => {
    expect(readDocumentUnit(["Förbundet betalade ut belopp på över 100 tkr till tre insatser."])).toBeNull();
    expect(readDocumentUnit(["Beloppen i tkr avser bidrag."])).toBeNull();
  });
});

describe("a closed year's member fees listed in minutes with no total", () => {
  const minutes = (list: string) =>
    documentFacts({ federation: "tjarnby", kind: "board_minutes", date: "2026-03-18" }, [
      "Samordningsförbundet Tjärnby",
      "Protokoll styrelsen 2026-03-18",
      "",
      "§ 4 Årsredovisning 2025",
      "Förbundschefen föredrar årsredovisningen.",
      list,
      "",
      "Beslut",
      "Styrelsen beslutar att godkänna årsredovisningen för 2025.",
    ])
      .filter((f: AnyFact) => f.table === "member_contribution")
      .map((f: AnyFact) =>
        f.table === "member_contribution" ? `${f.year}/${f.basis}/${f.member}=${f.amount_sek}` : "",
      );
  it("stores what the members paid where the state pays as much as the others together (must fire)", () => {
    expect(
      minutes(
        "Medlemsavgifterna 2025 blev: staten 2 200 000 kr, Region Tjärnmark 1 100 000 kr, Åsby kommun 700 000 kr och Lövby kommun 400 000 kr.",
      ),
    ).toEqual([
      "2025/actual/staten=2200000",
      "2025/actual/Region Tjärnmark=1100000",
      "2025/actual/Åsby kommun=700000",
      "2025/actual/Lövby kommun=400000",
    ]);
  });
  it("stores nothing where a member is missing, or the closed year's fees were only set (must not fire)", () => {
    expect(
      minutes(
        "Medlemsavgifterna 2025 blev: staten 2 200 000 kr, Region Tjärnmark 1 100 000 kr och Åsby kommun 700 000 kr.",
      ),
    ).toEqual([]);
    expect(
      minutes(
        "Medlemsavgifterna 2025 fastställdes till: staten 2 200 000 kr, Region Tjärnmark 1 100 000 kr, Åsby kommun 700 000 kr och Lövby kommun 400 000 kr.",
      ),
    ).toEqual([]);
    expect(
      minutes(
        "Återbetalningen av medlemsavgifterna 2025 blev: staten 220 000 kr, Region Tjärnmark 110 000 kr, Åsby kommun 70 000 kr och Lövby kommun 40 000 kr.",
      ),
    ).toEqual([]);
  });
});

describe("one member's fee changing, said for the member's part", () => {
  const fees = (sentence: string) =>
    documentFacts({ federation: "hagnas", year: 2025 }, [
      "Kommunstyrelsen i Hagby",
      "",
      "Medlemsavgift till Samordningsförbundet Hagnäs",
      sentence,
    ])
      .filter((f: AnyFact) => f.table === "member_contribution")
      .map((f: AnyFact) =>
        f.table === "member_contribution" ? `${f.year}/${f.basis}/${f.member}=${f.amount_sek}` : "",
      );
  it("reads next year's fee (must fire)", () => {
    expect(fees("Detta innebär för Hagby kommuns del en höjning från 318 tkr 2025 till 334 tkr 2026.")).toEqual([
      "2026/budget/Hagby kommun=334000",
    ]);
    expect(
      fees("För Hagby kommuns del innebär förslaget att avgiften ökar från 318 tkr 2025 till 334 tkr 2026."),
    ).toEqual(["2026/budget/Hagby kommun=334000"]);
  });
  it("never a change denied, nor one said for no member (must not fire)", () => {
    expect(fees("Detta innebär för Hagby kommuns del ingen höjning från 318 tkr 2025 till 334 tkr 2026.")).toEqual([]);
    expect(fees("Detta innebär för kommunerna en höjning från 318 tkr 2025 till 334 tkr 2026.")).toEqual([]);
  });
});

describe("next year's budget an item of the minutes adopts", () => {
  const budgets = (sentence: string, decision: string) =>
    documentFacts({ federation: "orrby", kind: "board_minutes", date: "2025-11-27" }, [
      "Samordningsförbundet Orrby",
      "Protokoll styrelsen 2025-11-27",
      "",
      "§ 9 Budget 2026",
      sentence,
      "Beslut",
      decision,
    ])
      .filter((f: AnyFact) => f.table === "finance")
      .map((f: AnyFact) => (f.table === "finance" ? `${f.year}/${f.basis}/${f.item}=${f.amount_sek}` : ""));
  it("reads the budget's figures where the item adopts it (must fire)", () => {
    expect(
      budgets(
        "Budgeten för 2026 omfattar intäkter på 7 300 tkr och kostnader på 7 700 tkr.",
        "Styrelsen beslutar att fastställa budgeten för 2026.",
      ),
    ).toEqual(["2026/budget/revenue_operating=7300000", "2026/budget/cost_operating=7700000"]);
  });
  it("stores nothing where the item is postponed or only noted, or the sentence forecasts (must not fire)", () => {
    expect(
      budgets(
        "Budgeten för 2026 omfattar intäkter på 7 300 tkr och kostnader på 7 700 tkr.",
        "Styrelsen beslutar att bordlägga ärendet till nästa sammanträde.",
      ),
    ).toEqual([]);
    expect(
      budgets(
        "Budgeten för 2026 omfattar intäkter på 7 300 tkr och kostnader på 7 700 tkr.",
        "Styrelsen beslutar att lägga informationen till handlingarna.",
      ),
    ).toEqual([]);
    expect(
      budgets(
        "Prognosen för 2026 enligt budgetunderlaget visar kostnader på 7 900 tkr.",
        "Styrelsen beslutar att fastställa budgeten för 2026.",
      ),
    ).toEqual([]);
  });
});
