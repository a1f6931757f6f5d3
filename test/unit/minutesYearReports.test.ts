/**
 * Minutes that report a closed year's statistics or accounts ("Helårsstatistik 2024", "Bokslutet
 * för 2024 visar …"), read as a report on that year; and passages that must not be read so (a
 * part of a year, a plan, the meeting's own year, a month's intake). Made-up federations.
 */
import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { parseMinutes } from "../../loaders/extract/minutes/parseMinutes.ts";
import { readingText } from "../../loaders/extract/text/readingText.ts";
import { type AnyFact } from "../helpers.ts";

function parse(body: string, date = "2025-03-05", read = (lines: string[]): readonly string[] => lines) {
  const text = `Samordningsförbundet Lövhamn\nMinnesanteckningar från beredningsgruppen\n\nDatum: ${date}\n\n${body}`;
  const doc = new DocumentText("x/minutes", [...read(text.split("\n"))], Number(date.slice(0, 4)));
  const out = parseMinutes(doc, { date, kind: "committee_minutes" });
  const facts = out.facts as AnyFact[];
  const of = (table: string) => facts.filter((f) => f.table === table);
  return { of, counts: of("participant_count").map((f) => `${f.year} ${f.measure}/${f.gender}=${f.value}`) };
}

const STATISTICS = `2. Årsstatistik 2024
Kansliet presenterade statistiken för helåret. Under året deltog 118 personer i förbundets insatser,
varav 70 kvinnor och 48 män. 44 deltagare avslutades under året.`;

describe("a closed year's statistics in minutes", () => {
  it("reads the year's participants under a heading naming the year's statistics, as that year's", () => {
    const { of, counts } = parse(STATISTICS);
    expect(counts).toEqual(
      expect.arrayContaining([
        "2024 enrolled/all=118",
        "2024 enrolled/woman=70",
        "2024 enrolled/man=48",
        "2024 exited/all=44",
      ]),
    );
    expect(of("participant_count").every((f) => f.section === "minutes_figures")).toBe(true);
  });

  it("reads a paragraph whose first sentence presents the year's statistics, and the year's equity", () => {
    const { counts, of } = parse(`Förbundschefen redovisade årsstatistiken för 2024. Totalt hade förbundets insatser
96 deltagare under året.

Bokslutet för 2024 visar ett eget kapital vid årets slut på 880 000 kr. Prognosen för 2025 är ett
underskott på 120 000 kr.`);
    expect(counts).toContain("2024 enrolled/all=96");
    expect(of("finance").map((f) => `${f.year} ${f.basis} ${f.item}=${f.amount_sek}`)).toEqual([
      "2024 actual equity_end=880000",
    ]);
  });

  it("reads the text under an item or a numbered heading naming the year's report, a blank line between", () => {
    const text = `Förbundschefen gick igenom siffrorna.

Under året hade förbundets insatser 131 deltagare, varav 75 kvinnor och 56 män.`;
    for (const heading of ["§ 6 Verksamhetsberättelse 2024", "3. Helårsstatistik 2024", "§ 4 Deltagarstatistik 2024"])
      expect(
        parse(`${heading}

${text}

4. Övriga frågor
Inga.`).counts,
      ).toEqual(expect.arrayContaining(["2024 enrolled/all=131", "2024 enrolled/woman=75", "2024 enrolled/man=56"]));
  });

  it("reads no member's own report on the year", () => {
    expect(
      parse(`3. Region Tallmarks årsredovisning 2024

Under året hade förbundets insatser 131 deltagare, varav 75 kvinnor och 56 män.`).counts,
    ).toEqual([]);
  });

  it("reads no part of a year, no plan, not the meeting's own year and no paragraph that presents no year", () => {
    for (const body of [
      STATISTICS.replace("Årsstatistik 2024", "Delårsstatistik 2024").replace("helåret", "första halvåret"),
      STATISTICS.replace("Årsstatistik 2024", "Månadsstatistik 2024").replace("helåret", "december"),
      STATISTICS.replace("Årsstatistik 2024", "Verksamhetsplan och budget 2025").replace("för helåret", "för planen"),
      `Kansliet presenterade statistiken för 2025. Under året har 51 personer deltagit i förbundets insatser.`,
      `Förbundschefen rapporterade att 37 nya deltagare skrivits in i januari i förbundets insatser.`,
    ])
      expect(parse(body).counts).toEqual([]);
  });
});

describe("a card of the year's key figures in minutes, quoted from the federation's annual report", () => {
  const CARD = `§ 7  Årsredovisning 2024
Förbundschefen föredrog årsredovisningen.
Nyckeltal ur årsredovisningen (inom parentes 2023):
  Deltagare i individinriktade insatser      164 (151), varav 90 kvinnor och 74 män
  Nya deltagare under året                    71 (66)
  Avslutade deltagare                         63 (58)
Beslut
Styrelsen beslutar att godkänna årsredovisningen.`;

  it("reads the year's figures of a label–value card, the bracketed figures as the year the lead names", () => {
    const { counts } = parse(CARD, undefined, (lines) => readingText(lines).lines);
    expect(counts).toEqual(
      expect.arrayContaining([
        "2024 enrolled/all=164",
        "2024 enrolled/woman=90",
        "2024 enrolled/man=74",
        "2024 new/all=71",
        "2024 exited/all=63",
        "2023 new/all=66",
        "2023 exited/all=58",
      ]),
    );
    expect(counts).not.toContain("2024 enrolled/all=151");
    expect(counts).not.toContain("2023 enrolled/all=164");
  });

  it("reads an appendix quoting the federation's own report, but not one quoting a member's", () => {
    const appendix = (title: string) => `§ 3  Information
Se bilagan.

${title}
Deltagare under 2024: 176 (98 kvinnor, 78 män)
Avslutade under 2024: 71`;
    expect(parse(appendix("Bilaga 2. Ur årsredovisningen 2024")).counts).toEqual(
      expect.arrayContaining([
        "2024 enrolled/all=176",
        "2024 enrolled/woman=98",
        "2024 enrolled/man=78",
        "2024 exited/all=71",
      ]),
    );
    expect(parse(appendix("Bilaga 2. Ur Region Vassmarks årsredovisning 2024")).counts).toEqual([]);
  });
});
