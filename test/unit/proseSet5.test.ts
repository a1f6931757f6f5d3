/**
 * Shapes of running text from held-out sets 5 and 5b, written anew with made-up federations:
 * relative clauses, brackets with the year before in words or a sign word, a genitive naming the
 * year before, "av intäkterna på", and a budget or an earlier year only a table without that
 * column leaves to prose.
 */
import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { readSentence, readSentenceInContext, type Figure } from "../../loaders/extract/general/figureGrammar.ts";
import { readContributionText } from "../../loaders/extract/general/contributionLists.ts";
import { readMoneySentence } from "../../loaders/extract/general/moneyGrammar.ts";
import { memberOf } from "../../loaders/extract/general/parseMemberContributions.ts";
import { parseProseFigures } from "../../loaders/extract/general/parseProseFigures.ts";
import { parseProseFinance, tableColumns } from "../../loaders/extract/general/parseProseFinance.ts";
import type { AnyFact } from "../helpers.ts";

/** What a sentence yields, as "item=sek" with " budget" and the year when it is not the report's. */
const read = (s: string, year = 2024) =>
  readMoneySentence(s, year).figures.map(
    (f) => `${f.item}=${f.sek}${f.basis === "budget" ? " budget" : ""}${f.year === year ? "" : ` ${f.year}`}`,
  );
const doc = (lines: string[], year = 2024) => new DocumentText("test/2024-annual-report", lines, year);
const finance = (lines: string[], year = 2024) =>
  (parseProseFinance(doc(lines, year)).facts as AnyFact[]).map(
    (f) => `${f.item}=${f.amount_sek}${f.basis === "budget" ? " budget" : ""} ${f.year}`,
  );

describe("a relative clause about the noun before its comma", () => {
  it("reads a level stated in a relative clause as the figure the clause before ends on", () => {
    expect(
      read(
        "Årets resultat blev -0,3 mkr, ett underskott som minskar det egna kapitalet, som vid årets slut var 4,1 mkr.",
      ),
    ).toEqual(["result=-300000", "equity_end=4100000"]);
  });

  it("reads a result in a relative clause about the budget as the budget's", () => {
    expect(read("Förbundet gick med ett överskott på 260 000 kronor.")).toEqual(["result=260000"]);
    expect(read("Det blev bättre än budgeten räknade med, som var ett underskott på 90 000 kronor.")).toEqual([
      "result=-90000 budget",
    ]);
  });

  it("does not read a peak in a relative clause, nor a relative clause after a noun that names no figure", () => {
    expect(
      read("Det egna kapitalet, som var som störst med 9 miljoner kronor, har sedan dess minskat varje år."),
    ).toEqual([]);
    expect(read("Styrelsen beviljade medel till Lotsen, som var 1,2 mkr.")).toEqual([]);
    expect(read("Styrelsen beviljade medel till insatsen i Tallby, som vid årets slut var 1,2 mkr.")).toEqual([]);
  });
});

describe("the year before in a bracket beside the outcome", () => {
  it("reads a sign word and a trailing year inside the bracket", () => {
    expect(read("Förbundets resultat blev minus 0,8 mkr (plus 0,2 mkr 2023).")).toEqual([
      "result=-800000",
      "result=200000 2023",
    ]);
  });

  it("reads 'föregående år' after the bracket's amount", () => {
    expect(read("Det egna kapitalet uppgår vid årets slut till 2 410 tkr (2 388 tkr föregående år).")).toEqual([
      "equity_end=2410000",
      "equity_end=2388000 2023",
    ]);
  });

  it("keeps a bare bracket after one that named its year to the same year, and leaves a lone bare bracket unread", () => {
    expect(read("Intäkterna blev 6 120 tkr (5 980 tkr 2023) och kostnaderna 6 300 tkr (5 870 tkr).")).toEqual([
      "revenue_operating=6120000",
      "revenue_operating=5980000 2023",
      "cost_operating=6300000",
      "cost_operating=5870000 2023",
    ]);
    expect(read("Kostnaderna blev 6 300 tkr (5 870 tkr).")).toEqual(["cost_operating=6300000"]);
  });

  it("reads a bracket that names its balance date before the year ('(vid utgången av 2023: …)'), not a later year's", () => {
    expect(
      read("Förbundets eget kapital uppgick vid årets slut till 2 760 tkr (vid utgången av 2023: 2 980 tkr)."),
    ).toEqual(["equity_end=2760000", "equity_end=2980000 2023"]);
    expect(read("Intäkterna var 7 840 tkr (för 2025: 7 900 tkr).")).toEqual(["revenue_operating=7840000"]);
  });

  it("still needs the bracketed result's own sign", () => {
    expect(read("Förbundets resultat blev minus 0,8 mkr (0,2 mkr 2023).")).toEqual(["result=-800000"]);
  });
});

describe("a genitive naming the year before", () => {
  it("reads 'föregående års underskott på N' as the year before's result", () => {
    expect(
      read("Förbundet redovisar ett överskott på 40 tkr, vilket kan jämföras med föregående års underskott på 75 tkr."),
    ).toEqual(["result=40000", "result=-75000 2023"]);
  });

  it("does not read the year before's budget, nor the year before's figure as this year's", () => {
    expect(read("Resultatet kan jämföras med föregående års budgeterade underskott på 75 tkr.")).toEqual([]);
    expect(read("Föregående års intäkter var högre, och årets intäkter ökade med 75 tkr.")).toEqual([]);
  });
});

describe("an amount after 'av intäkterna på'", () => {
  it("reads the whole the noun names, and the amount before 'av' as its own figure", () => {
    expect(read("Kostnaderna uppgick till 7 480 000 kronor av intäkterna på 7,9 miljoner kronor.")).toEqual([
      "cost_operating=7480000",
      "revenue_operating=7900000",
    ]);
  });

  it("does not read an amount named as a part of the revenue or the equity after it", () => {
    expect(read("Insatserna fick 2,6 mkr av intäkterna.")).toEqual([]);
    expect(read("Förbundet använde 0,9 mkr av det egna kapitalet.")).toEqual([]);
  });
});

describe("a budget or an earlier year's figure beside a table without that column", () => {
  const statement = [
    "Resultaträkning",
    "Belopp i tkr                     Not    Utfall 2023    Utfall 2024",
    "Verksamhetens intäkter            1          8 110          8 420",
    "Verksamhetens kostnader           2         -8 300         -8 650",
    "Årets resultat                                -190           -230",
  ];
  it("tells the years and the budget the tables' headers name", () => {
    const columns = tableColumns(doc(statement));
    expect(columns.found).toBe(true);
    expect([...columns.years]).toEqual([2023, 2024]);
    expect(columns.budget).toBe(false);
    expect(tableColumns(doc(["Förbundet hade 2024 fler deltagare än 2023."])).found).toBe(false);
  });

  it("reads the budget from prose when no table has a budget column, not the table's own outcome", () => {
    expect(finance(["Budgeten för 2024 var lagd med ett underskott på 400 tkr.", "", ...statement])).toEqual([
      "result=-400000 budget 2024",
    ]);
    expect(finance(["Förbundet redovisar ett underskott på 230 tkr.", "", ...statement])).toEqual([]);
  });

  it("does not read the budget from prose when a table has a budget column", () => {
    const withBudget = [
      "Driftredovisning (tkr)",
      "                         Budget 2024   Utfall 2024   Avvikelse",
      "Summa intäkter                 8 400         8 420          20",
      "Summa kostnader               -8 800        -8 650         150",
      "Resultat                        -400          -230         170",
    ];
    expect(finance(["Budgeten för 2024 var lagd med ett underskott på 400 tkr.", "", ...withBudget])).toEqual([]);
  });

  it("reads an earlier year from prose only where no table header names that year", () => {
    const budgetTable = [
      "Driftredovisning (tkr)",
      "                         Budget 2024   Utfall 2024   Avvikelse",
      "Summa intäkter                 8 400         8 420          20",
    ];
    const sentence = "Verksamhetens intäkter blev 8 420 tkr (8 110 tkr 2023).";
    expect(finance([sentence, "", ...budgetTable])).toEqual(["revenue_operating=8110000 2023"]);
    expect(finance([sentence, "", ...statement])).toEqual([]);
  });
});

/** A figure as a short string: "enrolled/all=245", with the year when it is not the report's. */
const showFigure = (f: Figure, year: number) => {
  const at = f.kind === "count" && f.year !== undefined && f.year !== year ? ` ${f.year}` : "";
  if (f.kind === "count") return `${f.measure}/${f.gender}=${f.token.value}${at}`;
  if (f.kind === "exit_outcome") return `exit:${f.category}=${f.token.value}`;
  return `${f.indicator}=${f.token.value} n=${f.base}`;
};
const count = (s: string, year = 2024) => readSentence(s, { year }).figures.map((f) => showFigure(f, year));
const countAfter = (previous: string, s: string, year = 2024) =>
  readSentenceInContext(s, previous, { year }).figures.map((f) => showFigure(f, year));
const participants = (lines: string[], year = 2024) =>
  (parseProseFigures(doc(lines, year)).facts as AnyFact[]).map(
    (f) =>
      `${f.table === "participant_count" ? `${f.measure}/${f.gender}` : `exit:${f.category}`}=${f.value}${f.year === year ? "" : ` ${f.year}`}${f.intervention ? ` (${f.intervention})` : ""}`,
  );

describe("a count that changed 'med N till M'", () => {
  it("reads the level reached and never the change", () => {
    expect(count("Antalet deltagare i förbundets insatser ökade med 26 personer till 204.")).toEqual([
      "enrolled/all=204",
    ]);
    expect(count("Antalet nya deltagare minskade från 80 till 65.")).toEqual(["new/all=65"]);
  });

  it("does not read the change alone as a count", () => {
    expect(count("Antalet deltagare i förbundets insatser ökade med 26 personer.")).toEqual([]);
    expect(count("Antalet avslutade deltagare minskade med 12 jämfört med året innan.")).toEqual([]);
  });
});

describe("a sentence set in the year before", () => {
  it("reads 'Året innan var deltagarna N' as the year before's participants when the year is known", () => {
    expect(count("Året innan var deltagarna 118.")).toEqual(["enrolled/all=118 2023"]);
    expect(count("Året innan hade förbundets insatser 118 deltagare.")).toEqual(["enrolled/all=118 2023"]);
  });

  it("reads nothing without the year, nor 'förra året' (news may mean the report's year), nor a split of it", () => {
    expect(readSentence("Året innan var deltagarna 118.").figures).toEqual([]);
    expect(count("Förra året hade insatserna 118 deltagare.")).toEqual([]);
    expect(count("Året innan var deltagarna 118, varav 60 kvinnor och 58 män.")).toEqual(["enrolled/all=118 2023"]);
  });
});

describe("the year before in a bracket after a gender split", () => {
  it("gives a bracket naming people to the whole count the split is of", () => {
    expect(
      count("Sammantaget deltog 132 personer i förbundets insatser, varav 70 kvinnor och 62 män (2023: 117 personer)."),
    ).toEqual(["enrolled/all=132", "enrolled/woman=70", "enrolled/man=62", "enrolled/all=117 2023"]);
  });

  it("does not give it to anyone when no whole count stands before the split, or the bracket names no people", () => {
    expect(count("Under året deltog 70 kvinnor och 62 män (2023: 117 personer).")).toEqual([
      "enrolled/woman=70",
      "enrolled/man=62",
    ]);
    expect(count("Sammantaget deltog 132 personer, varav 70 kvinnor och 62 män (2023: 55).")).toEqual([
      "enrolled/all=132",
      "enrolled/woman=70",
      "enrolled/man=62",
    ]);
  });
});

describe("one gender of the count before, and a destination of 'de avslutade'", () => {
  it("reads 'Av dem var N kvinnor' as a part of the one whole count just before", () => {
    expect(countAfter("Förbundets insatser hade 204 deltagare under året.", "Av dem var 118 kvinnor.")).toEqual([
      "enrolled/woman=118",
    ]);
  });

  it("does not read a gender larger than the count, nor a gender that did something", () => {
    expect(countAfter("Förbundets insatser hade 204 deltagare under året.", "Av dem var 240 kvinnor.")).toEqual([]);
    expect(countAfter("Förbundets insatser hade 204 deltagare under året.", "Av dem fick 30 kvinnor arbete.")).toEqual(
      [],
    );
  });

  it("reads 'Elva av de avslutade gick till arbete' as a destination, and nothing else said of 'de avslutade'", () => {
    expect(count("Elva av de avslutade gick vidare till arbete eller studier.")).toEqual(["exit:work_or_studies=11"]);
    expect(count("Elva av de avslutade var kvinnor.")).toEqual([]);
  });
});

describe("whose a sentence is, line after line", () => {
  it("keeps the federation's scope for a sentence opening on its count, right after one about the federation", () => {
    expect(
      participants([
        "Nytt från året",
        "Under 2024 tog förbundets insatser emot 164 deltagare.",
        "Av de 164 var 90 nya för året.",
        "71 personer avslutade sin insats under året.",
      ]),
    ).toEqual(["enrolled/all=164", "new/all=90", "exited/all=71"]);
  });

  it("does not carry it over a blank line, to a sentence naming someone, or from one intervention's paragraph", () => {
    expect(
      participants(["Under 2024 tog förbundets insatser emot 164 deltagare.", "", "71 personer avslutade sin insats."]),
    ).toEqual(["enrolled/all=164"]);
    expect(
      participants(["Under 2024 tog förbundets insatser emot 164 deltagare.", "Lotsen i Tallby tog emot 40 av dem."]),
    ).toEqual(["enrolled/all=164"]);
  });

  it("reads the federation's total after paragraphs about one intervention each, and not theirs", () => {
    expect(
      participants([
        "Verksamhet",
        "",
        "Lotsen",
        "Lotsen är en insats i Tallby. Under 2024 har 44 personer varit inskrivna. 19 har avslutats.",
        "",
        "Uppföljning",
        "Sammantaget har förbundets insatser under 2024 haft 130 deltagare. 52 deltagare har avslutat sin insats.",
      ]),
    ).toEqual(["enrolled/all=130", "exited/all=52"]);
  });

  it("reads a section headed 'Snabba fakta' as the federation's", () => {
    expect(participants(["## Snabba fakta 2024", "", "Under året avslutade 88 deltagare sin insats."])).toEqual([
      "exited/all=88",
    ]);
  });
});

describe("a list of members after 'Medlemsintäkterna på N …:'", () => {
  const list = (sentence: string) =>
    (readContributionText(doc([sentence]), memberOf).facts as AnyFact[]).map((f) => `${f.member}=${f.amount_sek}`);

  it("reads the members after the colon when they add up to the total", () => {
    expect(
      list(
        "Medlemsintäkterna på 3 600 tkr har betalats enligt förbundsordningen: staten 1 800 tkr, Region Ekland 900 tkr, Ekby kommun 540 tkr och Lövsta kommun 360 tkr.",
      ),
    ).toEqual(["staten=1800000", "Region Ekland=900000", "Ekby kommun=540000", "Lövsta kommun=360000"]);
  });

  it("stores nothing when they do not add up, or when the sentence is about a budget", () => {
    expect(
      list(
        "Medlemsintäkterna på 3 600 tkr har betalats enligt förbundsordningen: staten 1 800 tkr, Region Ekland 900 tkr och Ekby kommun 540 tkr.",
      ),
    ).toEqual([]);
    expect(
      list(
        "Medlemsintäkterna på 3 600 tkr är budgeterade så här: staten 1 800 tkr, Region Ekland 900 tkr, Ekby kommun 540 tkr och Lövsta kommun 360 tkr.",
      ),
    ).toEqual([]);
  });
});

describe("a members' total dated by its year", () => {
  const list = (sentence: string) =>
    (readContributionText(doc([sentence]), memberOf).facts as AnyFact[]).map((f) => `${f.member}=${f.amount_sek}`);
  const sentence = (year: number) =>
    `Medlemsavgifterna för helåret ${year} uppgick till 3 600 tkr och fördelades enligt förbundsordningen: staten 1 800 tkr, Region Ekland 900 tkr, Ekby kommun 540 tkr och Lövsta kommun 360 tkr.`;
  it("reads the list after a total dated by the report's year", () => {
    expect(list(sentence(2024))).toEqual([
      "staten=1800000",
      "Region Ekland=900000",
      "Ekby kommun=540000",
      "Lövsta kommun=360000",
    ]);
  });
  it("must not read a total dated by another year as the report's", () => {
    expect(list(sentence(2023))).toEqual([]);
  });
});

describe("a budget for the year after the report's", () => {
  it("reads a budget sentence naming one later year after 'inför' or 'för' as that year's budget", () => {
    expect(read("Inför 2025 har styrelsen budgeterat intäkter på 7,4 mkr.")).toEqual([
      "revenue_operating=7400000 budget 2025",
    ]);
  });

  it("reads nothing for two years, an earlier year's budget, or a plan without the word budget", () => {
    expect(read("Inför 2025 har styrelsen budgeterat intäkter på 7,4 mkr och för 2026 på 7,6 mkr.")).toEqual([]);
    expect(read("Budgeten för 2023 var lagd med ett underskott på 300 tkr.")).toEqual([]);
    expect(read("Inför 2025 räknar förbundet med intäkter på 7,4 mkr.")).toEqual([]);
    expect(read("Styrelsen har budgeterat intäkter på 7,4 mkr för 2025, mot 7,1 mkr 2024.")).toEqual([]);
  });
});

describe("half a million in words", () => {
  it("reads 'en halv miljon kronor' and 'två och en halv miljoner kronor'", () => {
    expect(read("Det gav ett överskott på en halv miljon kronor.")).toEqual(["result=500000"]);
    expect(read("Intäkterna var två och en halv miljoner kronor.")).toEqual(["revenue_operating=2500000"]);
  });

  it("does not read half a million named as a grant, or hedged", () => {
    expect(read("Förbundet fick en halv miljon kronor i bidrag från regionen.")).toEqual([]);
    expect(read("Det gav ett överskott på drygt en halv miljon kronor.")).toEqual([]);
  });
});

describe("the subject across a relative clause set off by commas", () => {
  it("reads the level the subject reached after the relative clause, whose year is its own", () => {
    expect(
      read(
        "Det egna kapitalet, som var som störst 2020 med 11 miljoner kronor, hade vid årsskiftet krympt till 4,4 miljoner kronor.",
      ),
    ).toEqual(["equity_end=4400000"]);
  });

  it("does not read a change after the relative clause, nor an amount of a subject that names no figure", () => {
    expect(read("Det egna kapitalet, som var 3 mkr vid förra årsskiftet, ökade med 0,4 mkr.")).toEqual([]);
    expect(read("Styrelsen, som sammanträdde sex gånger, beviljade 1,2 mkr till Lotsen.")).toEqual([]);
  });
});

describe("more counts: 'skrevs N personer in', 'N avslut', 'hade förbundet N deltagare'", () => {
  it("reads the particle after the number's noun, and 'avslut' as the exits", () => {
    expect(count("Under året skrevs 97 personer in i någon av insatserna.")).toEqual(["new/all=97"]);
    expect(count("Förbundets insatser hade 150 deltagare och 61 avslut.")).toEqual([
      "enrolled/all=150",
      "exited/all=61",
    ]);
  });

  it("reads an earlier year's sentence with the federation as subject for that year, not an intervention's", () => {
    expect(participants(["Jämförelse med tidigare år", "År 2023 hade förbundet 150 deltagare och 61 avslut."])).toEqual(
      ["enrolled/all=150 2023", "exited/all=61 2023"],
    );
    expect(participants(["Jämförelse med tidigare år", "År 2023 hade Lotsen 40 deltagare och 11 avslut."])).toEqual([]);
  });

  it("does not read things or staff the federation had", () => {
    expect(participants(["Förbundet hade under 2024 fyra anställda och 6 insatser."])).toEqual([]);
  });
});

describe("a result without a sign, signed by revenue, costs and financial items of the same text", () => {
  const text = [
    "Förbundets resultat för år 2024 är 236 tkr och det egna kapitalet uppgår till 2 910 tkr.",
    "Förbundets intäkter uppgick till 9 480 tkr och verksamhetens kostnader till 9 252 tkr. Finansiella",
    "intäkter från förbundets bankmedel tillkom med 8 tkr.",
  ];
  it("stores the result with the sign revenue − costs + financial income gives, when the sizes agree", () => {
    expect(finance(text)).toEqual([
      "equity_end=2910000 2024",
      "revenue_operating=9480000 2024",
      "cost_operating=9252000 2024",
      "result=236000 2024",
    ]);
    const deficit = [
      "Förbundets resultat för år 2024 är 220 tkr.",
      "Förbundets intäkter uppgick till 9 252 tkr och verksamhetens kostnader till 9 480 tkr.",
      "Finansiella intäkter tillkom med 8 tkr.",
    ];
    expect(finance(deficit)).toContain("result=-220000 2024");
  });

  it("stores no result when the sizes disagree, or costs are not stated", () => {
    expect(
      finance([text[0]!, "Förbundets intäkter uppgick till 9 480 tkr och verksamhetens kostnader till 9 252 tkr."]),
    ).toEqual(["equity_end=2910000 2024", "revenue_operating=9480000 2024", "cost_operating=9252000 2024"]);
    expect(finance([text[0]!, "Förbundets intäkter uppgick till 9 480 tkr."])).toEqual([
      "equity_end=2910000 2024",
      "revenue_operating=9480000 2024",
    ]);
  });
});

describe("the year before compared with, a section comparing years, and a clause after a semicolon", () => {
  it("reads ', jämfört med N personer under 2023' as that year's count of the same measure", () => {
    expect(count("Under 2024 deltog 171 personer i insatserna, jämfört med 158 personer under 2023.")).toEqual([
      "enrolled/all=171",
      "enrolled/all=158 2023",
    ]);
  });

  it("does not read a comparison with one intervention's count, or with no year", () => {
    expect(count("Under 2024 deltog 171 personer i insatserna, jämfört med 40 personer i Lotsen under 2023.")).toEqual([
      "enrolled/all=171",
    ]);
    expect(count("Under 2024 deltog 171 personer i insatserna, jämfört med målet på 180 personer.")).toEqual([
      "enrolled/all=171",
    ]);
  });

  it("reads a section comparing with the year before as the federation's, but not inside an intervention's section", () => {
    expect(
      participants([
        "4. Jämförelse med föregående år",
        "",
        "Under 2023 var 140 deltagare inskrivna, varav 75 kvinnor.",
      ]),
    ).toEqual(["enrolled/all=140 2023", "enrolled/woman=75 2023"]);
    expect(
      participants([
        "Insats: Lotsen",
        "",
        "Jämförelse med föregående år",
        "",
        "Under 2023 var 40 deltagare inskrivna.",
      ]),
    ).toEqual(["enrolled/all=40 2023 (Lotsen)"]);
  });

  it("reads a count before a semicolon whose clause after it names the year before, and not a count after it", () => {
    expect(count("Av årets deltagare var 70 nyinskrivna; övriga fortsatte från föregående år.")).toEqual([
      "new/all=70",
    ]);
    expect(count("Av årets deltagare var 70 nyinskrivna; 40 fortsatte från föregående år.")).toEqual(["new/all=70"]);
  });
});

describe("a sentence opening on its count after one about the federation: what it must not take", () => {
  const lead = "Under 2024 tog förbundets insatser emot 164 deltagare.";
  it("does not make a seminar's attendees, a cumulative count or a target the federation's figures", () => {
    expect(participants([lead, "212 deltagare kom till vårens föreläsning om psykisk hälsa."])).toEqual([
      "enrolled/all=164",
    ]);
    expect(participants([lead, "611 personer har deltagit sedan starten 2018."])).toEqual(["enrolled/all=164"]);
    expect(participants([lead, "40 procent ska gå till arbete eller studier enligt målet för 2025."])).toEqual([
      "enrolled/all=164",
    ]);
  });
});

describe("a part of the group the sentence before named", () => {
  const lead = "Under 2024 tog förbundets insatser emot 164 deltagare.";
  it("does not read 'N av dem hade …' or a second count of the same measure as the year's participants", () => {
    expect(participants([lead, "45 av dem hade försörjningsstöd."])).toEqual(["enrolled/all=164"]);
    expect(participants([lead, "12 deltagare hade en funktionsnedsättning."])).toEqual(["enrolled/all=164"]);
    expect(participants([`${lead} 45 av dem hade försörjningsstöd.`])).toEqual(["enrolled/all=164"]);
  });

  it("still reads the exits among them, and the year before's count on the next line", () => {
    expect(participants([lead, "Året innan var deltagarna 150."])).toEqual([
      "enrolled/all=164",
      "enrolled/all=150 2023",
    ]);
    expect(participants([lead, "52 av dem avslutade sin insats under året."])).toEqual([
      "enrolled/all=164",
      "exited/all=52",
    ]);
  });
});
