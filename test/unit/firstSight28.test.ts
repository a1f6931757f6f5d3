/**
 * Rules from held-out set 28's first sight (stop 38), each with cases where it must fire and where it
 * must not. Documents are made up here.
 */
import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { parseMinutes } from "../../loaders/extract/minutes/parseMinutes.ts";
import { readColumns } from "../../loaders/extract/general/parseParticipantTables.ts";
import { readSentence } from "../../loaders/extract/general/figureGrammar.ts";
import type { AnyFact } from "../helpers.ts";
import { extractReport } from "../support/reportFacts.ts";

const counts = (lines: string[]) =>
  extractReport(lines, "vidmora", 2025)
    .filter((f) => f.table === "participant_count")
    .map((f) => `${f.intervention ?? "förbundet"}:${f.measure}/${f.gender}=${f.value}`);

const GENDER_TABLE = (caption: string, title = "Insats", header = "") => [
  "Samordningsförbundet Vidmora",
  "Verksamhetsberättelse 2025",
  "",
  "Deltagare",
  "",
  caption,
  "",
  `  ${title.padEnd(25)}Kvinnor    Män    Totalt${header}`,
  "  Stegvis                         24     15        39",
  "  Unga på väg                     10     14        24",
  "  Totalt                          34     29        63",
  "",
];

describe("a caption naming the measure over gender columns", () => {
  it("counts new participants under 'Tabell 2. Nya deltagare 2025 per insats'", () => {
    const read = counts(GENDER_TABLE("Tabell 2. Nya deltagare 2025 per insats och kön"));
    expect(read).toContain("förbundet:new/all=63");
    expect(read).toContain("Stegvis:new/woman=24");
    expect(read.some((x) => x.includes(":enrolled/"))).toBe(false);
  });
  it("counts exits under 'Avslutade deltagare 2025 per insats'", () => {
    expect(counts(GENDER_TABLE("Avslutade deltagare 2025 per insats"))).toContain("förbundet:exited/all=63");
  });
  it("keeps the year's participants under a caption naming none (must not fire)", () => {
    expect(counts(GENDER_TABLE("Tabell 1. Deltagare 2025 per insats och kön"))).toContain("förbundet:enrolled/all=63");
  });
  it("leaves a header naming its own measure as it is (must not fire)", () => {
    const read = counts(
      GENDER_TABLE("Tabell 2. Nya deltagare 2025", "Insats", "").map((l) =>
        l.replace("Kvinnor    Män    Totalt", "Inskrivna K   M   Totalt"),
      ),
    );
    expect(read.some((x) => x.includes(":new/"))).toBe(false);
  });
});

describe("rows titled as referrers are groups, not interventions", () => {
  const lines = GENDER_TABLE("Tabell 3. Nya deltagare 2025 efter remittent och kön", "Remittent").map((l) =>
    l.replace("Stegvis        ", "Försäkringskassan").replace("Unga på väg    ", "Socialtjänsten "),
  );
  it("stores no referrer as an intervention", () => {
    const read = counts(lines);
    expect(read.filter((x) => !x.startsWith("förbundet:"))).toEqual([]);
    expect(read).toContain("förbundet:new/all=63");
  });
  it("still reads a table whose label column is titled 'Insats' (must not fire)", () => {
    expect(counts(GENDER_TABLE("Tabell 1. Deltagare 2025"))).toContain("Stegvis:enrolled/all=39");
  });
});

describe("a gender's share column after the counts", () => {
  it("reads 'Andel kvinnor' as the women's share, so the table is read", () => {
    expect(readColumns(["Kvinnor    Män    Totalt    Andel kvinnor"])?.at(-1)).toEqual({
      measure: "enrolled",
      gender: "woman",
      share: true,
    });
  });
  it("reads no share of a gender whose count column is missing (must not fire)", () => {
    expect(readColumns(["Totalt    Andel kvinnor"])?.some((c) => c.share && c.gender === "woman") ?? false).toBe(false);
  });
});

describe("the rest of a group is no whole", () => {
  const figures = (s: string) =>
    readSentence(s, { year: 2025 }).figures.map(
      (f) => `${f.kind}:${"measure" in f ? f.measure : "category" in f ? f.category : f.indicator}=${f.token.value}`,
    );
  it("reads 'Övriga 12 avslutades av annat skäl' as other exits, not as the year's exits", () => {
    expect(figures("Övriga 12 avslutades av annat skäl, till exempel flytt.")).toEqual(["exit_outcome:other_exit=12"]);
  });
  it("stores no count after 'övriga' or 'resterande'", () => {
    expect(figures("Övriga 12 avslutades under året.")).toEqual([]);
    expect(figures("De resterande 40 deltog i förbundets insatser.")).toEqual([]);
  });
  it("still reads the whole: '54 avslutade sin insats' (must not fire)", () => {
    expect(figures("Under året avslutade 54 personer sin insats.")).toEqual(["count:exited=54"]);
  });
});

const minutesDoc = (lines: string[]) => new DocumentText("vidmora/2026-03-05-committee-minutes", lines, 2026);
const MINUTES = (item: string[]) => [
  "Samordningsförbundet Vidmora",
  "PROTOKOLL FRÅN ARBETSUTSKOTTET",
  "",
  "Arbetsutskottet sammanträdde den 5 mars 2026.",
  "",
  ...item,
  "",
];
const decisions = (item: string[]) =>
  (
    parseMinutes(minutesDoc(MINUTES(item)), { date: "2026-03-05", kind: "committee_minutes" }).facts as AnyFact[]
  ).filter((f) => f.table === "decision" || f.table === "allocation");

describe("a working committee adopting a proposal to the board", () => {
  it("records 'att föreslå styrelsen att godkänna …' adopted 'enligt förslaget' as proposed", () => {
    const read = decisions([
      "§ 5  Förslag till årsredovisning 2025",
      "Förbundschefen presenterar förslaget.",
      "Förslag till beslut",
      "  att föreslå styrelsen att godkänna årsredovisningen för 2025.",
      "Beslut: Arbetsutskottet beslutar enligt förslaget.",
    ]);
    expect(read.filter((f) => f.table === "decision").map((f) => f.outcome)).toEqual(["proposed"]);
  });
  it("records a proposal with a clause of its own ('samt att lägga …') as before (must not fire)", () => {
    const read = decisions([
      "§ 6  Rapport",
      "Förslag till beslut",
      "  att lägga rapporten till handlingarna, samt att föreslå styrelsen att sprida den.",
      "Beslut: Arbetsutskottet beslutar enligt förslaget.",
    ]);
    expect(read.filter((f) => f.table === "decision").map((f) => f.outcome)).not.toEqual(["proposed"]);
  });
});

describe("a decision amending only the proposal's amount", () => {
  it("keeps the proposal's period", () => {
    const read = decisions([
      "§ 7  Ansökan från Ekby kommun – Steget",
      "Förslag till beslut",
      "  att bevilja Ekby kommun 480 000 kr för insatsen Steget under perioden",
      "  2026-06-01–2026-12-31.",
      "Beslut: Arbetsutskottet beslutar enligt förslaget med ändringen att beloppet blir",
      "420 000 kr.",
    ]);
    const grant = read.find((f) => f.table === "allocation");
    expect(grant?.amount_sek).toBe(420000);
    expect([grant?.period_start, grant?.period_end]).toEqual(["2026-06-01", "2026-12-31"]);
  });
  it("takes the decision's own period where it names one (must not fire)", () => {
    const read = decisions([
      "§ 8  Ansökan från Ekby kommun – Steget",
      "Förslag till beslut",
      "  att bevilja Ekby kommun 480 000 kr för insatsen Steget under perioden",
      "  2026-06-01–2026-12-31.",
      "Beslut: Arbetsutskottet beslutar att bevilja Ekby kommun 420 000 kr för perioden 2026-09-01–2026-12-31.",
    ]);
    expect(read.find((f) => f.table === "allocation")?.period_start).toBe("2026-09-01");
  });
});

describe("another body as the subject of a count", () => {
  const figures = (s: string) =>
    readSentence(s, { year: 2025 }).figures.map((f) => `${f.kind}:${"measure" in f ? f.measure : ""}=${f.token.value}`);
  it("stores no count of an association, a municipality or an agency as the federation's", () => {
    expect(figures("Under pilotåret 2025 tog föreningen emot 27 deltagare från förbundets insatser.")).toEqual([]);
    expect(figures("Kommunen hade 31 deltagare i sin arbetsmarknadsenhet under 2025.")).toEqual([]);
    expect(figures("Under 2025 tog Arbetsförmedlingen emot 33 deltagare.")).toEqual([]);
  });
  it("still reads the federation's count beside a body named after a preposition (must not fire)", () => {
    expect(figures("I samverkan med kommunen deltog 41 personer i förbundets insatser.")).toEqual([
      "count:enrolled=41",
    ]);
    expect(figures("Tillsammans med regionen tog förbundet emot 45 deltagare.")).toEqual(["count:enrolled=45"]);
  });
});

describe("a statement header whose label column has a title of its own", () => {
  const finance = (header: string) =>
    extractReport(
      [
        "Samordningsförbundet Vidmora",
        "Årsredovisning 2025",
        "",
        "Ekonomi",
        "",
        header,
        "  Intäkter                             10 480 000       10 480 000",
        "  Kostnader                            10 702 000       11 100 000",
        "  Årets resultat                         -222 000         -620 000",
        "",
      ],
      "vidmora",
      2025,
    )
      .filter((f) => f.table === "finance")
      .map((f) => `${f.basis}:${f.item}=${f.amount_sek}`);
  it("reads 'Ekonomi (kronor)  Utfall 2025  Budget 2025' with the title over the labels", () => {
    const read = finance("  Ekonomi (kronor)                    Utfall 2025      Budget 2025");
    expect(read).toContain("actual:result=-222000");
    expect(read).toContain("budget:result=-620000");
  });
  it("never reads a column under an unknown word ('Tot') as the year's actual (must not fire)", () => {
    const read = finance("  Tot                                 Utfall 2025      Budget 2025");
    expect(read.filter((x) => x.startsWith("actual:result=") && x !== "actual:result=-222000")).toEqual([]);
  });
});

describe("the federation as the subject in its own section of another body's report", () => {
  const counts = (sentence: string) =>
    extractReport(
      [
        "Vidmora kommun",
        "Uppföljning 2025",
        "",
        "3. Samordningsförbundet Vidmora",
        "Kommunen är medlem i förbundet tillsammans med Region Ekmark.",
        "",
        sentence,
        "",
      ],
      "vidmora",
      2025,
    )
      .filter((f) => f.table === "participant_count")
      .map((f) => `${f.intervention ?? "förbundet"}:${f.measure}/${f.gender}=${f.value}`);
  it("reads 'Förbundet hade totalt 317 deltagare …, och av dem bodde 103 i Ekby' as the federation's", () => {
    expect(counts("Förbundet hade totalt 317 deltagare 2025, och av dem bodde 103 i Ekby.")).toContain(
      "förbundet:enrolled/all=317",
    );
  });
  it("stores nothing where the sentence is about one named intervention (must not fire)", () => {
    expect(counts("Steget hade 40 deltagare 2025 och Ekby kommun stod för lokalerna.")).not.toContain(
      "förbundet:enrolled/all=40",
    );
  });
});

describe("destinations set in under the exits with no 'varav'", () => {
  const exits = (first: string, second: string) =>
    extractReport(
      [
        "Samordningsförbundet Vidmora",
        "Årsredovisning 2025",
        "",
        "Fakta om förbundet (ur årsredovisningen 2025)",
        "  Deltagare i insatserna 2025          158 (kvinnor 90, män 68)",
        "  Avslutade 2025                       61",
        first,
        second,
        "  Intäkter 2025                        7 200 000 kr",
        "",
      ],
      "vidmora",
      2025,
    )
      .filter((f) => f.table === "participant_breakdown")
      .map((f) => `${f.category}=${f.value}`);
  it("reads '    – till arbete   14' set in under 'Avslutade 2025   61' as a part of the exits", () => {
    expect(exits("    – till arbete                      14", "    – till studier                     9")).toEqual([
      "work=14",
      "studies=9",
    ]);
  });
  it("reads nothing where the lines stand level with the exits' line (must not fire)", () => {
    expect(exits("  Till arbete                          14", "  Till studier                         9")).toEqual([]);
  });
  it("reads nothing where the parts add up to more than the exits (must not fire)", () => {
    expect(exits("    – till arbete                      44", "    – till studier                     29")).toEqual([]);
  });
});

describe("a member's table of fees to the bodies it belongs to", () => {
  const fees = (row: string, caption = "Tabell 6.1 Avgifter till organisationer (kronor)") =>
    extractReport(
      [
        "EKBY KOMMUN",
        "Kommunstyrelsens verksamhetsberättelse 2025",
        "",
        caption,
        "",
        "  Organisation                               Avgift 2025    Avgift 2024   Förändring",
        "  Sveriges Kommuner och Regioner               1 214 600      1 176 300      +38 300",
        row,
        "  Summa                                        1 628 600      1 574 300      +54 300",
        "",
      ],
      "vidmora",
      2025,
    )
      .filter((f) => f.table === "member_contribution")
      .map((f) => `${f.member}@${f.year}=${f.amount_sek}`);
  it("reads the row naming the document's own federation as the member's fee of each year", () => {
    expect(fees("  Samordningsförbundet Vidmora                   414 000        398 000      +16 000")).toEqual([
      "Ekby kommun@2025=414000",
      "Ekby kommun@2024=398000",
    ]);
  });
  it("reads no other federation's row (must not fire)", () => {
    expect(fees("  Samordningsförbundet Norrmyra                  414 000        398 000      +16 000")).toEqual([]);
  });
  it("reads no 'Bidrag 2025' column or a caption of money received as fees (must not fire)", () => {
    const row = "  Samordningsförbundet Vidmora                   414 000        398 000      +16 000";
    expect(fees(row, "Tabell 7 Avgifter från organisationer till kommunen (kronor)")).toEqual([]);
  });
  it("reads nothing where no unit is stated (must not fire)", () => {
    expect(
      fees(
        "  Samordningsförbundet Vidmora                   414 000        398 000      +16 000",
        "Tabell 6.1 Avgifter",
      ),
    ).toEqual([]);
  });
});

describe("members' money as 'varav' lines under the revenue's line", () => {
  const fees = (lead: string, last = "840 000") =>
    extractReport(
      [
        "Samordningsförbundet Vidmora",
        "Verksamhetsberättelse 2025",
        "",
        "Ekonomi",
        "",
        `  ${lead} .......................... 8 400 000 kr`,
        "    varav statens medel (FK och AF gemensamt) ... 4 200 000 kr",
        "    varav Region Ekmark ......................... 2 100 000 kr",
        "    varav Ekby kommun ........................... 1 260 000 kr",
        `    varav Åsby kommun ............................. ${last} kr`,
        "",
      ],
      "vidmora",
      2025,
    )
      .filter((f) => f.table === "member_contribution")
      .map((f) => `${f.member}@${f.year}:${f.basis}=${f.amount_sek}`);
  it("reads the parts as the members' fees of the year where they add up to the revenue", () => {
    expect(fees("Förbundets intäkter 2025")).toEqual([
      "Staten@2025:actual=4200000",
      "Region Ekmark@2025:actual=2100000",
      "Ekby kommun@2025:actual=1260000",
      "Åsby kommun@2025:actual=840000",
    ]);
  });
  it("reads nothing where the parts do not add up to the line above (must not fire)", () => {
    expect(fees("Förbundets intäkter 2025", "940 000")).toEqual([]);
  });
  it("reads no list under another year's revenue as the report year's (must not fire)", () => {
    expect(fees("Förbundets intäkter 2024").filter((x) => x.includes("@2025"))).toEqual([]);
  });
});

describe("decisions numbered within an item", () => {
  const read = (lines: string[]) =>
    (
      parseMinutes(
        new DocumentText(
          "vidmora/2026-03-12-board-minutes",
          [
            "Samordningsförbundet Vidmora",
            "PROTOKOLL FRÅN STYRELSENS SAMMANTRÄDE",
            "",
            "Styrelsen sammanträdde den 12 mars 2026.",
            "",
            ...lines,
            "",
          ],
          2026,
        ),
        { date: "2026-03-12", kind: "board_minutes" },
      ).facts as AnyFact[]
    )
      .filter((f) => f.table === "decision")
      .map((f) => `${f.item_ref}:${f.outcome}:${f.amount_sek ?? "-"}:${(f.reservations ?? []).join("+")}`);
  it("reads 'Beslut 1.' and 'Beslut 2.' as two decisions, each with its own outcome and amount", () => {
    expect(
      read([
        "§ 14  Ansökningar om medel för 2026",
        "Två ansökningar har kommit in.",
        "Beslut 1.  Insatsen Nästa steg beviljas 560 000 kr för perioden 2026-05-01–2027-04-30.",
        "Beslut 2.  Ansökan om medel för Hälsolotsen avslås.",
        "Reservation: Per Nyman (M) reserverar sig mot beslut 2 till förmån för eget yrkande.",
      ]),
    ).toEqual(["§14:1:approved:560000:", "§14:2:rejected:-:Per Nyman"]);
  });
  it("leaves an item with one unnumbered decision as before (must not fire)", () => {
    expect(read(["§ 15  Rapport", "Beslut: Rapporten läggs till handlingarna."])).toEqual(["§15:noted:-:"]);
  });
});

describe("a destination set before its number", () => {
  const figures = (s: string) =>
    readSentence(s, { year: 2025 }).figures.map(
      (f) => `${"category" in f ? f.category : "measure" in f ? f.measure : ""}=${f.token.value}`,
    );
  it("binds 'Till arbete gick 21 … och till studier gick 12' each to its own destination", () => {
    expect(figures("Till arbete gick 21 personer och till studier gick 12 personer.")).toEqual([
      "work=21",
      "studies=12",
    ]);
    expect(figures("Till arbete gick 21 av de avslutade och till studier gick 12.")).not.toContain("studies=21");
  });
  it("leaves 'gick 21 till arbete och 12 till studier' as before (must not change)", () => {
    expect(figures("Av de avslutade gick 21 till arbete och 12 till studier.")).toEqual(["work=21", "studies=12"]);
  });
});
