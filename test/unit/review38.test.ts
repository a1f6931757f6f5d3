/**
 * Review of stop 38's reading rules (`git diff 09b8509f..lead38 -- loaders`): shapes where a rule
 * stores a wrong figure, or loses a right one. Every risk case here is a must-NOT test written as
 * `it.fails(...)`: it FAILS today (so vitest reports it as an expected failure) and will start to
 * "fail the fails" once the reader is fixed, when the `.fails` should be dropped. Plain `it(...)`
 * cases are controls that hold today (a fix must keep them). Made-up federations (ids prefixed
 * "rv38-"), made-up figures. The readers are not changed here.
 */
// Stop 38: R7-R10 and R17-R19 closed by the lead after this file came in (b26c82aa and before). Stop 39: R11 closed
// (a list's other-year label after a semicolon, 'och' or a longer label; a year labelling every item dates the list) and
// R12 (\providecommand after a definition; a definition inside an environment ends with it).
import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { parseMinutes } from "../../loaders/extract/minutes/parseMinutes.ts";
import type { AnyFact } from "../helpers.ts";
import { extractReport } from "../support/reportFacts.ts";

const FEDERATION = "rv38-tallmyra";
const counts = (lines: string[]) =>
  (extractReport(lines, FEDERATION, 2025) as AnyFact[])
    .filter((f) => f.table === "participant_count")
    .map((f) => `${f.year}:${f.intervention ?? "förbundet"}:${f.measure}/${f.gender}=${f.value}`);

const ROWS = [
  "  Stegvis                       24     15        39",
  "  Unga på väg                   10     14        24",
  "  Totalt                        34     29        63",
];
/** A gender table of two interventions under a caption (or any line) right above its header. */
const TABLE = (above: string, title = "Insats", rows = ROWS) => [
  "Samordningsförbundet Tallmyra",
  "Verksamhetsberättelse 2025",
  "",
  "Deltagare",
  "",
  above,
  "",
  `  ${title.padEnd(23)}Kvinnor    Män    Totalt`,
  ...rows,
  "",
];

describe("review38 R1-R4 parseParticipantTables captionMeasure: a line above opening on 'Nya'/'Avslutade'", () => {
  // R1-R6 closed in lead38 77dae6f9; R20 in c4583013.
  // captionMeasure only asks whether the caption OPENS on "nya"/"avslutade"; then every gender-only
  // column counts that measure. A caption naming two measures, closed interventions, an intervention
  // whose name opens on "Nya", or a prose line standing where a caption would, all switch the measure.
  it("R1 stores no 'Nya och pågående deltagare' table as the year's new participants (must not fire)", () => {
    // Today: 2025:förbundet:new/all=63 (and each intervention's as new): the table counts new and ongoing.
    expect(counts(TABLE("Tabell 2. Nya och pågående deltagare 2025 per insats"))).not.toContain(
      "2025:förbundet:new/all=63",
    );
  });

  it("R1b stores no 'Avslutade och nya deltagare' table as the year's exits (must not fire)", () => {
    // Today: 2025:förbundet:exited/all=63.
    expect(counts(TABLE("Avslutade och nya deltagare 2025 per insats"))).not.toContain("2025:förbundet:exited/all=63");
  });

  it("R2 stores no participants of interventions that closed ('Avslutade insatser 2025') as exits (must not fire)", () => {
    // Today: 2025:förbundet:exited/all=63: "avslutade" says the interventions ended, not the people.
    expect(counts(TABLE("Tabell 4. Avslutade insatser 2025, deltagare per insats"))).not.toContain(
      "2025:förbundet:exited/all=63",
    );
  });

  it("R3 stores no table captioned by an intervention named 'Nya …' as new participants (must not fire)", () => {
    // Today: 2025:förbundet:new/all=63: "Nya Steg" is the intervention's name, not the measure.
    expect(counts(TABLE("Nya Steg – deltagare 2025 per insats"))).not.toContain("2025:förbundet:new/all=63");
  });

  it("R4 stores no table under a prose line that opens on 'Nya deltagare' as new participants (must not fire)", () => {
    const lines = TABLE("Nya deltagare skrivs in löpande. Tabellen visar alla deltagare under året.");
    lines.splice(6, 1); // the prose line right above the header, as a paragraph leading into a table
    // Today: 2025:förbundet:new/all=63 (the sentence says the table shows all participants).
    expect(counts(lines)).not.toContain("2025:förbundet:new/all=63");
  });

  it("R1-R4 control: 'Tabell 2. Nya deltagare 2025 per insats' still counts new participants (must fire)", () => {
    expect(counts(TABLE("Tabell 2. Nya deltagare 2025 per insats"))).toContain("2025:förbundet:new/all=63");
  });
});

describe("review38 R5 parseParticipantTables GROUP_TITLE 'Försörjning': an income table at exit", () => {
  // "Försörjning" now titles the rows as groups (no longer interventions: right), but the table's total
  // is still stored as the federation's participants of the year, though the caption says "vid avslut".
  it("R5 stores no total of an income-at-exit table as the year's participants (must not fire)", () => {
    const read = counts(
      TABLE("Tabell 5. Försörjning vid avslut 2025", "Försörjning", [
        "  Arbete                          12      9        21",
        "  Studier                          6      5        11",
        "  Totalt                          18     14        32",
      ]),
    );
    // Today: 2025:förbundet:enrolled/all=32 (and women 18, men 14): these are the 32 who left.
    expect(read).not.toContain("2025:förbundet:enrolled/all=32");
  });
});

describe("review38 R6 parseParticipantTables totalOnlyRow: a year closing a total-only row's label", () => {
  // A total-only row "Avslutade under 2025   30" is now read (the year taken as the label's); the row
  // naming a measure then makes the whole table a table of measures, and the interventions' rows above
  // are dropped as unknown measures. A loss of right figures (before this stop they were stored).
  it("R6 keeps the interventions' counts when a year-labelled total-only row follows (loss)", () => {
    const read = counts(
      TABLE("Deltagare 2025 per insats", "Insats", [...ROWS, "  Avslutade under 2025                       30"]),
    );
    // Today: only förbundet's 63 and exited 30; Stegvis 39 and Unga på väg 24 are gone.
    expect(read).toContain("2025:Stegvis:enrolled/all=39");
  });

  it("R6 control: a 'varav nya under 2024' part row under the 2025 table is refused (must not store 40)", () => {
    const read = counts(
      TABLE("Deltagare 2025 per insats", "Insats", [...ROWS, "  varav nya under 2024                       40"]),
    );
    expect(read.some((x) => x.endsWith("=40"))).toBe(false);
  });
});

const minutesDoc = (lines: string[]) => new DocumentText(`${FEDERATION}/2026-03-05-committee-minutes`, lines, 2026);
const MINUTES = (item: string[]) => [
  "Samordningsförbundet Tallmyra",
  "PROTOKOLL FRÅN ARBETSUTSKOTTET",
  "",
  "Arbetsutskottet sammanträdde den 5 mars 2026.",
  "",
  ...item,
  "",
];
const decisions = (item: string[]) =>
  (parseMinutes(minutesDoc(MINUTES(item)), { date: "2026-03-05", kind: "committee_minutes" }).facts as AnyFact[])
    .filter((f) => f.table === "decision" || f.table === "allocation")
    .map((f) =>
      f.table === "decision"
        ? `decision:${f.outcome}`
        : `allocation:${f.amount_sek}:${f.period_start}..${f.period_end}`,
    );

describe("review38 R7/R8 readDecisions PROPOSES_ONLY: a committee proposing to the board", () => {
  // FURTHER_CLAUSE takes any ", att" / "och att" / "samt att" as a clause of the committee's own, but a
  // clause nested in what the board is asked to decide ("att föreslå styrelsen att bevilja …, och att
  // insatsen följs upp") is still the board's: the committee's adoption is read as an approval, with a grant.
  it("R7 stores no grant when the committee proposes 'att föreslå styrelsen att bevilja …, och att …' (must not fire)", () => {
    const read = decisions([
      "§ 5  Ansökan från Ekby kommun – Steget",
      "Förslag till beslut",
      "  att föreslå styrelsen att bevilja Ekby kommun 480 000 kr för insatsen Steget under 2026, och att",
      "  insatsen följs upp i december.",
      "Beslut: Arbetsutskottet beslutar enligt förslaget.",
    ]);
    // Today: decision:approved and allocation:480000:2026-01-01..2026-12-31, a grant nobody has made yet.
    expect(read.filter((x) => x.startsWith("allocation:"))).toEqual([]);
  });

  it("R7b records 'att föreslå styrelsen att fastställa …, samt att fastställa …' as proposed (must not be approved)", () => {
    const read = decisions([
      "§ 6  Budget 2027",
      "Förslag till beslut",
      "  att föreslå styrelsen att fastställa budgeten för 2027, samt att fastställa medlemsavgifterna.",
      "Beslut: Arbetsutskottet beslutar enligt förslaget.",
    ]);
    expect(read).toEqual(["decision:proposed"]);
  });

  // PROPOSES_ONLY reads only "att föreslå styrelsen att …"; the same proposal worded "att föreslå att
  // styrelsen beviljar …" is an approval and a grant.
  it("R8 stores no grant when the committee adopts 'att föreslå att styrelsen beviljar …' (must not fire)", () => {
    const read = decisions([
      "§ 7  Ansökan från Ekby kommun – Steget",
      "Förslag till beslut",
      "  att föreslå att styrelsen beviljar Ekby kommun 480 000 kr för insatsen Steget under 2026.",
      "Beslut: Arbetsutskottet beslutar enligt förslaget.",
    ]);
    // Today: decision:approved, allocation:480000:2026-01-01..2026-12-31.
    expect(read.filter((x) => x.startsWith("allocation:"))).toEqual([]);
  });

  it("R7/R8 control: 'att föreslå styrelsen att bevilja … under 2026.' alone is proposed, no grant (must fire)", () => {
    expect(
      decisions([
        "§ 8  Ansökan från Ekby kommun – Steget",
        "Förslag till beslut",
        "  att föreslå styrelsen att bevilja Ekby kommun 480 000 kr för insatsen Steget under 2026.",
        "Beslut: Arbetsutskottet beslutar enligt förslaget.",
      ]),
    ).toEqual(["decision:proposed"]);
  });
});

const AMENDED = (amendment: string[]) => [
  "§ 9  Ansökan från Ekby kommun – Steget",
  "Förslag till beslut",
  "  att bevilja Ekby kommun 480 000 kr för insatsen Steget under perioden",
  "  2026-01-01–2026-12-31.",
  ...amendment,
];
const grants = (amendment: string[]) => decisions(AMENDED(amendment)).filter((x) => x.startsWith("allocation:"));

describe("review38 R9/R10 readDecisions: an amended amount and the proposal's period", () => {
  // The proposal's period now stands in whenever the amended decision names no period decisionPeriod
  // can read; an amendment that shortens the period in words gets the proposal's whole year.
  it("R9 stores no half-year's amount for the proposal's whole year ('för första halvåret') (must not fire)", () => {
    const read = grants([
      "Beslut: Arbetsutskottet beslutar enligt förslaget med ändringen att 240 000 kr beviljas för",
      "första halvåret.",
    ]);
    // Today: allocation:240000:2026-01-01..2026-12-31 (before this stop: 240000 with no period).
    expect(read).not.toContain("allocation:240000:2026-01-01..2026-12-31");
  });

  it("R9b stores no proposal's end date where the amendment ends the grant earlier (must not fire)", () => {
    const read = grants([
      "Beslut: Arbetsutskottet beslutar enligt förslaget med ändringen att beloppet blir 360 000 kr",
      "och att insatsen avslutas den 30 september 2026.",
    ]);
    // Today: allocation:360000:2026-01-01..2026-12-31 (before this stop: no period).
    expect(read).not.toContain("allocation:360000:2026-01-01..2026-12-31");
  });

  // An amended amount given as a rate ("210 000 kr per år", "40 000 kr per månad") is not taken as the
  // decision's own amount, so the proposal's 480 000 kr is stored as what was granted.
  it("R10 stores not the proposal's amount when the decision amends it to a yearly rate (must not fire)", () => {
    const read = decisions([
      "§ 10  Ansökan från Ekby kommun – Steget",
      "Förslag till beslut",
      "  att bevilja Ekby kommun 480 000 kr för insatsen Steget under perioden",
      "  2026-01-01–2027-12-31.",
      "Beslut: Arbetsutskottet beslutar enligt förslaget med ändringen att beloppet blir",
      "210 000 kr per år.",
    ]);
    // Today: allocation:480000:2026-01-01..2027-12-31, the amount the committee turned down.
    expect(read.some((x) => x.startsWith("allocation:480000:"))).toBe(false);
  });

  it("R10b stores not the proposal's amount when the decision amends it to a monthly rate (must not fire)", () => {
    const read = grants([
      "Beslut: Arbetsutskottet beslutar enligt förslaget med ändringen att beloppet blir 30 000 kr per månad.",
    ]);
    // Today: allocation:480000:2026-01-01..2026-12-31.
    expect(read.some((x) => x.startsWith("allocation:480000:"))).toBe(false);
  });

  it("R9/R10 control: 'beloppet blir 420 000 kr' keeps the proposal's period (must fire)", () => {
    expect(
      grants(["Beslut: Arbetsutskottet beslutar enligt förslaget med ändringen att beloppet blir 420 000 kr."]),
    ).toEqual(["allocation:420000:2026-01-01..2026-12-31"]);
  });
});

describe("review38 R11 figureGrammar: a later item labelled with another year, in other list shapes", () => {
  // The new rule sets aside "label YEAR: figure" only after a comma and with 1-3 words of label: a list
  // joined by semicolons, or a longer label, still lets the other year date every item of the list
  // (review37 R13's wrong figure, in the shapes the rule does not see).
  const listCounts = (line: string) => counts(["Deltagare", "", line]);

  it("R11 dates no undated item of a semicolon list by another item's year (must not fire)", () => {
    // Today: 2024:förbundet:enrolled/all=174, 2024:…:new/all=80 and 2024:…:exited/all=61.
    expect(listCounts("Deltagare: 174; nya: 80; avslutade 2024: 61.")).not.toContain("2024:förbundet:enrolled/all=174");
  });

  it("R11b dates no undated item by a four-word label's year ('personer som avslutades under 2024: 61') (must not fire)", () => {
    expect(listCounts("Deltagare: 174, nya: 80, personer som avslutades under 2024: 61.")).not.toContain(
      "2024:förbundet:enrolled/all=174",
    );
  });

  it("R11c dates no undated item by a year in an 'och' item ('nya: 80 och avslutade 2024: 61') (must not fire)", () => {
    expect(listCounts("Deltagare: 174, nya: 80 och avslutade 2024: 61.")).not.toContain(
      "2024:förbundet:enrolled/all=174",
    );
  });

  // The rule fires on every later item whose year differs from the report's, also where every item
  // of the list names that same year: a prior year's whole list, right before, is now mostly lost.
  it("R11d keeps a list where every item names the same other year ('nya 2024: 70') as that year's (loss)", () => {
    const read = listCounts("Deltagare 2024: 160, nya 2024: 70, avslutade 2024: 61.");
    // Today: only 2024:förbundet:enrolled/all=160; before this stop new 70 and exited 61 were stored too.
    expect(read).toContain("2024:förbundet:new/all=70");
  });

  it("R11 control: the comma form is read as the year's (must fire)", () => {
    expect(listCounts("Deltagare: 174, nya: 80, avslutade 2024: 61.")).toContain("2025:förbundet:enrolled/all=174");
  });
});

describe("review38 R12 latexSource inForce: definitions that do not take effect where they stand", () => {
  const tex = (body: string[], preamble: string[] = []) => [
    "\\documentclass{article}",
    "\\newcommand{\\antal}{152}",
    ...preamble,
    "\\begin{document}",
    "\\section*{Deltagare}",
    ...body,
    "\\end{document}",
  ];
  const texCounts = (lines: string[]) =>
    (extractReport(lines, FEDERATION, 2025) as AnyFact[])
      .filter((f) => f.table === "participant_count")
      .map((f) => `${f.year}:${f.measure}=${f.value}`);

  // "\providecommand" defines only a macro not yet defined; it is taken as a redefinition.
  it("R12 keeps the first definition where \\providecommand follows \\newcommand (must not store 140)", () => {
    const read = texCounts(
      tex(["Under 2025 deltog \\antal{} personer i förbundets insatser."], ["\\providecommand{\\antal}{140}"]),
    );
    // Before stop 39: 2025:enrolled=140; the printed report says 152.
    expect(read).not.toContain("2025:enrolled=140");
    expect(read).toContain("2025:enrolled=152");
  });

  // A redefinition inside an environment (a group) ends with it; it is taken to hold to the end.
  it("R12b ends a redefinition made inside an environment with the environment (must not store 140 as 2025's)", () => {
    const read = texCounts(
      tex([
        "\\begin{minipage}{\\textwidth}",
        "\\renewcommand{\\antal}{140}",
        "Under 2024 deltog \\antal{} personer i förbundets insatser.",
        "\\end{minipage}",
        "",
        "Under 2025 deltog \\antal{} personer i förbundets insatser.",
      ]),
    );
    // Before stop 39: 2024:enrolled=140 (right) and 2025:enrolled=140 (the report prints 152).
    expect(read).not.toContain("2025:enrolled=140");
    expect(read).toEqual(expect.arrayContaining(["2024:enrolled=140", "2025:enrolled=152"]));
  });

  it("R12 control: a redefinition at top level holds from its line on (must fire)", () => {
    const read = texCounts(
      tex([
        "Under 2024 deltog \\antal{} personer i förbundets insatser.",
        "",
        "\\renewcommand{\\antal}{160}",
        "Under 2025 deltog \\antal{} personer i förbundets insatser.",
      ]),
    );
    expect(read).toEqual(expect.arrayContaining(["2024:enrolled=152", "2025:enrolled=160"]));
  });
});

// Came in with lead38 at 01:27 (637e68d7, 1b8cb732, 1c9e7083).
const PROSE = (sentence: string) => [
  "Samordningsförbundet Tallmyra",
  "Verksamhetsberättelse 2025",
  "",
  "Förbundets medlemmar är Ekby kommun, Holmsta kommun, Region Bergmark, Försäkringskassan och Arbetsförmedlingen.",
  "",
  "Deltagare",
  "",
  sentence,
  "",
];

describe("review38 R13 parseProseFigures scopeOf FEDERATION_HAD: 'förbundet hade N deltagare' naming a place or an intervention", () => {
  // "Förbundet hade … N" now keeps the federation's section as the scope whatever the sentence names,
  // unless isAboutOneIntervention says otherwise; a count the federation "had" in one member or in one
  // intervention not written "insatsen X" is stored as the federation's total (before: refused).
  // Closed in lead38 84fe0d82.
  it("R13 stores no count the federation had in one municipality as its total (must not fire)", () => {
    // Today: 2025:förbundet:enrolled/all=40 (before 1b8cb732: nothing).
    expect(counts(PROSE("Förbundet hade 40 deltagare från Ekby under 2025."))).not.toContain(
      "2025:förbundet:enrolled/all=40",
    );
  });

  it("R13b stores no count the federation had in one named intervention as its total (must not fire)", () => {
    expect(counts(PROSE("Förbundet hade 40 deltagare i Steget under 2025."))).not.toContain(
      "2025:förbundet:enrolled/all=40",
    );
  });

  it("R13c stores no count of one member's residents ('folkbokförda i Ekby kommun') as the total (must not fire)", () => {
    expect(counts(PROSE("Förbundet hade 103 deltagare folkbokförda i Ekby kommun under 2025."))).not.toContain(
      "2025:förbundet:enrolled/all=103",
    );
  });

  it("R13d stores no count from one member's service ('från Region Bergmarks psykiatri') as the total (must not fire)", () => {
    expect(counts(PROSE("Förbundet hade under 2025 18 deltagare från Region Bergmarks psykiatri."))).not.toContain(
      "2025:förbundet:enrolled/all=18",
    );
  });

  it("R13 control: 'Förbundet hade totalt 317 deltagare …, och av dem bodde 103 i Ekby kommun' is the federation's 317 (must fire)", () => {
    const read = counts(PROSE("Förbundet hade totalt 317 deltagare under 2025, och av dem bodde 103 i Ekby kommun."));
    expect(read).toContain("2025:förbundet:enrolled/all=317");
    expect(read.some((x) => x.endsWith("=103"))).toBe(false);
  });
});

describe("review38 R14 figureGrammar otherBodySubject: a named member as the clause's subject", () => {
  // OTHER_SUBJECT knows only definite nouns ("kommunen", "föreningen"); a member named as the subject
  // ("Ekby kommun tog emot 27 deltagare") is not seen, and "förbundets insatser" after the count makes the
  // count the federation's. (Older than this stop; the new rule's own shape with a name.)
  // Closed in lead38 84fe0d82.
  it("R14 stores no count a named municipality took in as the federation's participants (must not fire)", () => {
    // Today: 2025:förbundet:enrolled/all=27.
    expect(counts(PROSE("Ekby kommun tog under 2025 emot 27 deltagare från förbundets insatser."))).not.toContain(
      "2025:förbundet:enrolled/all=27",
    );
  });

  it("R14 control: 'Under 2025 tog kommunen emot 27 deltagare …' is set aside (must fire)", () => {
    expect(counts(PROSE("Under 2025 tog kommunen emot 27 deltagare från förbundets insatser."))).not.toContain(
      "2025:förbundet:enrolled/all=27",
    );
  });
});

describe("review38 R15 figureGrammar otherBodySubject: a body in a subordinate clause before the count", () => {
  // Any OTHER_SUBJECT word anywhere before the count, not after a preposition, sets the count aside,
  // also where the body is the subject of a subordinate clause ("Trots att Arbetsförmedlingen …") and the
  // main clause counts the federation's participants. A loss (before 637e68d7 the 174 was stored).
  // Closed in lead38 84fe0d82.
  it("R15 keeps the year's participants after 'Trots att Arbetsförmedlingen omorganiserades' (loss)", () => {
    expect(
      counts(PROSE("Trots att Arbetsförmedlingen omorganiserades deltog 174 personer i insatserna under 2025.")),
    ).toContain("2025:förbundet:enrolled/all=174");
  });
});

// Came in with lead38 at 01:43 (da3888a0).
describe("review38 R16 authorFeeRows namedRowOfFees: a member's table of grants it RECEIVES", () => {
  // FEE_YEAR_CELL takes "Bidrag 2025" as a fee's column as well as "Avgift 2025", and nothing reads the
  // direction in the caption: a municipality's table of grants received from other bodies ("Bidrag från
  // organisationer till kommunen") has the federation's row as money paid TO the member, for the
  // interventions it runs, and it is stored as the member's fee to the federation.
  // Closed in lead38 4e6a47b6 (a bare 'Bidrag 2025' is no fee column; a caption of money coming in reads none).
  const fees = (caption: string) =>
    (
      extractReport(
        [
          "EKBY KOMMUN",
          "Kommunstyrelsens verksamhetsberättelse 2025",
          "",
          caption,
          "",
          "  Organisation                               Bidrag 2025    Bidrag 2024",
          "  Länsstyrelsen                                300 000        250 000",
          "  Samordningsförbundet Tallmyra                  620 000        480 000",
          "",
        ],
        FEDERATION,
        2025,
      ) as AnyFact[]
    )
      .filter((f) => f.table === "member_contribution")
      .map((f) => `${f.member}@${f.year}=${f.amount_sek}`);

  it("R16 stores no grant the federation paid to the member as the member's fee (must not fire)", () => {
    // Today: Ekby kommun@2025=620000 and Ekby kommun@2024=480000, both paid by the federation.
    expect(fees("Tabell 7 Bidrag från organisationer till kommunen (kronor)")).toEqual([]);
  });

  it("R16b the same under 'Externa intäkter' (must not fire)", () => {
    expect(fees("Tabell 7 Externa intäkter, bidrag (kronor)")).toEqual([]);
  });
});

// Came in with lead38 at 01:56 (91ed70fe, 1bca1769).
const numbered = (kind: "committee_minutes" | "board_minutes", item: string[]) =>
  (
    parseMinutes(
      new DocumentText(
        `${FEDERATION}/2026-03-05-${kind}`,
        [
          "Samordningsförbundet Tallmyra",
          kind === "board_minutes" ? "PROTOKOLL FRÅN STYRELSEN" : "PROTOKOLL FRÅN ARBETSUTSKOTTET",
          "",
          "Sammanträde den 5 mars 2026.",
          "",
          ...item,
          "",
        ],
        2026,
      ),
      { date: "2026-03-05", kind },
    ).facts as AnyFact[]
  )
    .filter((f) => f.table === "decision" || f.table === "allocation")
    .map((f) => (f.table === "decision" ? `decision:${f.outcome}` : `allocation:${f.amount_sek}`));

describe("review38 R17 readDecisions numberedDecisions: 'Beslut 1.' lines that are no decisions taken", () => {
  // Every line opening "Beslut N." in an item's body is a decision of its own, wherever it stands: in
  // the proposal ("Förslag till beslut" over "Beslut 1. … Beslut 2. …"), or in a committee's proposal of
  // the board's decisions; the item's real decision (a postponement, a referral to the board) is lost.
  it("R17 stores no grants from numbered lines under 'Förslag till beslut' when the board postpones (must not fire)", () => {
    const read = numbered("board_minutes", [
      "§ 5  Ansökningar 2026",
      "Förslag till beslut",
      "Beslut 1. Styrelsen beviljar Ekby kommun 560 000 kr för insatsen Steget 2026.",
      "Beslut 2. Styrelsen beviljar Holmsta kommun 300 000 kr för insatsen Bron 2026.",
      "",
      "Beslut",
      "Styrelsen beslutar att bordlägga ärendet till nästa sammanträde.",
    ]);
    // Today: two approvals and allocation:560000, allocation:300000 (before 91ed70fe: decision:postponed).
    expect(read.filter((x) => x.startsWith("allocation:"))).toEqual([]);
  });

  it("R17b stores no grant from a committee's numbered proposal of the board's decisions (must not fire)", () => {
    const read = numbered("committee_minutes", [
      "§ 5  Ansökningar 2026",
      "Arbetsutskottet föreslår styrelsen att fatta följande beslut:",
      "Beslut 1. Styrelsen beviljar Ekby kommun 560 000 kr för insatsen Steget 2026.",
      "Beslut 2. Styrelsen avslår ansökan från Holmsta kommun.",
      "",
      "Arbetsutskottet beslutar att överlämna förslaget till styrelsen.",
    ]);
    // Today: decision:approved, decision:rejected, allocation:560000 (before: nothing).
    expect(read).not.toContain("allocation:560000");
  });

  // A numbered decision adopting the proposal ("Beslut 1. Styrelsen beslutar enligt förslaget.") is read
  // from its own line only, without the proposal: the grant the proposal names is lost (a loss).
  it("R17c keeps the proposal's grant when 'Beslut 1.' adopts it 'enligt förslaget' (loss)", () => {
    const read = numbered("board_minutes", [
      "§ 7  Ansökningar 2026",
      "Förslag till beslut",
      "  att bevilja Ekby kommun 560 000 kr för insatsen Steget under 2026.",
      "Beslut 1. Styrelsen beslutar enligt förslaget.",
      "Beslut 2. Styrelsen uppdrar åt förbundschefen att följa upp insatsen.",
    ]);
    // Today: only decision:approved (§7:2); before 91ed70fe: approved and allocation:560000 for 2026.
    expect(read).toContain("allocation:560000");
  });
});

describe("review38 R18 memberAmountLists wholeAbove: a run of 'varav' members under a cumulative whole", () => {
  // The whole line above a "varav" run need only name "intäkt", "finansiering" …: a total since the
  // start ("Finansiering sedan start") is taken as the list's lead, dated the report year, and its parts
  // stored as each member's fee of the year.
  const fees = (whole: string) =>
    (
      extractReport(
        [
          "Samordningsförbundet Tallmyra",
          "Verksamhetsberättelse 2025",
          "",
          "Förbundets medlemmar är Ekby kommun, Holmsta kommun, Region Bergmark, Försäkringskassan och Arbetsförmedlingen.",
          "",
          "Ekonomi",
          "",
          whole,
          "varav staten ........ 24 000 000 kr",
          "varav Region Bergmark ........ 12 000 000 kr",
          "varav Ekby kommun ........ 7 200 000 kr",
          "varav Holmsta kommun ........ 4 800 000 kr",
          "",
        ],
        FEDERATION,
        2025,
      ) as AnyFact[]
    )
      .filter((f) => f.table === "member_contribution")
      .map((f) => `${f.member}=${f.amount_sek}@${f.year}`);

  it("R18 stores no member's money since the start as its fee of the report year (must not fire)", () => {
    // Today: Staten=24000000@2025 … Holmsta kommun=4800000@2025 (before 1bca1769: nothing).
    expect(fees("Finansiering sedan start ........ 48 000 000 kr")).toEqual([]);
  });

  it("R18b the same under 'Samlade intäkter under åren' (must not fire)", () => {
    expect(fees("Samlade intäkter under åren ........ 48 000 000 kr")).toEqual([]);
  });
});

// Came in with lead38 at 02:09 (r38-missing merge: contributionSentences readProvedList).
describe("review38 R19 contributionSentences readProvedList: a split proved by its sums, of another year", () => {
  // The Finsam identity (the state's part is the others' together) proves a list is the members' split,
  // not which year or basis it is: only the line right above is looked at for another year, so a
  // sentence saying it is next year's ("Inför nästa år …") is stored as the report year's outcome.
  const fees = (sentence: string) =>
    (
      extractReport(
        [
          "Samordningsförbundet Tallmyra",
          "Verksamhetsberättelse 2025",
          "",
          "Förbundets medlemmar är Ekby kommun, Holmsta kommun, Region Bergmark, Försäkringskassan och Arbetsförmedlingen.",
          "",
          "Ekonomi",
          "",
          sentence,
          "",
        ],
        FEDERATION,
        2025,
      ) as AnyFact[]
    )
      .filter((f) => f.table === "member_contribution")
      .map((f) => `${f.member}=${f.amount_sek}@${f.year}:${f.basis}`);

  it("R19 stores no split 'inför nästa år' as the report year's outcome (must not fire)", () => {
    const read = fees(
      "Inför nästa år fördelas medlen så: staten 4 600 000 kr, Region Bergmark 2 300 000 kr, Ekby kommun 1 380 000 kr och Holmsta kommun 920 000 kr.",
    );
    // Today: staten=4600000@2025:actual … Holmsta kommun=920000@2025:actual (before the merge: nothing).
    expect(read.filter((x) => x.endsWith("@2025:actual"))).toEqual([]);
  });
});

// Came in with lead38 at 02:32 (e37db68c).
describe("review38 R20 twoDigitYears: a row of two small negative amounts taken for a header's years", () => {
  // A line is a header of two-digit years where every number is "-NN", two at least, the report's year
  // or the one before among them: a statement row of small negative amounts ("Årets resultat  -25  -24"
  // in tkr) is such a line, its amounts are written out as "2025  2024", and read as the result.
  it("R20 stores no result of 2 025 000 kr from 'Årets resultat  -25  -24' in tkr (must not fire)", () => {
    const read = (
      extractReport(
        [
          "Samordningsförbundet Tallmyra",
          "Verksamhetsberättelse 2025",
          "",
          "Ekonomi (tkr)",
          "",
          "                          2025        2024",
          "Intäkter                 8 400       8 100",
          "Kostnader               -8 425      -8 124",
          "Årets resultat             -25         -24",
          "",
        ],
        FEDERATION,
        2025,
      ) as AnyFact[]
    )
      .filter((f) => f.table === "finance" && f.item === "result")
      .map((f) => `${f.year}:${f.amount_sek}`);
    // Today: 2025:2025000 and 2024:2024000 (the printed result is -25 tkr and -24 tkr).
    expect(read.filter((x) => x.endsWith(":2025000") || x.endsWith(":2024000"))).toEqual([]);
  });
});
