/**
 * Stop 37, common causes of missing figures in the tuning set (made-up federations, our own words).
 * Members' fees one a line under a caption or heading naming the fees but no year: the report year's
 * where the state's half or a stated total proves the list, never under a plan's or a note's caption.
 * An exit table under a caption numbered by its section's part ("Tabell 5.1 Avslutade 2025 efter …"),
 * its other exits' row with a remark on what it includes ("Övrigt, inklusive avbrott"). A basis line
 * over the years naming a proposal's or a plan's columns ("Utfall  Budget  Förslag  Plan" over
 * "2024  2025  2026  2027"): those columns are their own, the outcome's and the budget's read. A
 * participants' table per intervention closing on a column of the money each was granted ("Beviljat
 * 2025, kr"): its counts read, the amounts never. An exit table's rows with dot leaders ("Arbete
 * ...... 24"), and a caption's number with a part and a letter ("Tabell 2.2a").
 */
import { describe, expect, it } from "vitest";
import { isBasisLine, parseSplitHeader } from "../../loaders/extract/general/columnHeaders.ts";
import { otherExitRow } from "../../loaders/extract/general/exitRowLabel.ts";
import { parseStatements } from "../../loaders/extract/general/parseStatements.ts";
import { CAPTION_NUMBER } from "../../loaders/extract/general/sectionScope.ts";
import { memberAmountLists } from "../../loaders/extract/general/memberAmountLists.ts";
import { parseParticipantTables } from "../../loaders/extract/general/parseParticipantTables.ts";
import { memberOf } from "../../loaders/extract/general/parseMemberContributions.ts";
import { docOf, type AnyFact } from "../helpers.ts";

const read = (lines: string[], year = 2025) =>
  (memberAmountLists(docOf(lines, year), memberOf).facts as AnyFact[]).map(
    (f) => `${f.member}=${f.amount_sek}@${f.year}:${f.basis}`,
  );

const LIST = [
  "Staten (FK och AF): 2 400 tkr",
  "Region Tallmark: 1 200 tkr",
  "Tallby kommun: 800 tkr",
  "Ekvik kommun: 400 tkr",
];

describe("members' fees under a caption naming no year", () => {
  it("reads the list under a caption naming the fees, an accordion's control beside it (must fire)", () => {
    const want = [
      "Staten=2400000@2025:actual",
      "Region Tallmark=1200000@2025:actual",
      "Tallby kommun=800000@2025:actual",
      "Ekvik kommun=400000@2025:actual",
    ];
    expect(read(["Årets siffror", "", "Medlemmarnas bidrag", "Visa mer", ...LIST])).toEqual(want);
    expect(read(["", "Medlemsavgifter", ...LIST])).toEqual(want);
  });

  it("reads the list under a heading naming the fees with a sentence and a blank line between (must fire)", () => {
    const lines = [
      "Förvaltningsberättelse",
      "",
      "Medlemmarnas bidrag",
      "Förbundet finansieras av medlemmarna enligt förbundsordningen.",
      "",
      "Försäkringskassan, för staten      3 000 000 kr",
      "Region Tallmark                    1 500 000 kr",
      "Tallby kommun                      1 000 000 kr",
      "Ekvik kommun                         500 000 kr",
      "Summa                              6 000 000 kr",
    ];
    expect(read(lines)).toEqual([
      "Staten=3000000@2025:actual",
      "Region Tallmark=1500000@2025:actual",
      "Tallby kommun=1000000@2025:actual",
      "Ekvik kommun=500000@2025:actual",
    ]);
  });

  it("leaves the list under a caption of a coming year, a budget, a note, a proposal, or naming no fee (must not fire)", () => {
    for (const caption of [
      "Medlemsavgifter kommande år",
      "Medlemsavgifter enligt budget",
      "Not 3 Medlemsbidrag",
      "Förslag till medlemsavgifter",
      "Medlemsavgifter, jämförelse",
      "Fördelning",
      "Så här fördelas pengarna",
    ])
      expect(read(["", caption, ...LIST])).toEqual([]);
  });

  it("leaves the list where the sentence under the heading speaks of next year, or too much text stands between (must not fire)", () => {
    const under = (between: string[]) => read(["", "Medlemsavgifter", ...between, "", ...LIST]);
    expect(under(["Inför nästa år höjs avgifterna enligt följande."])).toEqual([]);
    expect(under(["Avgifterna höjs med tre procent."])).toEqual([]);
    expect(under(["Rad ett.", "Rad två.", "Rad tre.", "Rad fyra."])).toEqual([]);
  });

  it("leaves a yearless list that breaks the state's half (must not fire)", () => {
    const broken = LIST.map((l) => l.replace("2 400 tkr", "2 600 tkr"));
    expect(read(["", "Medlemmarnas bidrag", ...broken])).toEqual([]);
  });
});

const EXITS = (caption: string, other = "Övrigt, inklusive avbrott") => [
  "Deltagare",
  "Under 2025 deltog 230 personer i förbundets insatser och 100 avslutade sin insats.",
  "",
  caption,
  "                                              Antal      Andel",
  "Arbete                                           25       25 %",
  "Studier                                          10       10 %",
  "Arbetssökande                                    20       20 %",
  "Fortsatt rehabilitering                          25       25 %",
  `${other.padEnd(49)}20       20 %`,
  "Summa                                           100      100 %",
];
const exits = (lines: string[]) =>
  (parseParticipantTables(docOf(lines, 2025)).facts as AnyFact[])
    .filter((f) => f.table === "participant_breakdown")
    .map((f) => `${f.category}=${f.value}@${f.year}`);

describe("an exit table under a caption numbered by its section's part", () => {
  it("reads the destinations under 'Tabell 5.1 Avslutade 2025 efter …', the other exits' remark aside (must fire)", () => {
    expect(exits(EXITS("Tabell 5.1 Avslutade deltagare 2025 efter vad de gick vidare till"))).toEqual([
      "work=25@2025",
      "studies=10@2025",
      "job_seeker=20@2025",
      "continued_rehab=25@2025",
      "other_exit=20@2025",
    ]);
    expect(otherExitRow("Övrigt, inklusive avbrott")).toBe(true);
    expect(otherExitRow("Annat, inkl. flytt")).toBe(true);
  });

  it("reads no destinations under a numbered caption of another year, and no remark makes work the other exits (must not fire)", () => {
    expect(exits(EXITS("Tabell 5.1 Avslutade deltagare 2024 efter vad de gick vidare till"))).not.toContainEqual(
      expect.stringMatching(/@2025$/),
    );
    expect(otherExitRow("Arbete, inklusive lönestöd")).toBe(false);
    expect(otherExitRow("Övrigt stöd, inklusive avbrott")).toBe(false);
  });
});

const OVERVIEW = (basis: string) => [
  "Tjänsteutlåtande",
  "",
  "Ekonomisk översikt (tkr)",
  basis,
  "                        2024      2025      2026     2027",
  "Intäkter               9 000     9 200     9 500    9 500",
  "Kostnader             -9 300    -9 600    -9 800   -9 700",
  "Resultat                -300      -400      -300     -200",
];

describe("a basis line over the years naming a proposal's and a plan's columns", () => {
  it("reads the outcome's and the budget's columns, the proposal and the plan apart (must fire)", () => {
    const facts = (
      parseStatements(docOf(OVERVIEW("                      Utfall    Budget   Förslag     Plan"), 2024))
        .facts as AnyFact[]
    )
      .filter((f) => f.item === "result")
      .map((f) => `${f.year}:${f.basis}=${f.amount_sek}`);
    expect(facts).toEqual(["2024:actual=-300000", "2025:budget=-400000"]);
    expect(isBasisLine("Utfall    Budget   Förslag     Plan")).toBe(true);
  });

  it("reads no proposal or plan as a budget or an outcome, nor a line of other words as a basis line (must not fire)", () => {
    const header = parseSplitHeader("Förslag   Plan", "2026   2027");
    expect(header).toBeNull();
    const facts = parseStatements(docOf(OVERVIEW("                      Förslag   Plan     Plan      Plan"), 2024))
      .facts as AnyFact[];
    expect(facts).toEqual([]);
    expect(isBasisLine("Utfall    Budget   Insatser")).toBe(false);
  });
});

const GRANTS = (
  moneyCell = "Beviljat 2025, kr",
  federationRow = "Förbundet, unika personer             180          85          80",
) => [
  "Tabell 2. Deltagare per insats 2025",
  `Insats                          Deltagare   varav nya   Avslutade   ${moneyCell}`,
  "Steget (Åby)                           90          40          38           2 100 000",
  "Lotsen (Region Tallmark)               70          30          27           1 400 000",
  "Hälsobron                              30          20          19             900 000",
  "Summa insatser                        190          90          84           4 400 000",
  federationRow,
];
const counts = (lines: string[]) =>
  (parseParticipantTables(docOf(lines, 2025)).facts as AnyFact[])
    .filter((f) => f.table === "participant_count")
    .map((f) => `${f.intervention ?? "federation"}:${f.measure}=${f.value}`);

describe("a participants' table closing on a column of granted money", () => {
  it("reads the counts, the federation's unique row its own, and no amount (must fire)", () => {
    const read = counts(GRANTS());
    expect(read).toContain("federation:enrolled=180");
    expect(read).toContain("federation:new=85");
    expect(read).toContain("federation:exited=80");
    expect(read).toContain("Steget (Åby):enrolled=90");
    expect(read.some((x) => /=(?:2|100|2100000|000)$/.test(x))).toBe(false);
  });

  it("leaves the table as before where the last column names no money, or a row holds more than one amount there (must not fire)", () => {
    // "Beviljat 2025" with no unit: no money column is cut, and the table is not read as counts of four columns.
    expect(counts(GRANTS("Beviljat 2025"))).not.toContain("federation:enrolled=180");
    const odd = GRANTS().map((l) => l.replace("1 400 000", "1 400 000   12"));
    expect(counts(odd)).not.toContain("federation:enrolled=180");
  });
});

describe("an exit table's rows with dot leaders, and a caption's lettered part number", () => {
  const LEADERS = [
    "Deltagare",
    "Under 2025 deltog 200 personer i förbundets insatser och 90 avslutade sin insats.",
    "",
    "Tabell 4 Avslutade deltagare 2025 efter vart de gick",
    "Arbete ..................................................... 24",
    "Studier .................................................... 11",
    "Arbetssökande .............................................. 19",
    "Fortsatt rehabilitering .................................... 18",
    "Annat ...................................................... 18",
  ];
  it("reads each destination's label without its leaders (must fire)", () => {
    expect(exits(LEADERS)).toEqual([
      "work=24@2025",
      "studies=11@2025",
      "job_seeker=19@2025",
      "continued_rehab=18@2025",
      "other_exit=18@2025",
    ]);
    expect("Tabell 2.2a  Deltagare 2025".replace(CAPTION_NUMBER, "")).toBe("Deltagare 2025");
  });

  it("reads no label that is leaders and words of no destination, nor a caption's figure as its number (must not fire)", () => {
    const odd = LEADERS.map((l) => l.replace("Arbete ....", "Kaffe ....."));
    expect(exits(odd)).not.toContainEqual(expect.stringMatching(/^work=/));
    expect("Tabell 2.2abc Deltagare".replace(CAPTION_NUMBER, "")).toBe("Tabell 2.2abc Deltagare");
  });
});
