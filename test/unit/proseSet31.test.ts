/**
 * Shapes of running text and of a report's own period from the p31 probes, in made-up federations'
 * words. Each rule has a case where it must fire and one where it must not.
 */
import { describe, expect, it } from "vitest";
import { readSentence } from "../../loaders/extract/general/figureGrammar.ts";
import { readMoneySentence } from "../../loaders/extract/general/moneyGrammar.ts";
import { namesPartOfYearIn, shortOperatingYear } from "../../loaders/extract/general/partYear.ts";
import { parseAnnualReport } from "../../loaders/extract/templates/kalmar/parseAnnualReport.ts";
import { docOf, type AnyFact } from "../helpers.ts";

const read = (lines: string[], year = 2024) => parseAnnualReport(docOf(lines, year)).facts as AnyFact[];
const counts = (facts: AnyFact[]) =>
  facts
    .filter((f) => f.table === "participant_count" && f.intervention === null)
    .map((f) => `${f.year} ${f.measure}/${f.gender}=${f.value}`);
const money = (facts: AnyFact[]) =>
  facts.filter((f) => f.table === "finance").map((f) => `${f.year} ${f.basis} ${f.item}=${f.amount_sek}`);

const firstYear = (title: string[]) => [
  "Samordningsförbundet Ödmark",
  ...title,
  "",
  "Verksamheten",
  "Under förbundets första verksamhetsår, augusti–december, deltog 44 personer i förbundets insatser.",
  "Under perioden avslutade 7 personer sin insats.",
  "",
  "Ekonomi",
  "Förbundets intäkter under perioden uppgick till 1 900 000 kr och kostnaderna till 1 640 000 kr.",
  "Årets resultat blev ett överskott på 260 000 kr.",
];

describe("a federation's first or last, shortened operating year", () => {
  it("reads a first year ending on 31 December as the year's report (must fire)", () => {
    for (const title of [["Årsredovisning", "Augusti–December 2024"], ["Verksamhetsår 2024-08-01 – 2024-12-31"]]) {
      const facts = read(firstYear(title));
      expect(counts(facts)).toEqual(["2024 enrolled/all=44", "2024 exited/all=7"]);
      expect(money(facts)).toEqual(
        expect.arrayContaining(["2024 actual revenue_operating=1900000", "2024 actual cost_operating=1640000"]),
      );
    }
  });

  it("reads a last year from 1 January called an annual report as the year's (must fire)", () => {
    const doc = docOf([
      "Samordningsförbundet Ödmark",
      "Årsredovisning för förbundets sista verksamhetsår",
      "Perioden 2024-01-01 – 2024-05-31",
      "",
    ]);
    expect(shortOperatingYear(doc)).toEqual({ from: 0, to: 4 });
  });

  it("reads a period from 1 January as the year's only where the report says the federation ended (must not fire)", () => {
    const doc = docOf(["Samordningsförbundet Ödmark", "Verksamhetsberättelse", "Perioden 2024-01-01 – 2024-05-31", ""]);
    expect(shortOperatingYear(doc)).toBeUndefined();
  });

  it("leaves an interim report interim, whatever its year (must not fire)", () => {
    for (const title of [
      ["Delårsrapport per 31 augusti 2024", "Förbundets första verksamhetsår"],
      ["Tertialrapport 3", "September–December 2024"],
      ["Rapport januari–augusti 2024"],
      ["Årsredovisning 2024", "Prognos augusti–december 2024"],
    ]) {
      const facts = read(firstYear(title));
      expect(shortOperatingYear(docOf(firstYear(title)))).toBeUndefined();
      expect(counts(facts)).toEqual([]);
      expect(money(facts).filter((m) => m.includes("actual"))).toEqual([]);
    }
  });

  it("takes only the report's own months as the year in its sentences (must fire, must not fire)", () => {
    const doc = docOf(["Samordningsförbundet Ödmark", "Årsredovisning", "Augusti–December 2024", ""]);
    expect(namesPartOfYearIn(doc, "Under augusti–december deltog 44 personer.")).toBe(false);
    expect(namesPartOfYearIn(doc, "Under oktober–december deltog 30 personer.")).toBe(true);
    expect(namesPartOfYearIn(doc, "Hittills i år har 30 personer deltagit.")).toBe(true);
    const whole = docOf(["Samordningsförbundet Ödmark", "Årsredovisning 2024", ""]);
    expect(namesPartOfYearIn(whole, "Under augusti–december deltog 44 personer.")).toBe(true);
  });
});

describe("a quote's attribution", () => {
  const article = (quote: string) => [
    "Norrbygdens Kuriren, 2025-02-20",
    "",
    "Fler fick stöd",
    "",
    "Samordningsförbundet Ödmark hjälper personer långt från arbetsmarknaden.",
    "",
    quote,
  ];
  it("names no one the figures are about (must fire)", () => {
    expect(counts(read(article("– Vi hade 212 deltagare i fjol, säger förbundschefen Lena Berg.")))).toEqual([
      "2024 enrolled/all=212",
    ]);
  });
  it("leaves a name inside the quote a name (must not fire)", () => {
    expect(counts(read(article("– I Brobygget hade vi 41 deltagare i fjol, berättar handledaren Per Holm.")))).toEqual(
      [],
    );
  });
});

describe("a report in easy Swedish", () => {
  const easy = (head: string, body: string[]) => read(["Samordningsförbundet Ödmark", head, "", ...body]);
  const body = [
    "Hur många fick hjälp?",
    "Under 2024 fick 64 personer hjälp av oss.",
    "",
    "20 personer slutade under året.",
    "Så här gick det för dem:",
    "  7 personer fick ett jobb.",
    "  5 personer fick fortsatt stöd någon annanstans.",
    "  8 personer slutade av andra skäl.",
    "",
    "Pengar",
    "Förbundet fick 4,2 miljoner kronor under 2024.",
    "",
    "Förbundet använde 4,5 miljoner kronor.",
    "",
    "Förbundet använde alltså 0,3 miljoner kronor",
    "mer än det fick.",
    "När 2024 var slut fanns 1,1 miljoner kronor kvar.",
  ];
  it("reads its sentences as the federation's, its money across paragraphs (must fire)", () => {
    const facts = easy("Vårt år 2024 – på lätt svenska", body);
    expect(counts(facts)).toEqual(["2024 enrolled/all=64", "2024 exited/all=20"]);
    expect(facts.filter((f) => f.table === "participant_breakdown").map((f) => `${f.category}=${f.value}`)).toEqual([
      "work=7",
      "continued_rehab=5",
      "other_exit=8",
    ]);
    expect(money(facts)).toEqual([
      "2024 actual revenue_operating=4200000",
      "2024 actual cost_operating=4500000",
      "2024 actual result=-300000",
      "2024 actual equity_end=1100000",
    ]);
  });
  it("leaves the same sentences unplaced in an ordinary report, and money that does not add up unread (must not fire)", () => {
    // "hjälp av oss" names the federation in any report; the exits after it name no one.
    expect(counts(easy("Verksamhetsberättelse 2024", body.slice(0, 9)))).toEqual(["2024 enrolled/all=64"]);
    const wrongSum = body.map((l) => l.replace("0,3 miljoner", "0,2 miljoner"));
    expect(money(easy("Vårt år 2024 – på lätt svenska", wrongSum))).toEqual([]);
  });
  it("never reads a sentence naming an intervention as the federation's (must not fire)", () => {
    expect(counts(easy("Vårt år 2024 – lättläst", ["I Brobygget fick 30 personer hjälp av oss."]))).toEqual([]);
  });
});

describe("answers in an interview with the federation's chief", () => {
  const interview = (speaker: string) => [
    "Vi ställde tre frågor till " + speaker + ".",
    "",
    "Hur många nådde ni?",
    "– Sammanlagt deltog 176 personer i förbundets insatser under 2024. Det är fler än 2023, då vi",
    "hade 150 deltagare.",
    "",
    "Hur gick det för dem som slutade?",
    "– 64 personer avslutade sin insats under året, och av dem gick 19 till arbete.",
  ];
  it("reads an answer naming no one as the federation's, the year after 'då' as that year's (must fire)", () => {
    const facts = read(["Samordningsförbundet Ödmark", "", ...interview("förbundschefen Eva Holm")]);
    expect(counts(facts)).toEqual(["2024 enrolled/all=176", "2023 enrolled/all=150", "2024 exited/all=64"]);
  });
  it("leaves answers of someone else's interview unplaced (must not fire)", () => {
    const facts = read(["Samordningsförbundet Ödmark", "", ...interview("en deltagare i Brobygget")]);
    expect(counts(facts)).not.toContain("2024 exited/all=64");
  });
});

describe("a sentence's asides", () => {
  const prose = (lines: string[]) => read(["Samordningsförbundet Ödmark", "", "Deltagare", ...lines]);
  const parts = (facts: AnyFact[]) =>
    facts.filter((f) => f.table === "participant_breakdown").map((f) => `${f.category}=${f.value}`);
  it("a year the rest carried over from dates no figure (must fire)", () => {
    expect(
      counts(
        prose(["Förbundets insatser hade 120 deltagare och 51 av deltagarna var nya, resten fortsatte från 2023."]),
      ),
    ).toEqual(["2024 enrolled/all=120", "2024 new/all=51"]);
  });
  it("a year compared with still dates the sentence as two years' (must not fire)", () => {
    expect(counts(prose(["Förbundets insatser hade 120 deltagare, fler än 2023."]))).toEqual([]);
  });
  it("'för 18 avslutades insatsen' is each one's own intervention, naming none (must fire)", () => {
    expect(
      parts(
        prose([
          "Under 2024 avslutade 40 personer sin insats i förbundets insatser. Av dem gick 9 vidare till annan rehabilitering, och för 11 avslutades insatsen av andra skäl.",
        ]),
      ),
    ).toEqual(["continued_rehab=9", "other_exit=11"]);
  });
  it("a sentence about the intervention itself names one (must not fire)", () => {
    expect(
      parts(prose(["Insatsen avslutades i juni, och 11 av deltagarna gick vidare till annan rehabilitering."])),
    ).toEqual([]);
  });
});

describe("going on to care", () => {
  const kinds = (s: string) =>
    readSentence(s, { year: 2024 }).figures.map((f) =>
      f.kind === "count"
        ? `${f.measure}=${f.token.value}`
        : f.kind === "exit_outcome"
          ? `${f.category}=${f.token.value}`
          : f.kind,
    );
  it("'gick vidare till vård' is continued rehabilitation (must fire)", () => {
    expect(kinds("Tolv gick vidare till vård.")).toEqual(["continued_rehab=12"]);
    expect(kinds("Av dem gick 24 vidare till annan rehabilitering eller vård.")).toEqual(["continued_rehab=24"]);
  });
  it("care named beside a count of participants is no destination (must not fire)", () => {
    expect(kinds("Förbundets insatser hade 96 deltagare under 2024 med kontakter inom vården.")).not.toContain(
      "continued_rehab=96",
    );
  });
});

describe("a plan or a hypothesis", () => {
  const countsIn = (s: string) => readSentence(s, { year: 2024 }).figures.map((f) => f.token.value);
  const amountsIn = (s: string) => readMoneySentence(s, 2024).figures.map((f) => `${f.item}=${f.sek}`);
  it("stores nothing said as what a plan builds on, assumes or would give (must not fire)", () => {
    for (const s of [
      "Förslaget bygger på att 125 personer deltar i förbundets insatser.",
      "Kalkylen utgår från att 70 deltagare skrivs in.",
      "Budgeten förutsätter att insatserna tar emot 48 deltagare.",
      "Antalet deltagare väntas öka till 160.",
      "Om 30 personer avslutar till arbete minskar kostnaderna för försörjningsstöd.",
    ])
      expect(countsIn(s)).toEqual([]);
    for (const s of [
      "Planen utgår från intäkter på 8 300 000 kr.",
      "Kostnaderna väntas uppgå till 8,1 mkr.",
      "Om intäkterna blir 8 300 000 kr uppstår ett underskott på 450 000 kr.",
      "Resultatet skulle då bli ett underskott på 250 000 kr.",
    ])
      expect(amountsIn(s)).toEqual([]);
  });
  it("reads the same figures said as what happened (must fire)", () => {
    expect(countsIn("Under 2024 deltog 125 personer i förbundets insatser.")).toEqual([125]);
    expect(amountsIn("Kostnaderna uppgick till 8,1 mkr.")).toEqual(["cost_operating=8100000"]);
    expect(amountsIn("Intäkterna kom från medlemsavgifter och uppgick till 8 300 000 kr.")).toEqual([
      "revenue_operating=8300000",
    ]);
  });
});

describe("a vague quantity in words", () => {
  const countsIn = (s: string) => readSentence(s, { year: 2024 }).figures.map((f) => f.token.value);
  it("'några hundra', 'ett par tusen' are no counts (must not fire)", () => {
    expect(countsIn("Några hundra personer fick hjälp av oss.")).toEqual([]);
    expect(countsIn("Ett par hundra personer deltog i förbundets insatser.")).toEqual([]);
  });
  it("'hundra' alone and a number in words stay counts (must fire)", () => {
    expect(countsIn("Hundra personer fick hjälp av oss.")).toEqual([100]);
    expect(countsIn("Under 2024 deltog etthundratjugo personer i förbundets insatser.")).toEqual([120]);
  });
});

describe("a quote attributed to someone else than the federation's chief", () => {
  it("keeps the speaker's intervention a name (must not fire)", () => {
    const facts = read([
      "Norrbygdens Kuriren, 2025-02-20",
      "",
      "Fler fick stöd",
      "",
      "– Vi hade 44 deltagare i fjol, säger Brobyggets projektledare Anna Berg.",
    ]);
    expect(counts(facts)).toEqual([]);
  });
});

describe("a first year told by the federation's formation", () => {
  const report = (formed: string) => [
    "Samordningsförbundet Ödmark",
    "Årsredovisning 2024",
    "",
    formed,
    "",
    "Verksamheten",
    "Under juni–december deltog 52 personer i förbundets insatser.",
  ];
  it("reads the months from the formation to December as the year (must fire)", () => {
    expect(counts(read(report("Samordningsförbundet Ödmark bildades den 1 juni 2024.")))).toEqual([
      "2024 enrolled/all=52",
    ]);
    expect(counts(read(report("Förbundet bildades 2024-06-01 av fyra medlemmar.")))).toEqual(["2024 enrolled/all=52"]);
  });
  it("leaves months a part where something else was formed, or the federation in another year (must not fire)", () => {
    expect(counts(read(report("Nätverket för arbetsgivare bildades den 1 juni 2024.")))).toEqual([]);
    expect(counts(read(report("Samordningsförbundet Ödmark bildades den 1 juni 2019.")))).toEqual([]);
  });
});
