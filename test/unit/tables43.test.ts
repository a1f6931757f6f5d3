/**
 * Stop 43's table rules, each with a shape it reads and the nearest one it must leave alone, in made-up
 * federations' words: a table's row labels wrapped onto a second line (the figures on the label's first
 * line or on its last); "Förvärvsarbete" as work; genders as groups of rows, each closed by its sum; a
 * several-year table titled for the whole federation ("Nyckeltal för förbundet"); row labels said as a
 * relative clause ("Deltagare som har varit inskrivna någon gång under året").
 */
import { describe, expect, it } from "vitest";
import { wrappedRowLabels } from "../../loaders/extract/text/wrappedRowLabels.ts";
import { genderRowGroups } from "../../loaders/extract/text/genderRowGroups.ts";
import { yearSpanSummaryColumns } from "../../loaders/extract/text/yearSpanSummaryColumns.ts";
import { partYearColumns } from "../../loaders/extract/text/partYearColumns.ts";
import { exitRowCategory } from "../../loaders/extract/general/exitRowLabel.ts";
import { namesAllInterventions } from "../../loaders/extract/general/sectionScope.ts";
import { TOTAL_LABEL } from "../../loaders/reference/rowLabels.ts";
import { bestConcept } from "../../loaders/reference/concepts.ts";
import type { AnyFact } from "../helpers.ts";
import { documentFacts } from "../support/manifestEntry.ts";

const facts = (lines: string[], year = 2025) => documentFacts({ federation: "tjarnliden", year }, lines);
const counts = (fs: AnyFact[]) =>
  fs
    .filter((f) => f.table === "participant_count" && f.intervention === null)
    .map((f) => `${f.year}:${f.measure}/${f.gender}=${f.value}`)
    .sort();
const exits = (fs: AnyFact[]) =>
  fs
    .filter((f) => f.table === "participant_breakdown" && f.intervention === null)
    .map((f) => `${f.year}:${f.category}=${f.value}`)
    .sort();

describe("a table's row labels wrapped onto a second line", () => {
  const head = ["Samordningsförbundet Tjärnliden", "Verksamhetsberättelse 2025", ""];
  const firstLine = [
    "Deltagare per insats under 2025",
    "Insats                          Deltagare   Kvinnor   Män   Avslutade",
    "Jobbspåret för                         52        22    30          20",
    "unga vuxna",
    "Hälsa och arbete                       61        35    26          24",
    "(samverkansteam)",
    "Hela förbundet                        113        57    56          44",
    "",
  ];
  const lastLine = [
    "Avslutade deltagare 2025 efter vad de gick vidare till",
    "Avslutade till                 Kvinnor   Män   Summa",
    "Anställning utan",
    "stöd                                 5     7      12",
    "Reguljära studier på",
    "komvux eller högskola                6     2       8",
    "Aktivt arbetssökande",
    "hos Arbetsförmedlingen               9     8      17",
    "Övrigt eller",
    "okänt                                3     4       7",
    "Samtliga avslutade                  23    21      44",
    "",
  ];

  it("joins a label whose figures stand on its first line, and the federation's row is read", () => {
    const r = wrappedRowLabels([...head, ...firstLine])!;
    expect(r.lines.some((l) => /^Jobbspåret för unga vuxna\s+52\s+22\s+30\s+20$/.test(l))).toBe(true);
    expect(r.lines.some((l) => /^Hälsa och arbete \(samverkansteam\)\s+61\s+35\s+26\s+24$/.test(l))).toBe(true);
    expect(r.lines.some((l) => l === "unga vuxna")).toBe(false);
    expect(counts(facts([...head, ...firstLine]))).toEqual(
      expect.arrayContaining([
        "2025:enrolled/all=113",
        "2025:enrolled/woman=57",
        "2025:enrolled/man=56",
        "2025:exited/all=44",
      ]),
    );
  });

  it("joins a label whose figures stand on its last line, each row citing its figures' line", () => {
    const r = wrappedRowLabels([...head, ...lastLine])!;
    const k = r.lines.findIndex((l) => l.startsWith("Anställning utan stöd"));
    expect(k).toBeGreaterThan(0);
    expect(r.from[k]).toBe(head.length + 3);
    expect(r.lines.some((l) => /^Aktivt arbetssökande hos Arbetsförmedlingen\s+9\s+8\s+17$/.test(l))).toBe(true);
    expect(r.lines).not.toContain("hos Arbetsförmedlingen");
  });

  it("widens the table where a joined label does not fit before the figures", () => {
    const r = wrappedRowLabels([...head, ...lastLine])!;
    const header = r.lines.find((l) => l.startsWith("Avslutade till"))!;
    const row = r.lines.find((l) => l.startsWith("Aktivt arbetssökande hos"))!;
    // Each figure still ends under its header's cell.
    expect(row.indexOf("17") + 2).toBe(header.indexOf("Summa") + 5);
    expect(row.indexOf(" 8 ") + 2).toBe(header.indexOf("Män") + 3);
  });

  it("reads the exits' destinations and the genders' exits from the joined rows", () => {
    const fs = facts([...head, ...lastLine]);
    expect(exits(fs)).toEqual(
      expect.arrayContaining(["2025:work=12", "2025:studies=8", "2025:job_seeker=17", "2025:other_exit=7"]),
    );
    expect(counts(fs)).toEqual(expect.arrayContaining(["2025:exited/woman=23", "2025:exited/man=21"]));
  });

  it("sets a caption wrapped onto the header's line back on the caption's line", () => {
    const lines = [
      ...head,
      "Tabell 3. Avslutade deltagare 2025 efter",
      "vad de gick vidare till         Kvinnor   Män   Summa",
      ...lastLine.slice(2),
    ];
    const r = wrappedRowLabels(lines)!;
    expect(r.lines[3]).toBe("Tabell 3. Avslutade deltagare 2025 efter vad de gick vidare till");
    expect(r.lines[4]!.trim()).toBe("Kvinnor   Män   Summa");
  });

  it("must NOT join a gender's heading between row groups", () => {
    const lines = [
      ...head,
      "                          Inskrivna   Nya   Avslutade",
      "Kvinnor",
      "   Jobbspåret                    22    10           9",
      "   Hälsa och arbete              35    14          12",
      "Män",
      "   Jobbspåret                    30    12          11",
      "   Hälsa och arbete              26    11          12",
      "",
    ];
    expect(wrappedRowLabels(lines)).toBeUndefined();
  });

  it("must NOT join a set-in part row nor a table with one wrapped label only", () => {
    const parts = [
      ...head,
      "Mått                          2025    2024",
      "Avslutade deltagare             44      39",
      "varav till arbete               12      10",
      "Nya deltagare                   50      47",
      "varav kvinnor                   27      25",
      "",
    ];
    expect(wrappedRowLabels(parts)).toBeUndefined();
    const one = [
      ...head,
      ...firstLine.slice(0, 4),
      "Hälsa och arbete                       61        35    26          24",
      "",
    ];
    expect(wrappedRowLabels(one)).toBeUndefined();
  });

  it("must NOT join a note under a table that has no wrapped rows of one kind", () => {
    const lines = [
      ...head,
      "Insats                          Deltagare   Kvinnor   Män",
      "Jobbspåret för                         52        22    30",
      "unga vuxna",
      "Övriga insatser",
      "Hela förbundet                        113        57    56",
      "",
    ];
    expect(wrappedRowLabels(lines)).toBeUndefined();
  });
});

describe("'Förvärvsarbete' as work", () => {
  it("reads 'Förvärvsarbete' and its remark as work", () => {
    expect(exitRowCategory("Förvärvsarbete")).toBe("work");
    expect(exitRowCategory("Förvärvsarbete, även med lönestöd")).toBe("work");
    expect(exitRowCategory("Anställning utan stöd")).toBe("work");
    expect(exitRowCategory("Arbete med lönestöd")).toBe("work");
  });
  it("must NOT read a work-related word of another meaning as work", () => {
    expect(exitRowCategory("Förvärvsinkomst")).toBeUndefined();
    expect(exitRowCategory("Arbetsträning")).toBeUndefined();
    expect(exitRowCategory("Arbetsträning med stöd")).toBeUndefined();
  });
});

describe("genders as groups of rows, each closed by its sum", () => {
  const head = ["Samordningsförbundet Tjärnliden", "Årsredovisning 2025", "", "Deltagare per kön och insats 2025"];
  const groups = [
    "                             Deltagare    Nya    Avslutade",
    "Flickor",
    "    Ungstart                        21     11            8",
    "    Vägvisaren                      17      9            7",
    "    Studiebron                      12      5            4",
    "    Totalt                          50     25           19",
    "Pojkar",
    "    Ungstart                        25     12           10",
    "    Vägvisaren                      19      8            6",
    "    Studiebron                       9      4            3",
    "    Totalt                          53     24           19",
    "Alla deltagare                     103     49           38",
    "",
  ];

  it("says each gender's sum as the gender's row, the headings and rows under them taken out", () => {
    const r = genderRowGroups([...head, ...groups])!;
    expect(r.lines.map((l) => l.trimEnd())).toEqual([
      ...head,
      groups[0]!,
      "Flickor                             50     25           19",
      "Pojkar                              53     24           19",
      groups[11]!,
      "",
    ]);
    // The genders' rows cite their sums' own lines.
    expect(r.from[5]).toBe(head.length + 5);
    expect(r.from[6]).toBe(head.length + 10);
  });

  it("reads the federation's counts per gender and in all from the said table", () => {
    expect(counts(facts([...head, ...groups]))).toEqual(
      expect.arrayContaining([
        "2025:enrolled/all=103",
        "2025:enrolled/woman=50",
        "2025:enrolled/man=53",
        "2025:exited/all=38",
        "2025:new/woman=25",
      ]),
    );
  });

  it("must NOT read a set-in row under a gender as an intervention's count for everyone", () => {
    const fs = facts([...head, ...groups]);
    expect(fs.some((f) => f.table === "participant_count" && /^(?:Pojkar|Flickor) /.test(String(f.intervention)))).toBe(
      false,
    );
    expect(fs.some((f) => f.table === "participant_count" && f.intervention === "Ungstart" && f.value === 21)).toBe(
      false,
    );
  });

  it("must NOT fire where a group's sum is not its rows' sum", () => {
    const wrong = [...groups];
    wrong[5] = "    Totalt                          51     25           19";
    expect(genderRowGroups([...head, ...wrong])).toBeUndefined();
  });

  it("must NOT fire where the total is not the two sums' sum, nor with one gender's group only", () => {
    const wrong = [...groups];
    wrong[11] = "Alla deltagare                     110     49           38";
    expect(genderRowGroups([...head, ...wrong])).toBeUndefined();
    expect(genderRowGroups([...head, ...groups.slice(0, 6), ""])).toBeUndefined();
  });

  it("must NOT fire on groups that are no genders (age groups over interventions)", () => {
    const ages = groups.map((l) => l.replace(/^Flickor$/, "Unga 16–29").replace(/^Pojkar$/, "Vuxna 30–64"));
    expect(genderRowGroups([...head, ...ages])).toBeUndefined();
  });
});

describe("genders as rows carrying their sums over set-in rows", () => {
  const head = ["Samordningsförbundet Tjärnliden", "Årsredovisning 2025", "", "Deltagare per kön och insats 2025"];
  const rows = [
    "                          Inskrivna      Nya     Avslutade",
    "Kvinnor                          61       30            24",
    "   Ungstart                      34       17            13",
    "   Vägvisaren                    27       13            11",
    "Män                              55       26            22",
    "   Ungstart                      30       15            12",
    "   Vägvisaren                    25       11            10",
    "Samtliga                        116       56            46",
    "",
  ];

  it("takes the set-in rows out, the genders' rows and the total kept", () => {
    const r = genderRowGroups([...head, ...rows])!;
    expect(r.lines).toEqual([...head, rows[0], rows[1], rows[4], rows[7], ""]);
  });

  it("reads the genders and the total, and no intervention's figures for everyone", () => {
    const fs = facts([...head, ...rows]);
    expect(counts(fs)).toEqual(
      expect.arrayContaining([
        "2025:enrolled/woman=61",
        "2025:enrolled/man=55",
        "2025:enrolled/all=116",
        "2025:exited/all=46",
      ]),
    );
    expect(fs.some((f) => f.table === "participant_count" && f.intervention === "Ungstart")).toBe(false);
  });

  it("must NOT take rows out where they do not add up to their gender's row", () => {
    const wrong = [...rows];
    wrong[3] = "   Vägvisaren                    26       13            11";
    expect(genderRowGroups([...head, ...wrong])).toBeUndefined();
  });
});

describe("a total row of all participants, and a caption per gender and intervention", () => {
  it("reads 'Alla deltagare' as a table's total row", () => {
    expect(TOTAL_LABEL.test("Alla deltagare")).toBe(true);
    expect(TOTAL_LABEL.test("Alla deltagarna")).toBe(true);
  });
  it("must NOT read a name beginning with 'Alla' as a total", () => {
    expect(TOTAL_LABEL.test("Alla deltagares hälsa")).toBe(false);
    expect(TOTAL_LABEL.test("Allaktivitetshuset")).toBe(false);
  });
  it("takes a table per gender and intervention as covering all interventions, as one per intervention", () => {
    expect(namesAllInterventions("Tabell 4. Deltagare 2025 per kön och insats")).toBe(true);
    expect(namesAllInterventions("Deltagare per insats")).toBe(true);
  });
  it("must NOT take a table per gender alone or per municipality as covering all interventions", () => {
    expect(namesAllInterventions("Deltagare 2025 per kön")).toBe(false);
    expect(namesAllInterventions("Deltagare per kön och kommun")).toBe(false);
  });
});

describe("a several-year table titled for the whole federation, its labels said as relative clauses", () => {
  const table = (title: string) => [
    "Samordningsförbundet Tjärnliden",
    "Årsredovisning 2025",
    "",
    `${title}`.padEnd(48) + "2025      2024      2023",
    "Deltagare som har varit inskrivna",
    "någon gång under året                           188       171       160",
    "Nyinskrivna deltagare",
    "under året                                       92        80        85",
    "Avslutade deltagare",
    "under året                                       77        70        66",
    "",
  ];

  it("reads the report year's column under 'Nyckeltal för förbundet' and 'Deltagare i förbundet'", () => {
    for (const title of ["Nyckeltal för förbundet", "Deltagare i förbundet", "Deltagare i alla insatser"])
      expect(counts(facts(table(title))), title).toEqual(
        expect.arrayContaining(["2025:enrolled/all=188", "2025:new/all=92", "2025:exited/all=77"]),
      );
  });

  it("reads a five-year overview titled 'Femårsöversikt', never its mean column", () => {
    const lines = [
      "Samordningsförbundet Tjärnliden",
      "Årsredovisning 2025",
      "",
      "Femårsöversikt           2025     2024     2023     2022     2021    Snitt",
      "Antal deltagare           204      190      181      175      160      182",
      "Avslutade deltagare        81       77       70       66       61       71",
      "",
    ];
    const c = counts(facts(lines));
    expect(c).toEqual(expect.arrayContaining(["2025:enrolled/all=204", "2025:exited/all=81"]));
    expect(c.some((x) => x.endsWith("=182") || x.endsWith("=71"))).toBe(false);
  });

  it("must NOT read a table titled for a member", () => {
    expect(counts(facts(table("Nyckeltal för Åby kommun")))).toEqual([]);
  });

  it("names the measure of a relative clause's label", () => {
    expect(bestConcept("Deltagare som har varit inskrivna någon gång under året")?.concept.code).toBe("enrolled");
    expect(bestConcept("Deltagare som varit inskrivna under året")?.concept.code).toBe("enrolled");
  });

  it("must NOT name a count for a clause on something else", () => {
    expect(bestConcept("Deltagare som har varit sjukskrivna")).toBeUndefined();
    expect(bestConcept("Personal som har varit anställd")?.concept.kind).not.toBe("participants");
  });
});

describe("a measure row under gender columns and a share column", () => {
  const lines = (header: string, rows: string[]) => [
    "Samordningsförbundet Tjärnliden",
    "Årsredovisning 2025",
    "",
    header,
    ...rows,
    "",
  ];

  it("reads the counts of each gender and in all", () => {
    const fs = facts(
      lines("Deltagare                 Kvinnor      Män    Totalt    Andel kvinnor", [
        "Inskrivna                     121       97       218             56 %",
        "Avslutade                      50       45        95             53 %",
      ]),
    );
    expect(counts(fs)).toEqual([
      "2025:enrolled/all=218",
      "2025:enrolled/man=97",
      "2025:enrolled/woman=121",
      "2025:exited/all=95",
      "2025:exited/man=45",
      "2025:exited/woman=50",
    ]);
  });

  it("must NOT read a gender's share as that gender's count", () => {
    const fs = facts(
      lines("Deltagare        Kvinnor     %      Män     %    Totalt", [
        "Inskrivna            121    56       97    44       218",
        "Avslutade             50    53       45    47        95",
      ]),
    );
    const c = counts(fs);
    expect(c.some((x) => /=(56|44|53|47)$/.test(x))).toBe(false);
    expect(c).toEqual(expect.arrayContaining(["2025:enrolled/woman=121", "2025:exited/all=95"]));
  });
});

describe("year columns closed by a change or a mean column naming its years", () => {
  const doc = (header: string) => [
    "Samordningsförbundet Tjärnliden",
    "Årsredovisning 2025",
    "",
    header,
    "Deltagare             214     201     190                     +13                202",
    "Avslutade              97      88      85                      +9                 90",
    "",
  ];
  const header = "Utveckling           2025    2024    2023    Förändring 2024–2025    Snitt 2023–2025";

  it("blanks the closing cells' years, space for character", () => {
    const r = yearSpanSummaryColumns([header])!;
    expect(r[0]).toBe("Utveckling           2025    2024    2023    Förändring              Snitt          ");
    expect(r[0]!.length).toBe(header.length);
    expect(yearSpanSummaryColumns(["Nyckeltal   2025   2024   Diff 2025/2024   Medel mot 2023"])![0]).toBe(
      "Nyckeltal   2025   2024   Diff             Medel mot     ",
    );
  });

  it("reads each year's column, never the change or the mean", () => {
    const c = counts(facts(doc(header)));
    expect(c).toEqual(expect.arrayContaining(["2025:enrolled/all=214", "2025:exited/all=97", "2024:enrolled/all=201"]));
    expect(c.some((x) => /=(13|9|202|90)$/.test(x))).toBe(false);
  });

  it("must NOT touch a header whose closing cell is a budget, a target or an outcome of a year", () => {
    expect(yearSpanSummaryColumns(["Nyckeltal   2025   2024   Budget 2026"])).toBeUndefined();
    expect(yearSpanSummaryColumns(["Nyckeltal   2025   2024   Mål 2025   Förändring 2024–2025"])).toBeUndefined();
    expect(yearSpanSummaryColumns(["Nyckeltal   Utfall 2025   Utfall 2024   Förändring 2024–2025"])).toBeUndefined();
  });

  it("must NOT touch a mean before the years nor a line of one year", () => {
    expect(yearSpanSummaryColumns(["Snitt 2021–2025   2025   2024"])).toBeUndefined();
    expect(yearSpanSummaryColumns(["Deltagare   2025   Förändring mot 2024"])).toBeUndefined();
  });
});

describe("a half-year's column among bare year columns", () => {
  const doc = (header: string, rows: string[]) => [
    "Samordningsförbundet Tjärnliden",
    "Årsredovisning 2025",
    "",
    header,
    ...rows,
    "",
  ];
  const rows = [
    "Deltagare             214              160     201",
    "Avslutade              97               41      88",
  ];

  it("blanks the half-year's column, header and cells, and reads the whole years", () => {
    const lines = doc("Nyckeltal            2025    Halvår 1 2025    2024", rows);
    const r = partYearColumns(lines)!;
    expect(r[4]).not.toMatch(/160/);
    expect(r[5]).not.toMatch(/41/);
    const c = counts(facts(lines));
    expect(c).toEqual(
      expect.arrayContaining([
        "2025:enrolled/all=214",
        "2025:exited/all=97",
        "2024:enrolled/all=201",
        "2024:exited/all=88",
      ]),
    );
    expect(c.some((x) => /=(160|41)$/.test(x))).toBe(false);
  });

  it("must NOT touch a table of bare years alone", () => {
    expect(partYearColumns(doc("Nyckeltal            2025             2024     2023", rows))).toBeUndefined();
  });

  it("must NOT touch a table whose whole year is named twice", () => {
    expect(partYearColumns(doc("Nyckeltal            2025    Halvår 1 2025    2025", rows))).toBeUndefined();
  });
});
