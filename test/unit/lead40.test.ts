/**
 * Rules of stop 40's lead (made-up federations and figures): tables drawn with box-drawing characters,
 * signs as headings ("♀ ♂ Σ") and their legend, a grid's heading box over two lines, a unit stated in a
 * line's first sentence.
 */
import { describe, expect, it } from "vitest";
import { withoutBoxFrames } from "../../loaders/extract/text/boxFrames.ts";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { scopeByLine } from "../../loaders/extract/general/sectionScope.ts";
import { joinGridTables } from "../../loaders/extract/text/gridTables.ts";
import { readUnitLines } from "../../loaders/reference/units.ts";
import { labelStrips } from "../../loaders/extract/text/labelStrips.ts";
import { twoDigitYears } from "../../loaders/extract/text/twoDigitYears.ts";
import { unlabelledSums } from "../../loaders/extract/text/unlabelledSums.ts";
import { moneyArithmetic } from "../../loaders/extract/text/moneyArithmetic.ts";
import { withoutComparisonSubRows } from "../../loaders/extract/text/comparisonSubRows.ts";
import { wrappedCellTables } from "../../loaders/extract/text/wrappedCellTables.ts";
import { isSignLegend, wordForSymbol } from "../../loaders/reference/concepts.ts";
import { countsOf, exitsOf, extractReport } from "../support/reportFacts.ts";
import type { AnyFact } from "../helpers.ts";
import { documentFacts } from "../support/manifestEntry.ts";

const BOX_TABLE = [
  "┌────────────────────────┬───────┬───────┬───────┐",
  "│ Deltagare 2024         │   ♀   │   ♂   │   Σ   │",
  "├────────────────────────┼───────┼───────┼───────┤",
  "│ Inskrivna under året   │   61  │   48  │  109  │",
  "│ Avslutade under året   │   30  │   25  │   55  │",
  "└────────────────────────┴───────┴───────┴───────┘",
  "  ♀ kvinnor   ♂ män   Σ summa",
];

describe("a table drawn with box-drawing characters", () => {
  it("is written as an ASCII grid table, character for character", () => {
    const out = withoutBoxFrames(["Text.", ...BOX_TABLE])!;
    expect(out[1]).toBe("+------------------------+-------+-------+-------+");
    expect(out[2]).toBe("| Deltagare 2024         |   ♀   |   ♂   |   Σ   |");
    expect(out[4]).toBe("| Inskrivna under året   |   61  |   48  |  109  |");
    expect(out[6]).toBe("+------------------------+-------+-------+-------+");
    expect(out.length).toBe(BOX_TABLE.length + 1);
  });

  it("is set one row a line with the signs as words, its legend blanked", () => {
    const grid = joinGridTables(withoutBoxFrames(BOX_TABLE)!)!;
    expect(grid.lines.map((l) => l.replace(/\s{2,}/g, " | "))).toEqual([
      "Deltagare 2024 | Kvinnor | Män | Totalt",
      "Inskrivna under året | 61 | 48 | 109",
      "Avslutade under året | 30 | 25 | 55",
      "",
    ]);
  });

  it("gives the federation's counts through the whole extraction", () => {
    const facts = extractReport(
      ["Samordningsförbundet Ravik", "Verksamhetsberättelse 2024", "", "1 DELTAGARE", "", ...BOX_TABLE],
      "ravik",
      2024,
    );
    expect(countsOf(facts)).toEqual(
      expect.arrayContaining([
        "förbundet:enrolled/woman=61",
        "förbundet:enrolled/man=48",
        "förbundet:enrolled/all=109",
        "förbundet:exited/all=55",
      ]),
    );
  });

  it("must NOT turn a frame with no column junctions into a table", () => {
    const frame = [
      "┌──────────────────────────┐",
      "│ 2024 i korthet           │",
      "│ Deltagare: 109           │",
      "└──────────────────────────┘",
    ];
    const out = withoutBoxFrames(frame)!;
    expect(out.join("\n")).not.toMatch(/[+|]/);
    expect(out[2]!.trim()).toBe("Deltagare: 109");
  });

  it("must NOT read a box with no bottom rule as a table", () => {
    const open = BOX_TABLE.slice(0, 5);
    expect(withoutBoxFrames(open)?.join("\n") ?? open.join("\n")).not.toMatch(/\+-/);
  });
});

describe("signs for the lexicon's concepts", () => {
  it("a cell that is a sign alone is the concept's word", () => {
    expect(wordForSymbol("♀")).toBe("Kvinnor");
    expect(wordForSymbol(" ♂ ")).toBe("Män");
    expect(wordForSymbol("Σ")).toBe("Totalt");
    expect(wordForSymbol("∑")).toBe("Totalt");
  });
  it("must NOT read a sign inside other text as a word", () => {
    expect(wordForSymbol("Σ 2024")).toBeUndefined();
    expect(wordForSymbol("♀ kvinnor")).toBeUndefined();
  });
  it("a legend is signs each with a word, and nothing else", () => {
    expect(isSignLegend("  ♀ kvinnor   ♂ män   Σ summa")).toBe(true);
    expect(isSignLegend("♀ = kvinnor, ♂ = män")).toBe(true);
    expect(isSignLegend("♀ kvinnor 61")).toBe(false);
    expect(isSignLegend("Σ summa")).toBe(false);
  });
});

describe("a grid table's heading box over two lines", () => {
  const grid = [
    "+---------------------+---------+---------+",
    "| Resultaträkning     | Budget  | Utfall  |",
    "|                     | 2024    | 2024    |",
    "+---------------------+---------+---------+",
    "| Intäkter            | 8 400   | 8 462   |",
    "| Kostnader           | -8 900  | -8 591  |",
    "+---------------------+---------+---------+",
  ];
  it("is one heading row, each cell's words joined", () => {
    const out = joinGridTables(grid)!;
    expect(out.lines[0]!.replace(/\s{2,}/g, " | ")).toBe("Resultaträkning | Budget 2024 | Utfall 2024");
  });
  it("must NOT join a first box whose lines hold figures (rows ruled only at the head and foot)", () => {
    const rows = [
      "+---------------------+---------+",
      "| Inskrivna           | 109     |",
      "| Avslutade           | 55      |",
      "+---------------------+---------+",
      "| Nya                 | 40      |",
      "+---------------------+---------+",
    ];
    const out = joinGridTables(rows)!;
    expect(out.lines.map((l) => l.replace(/\s{2,}/g, " | "))).toEqual([
      "Inskrivna | 109",
      "Avslutade | 55",
      "Nya | 40",
    ]);
  });
});

describe("a unit stated in a line's first sentence", () => {
  it("holds for the tables below, as a unit line does", () => {
    const units = readUnitLines([
      "Belopp i tusentals kronor (tkr). Budgetkolumnen avser den budget som",
      "styrelsen fastställde.",
    ]);
    expect(units.map((u) => [u.line, u.unit])).toEqual([[1, "tkr"]]);
  });
  it("must NOT take a unit from a sentence that says more than the unit", () => {
    expect(readUnitLines(["Belopp i tkr för insatserna redovisas i bilaga 2. Övriga belopp i kronor."])).toEqual([]);
    expect(readUnitLines(["Förbundet fick 8 400 tkr. Det var mer än budget."])).toEqual([]);
  });
  it("reads the statement under it in tkr through the whole extraction", () => {
    const facts = extractReport(
      [
        "Samordningsförbundet Ravik",
        "Verksamhetsberättelse 2024",
        "",
        "Belopp i tusentals kronor (tkr). Budgeten fastställdes i november 2023.",
        "",
        "Resultaträkning          Budget 2024   Utfall 2024",
        "Verksamhetens intäkter         8 400         8 462",
        "Verksamhetens kostnader       -8 900        -8 591",
        "Finansiella intäkter               0            14",
        "Årets resultat                  -500          -115",
      ],
      "ravik",
      2024,
    );
    const result = (basis: string) =>
      facts.find((f: AnyFact) => f.table === "finance" && f.item === "result" && f.basis === basis)?.amount_sek;
    expect(result("actual")).toBe(-115000);
    expect(result("budget")).toBe(-500000);
  });
});

describe("key figures as a strip, labels over figures", () => {
  const strip = [
    "Ekonomi (tkr)",
    "Intäkter   Kostnader   Årets resultat   Eget kapital 31 dec",
    "  6 120      6 304          -184               1 486",
    "",
  ];
  it("is said one line a pair, each citing the figures' line", () => {
    const out = labelStrips(strip)!;
    expect(out.lines.map((l) => l.replace(/\s{2,}/g, " | "))).toEqual([
      "Ekonomi (tkr)",
      "Intäkter | 6 120",
      "Kostnader | 6 304",
      "Årets resultat | -184",
      "Eget kapital 31 dec | 1 486",
      "",
    ]);
    expect(out.from).toEqual([0, 2, 2, 2, 2, 3]);
  });
  it("says a count's genders and the exits' destinations as its parts where they agree", () => {
    const out = labelStrips([
      "Deltagare   Kvinnor   Män   Avslutade   Till arbete   Till studier",
      "   139         77      62       68            15             6",
    ])!;
    expect(out.lines.map((l) => l.replace(/\s{2,}/g, " | "))).toEqual([
      "Deltagare | 139",
      "varav kvinnor | 77",
      "varav män | 62",
      "Avslutade | 68",
      "varav till arbete | 15",
      "varav till studier | 6",
    ]);
  });
  it("must NOT call genders parts of a count they do not add up to", () => {
    const out = labelStrips(["Deltagare   Kvinnor   Män   Avslutade", "   139         77      52       68"])!;
    expect(out.lines.map((l) => l.trim().split(/\s{2,}/)[0])).toEqual(["Deltagare", "Kvinnor", "Män", "Avslutade"]);
  });
  it("must NOT touch a column header over a row, a table of unlabelled rows, or figures not under their labels", () => {
    expect(
      labelStrips(["Budget 2025   Utfall 2025   Utfall 2024", "  8 400        8 462        8 120"]),
    ).toBeUndefined();
    expect(labelStrips(["Mått        2025    2024    2023", "Deltagare    139     126     118"])).toBeUndefined();
    expect(labelStrips(["Kvinnor   Män   Totalt", "  61      48     109", "  30      25      55"])).toBeUndefined();
    expect(labelStrips(["Intäkter   Kostnader   Resultat", "6 120 6 304 -184"])).toBeUndefined();
    expect(
      labelStrips(["Intäkter   Kostnader   Resultat", "     6 120                  6 304   -184"]),
    ).toBeUndefined();
  });
  it("gives the federation's year through the whole extraction", () => {
    const facts = extractReport(
      [
        "Samordningsförbundet Ravik",
        "Verksamhetsberättelse 2024",
        "",
        "Deltagare   Kvinnor   Män   Nya deltagare   Avslutade",
        "   139         77      62          71            68",
        "",
        ...strip,
      ],
      "ravik",
      2024,
    );
    expect(countsOf(facts)).toEqual(
      expect.arrayContaining(["förbundet:enrolled/woman=77", "förbundet:enrolled/man=62", "förbundet:exited/all=68"]),
    );
    expect(facts.find((f: AnyFact) => f.table === "finance" && f.item === "result")?.amount_sek).toBe(-184000);
  });
});

const minutes = (lines: string[]) =>
  documentFacts({ federation: "ravik", kind: "board_minutes", date: "2026-02-12" }, lines);
const decisionsOf = (facts: AnyFact[]) =>
  facts.filter((f) => f.table === "decision" && f.outcome !== "other").map((f) => `${f.item_ref}:${f.outcome}`);
const attendanceOf = (facts: AnyFact[]) =>
  facts.filter((f) => f.table === "attendance").map((f) => `${f.person}:${f.role}:${f.serving}`);

describe("minutes whose items carry the agenda's point and the minutes' paragraph", () => {
  const lines = [
    "Samordningsförbundet Ravik",
    "Protokoll från styrelsens sammanträde",
    "",
    "Dag och tid     2026-02-12, kl. 13.15–15.30",
    "",
    "Beslutande      Lena Fjäll (S), Åby kommun, ordförande",
    "                Bengt Mo (S), Region Ravmark",
    "                Rut Sand (C), Böda kommun, tjänstgörande ersättare",
    "Övriga          Olof Ask (M), ersättare, Åby kommun",
    "                Åsa Nord, förbundschef, sekreterare",
    "",
    "Punkt 1   Val av justerare                                             § 38",
    "          Styrelsen beslutar att utse Bengt Mo att justera protokollet.",
    "",
    "Punkt 2   Ansökan: Hälsosteg                                           § 39",
    "          Styrelsen beslutar att avslå ansökan.",
  ];
  it("files each decision under the paragraph at the heading's end, not the point", () => {
    expect(decisionsOf(minutes(lines))).toEqual(["§38:approved", "§39:rejected"]);
  });
  it("must NOT take a § in a point's title text as its paragraph", () => {
    const facts = minutes([
      ...lines.slice(0, 11),
      "Punkt 1   Uppföljning av beslutet i § 12",
      "          Styrelsen beslutar att lägga uppföljningen till handlingarna.",
      "",
      "Punkt 2   Ansökan: Hälsosteg",
      "          Styrelsen beslutar att avslå ansökan.",
    ]);
    expect(decisionsOf(facts)).toEqual(["§1:noted", "§2:rejected"]);
  });
  it("reads a deputy named so among those deciding as serving, and among the others as not", () => {
    expect(attendanceOf(minutes(lines))).toEqual(
      expect.arrayContaining(["Rut Sand:deputy:true", "Olof Ask:deputy:false", "Lena Fjäll:member:true"]),
    );
  });
  it("must NOT make a member a deputy for a word that is no part of its own", () => {
    const facts = minutes([
      ...lines.slice(0, 5),
      "Beslutande      Lena Fjäll (S), Åby kommun, ordförande",
      "",
      ...lines.slice(11),
    ]);
    expect(attendanceOf(facts)).toEqual(["Lena Fjäll:member:true"]);
  });
});

describe("minutes with each item's clock time at the margin", () => {
  const lines = [
    "SAMORDNINGSFÖRBUNDET RAVIK                         PROTOKOLL",
    "Styrelsen                                          Sammanträde 1/2026",
    "",
    "Torsdagen den 12 februari 2026, Kommunhuset i Åby",
    "",
    "09.00  § 1  Mötets öppnande",
    "       Styrelsen beslutar att godkänna dagordningen.",
    "",
    "09.48  § 2  Ansökan om medel",
    "       Styrelsen beslutar att bordlägga ärendet.",
    "",
    "11.40  § 3  Mötets avslutande",
    "       Ordföranden tackade och avslutade mötet kl. 11.45.",
  ];
  const meeting = (facts: AnyFact[]) => facts.find((f) => f.table === "meeting")!;
  it("reads the items, the first one's time as the start and the closing words' as the end", () => {
    const facts = minutes(lines);
    expect(decisionsOf(facts)).toEqual(["§1:approved", "§2:postponed"]);
    expect([meeting(facts).start_time, meeting(facts).end_time]).toEqual(["09:00", "11:45"]);
  });
  it("must NOT take one item's time as the start, nor an end before the start", () => {
    const one = minutes([
      ...lines.slice(0, 8),
      "§ 2  Ansökan om medel",
      ...lines.slice(9, 11),
      "§ 3  Mötets avslutande",
      lines[12]!,
    ]);
    expect([meeting(one).start_time, meeting(one).end_time]).toEqual([null, "11:45"]);
    const early = minutes([...lines.slice(0, 11), "11.40  § 3  Avslutning", "       Mötet avslutades kl. 08.30."]);
    expect([meeting(early).start_time, meeting(early).end_time]).toEqual(["09:00", null]);
  });
  it("keeps the header's stated time over the margin's", () => {
    const facts = minutes([...lines.slice(0, 4), "Tid: kl. 08.30–12.00", ...lines.slice(4)]);
    expect([meeting(facts).start_time, meeting(facts).end_time]).toEqual(["08:30", "12:00"]);
  });
});

describe("an interim report of a later year quoting the closed year's annual report as a list", () => {
  const report = (lead: string) =>
    extractReport(
      [
        "REGION RAVMARK                                   DELÅRSRAPPORT JANUARI–AUGUSTI 2025",
        "",
        "4.6 Finansiell samordning – Samordningsförbundet Ravik",
        "",
        "Regionen är medlem i Samordningsförbundet Ravik. Förbundets egen delårsrapport per 30 juni",
        "2025 visar 101 deltagare under första halvåret.",
        "",
        lead,
        "",
        "  • Förbundets intäkter var 9 420 tkr.",
        "  • Kostnaderna blev 9 106 tkr och årets resultat därmed +314 tkr.",
        "  • 284 personer deltog i förbundets insatser, 158 kvinnor och 126 män.",
      ],
      "ravik",
      2024,
    );
  it("keeps the list's figures where its lead, a blank line above, names the closed year", () => {
    const facts = report("Förbundets årsredovisning godkändes i juni. Av den framgår följande för 2024:");
    expect(countsOf(facts)).toEqual(expect.arrayContaining(["förbundet:enrolled/all=284"]));
    expect(facts.find((f: AnyFact) => f.table === "finance" && f.item === "result")?.amount_sek).toBe(314000);
  });
  it("must NOT keep them under a lead that names no closed year, nor without a lead ending in a colon", () => {
    for (const lead of ["Läget i förbundet beskrivs så här:", "Förbundet redovisar för 2024 ett gott år."]) {
      const facts = report(lead);
      expect(countsOf(facts)).not.toContain("förbundet:enrolled/all=284");
    }
  });
});

describe("a table of text cells wrapping within their columns under a rule of dashes", () => {
  const table = [
    "Nr  Kontrollmoment                      Resultat                        Bedömning",
    "--  ----------------------------------  ------------------------------  ----------",
    "1   Medlemsbidragen fakturerade enligt  Staten 4 480 000 kr, Region     Ingen",
    "    förbundsordningens fördelning.      Ravmark 2 240 000 kr, Åby       avvikelse",
    "                                        kommun 1 320 000 kr, Böda",
    "                                        kommun 920 000 kr. Allt betalt.",
    "2   Gallring av personuppgifter i       12 av 12 ärendemappar gallrade  Ingen",
    "    ärenden äldre än två år.            enligt plan.                    avvikelse",
    "",
  ];
  it("says each row as a paragraph of its cells, their words joined over their lines, citing its first figure's line", () => {
    const out = wrappedCellTables(table)!;
    const said = out.lines.filter((l) => l !== "");
    expect(said).toContain(
      "Medlemsbidragen fakturerade enligt förbundsordningens fördelning. Staten 4 480 000 kr, Region Ravmark 2 240 000 kr, Åby kommun 1 320 000 kr, Böda kommun 920 000 kr. Allt betalt. Ingen avvikelse.",
    );
    expect(said.some((l) => /^1\b/.test(l))).toBe(false);
    expect(out.from[out.lines.indexOf(said.find((l) => l.includes("Staten"))!)]).toBe(2);
  });
  it("reads the members' contributions from the cell through the whole extraction", () => {
    const facts = extractReport(
      ["Samordningsförbundet Ravik", "Uppföljning av internkontrollplan 2024", "", ...table],
      "ravik",
      2024,
    );
    const fees = facts.filter((f: AnyFact) => f.table === "member_contribution").map((f: AnyFact) => f.amount_sek);
    expect(fees).toEqual(expect.arrayContaining([4480000, 2240000, 1320000, 920000]));
  });
  it("must NOT touch a table of figures one row a line, nor lines that cross the columns", () => {
    expect(
      wrappedCellTables([
        "Post                         2024        2023       Not",
        "---------------------------  ----------  ---------  ---",
        "Verksamhetens intäkter        9 020 000   8 700 000  1",
        "Verksamhetens kostnader      -8 834 400  -8 650 000  2",
      ]),
    ).toBeUndefined();
    expect(
      wrappedCellTables([
        ...table.slice(0, 4),
        "Denna rad är löpande text som korsar alla kolumnerna i tabellen utan hänsyn.",
        ...table.slice(4),
      ]),
    ).toBeUndefined();
  });
});

describe("a day of an event in another clause of a sentence naming the report's year", () => {
  const facts = (sentence: string) =>
    extractReport(["Samordningsförbundet Ravik", "Uppföljning 2024", "", sentence], "ravik", 2024);
  const revenue = (fs: AnyFact[]) =>
    fs.find((f: AnyFact) => f.table === "finance" && f.item === "revenue_operating")?.amount_sek;
  it("dates no figure", () => {
    expect(
      revenue(
        facts(
          "För kännedom: förbundets intäkter 2024 blev 9 020 000 kr, enligt bokslutet som styrelsen behandlar den 12 mars 2025.",
        ),
      ),
    ).toBe(9020000);
  });
  it("must NOT drop the year check where the date ends a period or the sentence names no report year", () => {
    expect(revenue(facts("Förbundets intäkter 2024 blev 9 020 000 kr, per den 30 juni 2025."))).toBeUndefined();
    expect(revenue(facts("Förbundets intäkter blev 9 020 000 kr, enligt beslutet den 12 mars 2025."))).toBeUndefined();
  });
});

describe("a table of figures with a column of wrapping remarks", () => {
  const table = [
    "Tabell 1. Deltagare och resultat",
    "",
    "Nyckeltal                      Värde  Definition",
    "-----------------------------  -----  ---------------------------------------------",
    "Deltagare totalt                 152  Unika personer 16–64 år med minst en",
    "                                      registrerad insatstimme under året.",
    "  därav kvinnor                   83  Enligt uppgift vid inskrivningen.",
    "  därav män                       69",
    "Avslutade deltagare               71  Personer som avslutat sin sista insats och",
    "                                      inte skrivits in igen inom 90 dagar.",
    "Till arbete                       17  Anställning som pågår minst 3 månader.",
    "Till studier                       8  Studier på minst halvtid, 50 procent.",
    "Intäkter                       7 980  tkr; verksamhetens intäkter enligt",
    "                                      resultaträkningen.",
    "",
  ];
  it("says each row as its label and figure, the remark's unit after the figure, the remark dropped", () => {
    const out = wrappedCellTables(table)!;
    const said = out.lines.map((l) => l.trimEnd().replace(/\s{2,}/g, " | "));
    expect(said).toEqual(
      expect.arrayContaining(["Deltagare totalt | 152", " | därav kvinnor | 83", "Intäkter | 7 980 tkr"]),
    );
    expect(out.lines.join("\n")).not.toMatch(/90 dagar|16–64/);
  });
  it("reads the federation's counts, destinations and revenue through the whole extraction", () => {
    const facts = extractReport(
      [
        "Samordningsförbundet Ravik",
        "Bilaga 1 till årsredovisningen 2024: Nyckeltal med definitioner",
        "",
        "Bilagan redovisar de nyckeltal som förbundets styrelse följer, med definitioner.",
        "",
        ...table.slice(0, -3),
        "",
      ],
      "ravik",
      2024,
    );
    expect(countsOf(facts)).toEqual(
      expect.arrayContaining([
        "förbundet:enrolled/all=152",
        "förbundet:enrolled/woman=83",
        "förbundet:enrolled/man=69",
        "förbundet:exited/all=71",
      ]),
    );
    expect(exitsOf(facts)).toEqual(expect.arrayContaining(["förbundet:work=17", "förbundet:studies=8"]));
    // A definition's numbers are no figures: no count of 90 or 3, no rate of 50.
    expect(facts.some((f: AnyFact) => [90, 3, 50, 16, 64].includes(f.value as number))).toBe(false);
  });
  it("must NOT take destinations at the exits' indent as theirs under another count", () => {
    const facts = extractReport(
      [
        "Samordningsförbundet Ravik",
        "Årsredovisning 2024",
        "",
        "Nyckeltal",
        "Nya deltagare          74",
        "Till arbete            17",
        "Till studier            8",
        "Deltagare totalt      152",
      ],
      "ravik",
      2024,
    );
    expect(exitsOf(facts)).toEqual([]);
  });
});

describe("an item's comparisons set in under it as rows of their own", () => {
  const summary = [
    "SAMORDNINGSFÖRBUNDET RAVIK",
    "Årsredovisning 2024 – sammandrag för medlemmarna",
    "",
    "Läsanvisning: under varje post står, indraget, målet eller budgeten och föregående års utfall.",
    "Belopp i tkr.",
    "",
    "DELTAGARE",
    "",
    "Deltagare totalt                               162",
    "    mål                                        175",
    "    föregående år                              149",
    "  varav kvinnor                                 88",
    "    föregående år                               83",
    "  varav män                                     74",
    "Avslutade deltagare                             79",
    "    föregående år                               74",
    "",
    "EKONOMI",
    "",
    "Verksamhetens intäkter                       7 650",
    "    budget                                   7 600",
    "Verksamhetens kostnader                     -7 528",
    "    budget                                  -7 900",
    "Årets resultat                                 122",
    "    budget                                    -300",
  ];
  it("are taken out, and the items read as the year's with the unit stated above", () => {
    const out = withoutComparisonSubRows(summary)!;
    expect(out.lines.join("\n")).not.toMatch(/föregående år\s+\d|mål\s+175|budget\s+7 600/);
    const facts = extractReport(summary, "ravik", 2024);
    expect(countsOf(facts)).toEqual(
      expect.arrayContaining([
        "förbundet:enrolled/all=162",
        "förbundet:enrolled/woman=88",
        "förbundet:enrolled/man=74",
        "förbundet:exited/all=79",
      ]),
    );
    expect(countsOf(facts).some((c) => /=(175|149|83)$/.test(c))).toBe(false);
    const result = facts.find((f: AnyFact) => f.table === "finance" && f.item === "result" && f.basis === "actual");
    expect(result?.amount_sek).toBe(122000);
  });
  it("must NOT take out a row of its own that happens to be called so, nor one not set in", () => {
    expect(
      withoutComparisonSubRows(["Deltagare totalt      162", "Mål                   175", "Budget              7 600"]),
    ).toBeUndefined();
    expect(
      withoutComparisonSubRows([
        "Nyckeltal",
        "  Deltagare totalt    162",
        "  mål                 175",
        "  Nya deltagare        80",
      ]),
    ).toBeUndefined();
  });
});

describe("a members' meeting item on the board's annual report", () => {
  const scopeAt = (title: string) => {
    const doc = new DocumentText(
      "ravik/2024-annual-report",
      [
        "Protokoll från förbundsstämman 2025-04-22",
        "",
        "§ 4  Insatsen Steget informerar",
        "Steget har haft ett gott år.",
        "",
        `§ 5  ${title}`,
        "Sammanlagt 347 personer deltog, 189 kvinnor och 158 män.",
        "",
        "§ 6  Ansvarsfrihet",
      ],
      2024,
    );
    return scopeByLine(doc)[6]!.kind;
  };
  it("retells the federation's year, whoever's report the title names it", () => {
    expect(scopeAt("Styrelsens årsredovisning för 2024")).toBe("federation");
    expect(scopeAt("Förbundets årsredovisning 2024")).toBe("federation");
  });
  it("must NOT give an item on someone else's report, or a part of it, to the federation", () => {
    expect(scopeAt("Regionens årsredovisning för 2024")).not.toBe("federation");
    expect(scopeAt("Styrelsens årsredovisning för 2024 – Steget")).not.toBe("federation");
  });
});

describe("the accounts reconciled as sums", () => {
  it("says a checked sum as one sentence an item, the equity's bridge as the result and the closing equity", () => {
    const out = moneyArithmetic(
      [
        "3.1  4 420 000 intäkter − 4 512 600 kostnader        = −92 600 verksamhetens resultat OK",
        "3.2  −92 600 + 1 850 finansiella intäkter            = −90 750 årets resultat        OK",
        "Ingående 2 112 400 kr + årets resultat 185 600 kr = utgående 2 298 000 kr.",
      ],
      2024,
    )!;
    expect(out[0]).toContain("Verksamhetens resultat uppgick till −92 600 kr.");
    expect(out[1]).toContain("Årets resultat uppgick till −90 750 kr.");
    expect(out[2]).toBe(
      "Årets resultat uppgick till 185 600 kr. Eget kapital vid årets slut uppgick till 2 298 000 kr.",
    );
  });
  it("reads the closing equity through the whole extraction", () => {
    const facts = extractReport(
      [
        "Samordningsförbundet Ravik",
        "Avstämning 2024",
        "",
        "Ingående 2 112 400 kr + årets resultat 185 600 kr = utgående 2 298 000 kr.",
      ],
      "ravik",
      2024,
    );
    expect(facts.find((f: AnyFact) => f.table === "finance" && f.item === "equity_end")?.amount_sek).toBe(2298000);
  });
  it("must NOT say a sum that does not add up, a budget's, another year's, a quotient or amounts that could be thousands", () => {
    expect(
      moneyArithmetic(["4 420 000 intäkter − 4 512 600 kostnader = −92 000 verksamhetens resultat"], 2024),
    ).toBeUndefined();
    expect(
      moneyArithmetic(["Budget: 4 400 000 intäkter − 4 550 000 kostnader = −150 000 verksamhetens resultat"], 2024),
    ).toBeUndefined();
    expect(
      moneyArithmetic(["2023: 4 400 000 intäkter − 4 550 000 kostnader = −150 000 verksamhetens resultat"], 2024),
    ).toBeUndefined();
    expect(
      moneyArithmetic(["(12 arbete + 6 studier) / 49 avslutade = 36,7 % till arbete eller studier"], 2024),
    ).toBeUndefined();
    expect(moneyArithmetic(["4 420 intäkter − 4 512 kostnader = −92 verksamhetens resultat"], 2024)).toBeUndefined();
    expect(moneyArithmetic(["−90 750 utfall − (−150 000) budget = 59 250 bättre än budget"], 2024)).toBeUndefined();
  });
});

describe("a block's sum under a rule with no label", () => {
  const statement = [
    "RESULTATRÄKNING                                    (kronor)",
    "                                               2024          2023",
    "Medlemsbidrag                             7 600 000     7 400 000",
    "Övriga bidrag                               210 000       185 000",
    "                                         ----------    ----------",
    "                                          7 810 000     7 585 000",
    "",
    "Lämnade bidrag till insatser             -5 940 000    -5 610 000",
    "Personalkostnader                        -1 791 300    -1 681 800",
    "                                         ----------    ----------",
    "                                         -7 731 300    -7 291 800",
    "",
    "BALANSRÄKNING                                      (kronor)",
    "Eget kapital och skulder",
    "Ingående eget kapital                     2 105 380     1 810 100",
    "Årets resultat                               84 850       295 280",
    "                                         ----------    ----------",
    "                                          2 190 230     2 105 380",
  ];
  it("is labelled by its block where every column adds up", () => {
    const out = unlabelledSums(statement)!;
    expect(out[5]!.trim()).toMatch(/^Summa intäkter\s+7 810 000\s+7 585 000$/);
    expect(out[10]!.trim()).toMatch(/^Summa kostnader\s+-7 731 300/);
    expect(out[17]!.trim()).toMatch(/^Eget kapital vid årets slut\s+2 190 230/);
  });
  it("gives the statement's totals through the whole extraction", () => {
    const facts = extractReport(["Samordningsförbundet Ravik", "Årsredovisning 2024", "", ...statement], "ravik", 2024);
    const item = (i: string) =>
      facts.find((f: AnyFact) => f.table === "finance" && f.item === i && f.year === 2024)?.amount_sek;
    expect([item("revenue_operating"), item("cost_operating")]).toEqual([7810000, 7731300]);
  });
  it("must NOT label a sum that does not add up, nor a block that names no total", () => {
    const off = [...statement];
    off[5] = "                                          7 800 000     7 585 000";
    expect(unlabelledSums(off)?.[5]?.trim() ?? off[5]!.trim()).toMatch(/^7 800 000/);
    const mixed = [
      "RESULTATRÄKNING",
      "Intäkter      8 000",
      "Kostnader    -7 000",
      "              ------",
      "               1 000",
    ];
    expect(unlabelledSums(mixed)).toBeUndefined();
  });
});

describe("two-digit years in the sentences of a document whose headers write them so", () => {
  const doc = (sentence: string, header = "Deltagare per insats            -25     -24     -23") => [
    header,
    "",
    sentence,
  ];
  it("writes a year after a dating word out in full", () => {
    expect(twoDigitYears(doc("Av de 50 som avslutade under -25 gick 12 till arbete."), 2025)![2]).toBe(
      "Av de 50 som avslutade under 2025 gick 12 till arbete.",
    );
  });
  it("must NOT touch a sentence's dash-number where no header writes years so, or with no dating word", () => {
    expect(
      twoDigitYears(doc("Av de 50 som avslutade under -25 gick 12 till arbete.", "Deltagare   2025   2024"), 2025),
    ).toBeUndefined();
    expect(twoDigitYears(doc("Resultatet förändrades med -25 tkr."), 2025)![2]).toBe(
      "Resultatet förändrades med -25 tkr.",
    );
  });
});

describe("a sentence opening on a part of the exited", () => {
  const report = (sentence: string) =>
    extractReport(
      [
        "Samordningsförbundet Ravik",
        "Årsberättelse 2024",
        "",
        "Förbundets insatser hade 141 deltagare under 2024. 61 deltagare avslutade sin insats under året.",
        "",
        sentence,
      ],
      "ravik",
      2024,
    );
  it("gives no destinations of everyone: 'Av kvinnorna som avslutade gick 9 till arbete …'", () => {
    expect(exitsOf(report("Av kvinnorna som avslutade gick 9 till arbete och 5 till studier."))).toEqual([]);
    expect(exitsOf(report("Bland de unga som avslutade gick 4 till studier."))).toEqual([]);
  });
  it("must NOT keep the whole exited's destinations out", () => {
    expect(exitsOf(report("Av de avslutade gick 17 till arbete och 8 till studier."))).toEqual(
      expect.arrayContaining(["förbundet:work=17", "förbundet:studies=8"]),
    );
  });
});
