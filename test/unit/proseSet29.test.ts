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
import { readSentence } from "../../loaders/extract/general/figureGrammar.ts";
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
    const got = figures([
      "- Insatsen Ledstången tog emot 40 personer under året.",
      "- 17 avslutade under året.",
    ]);
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
      read(news(["Förbundets insatser hade 244 deltagare förra året.", "Förbundets kostnader var i fjol 9,4 miljoner kronor."])),
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
    expect(read(news(["Förbundets kostnader var 9,4 miljoner kronor förra året, mot 8,8 miljoner 2023."]))).not.toContain(
      "2024:cost_operating=8800000",
    );
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
