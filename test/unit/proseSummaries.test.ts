/**
 * Shapes of federations' own published summaries of their annual reports (news posts, council
 * decisions, "the year in brief"), in our own words with made-up federations: participants in
 * the passive, splits named by the group they are of, destinations by verb after the exits,
 * money with its outcome said to be planned, hedged guesses, and the parts of a sentence that
 * name one intervention. Each rule has a case where it must fire and one where it must not.
 */
import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { readSentence, type Figure } from "../../loaders/extract/general/figureGrammar.ts";
import { parseLabelledAmounts } from "../../loaders/extract/general/labelledAmounts.ts";
import { readContributionText } from "../../loaders/extract/general/contributionLists.ts";
import { contributionSentences } from "../../loaders/extract/general/contributionSentences.ts";
import { readMoneySentence } from "../../loaders/extract/general/moneyGrammar.ts";
import { memberOf } from "../../loaders/extract/general/parseMemberContributions.ts";
import { parseProseFigures } from "../../loaders/extract/general/parseProseFigures.ts";
import { proseUnits } from "../../loaders/extract/general/proseSentences.ts";
import type { FactInput } from "../../loaders/schema/facts.ts";
import type { AnyFact } from "../helpers.ts";

const show = (f: Figure) =>
  f.kind === "count"
    ? `${f.measure}/${f.gender}=${f.token.value}`
    : f.kind === "exit_outcome"
      ? `exit:${f.category}=${f.token.value}`
      : `${f.indicator}=${f.token.value} n=${f.base}`;
const read = (s: string, exitedBefore: number[] = []) => readSentence(s, { exitedBefore }).figures.map(show);
const doc = (lines: string[]) => new DocumentText("granby/2024-annual-report", lines, 2024);
const factsOf = (lines: string[]) =>
  (parseProseFigures(doc(lines)).facts as AnyFact[]).map(
    (f) =>
      `${f.table === "indicator" ? f.indicator : (f.measure ?? f.category)}${f.gender && f.gender !== "all" ? `/${f.gender}` : ""}=${f.value}${f.intervention ? ` (${f.intervention})` : ""}`,
  );
const money = (s: string) =>
  readMoneySentence(s, 2024).figures.map(
    (f) => `${f.item}=${f.sek}${f.basis === "budget" ? " budget" : ""}${f.year === 2024 ? "" : ` ${f.year}`}`,
  );
const contributions = (lines: string[]) =>
  (contributionSentences(doc(lines), new Set(), memberOf) as AnyFact[]).map((f) => `${f.member}=${f.amount_sek}`);
const moneyUnread = (s: string) => readMoneySentence(s, 2024).unread.map((u) => u.why);

describe("participants counted in the passive or by the interventions that had them", () => {
  it("reads 'finansierades insatser för N personer', 'insatser med sammanlagt N deltagare' and 'tog emot N personer'", () => {
    expect(read("Under året finansierades insatser för 120 personer.")).toEqual(["enrolled/all=120"]);
    expect(
      read("Förbundet finansierade fem insatser med sammanlagt 210 deltagare, varav 120 kvinnor och 90 män."),
    ).toEqual(["enrolled/all=210", "enrolled/woman=120", "enrolled/man=90"]);
    expect(read("Under året tog insatserna emot 180 personer.")).toEqual(["enrolled/all=180"]);
  });

  it("does not read money, staff, the number of interventions or applications as participants (must not fire)", () => {
    expect(read("Förbundet finansierade under året insatser för 4 200 tkr.")).toEqual([]);
    expect(read("Under året finansierades insatser för 30 handläggare.")).toEqual([]);
    expect(read("Förbundet finansierade fem insatser under året.")).toEqual([]);
    expect(read("Styrelsen tog emot 12 ansökningar om medel.")).toEqual([]);
  });
});

describe("a gender split named by the group it is of", () => {
  it("reads 'Av årets deltagare var N kvinnor och M män' as the year's participants", () => {
    expect(read("Av årets deltagare var 70 kvinnor och 52 män.")).toEqual(["enrolled/woman=70", "enrolled/man=52"]);
    expect(read("Bland deltagarna fanns 44 kvinnor och 39 män.")).toEqual(["enrolled/woman=44", "enrolled/man=39"]);
  });

  it("does not make a split of new participants, of 'dem' or of one gender alone the year's participants (must not fire)", () => {
    expect(read("Av de nya deltagarna var 30 kvinnor och 20 män.").filter((f) => f.startsWith("enrolled"))).toEqual([]);
    expect(read("Av dem var 30 kvinnor och 20 män.")).toEqual([]);
    expect(read("Av årets deltagare var 70 kvinnor.")).toEqual([]);
  });
});

describe("destinations by verb once the paragraph has given its exits", () => {
  it("reads 'fick ett arbete', 'började studera' and 'fortsatte med rehabilitering' after an exit count", () => {
    expect(read("Tolv fick ett arbete och fem fortsatte med rehabilitering inom vården.", [40])).toEqual([
      "exit:work=12",
      "exit:continued_rehab=5",
    ]);
    expect(read("Av de 50 som avslutades gick 20 till arbete medan 8 fortsatte sin rehabilitering i vården.")).toEqual([
      "exited/all=50",
      "exit:work=20",
      "exit:continued_rehab=8",
    ]);
  });

  it("does not read continued rehabilitation when nothing says the people have left (must not fire)", () => {
    expect(read("Fem fortsatte med rehabilitering inom vården.")).toEqual([]);
  });

  it("counts leaving ('när de lämnade insatsen') as an exit, but not 'lämnade in' or 'lämnade bidrag'", () => {
    expect(read("Sju fortsatte sin rehabilitering när de lämnade insatsen.")).toEqual(["exit:continued_rehab=7"]);
    expect(read("Förbundet lämnade in 3 ansökningar och 7 fortsatte sin rehabilitering.")).toEqual([]);
    expect(read("Förbundet lämnade bidrag till insatserna och 7 fortsatte sin rehabilitering.")).toEqual([]);
  });
});

describe("an earlier year's rate in a bracket with its unit", () => {
  it("reads this year's rate and leaves '(2023: 35 procent)' as the earlier year's", () => {
    expect(
      read("Andelen som gick vidare till arbete eller studier blev därmed 41 procent (2023: 35 procent).", [90]),
    ).toEqual(["work_or_studies_rate_reported=41 n=90"]);
  });

  it("does not read a bracket with a later year as an earlier year's, nor its figure as this year's (must not fire)", () => {
    expect(
      read("Andelen som gick vidare till arbete eller studier blev 41 procent (målet 2025: 45 procent).", [90]),
    ).toEqual([]);
  });
});

describe("whose a sentence of a summary is", () => {
  it("does not take 'när de lämnade insatsen' as naming one intervention", () => {
    expect(
      factsOf([
        "Året i korthet",
        "",
        "Under året avslutade 60 deltagare sin insats. Av dem gick 20 till arbete när de lämnade insatsen.",
      ]),
    ).toEqual(["exited=60", "work=20"]);
  });

  it("still takes a sentence naming 'Insatsen Bron' as one intervention's (must not fire)", () => {
    expect(factsOf(["Året i korthet", "", "Insatsen Bron avslutade 15 deltagare under året."])).toEqual([]);
  });

  it("judges the head of a sentence apart from a part after 'inklusive' that names a project", () => {
    expect(
      factsOf([
        "Året i korthet",
        "",
        "Under året finansierades insatser för 140 personer, inklusive 30 nya deltagare i projektet Språnget.",
      ]),
    ).toEqual(["enrolled=140"]);
  });

  it("reads a summary headed 'En summering av 2024' as the federation's, and nothing without such a heading", () => {
    // ("avslutade en insats", any one of the federation's, would say whose by itself: proseSet8.test.ts.)
    const body = "Av de 40 deltagare som avslutades under året gick 12 till arbete.";
    expect(factsOf(["# En summering av 2024", "", body])).toEqual(["exited=40", "work=12"]);
    expect(factsOf(["# Nytt från kansliet", "", body])).toEqual([]);
  });

  it("takes 'Förbundet finansierade … insatser' as a sentence about all the federation's interventions", () => {
    expect(factsOf(["Förbundet finansierade under året fyra insatser med sammanlagt 150 deltagare."])).toEqual([
      "enrolled=150",
    ]);
    expect(factsOf(["Kommunen finansierade under året en insats med sammanlagt 150 deltagare."])).toEqual([]);
  });
});

describe("a paragraph whose first line reaches the document's right margin", () => {
  const margin = "Förbundet har under året arbetat vidare med de insatser som startade förra året och";
  const lines = [
    margin,
    "som nu har funnit sina former. Arbetet har skett i nära samverkan med medlemmarna och",
    "med de lokala aktörerna i båda kommunerna, vilket har varit en styrka för alla parter.",
    "",
    "Av de 40 deltagare som avslutade en insats under året gick 18 vidare till arbete eller studier.",
    "Sex av dem fick ett arbete och tolv började studera, vilket är fler än vad som väntades.",
    "",
    "Styrelsen har sammanträtt sex gånger och arbetsutskottet fyra gånger under verksamhetsåret.",
  ];
  const units = (ls: string[]) => proseUnits(doc(ls)).map((u) => u.text.slice(0, 20));

  it("runs on into the next line when several lines of the document reach the same margin", () => {
    expect(units(lines)).toEqual(["Förbundet har under ", "Av de 40 deltagare s", "Styrelsen har samman"]);
  });

  it("does not run on from a first line short of the margin (must not fire)", () => {
    const short = [...lines];
    short[4] = "Av de 40 deltagare som avslutade en insats gick 18 till arbete eller studier.";
    expect(units(short)).toEqual([
      "Förbundet har under ",
      "Av de 40 deltagare s",
      "Sex av dem fick ett ",
      "Styrelsen har samman",
    ]);
  });
});

describe("money in summaries", () => {
  it("reads 'Det negativa resultatet om 1,2 mnkr var väntat' as the year's deficit", () => {
    expect(money("Det negativa resultatet om 1,2 mnkr var väntat.")).toEqual(["result=-1200000"]);
    expect(money("Det positiva resultatet på 0,8 mnkr blev något bättre än väntat.")).toEqual(["result=800000"]);
  });

  it("does not read a deficit that 'är planerat' as the outcome (must not fire)", () => {
    expect(money("Ett underskott om 1,2 mnkr är planerat.")).toEqual([]);
  });

  it("leaves a hedged round amount unread, but reads a hedged amount with its decimals", () => {
    expect(money("Förbundet gick med ett överskott på omkring 0,4 miljoner kronor.")).toEqual([]);
    expect(moneyUnread("Förbundet gick med ett överskott på omkring 0,4 miljoner kronor.")).toEqual([
      "a hedged round amount, too coarse to be the year's figure",
    ]);
    expect(money("Kostnaderna uppgick till ca 7,6 mnkr.")).toEqual(["cost_operating=7600000"]);
  });
});

describe("a labelled amount after a hedge", () => {
  const labelled = (lines: string[]) =>
    (parseLabelledAmounts(doc(["Året i siffror", "", ...lines]), []).facts as AnyFact[]).map(
      (f) => `${f.item}=${f.amount_sek}${f.approximate ? "~" : ""}`,
    );

  it("reads 'Eget kapital vid årets slut: ca 2,4 mnkr.' as approximate", () => {
    expect(labelled(["• Eget kapital vid årets slut: ca 2,4 mnkr."])).toEqual(["equity_end=2400000~"]);
  });

  it("does not read a hedged round amount or a line that says more (must not fire)", () => {
    expect(labelled(["• Årets resultat: omkring 0,3 mnkr"])).toEqual([]);
    expect(labelled(["• Eget kapital: ca 2,4 mnkr och stabilt"])).toEqual([]);
  });
});

describe("an earlier year's figure beside this year's", () => {
  it("reads '(föregående år -233 040 kronor)' after 'för 2024', and '(… vid utgången av 2023)'", () => {
    expect(
      money("Förbundet redovisar ett positivt resultat om 412 618 kronor för 2024 (föregående år -233 040 kronor)."),
    ).toEqual(["result=412618", "result=-233040 2023"]);
    expect(money("Det egna kapitalet uppgick till 3 086 411 kronor (2 673 793 kronor vid utgången av 2023).")).toEqual([
      "equity_end=3086411",
      "equity_end=2673793 2023",
    ]);
  });

  it("does not take a bracket after another year's outcome, or a later year, as an earlier year's (must not fire)", () => {
    expect(
      money("Förbundet redovisar ett överskott om 412 618 kronor för 2023 (föregående år -233 040 kronor)."),
    ).toEqual([]);
    expect(money("Det egna kapitalet uppgick till 3 086 411 kronor (2 500 000 kronor vid utgången av 2025).")).toEqual([
      "equity_end=3086411",
    ]);
  });

  it("reads ', mot 2 160 312 kronor ett år tidigare' as the same figure for the year before", () => {
    expect(
      money("Det egna kapitalet var 1 846 312 kronor vid årets slut, mot 2 160 312 kronor ett år tidigare."),
    ).toEqual(["equity_end=1846312", "equity_end=2160312 2023"]);
  });

  it("does not read an unsigned earlier result, or a comparison with a budget, as the year before's (must not fire)", () => {
    expect(money("Årets resultat blev ett underskott på 310 tkr, mot 240 tkr året innan.")).toEqual(["result=-310000"]);
    expect(money("Det egna kapitalet var 1 846 312 kronor vid årets slut, mot budgeterade 1 500 000 kronor.")).toEqual([
      "equity_end=1846312",
    ]);
  });

  it("takes an unsigned result as a surplus when the earlier year's deficit beside it carries its minus", () => {
    expect(money("Årets resultat blev 412 318 kronor (föregående år −186 540 kronor).")).toEqual([
      "result=412318",
      "result=-186540 2023",
    ]);
  });

  it("still leaves an unsigned result unread when nothing beside it is signed (must not fire)", () => {
    expect(money("Årets resultat blev 412 318 kronor (föregående år 186 540 kronor).")).toEqual([]);
    expect(money("Förbundet redovisar 2 m.kr i resultat för året.")).toEqual([]);
  });
});

describe("more shapes of participants in summaries", () => {
  it("takes 'Andelen som gick vidare …' after the paragraph's one exit count as a rate of those exits", () => {
    expect(read("Andelen som gick vidare till arbete eller studier blev 35 procent.", [101])).toEqual([
      "work_or_studies_rate_reported=35 n=101",
    ]);
  });

  it("gives such a rate no base when the paragraph gave no exit count (must not fire)", () => {
    expect(read("Andelen som gick vidare till arbete eller studier blev 35 procent.")).toEqual([]);
  });

  it("reads 'skrevs 58 in' as new and 'skrevs 40 ut' as exited, and 'ett arbete eller studerar' as work or studies", () => {
    expect(read("Av de 129 deltagarna skrevs 58 in under året (30 kvinnor och 28 män).")).toEqual([
      "new/all=58",
      "new/woman=30",
      "new/man=28",
    ]);
    expect(read("Under året skrevs 40 ut ur insatserna.")).toEqual(["exited/all=40"]);
    expect(read("Vi avslutade 90 deltagare, och 41 av dem har i dag ett arbete eller studerar.")).toEqual([
      "exited/all=90",
      "exit:work_or_studies=41",
    ]);
  });

  it("does not read a number before 'in' without the verb whose particle it is (must not fire)", () => {
    expect(read("Under året kom 58 in i verksamheten via remiss.")).toEqual([]);
  });

  it("takes 'Vi avslutade 112 deltagare' in a federation's own post as the federation's", () => {
    expect(factsOf(["Några siffror från året:", "", "- Vi avslutade 112 deltagare under året."])).toEqual([
      "exited=112",
    ]);
  });

  it("does not take 'vi' as the federation inside an intervention's section (must not fire)", () => {
    expect(factsOf(["Insats: Steget", "", "Vi avslutade 12 deltagare under året."])).toEqual(["exited=12 (Steget)"]);
  });

  it("takes a heading 'Deltagare i de individinriktade insatserna' as the federation's topic", () => {
    expect(
      factsOf(["3.2 Deltagare i de individinriktade insatserna", "", "Under året skrevs 58 in i insatserna."]),
    ).toEqual(["new=58"]);
  });

  it("takes a heading 'Deltagare i individinsatserna' as the federation's topic", () => {
    expect(factsOf(["Deltagare i individinsatserna", "Nya deltagare: 58"])).toEqual(["new=58"]);
  });

  it("does not take a heading naming one intervention's participants as the federation's (must not fire)", () => {
    expect(factsOf(["3.2 Deltagare i Steget", "", "Under året skrevs 58 personer in."])).toEqual([]);
    expect(factsOf(["Deltagare i individinsatsen Steget", "Nya deltagare: 58"])).toEqual([]);
  });
});

describe("an earlier year's rate in a bracket after this year's", () => {
  const lines = (bracket: string) => [
    "Förbundets deltagare",
    "",
    "Under 2024 hade förbundets insatser 60 deltagare. 40 deltagare avslutade sin insats. Av dessa gick 12 till",
    `arbete och 6 till studier, vilket innebär att 45 procent gick vidare till arbete eller studier ${bracket}.`,
  ];
  it("keeps this year's rate and leaves the bracket's unread", () => {
    const read = factsOf(lines("(2023: 38 procent)"));
    expect(read).toContain("work_or_studies_rate_reported=45");
    expect(read.filter((f) => f.includes("=38"))).toEqual([]);
  });
  it("must not read the bracket's rate as this year's, nor as a rate waiting for exits", () => {
    const out = parseProseFigures(doc(lines("(2023: 38 procent)")));
    expect([...out.facts, ...(out.awaiting ?? [])].some((f) => (f as AnyFact).value === 38)).toBe(false);
  });
});

describe("exits a table gave, named again in prose", () => {
  const exits = (value: number, intervention: string | null): FactInput => ({
    table: "participant_count",
    intervention,
    year: 2024,
    measure: "exited",
    gender: "all",
    value,
    line: 4,
    text: "Summa",
    section: "general:participant_table",
    approximate: false,
  });
  const lines = [
    "3. Resultat",
    "",
    "Tabellen ovan visar avslut per insats.",
    "",
    "Av de 96 som avslutades gick 21 till arbete.",
  ];
  const read = (tables: FactInput[]) =>
    (parseProseFigures(doc(lines), tables).facts as AnyFact[]).map((f) => `${f.category ?? f.measure}=${f.value}`);
  it("takes 'Av de 96 som avslutades …' as the federation's where a table gave 96 as its exits", () => {
    expect(read([exits(96, null), exits(50, "Steget")])).toEqual(["exited=96", "work=21"]);
    const withNoun = ["3. Resultat", "", "Av de 96 personer som avslutades gick 21 till arbete."];
    expect(
      (parseProseFigures(doc(withNoun), [exits(96, null)]).facts as AnyFact[]).map(
        (f) => `${f.category ?? f.measure}=${f.value}`,
      ),
    ).toEqual(["exited=96", "work=21"]);
  });
  it("must not where no table gave them, or where 96 is also an intervention's", () => {
    expect(read([])).toEqual([]);
    expect(read([exits(96, null), exits(96, "Steget")])).toEqual([]);
  });
});

describe("contributions in summaries", () => {
  it("reads 'Staten bidrog via Försäkringskassan med …' and the chain after it, not the municipalities together", () => {
    expect(
      contributions([
        "Staten bidrog via Försäkringskassan med 7,1 mnkr, Region Norrskog med 3,55 mnkr och kommunerna tillsammans med 3,55 mnkr.",
      ]),
    ).toEqual(["Staten=7100000", "Region Norrskog=3550000"]);
  });

  it("reads a fee dated after its amount, for the report's year only", () => {
    expect(contributions(["Granby kommuns medlemsavgift till förbundet var 873 000 kronor för 2024."])).toEqual([
      "Granby kommun=873000",
    ]);
    expect(contributions(["Granby kommuns medlemsavgift till förbundet var 850 000 kronor för 2023."])).toEqual([]);
  });

  it("still passes over money for a project after the amount (must not fire)", () => {
    expect(contributions(["Granby kommuns bidrag var 120 000 kronor för projektet Steget."])).toEqual([]);
  });
});

describe("a count compared with another year after it", () => {
  it("reads the count before ', en ökning jämfört med 2023 då …' and not the year before's count", () => {
    expect(
      factsOf([
        "Året i korthet",
        "",
        "Under 2024 tog förbundets insatser emot 212 personer, en ökning jämfört med 2023 då 187 personer deltog.",
      ]),
    ).toEqual(["enrolled=212"]);
  });

  it("stores nothing for the report's year when the other year stands before the comparison (must not fire)", () => {
    // Dated as a whole by 2023, the count is 2023's (sentenceYear.ts), never the report's 2024.
    const facts = parseProseFigures(
      doc([
        "Året i korthet",
        "",
        "Under 2023 tog förbundets insatser emot 187 personer, en ökning jämfört med året innan.",
      ]),
    ).facts as AnyFact[];
    expect(facts.map((f) => [f.year, f.value])).toEqual([[2023, 187]]);
  });
});

describe("news published after the year calls it 'förra året'", () => {
  const readIn = (s: string, year: number) => readSentence(s, { year }).figures.map(show);

  it("reads 'Förra året finansierades insatser för 78 personer under 2021' in the report for 2021", () => {
    expect(readIn("Förra året finansierades insatser för 78 personer under 2021.", 2021)).toEqual(["enrolled/all=78"]);
  });

  it("keeps 'förra året' another year's without the report's year, or beside another year (must not fire)", () => {
    expect(readIn("Förra året finansierades insatser för 78 personer.", 2021)).toEqual([]);
    expect(readIn("Förra året finansierades insatser för 78 personer under 2021.", 2022)).toEqual([]);
  });
});

describe("a few more sentence shapes of published summaries", () => {
  it("reads a labelled count followed by its split, 'påbörjade' as new, an outcome before 'vilket …', and a signed amount in apposition", () => {
    expect(read("Antalet deltagare uppgick till 212, varav 128 kvinnor och 84 män.")).toEqual([
      "enrolled/all=212",
      "enrolled/woman=128",
      "enrolled/man=84",
    ]);
    expect(read("Under året påbörjade 64 personer en insats.")).toEqual(["new/all=64"]);
    expect(money("Årets resultat uppgår till -0,4 mkr vilket är bättre än budgeterat.")).toEqual(["result=-400000"]);
    expect(money("Förbundet gick med underskott, -1,2 mkr.")).toEqual(["result=-1200000"]);
  });

  it("leaves a labelled count with no split after it, a budget before 'vilket', and a lone amount after an unrelated clause (must not fire)", () => {
    expect(read("Målet för antalet deltagare var 212, varav 128 kvinnor.")).toEqual([]);
    expect(read("Sju påbörjade studier.", [40])).toEqual(["exit:studies=7"]);
    expect(money("Budgeterat resultat var -0,9 mkr vilket är lägre än utfallet.")).toEqual(["result=-900000 budget"]);
    expect(money("Styrelsen sammanträdde sex gånger, 1,2 mkr.")).toEqual([]);
    expect(money("Förbundet redovisar ett resultat, 1,2 mkr.")).toEqual([]);
  });
});

describe("a rate of 'de avslutade' and support given to people", () => {
  it("takes 'Av de avslutade gick 37 procent …' after the paragraph's one exit count as its rate, and 'gett stöd till 212 personer' as enrolled", () => {
    expect(read("Av de avslutade gick 37 procent till arbete eller studier.", [90])).toEqual([
      "work_or_studies_rate_reported=37 n=90",
    ]);
    expect(read("Förbundet har under året gett stöd till 212 personer.")).toEqual(["enrolled/all=212"]);
  });

  it("gives no base without the paragraph's exit count, and takes no employers as participants (must not fire)", () => {
    expect(read("Av de avslutade gick 37 procent till arbete eller studier.")).toEqual([]);
    expect(read("Förbundet har under året gett stöd till 12 arbetsgivare.")).toEqual([]);
  });
});

describe("a list after 'Medlemmarnas bidrag uppgick till …'", () => {
  const list = (sentence: string) =>
    (readContributionText(doc([sentence]), memberOf).facts as AnyFact[]).map((f) => `${f.member}=${f.amount_sek}`);

  it("reads the members' amounts when they add up to the total", () => {
    expect(
      list(
        "Medlemmarnas bidrag uppgick till 6 000 tkr, varav staten 3 000 tkr, Region Ekland 1 500 tkr, Ekby kommun 900 tkr och Lövsta kommun 600 tkr.",
      ),
    ).toEqual(["staten=3000000", "Region Ekland=1500000", "Ekby kommun=900000", "Lövsta kommun=600000"]);
  });

  it("stores nothing when they do not add up (must not fire)", () => {
    expect(
      list(
        "Medlemmarnas bidrag uppgick till 6 000 tkr, varav staten 3 000 tkr, Region Ekland 1 500 tkr och Ekby kommun 900 tkr.",
      ),
    ).toEqual([]);
  });
});

describe("'miljoner kronor' beside its bracket or comparison", () => {
  it("reads the bracket after an amount whose unit runs on ('1,1 miljoner kronor (budgeterat underskott 0,5 miljoner kronor)')", () => {
    expect(
      money("Årets resultat blev ett överskott på 1,1 miljoner kronor (budgeterat underskott 0,5 miljoner kronor)."),
    ).toEqual(["result=1100000", "result=-500000 budget"]);
    expect(
      money("Det egna kapitalet var 1,8 miljoner kronor vid årets slut, mot 2,1 miljoner kronor ett år tidigare."),
    ).toEqual(["equity_end=1800000", "equity_end=2100000 2023"]);
  });

  it("still leaves a bracket that is no budget or earlier year unread (must not fire)", () => {
    expect(
      money("Årets resultat blev ett överskott på 1,1 miljoner kronor (varav 0,5 miljoner kronor från staten)."),
    ).toEqual(["result=1100000"]);
  });
});

describe("'Av de N deltagarna var …' followed by a split", () => {
  it("reads the base as the year's participants when a gender split follows it", () => {
    expect(read("Av de 212 deltagarna var 128 kvinnor och 84 män.")).toEqual([
      "enrolled/all=212",
      "enrolled/woman=128",
      "enrolled/man=84",
    ]);
  });

  it("does not read the base without the split, or with one gender only (must not fire)", () => {
    expect(read("Av de 212 deltagarna var 128 nöjda med stödet.")).toEqual([]);
    expect(read("Av de 212 deltagarna var 128 kvinnor.")).toEqual([]);
  });
});

describe("a list after the municipalities' total, each by its place", () => {
  const list = (sentence: string) =>
    (readContributionText(doc([sentence]), memberOf).facts as AnyFact[]).map((f) => `${f.member}=${f.amount_sek}`);

  it("reads the places when they add up to the municipalities' total", () => {
    expect(
      list(
        "Kommunerna bidrog med 1 800 tkr tillsammans, fördelat efter folkmängd: Ekby 1 100 tkr, Lövsta 450 tkr och Åsen 250 tkr.",
      ),
    ).toEqual(["Ekby=1100000", "Lövsta=450000", "Åsen=250000"]);
  });

  it("stores no place when they do not add up, nor a place in a list of all members (must not fire)", () => {
    expect(
      list("Kommunerna bidrog med 1 800 tkr tillsammans: Ekby 1 100 tkr, Lövsta 450 tkr och Åsen 200 tkr."),
    ).toEqual([]);
    expect(
      list("Medlemmarnas bidrag uppgick till 2 400 tkr: staten 1 200 tkr, Ekby 700 tkr och Region Ekland 500 tkr."),
    ).toEqual([]);
  });
});

describe("the members' parts listed under their total, one a line", () => {
  const parts = (lines: string[], year = 2024) =>
    (readContributionText(new DocumentText("granby/x", lines, year), memberOf).facts as AnyFact[]).map(
      (f) => `${f.member}=${f.amount_sek}@${f.line}`,
    );
  const list = (total: string) => [
    total,
    "– varav staten: 2 600 tkr",
    "– varav Region Ekland: 1 300 tkr",
    "– varav kommunerna: 1 300 tkr",
  ];
  it("stores each named member's part where the parts add up to the total", () => {
    expect(parts(list("Intäkter (medlemsavgifter): 5 200 tkr"))).toEqual([
      "staten=2600000@2",
      "Region Ekland=1300000@3",
    ]);
  });
  it("must not store parts that do not add up, nor another year's", () => {
    expect(parts(list("Intäkter (medlemsavgifter): 5 400 tkr"))).toEqual([]);
    expect(parts(list("Medlemsavgifter 2023: 5 200 tkr"))).toEqual([]);
  });
});
