/**
 * Tables, key-value print-outs and fact boxes of held-out sets 12 and 12b's shapes. Made-up
 * federations and figures throughout.
 */
import { describe, expect, it } from "vitest";
import { destinationRowCategory } from "../../loaders/extract/general/exitRowLabel.ts";
import { readSentence } from "../../loaders/extract/general/figureGrammar.ts";
import type { AnyFact } from "../helpers.ts";
import { countsOf as counts, exitsOf as exits, readReport as read } from "../support/reportFacts.ts";

const money = (facts: AnyFact[]) =>
  facts.filter((f) => f.table === "finance").map((f) => `${f.year}:${f.basis}:${f.item}=${f.amount_sek}`);

describe("an appendix table of all activities with destination rows filled only in Totalt", () => {
  const appendix = (title: string, destinations: string[]) => [
    "Samordningsförbundet Lindmo",
    "Årsredovisning 2024",
    "",
    "BILAGA 2. DELTAGARE",
    `${title.padEnd(44)}Kvinnor     Män    Totalt`,
    "Inskrivna under året                          61      47       108",
    "därav nya                                     30      22        52",
    "Avslutade                                     28      21        49",
    ...destinations,
  ];

  it("reads 'Alla verksamheter' as the federation's, and a destination's lone cell under Totalt as its exits", () => {
    const facts = read(
      appendix("Alla verksamheter", [
        "Avslut till arbete                                              13",
        "Avslut till studier                                              6",
        "Övriga avslut                                                   11",
      ]),
    );
    expect(counts(facts)).toEqual(
      expect.arrayContaining(["förbundet:enrolled/all=108", "förbundet:new/woman=30", "förbundet:exited/all=49"]),
    );
    expect(exits(facts)).toEqual(["förbundet:work=13", "förbundet:studies=6", "förbundet:other_exit=11"]);
  });

  it("stores nothing from a lone cell under a gender column, nor from a table no heading or title places", () => {
    const underWomen = read(
      appendix("Alla verksamheter", ["Avslut till arbete                            13                 "]),
    );
    expect(exits(underWomen)).toEqual([]);
    const unplaced = read(
      appendix("Uppföljning", ["Avslut till arbete                                              13"]),
    );
    expect(counts(unplaced)).toEqual([]);
    expect(exits(unplaced)).toEqual([]);
  });

  it("names other exits only where the label says exits", () => {
    expect(destinationRowCategory("Övriga avslut")).toBe("other_exit");
    expect(destinationRowCategory("Andra avslut")).toBe("other_exit");
    expect(destinationRowCategory("Övriga insatser")).toBeUndefined();
  });
});

describe("a follow-up system's print-out of 'Variabel: värde' lines", () => {
  const printout = [
    "Uppföljning – utskrift",
    "Förbund: Samordningsförbundet Lindmo",
    "Period: 2024-01-01 -- 2024-12-31",
    "",
    "=== Insats: Vägvisaren ===",
    "Antal inskrivna under perioden: 40",
    "  varav kvinnor: 22",
    "  varav män: 18",
    "Antal avslutade under perioden: 15",
    "Avslutsorsak – arbete: 5",
    "Avslutsorsak – övrigt: 3",
    "Antal personer i kö vid periodens slut: 4",
    "",
    "=== Samtliga insatser ===",
    "Antal inskrivna under perioden: 95",
    "  varav kvinnor: 50",
    "  varav män: 45",
    "Antal avslutade under perioden: 37",
    "Avslutsorsak – arbete: 12",
    "Avslutsorsak – övrigt: 9",
    "Antal personer i kö vid periodens slut: 6",
  ];

  it("reads each framed block as its heading names it: an intervention's, then the federation's", () => {
    const facts = read(printout);
    expect(counts(facts)).toEqual(
      expect.arrayContaining([
        "Vägvisaren:enrolled/all=40",
        "Vägvisaren:exited/all=15",
        "förbundet:enrolled/all=95",
        "förbundet:enrolled/woman=50",
        "förbundet:exited/all=37",
      ]),
    );
    expect(exits(facts)).toEqual(
      expect.arrayContaining(["förbundet:work=12", "förbundet:other_exit=9", "Vägvisaren:other_exit=3"]),
    );
    // The block's figures are never the federation's.
    expect(counts(facts)).not.toContain("förbundet:enrolled/all=40");
  });

  it("reads the blocks the same without their frames: a heading over 'Label: n' lines is no table header", () => {
    const facts = read(printout.map((l) => l.replace(/^=== (.*) ===$/, "$1")));
    expect(counts(facts)).toEqual(
      expect.arrayContaining(["Vägvisaren:enrolled/all=40", "förbundet:enrolled/all=95", "förbundet:exited/all=37"]),
    );
    expect(counts(facts)).not.toContain("Vägvisaren:enrolled/all=95");
  });

  it("never counts people waiting in a queue as participants", () => {
    const values = counts(read(printout));
    expect(values.filter((c) => /=(4|6)$/.test(c))).toEqual([]);
    const summary = counts(
      read(["Året i siffror", "", "Antal deltagare: 95", "Antal personer på väntelistan vid årets slut: 14"]),
    );
    expect(summary).toContain("förbundet:enrolled/all=95");
    expect(summary.filter((c) => c.endsWith("=14"))).toEqual([]);
  });

  it("reads 'kön' as a person's sex, not a queue", () => {
    expect(readSentence("Bland dem som angett kvinna som kön deltog 61 personer i insatserna.").setAside).toEqual([]);
  });

  it("reads the economy lines with the unit in the label's brackets as the statement in brief", () => {
    const economy = (result: string, equity = true) => [
      ...printout,
      "",
      "Rapport: Ekonomi, helår",
      "Intäkter totalt (kr): 2 600 000",
      "Kostnader totalt (kr): 2 512 400",
      `Periodens resultat (kr): ${result}`,
      ...(equity ? ["Eget kapital 2024-12-31 (kr): 940 300"] : []),
    ];
    expect(money(read(economy("87 600")))).toEqual([
      "2024:actual:revenue_operating=2600000",
      "2024:actual:cost_operating=2512400",
      "2024:actual:result=87600",
      "2024:actual:equity_end=940300",
    ]);
    // Under a heading naming no one, in a report with intervention blocks: a list whose sums disagree,
    // or without equity (a project's budget has none), is no statement in brief.
    expect(money(read(economy("97 600")))).toEqual([]);
    expect(money(read(economy("87 600", false)))).toEqual([]);
  });
});

describe("destinations in plain words after dot leaders", () => {
  const report = (rows: string[]) => [
    "Samordningsförbundet Lindmo",
    "Verksamhetsberättelse 2024",
    "",
    "Deltagare och resultat",
    "Under året avslutade 80 personer sin insats.",
    "",
    "Så gick det för de 80 som avslutade:",
    ...rows,
  ];

  it("reads 'påbörjat utbildning', 'fortsatt stöd hos annan aktör' and 'avbrott eller flytt'", () => {
    const facts = read(
      report([
        "  eget arbete med lön ..................... 20",
        "  påbörjat utbildning ..................... 9",
        "  fortsatt stöd hos annan aktör ........... 30",
        "  avbrott eller flytt ..................... 21",
      ]),
    );
    expect(exits(facts)).toEqual([
      "förbundet:work=20",
      "förbundet:studies=9",
      "förbundet:continued_rehab=30",
      "förbundet:other_exit=21",
    ]);
  });

  it("keeps 'påbörjade en insats' new participants and a move outside a sentence about exits no destination", () => {
    const facts = read([
      "Samordningsförbundet Lindmo",
      "Verksamhetsberättelse 2024",
      "",
      "Deltagare och resultat",
      "Under året påbörjade 44 personer en insats hos förbundet. 12 deltagare flyttade till kommunen under året.",
    ]);
    expect(counts(facts)).toContain("förbundet:new/all=44");
    expect(exits(facts)).toEqual([]);
  });
});

describe("a summary table whose columns name the years in words", () => {
  const table = (header: string) => [
    "SAMORDNINGSFÖRBUNDET LINDMO",
    "Verksamhetsberättelse för verksamhetsåret 2024",
    "",
    "Ekonomi",
    `Ekonomi i sammandrag (kr)        ${header}`,
    "Intäkter                              5 120 000          4 980 000",
    "Kostnader                            -5 260 300         -4 870 100",
    "Resultat                               -140 300            109 900",
  ];

  it("reads 'Verksamhetsåret' as the report's year and 'Föregående år' as the year before", () => {
    expect(money(read(table("Verksamhetsåret    Föregående år")))).toEqual(
      expect.arrayContaining([
        "2024:actual:revenue_operating=5120000",
        "2023:actual:revenue_operating=4980000",
        "2024:actual:result=-140300",
        "2023:actual:result=109900",
      ]),
    );
  });

  it("reads no column headed by a budget or a later year in words", () => {
    expect(money(read(table("Verksamhetsåret    Nästa år")))).toEqual([]);
    expect(money(read(table("Budget             Föregående år")))).toEqual([]);
  });
});

describe("employment before and after, of those who exited", () => {
  const sus = (caption: string, columns: string) => [
    "Uppföljning 1 januari–31 december 2024",
    "Samordningsförbundet Lindmo",
    "",
    "Tabell 1. Antal deltagare",
    "                                   Kvinnor   Män   Totalt",
    "Aktuella deltagare under perioden      120    90      210",
    "Avslutade deltagare under perioden      50    40       90",
    "",
    caption,
    columns,
    "Arbete                            4      21",
    "Studier                           2      11",
    "Arbetssökande                    30      25",
    "Totalt                           90      90",
  ];

  it("reads only the Efter column as where they went", () => {
    const facts = read(
      sus("Tabell 2. Sysselsättning före och efter insats, avslutade deltagare", "Sysselsättning      Före   Efter"),
    );
    expect(exits(facts)).toEqual(["förbundet:work=21", "förbundet:studies=11", "förbundet:job_seeker=25"]);
  });

  it("reads nothing from the Före column, nor from a before-and-after table of income sources", () => {
    const facts = read(
      sus("Tabell 3. Försörjning före och efter insats, avslutade deltagare", "Försörjning         Före   Efter"),
    );
    expect(exits(facts)).toEqual([]);
    const swapped = read(
      sus("Tabell 2. Sysselsättning före och efter insats, avslutade deltagare", "Sysselsättning      Efter  Före"),
    );
    expect(exits(swapped)).toEqual([]);
  });
});

describe("a follow-up per cost centre with Budget | Utfall columns and no year", () => {
  const centres = (caption: string, rows: string[]) => [
    "Samordningsförbundet Lindmo",
    "Årsredovisning 2024",
    "",
    caption,
    "Kostnadsställe                  Budget    Utfall    Avvikelse",
    ...rows,
  ];
  const whole = [
    "Styrelse                           200       190           10",
    "Kansli                             900       950          -50",
    "Steget                           1 300     1 210           90",
    "Summa kostnader                  2 400     2 350           50",
  ];

  it("reads the total of the cost centres as the report year's budgeted and actual costs", () => {
    expect(money(read(centres("Uppföljning per kostnadsställe (tkr)", whole)))).toEqual([
      "2024:budget:cost_operating=2400000",
      "2024:actual:cost_operating=2350000",
    ]);
  });

  it("reads no total of interventions only, no rows that do not add up, and no caption of another year", () => {
    const interventionsOnly = [
      "Steget                           1 300     1 210           90",
      "Brofästet                          900       950          -50",
      "Summa kostnader                  2 200     2 160           40",
    ];
    expect(money(read(centres("Uppföljning per kostnadsställe (tkr)", interventionsOnly)))).toEqual([]);
    const offBy = whole.map((r) =>
      r.replace("Summa kostnader                  2 400", "Summa kostnader                  2 500"),
    );
    expect(money(read(centres("Uppföljning per kostnadsställe (tkr)", offBy)))).toEqual([]);
    expect(money(read(centres("Budget 2025 mot utfall 2023 (tkr)", whole)))).toEqual([]);
  });
});

describe("a results report's lettered sections of 'Label: value' lines and dot-leader destinations", () => {
  const report = (sub: string) => [
    "Samordningsförbundet Lindmo",
    "Resultatredovisning – verksamhetsår 2024",
    "",
    "Del A. Underlag",
    "",
    "A1. Deltagare 2024",
    "Inskrivna i individinsatser: 140 personer",
    "Avslutade under året: 64",
    "",
    "A2. Avslutade deltagare",
    "Arbete (även med lönestöd) ............... 15",
    "Studier .................................. 8",
    "Annat / okänt ............................ 11",
    "",
    sub,
    "Deltagare (mål): 150",
  ];

  it("reads a lettered section's figures as the federation's, and a label's inclusion remark as no rename", () => {
    const facts = read(report("A3. Mål"));
    expect(counts(facts)).toEqual(expect.arrayContaining(["förbundet:enrolled/all=140", "förbundet:exited/all=64"]));
    expect(exits(facts)).toEqual(["förbundet:work=15", "förbundet:studies=8", "förbundet:other_exit=11"]);
  });

  it("never reads a bracket that is no inclusion remark (a target) as the label's count", () => {
    expect(counts(read(report("A3. Mål")))).not.toContain("förbundet:enrolled/all=150");
  });
});

describe("a list of destinations closed by its Summa line, under a heading naming no one", () => {
  const report = (summa: string, exited = "64") => [
    "Samordningsförbundet Lindmo",
    "Resultatredovisning – verksamhetsår 2024",
    "",
    "A1. Deltagare 2024",
    `Avslutade under året: ${exited}`,
    "",
    "A2. Vart deltagarna tog vägen",
    "Arbete ................................... 20",
    "Studier .................................. 9",
    "Fortsatt rehabilitering .................. 35",
    `Summa avslut ............................. ${summa}`,
  ];

  it("reads the list as the federation's where its items add up to the federation's exits", () => {
    expect(exits(read(report("64")))).toEqual([
      "förbundet:work=20",
      "förbundet:studies=9",
      "förbundet:continued_rehab=35",
    ]);
  });

  it("reads nothing where the items do not add up, or the total is not the federation's exits", () => {
    expect(exits(read(report("66")))).toEqual([]);
    expect(exits(read(report("64", "70")))).toEqual([]);
  });
});
