/**
 * Answers written under a speaker's label: a reply's inline answers inside the message it quotes
 * ("mina svar med AB:"), and an interview whose answers stand under the federation officer's first name.
 * Made-up federations, own words. Each rule has a case where it must fire and cases where it must not.
 */
import { describe, expect, it } from "vitest";
import { withoutOlderMail } from "../../loaders/extract/text/olderMail.ts";
import { parseAnnualReport } from "../../loaders/extract/templates/kalmar/parseAnnualReport.ts";
import { docOf, type AnyFact } from "../helpers.ts";

const read = (lines: string[], year = 2025) => parseAnnualReport(docOf(lines, year)).facts as AnyFact[];
const counts = (facts: AnyFact[]) =>
  facts
    .filter((f) => f.table === "participant_count" && f.intervention === null)
    .map((f) => `${f.year} ${f.measure}/${f.gender}=${f.value}`);

const thread = (cue: string) => [
  "Från: Linnea Fors <chef@example.org>",
  "Till: Bo Ahl",
  "Datum: 2026-04-02 10:12",
  "Ämne: SV: Några frågor om året",
  "",
  "Hej Bo,",
  cue,
  "",
  "Linnea Fors, förbundschef, Samordningsförbundet Vindeå",
  "",
  "-----Ursprungligt meddelande-----",
  "Från: Bo Ahl",
  "Skickat: den 30 mars 2026 08:10",
  "Ämne: Några frågor om året",
  "",
  "> Hur många var inskrivna? Utkastet säger 250.",
  "LF: Rätt siffra är 264 personer under 2025 (140 kvinnor, 124 män),",
  "    av dem var 98 nya.",
  "> Och budgeten för 2026 är 300 deltagare",
  "BA: Jag noterar 310 från förra mötet.",
];

describe("a reply's inline answers in the message it quotes", () => {
  it("keeps the lines under the label the reply declares, and their indented run (must fire)", () => {
    const out = withoutOlderMail(thread("Jag svarar under dina frågor nedan, mina svar med LF:"));
    expect(out[16]).toContain("264 personer");
    expect(out[17]).toContain("98 nya");
  });
  it("keeps no quoted question, no other person's label, and nothing without the declared label (must not fire)", () => {
    const out = withoutOlderMail(thread("Jag svarar under dina frågor nedan, mina svar med LF:"));
    expect(out[15]).toBe("");
    expect(out[18]).toBe("");
    expect(out[19]).toBe("");
    // The cue without a label, and a label without the cue, keep nothing of the older message.
    for (const cue of ["Jag svarar under dina frågor nedan.", "Tack för frågorna, se bifogat (LF:)."]) {
      const blank = withoutOlderMail(thread(cue));
      expect(blank.slice(10).every((l) => l === "")).toBe(true);
    }
  });
});

const interview = (intro: string) => [
  "Samordningsförbundet Vindeå",
  "",
  intro,
  "",
  "Hur många fick stöd under året?",
  "Sigrid: 231 personer var med i någon insats under 2025, 120 kvinnor och 111 män.",
  "",
  "Och resten?",
  "Sigrid: Av dem var 87 nya. Resten fortsatte från året innan.",
];

describe("an interview answered under the officer's first name", () => {
  it("reads the answers of the federation's officer named in the introduction (must fire)", () => {
    const facts = read(interview("Tre frågor till Sigrid Moll, förbundets ekonom, om året som gick."));
    expect(counts(facts)).toEqual(
      expect.arrayContaining(["2025 enrolled/all=231", "2025 enrolled/woman=120", "2025 enrolled/man=111"]),
    );
  });
  it("leaves the answers of someone else under the same label unplaced (must not fire)", () => {
    for (const intro of [
      "Tre frågor till Sigrid Moll, deltagare i Brostegen, om året som gick.",
      "Tre frågor till Sigrid Moll om året som gick. Förbundets ekonom Per Ek var också med.",
    ])
      expect(counts(read(interview(intro)))).not.toContain("2025 enrolled/all=231");
  });
});

const notes = (heading: string) => [
  "Anteckningar från arbetsgruppen, Samordningsförbundet Vindeå",
  "Datum: 2026-02-20",
  "",
  "1. Föregående anteckningar lades till handlingarna.",
  "",
  heading,
  "Sammanlagt 212 personer, varav 118 kvinnor och 94 män. 77 nya under året.",
  "",
  "3. Övrigt",
  "Inget att ta upp.",
];

describe("a participants' heading with a note on where its figures come from", () => {
  it("reads the heading as the participants' topic, the note aside (must fire)", () => {
    for (const heading of [
      "2. Deltagare 2025 (uttag ur registret 2026-02-10)",
      "2. Deltagare 2025 (källa: SUS, 2026-02-10)",
      "2. Deltagare 2025 (ur SUS)",
    ])
      expect(counts(read(notes(heading)))).toEqual(
        expect.arrayContaining(["2025 enrolled/all=212", "2025 enrolled/woman=118", "2025 enrolled/man=94"]),
      );
  });
  it("leaves a note naming an intervention or some other part as it was (must not fire)", () => {
    for (const heading of ["2. Deltagare 2025 (Brostegen, 2026-02-10)", "2. Deltagare 2025 (i Brostegen)"])
      expect(counts(read(notes(heading)))).not.toContain("2025 enrolled/all=212");
  });
});

const leadNotes = (line: string) => [
  "Anteckningar från arbetsgruppen",
  "Datum: 2026-02-20",
  "",
  "1. Läget i ekonomin och verksamheten",
  "Kansliet redogjorde för läget.",
  "",
  line,
  "",
  "Gruppen tackade för informationen.",
];

describe("a sentence opening on a run-in participants' lead", () => {
  it("reads it as the federation's where no section says whose (must fire)", () => {
    for (const line of [
      "Deltagare 2025 enligt registret: 140 inskrivna (80 kvinnor, 60 män), 45 nya.",
      "Deltagare under 2025: 140 inskrivna (80 kvinnor, 60 män), 45 nya.",
    ])
      expect(counts(read(leadNotes(line)))).toEqual(
        expect.arrayContaining(["2025 enrolled/all=140", "2025 enrolled/woman=80", "2025 enrolled/man=60"]),
      );
  });
  it("leaves a lead naming an intervention, a place or the time since the start unplaced (must not fire)", () => {
    for (const line of [
      "Deltagare i Brostegen 2025: 140 inskrivna (80 kvinnor, 60 män), 45 nya.",
      "Deltagare 2025: i Brostegen 140 inskrivna (80 kvinnor, 60 män), 45 nya.",
      "Deltagare sedan starten: 140 inskrivna (80 kvinnor, 60 män).",
      "Budget 2025: 140 inskrivna (80 kvinnor, 60 män), 45 nya.",
    ])
      expect(counts(read(leadNotes(line)))).not.toContain("2025 enrolled/all=140");
    // Notes that name another federation may be telling its figures.
    const visiting = leadNotes("Deltagare 2025: 140 inskrivna (80 kvinnor, 60 män), 45 nya.");
    visiting.splice(4, 1, "Gästen från Samordningsförbundet Östvik redogjorde för deras läge.");
    expect(counts(read(visiting))).not.toContain("2025 enrolled/all=140");
  });
});
