/**
 * A long-format export, one figure per row named by its cells: the federation's rows (a total
 * scope or the document's own federation) per year, measure and gender; an intervention's rows are
 * its own; members, later years and amounts never. Made-up federations and figures.
 */
import { describe, expect, it } from "vitest";
import { parseLongFormatTables } from "../../loaders/extract/general/longFormatTables.ts";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { destinationRowCategory } from "../../loaders/extract/general/exitRowLabel.ts";
import type { AnyFact } from "../helpers.ts";

const doc = (rows: string[], year = 2024) =>
  new DocumentText("ravik/2024-annual-report", ["Samordningsförbundet Råvik", "Statistik 2024", "", ...rows], year);
const read = (rows: string[]) =>
  (parseLongFormatTables(doc(rows)).facts as AnyFact[]).map((f) =>
    f.table === "finance"
      ? `${f.basis}:${f.year}:${f.item}=${f.amount_sek}`
      : `${f.intervention ?? "fed"}:${f.year}:${f.measure ?? f.category}:${f.gender ?? ""}=${f.value}`,
  );

describe("a long-format table", () => {
  const table = [
    "Verksamhet   Variabel                  Kön       År     Antal",
    "Ledet        Inskrivna                 Alla      2024      30",
    "Ledet        Inskrivna                 Kvinnor   2024      18",
    "Ledet        Inskrivna                 Män       2024      12",
    "Förbundet    Inskrivna                 Alla      2024      52",
    "Förbundet    Inskrivna                 Kvinnor   2024      29",
    "Förbundet    Inskrivna                 Män       2024      23",
    "Förbundet    Avslutade                 Alla      2024      21",
    "Förbundet    Avslutade till arbete     Alla      2024       6",
    "Förbundet    Inskrivna                 Alla      2023      47",
    "Förbundet    Inskrivna                 Alla      2025      12",
  ];

  it("reads the federation's rows per year, measure and gender, and each intervention's as its own", () => {
    const facts = read(table);
    expect(facts).toEqual(
      expect.arrayContaining([
        "fed:2024:enrolled:all=52",
        "fed:2024:enrolled:woman=29",
        "fed:2024:enrolled:man=23",
        "fed:2024:exited:all=21",
        "fed:2024:work:=6",
        "fed:2023:enrolled:all=47",
        "Ledet:2024:enrolled:all=30",
      ]),
    );
    expect(facts.filter((f) => f.startsWith("fed:") && /=(30|18|12)$/.test(f))).toEqual([]);
  });

  it("never reads a year after the report's (must not fire)", () => {
    expect(read(table).filter((f) => f.includes(":2025:"))).toEqual([]);
  });

  it("reads a table without a year column as the report's year under a caption naming that year", () => {
    const facts = read([
      "Utfall per insats 2024",
      "",
      "Insats       Mått        Kön        Antal",
      "Förbundet    Deltagare   Kvinnor       14",
      "Förbundet    Deltagare   Män           11",
      "Förbundet    Deltagare   Totalt        25",
    ]);
    expect(facts).toEqual(expect.arrayContaining(["fed:2024:enrolled:woman=14", "fed:2024:enrolled:all=25"]));
  });

  it("reads no year for a table without a year column under a caption naming another year (must not fire)", () => {
    const facts = read([
      "Jämförelse: utfall per insats 2023",
      "",
      "Insats       Mått        Kön        Antal",
      "Förbundet    Deltagare   Kvinnor       14",
      "Förbundet    Deltagare   Män           11",
      "Förbundet    Deltagare   Totalt        25",
    ]);
    expect(facts).toEqual([]);
  });

  it("never reads a member's rows, amounts or a split that does not add up (must not fire)", () => {
    const facts = read([
      "Insats        Mått         Kön       År     Värde   Enhet",
      "Åby kommun    Deltagare    Totalt    2024      40   antal",
      "Totalt        Kostnad      Totalt    2024     900   tkr",
      "Totalt        Deltagare    Totalt    2024      61   antal",
      "Totalt        Deltagare    Kvinnor   2024      30   antal",
      "Totalt        Deltagare    Män       2024      30   antal",
    ]);
    expect(facts).toEqual(["fed:2024:enrolled:all=61"]);
  });

  it("is no long-format table with a column no role names (must not fire)", () => {
    expect(read(["Insats   Mått        Ort      År     Värde", "Totalt   Deltagare   Åby      2024      61"])).toEqual(
      [],
    );
  });

  const mixed = [
    "Insats        Mått                        Kön       År        Värde   Enhet",
    "---------     ----------------------      ------    ----   --------   -----",
    "Samtliga      Avslutade                   Alla      2024         40   antal",
    "Samtliga      Avslut: arbete              Alla      2024         11   antal",
    "Samtliga      Avslut: annat               Alla      2024          6   antal",
    "Samtliga      Nya                         Kvinnor   2024       u.s.   antal",
    "Samtliga      Andel arbete eller studier  Alla      2024       27,5   procent",
    "Samtliga      Målvärde arbete eller studier  Alla   2024       35,0   procent",
    "Förbundet     Intäkter                    –         2024  6 000 000   kr",
    "Förbundet     Kostnader                   –         2024  6 150 000   kr",
    "Förbundet     Årets resultat              –         2024   -150 000   kr",
    "Förbundet     Årets resultat, budget      –         2024   -400 000   kr",
    "Förbundet     Eget kapital                –         2024  1 050 000   kr",
    "Förbundet     Eget kapital                –         2023  1 200 000   kr",
    "Bryggan       Kostnad                     –         2024  2 100 000   kr",
  ];

  it("passes over rules and missing values, reads 'Avslut: X' as a destination, rates as waiting and the accounts where they add up", () => {
    const out = parseLongFormatTables(doc(mixed));
    const facts = read(mixed);
    expect(facts).toEqual(
      expect.arrayContaining([
        "fed:2024:exited:all=40",
        "fed:2024:work:=11",
        "fed:2024:other_exit:=6",
        "actual:2024:revenue_operating=6000000",
        "actual:2024:cost_operating=6150000",
        "actual:2024:result=-150000",
        "actual:2024:equity_end=1050000",
        "actual:2023:equity_end=1200000",
      ]),
    );
    expect((out.awaiting as AnyFact[]).map((f) => `${f.indicator}=${f.value}`)).toEqual([
      "work_or_studies_rate_reported=27.5",
    ]);
  });

  it("never reads a budget without its sum, an intervention's cost or a missing value (must not fire)", () => {
    const facts = read(mixed);
    expect(facts.filter((f) => f.startsWith("budget:") || f.endsWith("=2100000") || f.includes(":new:"))).toEqual([]);
  });

  it("stores no accounts whose revenue − costs is not the result (must not fire)", () => {
    const broken = mixed.map((l) => l.replace("6 150 000", "6 100 000"));
    expect(read(broken).filter((f) => f.startsWith("actual:"))).toEqual([]);
  });

  it("stores the assets' total of a year whose accounts add up, never of one whose do not", () => {
    const assets = [...mixed, "Förbundet     Summa tillgångar            –         2024  1 480 000   kr"];
    expect(read(assets)).toContain("actual:2024:assets_total=1480000");
    const broken = assets.map((l) => l.replace("6 150 000", "6 100 000"));
    expect(read(broken).filter((f) => f.includes("assets_total"))).toEqual([]);
  });
});

describe("a destination row's label", () => {
  it("names the other exits after the exit words ('Avslut till annat')", () => {
    expect(destinationRowCategory("Avslut till annat")).toBe("other_exit");
    expect(destinationRowCategory("Avslutade mot övrigt")).toBe("other_exit");
    // Said by the cause: "anledning" as "orsak".
    expect(destinationRowCategory("Avslutade av annan anledning")).toBe("other_exit");
  });

  it("names nothing as a bare word or an intervention's name (must not fire)", () => {
    expect(destinationRowCategory("Annat")).toBeUndefined();
    expect(destinationRowCategory("Vägen till annat liv")).toBeUndefined();
    expect(destinationRowCategory("Avslutade av en anledning vi inte känner")).toBeUndefined();
  });
});
