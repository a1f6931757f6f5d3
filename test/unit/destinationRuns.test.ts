/**
 * A run of exit destinations in any layout, stored only where it adds up to the year's exits
 * (general/destinationRuns.ts). Made-up federations and wording.
 */
import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { parseDestinationRuns, withDestinationRuns } from "../../loaders/extract/general/destinationRuns.ts";
import type { FactInput } from "../../loaders/schema/facts.ts";

const doc = (lines: readonly string[], year = 2025) => new DocumentText("zz-testby/2025-annual-report", lines, year);

const exits = (value: number, year = 2025): FactInput => ({
  table: "participant_count",
  intervention: null,
  year,
  measure: "exited",
  gender: "all",
  value,
  line: 1,
  text: "",
  section: "general:prose",
  approximate: false,
  confirmed_by: [],
});

const read = (lines: readonly string[], known: FactInput[] = [], year = 2025) =>
  parseDestinationRuns(doc(lines, year), known)
    .facts.filter((f) => f.table === "participant_breakdown")
    .map((f) => {
      const b = f as Extract<FactInput, { table: "participant_breakdown" }>;
      return [b.year, b.category, b.value, b.line] as const;
    });

describe("a run of destinations that adds up to the year's exits", () => {
  it("reads a chain of sentences after a lead naming the exits", () => {
    const lines = [
      "Resultat",
      "",
      "Av de 50 som avslutade fick 14 ett arbete. Nio började studera och 11 skrevs in som",
      "arbetssökande. Ytterligare 10 gick vidare till annan rehabilitering, medan 6 avslutades av",
      "andra skäl.",
    ];
    expect(read(lines)).toEqual([
      [2025, "work", 14, 3],
      [2025, "studies", 9, 3],
      [2025, "job_seeker", 11, 3],
      [2025, "continued_rehab", 10, 4],
      [2025, "other_exit", 6, 4],
    ]);
  });

  it("reads a line of label-count items against the exits read elsewhere", () => {
    const lines = ["Utfall: arbete 9 | studier 4 | arbetssökande 7 | fortsatt rehabilitering 8 | annat 5"];
    expect(read(lines, [exits(33)]).map((f) => f[2])).toEqual([9, 4, 7, 8, 5]);
  });

  it("reads a plus line closed by its total", () => {
    const lines = [
      "8 arbete + 5 studier + 9 arbetssökande + 7 fortsatt rehabilitering + 4 annat avslut = 33 avslutade",
    ];
    expect(read(lines).map((f) => f[1])).toEqual(["work", "studies", "job_seeker", "continued_rehab", "other_exit"]);
  });

  it("reads a bullet list under a lead ending on a colon", () => {
    const lines = [
      "Så här gick det för de 40 som avslutade under 2025:",
      "",
      "- 12 har fått ett arbete",
      "- 6 studerar",
      "- 9 fortsätter i annan rehabilitering",
      "- 13 avslutade av annan orsak",
    ];
    expect(read(lines).map((f) => [f[1], f[2]])).toEqual([
      ["work", 12],
      ["studies", 6],
      ["continued_rehab", 9],
      ["other_exit", 13],
    ]);
  });

  it("reads a block of rows under a header of years, each column its year's", () => {
    const lines = [
      "Avslutade efter orsak",
      "",
      "                        2025     2024",
      "Arbete                    11        9",
      "Studier                    5        —",
      "Arbetssökande              8        7",
      "Övrigt                     6        8",
    ];
    expect(read(lines, [exits(30)])).toEqual([
      [2025, "work", 11, 4],
      [2025, "studies", 5, 5],
      [2025, "job_seeker", 8, 6],
      [2025, "other_exit", 6, 7],
    ]);
  });

  it("gives way to no reader that agrees, and replaces destinations that do not add up", () => {
    const lines = [
      "Av de 30 som avslutade gick 11 till arbete, 5 till studier, 8 till arbetssökande och 6 till annat.",
    ];
    const other: FactInput = {
      table: "participant_breakdown",
      intervention: null,
      year: 2025,
      population: "exited",
      dimension: "exit_outcome",
      category: "work",
      value: 3,
      source_label: "x",
      line: 1,
      text: "",
      section: "general:prose",
      approximate: false,
      confirmed_by: [],
    };
    const outputs = withDestinationRuns(doc(lines), [{ facts: [other], findings: [], coverage: [] }]);
    const facts = outputs.flatMap((o) => o.facts).filter((f) => f.table === "participant_breakdown") as Extract<
      FactInput,
      { table: "participant_breakdown" }
    >[];
    expect(facts.map((f) => [f.category, f.value])).toEqual([
      ["work", 11],
      ["studies", 5],
      ["job_seeker", 8],
      ["other_exit", 6],
    ]);
  });
});

describe("what a destination run must not store", () => {
  it("stores no list that does not add up to the exits", () => {
    expect(read(["Av dem gick 12 till arbete, 6 till studier och 9 till arbetssökande."], [exits(40)])).toEqual([]);
  });

  it("stores nothing where the exits are unknown and the paragraph states none", () => {
    expect(read(["Arbete 12, studier 6, arbetssökande 9, annat 4."])).toEqual([]);
  });

  it("stores no percent list", () => {
    expect(read(["Av de 100 som avslutade gick 40 % till arbete, 20 % till studier och 40 % till annat."])).toEqual([]);
  });

  it("stores no target", () => {
    const lines = ["Målet är att 20 ska gå till arbete och 10 till studier av de 30 som avslutar."];
    expect(read(lines, [exits(30)])).toEqual([]);
  });

  it("stores no list of a prior year as this year's", () => {
    const lines = ["Året innan avslutade 20 deltagare, och då gick 12 till arbete och 8 till studier."];
    expect(read(lines, [exits(20)]).filter((f) => f[0] === 2025)).toEqual([]);
  });

  it("dates no list by another figure's year in brackets before it", () => {
    const lines = [
      "– Deltagare: 213 (2024: 198) · Avslutade: 30",
      "– Avslutade till: arbete 11 · studier 7 · övrigt 12",
    ];
    expect(read(lines).map((f) => f[0])).toEqual([2025, 2025, 2025]);
  });

  it("stores no list of an intervention's exits under its heading", () => {
    const lines = [
      "Bilaga 1",
      "Insatsens namn: Steget",
      "",
      "Under året avslutade insatsen 20 deltagare. Av dem fick 12 arbete och 8 började studera.",
    ];
    expect(read(lines, [exits(20)])).toEqual([]);
  });

  it("stores no list of a neighbouring federation", () => {
    const lines = [
      "Samordningsförbundet Grannvik berättar att av de 30 som avslutade gick 20 till arbete och 10 till studier.",
    ];
    expect(read(lines, [exits(30)])).toEqual([]);
  });

  it("stores no women's part list", () => {
    expect(read(["Av kvinnorna som avslutade gick 9 till arbete och 5 till studier."], [exits(14)])).toEqual([]);
  });
});

describe("destination runs in minutes", () => {
  const minutes = (lines: readonly string[]) =>
    parseDestinationRuns(doc(lines, 2026), [], { statedTotals: false })
      .facts.filter((f) => f.table === "participant_breakdown")
      .map((f) => [(f as Extract<FactInput, { table: "participant_breakdown" }>).year, f.line]);

  it("reads a list under the item presenting the annual report, against the total it states", () => {
    const lines = [
      "§ 7. Årsredovisning 2025",
      "     Förbundschefen redogjorde för året. 30 deltagare hade avslutats: till arbete 9,",
      "     till studier 6, till arbetssökande 8 och av övriga orsaker 7.",
    ];
    expect(minutes(lines)).toEqual([
      [2025, 2],
      [2025, 3],
      [2025, 3],
      [2025, 3],
    ]);
  });

  it("stores no list an item on an intervention reports, though it adds up to the total it states", () => {
    const lines = [
      "§ 8. Rapport från insatsen Steget 2025",
      "     Projektledaren berättade att 30 deltagare hade avslutats: till arbete 9, till studier 6,",
      "     till arbetssökande 8 och av övriga orsaker 7.",
    ];
    expect(minutes(lines)).toEqual([]);
  });
});

describe("a table's plan column", () => {
  it("reads no budget column as the year's destinations, though it adds up to the exits", () => {
    const lines = [
      "Avslut till          Budget 2025   Utfall 2025",
      "Arbete                        12            10",
      "Studier                        6             8",
      "Annat                         12            12",
    ];
    expect(read(lines, [exits(30)])).toEqual([
      [2025, "work", 10, 2],
      [2025, "studies", 8, 3],
      [2025, "other_exit", 12, 4],
    ]);
  });
});

describe("more shapes of one list", () => {
  it("reads a Markdown table's rows", () => {
    const lines = ["| Avslutade till | Antal |", "|---|---|", "| Arbete | 11 |", "| Studier | 7 |", "| Annat | 12 |"];
    expect(read(lines, [exits(30)]).map((f) => [f[1], f[2], f[3]])).toEqual([
      ["work", 11, 3],
      ["studies", 7, 4],
      ["other_exit", 12, 5],
    ]);
  });

  it("reads counts with their share in brackets, and a destination fronted before its verb", () => {
    const lines = ["Till arbete gick 11 (37 %), till studier 7 (23 %) och 12 (40 %) avslutades av andra skäl."];
    expect(read(lines, [exits(30)]).map((f) => [f[1], f[2]])).toEqual([
      ["work", 11],
      ["studies", 7],
      ["other_exit", 12],
    ]);
  });

  it("stores nothing where the brackets hold the counts and the shares stand outside", () => {
    expect(
      read(["Till arbete gick 37 % (11), till studier 23 % (7) och 40 % (12) av andra skäl."], [exits(30)]),
    ).toEqual([]);
  });
});

describe("totals stated in other words", () => {
  it("takes a count alone after the exits' label as their total", () => {
    const lines = ["Avslutade deltagare: 30, varav arbete 11, studier 7, rehabilitering 5 och annat 7."];
    expect(read(lines).map((f) => f[2])).toEqual([11, 7, 5, 7]);
  });

  it("takes a closing 'Totalt N avslutade' after counts with shares in brackets", () => {
    const lines = [
      "Arbete 11 (37 %), studier 7 (23 %), rehabilitering 5 (17 %) och annat 7 (23 %). Totalt 30 avslutade.",
    ];
    expect(read(lines).map((f) => f[1])).toEqual(["work", "studies", "continued_rehab", "other_exit"]);
  });

  it("stores nothing where the closing total is not the list's sum", () => {
    const lines = [
      "Arbete 11 (37 %), studier 7 (23 %), rehabilitering 5 (17 %) och annat 7 (23 %). Totalt 31 avslutade.",
    ];
    expect(read(lines)).toEqual([]);
  });
});

describe("lists set a line each", () => {
  it("reads the total column of a table by gender", () => {
    const lines = [
      "Avslutade 2025 efter orsak",
      "",
      "                      Kvinnor   Män   Totalt",
      "Arbete                      8     10       18",
      "Studier                    6      5       11",
      "Övrigt                    20     15       35",
    ];
    expect(read(lines, [exits(64)]).map((f) => [f[1], f[2]])).toEqual([
      ["work", 18],
      ["studies", 11],
      ["other_exit", 35],
    ]);
  });

  it("reads no column of a table by gender with no total", () => {
    const lines = [
      "                      Kvinnor   Män",
      "Arbete                      8     10",
      "Studier                    6      5",
    ];
    expect(read(lines, [exits(14)])).toEqual([]);
  });

  it("reads a label and its count a line each under a lead", () => {
    const lines = ["Avslutade deltagare per avslutsorsak:", "arbete 18", "studier 11", "annat 35"];
    expect(read(lines, [exits(64)]).map((f) => f[3])).toEqual([2, 3, 4]);
  });
});

describe("the exits a list was proven against", () => {
  const counts = (lines: readonly string[], known: FactInput[] = []) =>
    parseDestinationRuns(doc(lines), known)
      .facts.filter((f) => f.table === "participant_count")
      .map((f) => [(f as Extract<FactInput, { table: "participant_count" }>).value, f.line]);

  it("stores the total the list adds up to where no reader read the year's exits", () => {
    const lines = [
      "Så här gick det för de 30 som avslutade under 2025:",
      "- 11 har fått arbete",
      "- 7 studerar",
      "- 12 av annan orsak",
    ];
    expect(counts(lines)).toEqual([[30, 1]]);
  });

  it("stores no total the exits read elsewhere already give", () => {
    const lines = [
      "Så här gick det för de 30 som avslutade under 2025:",
      "- 11 har fått arbete",
      "- 7 studerar",
      "- 12 av annan orsak",
    ];
    expect(counts(lines, [exits(30)])).toEqual([]);
  });

  it("stores no total the list does not add up to", () => {
    const lines = [
      "Så här gick det för de 31 som avslutade under 2025:",
      "- 11 har fått arbete",
      "- 7 studerar",
      "- 12 av annan orsak",
    ];
    expect(counts(lines)).toEqual([]);
  });
});

describe("a run narrowed where an older rule refuses (stop 41)", () => {
  it("reads a table of where they went whose own total row holds in every column (must fire)", () => {
    const lines = [
      "Vart gick de avslutade?",
      "                       Kvinnor   Män   Totalt",
      "Arbete                       6     5       11",
      "Studier                      3     2        5",
      "Annat                        4     6       10",
      "Summa                       13    13       26",
    ];
    expect(read(lines, [exits(26)]).map((f) => `${f[1]}=${f[2]}`)).toEqual(["work=11", "studies=5", "other_exit=10"]);
  });

  it("stores nothing where a total row misses its rows' sum in one column, though the total column adds up (must not fire)", () => {
    const lines = [
      "Vart gick de avslutade?",
      "                       Kvinnor   Män   Totalt",
      "Arbete                       6     5       11",
      "Studier                      3     2        5",
      "Annat                        4     6       10",
      "Summa                       14    12       26",
    ];
    expect(read(lines, [exits(26)])).toEqual([]);
  });

  it("stores no dotted list whose Summa line is not its sum, though the list matches the exits read elsewhere (must not fire)", () => {
    const lines = [
      "Utfall vid avslut",
      "Arbete ............ 12",
      "Studier ........... 7",
      "Annat ............. 21",
      "Summa ............. 42",
    ];
    expect(read(lines, [exits(40)])).toEqual([]);
  });

  it("stores no table headed by where the participants came from, though it adds up to the exits (must not fire)", () => {
    const lines = [
      "Deltagarna fördelade på var de kom från     Antal",
      "Arbete          9",
      "Studier         4",
      "Annat          14",
    ];
    expect(read(lines, [exits(27)])).toEqual([]);
    const before = ["Sysselsättning före insatsen", "Arbete          9", "Studier         4", "Annat          14"];
    expect(read(before, [exits(27)])).toEqual([]);
    // The same rows under a caption of where they went are read (must fire).
    const after = ["Sysselsättning efter avslut", "Arbete          9", "Studier         4", "Annat          14"];
    expect(read(after, [exits(27)]).map((f) => f[2])).toEqual([9, 4, 14]);
  });

  it("stores no run in running text saying where they came from (must not fire)", () => {
    expect(read(["Före insatsen: arbete 9, studier 4 och annat 14."], [exits(27)])).toEqual([]);
    expect(read(["Av de 27 kom 9 från arbete, 4 från studier och 14 från annat."], [exits(27)])).toEqual([]);
    // After avslut named again, the next sentence's list is read (must fire).
    const both = ["Före insatsen: arbete 9, studier 4 och annat 14. Efter avslut: arbete 11, studier 5 och annat 11."];
    expect(read(both, [exits(27)]).map((f) => f[2])).toEqual([11, 5, 11]);
  });

  it("stores no rows set in under a line of other words, whose label they continue (must not fire)", () => {
    const lines = ["Ärenden som gällde", "   arbete          9", "   studier         4", "   annat          14"];
    expect(read(lines, [exits(27)])).toEqual([]);
    // Set in under a title naming the exits they are read (must fire).
    const titled = ["Avslutade gick till", "   arbete          9", "   studier         4", "   annat          14"];
    expect(read(titled, [exits(27)]).map((f) => f[2])).toEqual([9, 4, 14]);
  });

  it("dates a table by the one year its caption names, even after a section number (must not fire for the report's year)", () => {
    const lines = [
      "----------------------------------------",
      "Fråga 7. Avslutade 2024 fördelade på utfall",
      "----------------------------------------",
      "Arbete              9",
      "Studier             4",
      "Annat              14",
    ];
    expect(read(lines, [exits(27, 2025)])).toEqual([]);
    expect(read(lines, [exits(27, 2024)]).map((f) => f[0])).toEqual([2024, 2024, 2024]);
    // Two years over the rows and no header of years: none is sure.
    const two = [
      "Avslutade 2025 (jämfört med 2024)",
      "Arbete              9",
      "Studier             4",
      "Annat              14",
    ];
    expect(read(two, [exits(27, 2025)])).toEqual([]);
  });

  it("stores no sentence run whose last item names another year, neither as that year's nor the report's (must not fire)", () => {
    const lines = [
      "Av de avslutade gick 10 till arbete, 5 till studier och 9 till fortsatt rehabilitering under 2023.",
    ];
    expect(read(lines, [exits(24, 2025)])).toEqual([]);
    // Named once at the end with nothing before it, the year dates the run (must fire).
    expect(read(lines, [exits(24, 2023)]).map((f) => f[0])).toEqual([2023, 2023, 2023]);
    // A year before the run and another after: no one year's.
    const both = ["Under 2024 gick 10 till arbete, 5 till studier och 9 till fortsatt rehabilitering under 2023."];
    expect(read(both, [exits(24, 2024), exits(24, 2023)])).toEqual([]);
  });
});

describe("more shapes of one list (stop 41)", () => {
  it("reads a colon line of 'N st' items closed by a bracketed total, and stores that total as the exits (must fire)", () => {
    const lines = [
      "Utfall vid avslut 2025: Arbete 11 st, Studier 4 st, Arbetssökande 7 st, Övrigt 6 st (totalt 28 avslutade).",
    ];
    const out = parseDestinationRuns(doc(lines), []);
    expect(read(lines).map((f) => `${f[1]}=${f[2]}`)).toEqual(["work=11", "studies=4", "job_seeker=7", "other_exit=6"]);
    expect(out.facts.some((f) => f.table === "participant_count" && f.value === 28)).toBe(true);
  });

  it("stores no colon line whose bracketed total is not its sum, nor a target line closed by one (must not fire)", () => {
    expect(read(["Utfall vid avslut 2025: Arbete 11 st, Studier 4 st, Övrigt 6 st (totalt 23 avslutade)."])).toEqual(
      [],
    );
    const target = ["Målsättning 2026: Arbete 15 st, Studier 6 st, Övrigt 7 st (totalt 28 avslutade)."];
    expect(parseDestinationRuns(doc(target), []).facts).toEqual([]);
  });

  it("reads a count in brackets after each destination's words (must fire)", () => {
    const lines = [
      "Under året avslutade 40 deltagare. Flest gick till arbete (15) eller studier (6). Andra",
      "fortsatte i annan rehabilitering (11) eller blev arbetssökande (5), och för resten (3) avslutades",
      "insatsen av annan orsak.",
    ];
    expect(read(lines).map((f) => `${f[1]}=${f[2]}`)).toEqual([
      "work=15",
      "studies=6",
      "continued_rehab=11",
      "job_seeker=5",
      "other_exit=3",
    ]);
  });

  it("reads no bracketed shares after destination words, nor a bracket holding last year's figure (must not fire)", () => {
    const shares = ["Flest gick till arbete (38 %) eller studier (15 %); övriga (47 %) avslutades av annan orsak."];
    expect(read(shares, [exits(40)])).toEqual([]);
    const prior = ["Till arbete gick 15 (11), till studier 6 (9) och till annat 19 (20)."];
    expect(read(prior, [exits(40)])).toEqual([]);
  });

  it("reads bold Markdown labels one a line closed by their Summa (must fire)", () => {
    const lines = [
      "### Efter avslut",
      "",
      "**Arbete:** 9",
      "**Studier:** 3",
      "**Fortsatt vård eller rehabilitering:** 8",
      "**Summa avslutade:** 20",
    ];
    expect(read(lines).map((f) => `${f[1]}=${f[2]}`)).toEqual(["work=9", "studies=3", "continued_rehab=8"]);
  });

  it("reads no such list under a caption of a plan, though it adds up (must not fire)", () => {
    const lines = [
      "### Mål för 2026",
      "",
      "**Arbete:** 9",
      "**Studier:** 3",
      "**Annat:** 8",
      "**Summa avslutade:** 20",
    ];
    expect(read(lines, [exits(20, 2026)], 2025)).toEqual([]);
    expect(read(lines, [exits(20)])).toEqual([]);
  });

  it("takes no count of those who took part as the exits a list is proven against (must not fire)", () => {
    const lines = ["Sammanlagt 30 personer deltog i insatserna: arbete 12, studier 8 och annat 10."];
    expect(read(lines)).toEqual([]);
  });
});

describe("a destination table turned on its side (stop 41)", () => {
  const table = (rows: string[], caption = "Avslutade efter utfall") => [
    caption,
    "",
    "År        Arbete   Studier   Arbetssökande   Övrigt   Summa",
    ...rows,
  ];

  it("reads each year's row where it adds up to its Summa, the Summa stored as the year's exits (must fire)", () => {
    const lines = table([
      "2025          12         5              8        6      31",
      "2024           9         6              7        5      27",
    ]);
    const out = parseDestinationRuns(doc(lines), []);
    expect(read(lines).map((f) => `${f[0]}:${f[1]}=${f[2]}`)).toEqual([
      "2025:work=12",
      "2025:studies=5",
      "2025:job_seeker=8",
      "2025:other_exit=6",
      "2024:work=9",
      "2024:studies=6",
      "2024:job_seeker=7",
      "2024:other_exit=5",
    ]);
    expect(out.facts.filter((f) => f.table === "participant_count").map((f) => `${f.year}=${f.value}`)).toEqual([
      "2025=31",
      "2024=27",
    ]);
  });

  it("reads no target row, no later year, no row missing its Summa, no row with a dash (must not fire)", () => {
    const lines = table([
      "Mål 2026      15         6              8        6      35",
      "2026          14         6              8        6      34",
      "2025          12         5              8        6      33",
      "2024           9         –              7        5      21",
    ]);
    expect(parseDestinationRuns(doc(lines), []).facts).toEqual([]);
  });

  it("reads no turned table under a caption of where they came from or of a plan (must not fire)", () => {
    const rows = ["2025          12         5              8        6      31"];
    expect(read(table(rows, "Sysselsättning före insatsen"))).toEqual([]);
    expect(read(table(rows, "Budget för avslut"))).toEqual([]);
  });

  it("reads a row without its own Summa only against the exits read elsewhere (must fire, then must not)", () => {
    const lines = ["År        Arbete   Studier   Övrigt", "2025          12         5       14"];
    expect(read(lines, [exits(31)]).map((f) => f[2])).toEqual([12, 5, 14]);
    expect(read(lines, [exits(30)])).toEqual([]);
    expect(read(lines)).toEqual([]);
  });
});

describe("a part of the year's destinations after a lead naming the exits (stop 41)", () => {
  it("reads two destinations after a lead that is the year's exits read elsewhere (must fire)", () => {
    const lines = ["Av de 70 som avslutade sin insats gick 21 till arbete och 8 till studier."];
    expect(read(lines, [exits(70)]).map((f) => `${f[1]}=${f[2]}`)).toEqual(["work=21", "studies=8"]);
  });

  it("reads them after a sentence stating the exits where no reader read them, under the federation's heading (must fire)", () => {
    const lines = ["Under året avslutade 95 personer sin insats; 30 av dem fick ett arbete och 11 började studera."];
    expect(read(["Förbundets deltagare", "", ...lines]).map((f) => `${f[1]}=${f[2]}`)).toEqual([
      "work=30",
      "studies=11",
    ]);
    // Under a heading naming no one (it may be an intervention's name), the stated total leads no part (must not fire).
    expect(read(["Vägen framåt", "", ...lines])).toEqual([]);
  });

  it("stores no part in rows level with the exits' line, nor after a total that is an intervention's exits too (must not fire)", () => {
    const rows = ["Avslutade 2025          61", "Till arbete             14", "Till studier             9"];
    expect(read(rows, [exits(61)])).toEqual([]);
    const lines = ["Av de 17 som avslutades gick 9 till arbete och 6 till studier."];
    const theirs: FactInput = { ...exits(17), intervention: "Nyckeln" } as FactInput;
    expect(read(lines, [exits(17), theirs])).toEqual([]);
    expect(read(lines, [exits(17)]).map((f) => f[2])).toEqual([9, 6]);
  });

  it("stores no part whose lead is not the year's exits: last year's, an intervention's, a neighbour's (must not fire)", () => {
    const prior = ["Året innan avslutade 52 deltagare, och då gick 12 till arbete och 9 till studier."];
    expect(read(prior, [exits(70)])).toEqual([]);
    const intervention = ["Insatsen avslutade 70 deltagare; 21 av dem gick till arbete och 8 började studera."];
    expect(read(["Insats Kompassen", "", ...intervention], [exits(70)])).toEqual([]);
    const neighbour = [
      "Av de 70 som avslutade i Samordningsförbundet Östervall gick 21 till arbete och 8 till studier.",
    ];
    expect(read(neighbour, [exits(70)])).toEqual([]);
  });

  it("stores no part exceeding the exits, naming the rest without adding up, or closed by a total it misses (must not fire)", () => {
    expect(read(["Av de 30 som avslutade gick 21 till arbete och 12 till studier."], [exits(30)])).toEqual([]);
    const whole = ["Av de 70 som avslutade gick 21 till arbete, 8 till studier och 30 av annan orsak."];
    expect(read(whole, [exits(70)])).toEqual([]);
    const closed = ["Av de 70 som avslutade gick 21 till arbete och 8 till studier, totalt 31 avslutade."];
    expect(read(closed, [exits(70)])).toEqual([]);
  });

  it("stores no part of the women, no shares, no target after such a lead (must not fire)", () => {
    const women = ["Av de 70 som avslutade var 40 kvinnor. Av kvinnorna gick 12 till arbete och 5 till studier."];
    expect(read(women, [exits(70)])).toEqual([]);
    const shares = ["Av de 70 som avslutade gick 30 procent till arbete och 11 procent till studier."];
    expect(read(shares, [exits(70)])).toEqual([]);
    const target = ["Av de 70 som avslutade ska minst 25 gå till arbete och 10 till studier."];
    expect(read(target, [exits(70)])).toEqual([]);
  });

  it("gives way to a whole list of the year read anywhere in the document (must fire for the whole list)", () => {
    const lines = [
      "Under året avslutade 60 deltagare: 20 till arbete och 10 till studier.",
      "",
      "Förbundet totalt: arbete 20, studier 10, arbetssökande 12, annat 18.",
    ];
    expect(read(lines, [exits(60)]).map((f) => `${f[1]}=${f[2]}`)).toEqual([
      "work=20",
      "studies=10",
      "job_seeker=12",
      "other_exit=18",
    ]);
  });

  it("joins a word a narrow column hyphenated ('ar-bete', 'arbetssökan-de') (must fire)", () => {
    const lines = [
      "Under året avslutades 30 delta-gare. 12 gick till ar-bete, 6 till stu-dier och 12 till arbetssökan-de.",
    ];
    expect(read(lines).map((f) => `${f[1]}=${f[2]}`)).toEqual(["work=12", "studies=6", "job_seeker=12"]);
  });
});
