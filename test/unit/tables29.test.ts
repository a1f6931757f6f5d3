/**
 * Table shapes of stop 29 (generalising the table readers: statements, key-figure tables,
 * year columns, the layout grid). Made-up federations and figures throughout.
 */
import { describe, expect, it } from "vitest";
import type { AnyFact } from "../helpers.ts";
import { countsOf as counts, exitsOf as exits, readReport as read } from "../support/reportFacts.ts";

const money = (facts: AnyFact[]) =>
  facts.filter((f) => f.table === "finance").map((f) => `${f.year}:${f.basis}:${f.item}=${f.amount_sek}`);

describe("a part row under a count in a key-figure table captioned in tkr", () => {
  const table = (rows: string[]) => [
    "Samordningsförbundet Granås",
    "Årsredovisning 2024",
    "",
    "Flerårsöversikt",
    "",
    "Belopp i tkr                         2024       2023",
    "Verksamhetens intäkter              5 310      5 120",
    ...rows,
  ];

  it("counts 'varav nya' and 'därav kvinnor' under a count row as persons, not thousands of kronor", () => {
    const facts = read(
      table([
        "Antal deltagare                      212        190",
        "  därav nya                           97         88",
        "  därav kvinnor                      120        101",
      ]),
    );
    expect(counts(facts)).toEqual(
      expect.arrayContaining(["förbundet:enrolled/all=212", "förbundet:new/all=97", "förbundet:enrolled/woman=120"]),
    );
    expect(money(facts).filter((m) => /=(97|88|120|101)000$/.test(m))).toEqual([]);
  });

  it("reads a part row set in under a part as that part's split, and a sibling part as the whole's", () => {
    const deeper = read(
      table([
        "Antal deltagare                      212        190",
        "  därav nya                           97         88",
        "      därav kvinnor                   51         40",
      ]),
    );
    expect(counts(deeper)).toEqual(expect.arrayContaining(["förbundet:new/woman=51"]));
    expect(counts(deeper)).not.toContain("förbundet:enrolled/woman=51");
  });

  it("never reads a part row under an amount as a count", () => {
    const facts = read(
      table([
        "Kostnader för insatserna            4 900      4 700",
        "  därav nya insatser                  610        480",
      ]),
    );
    expect(counts(facts)).toEqual([]);
    expect(exits(facts)).toEqual([]);
  });
});

describe("a driftredovisning per cost centre closed by a bare Summa row", () => {
  const centres = (caption: string, rows: string[]) => [
    "Samordningsförbundet Granås",
    "Årsredovisning 2024",
    "",
    caption,
    "Verksamhet                 Budget          Utfall       Avvikelse",
    ...rows,
  ];
  const rows = [
    "Förbundsledning           980 000         1 010 400       -30 400",
    "Vägen vidare            1 750 000         1 702 100        47 900",
    "Jobbspåret                 640 000           655 000       -15 000",
    "Summa                   3 370 000         3 367 500         2 500",
  ];

  it("reads the bare total as the year's budgeted and actual operating costs", () => {
    expect(money(read(centres("Driftredovisning 2024 (kr)", rows)))).toEqual([
      "2024:budget:cost_operating=3370000",
      "2024:actual:cost_operating=3367500",
    ]);
  });

  it("reads nothing under a caption naming no costs, with a revenue row among the centres, or when the rows do not add up", () => {
    expect(money(read(centres("Fördelning per verksamhet 2024 (kr)", rows)))).toEqual([]);
    const withRevenue = [
      "Förbundsledning           980 000         1 010 400       -30 400",
      "Vägen vidare            1 750 000         1 702 100        47 900",
      "Egna intäkter             -640 000          -655 000        15 000",
      "Summa                   2 090 000         2 057 500        32 500",
    ];
    expect(money(read(centres("Driftredovisning 2024 (kr)", withRevenue)))).toEqual([]);
    const offBy = rows.map((r) => r.replace("3 367 500", "3 376 500"));
    expect(money(read(centres("Driftredovisning 2024 (kr)", offBy)))).toEqual([]);
  });
});
