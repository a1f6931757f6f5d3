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
  it("reads a table whose lines above end a sentence naming a date ('… den 31 december 2025 till 1,4 mnkr.') (must not fire)", () => {
    const read = extractReport(
      [
        "Samordningsförbundet Ekvik",
        "Årsredovisning 2025",
        "",
        "Året i siffror",
        "",
        "Förbundets intäkter uppgick till 4,0 Mkr. Det egna kapitalet",
        "uppgick den 31 december 2025 till 1,4 mnkr.",
        "",
        "Deltagare 2025",
        "",
        "                            Kvinnor    Män    Totalt",
        "Inskrivna                       167    166       333",
        "Avslutade under året             70     69       139",
      ],
      "ekvik",
      2025,
    )
      .filter((f) => f.table === "participant_count")
      .map((f) => `${f.measure}/${f.gender}=${f.value}`);
    expect(read).toContain("enrolled/all=333");
  });
  it("stores no row of one age as an intervention, under any caption", () => {
    expect(counts("Tabell 1. Deltagare 2025 efter ålder").filter((x) => /=(17|31)$/.test(x))).toEqual([]);
  });
});

describe("an attendance list under 'Närvarande:' with its groups named in the right column", () => {
  const roles = (groups: [string, string]) =>
    (
      parseMinutes(
        new DocumentText(
          "ekvik/2026-04-23-board-minutes",
          [
            "PROTOKOLL fört vid sammanträde med styrelsen för Samordningsförbundet Ekvik",
            "",
            "Närvarande:   Ledamöter",
            "              Bo Hägg (S), Ekviks kommun, ordförande",
            "              Ulla Brink, Försäkringskassan",
            "",
            `              ${groups[0]}`,
            "              Olle Berg (KD), Lövby kommun",
            "",
            `              ${groups[1]}`,
            "              Nils Ahl, förbundschef, sekreterare",
            "",
            "§ 1.  Sammanträdets öppnande.",
            "      Ordföranden förklarade sammanträdet öppnat.",
          ],
          2026,
        ),
        { date: "2026-04-23", kind: "board_minutes" },
      ).facts as AnyFact[]
    )
      .filter((f) => f.table === "attendance")
      .map((f) => `${f.person}:${f.role}`);
  it("reads the deputies under 'Ersättare' and the officials under 'Dessutom'", () => {
    expect(roles(["Ersättare", "Dessutom"])).toEqual([
      "Bo Hägg:member",
      "Ulla Brink:member",
      "Olle Berg:deputy",
      "Nils Ahl:official",
    ]);
  });
  it("takes no person's line for a group (must not fire)", () => {
    expect(roles(["Ersättare", "Dessutom"])).not.toContain("Ersättare:member");
  });
});

describe("a grant's period written with 'den' on both dates", () => {
  it("reads 'för tiden den 1 juni 2026–den 31 maj 2027'", () => {
    const grant = (
      parseMinutes(
        new DocumentText(
          "ekvik/2026-04-23-board-minutes",
          [
            "PROTOKOLL fört vid sammanträde med styrelsen för Samordningsförbundet Ekvik",
            "",
            "§ 7.  Ansökan från Lövby kommun.",
            "      Beslöts att bevilja Lövby kommun 350 000 kronor för tiden",
            "      den 1 juni 2026–den 31 maj 2027.",
          ],
          2026,
        ),
        { date: "2026-04-23", kind: "board_minutes" },
      ).facts as AnyFact[]
    ).find((f) => f.table === "allocation");
    expect([grant?.amount_sek, grant?.period_start, grant?.period_end]).toEqual([350000, "2026-06-01", "2027-05-31"]);
  });
});

describe("whole kronor written '4 200 000:-'", () => {
  it("blanks the mark, keeping the columns", async () => {
    const { blankWholeKronaMarks } = await import("../../loaders/extract/text/wholeKronaMarks.ts");
    expect(blankWholeKronaMarks(["Verksamhetens intäkter       4 200 000:-    4 080 000:-"])).toEqual([
      "Verksamhetens intäkter       4 200 000      4 080 000  ",
    ]);
  });
  it("leaves a fee in kronor and öre ('12:50') and a time as written (must not fire)", async () => {
    const { blankWholeKronaMarks } = await import("../../loaders/extract/text/wholeKronaMarks.ts");
    expect(blankWholeKronaMarks(["Avgiften motsvarar 12:50 per invånare, mötet började kl. 9:30."])).toBeUndefined();
  });
});

describe("a paragraph's long first line is no heading", () => {
  const counts = (lines: string[]) =>
    extractReport(["SAMORDNINGSFÖRBUNDET EKVIK", "Verksamhetsberättelse 2025", "", ...lines], "ekvik", 2025)
      .filter((f) => f.table === "participant_count")
      .map((f) => `${f.measure}/${f.gender}=${f.value}`);
  it("reads the figures under a line whose sentence runs on in lower case, whatever its words", () => {
    expect(
      counts([
        "Avdelning 1 – Styrelsens redogörelse",
        "",
        "Förbundet har under året bedrivit verksamhet enligt den verksamhetsplan som",
        "styrelsen fastställde i november 2024.",
        "",
        "Under 2025 har 112 personer varit inskrivna i förbundets insatser.",
      ]),
    ).toContain("enrolled/all=112");
  });
  it("still takes a plan heading over its paragraph (must not fire)", () => {
    expect(
      counts([
        "Verksamhetsplan och budget för 2026",
        "",
        "Under 2026 beräknas 130 personer delta i förbundets insatser.",
      ]),
    ).toEqual([]);
  });
});

describe("a header's years written with two digits after a dash", () => {
  const read = async (line: string, year = 2025) => {
    const { twoDigitYears } = await import("../../loaders/extract/text/twoDigitYears.ts");
    return twoDigitYears([line], year)?.[0];
  };
  it("writes 'Utf -25    Bu -25    Utf -24' out in full, the line's width kept", async () => {
    const line = "tkr                           Utf -25    Bu -25    Utf -24";
    const out = await read(line);
    expect(out).toBe("tkr                           Utf 2025   Bu 2025   Utf 2024");
    expect(out!.length).toBeLessThanOrEqual(line.length + 1);
  });
  it("leaves a row of negative figures and a sentence as written (must not fire)", async () => {
    expect(await read("Avgår: i flera insatser          -5      -4      -3")).toBeUndefined();
    expect(await read("Förändring                     -12     -15")).toBeUndefined();
    expect(await read("Budgeten för -25 förutsatte att 200 tkr -24 förbrukas")).toBeUndefined();
  });
});

describe("the margin's line numbers of a document sent out for checking", () => {
  const numbered = Array.from({ length: 12 }, (_, k) =>
    k === 4 ? `${String(k + 1).padStart(3)}` : `${String(k + 1).padStart(3)}   Rad ${k + 1}: 94 skrevs ut.`,
  );
  it("blanks the numbers, each line's text kept in place", async () => {
    const { blankLineNumbers } = await import("../../loaders/extract/text/lineNumbers.ts");
    const out = blankLineNumbers(numbered)!;
    expect(out[0]).toBe("      Rad 1: 94 skrevs ut.");
    expect(out[11]).toBe("      Rad 12: 94 skrevs ut.");
  });
  it("leaves a numbered list in the text as written (must not fire)", async () => {
    const { blankLineNumbers } = await import("../../loaders/extract/text/lineNumbers.ts");
    const list = [
      "Beslut",
      "",
      "1   Styrelsen godkänner.",
      "2   Rapporten läggs till handlingarna.",
      ...Array(10).fill("Text."),
    ];
    expect(blankLineNumbers(list)).toBeUndefined();
  });
});

describe("a committee passing the accounts on to the board", () => {
  it("records 'beslutar att överlämna bokslutet till styrelsen med förslag …' as proposed", () => {
    expect(
      outcomes([
        "§ 2  Bokslut 2025",
        "      Arbetsutskottet beslutar att överlämna bokslutet till styrelsen med",
        "      förslag att styrelsen godkänner årsredovisningen för 2025.",
      ]),
    ).toEqual(["§2:proposed"]);
  });
});

describe("an old minute's decisions in the past passive", () => {
  it("reads 'Den utsända dagordningen godkändes' and 'Till justerare utsågs …' as approved", () => {
    expect(
      outcomes([
        "§ 2.  Val av justerare.",
        "      Till att jämte ordföranden justera dagens protokoll utsågs Lisbet Norén.",
        "",
        "§ 3.  Dagordning.",
        "      Den utsända dagordningen godkändes.",
      ]),
    ).toContain("§3:approved");
  });
  it("takes no decision told of another year or meeting (must not fire)", () => {
    expect(outcomes(["§ 7.  Ansökan från Steget.", "      Steget beviljades medel 2025 (§ 34)."])).not.toContain(
      "§7:approved",
    );
  });
});
