/**
 * Shapes of running text from the p37 probes, in made-up federations' words. Each rule has a case
 * where it must fire and one where it must not.
 */
import { describe, expect, it } from "vitest";
import { readMoneySentence } from "../../loaders/extract/general/moneyGrammar.ts";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { parseProseFigures } from "../../loaders/extract/general/parseProseFigures.ts";
import { readSentence } from "../../loaders/extract/general/figureGrammar.ts";
import type { AnyFact } from "../helpers.ts";

const doc = (lines: string[]) =>
  new DocumentText(
    "hagmyra/2025-annual-report",
    ["Samordningsförbundet Hagmyra", "Verksamhetsberättelse 2025", "", ...lines],
    2025,
  );
/** Participant figures read from running text, as "year:whose:measure/gender=value" or "year:whose:category=value". */
const figures = (lines: string[]) =>
  (parseProseFigures(doc(lines)).facts as AnyFact[]).map((f) =>
    f.table === "participant_count"
      ? `${f.year}:${f.intervention ?? "federation"}:${f.measure}/${f.gender}=${f.value}`
      : f.table === "participant_breakdown"
        ? `${f.year}:${f.intervention ?? "federation"}:${f.category}=${f.value}`
        : `${f.table}:${f.year}:${f.value}`,
  );
const money = (s: string, year = 2025) =>
  readMoneySentence(s, year).figures.map((f) => `${f.year}:${f.basis}:${f.item}=${f.sek}`);

describe("equity told as a change from the year's opening to its end", () => {
  it("reads the level reached as the year's and the opening as the year before's (must fire)", () => {
    expect(money("Eget kapital minskade från 4,2 mnkr vid årets början till 3,7 mnkr den 31 december.")).toEqual([
      "2025:actual:equity_end=3700000",
      "2024:actual:equity_end=4200000",
    ]);
    expect(money("Det egna kapitalet sjönk från 880 tkr den 1 januari till 812 tkr vid årets slut.")).toEqual([
      "2025:actual:equity_end=812000",
      "2024:actual:equity_end=880000",
    ]);
  });

  it("reads 'ökade med X, från Y till Z' as the change, the opening and the level (must fire)", () => {
    expect(money("Det egna kapitalet ökade med 210 tkr, från 1 020 tkr till 1 230 tkr vid årets slut.")).toEqual([
      "2025:actual:equity_end=1230000",
      "2024:actual:equity_end=1020000",
    ]);
    expect(money("Kostnaderna ökade med 0,4 mnkr, från 8,1 mnkr till 8,5 mnkr.")).toEqual([
      "2025:actual:cost_operating=8500000",
    ]);
  });

  it("must not date the level to the year before, nor read a flow 'vid årets början' or a part-year level", () => {
    const both = money("Eget kapital minskade från 4,2 mnkr vid årets början till 3,7 mnkr den 31 december.");
    expect(both).not.toContain("2024:actual:equity_end=3700000");
    expect(both).not.toContain("2025:actual:equity_end=4200000");
    expect(money("Intäkterna minskade från 9,1 mnkr vid årets början till 8,5 mnkr.")).toEqual([]);
    expect(money("Eget kapital minskade från 4,2 mnkr vid årets början till 3,7 mnkr den 30 juni.")).toEqual([]);
    expect(
      money("Det egna kapitalet beräknas minska från 3,7 mnkr vid årets början till 3,1 mnkr under 2026."),
    ).toEqual([]);
    // The change's amount is never the level.
    expect(money("Det egna kapitalet ökade med 210 tkr, från 1 020 tkr till 1 230 tkr vid årets slut.")).not.toContain(
      "2025:actual:equity_end=210000",
    );
  });
});

describe("a balance compared with the year before's balance date", () => {
  it("reads the year-end equity as the year's and the compared one as the year before's (must fire)", () => {
    expect(
      money(
        "Vid årets slut hade förbundet ett eget kapital på 1 950 tkr, att jämföra med 2 130 tkr vid utgången av 2024.",
      ),
    ).toEqual(["2025:actual:equity_end=1950000", "2024:actual:equity_end=2130000"]);
    expect(money("Eget kapital uppgick till 2,6 mnkr den 31 december, jämfört med 3,1 mnkr vid årets början.")).toEqual(
      ["2025:actual:equity_end=2600000", "2024:actual:equity_end=3100000"],
    );
  });

  it("must not date the year's equity by the comparison's date, nor read a flow by a balance date", () => {
    const read = money(
      "Vid årets slut hade förbundet ett eget kapital på 1 950 tkr, att jämföra med 2 130 tkr vid utgången av 2024.",
    );
    expect(read).not.toContain("2024:actual:equity_end=1950000");
    expect(read).not.toContain("2025:actual:equity_end=2130000");
    expect(money("Intäkterna var 6 210 tkr, att jämföra med 5 980 tkr vid utgången av 2024.")).toEqual([]);
    expect(money("Kostnaderna var 8,6 mnkr, jämfört med 3,1 mnkr vid årets början.")).toEqual([
      "2025:actual:cost_operating=8600000",
    ]);
    // Two years back is no comparison with the year before.
    expect(money("Eget kapital uppgick till 2 215 tkr, mot 2 480 tkr den 31 december 2023.")).toEqual([]);
  });
});

describe("a count sent 'till annat håll (än …)'", () => {
  it("reads the destinations named beside it (must fire)", () => {
    const out = figures([
      "Under året avslutade 47 personer i förbundets insatser. 15 av dem gick till arbete och 32 fick fortsatt stöd på annat håll.",
    ]);
    expect(out).toContain("2025:federation:work=15");
    expect(out).toContain("2025:federation:continued_rehab=32");
  });

  it("must not give it the destination named before it, nor the one after 'än'", () => {
    const out = figures([
      "Under året avslutade 44 deltagare i förbundets insatser. Av dessa gick 8 till arbete och 36 till annat håll än arbete eller studier.",
      "",
      "Under året avslutade 25 personer i förbundets insatser. Sju av dem gick till arbete och 18 till annat håll, främst till vård.",
    ]);
    expect(out).toContain("2025:federation:work=8");
    expect(out.filter((f) => /=(36|18)$/.test(f))).toEqual([]);
    // A reason that names destinations only to exclude them is no count of exits either.
    expect(figures(["Tolv personer avslutades i förbundets insatser av andra skäl än arbete eller studier."])).toEqual(
      [],
    );
  });
});

describe("a pronoun pointing back to interventions counted in the sentence before", () => {
  it("is the federation's where the sentence before counted the interventions with no subset word (must fire)", () => {
    const out = figures([
      "Insatser och deltagare",
      "",
      "Under 2025 finansierade förbundet nio insatser. De hade sammanlagt 388 deltagare, varav 201 kvinnor.",
    ]);
    expect(out).toEqual(["2025:federation:enrolled/all=388", "2025:federation:enrolled/woman=201"]);
  });

  it("is the federation's under any heading, and the sentences going on after it too (must fire)", () => {
    const out = figures([
      "Verksamhet[redigera | redigera wikitext]",
      "Under 2025 drev förbundet åtta insatser. De hade sammanlagt 247 deltagare, 131 kvinnor",
      "och 116 män. 98 deltagare avslutade sin insats; 30 gick till arbete.",
    ]);
    expect(out).toEqual([
      "2025:federation:enrolled/all=247",
      "2025:federation:enrolled/woman=131",
      "2025:federation:enrolled/man=116",
      "2025:federation:exited/all=98",
      "2025:federation:work=30",
    ]);
  });

  it("must not be the federation's where the sentence before split or placed them", () => {
    const out = figures([
      "Verksamhet[redigera | redigera wikitext]",
      "Under 2025 drev förbundet åtta insatser, varav tre nya. De hade sammanlagt 97 deltagare.",
      "",
      "Under 2025 hade förbundet två insatser i Åby. De hade sammanlagt 61 deltagare.",
    ]);
    expect(out).toEqual([]);
  });

  it("must not be the federation's where they were some of them (new ones, 'två av insatserna')", () => {
    const out = figures([
      "Insatser och deltagare",
      "",
      "Under 2025 finansierade förbundet nio insatser. De hade sammanlagt 388 deltagare.",
      "Under året startade förbundet också två nya insatser. Dessa hade 41 deltagare vid årets slut.",
      "",
      "Förbundet startade tre nya insatser under året. De hade 57 deltagare.",
      "",
      "Två av förbundets insatser riktade sig till unga. I dessa deltog 64 personer.",
    ]);
    expect(out).toEqual(["2025:federation:enrolled/all=388"]);
  });
});

describe("a paragraph naming no one in the federation's own document with no intervention's section", () => {
  const own = (title: string, lines: string[]) =>
    (parseProseFigures(new DocumentText("hagmyra/2025-annual-report", [title, "", ...lines], 2025)).facts as AnyFact[])
      .filter((f) => f.table === "participant_count" || f.table === "participant_breakdown")
      .map((f) =>
        f.table === "participant_count"
          ? `${f.intervention ?? "federation"}:${f.measure}/${f.gender}=${f.value}`
          : `${f.intervention ?? "federation"}:${f.category}=${f.value}`,
      );
  const GOALS = [
    "Måluppföljning",
    "Utfall: Av årets 92 avslutade gick 33 till arbete eller studier.",
    "Utfall: Under året deltog 171 personer, varav 96 kvinnor.",
  ];

  it("is the federation's (must fire)", () => {
    expect(own("Samordningsförbundet Hagmyra – årsredovisning 2025", GOALS)).toEqual([
      "federation:exited/all=92",
      "federation:work_or_studies=33",
      "federation:enrolled/all=171",
      "federation:enrolled/woman=96",
    ]);
    expect(own("SAMORDNINGSFÖRBUNDET HAGMYRA", GOALS)).toContain("federation:enrolled/all=171");
  });

  it("must not be where the title names no federation, another federation is named, or the paragraph names someone", () => {
    expect(own("Stöd på vägen mot arbete – kommunens sida", GOALS)).toEqual([]);
    expect(
      own("Samordningsförbundet Hagmyra – årsredovisning 2025", [
        ...GOALS,
        "",
        "Jämförelse",
        "Samordningsförbundet Älvdal hade 240 deltagare.",
      ]).filter((f) => /=(92|33|171|96)$/.test(f)),
    ).toEqual([]);
    expect(
      own("Samordningsförbundet Hagmyra – årsredovisning 2025", [
        "Resultat",
        "Så gick det för Trappan: av årets 19 avslutade gick 7 till arbete.",
      ]),
    ).toEqual([]);
    // An intervention's section anywhere in the document: whose a paragraph is stays its heading's.
    expect(
      own("Samordningsförbundet Hagmyra – årsredovisning 2025", [
        ...GOALS,
        "",
        "Insats: Trappan",
        "Trappan hade 46 deltagare.",
      ]).filter((f) => /=(92|33|171|96)$/.test(f)),
    ).toEqual([]);
  });
});

describe("a count's change with an adverb between its verb and 'med' ('minskade däremot med 9 till 95')", () => {
  const read = (s: string) =>
    readSentence(s, { year: 2025 }).figures.flatMap((f) =>
      f.kind === "count" ? [`${f.measure}/${f.gender}=${f.token.value}`] : [],
    );

  it("reads the level reached (must fire)", () => {
    expect(read("Antalet nya deltagare minskade däremot med 9 till 95.")).toEqual(["new/all=95"]);
    expect(read("Antalet deltagare ökade också med 12 personer till 203.")).toEqual(["enrolled/all=203"]);
  });

  it("never reads the change as a count (must not fire)", () => {
    expect(read("Antalet nya deltagare minskade däremot med 9 till 95.")).not.toContain("new/all=9");
    expect(read("Antalet nya deltagare minskade däremot med 9.")).toEqual([]);
  });
});
