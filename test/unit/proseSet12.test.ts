/**
 * Shapes of running text from the twelfth held-out sets, in made-up federations' words: an amount
 * set between two commas after its figure ("Årets resultat, -84 310 kr, stämmer …"), the equity the
 * year opened with named before its amount ("Ingående eget kapital var …"), and an amount the money
 * grammar drops always leaving its reason; a bare count with its gender split ("212 deltagare, varav …"),
 * "började under året", and a third gender group after women and men. Each rule has a case where it
 * must not fire.
 */
import { describe, expect, it } from "vitest";
import { readMoneySentence } from "../../loaders/extract/general/moneyGrammar.ts";
import { readSentence } from "../../loaders/extract/general/figureGrammar.ts";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { parseAnnualReport } from "../../loaders/extract/templates/kalmar/parseAnnualReport.ts";

/** The rates a report's readers store, and the findings on a line. */
function rates(lines: string[], line: number) {
  const out = parseAnnualReport(new DocumentText("vassby/2024-annual-report", lines, 2024));
  return {
    stored: out.facts.flatMap((f) => (f.table === "indicator" ? [`${f.indicator}=${f.value} n=${f.n}`] : [])),
    findings: out.findings.filter((f) => f.line === line).map((f) => f.value),
  };
}

/** The counts the figure grammar reads of a sentence, as "measure/gender=value" ("@year" for another year's). */
const counts = (sentence: string) =>
  readSentence(sentence, { year: 2024 }).figures.flatMap((f) =>
    f.kind === "count" ? [`${f.measure}/${f.gender}=${f.token.value}${f.year ? `@${f.year}` : ""}`] : [],
  );

/** What the money grammar reads of a sentence, as "year:basis:item=sek", and the amounts it leaves unread. */
function money(sentence: string, year = 2024) {
  const r = readMoneySentence(sentence, year);
  return {
    read: r.figures.map((f) => `${f.year}:${f.basis}:${f.item}=${f.sek}`),
    unread: r.unread.map((u) => u.raw),
  };
}

describe("an amount between two commas after its figure", () => {
  it("is the figure's apposition, wrapped over a line or not", () => {
    expect(money("Årets resultat,\n-84 310 kr, har stämts av mot huvudboken.").read).toEqual([
      "2024:actual:result=-84310",
    ]);
    expect(money("Kostnaderna, 2 615 400 kr, låg inom ramen.").read).toEqual(["2024:actual:cost_operating=2615400"]);
  });
  it("is not read where a number follows the comma (a list), nor where the figure is unsigned or no figure names it", () => {
    expect(money("Intäkter och kostnader, 3 100 000 kr, 2 950 000 kr.").read).toEqual([]);
    expect(money("Årets resultat, 84 310 kr, har stämts av.").read).toEqual([]);
    expect(money("Enligt planen, 84 310 kr, har använts.").read).toEqual([]);
  });
});

describe("an amount right after its label's colon", () => {
  it("is the labelled figure, whatever words follow it", () => {
    expect(money("Förbundets kostnader: 3 215 000 kr enligt huvudboken.").read).toEqual([
      "2024:actual:cost_operating=3215000",
    ]);
  });
  it("is the labelled figure, a varav part after it left unread", () => {
    expect(money("Förbundets kostnader: 3 215 000 kr, varav insatser 2 400 000 kr.")).toEqual({
      read: ["2024:actual:cost_operating=3215000"],
      unread: ["2 400 000 kr"],
    });
  });
  it("is not read where the label names a target, another year or no figure", () => {
    expect(money("Mål för intäkterna: 3 500 000 kr.").read).toEqual([]);
    expect(money("Intäkter 2022: 3 100 000 kr.").read).toEqual([]);
    expect(money("Projektmedel: 300 000 kr.").read).toEqual([]);
  });
});

describe("the equity the year opened with", () => {
  it("is the year before's closing equity where its mark stands before the amount", () => {
    expect(money("Ingående eget kapital var 905 120 kr.").read).toEqual(["2023:actual:equity_end=905120"]);
    expect(money("Vid årets början var det egna kapitalet 1 204 600 kr.").read).toEqual([
      "2023:actual:equity_end=1204600",
    ]);
  });
  it("is never the year's closing equity, nor read beside another year", () => {
    expect(money("Ingående eget kapital var 905 120 kr.").read).not.toContain("2024:actual:equity_end=905120");
    expect(money("Ingående eget kapital 2022 var 905 120 kr.").read).toEqual([]);
    expect(money("Det ingående egna kapitalet minskade med 40 000 kr.").read).toEqual([]);
  });
});

describe("an amount the money grammar does not store", () => {
  it("always leaves its reason, also where its clause names no figure of the accounts", () => {
    expect(money("Projektet Brobygget fick 240 000 kr av förbundet.")).toEqual({ read: [], unread: ["240 000 kr"] });
    expect(money("Ingående eget kapital 2022 var 905 120 kr.").unread).toEqual(["905 120 kr"]);
  });
  it("leaves nothing unread where every amount is read", () => {
    expect(money("Eget kapital uppgick till 1 120 000 kr.")).toEqual({
      read: ["2024:actual:equity_end=1120000"],
      unread: [],
    });
  });
});

describe("a bare count with its gender split", () => {
  it("is the year's participants where the split adds up to it", () => {
    expect(counts("• 212 deltagare, varav 121 kvinnor och 91 män.")).toEqual([
      "enrolled/all=212",
      "enrolled/woman=121",
      "enrolled/man=91",
    ]);
  });
  it("is not read where the split does not add up, or a label names something else", () => {
    expect(counts("• 212 deltagare, varav 121 kvinnor och 90 män.")).toEqual([]);
    expect(counts("Seminariet: 212 deltagare, varav 121 kvinnor och 91 män.")).not.toContain("enrolled/all=212");
  });
});

describe("'började under året'", () => {
  it("counts the new participants", () => {
    expect(counts("96 började under året och 88 avslutades.")).toEqual(["new/all=96", "exited/all=88"]);
  });
  it("is a destination where a verb of work or studies follows", () => {
    expect(counts("Under året började 14 personer arbeta.")).toEqual([]);
  });
});

describe("a third gender group after women and men", () => {
  it("is the split's third part, not stated or another identity", () => {
    expect(
      counts("Under året deltog 140 personer, varav 70 kvinnor, 66 män och 4 med annan eller okänd könstillhörighet."),
    ).toEqual(["enrolled/all=140", "enrolled/woman=70", "enrolled/man=66", "enrolled/unknown=4"]);
    expect(counts("Under året deltog 140 personer, varav 70 kvinnor, 66 män och 4 icke-binära.")).toContain(
      "enrolled/nonbinary=4",
    );
  });
  it("is not read without women and men right before it, nor of things", () => {
    expect(counts("Under året deltog 140 personer och 4 med okänt kön.")).toEqual(["enrolled/all=140"]);
    expect(
      counts("Under året deltog 140 personer, varav 70 kvinnor och 66 män samt 4 projekt med annan könsidentitet."),
    ).not.toContain("enrolled/nonbinary=4");
  });
});

describe("an earlier year's bracket after a count's noun phrase", () => {
  it("is that year's count, also in words and several words after the count", () => {
    expect(
      counts(
        "Under året tog 190 personer del av förbundets samordnade insatser (föregående år 171), 101 kvinnor och 89 män.",
      ),
    ).toEqual(["enrolled/all=190", "enrolled/woman=101", "enrolled/man=89", "enrolled/all=171@2023"]);
    expect(counts("Under året var 190 personer inskrivna i förbundets insatser (2023: 171).")).toContain(
      "enrolled/all=171@2023",
    );
  });
  it("is not read where the sentence names another year, or the figure before it is no count", () => {
    expect(counts("Under 2022 deltog 190 personer i insatserna (föregående år 171).").join()).not.toContain("171");
    expect(counts("Kostnaden för 12 månader av insatsen Steget blev hög (föregående år 9).")).toEqual([]);
  });
});

describe("a rate naming no one, right after the federation's exits", () => {
  const lines = (rate: string) => [
    "Verksamhetsberättelse 2024",
    "",
    "Individinriktade insatser",
    "Under året tog 150 personer del av förbundets individinriktade insatser.",
    "Under året skrevs 88 personer in och 100 personer avslutades.",
    "Av de 100 som avslutades gick 22 till arbete och 14 till studier.",
    rate,
  ];
  it("waits for the federation's exits and is stored where they give it", () => {
    expect(
      rates(
        lines(
          "Andelen som gick vidare till arbete eller studier blev 36 procent, vilket är lägre än målet på 40 procent.",
        ),
        6,
      ).stored,
    ).toEqual(["work_or_studies_rate_reported=36 n=100"]);
  });
  it("is not stored where the exits give another rate, and leaves a finding", () => {
    const r = rates(lines("Andelen som gick vidare till arbete eller studier blev 40 procent."), 7);
    expect(r.stored).toEqual([]);
    expect(r.findings).toContain("40");
  });
});

describe("a rate 'av alla avslut'", () => {
  const rate = (sentence: string) =>
    readSentence(sentence, { year: 2024, exitedBefore: [125] }).figures.flatMap((f) =>
      f.kind === "rate" ? [`${f.indicator}=${f.token.value} n=${f.base}`] : [],
    );
  it("is a share of the exits the paragraph gave", () => {
    expect(rate("50 av dem fick arbete eller började studera, vilket är 40 procent av alla avslut.")).toEqual([
      "work_or_studies_rate_reported=40 n=125",
    ]);
  });
  it("is no share of the exits when it is of all participants", () => {
    expect(rate("50 av dem fick arbete eller började studera, vilket är 40 procent av alla deltagare.")).toEqual([]);
  });
});

describe("the year before after 'föregående år, då'", () => {
  it("is that year's count, read by its own clause", () => {
    expect(counts("Det är fler än föregående år, då 176 personer var inskrivna.")).toEqual(["enrolled/all=176@2023"]);
  });
  it("is never the year's own, nor read beside another year or as money", () => {
    expect(counts("Det är fler än föregående år, då 176 personer var inskrivna.")).not.toContain("enrolled/all=176");
    expect(counts("Det är fler än 2022 och föregående år, då 176 personer var inskrivna.").join()).not.toContain(
      "@2023",
    );
    expect(counts("Det är mer än föregående år, då 176 kr betalades ut.")).toEqual([]);
  });
});

describe("'N av årets deltagare var nya'", () => {
  it("counts the new among the year's participants", () => {
    expect(counts("97 av verksamhetsårets deltagare var nya och 80 avslutade sin insats.")).toEqual([
      "new/all=97",
      "exited/all=80",
    ]);
  });
  it("is no count of the year's participants when it names some of them", () => {
    expect(counts("97 av årets deltagare hade försörjningsstöd.")).toEqual([]);
    expect(counts("12 av årets deltagare fick arbete.")).toEqual([]);
  });
});

describe("a budget for 'nästa år'", () => {
  it("is the budget of the year after the report's", () => {
    expect(money("För nästa år har styrelsen budgeterat kostnader på 5 900 000 kr.").read).toEqual([
      "2025:budget:cost_operating=5900000",
    ]);
  });
  it("is never the report's own year's budget; a budget naming no later year stays the year's", () => {
    expect(money("För nästa år har styrelsen budgeterat kostnader på 5 900 000 kr.").read).not.toContain(
      "2024:budget:cost_operating=5900000",
    );
    expect(money("Budgeterade kostnader för året var 5 900 000 kr.").read).toEqual([
      "2024:budget:cost_operating=5900000",
    ]);
  });
});
