/**
 * Rules of stop 43's lead (made-up federations and figures).
 */
import { describe, expect, it } from "vitest";
import type { AnyFact } from "../helpers.ts";
import { documentFacts } from "../support/manifestEntry.ts";
import { countsOf, extractReport } from "../support/reportFacts.ts";

/** A page listing the year member by member under bold headings, each with the same run-in leads, then the whole. */
const perMember = (withWhole: boolean) => [
  "# Samordningsförbundet Ravik – deltagare per medlem 2024",
  "",
  "Insatserna tar emot deltagare från två kommuner. Här står året kommun för kommun.",
  "",
  "**Norrvik kommun**",
  "",
  "- Deltagare: 57",
  "- Varav kvinnor: 31",
  "- Varav män: 26",
  "",
  "**Sörvik kommun**",
  "",
  "- Deltagare: 38",
  "- Varav kvinnor: 20",
  "- Varav män: 18",
  ...(withWhole ? ["", "**Förbundet totalt**", "", "- Deltagare: 95", "- Varav kvinnor: 51", "- Varav män: 44"] : []),
];

describe("a run-in participants' lead repeated section by section", () => {
  it("is never the federation's by the lead alone (must not fire: a member's women stored as everyone's)", () => {
    for (const withWhole of [true, false]) {
      const counts = countsOf(extractReport(perMember(withWhole)));
      for (const wrong of ["31", "26", "20", "18", "57", "38"])
        expect(counts.filter((c) => c.startsWith("förbundet:") && c.endsWith(`=${wrong}`))).toEqual([]);
    }
  });
  it("still reads a lead that stands once in its document (must fire)", () => {
    const counts = countsOf(
      extractReport([
        "Samordningsförbundet Ravik",
        "Anteckningar från beredningsgruppen",
        "",
        "Deltagare 2024 enligt registret: 140 inskrivna (80 kvinnor, 60 män), 45 nya.",
        "",
        "Nästa möte hålls i april.",
      ]),
    );
    expect(counts).toEqual(expect.arrayContaining(["förbundet:enrolled/all=140", "förbundet:enrolled/woman=80"]));
  });
});

const minutes = (lines: string[]) =>
  documentFacts({ federation: "ravik", kind: "board_minutes", date: "2026-02-11" }, lines);
const people = (facts: AnyFact[]) =>
  facts.filter((f) => f.table === "attendance").map((f) => `${f.person}|${f.member ?? ""}|${f.role}`);
const notes = (attendance: string[]) => [
  "# Minnesanteckningar – beredningsgruppen",
  "**Samordningsförbundet Ravik**",
  "",
  "Möte nr 2 · onsdag 11 februari 2026 · 09.00–11.00 · kansliet",
  "",
  ...attendance,
  "",
  "### 1. Läget i insatserna",
  "Gruppen gick igenom läget. Informationen noterades.",
];

describe("an attendance list whose entries are cut where no entry ends", () => {
  it("stores no half name, no label and no list as a member (must not fire: garbage rows)", () => {
    const rows = people(
      minutes(
        notes([
          "**Deltog:** Karin Öst (Norrviks kommun), Per Alm (Region Ravmark), Siv Berg (Försäkringskassan),",
          "Tor Lund (Arbetsförmedlingen), Mia Dahl (förbundschef, sammankallande)",
          "**Förhinder:** Olof Sten (Sörviks kommun)",
        ]),
      ),
    );
    for (const r of rows) {
      expect(r).not.toMatch(/Förhinder|Olof Sten/);
      expect(r.split("|")[0]).not.toMatch(/[():]/);
      expect(r.split("|")[1]).not.toMatch(/\)\s*,/);
    }
  });
  it("still reads a deputy whose note the 'tjänstgör för' leaves cut (must fire)", () => {
    const rows = people(
      minutes([
        "Samordningsförbundet Ravik",
        "Protokoll fört vid styrelsens sammanträde 11 februari 2026, kl. 13.00–15.00",
        "",
        "Närvarande ledamöter",
        "  Eva Strand, Norrviks kommun, ordförande",
        "  Gunilla Ek, Ravmarks kommun, ersättare              (§§ 5–8, tjänstgör för Bo Ahl)",
        "",
        "§ 1 Val av justerare",
        "Styrelsen beslutar att utse Eva Strand att justera protokollet.",
      ]),
    );
    expect(rows.some((r) => r.startsWith("Gunilla Ek|") && r.endsWith("|deputy"))).toBe(true);
  });
});
