/**
 * Rules from stop 41's leftovers of sets 31/31b (shapes a reader almost knew), each with cases where it must
 * fire and where it must not. Documents are made up here.
 */
import { describe, expect, it } from "vitest";
import { outcomeNotes } from "../../loaders/extract/text/outcomeNotes.ts";
import { countsOf, exitsOf, extractReport } from "../support/reportFacts.ts";

describe("a done task's outcome note in a yearly cycle ('Resultat: 254 deltagare (…)')", () => {
  const page = (task: string, note: string[], title = "Samordningsförbundet Grånäs – Årets gång 2026") => [
    title,
    "",
    "Sidan visar styrelsens återkommande punkter. Under klara punkter står utfallet.",
    "",
    "FEBRUARI",
    `  ✔ ${task}`,
    ...note,
    "",
    "MARS",
    "  ☐ Styrelsemöte 20/3: budgetuppföljning.",
  ];
  const NOTE = [
    "      Resultat: 231 deltagare (120 kvinnor, 111 män), varav 104 nya.",
    "      98 avslutade: 21 till arbete, 12 till studier, 17 till aktivt",
    "      arbetssökande.",
  ];

  it("reads the note's counts as the federation's of the year the board's task names", () => {
    const facts = extractReport(page("Styrelsemöte 13/2: deltagarstatistik 2025.", NOTE), "granas", 2025);
    expect(countsOf(facts)).toEqual(
      expect.arrayContaining([
        "förbundet:enrolled/all=231",
        "förbundet:enrolled/woman=120",
        "förbundet:enrolled/man=111",
        "förbundet:new/all=104",
        "förbundet:exited/all=98",
      ]),
    );
    expect(exitsOf(facts)).toEqual(
      expect.arrayContaining(["förbundet:work=21", "förbundet:studies=12", "förbundet:job_seeker=17"]),
    );
    expect(facts.filter((f) => f.table === "participant_count").every((f) => f.year === 2025)).toBe(true);
  });

  it("says each counting sentence of the note as the readers' sentence, the other lines as written", () => {
    const lines = page("Styrelsemöte 13/2: deltagarstatistik 2025.", [...NOTE, "      Intäkter 6 100 tkr."]);
    const out = outcomeNotes(lines, 2025)!;
    expect(out[6]).toBe("      Under 2025 hade förbundet 231 deltagare (120 kvinnor, 111 män), varav 104 nya.");
    expect(out[7]).toBe(
      "      Under 2025 hade förbundet 98 avslutade: 21 till arbete, 12 till studier, 17 till aktivt",
    );
    expect(out[8]).toBe(lines[8]);
    expect(out[9]).toBe(lines[9]);
  });

  it("leaves an event's audience, a target, another year's task and a member's board (must not fire)", () => {
    const cases: [string, string[]][] = [
      ["Länskonferens 13/2 om statistik 2025.", ["      Resultat: 142 deltagare från nio förbund."]],
      ["Styrelsemöte 13/2: deltagarstatistik 2025.", ["      Mål: 250 deltagare, varav 120 nya."]],
      ["Styrelsemöte 13/2: deltagarstatistik 2024.", NOTE],
      ["Styrelsemöte 13/2: statistik 2025 jämfört med 2024.", NOTE],
      ["Kommunstyrelsen 13/2: årsredovisning 2025.", NOTE],
      ["Styrelsemöte 13/2: Samordningsförbundet Norrås statistik 2025.", NOTE],
      ["Styrelsemöte 13/2: delårsrapporten.", NOTE],
    ];
    for (const [task, note] of cases) {
      expect(outcomeNotes(page(task, note), 2025), task).toBeUndefined();
      const facts = extractReport(page(task, note), "granas", 2025);
      expect(countsOf(facts), task).not.toContain("förbundet:enrolled/all=231");
      expect(countsOf(facts), task).not.toContain("förbundet:enrolled/all=142");
      expect(countsOf(facts), task).not.toContain("förbundet:enrolled/all=250");
    }
    // A task still to come, a note set at the task's own margin, a page naming no federation.
    const toCome = page("Styrelsemöte 13/2: deltagarstatistik 2025.", NOTE).map((l) => l.replace("✔", "☐"));
    expect(outcomeNotes(toCome, 2025)).toBeUndefined();
    const flush = page(
      "Styrelsemöte 13/2: deltagarstatistik 2025.",
      NOTE.map((l) => l.trimStart()),
    );
    expect(outcomeNotes(flush, 2025)).toBeUndefined();
    const noFederation = page("Styrelsemöte 13/2: deltagarstatistik 2025.", NOTE, "Årets gång 2026");
    expect(outcomeNotes(noFederation, 2025)).toBeUndefined();
  });

  it("reads a sentence naming the report's year under a title dated by a later year only", () => {
    const lines = [
      "Samordningsförbundet Grånäs – Verksamhetskalender 2026",
      "",
      "Under 2025 hade förbundet 231 deltagare, varav 104 nya.",
    ];
    expect(countsOf(extractReport(lines, "granas", 2025))).toEqual(
      expect.arrayContaining(["förbundet:enrolled/all=231", "förbundet:new/all=104"]),
    );
  });

  it("keeps a heading inside the document, a plan's title and a sentence naming no year dated by them (must not fire)", () => {
    const inner = [
      "Samordningsförbundet Grånäs",
      "",
      "Tankar om 2026",
      "",
      "Under 2025 hade förbundet 231 deltagare, varav 104 nya.",
    ];
    expect(countsOf(extractReport(inner, "granas", 2025))).not.toContain("förbundet:enrolled/all=231");
    const plan = ["Samordningsförbundet Grånäs – Verksamhetsplan 2026", "", "Under 2025 hade förbundet 231 deltagare."];
    expect(countsOf(extractReport(plan, "granas", 2025))).not.toContain("förbundet:enrolled/all=231");
    const undated = ["Samordningsförbundet Grånäs – Verksamhetskalender 2026", "", "Förbundet hade 231 deltagare."];
    expect(countsOf(extractReport(undated, "granas", 2025))).not.toContain("förbundet:enrolled/all=231");
  });
});
