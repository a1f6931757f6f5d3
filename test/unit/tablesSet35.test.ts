/**
 * Stop 35's table rules, each with a shape it reads and the nearest one it must leave alone: cells
 * with a bracket after their figure, text bar charts, a year series set apart by semicolons, an exit
 * table titled by where the exited went.
 */
import { describe, expect, it } from "vitest";
import { blankBracketedCells } from "../../loaders/extract/text/bracketedCells.ts";
import { blankBarGlyphs } from "../../loaders/extract/text/barGlyphs.ts";
import { parseChartLabels } from "../../loaders/extract/general/chartLabels.ts";
import { parseParticipantTables } from "../../loaders/extract/general/parseParticipantTables.ts";
import { extractFromLines } from "../../loaders/extract/extractDocument.ts";
import type { ManifestEntry } from "../../loaders/schema/manifest.ts";
import { docOf, type AnyFact } from "../helpers.ts";

const entry: ManifestEntry = {
  federation_id: "tallmo",
  kind: "annual_report",
  date: "2025-03-10",
  period_year: 2024,
  title: "Årsredovisning 2024",
  file: "tallmo/arsredovisning-2024.txt",
  sha256: "0".repeat(64),
};
const federationFacts = (lines: string[]) =>
  (extractFromLines(entry, lines, entry.sha256).facts as AnyFact[]).filter(
    (f) => (f.table === "participant_count" || f.table === "participant_breakdown") && f.intervention === null,
  );
const brief = (facts: AnyFact[]) =>
  facts
    .map((f) => `${f.year}:${f.table === "participant_count" ? `${f.measure}/${f.gender}` : f.category}=${f.value}`)
    .sort();

describe("a table cell's bracket after its figure", () => {
  it("blanks a count's share in brackets, keeping every cell in its column", () => {
    const lines = ["Avslutade             Kvinnor       Män", "Arbete                6 (20 %)      5 (19 %)"];
    const out = blankBracketedCells(lines)!;
    expect(out[1]!.trimEnd()).toBe("Arbete                6             5");
    expect(out[1]!.length).toBe(lines[1]!.length);
  });

  it("blanks last year's figure only below a line saying the brackets hold it", () => {
    const row = "Nya under året        22 (19)       18 (20)";
    expect(blankBracketedCells(["Uppgifter för 2023 inom parentes.", "", row])![2]).toBe(
      "Nya under året        22            18     ",
    );
    // With no such line, "22 (19)" may be a total and its women: left as written.
    expect(blankBracketedCells(["Deltagare per insats", row])).toBeUndefined();
    // Nor above the line that declares it.
    expect(blankBracketedCells([row, "Uppgifter för 2023 inom parentes."])).toBeUndefined();
  });

  it("never touches a negative amount in brackets, a rate with its fraction or a row mixing forms", () => {
    const lines = [
      "Jämförelsetal för 2023 inom parentes.",
      "Årets resultat                 -412 000      (1 204)",
      "Till arbete                    38 % (49 av 129)",
      "Avslutade                      31 (27)       40",
    ];
    expect(blankBracketedCells(lines)).toBeUndefined();
  });

  it("reads a participant table with last year's figures in brackets as the year's only", () => {
    const facts = federationFacts([
      "Samordningsförbundet Tallmo",
      "Årsredovisning 2024",
      "",
      "Deltagare",
      "Jämförelsetal för 2023 inom parentes.",
      "",
      "                        Kvinnor      Män        Totalt",
      "Deltagare under året    40 (35)      31 (33)    71 (68)",
      "Avslutade under året    17 (15)      12 (16)    29 (31)",
    ]);
    expect(brief(facts.filter((f) => f.table === "participant_count" && f.year === 2024))).toEqual([
      "2024:enrolled/all=71",
      "2024:enrolled/man=31",
      "2024:enrolled/woman=40",
      "2024:exited/all=29",
      "2024:exited/man=12",
      "2024:exited/woman=17",
    ]);
    expect(facts.some((f) => f.year === 2024 && [35, 33, 68, 15, 16].includes(f.value as number))).toBe(false);
  });

  it("still leaves a table whose caption names another year unread", () => {
    const facts = federationFacts([
      "Samordningsförbundet Tallmo",
      "Årsredovisning 2024",
      "",
      "Deltagare",
      "Deltagare per kön 2023",
      "",
      "                        Kvinnor      Män        Totalt",
      "Deltagare under året    35           33         68",
    ]);
    expect(facts.filter((f) => f.table === "participant_count" && f.year === 2024)).toEqual([]);
  });
});

describe("a bar chart drawn with block characters", () => {
  it("blanks the bar between a label and its value", () => {
    const out = blankBarGlyphs(["Studier        ▇▇▇▇▇ 5", "Annat          ██ 2 st"])!;
    expect(out).toEqual(["Studier              5", "Annat             2 st"]);
  });

  it("leaves a heading's bar, a legend and a scale as written", () => {
    expect(blankBarGlyphs(["▌2024", "█ Kvinnor   █ Män", "Antal 10 ████████"])).toBeUndefined();
  });

  it("reads the bars' values as the exits' destinations where they add up to the exits", () => {
    const facts = federationFacts([
      "Samordningsförbundet Tallmo",
      "Årsredovisning 2024",
      "",
      "Deltagare 2024",
      "Under 2024 avslutade 20 deltagare sin insats.",
      "",
      "Diagram 4. Vart gick de avslutade deltagarna 2024?",
      "Arbete                  ███████ 7",
      "Studier                 ███ 3",
      "Fortsatt rehabilitering ██████████ 10",
    ]);
    expect(brief(facts.filter((f) => f.table === "participant_breakdown"))).toEqual([
      "2024:continued_rehab=10",
      "2024:studies=3",
      "2024:work=7",
    ]);
  });
});

describe("a chart's year series set apart by semicolons", () => {
  const read = (lines: string[]) =>
    (parseChartLabels(docOf(lines, 2024), []).facts as AnyFact[]).map((f) => `${f.year}:${f.measure}=${f.value}`);

  it("reads 'year – count st' points as each year's count", () => {
    expect(read(["Rapport", "", "Diagram 1. Antal deltagare per år", "2023 – 96 st; 2024 – 104 st"])).toEqual([
      "2023:enrolled=96",
      "2024:enrolled=104",
    ]);
  });

  it("never reads a sentence's clauses, nor a target's points", () => {
    expect(read(["Rapport", "", "Diagram 1. Antal deltagare", "Antalet ökade till 104; året innan 96"])).toEqual([]);
    expect(read(["Rapport", "", "Diagram 2. Mål för antal deltagare", "2025 – 110 st; 2026 – 115 st"])).toEqual([]);
  });
});

describe("an exit table titled by where the exited went", () => {
  const table = (heading: string) => [
    "Samordningsförbundet Tallmo",
    "Årsredovisning 2024",
    "",
    heading,
    "",
    "Gick vidare till             Kvinnor     Män     Alla",
    "Arbete                             4       5        9",
    "Studier                            3       1        4",
    "Annat                              6       4       10",
    "Samtliga avslutade                13      10       23",
  ];

  it("reads it under a heading about the exits in general as the federation's", () => {
    const out = parseParticipantTables(docOf(table("Avslut under året")));
    const exits = (out.facts as AnyFact[]).filter(
      (f) => f.table === "participant_breakdown" && f.intervention === null,
    );
    expect(brief(exits)).toEqual(["2024:other_exit=10", "2024:studies=4", "2024:work=9"]);
  });

  it("never as the federation's under a heading naming an intervention", () => {
    const out = parseParticipantTables(docOf(table("Avslut i Bryggan")));
    const exits = (out.facts as AnyFact[]).filter(
      (f) => f.table === "participant_breakdown" && f.intervention === null,
    );
    expect(exits).toEqual([]);
  });
});

describe("a several-year table drawn with pipes", () => {
  const slides = (rows: string[]) => [
    "# Ägarsamråd 2025 – Samordningsförbundet Tallmo",
    "",
    "## Förbundets år i siffror",
    "",
    "| Nyckeltal | 2024 | 2023 |",
    "|---|---|---|",
    ...rows,
  ];

  it("reads its year columns as it reads a table laid out with gaps", () => {
    const facts = federationFacts(slides(["| Deltagare | 131 | 117 |", "| Avslutade | 52 | 47 |"]));
    expect(brief(facts)).toEqual([
      "2023:enrolled/all=117",
      "2023:exited/all=47",
      "2024:enrolled/all=131",
      "2024:exited/all=52",
    ]);
  });

  it("gives the gap view the document's own lines where it has no pipe table", async () => {
    const { gridDocument } = await import("../../loaders/extract/general/layoutGrid.ts");
    const doc = docOf(["Deltagare   131   117", "|---|---|"]);
    expect(gridDocument(doc)).toBe(doc);
  });

  it("never reads a later year's column as an outcome", () => {
    const lines = slides(["| Deltagare | 131 | 117 |"]).map((l) => l.replace("| 2024 | 2023 |", "| 2026 | 2024 |"));
    expect(federationFacts(lines).some((f) => f.value === 131)).toBe(false);
  });
});

describe("a report tool's chart exported as a table under its caption", () => {
  const panel = (caption: string) => [
    "Resultatpanel – Samordningsförbundet Tallmo",
    "Sida 2 av 4 · Översikt",
    "",
    caption,
    "Avslutsorsak\tAntal avslutade\t% av totalt",
    "Arbete\t12\t30,0 %",
    "Studier\t8\t20,0 %",
    "Annat\t20\t50,0 %",
    "Totalt\t40\t100,0 %",
  ];
  const exits = (lines: string[]) =>
    (parseParticipantTables(docOf(lines, 2025)).facts as AnyFact[]).filter(
      (f) => f.table === "participant_breakdown" && f.intervention === null,
    );

  it("reads it as the federation's where the caption, its chart words aside, speaks of the exited only", () => {
    expect(exits(panel("Visual: Avslutade per avslutsorsak (liggande stapel) – Visa som tabell")).length).toBe(3);
  });

  it("never where the caption names an intervention", () => {
    expect(exits(panel("Visual: Avslutade i Bryggan per avslutsorsak (stapel) – Visa som tabell"))).toEqual([]);
  });
});
