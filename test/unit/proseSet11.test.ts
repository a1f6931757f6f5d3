/**
 * Held-out set 11's prose and bullet shapes, in our own words (made-up federations): a key-figure
 * page whose topic headings name no one, labelled amounts with a balance day and a "varav" part,
 * a gender split written with its words first ("varav kv 121 och m 91"), destinations listed
 * with no lead right after the exits they add up to, a comparison given a sentence of its own, a
 * correction notice's corrected count, and a rate compared with other federations in a trailing
 * clause. Each rule beside the nearest text it must leave alone.
 */
import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { parseProseFigures } from "../../loaders/extract/general/parseProseFigures.ts";
import { parseLabelledAmounts } from "../../loaders/extract/general/labelledAmounts.ts";
import { scopeByLine } from "../../loaders/extract/general/sectionScope.ts";
import { parseAnnualReport } from "../../loaders/extract/templates/kalmar/parseAnnualReport.ts";
import { readingText } from "../../loaders/extract/text/readingText.ts";
import type { AnyFact } from "../helpers.ts";

const doc = (lines: readonly string[]) => new DocumentText("lommen/2024-annual-report", lines, 2024);

const counts = (lines: string[]) =>
  parseProseFigures(doc(lines)).facts.map((f) =>
    f.table === "participant_count"
      ? `${f.year} ${f.measure}/${f.gender}=${f.value}`
      : f.table === "participant_breakdown"
        ? `${f.category}=${f.value}`
        : f.table,
  );

const report = (lines: string[]) => parseAnnualReport(doc(readingText(lines).lines)).facts as AnyFact[];

describe("topic headings under the federation's heading (set 11)", () => {
  it("keeps the federation's scope under a topic of its participants that names no one", () => {
    const lines = [
      "Deltagare i förbundets individinsatser",
      "",
      "Avslutade under året och vart de gick",
      "Av de 60 som avslutades gick 20 till arbete och 8 till studier.",
    ];
    expect(scopeByLine(doc(lines))[3]).toMatchObject({ kind: "federation" });
    expect(counts(lines)).toEqual(["2024 exited/all=60", "work=20", "studies=8"]);
  });

  it("does not keep it under a heading that names an intervention, nor under a topic that is no participants'", () => {
    const named = ["Deltagare i förbundets individinsatser", "", "Avslutade i Lotsen", "Under året avslutades 22."];
    expect(scopeByLine(doc(named))[3]).not.toMatchObject({ kind: "federation" });
    const other = ["Deltagare i förbundets individinsatser", "", "Arbetsträning för unga vuxna", "Här deltog 14."];
    expect(scopeByLine(doc(other))[3]).toMatchObject({ kind: "unknown" });
  });

  it("reads 'Verksamhet' under a key-figure heading as the federation's, as 'Verksamheten'", () => {
    const lines = ["Förbundet i siffror 2024", "", "Verksamhet", "  • Nya deltagare under året: 64."];
    expect(counts(lines)).toEqual(["2024 new/all=64"]);
  });
});

describe("the prior year in parentheses, declared with its year (set 11)", () => {
  const page = [
    "Lommen i siffror 2024",
    "Uppgifterna inom parentes avser 2023.",
    "",
    "Verksamhet",
    "  • Avslutade deltagare: 140 (126).",
    "",
    "Ekonomi",
    "  • Intäkter: 9,4 (9,1) mkr, varav medlemsbidrag 9,2 (9,0) mkr.",
    "  • Eget kapital den 31 december: 1,7 (2,2) mkr.",
  ];

  it("stores each year's figure for its year, the money with its unit", () => {
    const facts = report(page);
    const exited = facts.filter((f) => f.table === "participant_count");
    expect(exited.map((f) => `${f.year}=${f.value}`).sort()).toEqual(["2023=126", "2024=140"]);
    const money = facts.filter((f) => f.table === "finance").map((f) => `${f.item} ${f.year}=${f.amount_sek}`);
    expect(money.sort()).toEqual([
      "equity_end 2023=2200000",
      "equity_end 2024=1700000",
      "revenue_operating 2023=9100000",
      "revenue_operating 2024=9400000",
    ]);
  });

  it("never stores a bracketed figure without the declaration: a budget beside the outcome stays unread", () => {
    const undeclared = page.filter((l) => !l.includes("parentes"));
    const facts = report(undeclared);
    expect(facts.some((f) => f.year === 2023)).toBe(false);
    expect(facts.some((f) => f.table === "participant_count" && f.value === 126)).toBe(false);
  });
});

describe("labelled amounts (set 11)", () => {
  const amounts = (lines: string[]) =>
    parseLabelledAmounts(doc(["Året i korthet", ...lines]), []).facts.map((f) =>
      f.table === "finance" ? `${f.item} ${f.year}=${f.amount_sek}` : f.table,
    );

  it("reads the balance day without a year, a plus before the earlier amount, and passes over a varav part", () => {
    expect(amounts(["- Eget kapital 31 december: 3,2 mkr"])).toEqual(["equity_end 2024=3200000"]);
    expect(amounts(["- Årets resultat: −0,3 mkr (2023: +0,6 mkr)"])).toEqual([
      "result 2024=-300000",
      "result 2023=600000",
    ]);
    expect(amounts(["- Intäkter: 8,1 mkr, varav medlemsbidrag 7,9 mkr"])).toEqual(["revenue_operating 2024=8100000"]);
  });

  it("still refuses a line that says more than a part ('jämfört med'), and another year in the varav part's place", () => {
    expect(amounts(["- Intäkter: 8,1 mkr, jämfört med 7,7 mkr"])).toEqual([]);
    expect(amounts(["- Intäkter: 8,1 mkr (2022: 7,7 mkr)"])).toEqual([]);
  });
});

describe("a gender split with each gender's word before its number (set 11)", () => {
  it("splits the count just before where the two add up to it", () => {
    expect(counts(["Året i korthet", "- Deltagare i individinsatser 2024: 180 st, varav kv 104 och m 76."])).toEqual([
      "2024 enrolled/all=180",
      "2024 enrolled/woman=104",
      "2024 enrolled/man=76",
    ]);
  });

  it("stores no split that does not add up, nor one without 'varav'", () => {
    expect(counts(["Året i korthet", "- Deltagare i individinsatser 2024: 180 st, varav kv 100 och m 76."])).toEqual([
      "2024 enrolled/all=180",
    ]);
    expect(counts(["Året i korthet", "- Deltagare i individinsatser 2024: 180 st, kv 104 och m 76."])).toEqual([
      "2024 enrolled/all=180",
    ]);
  });
});

describe("destinations with no lead, after the exits they add up to (set 11)", () => {
  it("reads 'Arbete 22, studier 11, …' right after the year's exits", () => {
    expect(counts(["Året i korthet", "- Avslut under året: 60 st. Arbete 18, studier 7, övriga avslut 35."])).toEqual([
      "2024 exited/all=60",
      "work=18",
      "studies=7",
      "other_exit=35",
    ]);
  });

  it("reads none where the items do not add up to the exits", () => {
    expect(counts(["Året i korthet", "- Avslut under året: 60 st. Arbete 18, studier 7, övriga avslut 30."])).toEqual([
      "2024 exited/all=60",
    ]);
  });
});

describe("an earlier year's count in a comparison of its own (set 11)", () => {
  it("is the earlier year's count of what the sentence before counted", () => {
    expect(
      counts([
        "Året i korthet",
        "- Deltagare i individinsatser 2024: 180 st.",
        "  Att jämföra med 166 deltagare året innan.",
      ]),
    ).toEqual(["2024 enrolled/all=180", "2023 enrolled/all=166"]);
  });

  it("is nothing after a sentence with two counts, or with none", () => {
    expect(
      counts([
        "Året i korthet",
        "- Under året hade insatserna 180 deltagare och 60 avslut.",
        "  Att jämföra med 166 deltagare året innan.",
      ]),
    ).not.toContain("2023 enrolled/all=166");
    expect(counts(["Året i korthet", "- Att jämföra med 166 deltagare året innan."])).toEqual([]);
  });
});

describe("a correction notice's corrected count (set 11)", () => {
  const body = ["", "Deltagarna", "Under 2024 deltog 120 personer (70 kvinnor och 50 män) i förbundets insatser."];

  it("takes the place of the count it corrects, with its split where it adds up", () => {
    const facts = report([
      "Rättelse",
      "Sid 4. Där står att 120 personer deltog i förbundets insatser under 2024. Rätt antal är 116",
      "(68 kvinnor och 48 män).",
      ...body,
    ]);
    const got = facts.filter((f) => f.table === "participant_count").map((f) => `${f.gender}=${f.value}`);
    expect(got.sort()).toEqual(["all=116", "man=48", "woman=68"]);
  });

  it("stores no corrected count the notice does not say in so many words, and no split that does not add up", () => {
    const vague = report([
      "Rättelse",
      "Sid 4. Där står att 120 personer deltog. Siffran har rättats i webbversionen.",
      ...body,
    ]);
    expect(vague.filter((f) => f.table === "participant_count")).toEqual([]);
    const uneven = report([
      "Rättelse",
      "Sid 4. Där står att 120 personer deltog i förbundets insatser under 2024. Rätt antal är 116 (70 kvinnor och 48 män).",
      ...body,
    ]);
    expect(uneven.filter((f) => f.table === "participant_count").map((f) => `${f.gender}=${f.value}`)).toEqual([
      "all=116",
    ]);
  });
});

describe("a rate compared with other federations in a clause after it (set 11)", () => {
  const lines = (clause: string) => [
    "Året i korthet",
    "Under året avslutades 50 deltagare, varav 12 till arbete och 8 till studier.",
    "",
    `Andelen som gick vidare till arbete eller studier var 40 procent${clause}.`,
  ];
  const rates = (ls: string[]) =>
    report(ls)
      .filter((f) => f.table === "indicator")
      .map((f) => f.value);

  it("is the federation's rate", () => {
    expect(rates(lines(", vilket är i nivå med länets övriga förbund"))).toEqual([40]);
  });

  it("is no rate of the federation's where the other federations are the sentence's subject", () => {
    expect(
      rates([
        "Året i korthet",
        "Under året avslutades 50 deltagare, varav 12 till arbete och 8 till studier.",
        "",
        "I länets övriga förbund var andelen som gick vidare till arbete eller studier 40 procent.",
      ]),
    ).toEqual([]);
  });
});

describe("the opening equity in a bracket (set 11)", () => {
  const equity = (sentence: string) =>
    report(["Ekonomi", sentence])
      .filter((f) => f.table === "finance")
      .map((f) => `${f.item} ${f.year}=${f.amount_sek}`);

  it("is the year before's closing equity", () => {
    expect(equity("Eget kapital uppgick vid årets slut till 2 310 400 kronor (ingående 2 001 900 kronor).")).toEqual([
      "equity_end 2024=2310400",
      "equity_end 2023=2001900",
    ]);
  });

  it("gives no other figure an earlier year", () => {
    expect(equity("Intäkterna uppgick till 5 310 400 kronor (ingående 2 001 900 kronor).")).toEqual([
      "revenue_operating 2024=5310400",
    ]);
  });
});

describe("a members' list with its unit written once, and the municipalities together (set 11)", () => {
  const members = (sentence: string) =>
    report(["Ekonomi", sentence])
      .filter((f) => f.table === "member_contribution")
      .map((f) => `${f.member}=${f.amount_sek}`);

  it("gives every grouped amount of the list the unit after its last", () => {
    expect(
      members(
        "Medlemsavgifterna fördelades: Försäkringskassan 1 800 000, Region Lomby 900 000, Åker kommun 600 000 och Ön kommun 300 000 kronor.",
      ),
    ).toEqual(["Staten=1800000", "Region Lomby=900000", "Åker kommun=600000", "Ön kommun=300000"]);
  });

  it("reads Försäkringskassan alone among the payers as the state, and not beside Arbetsförmedlingen", () => {
    const state =
      "Medlemsavgifterna fördelades: Försäkringskassan 1 800 000 kr, Region Lomby 900 000 kr och Ön kommun 900 000 kr.";
    expect(members(state)[0]).toBe("Staten=1800000");
    const both =
      "Medlemsavgifterna fördelades: Försäkringskassan 900 000 kr, Arbetsförmedlingen 900 000 kr och Region Lomby 900 000 kr.";
    expect(members(both).some((m) => m.startsWith("Staten"))).toBe(false);
  });

  it("gives none where a number before the last is no grouped amount", () => {
    expect(
      members(
        "Medlemsavgifterna fördelades: Försäkringskassan 1 800 000, Region Lomby 45 och Ön kommun 300 000 kronor.",
      ),
    ).toEqual([]);
  });

  it("passes over 'kommunerna tillsammans' and keeps the named members", () => {
    expect(
      members("Medlemsbidrag 2024: staten 5,0 mkr · Region Lomby 2,5 mkr · kommunerna tillsammans 2,5 mkr."),
    ).toEqual(["staten=5000000", "Region Lomby=2500000"]);
    expect(members("Medlemsbidrag 2024: staten 5,0 mkr · Region Lomby 2,5 mkr · övriga 2,5 mkr.")).toEqual([]);
  });
});

describe("a share set between commas, and 'andel positiva avslut' (set 11)", () => {
  it("reads the destination after ', eller 38 procent,' as the count's", () => {
    expect(
      counts([
        "Året i korthet",
        "Av de 150 deltagare som avslutade en insats under året gick 57 personer, eller 38 procent, vidare till arbete eller studier.",
      ]),
    ).toEqual(["2024 exited/all=150", "work_or_studies=57", "indicator"]);
  });

  it("takes no destination past a share of another group ('38 procent av deltagarna,')", () => {
    expect(
      counts([
        "Året i korthet",
        "Under året avslutades 57 personer, eller 38 procent av deltagarna, och 20 gick till arbete.",
      ]),
    ).toEqual(["2024 exited/all=57", "work=20"]);
  });

  it("reads 'andel positiva avslut' as the positive-step rate, of the exits it names", () => {
    const facts = report([
      "Året i korthet",
      "Av de 50 som avslutades gick 12 till arbete, 6 till studier och 4 till gemensam kartläggning, vilket ger en andel positiva avslut på 44 procent.",
    ]);
    expect(facts.filter((f) => f.table === "indicator").map((f) => `${f.indicator}=${f.value}/${f.n}`)).toEqual([
      "positive_step_rate_reported=44/50",
    ]);
  });
});

describe("the planned result after a later year's budget (set 11)", () => {
  const budget = (second: string) =>
    report([
      "Förväntad utveckling",
      "För 2025 har styrelsen antagit en budget med intäkter på 7 200 tkr och kostnader på 7 650 tkr.",
      second,
    ])
      .filter((f) => f.table === "finance" && f.item === "result")
      .map((f) => `${f.basis} ${f.year}=${f.amount_sek}`);

  it("is that year's budgeted result where its revenue − costs is the amount", () => {
    expect(budget("Det planerade underskottet på 450 tkr finansieras med eget kapital.")).toEqual([
      "budget 2025=-450000",
    ]);
  });

  it("is nothing where the sum disagrees or the word says a surplus", () => {
    expect(budget("Det planerade underskottet på 400 tkr finansieras med eget kapital.")).toEqual([]);
    expect(budget("Det planerade överskottet på 450 tkr går till nya insatser.")).toEqual([]);
  });
});

describe("the state's grant from one year to the next (set 11)", () => {
  const members = (sentence: string) =>
    report(["Ny fördelningsmodell", sentence])
      .filter((f) => f.table === "member_contribution")
      .map((f) => `${f.basis} ${f.year} ${f.member}=${f.amount_sek}`);

  it("is the state's budgeted contribution for the later year", () => {
    expect(
      members("För förbundet innebär modellen att statens tilldelning ökar från 3 900 tkr 2024 till 4 150 tkr 2025."),
    ).toEqual(["budget 2025 staten=4150000"]);
  });

  it("stores nothing for years up to the report's", () => {
    expect(members("Statens tilldelning ökade från 3 700 tkr 2023 till 3 900 tkr 2024.")).toEqual([]);
  });
});

describe("what the budget reckoned with, and a bare bracket beside the equity (set 11)", () => {
  const finance = (sentence: string) =>
    report(["Ekonomi", sentence])
      .filter((f) => f.table === "finance")
      .map((f) => `${f.basis} ${f.item} ${f.year}=${f.amount_sek}`);

  it("reads 'budget som räknade med ett underskott om 800 tkr' as the year's budgeted result", () => {
    expect(
      finance(
        "Förbundet redovisar ett underskott om 650 tkr, vilket är 150 tkr bättre än budget som räknade med ett underskott om 800 tkr.",
      ),
    ).toContain("budget result 2024=-800000");
  });

  it("reads no budget from a sentence about another year, nor one without a sign word", () => {
    expect(
      finance(
        "År 2023 var resultatet ett underskott om 650 tkr, bättre än budget som räknade med ett underskott om 800 tkr.",
      ),
    ).not.toContain("budget result 2024=-800000");
    expect(finance("Utfallet blev 650 tkr bättre än budget som räknade med ett resultat om 800 tkr.")).toEqual([]);
  });

  it("reads a bare bracket beside the equity as the year before's, and beside the revenue as nothing", () => {
    expect(finance("Förbundets eget kapital uppgår per 2024-12-31 till 2 840 tkr (3 120 tkr).")).toEqual([
      "actual equity_end 2024=2840000",
      "actual equity_end 2023=3120000",
    ]);
    expect(finance("Förbundets intäkter uppgick till 7 840 tkr (8 120 tkr).")).toEqual([
      "actual revenue_operating 2024=7840000",
    ]);
  });
});

describe("an earlier year's destination in a bracket (set 11)", () => {
  it("is that year's destination beside this year's", () => {
    expect(
      counts([
        "Året i korthet",
        "Av de 90 som avslutades under 2024 i förbundets insatser gick 30 (2023: 26) till arbete.",
      ]),
    ).toEqual(["2024 exited/all=90", "work=30", "work=26"]);
    const facts = parseProseFigures(
      doc([
        "Året i korthet",
        "Av de 90 som avslutades under 2024 i förbundets insatser gick 30 (2023: 26) till arbete.",
      ]),
    ).facts;
    expect(facts.filter((f) => f.table === "participant_breakdown").map((f) => f.year)).toEqual([2024, 2023]);
  });

  it("is nothing where the bracket names a later year or no year", () => {
    const breakdowns = (sentence: string) =>
      parseProseFigures(doc(["Året i korthet", sentence])).facts.filter((f) => f.table === "participant_breakdown");
    expect(
      breakdowns("Av de 90 som avslutades under 2024 i förbundets insatser gick 30 (2025: 26) till arbete.").map(
        (f) => f.year,
      ),
    ).not.toContain(2025);
    expect(
      breakdowns("Av de 90 som avslutades i förbundets insatser gick 30 (26) till arbete.").map((f) => f.value),
    ).not.toContain(26);
  });
});

describe("an earlier year's rate in a bracket beside the year's (set 11)", () => {
  const rates = (lines: string[]) =>
    report(["Året i korthet", ...lines])
      .filter((f) => f.table === "indicator")
      .map((f) => `${f.year}=${f.value}/${f.n}`);

  it("waits for that year's exits, and is stored where they and its destinations give it", () => {
    expect(
      rates([
        "  • Avslutade deltagare: 80 (2023: 60).",
        "  • Av de avslutade gick 24 (2023: 15) till arbete och 8 (2023: 6) till studier.",
        "  • Andel av de avslutade som gick vidare till arbete eller studier: 40 procent (2023: 35 procent).",
      ]),
    ).toEqual(["2023=35/60", "2024=40/80"]);
  });

  it("is not stored where that year's exits are not read", () => {
    expect(
      rates([
        "  • Avslutade deltagare: 80.",
        "  • Av de avslutade gick 24 till arbete och 8 till studier.",
        "  • Andel av de avslutade som gick vidare till arbete eller studier: 40 procent (2023: 35 procent).",
      ]),
    ).toEqual(["2024=40/80"]);
  });
});

describe("the parts of the members' total the sentence before gave (set 11)", () => {
  const members = (second: string) =>
    report(["Budget och medelstilldelning", `Medlemmarnas bidrag för 2024 var 12 000 000 kr. ${second}`])
      .filter((f) => f.table === "member_contribution")
      .map((f) => `${f.member}=${f.amount_sek}`);

  it("stores the named members where every part adds up to the total", () => {
    expect(
      members(
        "Av detta kom 6 000 000 kr från staten och 3 000 000 kr från Region Lomby, medan kommunerna tillsammans bidrog med 3 000 000 kr.",
      ),
    ).toEqual(["staten=6000000", "Region Lomby=3000000"]);
  });

  it("stores none where the parts do not add up to it", () => {
    expect(
      members(
        "Av detta kom 6 000 000 kr från staten och 3 000 000 kr från Region Lomby, medan kommunerna tillsammans bidrog med 2 000 000 kr.",
      ),
    ).toEqual([]);
  });
});
