/**
 * Review of stop 37's reading rules (`git diff 72eb3430..lead37 -- loaders`): shapes where a rule
 * stores a wrong figure, or loses a right one. Every case here is a must-NOT test written as
 * `it.fails(...)`: it FAILS today (so vitest reports it as an expected failure) and will start to
 * "fail the fails" once the reader is fixed, when the `.fails` should be dropped. Made-up federations
 * (ids prefixed "rv37-"), made-up figures. The readers are not changed here.
 */
import { describe, expect, it } from "vitest";
import { documentFacts } from "../support/manifestEntry.ts";
import { numericTail } from "../../loaders/extract/general/layoutGrid.ts";
import { cellAddressRows } from "../../loaders/extract/text/cellAddresses.ts";
import { extractFromLines } from "../../loaders/extract/extractDocument.ts";
import type { ManifestEntry } from "../../loaders/schema/manifest.ts";
import type { AnyFact } from "../helpers.ts";
import { extractReport } from "../support/reportFacts.ts";

const REPORT = { federation: "rv37-kolmyra", year: 2025 };
const facts = (lines: string[]) => documentFacts(REPORT, lines);
const counts = (lines: string[]) =>
  facts(lines)
    .filter((f) => f.table === "participant_count")
    .map((f) => `${f.year}:${f.measure}/${(f as { gender?: string }).gender}=${(f as { value?: number }).value}`);
const fees = (lines: string[]) =>
  facts(lines)
    .filter((f) => f.table === "member_contribution")
    .map((f: AnyFact) => `${f.member}=${f.amount_sek}@${f.year}:${f.basis}`);

const MEMBERS =
  "Förbundets medlemmar är Ålsta kommun, Kvarnby kommun, Region Bergmark, Försäkringskassan och Arbetsförmedlingen.";

describe("review37 R1 parseParticipantTables readRow: a year closing the label", () => {
  // The new rule in readRow takes any year closing a label ("Unika personer i förbundet 2024") as
  // part of the label when one more number stands than columns; nothing then checks that year.
  it("R1 stores no 2024 row of a gender table as the report year's (2025) participants (must not fire)", () => {
    const read = counts([
      "Deltagare",
      "",
      "Deltagare i förbundets insatser",
      "                                   Kvinnor      Män    Totalt",
      "Unika personer i förbundet 2024         90       80       170",
    ]);
    // Today: 2025:enrolled/all=170 (and 90 women, 80 men), all of them the year before's.
    expect(read).not.toContain("2025:enrolled/all=170");
  });
});

const BUDGET_ABOVE = (caption: string) => [
  MEMBERS,
  "",
  "Budget för verksamhetsåret 2026",
  "",
  "Styrelsen har i december fastställt verksamhetsplanen.",
  "Den bygger på samma inriktning som tidigare och på tre",
  "målområden som alla följs upp varje tertial under året.",
  "Förbundets arbete fortsätter i stort som förut med",
  "ett fokus på unga vuxna och på insatser nära arbetslivet.",
  "",
  caption,
  "Staten                                  2 800 000",
  "Region Bergmark                         1 400 000",
  "Ålsta kommun                              840 000",
  "Kvarnby kommun                            560 000",
  "Summa                                   5 600 000",
];

describe("review37 R2 memberAmountLists: an undated list under a budget section's heading", () => {
  // yearlessFeeCaption stops at the nearest heading ("Medlemsavgifter") and otherTimeAbove looks six
  // lines up only: a "Budget … 2026" heading one paragraph further up is never seen.
  it("R2a stores no next year's budget list under a yearless 'Medlemsavgifter' heading as the report year's outcome (must not fire)", () => {
    const read = fees(BUDGET_ABOVE("Medlemsavgifter"));
    // Today: Staten=2800000@2025:actual … Kvarnby kommun=560000@2025:actual.
    expect(read.filter((x) => x.endsWith("@2025:actual"))).toEqual([]);
  });

  it("R2b stores no budget list proven by its sums alone ('Fördelning mellan parterna') as the report year's outcome (must not fire)", () => {
    const read = fees(BUDGET_ABOVE("Fördelning mellan parterna"));
    expect(read.filter((x) => x.endsWith("@2025:actual"))).toEqual([]);
  });

  it("R2 control: the same list under 'Medlemsavgifter' with no budget section above is read (must fire)", () => {
    const lines = BUDGET_ABOVE("Medlemsavgifter");
    lines[2] = "Ekonomi";
    expect(fees(lines)).toContain("Staten=2800000@2025:actual");
  });
});

describe("review37 R3 layoutGrid numericTail: a year closing a label", () => {
  // The rule checks the gap after the year but not the gap before it: a first cell that looks like a
  // year ("2012" participants, "1980" hours) standing apart from "under året" is swallowed by the label.
  it("R3 keeps a year-like first cell that stands apart from its period word as a cell (must not fire)", () => {
    expect(numericTail("Deltagare under året                 2012        1890").tail).toBe("2012        1890");
  });

  it("R3 end to end: the 2025 count 2012 is not lost to the label (must not fire)", () => {
    const read = counts([
      "Deltagare",
      "",
      "Deltagare i förbundets insatser",
      "                                     2025        2024",
      "Deltagare under året                 2012        1890",
      "Nya deltagare under året              940         880",
    ]);
    // Before this stop 2025:enrolled/all=2012 was read; today it is lost (and 1890 is still also
    // stored as year 2012's, an older wrong reading: see R3 note in the report).
    expect(read).toContain("2025:enrolled/all=2012");
  });
});

const FEE_ROWS = [
  "Staten                                  2 800 000",
  "Region Bergmark                         1 400 000",
  "Ålsta kommun                              840 000",
  "Kvarnby kommun                            560 000",
  "Summa                                   5 600 000",
];
const feesUnder = (caption: string) => fees([MEMBERS, "", "Ekonomi", "", caption, ...FEE_ROWS]);

describe("review37 R4 parseMemberContributions / memberAmountLists: a 'Tabell N' caption over a plan's fees", () => {
  // "Tabell N" now opens a members' table heading; the words after the noun ("enligt plan") are
  // not taken as a basis, so a plan's fees are read as the year's outcome. Before this stop: nothing.
  it("R4 stores no fees 'enligt plan' as the report year's outcome (must not fire)", () => {
    // Today: Staten=2800000@2025:actual …
    expect(feesUnder("Tabell 3. Medlemsavgifter enligt plan").filter((x) => x.endsWith(":actual"))).toEqual([]);
  });
});

describe("review37 R5 memberAmountLists: an undated budget or proposal list dated the report year", () => {
  // A caption naming a budget, a plan or a proposal but no year: the list is stored as the report
  // year's budget. In an annual report such a list is as often next year's (a proposal is never the
  // year reported on). Before this stop: nothing stored. otherTimeAbove and NOT_THIS_YEAR look at the
  // lines above the caption or at a fee caption only, not at the caption that dates the list.
  it("R5a stores no undated proposal ('Föreslagen fördelning mellan parterna') as the 2025 budget (must not fire)", () => {
    expect(feesUnder("Föreslagen fördelning mellan parterna")).toEqual([]);
  });

  it("R5b stores no undated 'Medlemsavgifter enligt förslaget' as the 2025 budget (must not fire)", () => {
    expect(feesUnder("Medlemsavgifter enligt förslaget")).toEqual([]);
  });

  it("R5c stores no undated 'Planerade medlemsavgifter' as the 2025 budget (must not fire)", () => {
    expect(feesUnder("Planerade medlemsavgifter")).toEqual([]);
  });
});

describe("review37 R6 cellAddresses: one empty sheet row between two tables", () => {
  // The module says "an empty row of the sheet is a blank line (a new table)", but setRows only
  // writes a blank line where two rows or more are skipped (row > lastRow + 2): a sheet with one empty
  // row between a table of counts and a table of money runs both together under the first header.
  // Closed in stop 38: any empty sheet row is a blank line.
  it("R6 sets a blank line where one sheet row is empty (must not run two tables together)", () => {
    const rows = cellAddressRows([
      "A1 | Deltagare",
      "B1 | 2025",
      "C1 | 2024",
      "A2 | Nya",
      "B2 | 40",
      "C2 | 35",
      "A3 | Avslutade",
      "B3 | 30",
      "C3 | 28",
      "A5 | Budget tkr",
      "B5 | 2026",
      "A6 | Medlemsavgifter",
      "B6 | 4 000",
    ])!.lines;
    // Today: "Avslutade 30 28" is followed straight by "Budget tkr 2026" and "Medlemsavgifter 4 000",
    // the fees standing under the participants' 2025 column.
    expect(rows[3]).toBe("");
  });
});

describe("review37 R7 calendarSource: an event's date is dropped", () => {
  // Each event's SUMMARY and DESCRIPTION are written, its DTSTART never: an invitation to last
  // spring's meeting adopting the year before's report ("… under året") reads as the report year's.
  const entry: ManifestEntry = {
    federation_id: "rv37-kolmyra",
    kind: "annual_report",
    date: "2026-03-10",
    period_year: 2025,
    title: "Årsredovisning 2025",
    file: "rv37-kolmyra/kallelser.txt",
    sha256: "0".repeat(64),
  };
  // Closed in stop 42 (r42-review): an event held before the report year ended is not read (calendarSource.ts).
  it("R7 stores no count from an event held in March 2025 (on the 2024 report) as 2025's (must not fire)", () => {
    const lines = [
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "X-WR-CALNAME:Styrelsen",
      "BEGIN:VEVENT",
      "UID:a1@kolmyra.example",
      "DTSTART:20250311T130000",
      "SUMMARY:Styrelsemöte – årsredovisning",
      "DESCRIPTION:Årsredovisningen visar att 150 personer deltog i förbundets insatser under året\\, varav 60 nya.",
      "END:VEVENT",
      "END:VCALENDAR",
    ];
    const read = (extractFromLines(entry, lines, "0".repeat(64)).facts as AnyFact[])
      .filter((f) => f.table === "participant_count" && f.year === 2025)
      .map((f) => `${f.measure}=${f.value}`);
    // Today: enrolled=150 and new=60, both the 2024 report's.
    expect(read).toEqual([]);
  });
});

describe("review37 R8 rConsole: the code chunk that filters a printed table is blanked", () => {
  // The chunk's code is blanked (rightly: its numbers are arguments), but it is also the only place
  // that says which year, intervention or gender the printed table counts: a table of one year, one
  // intervention or one gender is read as the federation's whole report year.
  const destinations = (code: string) =>
    (
      extractReport(
        [
          "---",
          'title: "Samordningsförbundet Kolmyra 2025"',
          "output: github_document",
          "---",
          "",
          "## Avslut",
          "",
          "``` r",
          code,
          "```",
          "",
          "    ## # A tibble: 3 × 2",
          "    ##   avslut_till       n",
          "    ##   <chr>         <int>",
          "    ## 1 Arbete           20",
          "    ## 2 Studier           9",
          "    ## 3 Annat avslut     44",
        ],
        "rv37-kolmyra",
        2025,
      ) as AnyFact[]
    )
      .filter((f) => f.table === "participant_breakdown")
      .map((f) => `${f.intervention ?? "fed"}:${f.year}:${f.category}=${f.value}`);

  it("R8a stores no table filtered to 2024 as 2025's destinations (must not fire)", () => {
    // Today: fed:2025:work=20, fed:2025:studies=9, fed:2025:other_exit=44.
    expect(destinations("avslut %>% filter(ar == 2024) %>% count(avslut_till)")).toEqual([]);
  });

  it("R8b stores no table filtered to one intervention as the federation's (must not fire)", () => {
    expect(destinations('avslut %>% filter(insats == "Steget") %>% count(avslut_till)')).not.toContain(
      "fed:2025:work=20",
    );
  });

  it("R8c stores no table filtered to women as all exits' destinations (must not fire)", () => {
    expect(destinations('avslut %>% filter(kon == "kvinna") %>% count(avslut_till)')).toEqual([]);
  });

  it("R8 control: an unfiltered count of destinations is read (must fire)", () => {
    expect(destinations("avslut %>% count(avslut_till)")).toContain("fed:2025:work=20");
  });
});

describe("review37 R9/R10 latexSource: what does not print, and a macro redefined", () => {
  const counts = (lines: string[]) =>
    (extractReport(lines, "rv37-kolmyra", 2025) as AnyFact[])
      .filter((f) => f.table === "participant_count")
      .map((f) => `${f.year}:${f.measure}=${f.value}`);

  // Only "\iffalse … \fi" is taken out; a switch the document declares and sets false ("\newif\ifprel",
  // "\prelfalse") hides its text as surely, and is how a draft's preliminary figures are kept in a source.
  it("R9 stores no figure inside a conditional the document set false (must not fire)", () => {
    const read = counts([
      "\\documentclass[11pt]{article}",
      "\\newif\\ifprel",
      "\\prelfalse",
      "\\begin{document}",
      "\\section*{Deltagare}",
      "\\ifprel",
      "Under 2025 deltog 230 personer i förbundets insatser.",
      "\\fi",
      "\\end{document}",
    ]);
    // Today: 2025:enrolled=230, a figure the printed report never shows.
    expect(read).toEqual([]);
  });

  // Macros are collected before the text is converted: the last "\renewcommand" is expanded
  // everywhere, also in the text written before it.
  it("R10 expands a macro by the definition in force where it is used (must not store 2024's as 152)", () => {
    const read = counts([
      "\\documentclass{article}",
      "\\newcommand{\\antal}{140}",
      "\\begin{document}",
      "\\section*{Deltagare}",
      "Under 2024 deltog \\antal{} personer i förbundets insatser.",
      "\\renewcommand{\\antal}{152}",
      "Under 2025 deltog \\antal{} personer i förbundets insatser.",
      "\\end{document}",
    ]);
    // Today: 2024:enrolled=152 (the 2024 sentence prints 140).
    expect(read).not.toContain("2024:enrolled=152");
  });
});

describe("review37 R11 rtfSource: struck-through text", () => {
  // Hidden ("\v") and tracked-deleted ("\deleted") text are dropped, but text struck through by hand
  // ("\strike", "\striked1") is read: the LaTeX decoder drops "\sout" for the same reason.
  const counts = (body: string) =>
    (
      extractReport(
        ["{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Arial;}}", "{\\b Deltagare}\\par", body, "}"],
        "rv37-kolmyra",
        2025,
      ) as AnyFact[]
    )
      .filter((f) => f.table === "participant_count")
      .map((f) => `${f.year}:${f.measure}=${f.value}`);

  it("R11 stores no struck-through figure as the year's (must not fire)", () => {
    // Today: 2025:enrolled=230, the figure the writer struck out (152 is the one that holds).
    expect(
      counts("Under 2025 deltog {\\strike 230 personer,} 152 personer i f\\'f6rbundets insatser.\\par"),
    ).not.toContain("2025:enrolled=230");
  });

  it("R11 control: tracked-deleted text is dropped (must fire on the figure that holds)", () => {
    expect(counts("Under 2025 deltog {\\deleted 230 }152 personer i f\\'f6rbundets insatser.\\par")).toEqual([
      "2025:enrolled=152",
    ]);
  });
});

describe("review37 R12 memberAmountLists: a lone 'varav' municipality after the municipalities' subtotal", () => {
  // `someOf` lets one municipality named by "varav" stand for less than the subtotal, and the list
  // is then proven by the state's half alone; nothing checks that the part is that member's fee and
  // not a share of it spent on something ("… varav Ålsta kommun 140 tkr avsåg Steget"). Before this
  // stop: nothing stored.
  it("R12 stores no 'varav' part naming a purpose as that municipality's fee (must not fire)", () => {
    const read = fees([
      MEMBERS,
      "",
      "Ekonomi",
      "",
      "Medlemsbidragen 2025: staten 2 800 tkr, regionen 1 400 tkr och kommunerna 1 400 tkr, varav Ålsta kommun 140 tkr avsåg Steget.",
    ]);
    // Today: Ålsta kommun=140000@2025:actual (beside Staten and Regionen, which are right).
    expect(read).not.toContain("Ålsta kommun=140000@2025:actual");
  });
});

describe("review37 R13 figureGrammar: a middle dot read as a comma", () => {
  // "·" now tokenises as ",", so a card line of separate figures ("Deltagare: 174 · nya: 80 ·
  // avslutade 2024: 61") becomes one comma list, and the list's dating lets the year named in its
  // last item date every item. (The comma form already does so: an older risk the dot now widens.)
  // Closed in stop 38: a later item labelled "label YEAR: figure" dates its own figure only.
  const read = (line: string) => counts(["Deltagare", "", line]).filter((x) => /:(?:enrolled|new)\//.test(x));

  it("R13 dates no undated figure by the year another item behind a middle dot names (must not fire)", () => {
    // Today: 2024:enrolled/all=174 and 2024:new/all=80 (both undated, the report year's if anything).
    expect(read("Deltagare: 174 · nya: 80 · avslutade 2024: 61").filter((x) => x.startsWith("2024:"))).toEqual([]);
  });

  it("R13 the comma form too: the other year's item is set aside, the undated items are the year's", () => {
    const line = counts(["Deltagare", "", "Deltagare: 174, nya: 80, avslutade 2024: 61"]);
    expect(line).toContain("2025:enrolled/all=174");
    expect(line.some((x) => x.includes("=61"))).toBe(false);
  });

  it("R13 control: a middle-dot line under the year's own words is read as the year's (must fire)", () => {
    expect(read("Deltagare under året: 174 · varav nya: 80 · föregående år: 160")).toContain("2025:enrolled/all=174");
  });
});

describe("review37 R14 varavLines: 'därav' destinations judged on the lines before the first unknown one", () => {
  // varavDestinations stops at the first "därav" line whose label names no destination ("därav
  // avbrott") and checks only the lines before it: the list below it (here 12 + 5 + 30 = 47 of 40
  // exits) is never seen to break its sum. Before this stop: nothing stored.
  it("R14 stores no destination from a 'därav' list that adds up to more than the exits (must not fire)", () => {
    const read = facts([
      "Deltagare",
      "",
      "Avslutade deltagare under 2025: 40",
      "därav till arbete 12",
      "därav avbrott 5",
      "därav till studier 30",
    ])
      .filter((f) => f.table === "participant_breakdown")
      .map((f) => `${f.year}:${(f as { category?: string }).category}=${(f as { value?: number }).value}`);
    // Today: 2025:work=12.
    expect(read).toEqual([]);
  });
});
