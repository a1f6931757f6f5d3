/**
 * Prose and scope refusals of stop 41's second round, in a made-up federation's words. Each rule has a
 * case where it must fire and cases where it must not.
 */
import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { contributionSentences } from "../../loaders/extract/general/contributionSentences.ts";
import { memberOf } from "../../loaders/extract/general/parseMemberContributions.ts";
import { readSentence } from "../../loaders/extract/general/figureGrammar.ts";
import { parseMultiYearTables } from "../../loaders/extract/general/parseMultiYearTables.ts";
import { parseProseFigures } from "../../loaders/extract/general/parseProseFigures.ts";
import { outcomeNotes } from "../../loaders/extract/text/outcomeNotes.ts";
import type { AnyFact } from "../helpers.ts";
import { extractReport } from "../support/reportFacts.ts";

/** The figures a sentence alone reads, as "measure/gender=value" or "category=value". */
const read = (s: string) =>
  readSentence(s).figures.map((f) =>
    f.kind === "count"
      ? `${f.measure}/${f.gender}=${f.token.value}`
      : f.kind === "exit_outcome"
        ? `${f.category}=${f.token.value}`
        : f.kind,
  );

describe("'var N personer med i någon av våra insatser'", () => {
  it("counts the participants of any of the interventions (must fire)", () => {
    expect(read("Under 2025 var 187 personer med i någon av våra fyra insatser.")).toEqual(["enrolled/all=187"]);
    expect(read("Under året var 64 deltagare med i minst en av förbundets insatser.")).toEqual(["enrolled/all=64"]);
  });

  it("never counts members of a board's groups or a network (must not fire)", () => {
    expect(read("Under 2025 var 14 personer med i någon av styrelsens arbetsgrupper.")).toEqual([]);
    expect(read("Under 2025 var 35 personer med i något av våra nätverk.")).not.toContain("enrolled/all=35");
  });
});

describe("'Av dem avslutade N under året'", () => {
  it("counts the exits of the group named before the verb (must fire)", () => {
    expect(read("Av dem avslutade 93 under året.")).toEqual(["exited/all=93"]);
    expect(read("Av deltagarna påbörjade 51 under verksamhetsåret, och 40 avslutade sin insats.")).toContain(
      "new/all=51",
    );
  });

  it("never a part of the group, a count of things, or words after the year (must not fire)", () => {
    expect(read("Av kvinnorna avslutade 28 under året.")).toEqual([]);
    expect(read("Av dem avslutade 9 kurser under året.")).toEqual([]);
    expect(read("Av de 6 insatserna avslutade 2 under året.")).toEqual([]);
    expect(read("Av dem avslutade 17 under året sin praktik i kommunen.")).toEqual([]);
  });
});

describe("a count in commas after a fraction ('Nästan hälften, 104 personer, började under året')", () => {
  it("is counted by the verb after the second comma (must fire)", () => {
    expect(read("Nästan hälften, 77 personer, började under året.")).toEqual(["new/all=77"]);
    expect(read("Drygt en tredjedel, 31 deltagare, gick till arbete.")).toEqual(["work=31"]);
  });

  it("never a gender, the participants of one intervention, or a fraction of something else (must not fire)", () => {
    expect(read("Hälften, 52 personer, var kvinnor.")).toEqual([]);
    expect(read("Drygt hälften, 60 personer, deltog i Steget.")).toEqual([]);
    expect(read("Nästan hälften av budgeten, 104 personer, började under året.")).toEqual([]);
  });
});

/** A made-up federation's report for 2025: its title, then the given lines. */
const report = (lines: string[]) =>
  new DocumentText(
    "tallmyra/2025-annual-report",
    ["Samordningsförbundet Tallmyra", "Årsredovisning 2025", "", ...lines],
    2025,
  );
const counts = (facts: readonly unknown[]) =>
  (facts as AnyFact[])
    .filter((f) => f.table === "participant_count" || f.table === "participant_breakdown")
    .map((f) =>
      f.table === "participant_count"
        ? `${f.year}:${f.intervention ?? "federation"}:${f.measure}/${f.gender}=${f.value}`
        : `${f.year}:${f.intervention ?? "federation"}:${f.category}=${f.value}`,
    );

describe("'Då deltog N personer' after a sentence dated by an earlier year", () => {
  it("is that earlier year's count, so the year's own count stands (must fire)", () => {
    const got = counts(
      parseProseFigures(
        report([
          "Under året deltog 152 personer i förbundets insatser, varav 86",
          "kvinnor och 66 män.",
          "",
          "År 2024 hade förbundet lägre intäkter. Då deltog 139 personer i insatserna.",
        ]),
      ).facts,
    );
    expect(got).toContain("2025:federation:enrolled/all=152");
    expect(got).not.toContain("2025:federation:enrolled/all=139");
  });

  it("never dates a sentence where 'då' is 'as' before a subject, nor one after an undated sentence (must not fire)", () => {
    const asClause = counts(
      parseProseFigures(
        report(["År 2024 hade förbundet lägre intäkter. Då förbundet växte deltog 139 personer i insatserna."]),
      ).facts,
    );
    expect(asClause).not.toContain("2024:federation:enrolled/all=139");
    const undated = counts(
      parseProseFigures(report(["Förbundet hade lägre intäkter. Då deltog 139 personer i insatserna."])).facts,
    );
    expect(undated).not.toContain("2024:federation:enrolled/all=139");
  });
});

describe("a table captioned as the year at a glance ('Året i tabellform')", () => {
  const table = (caption: string, extra: string[] = []) =>
    counts(
      parseMultiYearTables(
        report([
          ...extra,
          caption,
          "",
          "Mått                    2025",
          "Deltagare                231",
          "Avslutade                 88",
          "",
          "Kontakt: förbundschefen.",
        ]),
      ).facts,
    );

  it("is the federation's year (must fire)", () => {
    expect(table("Året i tabellform")).toEqual(["2025:federation:enrolled/all=231", "2025:federation:exited/all=88"]);
    expect(table("2025 i sammandrag")).toContain("2025:federation:enrolled/all=231");
  });

  it("never another year's glance, nor a caption naming something else (must not fire)", () => {
    expect(table("2024 i sammandrag")).toEqual([]);
    expect(table("Steget i tabellform")).toEqual([]);
  });
});

describe("a done board task's money note ('Utfall: intäkter 6 420 tkr, kostnader 6 610 tkr.')", () => {
  const page = (task: string, note: string) => [
    "Samordningsförbundet Hällsjö – Årskalender 2026",
    "",
    "Under klara punkter skriver kansliet utfallet.",
    "",
    "KVARTAL 1",
    `  [x] ${task}`,
    `        ${note}`,
    "  [ ] 12/6  Halvårsuppföljning.",
  ];
  const money = (facts: AnyFact[]) =>
    facts.filter((f) => f.table === "finance").map((f) => `${f.year}:${f.basis}:${f.item}=${f.amount_sek}`);

  it("is the accounts of the year the board's task names (must fire)", () => {
    const lines = page(
      "18/3  Styrelsen fastställer årsredovisning 2025.",
      "Utfall: intäkter 5 940 tkr, kostnader 6 120 tkr.",
    );
    expect(outcomeNotes(lines, 2025)![6]).toBe(
      "        Under 2025 hade förbundet intäkter 5 940 tkr, kostnader 6 120 tkr.",
    );
    expect(money(extractReport(lines, "hallsjo", 2025))).toEqual(
      expect.arrayContaining(["2025:actual:revenue_operating=5940000", "2025:actual:cost_operating=6120000"]),
    );
  });

  it("never a target's money, an event's, another year's task, a member's grant, nor money under a statistics task (must not fire)", () => {
    const cases: [string, string][] = [
      ["18/3  Styrelsen fastställer årsredovisning 2025.", "Mål: intäkter 6 000 tkr."],
      ["18/3  Länskonferens om årsredovisning 2025.", "Utfall: intäkter 5 940 tkr, kostnader 6 120 tkr."],
      ["18/3  Styrelsen fastställer årsredovisning 2024.", "Utfall: intäkter 5 940 tkr, kostnader 6 120 tkr."],
      ["18/3  Styrelsen fastställer årsredovisning 2025.", "Utfall: kommunens bidrag 1 200 tkr."],
      ["18/3  Styrelsen tar del av deltagarstatistik 2025.", "Utfall: intäkter 5 940 tkr, kostnader 6 120 tkr."],
    ];
    for (const [task, note] of cases) {
      expect(outcomeNotes(page(task, note), 2025), `${task} / ${note}`).toBeUndefined();
      expect(money(extractReport(page(task, note), "hallsjo", 2025)), `${task} / ${note}`).not.toContain(
        "2025:actual:revenue_operating=5940000",
      );
    }
  });

  it("under a later title, reads only a sentence naming the report's year itself (must not fire otherwise)", () => {
    const lines = (sentence: string) => ["Samordningsförbundet Hällsjö – Nyhetsbrev 2026", "", sentence];
    expect(money(extractReport(lines("Under 2025 hade förbundet intäkter på 5 940 tkr."), "hallsjo", 2025))).toContain(
      "2025:actual:revenue_operating=5940000",
    );
    expect(money(extractReport(lines("Förbundet hade intäkter på 5 940 tkr."), "hallsjo", 2025))).not.toContain(
      "2025:actual:revenue_operating=5940000",
    );
  });
});

describe("'gick back med N kronor': the year's result as a loss in everyday words", () => {
  const results = (sentence: string) =>
    extractReport(["Samordningsförbundet Hällsjö", "Årsredovisning 2025", "", sentence], "hallsjo", 2025)
      .filter((f) => f.table === "finance" && f.item === "result")
      .map((f) => `${f.year}:${f.basis}=${f.amount_sek}`);

  it("is a deficit of the year (must fire)", () => {
    expect(
      results("Förbundet hade 6,1 miljoner kronor i intäkter och gick back med 95 000 kronor, vilket var planerat."),
    ).toEqual(["2025:actual=-95000"]);
  });

  it("never a plan's or the year before's loss, nor a present-tense forecast (must not fire)", () => {
    expect(results("Budgeten för 2026 räknar med att förbundet går back med 300 000 kronor.")).not.toContain(
      "2025:actual=-300000",
    );
    expect(results("Förra året gick förbundet back med 80 000 kronor.")).not.toContain("2025:actual=-80000");
  });
});

describe("members' fees in running text: 'varav regionens bidrag N', 'X kommun betalade N i medlemsavgift 2025, Y N'", () => {
  const fees = (s: string, members: string[] = []) =>
    (
      contributionSentences(
        new DocumentText(
          "hallsjo/2025-annual-report",
          ["Samordningsförbundet Hällsjö", "", s],
          2025,
          "plain_text",
          new Set(),
          { id: "hallsjo", name: "Samordningsförbundet Hällsjö", members },
        ),
        new Set(),
        memberOf,
      ) as AnyFact[]
    ).map((f) => `${f.year}:${f.basis}:${f.member}=${f.amount_sek}`);

  it("reads a member's fee as a part of the revenue, and the next place of a fee chain (must fire)", () => {
    expect(fees("Förbundets intäkter var 8 200 tkr, varav regionens bidrag 2 050 tkr.")).toEqual([
      "2025:actual:Regionen=2050000",
    ]);
    expect(
      fees("Hällsjö kommun betalade 910 000 kronor i medlemsavgift 2025, Björkå 455 000 kronor.", [
        "Hällsjö kommun",
        "Björkå kommun",
        "Björkå",
      ]),
    ).toEqual(["2025:actual:Hällsjö kommun=910000", "2025:actual:Björkå kommun=455000"]);
  });

  it("never a project's grant, another year's fee, or an amount after other words (must not fire)", () => {
    expect(fees("Kostnaderna var 8 000 tkr, varav regionens bidrag till projektet 300 tkr.")).toEqual([]);
    expect(fees("Intäkterna var 8 200 tkr, varav regionens bidrag för 2026 2 100 tkr.")).not.toContain(
      "2025:actual:Regionen=2100000",
    );
    expect(
      fees("Hällsjö kommun betalade 910 000 kronor i medlemsavgift 2024, Björkå 455 000 kronor.", [
        "Hällsjö kommun",
        "Björkå kommun",
        "Björkå",
      ]),
    ).not.toContain("2025:actual:Björkå kommun=455000");
  });
});

describe("a member's fee for a later year said as already decided ('Regionens bidrag för 2026 är beslutat till N')", () => {
  const fees = (s: string) =>
    (
      contributionSentences(
        new DocumentText("hallsjo/2025-annual-report", ["Samordningsförbundet Hällsjö", "", s], 2025),
        new Set(),
        memberOf,
      ) as AnyFact[]
    ).map((f) => `${f.year}:${f.basis}:${f.member}=${f.amount_sek}`);

  it("is that year's budget, what is paid so far set aside (must fire)", () => {
    expect(
      fees(
        "Regionens bidrag för 2026 är beslutat till 2 200 tkr, varav 1 400 tkr har betalats ut till och med augusti.",
      ),
    ).toEqual(["2026:budget:Regionen=2200000"]);
    expect(fees("Regionens medlemsbidrag för 2026 är fastställt till 2 200 tkr.")).toEqual([
      "2026:budget:Regionen=2200000",
    ]);
  });

  it("never the amount paid so far, the report year's fee as a budget, or a fee with another part after it (must not fire)", () => {
    const paid = fees(
      "Regionens bidrag för 2026 är beslutat till 2 200 tkr, varav 1 400 tkr har betalats ut till och med augusti.",
    );
    expect(paid.some((f) => f.endsWith("=1400000"))).toBe(false);
    expect(fees("Regionens bidrag för 2025 är beslutat till 2 200 tkr.")).not.toContain("2025:budget:Regionen=2200000");
    expect(
      fees("Regionens bidrag för 2026 är beslutat till 2 200 tkr, varav 500 tkr går till projektet Steget."),
    ).toEqual([]);
  });
});
