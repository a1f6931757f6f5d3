/**
 * Shapes of running text from the fourteenth held-out sets, in made-up federations' words: the
 * follow-up of the federation's plan ("Uppföljning av verksamhetsplanen 2024", each goal beside its
 * "Utfall:"), whose outcomes are the year's and the whole federation's while its goals are never
 * read. Each rule has a case where it must not fire.
 */
import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { headingNotTheYear } from "../../loaders/extract/general/headingPeriod.ts";
import { parseProseFigures } from "../../loaders/extract/general/parseProseFigures.ts";
import { parseProseFinance } from "../../loaders/extract/general/parseProseFinance.ts";
import { readMoneySentence } from "../../loaders/extract/general/moneyGrammar.ts";
import { readSentence } from "../../loaders/extract/general/figureGrammar.ts";
import { parseAnnualReport } from "../../loaders/extract/templates/kalmar/parseAnnualReport.ts";
import type { AnyFact } from "../helpers.ts";

const doc = (lines: string[], year = 2024) => new DocumentText("sjoberga/2024-annual-report", lines, year);
/** Participant counts stored from running text, as "measure/gender=value" ("@intervention" for one's). */
const counts = (lines: string[]) =>
  (parseProseFigures(doc(lines)).facts as AnyFact[])
    .filter((f) => f.table === "participant_count")
    .map((f) => `${f.measure}/${f.gender}=${f.value}${f.intervention ? `@${f.intervention}` : ""}`);
const money = (lines: string[]) =>
  (parseProseFinance(doc(lines)).facts as AnyFact[]).map((f) => `${f.year}:${f.basis}:${f.item}=${f.amount_sek}`);

describe("the follow-up of the federation's plan for the report's year", () => {
  it("is the year's outcome, not a plan (must fire)", () => {
    const under = (heading: string) =>
      headingNotTheYear(doc(["Årsredovisning 2024", "", heading, "", "Utfall: Intäkterna var 7,1 mnkr."]), 5);
    expect(under("Uppföljning av verksamhetsplanen 2024")).toBeUndefined();
    expect(under("UPPFÖLJNING AV VERKSAMHETSPLAN 2024")).toBeUndefined();
    expect(under("Utfall mot budget 2024")).toBeUndefined();
    expect(under("Återrapportering av verksamhetsplanen")).toBeUndefined();
    expect(under("Uppföljning verksamhetsplan 2024")).toBeUndefined();
    expect(under("Verksamhetsplanens uppföljning")).toBeUndefined();
  });

  it("is still a plan where the heading names the plan alone or a later year's follow-up (must not fire)", () => {
    const under = (heading: string) =>
      headingNotTheYear(doc(["Årsredovisning 2024", "", heading, "", "Intäkterna blir 7,1 mnkr."]), 5);
    expect(under("Verksamhetsplan 2025")).toMatch(/budget, a plan or a forecast/);
    expect(under("Plan för uppföljning 2025")).toMatch(/budget, a plan or a forecast/);
    expect(under("Uppföljning av verksamhetsplanen 2023")).toMatch(/another year/);
    expect(under("Redovisning av budgeten")).toMatch(/budget, a plan or a forecast/);
  });

  const plan = (goal: string, outcome: string[]) => [
    "Samordningsförbundet Sjöberga",
    "",
    "5. UPPFÖLJNING AV VERKSAMHETSPLANEN 2024",
    "",
    "5.1 Mål för individinsatserna",
    goal,
    ...outcome,
  ];

  it("reads each outcome as the federation's, in paraphrases (must fire)", () => {
    expect(
      counts(plan("Mål: Minst 200 personer ska delta.", ["Utfall: 188 personer har deltagit, 97 kvinnor och 91 män."])),
    ).toEqual(["enrolled/all=188", "enrolled/woman=97", "enrolled/man=91"]);
    expect(
      counts(plan("Beslut: Insatserna ska nå 150 personer.", ["Utfall: 61 personer avslutade sin insats under året."])),
    ).toEqual(["exited/all=61"]);
    expect(counts(plan("Mål: Fler nya deltagare.", ["Utfall: Under 2024 skrevs 74 nya deltagare in."]))).toEqual([
      "new/all=74",
    ]);
    expect(
      money([
        "Årsredovisning 2024",
        "",
        "Uppföljning av verksamhetsplanen 2024",
        "",
        "Mål: Ekonomin ska vara i balans.",
        "Utfall: Intäkterna var 6,3 miljoner kronor och kostnaderna 6,6 miljoner kronor.",
      ]),
    ).toEqual(["2024:actual:revenue_operating=6300000", "2024:actual:cost_operating=6600000"]);
  });

  it("is the federation's under the heading's other wordings (must fire)", () => {
    const under = (heading: string) =>
      counts(["Samordningsförbundet Sjöberga", "", heading, "", "Utfall: 132 personer har deltagit."]);
    expect(under("Verksamhetsplanens uppföljning")).toEqual(["enrolled/all=132"]);
    expect(under("Uppföljning verksamhetsplan 2024")).toEqual(["enrolled/all=132"]);
    // Must not fire: a heading naming no follow-up leaves whose figure it is unknown, where the document
    // has an intervention's section (stop 37: with none, the federation's own document's paragraph
    // naming no one is the federation's, proseSet37).
    expect(
      counts([
        "Samordningsförbundet Sjöberga",
        "",
        "Verksamhetens mål",
        "",
        "Utfall: 132 personer har deltagit.",
        "",
        "Insats: Lotsen",
        "Lotsen hade 12 deltagare.",
      ]),
    ).not.toContain("enrolled/all=132");
  });

  it("never reads the goal beside it, nor an intervention's outcome as the federation's (must not fire)", () => {
    expect(counts(plan("Mål: Minst 200 personer ska delta i insatserna under året.", []))).toEqual([]);
    expect(counts(plan("Beslut: Förbundet ska nå minst 150 personer.", ["Utfall: Se nedan."]))).toEqual([]);
    // An outcome naming one intervention is not the whole federation's.
    expect(counts(plan("Mål: Fler deltagare.", ["Utfall: Insatsen Lotsen hade 44 deltagare."]))).not.toContain(
      "enrolled/all=44",
    );
  });
});

/** What the money grammar reads of a sentence, as "year:basis:item=sek". */
const moneyOf = (sentence: string, year = 2024) =>
  readMoneySentence(sentence, year).figures.map((f) => `${f.year}:${f.basis}:${f.item}=${f.sek}`);

describe("a limit named after an 'och' that goes on about the level reached", () => {
  it("leaves the level read (must fire)", () => {
    expect(
      moneyOf("Det egna kapitalet minskade från 3,0 Mkr till 2,4 Mkr och ligger därmed under riktlinjen."),
    ).toEqual(["2024:actual:equity_end=2400000", "2023:actual:equity_end=3000000"]);
    expect(moneyOf("Eget kapital uppgick vid årets slut till 1,9 mnkr och håller sig inom rekommendationen.")).toEqual([
      "2024:actual:equity_end=1900000",
    ]);
    expect(moneyOf("Det egna kapitalet var 2 150 tkr vid årsskiftet och understiger nu taket.")).toEqual([
      "2024:actual:equity_end=2150000",
    ]);
  });
  it("is still a limit where its words are the amount's own (must not fire)", () => {
    expect(moneyOf("Det egna kapitalet får uppgå till högst 2,4 Mkr och ska minska.")).toEqual([]);
    expect(moneyOf("Riktlinjen anger ett eget kapital på högst 1,9 mnkr.")).toEqual([]);
    expect(moneyOf("Det egna kapitalet bör vid årets slut vara 2 150 tkr och inte mer.")).toEqual([]);
  });
});

describe("the individual interventions named as one compound ('i individinsatserna')", () => {
  it("speaks of all the federation's individual interventions (must fire)", () => {
    expect(counts(["I individinsatserna deltog 212 personer, 118 kvinnor och 94 män."])).toEqual([
      "enrolled/all=212",
      "enrolled/woman=118",
      "enrolled/man=94",
    ]);
    expect(counts(["Inom individinsatserna avslutade 83 deltagare sin insats under året."])).toEqual(["exited/all=83"]);
    expect(counts(["Under året var 150 personer inskrivna i våra individinsatser."])).toEqual(["enrolled/all=150"]);
  });
  it("is not the structural interventions, nor one intervention named beside it (must not fire)", () => {
    expect(counts(["I strukturinsatserna deltog 420 medarbetare från parterna."])).toEqual([]);
    expect(counts(["I individinsatsen Lotsen deltog 38 personer."])).toEqual([]);
  });
});

describe("a federation's post heading a part about itself as 'oss'", () => {
  const under = (heading: string, sentence: string) => counts(["# Nyheter", "", `## ${heading}`, "", sentence]);
  it("is the federation's part (must fire)", () => {
    expect(under("Så gick det hos oss 2024", "Under året skrevs 71 deltagare ut.")).toEqual(["exited/all=71"]);
    expect(under("Året hos oss", "Under året deltog 190 personer.")).toEqual(["enrolled/all=190"]);
    expect(under("Ett bra år för oss", "Under året skrevs 54 nya deltagare in.")).toEqual(["new/all=54"]);
  });
  it("is not where the heading names someone, or speaks of no 'oss' (must not fire)", () => {
    expect(under("Så gick det hos oss i Lotsen", "Under året skrevs 71 deltagare ut.")).toEqual([]);
    expect(under("Så gick det för grannförbundet", "Under året skrevs 71 deltagare ut.")).toEqual([]);
  });
});

/** The destinations the figure grammar reads of a sentence, as "category=value". */
const destinations = (sentence: string) =>
  readSentence(sentence, { year: 2024 }).figures.flatMap((f) =>
    f.kind === "exit_outcome" && f.category !== "work_or_studies" ? [`${f.category}=${f.token.value}`] : [],
  );

describe("destinations each with its count in a bracket after a figure they add up to", () => {
  it("are parts of that figure, in paraphrases (must fire)", () => {
    expect(destinations("Av dem gick 39 vidare till arbete (27) eller studier (12).")).toEqual([
      "work=27",
      "studies=12",
    ]);
    expect(destinations("Under året avslutades 61 deltagare: arbete (20), studier (9) och annat avslut (32).")).toEqual(
      ["work=20", "studies=9", "other_exit=32"],
    );
    expect(
      destinations("Totalt avslutades 44 personer, varav arbete (15), studier (6) och aktivt arbetssökande (23)."),
    ).toEqual(["work=15", "studies=6", "job_seeker=23"]);
  });
  it("are not read where they do not add up, are another year's or name no destination (must not fire)", () => {
    expect(destinations("Av dem gick 39 vidare till arbete (27) eller studier (11).")).toEqual([]);
    expect(destinations("Av dem gick 22 till arbete eller studier (2023: 14).")).toEqual([]);
    expect(destinations("Under året avslutades 21 deltagare, i Åby (12) och i Bäckfors (9).")).toEqual([]);
    // Work and studies under a joint figure only: a bracket naming another destination is no part of it.
    expect(destinations("Av dem gick 30 till arbete eller studier: arbete (18) och arbetssökande (12).")).toEqual([]);
  });
});

/** Every destination the figure grammar reads of a sentence, the joint one among them. */
const anyDestination = (sentence: string) =>
  readSentence(sentence, { year: 2024, exitedBefore: [64] }).figures.flatMap((f) =>
    f.kind === "exit_outcome" ? [`${f.category}=${f.token.value}`] : [],
  );

describe("'började' with its count before a destination named by a verb", () => {
  it("is the destination, in paraphrases (must fire)", () => {
    expect(anyDestination("Av dem började 23 att arbeta eller studera.")).toEqual(["work_or_studies=23"]);
    expect(anyDestination("Av dem började 14 arbeta.")).toEqual(["work=14"]);
    expect(anyDestination("Av de avslutade började 9 studera.")).toEqual(["studies=9"]);
  });
  it("is no destination where 'började' names a start or a search (must not fire)", () => {
    expect(anyDestination("Under året började 40 i insatsen.")).toEqual([]);
    expect(anyDestination("Under våren började 20 i insatsen Arbete först.")).toEqual([]);
    expect(anyDestination("Av dem började 30 att söka arbete.")).not.toContain("work=30");
  });
});

describe("an amount in 'miljoner kronor' set after its figure's comma", () => {
  it("is the figure's apposition, 'kronor' and all (must fire)", () => {
    expect(moneyOf("Årets resultat blev alltså negativt, -0,7 miljoner kronor, och det var väntat.")).toEqual([
      "2024:actual:result=-700000",
    ]);
    expect(moneyOf("Resultatet för året blev negativt, -1,1 miljoner kronor.")).toEqual([
      "2024:actual:result=-1100000",
    ]);
    expect(moneyOf("Förbundet gick med överskott, 0,4 miljoner kronor, tack vare vakanser.")).toEqual([
      "2024:actual:result=400000",
    ]);
  });
  it("is not read where the figure is unsigned or no figure names it (must not fire)", () => {
    expect(moneyOf("Årets resultat, 0,7 miljoner kronor, har stämts av.")).toEqual([]);
    expect(moneyOf("Enligt planen, 0,7 miljoner kronor, har använts.")).toEqual([]);
  });
});

/** What the annual report's readers store from a summary: "table:item-or-measure=value". */
function stored(lines: string[]) {
  const out = parseAnnualReport(new DocumentText("sjoberga/2024-annual-report", lines, 2024));
  return (out.facts as AnyFact[]).flatMap((f) =>
    f.table === "finance"
      ? [`finance:${f.item}=${f.amount_sek}`]
      : f.table === "participant_count"
        ? [`count:${f.measure}/${f.gender}=${f.value}`]
        : [],
  );
}

describe("many federations' figures together, or the weakest and strongest of them", () => {
  const summary = (sentence: string) => stored(["Årsredovisning 2024", "", "Sammanfattning", "", sentence]);
  it("are never this federation's (must fire)", () => {
    expect(summary("Förbundens samlade resultat blev -2,6 miljoner kronor.")).toEqual([]);
    expect(
      summary("Förbunden finansierade 1 080 insatser; drygt 19 000 personer deltog i de individinriktade insatserna."),
    ).toEqual([]);
    expect(summary("Länets samordningsförbund hade 4 120 deltagare i de individinriktade insatserna.")).toEqual([]);
    expect(summary("Det svagaste enskilda resultatet var -1,9 miljoner kronor, det starkaste +2,1.")).toEqual([]);
  });
  it("leave this federation's own figures read (must not fire)", () => {
    expect(summary("Förbundets resultat blev -0,8 miljoner kronor.")).toEqual(["finance:result=-800000"]);
    expect(
      summary("Förbundet finansierade sju insatser; 190 personer deltog i de individinriktade insatserna."),
    ).toEqual(["count:enrolled/all=190"]);
  });
});

describe("the budget named in a comparison right after the year's outcome ('vilket är bättre än det budgeterade …')", () => {
  it("is the same figure's budget, in paraphrases (must fire)", () => {
    expect(
      moneyOf("Årets resultat blev -310 tkr, vilket är bättre än det budgeterade underskottet på 650 tkr."),
    ).toEqual(["2024:actual:result=-310000", "2024:budget:result=-650000"]);
    expect(moneyOf("Kostnaderna blev 8 420 tkr, vilket är lägre än de budgeterade 8 900 tkr.")).toEqual([
      "2024:actual:cost_operating=8420000",
      "2024:budget:cost_operating=8900000",
    ]);
    expect(
      moneyOf(
        "Årets resultat blev ett överskott på 120 tkr, vilket var något sämre än det budgeterade överskottet på 200 tkr.",
      ),
    ).toEqual(["2024:actual:result=120000", "2024:budget:result=200000"]);
  });
  it("is not the budget where another year is compared or the budget's result has no sign (must not fire)", () => {
    expect(
      moneyOf("Årets resultat blev -310 tkr, vilket är bättre än föregående års underskott på 650 tkr."),
    ).not.toContain("2024:budget:result=-650000");
    expect(moneyOf("Årets resultat blev -310 tkr, vilket är bättre än det budgeterade resultatet på 650 tkr.")).toEqual(
      ["2024:actual:result=-310000"],
    );
  });
});

describe("'det' after a balance date, right after a sentence naming the equity", () => {
  const after = (sentence: string) =>
    readMoneySentence(sentence, 2024, { afterEquity: true }).figures.map(
      (f) => `${f.year}:${f.basis}:${f.item}=${f.sek}`,
    );
  it("stands for the equity at that date, in paraphrases (must fire)", () => {
    expect(after("Vid utgången av 2023 var det 2 415 300 kr.")).toEqual(["2023:actual:equity_end=2415300"]);
    expect(after("Den 31 december 2023 uppgick det till 2,1 mnkr.")).toEqual(["2023:actual:equity_end=2100000"]);
    expect(after("Ett år tidigare var det 1 980 tkr.")).toEqual(["2023:actual:equity_end=1980000"]);
  });
  it("stands for nothing where the sentence before named no equity or 'det' opens something else (must not fire)", () => {
    expect(moneyOf("Vid utgången av 2023 var det 2 415 300 kr.")).toEqual([]);
    expect(after("Vid utgången av 2023 var det ett underskott på 300 tkr.")).toEqual([]);
    expect(after("Under 2023 var det 2 415 300 kr i intäkter.")).not.toContain("2023:actual:equity_end=2415300");
  });
});

describe("a sentence set as a whole in the year before ('Ett år tidigare …')", () => {
  it("gives that year's figures (must fire)", () => {
    expect(moneyOf("Ett år tidigare var det egna kapitalet 2 761 000 kr.")).toEqual(["2023:actual:equity_end=2761000"]);
    expect(moneyOf("Året före var intäkterna 5,1 mnkr.")).toEqual(["2023:actual:revenue_operating=5100000"]);
    expect(moneyOf("Vid förra årets slut var det egna kapitalet 1,4 mnkr.")).toEqual([
      "2023:actual:equity_end=1400000",
    ]);
  });
  it("is never the report's year's (must not fire)", () => {
    expect(moneyOf("Ett år tidigare var det egna kapitalet 2 761 000 kr.")).not.toContain(
      "2024:actual:equity_end=2761000",
    );
    expect(moneyOf("Ett år tidigare budgeterades intäkter på 5,1 mnkr.")).toEqual([]);
  });
});

describe("a result written with a plus right after its label's colon", () => {
  it("is a surplus, in paraphrases (must fire)", () => {
    expect(moneyOf("Förbundets resultat 2024: +215 tkr.")).toEqual(["2024:actual:result=215000"]);
    expect(moneyOf("Årets resultat: +1,2 mnkr.")).toEqual(["2024:actual:result=1200000"]);
    expect(moneyOf("Resultat för året: +84 300 kr.")).toEqual(["2024:actual:result=84300"]);
  });
  it("stays unread without a sign, and is no result under another label (must not fire)", () => {
    expect(moneyOf("Förbundets resultat 2024: 215 tkr.")).toEqual([]);
    expect(moneyOf("Förändring mot budget: +215 tkr.")).toEqual([]);
  });
});

/** The counts the figure grammar reads of a sentence, as "measure/gender=value". */
const countsOf = (sentence: string) =>
  readSentence(sentence, { year: 2024 }).figures.flatMap((f) =>
    f.kind === "count" ? [`${f.measure}/${f.gender}=${f.token.value}`] : [],
  );

describe("a gender split with each gender's word before its number, in a bracket or after a comma", () => {
  it("splits the count right before it where it adds up (must fire)", () => {
    expect(countsOf("Totalt deltog 214 personer i insatserna (kvinnor 120, män 94).")).toEqual([
      "enrolled/all=214",
      "enrolled/woman=120",
      "enrolled/man=94",
    ]);
    expect(countsOf("Under året avslutades 58 deltagare (kvinnor 30 och män 28).")).toEqual([
      "exited/all=58",
      "exited/woman=30",
      "exited/man=28",
    ]);
    expect(countsOf("Under året deltog 133 personer, män 61 och kvinnor 72.")).toEqual([
      "enrolled/all=133",
      "enrolled/man=61",
      "enrolled/woman=72",
    ]);
  });
  it("is no split where it does not add up or names places (must not fire)", () => {
    expect(countsOf("Totalt deltog 214 personer (kvinnor 120, män 93).")).toEqual(["enrolled/all=214"]);
    expect(countsOf("Totalt deltog 214 personer (Åby 120, Böda 94).")).toEqual(["enrolled/all=214"]);
  });
});

describe("a line labelled as a goal or a decision ('Mål:', 'Beslut:')", () => {
  const plan = (...lines: string[]) =>
    stored(["Årsredovisning 2024", "", "Uppföljning av verksamhetsplanen 2024", "", ...lines]);
  it("never gives the year's outcome, in paraphrases (must fire)", () => {
    expect(plan("Beslut: Insatserna når 160 personer och 60 avslut.")).toEqual([]);
    expect(plan("Mål 2: 70 nya deltagare under året.")).toEqual([]);
    expect(plan("Målvärde 2024: intäkter på 6,2 mnkr och ett resultat på -0,3 mnkr.")).toEqual([]);
  });
  it("leaves the outcome beside it read (must not fire)", () => {
    expect(plan("Mål 2: 70 nya deltagare under året.", "Utfall 2024: 64 nya deltagare skrevs in.")).toEqual([
      "count:new/all=64",
    ]);
    expect(plan("Mål: Ekonomi i balans.", "Utfall: Intäkterna var 6,3 mnkr.")).toEqual([
      "finance:revenue_operating=6300000",
    ]);
  });
});

describe("a count in a sentence set a year back ('Ett år tidigare …')", () => {
  const years = (...lines: string[]) =>
    (parseProseFigures(doc(["Årsredovisning 2024", "", "Året i siffror", "", ...lines])).facts as AnyFact[]).map(
      (f) => `${f.year}:${f.measure}=${f.value}`,
    );
  it("is the year before's, in paraphrases (must fire)", () => {
    const year = "Under 2024 deltog 150 personer i förbundets insatser.";
    expect(years(year, "Ett år tidigare deltog 131 personer i förbundets insatser.")).toEqual([
      "2024:enrolled=150",
      "2023:enrolled=131",
    ]);
    expect(years(year, "Ett år tidigare var deltagarna 131.")).toEqual(["2024:enrolled=150", "2023:enrolled=131"]);
    expect(years(year, "Ett år innan avslutades 48 deltagare.")).toEqual(["2024:enrolled=150", "2023:exited=48"]);
  });
  it("is never the report's year's (must not fire)", () => {
    expect(years("Ett år tidigare deltog 131 personer i förbundets insatser.")).not.toContain("2024:enrolled=131");
    expect(
      years("Under 2024 deltog 150 personer i förbundets insatser, jämfört med 131 ett år tidigare."),
    ).not.toContain("2024:enrolled=131");
  });
});
