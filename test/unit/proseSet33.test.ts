/**
 * Shapes of running text from the p33 probes, in made-up federations' words: a slide's items on one
 * line. Each rule has a case where it must fire and one where it must not.
 */
import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { parseProseFigures } from "../../loaders/extract/general/parseProseFigures.ts";
import { parseChartLabels } from "../../loaders/extract/general/chartLabels.ts";
import { parseProseFinance } from "../../loaders/extract/general/parseProseFinance.ts";
import type { FactInput } from "../../loaders/schema/facts.ts";
import type { AnyFact } from "../helpers.ts";

const doc = (lines: string[], year = 2024) => new DocumentText("tallmo/2024-annual-report", lines, year);
const head = ["Samordningsförbundet Tallmo", "Årsredovisning 2024", ""];
/** Participant figures read from running text, as "measure/gender=value" or "category=value", "@intervention" for one's. */
const shown = (facts: AnyFact[]) =>
  facts.map((f) =>
    f.table === "participant_count"
      ? `${f.year === 2024 ? "" : `${f.year}:`}${f.measure}/${f.gender}=${f.value}${f.intervention ? `@${f.intervention}` : ""}`
      : f.table === "participant_breakdown"
        ? `${f.category}=${f.value}${f.intervention ? `@${f.intervention}` : ""}`
        : `${f.table}:${f.value}`,
  );
const figures = (lines: string[]) => shown(parseProseFigures(doc([...head, ...lines])).facts as AnyFact[]);

describe("a line of items set apart by pipes or bullets", () => {
  it("reads each item's figure with its own label (must fire)", () => {
    expect(
      figures(["Tallmo i siffror 2024", "Personer i förbundets insatser: 187 | Nya deltagare: 64 | Avslutade: 59"]),
    ).toEqual(["enrolled/all=187", "new/all=64", "exited/all=59"]);
  });

  it("reads the report's year in one item as every item's (must fire)", () => {
    expect(figures(["Tallmo i siffror", "Deltagare 2024: 187 | Nya: 64 | Avslutade: 59"])).toEqual([
      "enrolled/all=187",
      "new/all=64",
      "exited/all=59",
    ]);
  });

  it("keeps a goal's line whole, so no item is read without its lead (must not fire)", () => {
    expect(
      figures(["Tallmo i siffror 2024", "Mål 2025: 200 deltagare | 70 nya | 30 till arbete eller studier"]),
    ).toEqual([]);
    expect(figures(["Tallmo i siffror 2024", "Målet för 2025 är 200 deltagare | 70 nya | 30 till arbete"])).toEqual([]);
  });

  it("keeps a gender split alone on its line whole, as the split of the count above (must fire)", () => {
    expect(
      figures(["Tallmo i siffror 2024", "", "187", "personer deltog i förbundets insatser", "", "98 kvinnor | 89 män"]),
    ).toEqual(["enrolled/all=187", "enrolled/woman=98", "enrolled/man=89"]);
  });

  it("leaves a table row drawn with pipes to the tables (must not fire)", () => {
    expect(figures(["Tallmo i siffror 2024", "| Deltagare | 187 | 170 |"])).toEqual([]);
  });
});

describe("a slide's title under its number is its labels' caption", () => {
  const exits = [
    {
      table: "participant_count",
      intervention: null,
      year: 2024,
      measure: "exited",
      gender: "all",
      value: 59,
      line: 4,
      text: "",
      section: "x",
      approximate: false,
    },
  ] as unknown as FactInput[];
  const lines = (title: string, number = "Bild 3") => [
    ...head,
    "Tallmo i siffror 2024: 59 avslutade",
    "",
    number,
    title,
    "Arbete 21 • Studier 9 • Fortsatt rehabilitering 12 • Annat 17",
  ];
  const read = (ls: string[]) => shown(parseChartLabels(doc(ls), exits).facts as AnyFact[]);

  it("reads destinations set apart by bullets under the slide's title (must fire)", () => {
    expect(read(lines("Vart gick de som avslutade 2024?"))).toEqual([
      "work=21",
      "studies=9",
      "continued_rehab=12",
      "other_exit=17",
    ]);
  });

  it("reads nothing under a title with no slide number above it, nor one naming someone (must not fire)", () => {
    expect(read(lines("Vart gick de som avslutade 2024?", "Bilder från året"))).toEqual([]);
    expect(read(lines("Vart gick de som avslutade Steget 2024?"))).toEqual([]);
  });
});

describe("an answer to a question put to the federation", () => {
  it("reads the answer under a question to 'ni' as the federation's (must fire)", () => {
    expect(
      figures(["Hur många personer tog ni emot under 2024?", "Under 2024 deltog 143 personer, varav 80 kvinnor."]),
    ).toEqual(["enrolled/all=143", "enrolled/woman=80"]);
  });

  it("reads an unaddressed question's answer on a page of questions put to the federation (must fire)", () => {
    expect(
      figures([
        "Vad gör förbundet?",
        "Vi finansierar samverkan mellan myndigheterna och kommunen.",
        "",
        "Hur många deltagare hade ni 2024?",
        "Under 2024 deltog 143 personer.",
        "",
        "Hur många avslutade under året?",
        "Under året avslutade 52 personer sin insats.",
      ]),
    ).toEqual(["enrolled/all=143", "exited/all=52"]);
  });

  it("leaves a question naming someone, or one question put to no one, unscoped (must not fire)", () => {
    expect(figures(["Hur många deltagare hade Ljuset 2024?", "Under 2024 deltog 43 personer."])).toEqual([]);
    expect(figures(["Hur många deltog under 2024?", "Under 2024 deltog 43 personer."])).toEqual([]);
  });
});

describe("a news list's teaser dated on a line of its own", () => {
  it("reads 'förra året' under a date in the year after as the report's year (must fire)", () => {
    expect(
      figures(["Verksamheten under året", "2025-02-11", "Förra året deltog 162 personer i våra insatser. Läs mer"]),
    ).toEqual(["enrolled/all=162"]);
  });

  it("leaves 'förra året' the year before under a date in the report's year (must not fire)", () => {
    const read = figures(["Verksamheten", "2024-09-02", "Förra året deltog 162 personer i våra insatser. Läs mer"]);
    expect(read).not.toContain("enrolled/all=162");
  });
});

describe("a closing comparison clause naming an earlier year", () => {
  it("reads the year's count and the compared count as its named year's (must fire)", () => {
    expect(figures(["Under 2024 avslutade 77 deltagare i förbundets insatser sin insats mot 2023 års 70."])).toEqual([
      "exited/all=77",
      "2023:exited/all=70",
    ]);
    expect(figures(["Förbundets insatser hade 240 deltagare under 2024, jämfört med 221 under 2023."])).toEqual([
      "enrolled/all=240",
      "2023:enrolled/all=221",
    ]);
  });

  it("stores no compared count for a clause without its year, nor one naming a later year (must not fire)", () => {
    expect(figures(["Förbundets insatser hade 240 deltagare, mot 221 året innan."])).not.toContain("enrolled/all=221");
    expect(figures(["Förbundets insatser hade 240 deltagare under 2024, mot 2025 års 260."])).not.toContain(
      "enrolled/all=260",
    );
  });

  it("reads the year's amount beside an earlier year's (must fire), never the earlier one (must not fire)", () => {
    const money = (
      parseProseFinance(doc([...head, "Intäkterna uppgick till 6 310 000 kronor, mot 2023 års 6 020 000 kronor."]))
        .facts as AnyFact[]
    )
      .filter((f) => f.table === "finance")
      .map((f) => `${f.year}:${f.item}=${f.amount_sek}`);
    expect(money).toEqual(["2024:revenue_operating=6310000"]);
  });
});

describe("a change from the year before said beside the year's figure", () => {
  it("reads the year's figure beside a closing change or a change between commas (must fire)", () => {
    expect(
      figures(["Avslutade deltagare i förbundets insatser blev 66, en ökning med 9 personer från året innan."]),
    ).toEqual(["exited/all=66"]);
    expect(
      figures([
        "Av de 66 som avslutade i förbundets insatser gick 20 till arbete, sju fler än 2023, och 8 till studier.",
      ]),
    ).toEqual(["exited/all=66", "work=20", "studies=8"]);
  });

  it("never stores the change, nor a figure beside a change from a later year (must not fire)", () => {
    const read = figures([
      "Avslutade deltagare i förbundets insatser blev 66, en ökning med 9 personer från året innan.",
    ]);
    expect(read.some((f) => f.endsWith("=9"))).toBe(false);
    expect(figures(["Avslutade i förbundets insatser var 66, fyra fler än 2025, under året."])).not.toContain(
      "exited/all=4",
    );
  });

  it("carries the federation to a sentence opening on a measure's label (must fire), not to one naming someone (must not fire)", () => {
    expect(figures(["Under 2024 deltog 190 personer i förbundets insatser. Nya deltagare blev 72."])).toEqual([
      "enrolled/all=190",
      "new/all=72",
    ]);
    expect(figures(["Under 2024 deltog 190 personer i förbundets insatser. Nya deltagare i Ljuset blev 31."])).toEqual([
      "enrolled/all=190",
    ]);
  });
});

describe("'fick hjälp' in an easy-read text", () => {
  const easy = (lines: string[]) =>
    shown(
      parseProseFigures(doc(["Samordningsförbundet Tallmo", "Vårt år 2024 på lätt svenska", "", ...lines]))
        .facts as AnyFact[],
    );

  it("reads those who got help as the year's participants (must fire)", () => {
    expect(easy(["Hundrasextio personer fick hjälp under 2024.", "Åttiotvå av dem var kvinnor."])).toEqual([
      "enrolled/all=160",
      "enrolled/woman=82",
    ]);
  });

  it("reads no help with one thing, nor help outside an easy-read text (must not fire)", () => {
    expect(easy(["Tjugo personer fick hjälp med att hitta en bostad."])).toEqual([]);
    expect(figures(["Under 2024 fick 160 personer hjälp."])).toEqual([]);
  });
});

describe("'Samtidigt' opening a sentence", () => {
  it("reads the count after it as the year's (must fire)", () => {
    expect(
      figures(["Under 2024 deltog 190 personer i förbundets insatser. Samtidigt avslutade 64 personer sin insats."]),
    ).toEqual(["enrolled/all=190", "exited/all=64"]);
  });

  it("still reads a count 'samtidigt' after it as a capacity (must not fire)", () => {
    expect(figures(["Förbundets insatser tar emot högst 25 deltagare samtidigt."])).toEqual([]);
  });
});

describe("questions and answers labelled 'Fråga:' and 'Svar:'", () => {
  it("reads a labelled answer to a question about the federation's interventions (must fire)", () => {
    expect(
      figures([
        "Fråga: Hur många lämnade förbundets insatser under 2024?",
        "Svar: 44 personer avslutade sin insats. Av dem gick 15 till arbete.",
      ]),
    ).toEqual(["exited/all=44", "work=15"]);
  });

  it("leaves a form's question and its boxes to the form readers (must not fire)", () => {
    expect(
      figures([
        "Har förbundet ett mål för andelen som går till arbete?",
        "     (x) Ja   ( ) Nej",
        "     Antal deltagare per 1 000 invånare      [ 4,7 ]",
      ]),
    ).toEqual([]);
  });

  it("leaves a labelled question naming an intervention unscoped (must not fire)", () => {
    expect(figures(["Fråga: Hur många lämnade Ljuset under 2024?", "Svar: 44 personer avslutade sin insats."])).toEqual(
      [],
    );
  });
});

describe("an answer giving the count its question asked for", () => {
  it("reads 'Det var N personer' with the question's words (must fire)", () => {
    expect(
      figures([
        "Hur många personer tog del av förbundets insatser under 2024?",
        "Det var 131 personer, 70 kvinnor och 61 män.",
      ]),
    ).toEqual(["enrolled/all=131", "enrolled/woman=70", "enrolled/man=61"]);
  });

  it("never reads it as the report's year when the question names another year (must not fire)", () => {
    const read = figures(["Hur många personer tog del av förbundets insatser under 2023?", "Det var 120 personer."]);
    expect(read).not.toContain("enrolled/all=120");
    expect(figures(["Hur många kom på förbundets seminarier?", "Det var 300 personer."])).toEqual([]);
  });
});

describe("all the participants of the federation's interventions named as a group", () => {
  it("reads the group's number as the year's participants (must fire)", () => {
    expect(figures(["Brevet skickades till samtliga 164 deltagare i förbundets insatser under 2024."])).toEqual([
      "enrolled/all=164",
    ]);
  });

  it("reads no group of another year, of one intervention, nor respondents (must not fire)", () => {
    expect(figures(["Brevet skickades till samtliga 150 deltagare i förbundets insatser under 2023."])).not.toContain(
      "enrolled/all=150",
    );
    expect(figures(["Brevet skickades till samtliga 40 deltagare i Ljuset under 2024."])).toEqual([]);
    expect(figures(["Av samtliga 118 svarande var 64 kvinnor."])).toEqual([]);
  });
});
