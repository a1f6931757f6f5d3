/**
 * A member's minutes on the federation's annual report (a council or executive committee granting
 * discharge), filed as the federation's report: the federation's figures are read only from
 * sentences that name the federation or its report, the member's own never. Also the shapes such
 * minutes quote figures in: the earlier year in brackets, the member's fee "för 2024", and a
 * hedged result. Every federation, member and amount is made up.
 */
import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { parseAnnualReport } from "../../loaders/extract/templates/kalmar/parseAnnualReport.ts";
import type { AnyFact } from "../helpers.ts";

function read(lines: string[], year = 2024) {
  const out = parseAnnualReport(new DocumentText("lomvik/2024-annual-report", lines, year));
  const facts = out.facts as AnyFact[];
  return {
    finance: facts.filter((f) => f.table === "finance").map((f) => `${f.year}:${f.item}=${f.amount_sek}`),
    contributions: facts.filter((f) => f.table === "member_contribution").map((f) => `${f.member}=${f.amount_sek}`),
    counts: facts
      .filter((f) => f.table === "participant_count")
      .map((f) => `${f.year}:${f.measure}:${f.gender}=${f.value}`),
  };
}

const HEAD = [
  "BJÖRKÅ KOMMUN                              PROTOKOLLSUTDRAG",
  "Kommunstyrelsen      Sammanträdesdatum 2025-04-14",
  "",
];

describe("a member's minutes on the federation's report", () => {
  it("reads the federation's figures where the sentence, or its paragraph, names the federation", () => {
    const { finance } = read([
      ...HEAD,
      "Samordningsförbundet Lomvik har lämnat sin årsredovisning för 2024.",
      "",
      "Förbundets intäkter uppgick till 8 420 tkr och kostnaderna till 8 105 tkr. Årets resultat blev ett",
      "överskott på 315 000 kronor.",
    ]);
    expect(finance).toEqual(expect.arrayContaining(["2024:revenue_operating=8420000", "2024:result=315000"]));
  });

  it("never stores a figure whose paragraph does not name the federation (must not fire)", () => {
    const { finance } = read([
      ...HEAD,
      "Samordningsförbundet Lomvik har lämnat sin årsredovisning för 2024.",
      "",
      "Årets resultat blev ett överskott på 18,2 mnkr och intäkterna uppgick till 1 940 mnkr.",
    ]);
    expect(finance).toEqual([]);
  });

  it("never stores the member's own figures, even after a sentence about the federation (must not fire)", () => {
    const { finance } = read([
      ...HEAD,
      "Förbundet redovisar för 2024 ett överskott om 315 000 kronor. Kommunens egen årsredovisning visade",
      "ett överskott om 18,2 miljoner kronor, och intäkterna uppgick till 1 940 mnkr.",
    ]);
    expect(finance).toEqual(["2024:result=315000"]);
    const handedOver = read([
      ...HEAD,
      "Förbundet redovisar för 2024 ett överskott om 315 000 kronor. Förbundets resultat påverkar inte",
      "kommunens ekonomi. Resultatet blev ett överskott på 18,2 mnkr.",
    ]);
    expect(handedOver.finance).toEqual(["2024:result=315000"]);
  });

  it("knows a member's minutes by a council's head with its date, in capitals too, or a member's memo", () => {
    const memo = read(["Björkå kommun      Tjänsteskrivelse", "", "Årets resultat blev ett överskott på 18,2 mnkr."]);
    expect(memo.finance).toEqual([]);
    const { finance } = read([
      "KOMMUNFULLMÄKTIGE                   2025-04-22",
      "",
      "Årets resultat blev ett överskott på 18,2 mnkr.",
    ]);
    expect(finance).toEqual([]);
  });

  it("leaves a federation's own report alone: no member's minutes, no naming needed", () => {
    const { finance } = read(["Förvaltningsberättelse", "", "Årets resultat blev ett överskott på 315 000 kronor."]);
    expect(finance).toEqual(["2024:result=315000"]);
  });
});

describe("how such minutes quote the figures", () => {
  it("reads the earlier year in brackets after the year's own figure, also with the year between", () => {
    const { finance } = read([
      "Förbundet redovisar ett positivt resultat om 315 000 kronor för 2024 (föregående år -96 400 kronor).",
      "",
      "Förbundets egna kapital uppgick den 31 december 2024 till 1 960 200 kronor (1 645 200 kronor vid",
      "utgången av 2023).",
    ]);
    expect(finance).toEqual(
      expect.arrayContaining([
        "2024:result=315000",
        "2023:result=-96400",
        "2024:equity_end=1960200",
        "2023:equity_end=1645200",
      ]),
    );
  });

  it("reads a signed earlier year in brackets after a result that states no sign (a writer who signs the earlier year's deficit signs this year's too)", () => {
    const { finance } = read(["Förbundets resultat blev 315 000 kronor (föregående år −96 400 kronor)."]);
    expect(finance).toEqual(["2024:result=315000", "2023:result=-96400"]);
    // Must not fire: with no signed bracket beside it, the unsigned result stays unread.
    expect(read(["Förbundets resultat blev 315 000 kronor."]).finance).toEqual([]);
  });

  it("needs the bracket's own sign after an unsigned result (must not fire)", () => {
    expect(read(["Förbundets resultat blev 315 000 kronor (föregående år 96 400 kronor)."]).finance).toEqual([]);
  });

  it("takes no later or unnamed year from a bracket (must not fire)", () => {
    const { finance } = read([
      "Förbundets egna kapital uppgick den 31 december 2024 till 1 960 200 kronor (1 645 200 kronor vid",
      "utgången av 2025).",
    ]);
    expect(finance).toEqual(["2024:equity_end=1960200"]);
  });

  it("reads a member's fee stated 'för 2024', but not money 'för' something else (must not fire)", () => {
    const fee = read(["Björkå kommuns medlemsavgift till förbundet var 640 000 kronor för 2024."]);
    expect(fee.contributions).toEqual(["Björkå kommun=640000"]);
    const project = read(["Björkå kommuns medlemsavgift till förbundet var 640 000 kronor för projektet Bron."]);
    expect(project.contributions).toEqual([]);
  });

  it("reads the year's participants beside an earlier year's count in a bracket of its own", () => {
    const { counts } = read([
      "Förbundets insatser hade under 2024 sammanlagt 142 deltagare, varav 80 kvinnor och 62 män (2023: 128 deltagare).",
    ]);
    expect(counts).toEqual(
      expect.arrayContaining(["2024:enrolled:all=142", "2024:enrolled:woman=80", "2024:enrolled:man=62"]),
    );
    // The bracket names people, not a gender: it is the whole count's, for 2023, never a split's or 2024's.
    expect(counts.filter((c) => c.endsWith("=128"))).toEqual(["2023:enrolled:all=128"]);
  });

  it("still stores nothing when the other year is no bracket of its own (must not fire)", () => {
    const { counts } = read(["Förbundets insatser hade 142 deltagare, fler än de 128 deltagarna 2023."]);
    expect(counts).toEqual([]);
  });

  it("does not store a hedged, rounded result, but keeps an exact one (must not fire)", () => {
    expect(read(["Förbundet gick med ett överskott på omkring 0,3 miljoner kronor."]).finance).toEqual([]);
    expect(read(["Förbundet gick med ett överskott på cirka 0,3 miljoner kronor."]).finance).toEqual([]);
    expect(read(["Förbundet gick med ett överskott på 0,3 miljoner kronor."]).finance).toEqual(["2024:result=300000"]);
    // "drygt" makes it a bound, whatever its digits: the result is more than the amount written.
    expect(read(["Förbundet gick med ett överskott på drygt 0,3 miljoner kronor."]).finance).toEqual([]);
    expect(read(["Förbundet gick med ett överskott på drygt 315 000 kronor."]).finance).toEqual([]);
    expect(read(["Förbundet gick med ett överskott på ca 315 000 kronor."]).finance).toEqual(["2024:result=315000"]);
  });
});

describe("a section of a member's text headed by the federation", () => {
  const REGION_HEAD = ["REGION NORDMARK                              TJÄNSTESKRIVELSE", "Regionstyrelsen", ""];

  it("reads the paragraphs under a heading that names the federation as the federation's", () => {
    const { counts } = read([
      ...REGION_HEAD,
      "Förbundets verksamhet 2024",
      "Enligt årsredovisningen deltog 140 personer i förbundets insatser.",
      "",
      "Av de 62 som avslutades gick 15 till arbete och 8 till studier.",
    ]);
    expect(counts).toEqual(expect.arrayContaining(["2024:exited:all=62"]));
  });

  it("does not read the paragraphs under a heading about the member itself", () => {
    const { counts } = read([
      ...REGION_HEAD,
      "Regionens egen rehabilitering",
      "Regionens team hade under året kontakt med många patienter.",
      "",
      "Av de 62 som avslutades gick 15 till arbete och 8 till studier.",
    ]);
    expect(counts).toEqual([]);
  });
});
