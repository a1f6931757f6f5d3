/**
 * Rules from held-out set 29's first sight (stop 38), each with cases where it must fire and where it
 * must not. Documents are made up here.
 */
import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { parseMinutes } from "../../loaders/extract/minutes/parseMinutes.ts";
import { readSentence } from "../../loaders/extract/general/figureGrammar.ts";
import type { AnyFact } from "../helpers.ts";
import { extractReport } from "../support/reportFacts.ts";

const outcomes = (body: string[]) =>
  (
    parseMinutes(
      new DocumentText(
        "ekvik/2026-04-23-board-minutes",
        [
          "PROTOKOLL fört vid sammanträde med styrelsen för Samordningsförbundet Ekvik",
          "torsdagen den 23 april 2026",
          "",
          ...body,
          "",
        ],
        2026,
      ),
      { date: "2026-04-23", kind: "board_minutes" },
    ).facts as AnyFact[]
  )
    .filter((f) => f.table === "decision")
    .map((f) => `${f.item_ref}:${f.outcome}`);

describe("an old minute's 'Beslöts att …' and 'Antecknades.'", () => {
  it("reads 'Beslöts att bevilja …' as approved and 'Antecknades.' as noted", () => {
    expect(
      outcomes([
        "§ 5.  Ansökan från Lövby kommun.",
        "      Beslöts att bevilja Lövby kommun 350 000 kronor.",
        "",
        "§ 6.  Förbundschefens rapport.",
        "      Förbundschefen redogjorde för arbetet.",
        "      Antecknades.",
      ]),
    ).toEqual(["§5:approved", "§6:noted"]);
  });
  it("reads 'Beslöts att föreslå medlemmarna …' as proposed and 'Beslöts att bordlägga' as postponed", () => {
    expect(
      outcomes([
        "§ 8.  Budgetram.",
        "      Beslöts att föreslå medlemmarna en budgetram om 4 000 000 kronor.",
        "",
        "§ 9.  Ansökan.",
        "      Beslöts att bordlägga ärendet till nästa sammanträde.",
      ]),
    ).toEqual(["§8:proposed", "§9:postponed"]);
  });
  it("takes no sentence that only mentions a note as the decision (must not fire)", () => {
    expect(outcomes(["§ 4.  Rapport.", "      Det antecknades i rapporten att två insatser startat."])).not.toContain(
      "§4:noted",
    );
  });
});

describe("persons in several interventions, a time between the count and the words", () => {
  const figures = (s: string) =>
    readSentence(s, { year: 2025 }).figures.map((f) => `${"measure" in f ? f.measure : ""}=${f.token.value}`);
  it("reads no participants from 'Fem personer deltog under -25 i två insatser samtidigt'", () => {
    expect(figures("Fem personer deltog under -25 i två insatser samtidigt och räknas en gång.")).toEqual([]);
  });
  it("keeps the year's count before a 'varav … i flera insatser' clause (must not fire)", () => {
    expect(figures("150 personer deltog i förbundets insatser, varav 20 i flera insatser.")).toEqual(["enrolled=150"]);
  });
});

describe("a table counted at a date, by age", () => {
  const counts = (caption: string) =>
    extractReport(
      [
        "EKVIKS KOMMUN",
        "Årsrapport 2025",
        "",
        "Målgruppen",
        "",
        caption,
        "",
        "  Ålder       Kvinnor    Män    Totalt",
        "  16 år            6      11        17",
        "  17 år           12      19        31",
        "  Totalt          18      30        48",
        "",
      ],
      "ekvik",
      2025,
    )
      .filter((f) => f.table === "participant_count")
      .map((f) => `${f.measure}/${f.gender}=${f.value}`);
  it("stores no stock 'per 31 december 2025' as the year's participants", () => {
    expect(counts("Tabell 1. Ungdomar i målgruppen per 31 december 2025")).toEqual([]);
  });
  it("stores no row of one age as an intervention, under any caption", () => {
    expect(counts("Tabell 1. Deltagare 2025 efter ålder").filter((x) => /=(17|31)$/.test(x))).toEqual([]);
  });
});
