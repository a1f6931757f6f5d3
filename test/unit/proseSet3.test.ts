/**
 * Shapes of running text from the third held-out set, in made-up federations' words: a level a
 * change reached with the level it came from, a sentence pointing at the statements' pages, and a
 * count of new interventions beside a count of people.
 */
import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { readSentence, readSentenceInContext } from "../../loaders/extract/general/figureGrammar.ts";
import { parseProseFigures } from "../../loaders/extract/general/parseProseFigures.ts";
import { readMoneySentence } from "../../loaders/extract/general/moneyGrammar.ts";
import { itemsInTables } from "../../loaders/extract/general/parseProseFinance.ts";
import { parseLabelledAmounts } from "../../loaders/extract/general/labelledAmounts.ts";
import { docOf, type AnyFact } from "../helpers.ts";
import { contributionSentences } from "../../loaders/extract/general/contributionSentences.ts";
import { memberOf } from "../../loaders/extract/general/parseMemberContributions.ts";

const read = (s: string, year = 2024) =>
  readMoneySentence(s, year).figures.map((f) => `${f.item}=${f.sek}${f.year === year ? "" : ` ${f.year}`}`);
const unread = (s: string, year = 2024) => readMoneySentence(s, year).unread.map((u) => u.raw);

describe("equity that changed 'från A till B'", () => {
  it("reads B as the year's equity and A as the year before's", () => {
    const s = "Förbundets egna kapital sjönk under året från 1 904 250 kronor till 1 377 600 kronor.";
    expect(read(s)).toEqual(["equity_end=1377600", "equity_end=1904250 2023"]);
    expect(unread(s)).toEqual([]);
  });

  it("does not give a flow's starting amount to the year before", () => {
    const s = "Kostnaderna ökade från 4,1 mnkr till 4,6 mnkr.";
    expect(read(s)).toEqual(["cost_operating=4600000"]);
    expect(unread(s)).toEqual(["4,1 mnkr"]);
  });

  it("reads no opening equity from a change in a budget or without a level after it", () => {
    expect(read("I budgeten minskar det egna kapitalet från 2,2 mnkr till 1,8 mnkr.")).toEqual([]);
    const s = "Det egna kapitalet minskade från 2 200 tkr, främst genom nya insatser.";
    expect(read(s)).toEqual([]);
    expect(unread(s)).toEqual(["2 200 tkr"]);
  });
});

describe("a sentence that points at the statements' pages", () => {
  const tableItems = (lines: string[]) => [...itemsInTables(new DocumentText("t/2024", lines, 2024))].sort();

  it("is not a table row naming the result", () => {
    expect(tableItems(["Resultaträkningen och balansräkningen återfinns på sidorna 9–10."])).toEqual([]);
    expect(tableItems(["Kassaflödet och resultatet redovisas i not 4."])).toEqual([]);
  });

  it("while a labelled row of numbers still is", () => {
    expect(tableItems(["Årets resultat          -412        156"])).toEqual(["result"]);
  });
});

describe("a count of new things beside people", () => {
  const counts = (s: string) => readSentence(s).figures.map((f) => `${f.kind}:${f.token.value}`);

  it("does not read 'tre nya projekt' as new participants", () => {
    expect(counts("Under hösten kom tre nya projekt igång i Norrvik.")).toEqual([]);
    expect(counts("Två olika insatser startade i mars.")).toEqual([]);
  });

  it("still reads new people", () => {
    expect(counts("Under året tillkom 45 nya deltagare.")).toEqual(["count:45"]);
  });
});

describe("a labelled amount with the year before's in a bracket", () => {
  const facts = (line: string) =>
    parseLabelledAmounts(new DocumentText("norrvik/2024-annual-report", ["## Ekonomi", "", line], 2024), [])
      .facts as AnyFact[];
  const show = (line: string) => facts(line).map((f) => `${f.item}=${f.amount_sek} ${f.year}`);

  it("reads the year's amount and the earlier year's", () => {
    expect(show("- Eget kapital vid årets slut: 2,18 mnkr (2023: 2,61 mnkr).")).toEqual([
      "equity_end=2180000 2024",
      "equity_end=2610000 2023",
    ]);
    expect(show("• Intäkter: 6 840 tkr (föregående år 6 515 tkr)")).toEqual([
      "revenue_operating=6840000 2024",
      "revenue_operating=6515000 2023",
    ]);
  });

  it("reads neither when the bracket is a later year or a budget, nor an earlier result beside sign words", () => {
    expect(show("- Eget kapital: 2,18 mnkr (2025: 1,9 mnkr)")).toEqual([]);
    expect(show("- Intäkter: 6 840 tkr (budget: 7 000 tkr)")).toEqual([]);
    expect(show("- Årets resultat: 120 tkr (2023: 85 tkr) överskott")).toEqual([]);
  });
});

describe("a level stated after a comparison, and the year before's beside it", () => {
  it("reads the level 'och uppgick till' reached, and ', mot N under <the year before>'", () => {
    expect(read("Intäkterna minskade något jämfört med förra året och uppgick till 5 120 400 kronor.")).toEqual([
      "revenue_operating=5120400",
    ]);
    expect(
      read("Kostnaderna steg jämfört med året innan och landade på 8 412 900 kronor, mot 7 980 tkr under 2023."),
    ).toEqual(["cost_operating=8412900", "cost_operating=7980000 2023"]);
  });

  it("reads nothing when the comparison is two years back or the level is a change", () => {
    expect(read("Kostnaderna uppgick till 8 412 900 kronor, mot 7 980 tkr under 2022.")).toEqual([]);
    // A sentence naming another year than the one before stays the comparison's: nothing is read.
    expect(read("Intäkterna minskade något jämfört med 2022 och uppgick till 5 120 400 kronor.")).toEqual([]);
    expect(read("Kostnaderna ökade jämfört med föregående år och ökade med 420 tkr.")).toEqual([]);
    expect(read("Kostnaderna ökade jämfört med föregående år, då de uppgick till 7 980 tkr.")).toEqual([]);
  });
});

describe("a verb split around its number", () => {
  const counts = (s: string) =>
    readSentence(s).figures.map((f) =>
      f.kind === "count"
        ? `${f.measure}/${f.gender}=${f.token.value}`
        : `${f.kind}:${"category" in f ? f.category : ""}=${f.token.value}`,
    );

  it("reads 'tog N personer del av' and 'tog … tre insatser emot N deltagare' as enrolled", () => {
    expect(counts("Under året tog 58 personer del av förbundets stödinsatser.")).toEqual(["enrolled/all=58"]);
    expect(counts("Under 2024 tog förbundets tre arbetsinsatser emot totalt 77 deltagare.")).toEqual([
      "enrolled/all=77",
    ]);
  });

  it("reads 'fick N ett arbete' as an exit to work", () => {
    expect(counts("Av dem som slutade fick nio ett arbete och två började studera.")).toEqual([
      "exit_outcome:work=9",
      "exit_outcome:studies=2",
    ]);
  });

  it("does not read seeking work as work, nor a number after 'fick' with no destination", () => {
    expect(counts("Under hösten fick 25 deltagare stöd att söka arbete.")).toEqual([]);
    expect(counts("Förbundet fick 3 uppdrag av styrelsen under året.")).toEqual([]);
  });
});

describe("a rate with last year's rate beside it, and its base in the bullet before", () => {
  it("reads this year's rate before ', en minskning från N procent året innan' and not last year's", () => {
    const r = readSentence(
      "Av de avslutade gick 28 procent till arbete eller studier, en ökning från 22 procent året innan.",
      {
        exitedBefore: [75],
      },
    );
    expect(r.figures.map((f) => `${f.kind}=${f.token.value}`)).toEqual(["rate=28"]);
    expect(r.figures[0]).toMatchObject({ base: 75 });
  });

  const rates = (lines: string[]) =>
    (parseProseFigures(new DocumentText("norrvik/2024-annual-report", lines, 2024)).facts as AnyFact[])
      .filter((f) => f.table === "indicator")
      .map((f) => `${f.value} n=${f.n}`);

  it("takes the exit count of the bullet right above as the base", () => {
    expect(
      rates([
        "## Deltagare",
        "",
        "- 75 deltagare avslutade under året.",
        "- Av de avslutade gick 28 procent till arbete eller studier.",
      ]),
    ).toEqual(["28 n=75"]);
  });

  it("does not take a count from another list or paragraph as the base", () => {
    expect(
      rates([
        "## Deltagare",
        "",
        "- 75 deltagare avslutade under året.",
        "",
        "- Av de avslutade gick 28 procent till arbete eller studier.",
      ]),
    ).toEqual([]);
  });
});

describe("members' contributions listed after a colon", () => {
  const read = (text: string) =>
    (contributionSentences(docOf(text.split("\n"), 2024), new Set(), memberOf) as AnyFact[]).map(
      (f) => `${f.member}=${f.amount_sek}@${f.line}`,
    );

  it("reads each named member with the amount after it", () => {
    expect(
      read(
        "Medlemmarnas avgifter för året var: Försäkringskassan och Arbetsförmedlingen 3,0 mnkr,\nRegion Västkust 1,5 mnkr, Norrviks kommun 0,9 mnkr samt Bäckby kommun 0,6 mnkr.",
      ),
    ).toEqual([
      "Försäkringskassan och Arbetsförmedlingen=3000000@1",
      "Region Västkust=1500000@2",
      "Norrviks kommun=900000@2",
      "Bäckby kommun=600000@2",
    ]);
  });

  it("reads no list with an amount that is no member's, one about the budget, or with no members' lead", () => {
    expect(read("Medlemmarnas bidrag fördelades så här: staten 3,0 mnkr, övriga 2,4 mnkr.")).toEqual([]);
    expect(read("Medlemmarnas bidrag i budgeten för 2025: staten 3,2 mnkr och Region Västkust 1,6 mnkr.")).toEqual([]);
    expect(read("Kostnaderna fördelades så här: Norrviks kommun 0,9 mnkr och Bäckby kommun 0,6 mnkr.")).toEqual([]);
  });
});

describe("a sentence set in the year before, and planning words in a budget sentence", () => {
  it("reads a sentence opening with 'Föregående år' as the year before's", () => {
    expect(read("Föregående år visade förbundet ett underskott på 215 tkr.")).toEqual(["result=-215000 2023"]);
    expect(read("I fjol uppgick intäkterna till 7 310 000 kronor.")).toEqual(["revenue_operating=7310000 2023"]);
  });

  it("reads nothing for the year before when the sentence names a year or gives no sign", () => {
    expect(read("Föregående år, 2022, uppgick intäkterna till 7 310 000 kronor.")).toEqual([]);
    expect(read("Föregående år blev resultatet 215 tkr.")).toEqual([]);
    expect(read("Jämfört med föregående år uppgick intäkterna till 7 310 000 kronor.")).toEqual([]);
  });

  const basis = (s: string) => readMoneySentence(s, 2024).figures.map((f) => `${f.item}=${f.sek} ${f.basis}`);

  it("reads a budget whose sentence says it was planned", () => {
    expect(basis("I budgeten planerade styrelsen för ett underskott på 350 tkr.")).toEqual(["result=-350000 budget"]);
  });

  it("still leaves a forecast or a frame in a budget sentence unread", () => {
    expect(basis("Budgetens ram för kostnaderna är 6,5 mnkr.")).toEqual([]);
    expect(basis("I budgeten finns en prognos för intäkterna på 6,9 mnkr.")).toEqual([]);
  });
});

describe("a gender split told as a comparison", () => {
  const split = (previous: string, sentence: string) =>
    readSentenceInContext(sentence, previous).figures.map((f) =>
      f.kind === "count" ? `${f.measure}/${f.gender}=${f.token.value}` : f.kind,
    );

  it("gives the counts to the groups in the order they are named, when they add up to the count before", () => {
    expect(split("Under året deltog 95 personer i insatserna.", "Männen var fler än kvinnorna, 51 mot 44.")).toEqual([
      "enrolled/man=51",
      "enrolled/woman=44",
    ]);
  });

  it("stores nothing when the sum disagrees or no one count stands before", () => {
    expect(split("Under året deltog 95 personer i insatserna.", "Männen var fler än kvinnorna, 50 mot 44.")).toEqual(
      [],
    );
    expect(split("Insatserna var många.", "Männen var fler än kvinnorna, 51 mot 44.")).toEqual([]);
  });
});

describe("the year's outcome compared with its budget", () => {
  const basis = (s: string) => readMoneySentence(s, 2024).figures.map((f) => `${f.item}=${f.sek} ${f.basis}`);

  it("reads the budget beside the outcome, a zero result written 'nollresultat' too", () => {
    expect(basis("Årets resultat blev ett överskott på 94 tkr, att jämföra med ett budgeterat nollresultat.")).toEqual([
      "result=94000 actual",
      "result=0 budget",
    ]);
    expect(basis("Kostnaderna blev 5 480 tkr, jämfört med budgeterade 5 900 tkr.")).toEqual([
      "cost_operating=5480000 actual",
      "cost_operating=5900000 budget",
    ]);
  });

  it("leaves an unsigned budgeted result, or a budget after something else than the outcome, unread", () => {
    expect(basis("Årets resultat blev ett överskott på 94 tkr, mot budgeterat 150 tkr.")).toEqual([
      "result=94000 actual",
    ]);
    expect(basis("Lönerna steg, mot budgeterade 5 900 tkr.")).toEqual([]);
  });
});

describe("a member's fee, then its budgeted fee for a later year", () => {
  const read = (text: string) =>
    (contributionSentences(docOf(text.split("\n"), 2024), new Set(), memberOf) as AnyFact[]).map(
      (f) => `${f.member}=${f.amount_sek} ${f.basis} ${f.year}`,
    );

  it("gives the budgeted fee the sentence after names to the same member", () => {
    expect(
      read(
        "Norrviks kommuns medlemsavgift var 640 000 kronor för 2024. I förbundets budget för 2025 blir avgiften 655 000 kronor.",
      ),
    ).toEqual(["Norrviks kommun=640000 actual 2024", "Norrviks kommun=655000 budget 2025"]);
  });

  it("reads no budgeted fee without a budget, without one year, or without a member's fee just before", () => {
    expect(
      read("Norrviks kommuns medlemsavgift var 640 000 kronor för 2024. Avgiften blir 655 000 kronor för 2025."),
    ).toEqual(["Norrviks kommun=640000 actual 2024"]);
    expect(
      read(
        "Norrviks kommuns medlemsavgift var 640 000 kronor för 2024. Enligt budgeten blir avgiften 655 000 kronor 2025 och 670 000 kronor 2026.",
      ),
    ).toEqual(["Norrviks kommun=640000 actual 2024"]);
    expect(read("Förbundet har fyra medlemmar. Enligt budgeten blir avgiften 655 000 kronor för 2025.")).toEqual([]);
  });
});

describe("a statement row with a note column", () => {
  it("is still a table row naming its item", () => {
    const items = [
      ...itemsInTables(new DocumentText("t/2024", ["Verksamhetens intäkter    Not 2    4 987    5 012"], 2024)),
    ];
    expect(items).toEqual(["revenue_operating"]);
  });
});

describe("a member's share named in words, its amount after a comma", () => {
  const read = (text: string) =>
    (contributionSentences(docOf([text], 2024), new Set(), memberOf) as AnyFact[]).map(
      (f) => `${f.member}=${f.amount_sek}`,
    );

  it("reads 'Staten, via …, stod för hälften, N mnkr'", () => {
    expect(read("Staten, via Arbetsförmedlingen och Försäkringskassan, stod för hälften, 2,6 mnkr.")).toEqual([
      "Staten=2600000",
    ]);
  });

  it("reads no share of a body that is no member, nor one in a budget", () => {
    expect(read("Styrelsen, via ordföranden, betalade hälften, 2,6 mnkr.")).toEqual([]);
    expect(read("Enligt budgeten betalar staten hälften, 2,8 mnkr.")).toEqual([]);
  });
});
