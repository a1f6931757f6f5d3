import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { memberOf } from "../../loaders/extract/general/parseMemberContributions.ts";
import { parseParticipantTables } from "../../loaders/extract/general/parseParticipantTables.ts";
import type { AnyFact } from "../helpers.ts";

const parse = (lines: string[]) =>
  parseParticipantTables(new DocumentText("lingonmossen/2024-annual-report", lines, 2024)).facts as AnyFact[];
const counts = (facts: AnyFact[]) =>
  facts
    .filter((f) => f.table === "participant_count")
    .map((f) => `${f.intervention}:${f.measure}/${f.gender}=${f.value}`);
const exits = (facts: AnyFact[]) =>
  facts.filter((f) => f.table === "participant_breakdown").map((f) => `${f.intervention}:${f.category}=${f.value}`);

/** A yearly statistics sheet of the made-up Samordningsförbundet Lingonmossen. */
const GENDER_TABLE = [
  "STATISTIK 2024",
  "",
  "1. Deltagare i individinriktade insatser",
  "",
  "                                  Kvinnor     Män    Totalt",
  "Inskrivna under perioden               61      47       108",
  "  varav nya under perioden             30      22        52",
  "Avslutade under perioden               33      25        58",
  "",
];
const EXIT_TABLE = (total: number) => [
  "2. Vad hände efter insatsen? (deltagare som avslutats under perioden)",
  "",
  "                                     Antal     Andel",
  "Arbete (inkl. lönebidrag)               15      26 %",
  "Studier                                  9      16 %",
  "Fortsatt rehabilitering                 20      34 %",
  "Uppgift saknas                          14      24 %",
  `Totalt                                 ${total}     100 %`,
];

describe("a statistics sheet", () => {
  it("reads measures 'under perioden' as the year's, never as interventions", () => {
    expect(counts(parse(GENDER_TABLE))).toEqual([
      "null:enrolled/woman=61",
      "null:enrolled/man=47",
      "null:enrolled/all=108",
      "null:new/woman=30",
      "null:new/man=22",
      "null:new/all=52",
      "null:exited/woman=33",
      "null:exited/man=25",
      "null:exited/all=58",
    ]);
  });

  it("reads an unplaced exit table whose total is the federation's exits and whose rows add up to it", () => {
    expect(exits(parse([...GENDER_TABLE, ...EXIT_TABLE(58)]))).toEqual([
      "null:work=15",
      "null:studies=9",
      "null:continued_rehab=20",
      "null:unknown=14",
    ]);
  });

  it("leaves it unread when its total is not the federation's exits, or nothing else gives them", () => {
    const other = EXIT_TABLE(58).map((l) =>
      l.replace("Studier                                  9", "Studier                                  8"),
    );
    expect(exits(parse([...GENDER_TABLE, ...other]))).toEqual([]);
    expect(exits(parse(EXIT_TABLE(58)))).toEqual([]);
  });

  it("never makes an age band an intervention; the table's total is the federation's", () => {
    const got = counts(
      parse([
        "Deltagare efter ålder",
        "Åldersgrupp   Kvinnor   Män   Totalt",
        "16–24 år           12    15       27",
        "25–34 år           20    11       31",
        "35–64 år           16     9       25",
        "Totalt             48    35       83",
      ]),
    );
    expect(got.filter((c) => !c.startsWith("null:"))).toEqual([]);
    expect(got).toContain("null:enrolled/all=83");
  });

  it("never makes a group beside an age band an intervention, and keeps intervention rows of a table with none", () => {
    const table = (first: string) =>
      counts(
        parse([
          "Deltagare 2024",
          "                 Kvinnor   Män   Totalt",
          `${first.padEnd(17)}     9    11       20`,
          "Nyanlända             7     5       12",
        ]),
      );
    expect(table("Under 25 år").filter((c) => !c.startsWith("null:"))).toEqual([]);
    expect(table("Lotsen")).toContain("Lotsen:enrolled/all=20");
    // "Nyanlända" is a group of people, never the year's new participants.
    expect(table("Lotsen").filter((c) => c.startsWith("null:new"))).toEqual([]);
  });

  it("reads 'varav till studier 11 8' as a row, not as a header of destinations", () => {
    const fs = parse([
      "Nyckeltal 2024                      Lingonmossen   Blåbärsmossen",
      "Avslutade deltagare                           60              41",
      "  varav till arbete                           17              12",
      "  varav till studier                           9               5",
      "Verksamhetens intäkter (tkr)               9 100           7 700",
    ]);
    // Read as the federation's destinations under its exits; never as interventions with destination columns.
    expect(exits(fs)).toEqual(["null:work=17", "null:studies=9"]);
    expect(fs.filter((f) => f.intervention !== null && f.intervention !== undefined)).toEqual([]);
  });

  it("takes the state's allocation in a note's row for the state", () => {
    expect(memberOf("Statlig medelstilldelning (FK och AF)")).toBe("FK och AF");
    expect(memberOf("Statlig medelstilldelning")).toBeNull();
  });
});
