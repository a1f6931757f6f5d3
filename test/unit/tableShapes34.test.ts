/**
 * Stop 34's table shapes (made-up federations, own words): an exit table whose header cells are
 * written in words ("Antal avslutade", "% av avslutade", "varav kvinnor"); a heading about the
 * participants' results in general ("Resultat för deltagarna") that places a table as the federation's.
 */
import { describe, expect, it } from "vitest";
import { cardsBesideKnown } from "../../loaders/extract/general/memberCards.ts";
import type { FactInput } from "../../loaders/schema/facts.ts";
import { docOf, type AnyFact } from "../helpers.ts";
import { countsOf, exitsOf, extractReport } from "../support/reportFacts.ts";

describe("an exit table's header cells written in words", () => {
  const report = (header: string, heading = "3. Resultat för deltagarna") => [
    "Samordningsförbundet Hagmyra",
    "Årsredovisning 2024",
    "",
    heading,
    "",
    header,
    "Studier                                   9               15 %              4",
    "Arbete                                   21               34 %             12",
    "Fortsatt rehabilitering                  18               30 %              8",
    "Arbetssökande                            13               21 %              5",
    "Summa                                    61              100 %             29",
  ];

  it("reads the count column and the destinations (must fire)", () => {
    const facts = extractReport(
      report("Orsak till avslut                Antal avslutade   Andel av avslutade (%)   varav kvinnor"),
      "hagmyra",
    );
    expect(exitsOf(facts).sort()).toEqual([
      "förbundet:continued_rehab=18",
      "förbundet:job_seeker=13",
      "förbundet:studies=9",
      "förbundet:work=21",
    ]);
    expect(countsOf(facts)).toContain("förbundet:exited/all=61");
    expect(countsOf(facts)).not.toContain("förbundet:exited/all=100");
  });

  it("reads one gender's column alone as the total row's part (must fire)", () => {
    const facts = extractReport(
      report("Orsak till avslut                Antal avslutade   Andel av avslutade (%)   Därav kvinnor"),
      "hagmyra",
    );
    expect(countsOf(facts)).toContain("förbundet:exited/woman=29");
    expect(countsOf(facts).some((c) => c.includes("/man="))).toBe(false);
  });

  it("reads no gender where its column is larger than a row's count (must not fire)", () => {
    const lines = report("Orsak till avslut                Antal avslutade   Andel av avslutade (%)   varav kvinnor");
    lines[6] = "Studier                                   9               15 %             12";
    expect(countsOf(extractReport(lines, "hagmyra")).some((c) => c.includes("/woman="))).toBe(false);
  });

  it("merges header cells stacked over two lines (must fire)", () => {
    const lines = report("Orsak till avslut                Antal avslutade   Andel av avslutade (%)   varav kvinnor");
    lines.splice(
      5,
      1,
      "Avslutsorsak                             Antal             Andel av          varav",
      "                                         avslutade         avslutade (%)     kvinnor",
    );
    const facts = extractReport(lines, "hagmyra");
    expect(exitsOf(facts)).toContain("förbundet:work=21");
    expect(countsOf(facts)).toContain("förbundet:exited/woman=29");
  });

  it("reads no stacked header whose lower line holds a figure (must not fire)", () => {
    const lines = report("Orsak till avslut                Antal avslutade   Andel av avslutade (%)   varav kvinnor");
    lines.splice(
      5,
      1,
      "Avslutsorsak                             Antal             Andel av          varav",
      "                                         avslutade 2       avslutade (%)     kvinnor",
    );
    expect(exitsOf(extractReport(lines, "hagmyra"))).toEqual([]);
  });

  it("reads nothing where one header cell names no exit column (must not fire)", () => {
    const facts = extractReport(
      report("Orsak till avslut                Antal avslutade   Snittid i insats (mån)   varav kvinnor"),
      "hagmyra",
    );
    expect(exitsOf(facts)).toEqual([]);
  });

  it("reads nothing under a heading naming one intervention (must not fire)", () => {
    const facts = extractReport(
      report(
        "Orsak till avslut                Antal avslutade   Andel av avslutade (%)   varav kvinnor",
        "3. Resultat för Lotsen",
      ),
      "hagmyra",
    );
    expect(exitsOf(facts).filter((e) => e.startsWith("förbundet:"))).toEqual([]);
  });
});

describe("a member's own table of the joint bodies it pays into", () => {
  const report = (opts: { head?: string; unitCell?: string; sum?: string; header?: string } = {}) => [
    opts.head ?? "VRETBY KOMMUN",
    "Årsredovisning 2024",
    "",
    "Gemensamma organisationer",
    "",
    `${opts.unitCell ?? "Belopp i tkr"}                           ${opts.header ?? "Bokslut 2024     Budget 2024     Bokslut 2023"}`,
    "Brandförbundet Mälarkusten                     9 310           9 200           8 990",
    "Samordningsförbundet Vretbygden                  655             700             640",
    "Kommunalförbundet Gymnasiet Väst              22 400          22 000          21 870",
    `Summa                                         ${opts.sum ?? "32 365"}          31 900          31 500`,
  ];
  const fees = (lines: string[]) =>
    extractReport(lines, "vretbygden")
      .filter((f) => f.table === "member_contribution")
      .map((f) => `${f.member}=${f.amount_sek}@${f.year} ${f.basis}`);

  it("reads the federation's row under the outcome column of the report's year as the author's fee (must fire)", () => {
    expect(fees(report())).toEqual(["Vretby kommun=655000@2024 actual"]);
    expect(fees(report({ head: "Vretby kommun – Årsredovisning 2024" }))).toEqual(["Vretby kommun=655000@2024 actual"]);
  });

  it("stores nothing without an author's head, a unit, the report year's outcome column or a Summa that holds (must not fire)", () => {
    expect(fees(report({ head: "Samordningsförbundet Vretbygden" }))).toEqual([]);
    expect(fees(report({ unitCell: "Organisation" }))).toEqual([]);
    expect(fees(report({ sum: "32 375" }))).toEqual([]);
    expect(fees(report({ header: "Budget 2025      Budget 2024     Bokslut 2023" }))).toEqual([]);
  });

  it("places a deviation column closing the header, never reading it (must fire)", () => {
    expect(fees(report({ header: "Bokslut 2024     Budget 2024        Avvikelse" }))).toEqual([
      "Vretby kommun=655000@2024 actual",
    ]);
  });

  it("takes the unit from a line of units alone under the header (must fire)", () => {
    const lines = report({ unitCell: "Organisation" });
    lines.splice(6, 0, "                                                (tkr)             (tkr)           (tkr)");
    expect(fees(lines)).toEqual(["Vretby kommun=655000@2024 actual"]);
  });

  it("reads nothing under a line of units that disagree (must not fire)", () => {
    const lines = report({ unitCell: "Organisation" });
    lines.splice(6, 0, "                                                (tkr)              (kr)           (tkr)");
    expect(fees(lines)).toEqual([]);
  });

  it("reads nothing where a deviation column stands between the years (must not fire)", () => {
    expect(fees(report({ header: "Bokslut 2024     Avvikelse       Bokslut 2023" }))).toEqual([]);
  });
});

describe("a member's card with years as its columns", () => {
  const appendix = (second = "Inbetald medlemsavgift, kr              455 000        440 000") => [
    "Samordningsförbundet Lerdal",
    "Årsredovisning 2024",
    "",
    "Bilaga 2. Kommunerna",
    "",
    "Lerby kommun",
    "                                           2024           2023",
    "Deltagare från kommunen                      44             39",
    "Inbetald medlemsavgift, kr              745 000        731 000",
    "",
    "Dalsjö kommun",
    "                                           2024           2023",
    "Deltagare från kommunen                      29             33",
    second,
  ];
  const region = (amount: number): FactInput =>
    ({
      table: "member_contribution",
      year: 2024,
      basis: "actual",
      member: "Region Lerdal",
      amount_sek: amount,
      line: 3,
      text: "",
      section: "test",
      approximate: false,
    }) as FactInput;
  const fees = (lines: string[], known: number) =>
    (cardsBesideKnown(docOf(lines), [region(known)]).facts as AnyFact[]).map(
      (f) => `${f.member}=${f.amount_sek}@${f.year}`,
    );

  it("reads each fee under its year, the report year's where the municipalities add up to the region's (must fire)", () => {
    expect(fees(appendix(), 1_200_000)).toEqual(["Lerby kommun=745000@2024", "Dalsjö kommun=455000@2024"]);
  });

  it("stores nothing where they do not add up or an amount stands under no year (must not fire)", () => {
    expect(fees(appendix(), 1_250_000)).toEqual([]);
    expect(fees(appendix("Inbetald medlemsavgift, kr  455 000                        440 000"), 1_200_000)).toEqual([]);
  });
});

describe("a statement row's label going on in a bracket on the next line", () => {
  const statement = (costs: string[]) => [
    "Samordningsförbundet Bergsvik",
    "Årsredovisning 2024",
    "",
    "Resultaträkning (kr)",
    "                                                  2024              2023",
    "Verksamhetens intäkter                       6 210 000         6 050 000",
    ...costs,
    "Verksamhetens resultat                        -140 000           210 000",
    "Årets resultat                                -140 000           210 000",
  ];
  const costs = (lines: string[]) =>
    extractReport(lines, "bergsvik")
      .filter((f) => f.table === "finance" && f.item === "cost_operating" && f.year === 2024)
      .map((f) => f.amount_sek);

  it("reads the bracket as the label above's remark (must fire)", () => {
    expect(
      costs(
        statement([
          "Verksamhetens kostnader",
          "(varav insatser 4 100 000 kr)             -6 350 000        -5 840 000",
        ]),
      ),
    ).toContain(6_350_000);
  });

  it("leaves a bracket under a row with figures of its own as a row of its own (must not fire)", () => {
    expect(
      costs(
        statement([
          "Verksamhetens kostnader                     -6 350 000        -5 840 000",
          "(varav lämnade bidrag)                      -4 100 000        -3 900 000",
        ]),
      ),
    ).not.toContain(4_100_000);
  });
});

describe("a member's table of the federations it belongs to, its header stacked over two lines", () => {
  const table = (
    wrapped: string,
    lower = "                                   andel, %                 resultat   kapital    bidrag 2024",
  ) => [
    "HALLBY KOMMUN",
    "Årsredovisning 2024",
    "",
    "Tabell 9. Förbund där kommunen är medlem, 2024 (mnkr)",
    "",
    "Förbund                            Kommunens   Omsättning   Årets      Eget       Kommunens",
    lower,
    "Räddningsförbundet Hallbygd            44         88,1         0,9       12,4        38,2",
    "Samordningsförbundet Norra             20          7,9        -0,3        1,8        1,31",
    wrapped,
    "Summa                                            96,0         0,6       14,2        39,51",
  ];
  const read = (lines: string[]) =>
    extractReport(lines, "norra-hallbygd")
      .filter((f) => f.section === "general:federation_rows")
      .map((f) => (f.table === "member_contribution" ? `${f.member}=${f.amount_sek}` : `${f.item}=${f.amount_sek}`));

  it("merges the header and the wrapped name, reading the own row (must fire)", () => {
    expect(read(table("  Hallbygd"))).toEqual([
      "Hallby kommun=1310000",
      "revenue_operating=7900000",
      "result=-300000",
      "equity_end=1800000",
    ]);
  });

  it("reads nothing where the name's second line names another federation or the lower line is a row (must not fire)", () => {
    expect(read(table("  Sjöbygd"))).toEqual([]);
    expect(
      read(
        table(
          "  Hallbygd",
          "Räddningsförbundet Hallbygd            44         88,1         0,9       12,4        38,2",
        ),
      ),
      // A row under the header is no second header line: "Kommunens" and "Årets" alone name nothing.
    ).toEqual(["revenue_operating=7900000"]);
  });
});
