/**
 * Pivot tables pasted from a spreadsheet: Excel's own captions ("Summa av Antal",
 * "Radetiketter", "Totalsumma", "(tom)") around a gender table with measure rows and an exit table.
 */
import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { parseParticipantTables } from "../../loaders/extract/general/parseParticipantTables.ts";
import { parsePivotAccounts } from "../../loaders/extract/general/pivotAccounts.ts";
import type { AnyFact } from "../helpers.ts";

const parse = (lines: string[]) =>
  parseParticipantTables(new DocumentText("test/2024-annual-report", lines, 2024)).facts as AnyFact[];
const counts = (facts: AnyFact[]) =>
  facts
    .filter((f) => f.table === "participant_count")
    .map((f) => `${f.intervention}:${f.measure}/${f.gender}=${f.value}@${f.line}`);
const exits = (facts: AnyFact[]) =>
  facts.filter((f) => f.table === "participant_breakdown").map((f) => `${f.category}=${f.value}@${f.line}`);

const title = ["Samordningsförbundet Lingbacka", "Året 2024 ur förbundets statistikfil", ""];
const genderPivot = [
  "Summa av Antal          Kolumnetiketter",
  "Radetiketter            Kvinna       Man    Totalsumma",
  "Inskrivna                   90        70           160",
  "  därav nya                 40        31            71",
  "Avslutade                   33        27            60",
  "Totalsumma                 163       128           291",
  "",
];
const exitPivot = [
  "Summa av Antal",
  "Radetiketter            Avslutade",
  "Arbete                         17",
  "Studier                         9",
  "Annat                          30",
  "(tom)                           4",
  "Totalsumma                     60",
];

describe("a spreadsheet's pivot tables in the federation's statistics", () => {
  it("reads the measure rows under Kvinna | Man | Totalsumma, never the Totalsumma row that adds them", () => {
    const c = counts(parse([...title, ...genderPivot]));
    expect(c).toEqual([
      "null:enrolled/woman=90@6",
      "null:enrolled/man=70@6",
      "null:enrolled/all=160@6",
      "null:new/woman=40@7",
      "null:new/man=31@7",
      "null:new/all=71@7",
      "null:exited/woman=33@8",
      "null:exited/man=27@8",
      "null:exited/all=60@8",
    ]);
    expect(c.some((x) => x.includes("291") || x.includes("163"))).toBe(false);
  });

  it("reads the exit pivot's destinations, its blank category as not stated", () => {
    const facts = parse([...title, ...genderPivot, ...exitPivot]);
    expect(exits(facts)).toEqual(["work=17@13", "studies=9@14", "other_exit=30@15", "unknown=4@16"]);
  });

  it("must not read a pivot as the federation's when the title does not say whose statistics it holds", () => {
    const facts = parse([
      "Samordningsförbundet Lingbacka",
      "Utdrag ur ett kalkylblad",
      "",
      ...genderPivot,
      ...exitPivot,
    ]);
    expect(counts(facts)).toEqual([]);
    expect(exits(facts)).toEqual([]);
  });

  it("must not read a pivot as the federation's inside an intervention's section", () => {
    const facts = parse([...title, "Insats: Vägen vidare", "", ...genderPivot]);
    expect(counts(facts).every((x) => x.startsWith("Vägen vidare:"))).toBe(true);
  });
});

describe("a spreadsheet's pivot of the accounts", () => {
  const accounts = (year: string, result: string) => [
    "Samordningsförbundet Lingbacka",
    "",
    `År                      ${year}`,
    "",
    "Summa av Belopp (kr)",
    "Radetiketter            Summa",
    "Intäkter                4 100 000",
    "  Medlemsbidrag         4 080 000",
    "  Ränta                    20 000",
    "Kostnader              -3 960 500",
    "  Insatser             -3 100 000",
    "  Kansli                 -860 500",
    `Totalsumma              ${result}`,
  ];
  const read = (lines: string[]) =>
    (parsePivotAccounts(new DocumentText("test/2024-annual-report", lines, 2024)).facts as AnyFact[]).map(
      (f) => `${f.item}=${f.amount_sek}@${f.line}`,
    );

  it("reads revenue, costs and the Totalsumma as the result, never a part row", () => {
    expect(read(accounts("2024", "  139 500"))).toEqual([
      "revenue_operating=4100000@7",
      "cost_operating=3960500@10",
      "result=139500@13",
    ]);
  });

  it("must not read it for another year's filter, or where revenue − costs is not the Totalsumma", () => {
    expect(read(accounts("2023", "  139 500"))).toEqual([]);
    expect(read(accounts("2024", "  193 500"))).toEqual([]);
  });
});
