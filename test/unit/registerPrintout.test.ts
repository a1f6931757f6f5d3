import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { destinationRowCategory } from "../../loaders/extract/general/exitRowLabel.ts";
import { parseRegisterPrintout } from "../../loaders/extract/general/registerPrintout.ts";
import type { AnyFact } from "../helpers.ts";

const read = (lines: string[], year = 2023) =>
  parseRegisterPrintout(new DocumentText("alvbo/2023-annual-report", lines, year));
const shown = (facts: readonly AnyFact[]) =>
  facts.map((f) =>
    f.table === "finance"
      ? `${f.item}@${f.year}=${f.amount_sek}`
      : f.table === "participant_breakdown"
        ? `${f.category}=${f.value}`
        : `${f.measure}/${f.gender}@${f.year}=${f.value}`,
  );

/** A print-out in another register's words: "Kod | Benämning | Kön | Antal", the period after a colon. */
const counts = (period: string, women = "41") => [
  "Statistikuttag, Finsam Älvbo",
  "Urval: alla insatser i förbundet",
  "",
  `Period: ${period}`,
  "Kod      Benämning                        Kön        Antal",
  `D1       Deltagare under perioden         Kv         ${women.padStart(5)}`,
  "D1       Deltagare under perioden         Män           37",
  "D1       Deltagare under perioden         Totalt        78",
  "D2       Nya deltagare                    Totalt        30",
  "D3       Avslutade deltagare              Totalt        25",
  "D3A      Avslut mot arbete                Totalt         9",
  "D3B      Avslut mot studier               Totalt         6",
  "D3C      Avslut på grund av annat skäl    Totalt        10",
  "D9       Inskrivna 2023-12-31             Totalt        53",
];

const ledger = (unit: string, result = "96 500") => [
  "Huvudbokssammandrag",
  "Period: 2023-01-01 – 2023-12-31",
  unit,
  "Konto    Kontonamn                                     Saldo",
  "3000     Verksamhetens intäkter                    3 150 000",
  "4000     Verksamhetens kostnader                  -3 061 000",
  "8300     Finansiella intäkter                          7 500",
  `8999     Årets resultat                       ${result.padStart(12)}`,
  "2081     Eget kapital, ingående balans 2023-01-01    640 000",
  "2089     Eget kapital, utgående balans 2023-12-31    736 500",
];

describe("a register's print-out: a code on every row, the gender a value of its own column", () => {
  it("reads a whole year's block: K + M = all, destinations that add up to the exits", () => {
    const { facts } = read(counts("2023-01-01 – 2023-12-31"));
    expect(shown(facts as AnyFact[])).toEqual([
      "enrolled/all@2023=78",
      "enrolled/woman@2023=41",
      "enrolled/man@2023=37",
      "new/all@2023=30",
      "exited/all@2023=25",
      "work=9",
      "studies=6",
      "other_exit=10",
    ]);
  });

  it("stores nothing of a tertial, a broken year or a later year, nor a split that does not add up (must not fire)", () => {
    for (const period of ["2023-01-01 – 2023-04-30", "2022-09-01 – 2023-08-31", "2024-01-01 – 2024-12-31"])
      expect(read(counts(period)).facts).toEqual([]);
    const facts = read(counts("2023-01-01 – 2023-12-31", "44")).facts as AnyFact[];
    expect(facts.filter((f) => f.measure === "enrolled").map((f) => f.gender)).toEqual(["all"]);
    // The stock at the year's end is no count over the year.
    expect(facts.some((f) => f.value === 53)).toBe(false);
  });

  it("stores no destinations that do not add up to the exits (must not fire)", () => {
    const lines = counts("2023-01-01 – 2023-12-31").map((l) =>
      l.replace(
        "Avslut mot studier               Totalt         6",
        "Avslut mot studier               Totalt         7",
      ),
    );
    expect((read(lines).facts as AnyFact[]).filter((f) => f.table === "participant_breakdown")).toEqual([]);
  });
});

describe("a ledger's print-out: account numbers, the unit in the head", () => {
  it("reads the year's statement where revenue − costs + financial items = result, and the equity that rolls", () => {
    expect(shown(read(ledger("Belopp i kronor")).facts as AnyFact[])).toEqual([
      "revenue_operating@2023=3150000",
      "cost_operating@2023=3061000",
      "revenue_financial@2023=7500",
      "result@2023=96500",
      "equity_end@2022=640000",
      "equity_end@2023=736500",
    ]);
  });

  it("stores nothing where the result does not add up or no unit is stated (must not fire)", () => {
    expect(read(ledger("Belopp i kronor", "99 500")).facts).toEqual([]);
    expect(read(ledger("Utskrivet 2024-01-20")).facts).toEqual([]);
    expect(read(ledger("Budget, belopp i kronor")).facts).toEqual([]);
  });
});

describe("an exit row said by its cause", () => {
  it("is the other exits where the cause is 'another'", () => {
    expect(destinationRowCategory("Avslut av annan orsak")).toBe("other_exit");
    expect(destinationRowCategory("Avslutade på grund av andra skäl")).toBe("other_exit");
  });
  it("is no category where the cause is a named one (must not fire)", () => {
    expect(destinationRowCategory("Avslut av sjukdomsskäl")).toBeUndefined();
    expect(destinationRowCategory("Avslutade på grund av flytt")).toBeUndefined();
  });
});

describe("a long table with no code column: the gender a row value under 'Kön'", () => {
  const table = (caption: string) => [
    "Förbundet totalt",
    "",
    caption,
    "Mått                       Kön        Antal",
    "Inskrivna deltagare        Kvinna        63",
    "Inskrivna deltagare        Man           58",
    "Inskrivna deltagare        Samtliga     121",
    "Avslutade deltagare        Samtliga      49",
  ];

  it("reads it under a caption naming the report's year alone", () => {
    expect(shown(read(table("Deltagarstatistik 2023")).facts as AnyFact[])).toEqual([
      "enrolled/all@2023=121",
      "enrolled/woman@2023=63",
      "enrolled/man@2023=58",
      "exited/all@2023=49",
    ]);
  });

  it("reads nothing under a caption naming part of the year or no year (must not fire)", () => {
    expect(read(table("Deltagarstatistik januari–juni 2023")).facts).toEqual([]);
    expect(read(table("Deltagarstatistik")).facts).toEqual([]);
  });
});
