/**
 * Shapes of running text from the p29 probes of unseen styles, in made-up federations' words: a
 * bullet going on from the federation's bullet above it, a count on the day of writing, the exits
 * that ended one way used as a base, and exits counted out of the year's participants. Each rule
 * has a case where it must not fire.
 */
import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { parseProseFigures } from "../../loaders/extract/general/parseProseFigures.ts";
import { parseProseFinance } from "../../loaders/extract/general/parseProseFinance.ts";
import { headingNotTheYear } from "../../loaders/extract/general/headingPeriod.ts";
import { readSentence } from "../../loaders/extract/general/figureGrammar.ts";
import { readMoneySentence } from "../../loaders/extract/general/moneyGrammar.ts";
import type { AnyFact } from "../helpers.ts";

const doc = (lines: string[], year = 2024) => new DocumentText("tornvik/2024-annual-report", lines, year);
/** Figures stored from running text, as "measure/gender=value" or "category=value" ("@intervention" for one's). */
const figures = (lines: string[]) =>
  (parseProseFigures(doc(["Samordningsförbundet Tornvik", "", ...lines])).facts as AnyFact[]).map((f) =>
    f.table === "participant_count"
      ? `${f.measure}/${f.gender}=${f.value}${f.intervention ? `@${f.intervention}` : ""}`
      : f.table === "participant_breakdown"
        ? `${f.category}=${f.value}${f.intervention ? `@${f.intervention}` : ""}`
        : `${f.table}:${f.value}`,
  );

describe("a bullet opening on its count under the federation's bullet", () => {
  it("goes on about the federation (must fire)", () => {
    expect(
      figures([
        "- Förbundets insatser tog emot 208 personer under året.",
        "- 91 av deltagarna avslutade under året, och 30 av dem började arbeta.",
      ]),
    ).toEqual(expect.arrayContaining(["enrolled/all=208", "exited/all=91"]));
  });

  it("does not where the bullet above was someone else's, or the bullet names someone (must not fire)", () => {
    const got = figures(["- Insatsen Ledstången tog emot 40 personer under året.", "- 17 avslutade under året."]);
    expect(got).not.toContain("exited/all=17");
    const named = figures([
      "- Förbundets insatser tog emot 208 personer under året.",
      "- 17 avslutade insatsen Ledstången under året.",
    ]);
    expect(named).not.toContain("exited/all=17");
  });
});

describe("a count on the day of writing", () => {
  it("is never the year's participants (must not fire)", () => {
    const got = figures([
      "Sedan förbundet bildades har 730 personer fått stöd. I dagsläget har förbundets insatser 57 inskrivna deltagare.",
      "Just nu deltar 33 personer i förbundets insatser.",
    ]);
    expect(got.filter((g) => /=(57|33)$/.test(g))).toEqual([]);
  });

  it("leaves the year's count in a clause of its own read (must fire)", () => {
    expect(figures(["Under 2024 deltog 163 personer i förbundets insatser, och i dag är de något färre."])).toContain(
      "enrolled/all=163",
    );
  });
});

describe("the exits that ended one way, as a base", () => {
  it("are never the year's exits (must not fire)", () => {
    const got = figures([
      "I förbundets insatser har 52 deltagare av de 131 som avslutats med ett positivt resultat fått ett arbete under 2024.",
    ]);
    expect(got).not.toContain("exited/all=131");
  });

  it("while the exits as such still are (must fire)", () => {
    expect(figures(["Av de 88 som avslutade förbundets insatser under 2024 fick 21 ett arbete."])).toEqual(
      expect.arrayContaining(["exited/all=88", "work=21"]),
    );
  });
});

describe("exits counted out of the year's participants", () => {
  it("give the participants as the base (must fire)", () => {
    expect(figures(["Förbundets insatser hade 173 avslut av totalt 466 deltagare under 2024."])).toEqual(
      expect.arrayContaining(["exited/all=173", "enrolled/all=466"]),
    );
  });

  it("a part out of the participants gives no count (must not fire)", () => {
    expect(figures(["I förbundets insatser hade 61 av 466 deltagare ett arbete vid avslut under 2024."])).not.toContain(
      "enrolled/all=466",
    );
  });
});

describe("a text written after its year calls that year 'förra året'", () => {
  const news = (body: string[]) => [
    "Lokalnytt  3 februari 2025",
    "",
    "Samordningsförbundet Tornvik har lämnat sin årsredovisning",
    "",
    ...body,
  ];
  const read = (lines: string[]) => {
    const d = new DocumentText("tornvik/2024-annual-report", lines, 2024);
    return [
      ...(parseProseFigures(d).facts as AnyFact[]).map((f) => `${f.year}:${f.measure}=${f.value}`),
      ...(parseProseFinance(d).facts as AnyFact[]).map((f) => `${f.year}:${f.item}=${f.amount_sek}`),
    ];
  };

  it("reads its figures as the report's year (must fire)", () => {
    expect(
      read(
        news([
          "Förbundets insatser hade 244 deltagare förra året.",
          "Förbundets kostnader var i fjol 9,4 miljoner kronor.",
        ]),
      ),
    ).toEqual(["2024:enrolled=244", "2024:cost_operating=9400000"]);
  });

  it("never in a report that names its own year in its head, nor beside another year (must not fire)", () => {
    const report = [
      "Samordningsförbundet Tornvik",
      "Årsredovisning 2024, antagen 2025-02-20",
      "",
      "Förbundets insatser hade 244 deltagare förra året.",
      "Förbundets kostnader var i fjol 9,4 miljoner kronor.",
    ];
    expect(read(report)).toEqual([]);
    expect(
      read(news(["Förbundets kostnader var 9,4 miljoner kronor förra året, mot 8,8 miljoner 2023."])),
    ).not.toContain("2024:cost_operating=8800000");
  });
});

describe("an earlier year's bracket naming its measure ('(2023: 128 avslutade)')", () => {
  const read = (s: string) =>
    readSentence(s, { year: 2024 }).figures.map((f) =>
      f.kind === "count" ? `${f.measure}${f.year ? `@${f.year}` : ""}=${f.token.value}` : `${f.kind}=${f.token.value}`,
    );

  it("is that year's count of the same measure (must fire)", () => {
    expect(read("Siffrorna gäller de 212 deltagare som avslutades under 2024 (2023: 187 avslutade).")).toEqual([
      "exited=212",
      "exited@2023=187",
    ]);
  });

  it("is nothing where the measure differs from the count before (must not fire)", () => {
    expect(read("Under 2024 avslutades 212 deltagare i förbundets insatser (2023: 95 nya).")).toEqual(["exited=212"]);
  });
});

describe("the new among the participants, 'N av dem för första gången'", () => {
  const read = (s: string) =>
    readSentence(s, { year: 2024 }).figures.map((f) => (f.kind === "count" ? `${f.measure}=${f.token.value}` : f.kind));

  it("are the new (must fire)", () => {
    expect(read("Under 2024 tog förbundets insatser emot 318 personer, 96 av dem för första gången.")).toEqual([
      "enrolled=318",
      "new=96",
    ]);
  });

  it("a record 'för första gången' is no count of the new (must not fire)", () => {
    expect(read("För första gången hade förbundets insatser fler än 318 deltagare under 2024.")).not.toContain(
      "new=318",
    );
  });
});

describe("new staff ('sju nya medarbetare')", () => {
  it("are no new participants (must not fire)", () => {
    expect(
      readSentence("Under 2024 anställdes fem nya handläggare i förbundets insatser.", { year: 2024 }).figures,
    ).toEqual([]);
  });

  it("while new participants still are (must fire)", () => {
    expect(
      readSentence("Under 2024 kom fem nya deltagare till förbundets insatser.", { year: 2024 }).figures.map(
        (f) => f.kind === "count" && f.measure,
      ),
    ).toEqual(["new"]);
  });
});

describe("a count split by place after 'varav'", () => {
  it("leaves the head the federation's (must fire), the places unread (must not fire)", () => {
    const got = figures([
      "Totalt deltog 412 personer i förbundets insatser under 2024, varav 230 i Ekby och 182 i Lunda.",
    ]);
    expect(got).toContain("enrolled/all=412");
    expect(got.filter((g) => /=(230|182)$/.test(g))).toEqual([]);
  });
});

describe("a heading opening on its year ('2024 i korthet')", () => {
  it("is a summary heading, the federation's (must fire)", () => {
    expect(figures(["2024 i korthet", "", "- Under året avslutade 84 personer sin insats."])).toContain(
      "exited/all=84",
    );
  });

  it("a line opening on a year that is a sentence is no heading (must not fire)", () => {
    expect(figures(["2024 avslutade 84 personer sin insats."])).not.toContain("exited/all=84");
  });
});

describe("a wrapped sentence ending on a year is no table row", () => {
  const money = (lines: string[]) =>
    (parseProseFinance(doc(lines)).facts as AnyFact[]).map((f) => `${f.year}:${f.item}=${f.amount_sek}`);

  it("leaves the equity of running text read (must fire)", () => {
    expect(
      money([
        "Samordningsförbundet Tornvik",
        "",
        "Det egna kapitalet uppgick vid årets slut till 2 480 tkr. Styrelsen vill använda en del",
        "av det egna kapitalet under 2025.",
      ]),
    ).toContain("2024:equity_end=2480000");
  });

  it("a table row of equity still keeps the sentence from restating it (must not fire)", () => {
    expect(
      money([
        "Samordningsförbundet Tornvik",
        "",
        "Det egna kapitalet uppgick vid årets slut till 2 480 tkr.",
        "",
        "Eget kapital                 2 480       2 910",
      ]),
    ).not.toContain("2024:equity_end=2480000");
  });
});

describe("a line ending on a date's year runs on into a line in lower case", () => {
  const money = (lines: string[]) =>
    (parseProseFinance(doc(lines)).facts as AnyFact[]).map((f) => `${f.year}:${f.item}=${f.amount_sek}`);

  it("as one sentence (must fire)", () => {
    expect(
      money([
        "Samordningsförbundet Tornvik",
        "",
        "Årets resultat blev +0,4 mnkr. Det egna kapitalet var den 31 december 2024",
        "till 3,3 mnkr.",
      ]),
    ).toContain("2024:equity_end=3300000");
  });

  it("while a short row ending on a figure stays a row of its own (must not fire)", () => {
    const lines = ["Samordningsförbundet Tornvik", "", "Avslutade deltagare efter kön", "kvinnor 2024", "män 1 940 kr"];
    expect(money(lines)).toEqual([]);
  });
});

describe("what the board expects for the next year ('Nästa år räknar styrelsen med …')", () => {
  const read = (s: string) => readMoneySentence(s, 2024).figures.map((f) => `${f.year}:${f.basis}:${f.item}=${f.sek}`);

  it("is that year's budget (must fire)", () => {
    expect(read("Nästa år räknar styrelsen med intäkter på 9,9 miljoner kronor.")).toEqual([
      "2025:budget:revenue_operating=9900000",
    ]);
  });

  it("is never the year's outcome, nor a budget where no year after is named (must not fire)", () => {
    expect(read("Förbundet räknar med att kostnaderna landar på 9,9 miljoner kronor.")).toEqual([]);
  });
});

describe("a change with its size after the count (', en ökning med 14 procent jämfört med 2023')", () => {
  const read = (s: string) =>
    readSentence(s, { year: 2024 }).figures.map((f) => (f.kind === "count" ? `${f.measure}=${f.token.value}` : f.kind));

  it("leaves the count the year's (must fire)", () => {
    expect(
      read(
        "Sammanlagt har 187 personer varit aktuella i förbundets insatser under året, en minskning med 9 procent jämfört med 2023.",
      ),
    ).toEqual(["enrolled=187"]);
  });

  it("a comparison with no change word still keeps the sentence unread (must not fire)", () => {
    expect(read("Förbundets insatser hade 187 deltagare jämfört med 2023.")).toEqual([]);
  });
});

describe("a share in a bracket right after a count", () => {
  const rates = (s: string) =>
    readSentence(s, { year: 2024 })
      .figures.filter((f) => f.kind === "rate")
      .map((f) => f.token.value);

  it("is the work-or-studies rate where its count went to work or studies (must fire)", () => {
    expect(rates("Av de 150 som avslutades under året gick 57 (38 %) till arbete eller studier.")).toEqual([38]);
  });

  it("is no work-or-studies rate where its count went to one destination (must not fire)", () => {
    expect(
      rates("Av de 150 som avslutades under året gick 36 (24 procent) till arbete och 21 (14 procent) till studier."),
    ).toEqual([]);
  });
});

describe("'fjolåret' in a text written after its year", () => {
  const read = (lines: string[]) => {
    const d = new DocumentText("tornvik/2024-annual-report", lines, 2024);
    return [
      ...(parseProseFigures(d).facts as AnyFact[]).map((f) => `${f.year}:${f.measure}=${f.value}`),
      ...(parseProseFinance(d).facts as AnyFact[]).map((f) => `${f.year}:${f.item}=${f.amount_sek}`),
    ];
  };

  it("is the report's year (must fire)", () => {
    expect(
      read([
        "Förbundsstämma 2025 – ordförandens tal",
        "",
        "Under fjolåret tog förbundets insatser emot 233 personer. Fjolårets resultat blev ett överskott på 120 000 kronor.",
      ]),
    ).toEqual(["2024:enrolled=233", "2024:result=120000"]);
  });

  it("is the year before in the report's own text (must not fire)", () => {
    expect(
      read([
        "Samordningsförbundet Tornvik – årsredovisning 2024",
        "",
        "Under fjolåret tog förbundets insatser emot 233 personer. Fjolårets resultat blev ett överskott på 120 000 kronor.",
      ]),
    ).toEqual([]);
  });
});

describe("a meeting's year in a compound heading ('Medlemssamråd 2025')", () => {
  const under = (heading: string) =>
    headingNotTheYear(
      new DocumentText("tornvik/2024-annual-report", [heading, "", "Förbundet hade 90 deltagare."], 2024),
      3,
    );

  it("dates the meeting, not the figures (must fire)", () => {
    expect(under("Medlemssamråd 2025")).toBeUndefined();
    expect(under("Förbundsstämma 2025 i Tornvik")).toBeUndefined();
  });

  it("a heading naming another year alone still does (must not fire)", () => {
    expect(under("Verksamheten 2025")).toMatch(/another year/);
    expect(under("Budget 2025")).toMatch(/budget/);
  });
});
