/**
 * Documents about a federation written by or for its owners: notes of an owners' consultation,
 * a revised statute with its fee appendix, a member's committee report, a regional compilation.
 * Each rule with a case where it must fire and one where it must not. Made-up federations,
 * figures and words.
 */
import { describe, expect, it } from "vitest";
import { parseAnnualReport } from "../../loaders/extract/templates/kalmar/parseAnnualReport.ts";
import { parseMinutes } from "../../loaders/extract/minutes/parseMinutes.ts";
import { parseColumnHeader } from "../../loaders/extract/general/columnHeaders.ts";
import { readingText } from "../../loaders/extract/text/readingText.ts";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { docOf, type AnyFact } from "../helpers.ts";

const report = (lines: string[], year = 2025) =>
  parseAnnualReport(docOf([...readingText(lines).lines], year)).facts as AnyFact[];
const minutes = (lines: string[], date: string) =>
  parseMinutes(new DocumentText("kalmar/minutes", [...readingText(lines).lines], Number(date.slice(0, 4))), {
    date,
    kind: "board_minutes",
  }).facts as AnyFact[];
const fees = (facts: AnyFact[]) =>
  facts
    .filter((f) => f.table === "member_contribution")
    .map((f) => `${f.member} ${f.year} ${f.basis} ${f.amount_sek}`)
    .sort();
const money = (facts: AnyFact[]) =>
  facts.filter((f) => f.table === "finance").map((f) => `${f.item} ${f.year} ${f.basis} ${f.amount_sek}`);

describe("a year's basis in brackets in a fee table's header", () => {
  it("reads '2024 (utfall)' as paid and '2025 (fastställt)' as planned", () => {
    const h = parseColumnHeader("Huvudman      2024 (utfall), kr     2025 (fastställt), kr");
    expect(h?.valueColumns).toMatchObject([
      { kind: "amount", year: 2024, basis: "actual" },
      { kind: "amount", year: 2025, basis: "budget" },
    ]);
    expect(parseColumnHeader("Ägare     Beslutat 2025     Utfall 2024")?.valueColumns).toMatchObject([
      { kind: "amount", year: 2025, basis: "budget" },
      { kind: "amount", year: 2024, basis: "actual" },
    ]);
  });

  it("leaves a bracket that names no basis alone", () => {
    expect(parseColumnHeader("Huvudman      2024 (reviderad)      2025 (ny)")).toBeNull();
  });
});

describe("an owners' meeting's fee table under a heading spanning two years", () => {
  const NOTES = [
    "Samordningsförbundet Tallmo",
    "MINNESANTECKNINGAR ÄGARDIALOG 2025-05-06",
    "",
    "3. Bidrag från ägarna 2024 och 2025",
    "   Ägare                    2024 (utfall), kr    2025 (fastställt), kr",
    "   Staten                         2 400 000             2 500 000",
    "   Region Furuland                1 200 000             1 250 000",
    "   Tallby kommun                    700 000               750 000",
    "   Mossviks kommun                  500 000               500 000",
    "   Summa                          4 800 000             5 000 000",
  ];

  it("stores the paid year as paid and the decided year as planned", () => {
    const got = fees(
      minutes(
        NOTES.map((l) => l.replace("Bidrag från ägarna", "Medlemsbidrag")),
        "2025-05-06",
      ),
    );
    expect(got).toContain("Tallby kommun 2024 actual 700000");
    expect(got).toContain("Tallby kommun 2025 budget 750000");
    expect(got).toContain("Staten 2025 budget 2500000");
  });

  it("stores nothing where the members' rows do not add up to the Summa row", () => {
    const off = NOTES.map((l) => l.replace("Bidrag från ägarna", "Medlemsbidrag").replace("4 800 000", "4 900 000"));
    expect(fees(minutes(off, "2025-05-06"))).toEqual([]);
  });
});

describe("a statute's fee appendix with each year's basis under it", () => {
  const STATUTE = [
    "FÖRBUNDSORDNING för Samordningsförbundet Tallmo",
    "Denna ordning ska gälla från och med den 1 januari 2026.",
    "",
    "§ 8 Medlemmarnas bidrag",
    "Staten bidrar med hälften, regionen med en fjärdedel och kommunerna med en fjärdedel.",
    "",
    "Bilaga 1: Medlemsavgifter, kronor",
    "Medlem                      Andel     Invånare          2025          2026",
    "                                      31 dec 2024   (utfall)     (beslutat)",
    "Staten                      50 %           –      2 000 000     2 100 000",
    "Region Furuland             25 %           –      1 000 000     1 050 000",
    "Tallby kommun               15 %      21 400        600 000       630 000",
    "Mossviks kommun             10 %      14 100        400 000       420 000",
    "Summa                      100 %      35 500      4 000 000     4 200 000",
  ];

  it("reads the upper year with the basis under it", () => {
    const got = fees(report(STATUTE));
    expect(got).toContain("Tallby kommun 2025 actual 600000");
    expect(got).toContain("Tallby kommun 2026 budget 630000");
  });

  it("keeps a plan's own year planned where the lower line names no basis", () => {
    const plain = STATUTE.map((l) => l.replace("(utfall)     (beslutat)", "                      "));
    const got = fees(report(plain));
    expect(got.filter((f) => f.includes(" actual "))).toEqual([]);
  });
});

describe("a plan's look back on the year before it applies", () => {
  const LOOKBACK = [
    "FÖRBUNDSORDNING för Samordningsförbundet Tallmo",
    "Reviderad ordning, att gälla från och med den 1 januari 2026.",
    "",
    "Bakgrund",
    "Förbundets intäkter under 2025 var 6 300 000 kr och kostnaderna 6 100 000 kr.",
  ];

  it("reads the earlier year's outcome", () => {
    expect(money(report(LOOKBACK))).toEqual(
      expect.arrayContaining(["revenue_operating 2025 actual 6300000", "cost_operating 2025 actual 6100000"]),
    );
  });

  it("reads nothing of the year the plan applies from", () => {
    const same = LOOKBACK.map((l) => l.replace("1 januari 2026", "1 januari 2025"));
    expect(money(report(same)).filter((f) => f.includes(" actual "))).toEqual([]);
  });
});

const counts = (facts: AnyFact[]) =>
  facts
    .filter((f) => f.table === "participant_count" || f.table === "participant_breakdown" || f.table === "indicator")
    .map((f) => `${f.year} ${f.measure ?? f.category ?? f.indicator}/${f.gender ?? ""}=${f.value}`);

describe("an owners' meeting told the federation's closed year under a heading on it", () => {
  const OWNERS = [
    "Samordningsförbundet Tallmo",
    "MINNESANTECKNINGAR ÄGARDIALOG",
    "Datum: 2025-05-06",
    "",
    "2. Verksamhetsåret 2024 – förbundschefen berättar",
    "   – Deltagare i finansierade insatser: 152, varav 80 kvinnor och 72 män",
    "   – Nya: 66 · Avslutade: 58",
    "   – Avslut till: arbete 19 · studier 7 · vård eller rehabilitering 9 · övrigt 23",
    "   – Ekonomi: intäkter 5,10 mnkr, kostnader 5,30 mnkr",
  ];

  it("reads the year's figures, the items a middle dot sets apart each with its colon", () => {
    const got = counts(minutes(OWNERS, "2025-05-06"));
    expect(got).toEqual(
      expect.arrayContaining([
        "2024 enrolled/all=152",
        "2024 enrolled/woman=80",
        "2024 new/all=66",
        "2024 exited/all=58",
        "2024 continued_rehab/=9",
      ]),
    );
    expect(money(minutes(OWNERS, "2025-05-06"))).toContain("revenue_operating 2024 actual 5100000");
  });

  it("reads nothing under a heading on a member's year or on the meeting's own year", () => {
    const member = OWNERS.map((l) =>
      l.replace("Verksamhetsåret 2024 – förbundschefen berättar", "Tallby kommuns år 2024"),
    );
    expect(counts(minutes(member, "2025-05-06"))).toEqual([]);
    const own = OWNERS.map((l) => l.replace("Verksamhetsåret 2024", "Verksamhetsåret 2025"));
    expect(counts(minutes(own, "2025-05-06"))).toEqual([]);
  });
});

describe("key figures apart by middle dots", () => {
  const KEYS = ["Året 2024 i korthet", "", "Nya under året: 66 · Avslutade: 58"];

  it("reads each item with its own label", () => {
    expect(counts(report(KEYS, 2024))).toEqual(expect.arrayContaining(["2024 new/all=66", "2024 exited/all=58"]));
  });

  it("reads a destinations list with middle dots whole, and a dot without colons splits nothing", () => {
    const dests = ["Året 2024 i korthet", "", "Avslutade till: arbete 19 · studier 7 · övrigt 23"];
    expect(counts(report(dests, 2024))).toEqual(
      expect.arrayContaining(["2024 work/=19", "2024 studies/=7", "2024 other_exit/=23"]),
    );
    const lone = ["Året 2024 i korthet", "", "Nya under året 66 · avslutade 58 av dem som började 2022"];
    expect(counts(report(lone, 2024))).not.toContain("2024 exited/all=58");
  });
});

describe("a member's committee report on the federation it belongs to", () => {
  const COMMITTEE = [
    "MOSSVIKS KOMMUN",
    "Socialnämnden",
    "VERKSAMHETSBERÄTTELSE 2024",
    "",
    "2 Ekonomi",
    "Tabell 2.1 Nettokostnader, mnkr",
    "Verksamhet                              Budget 2024   Utfall 2024   Avvikelse   Utfall 2023",
    "Individ- och familjeomsorg                     51,0          52,2        -1,2          49,8",
    "Bidrag till Samordningsförbundet Tallmo         0,9           0,9         0,0           0,8",
    "Summa nettokostnad                             51,9          53,1        -1,2          50,6",
    "",
    "3 Samarbeten",
    "3.1 Samordningsförbundet Tallmo",
    "Förbundet hade under 2024 tre insatser med sammanlagt 96 deltagare, varav 41 nya.",
    "Förbundets kostnader var 4,9 mnkr.",
  ];
  const read = (lines: string[], id = "tallmo") =>
    parseAnnualReport(new DocumentText(`${id}/2024-report`, [...readingText(lines).lines], 2024)).facts as AnyFact[];

  it("reads the member's fee row by its columns and the federation's section as the federation's", () => {
    const facts = read(COMMITTEE);
    expect(fees(facts)).toEqual([
      "Mossviks kommun 2023 actual 800000",
      "Mossviks kommun 2024 actual 900000",
      "Mossviks kommun 2024 budget 900000",
    ]);
    expect(counts(facts)).toEqual(expect.arrayContaining(["2024 enrolled/all=96", "2024 new/all=41"]));
    expect(money(facts)).toContain("cost_operating 2024 actual 4900000");
  });

  it("reads neither a fee to another federation nor a section headed by another federation's name", () => {
    const other = COMMITTEE.map((l) => l.replace(/Samordningsförbundet Tallmo/g, "Samordningsförbundet Kvarnby"));
    const facts = read(other);
    expect(fees(facts)).toEqual([]);
    expect(counts(facts)).toEqual([]);
  });

  it("reads no fee row where the head names no member", () => {
    expect(fees(read(COMMITTEE.slice(1)))).toEqual([]);
  });
});

describe("our row in a table of federations", () => {
  const TABLES = [
    "Tabell 1. Deltagare 2024",
    "Förbund          Deltagare  Kvinnor  Män   Avslutade  Arbete  Studier  Andel arb./stud. %",
    "Kvarnby                140       70    70         60      12       6        30,0",
    "Tallmo                  96       50    46         40      10       4        35,0",
    "",
    "Tabell 2. Finansiering 2024, tkr",
    "Förbund          Staten (FK+AF)   Region   Kommunerna",
    "Kvarnby                   2 000    1 000        1 000",
    "Tallmo                    1 800      900          900",
  ];
  const read = (lines: string[]) => {
    const out = parseAnnualReport(new DocumentText("tallmo/2024-compilation", [...readingText(lines).lines], 2024));
    return out.facts as AnyFact[];
  };

  it("reads its women and men, its exits to work and studies, its rate and the state's and region's money", () => {
    const facts = read(TABLES);
    expect(counts(facts)).toEqual(
      expect.arrayContaining([
        "2024 enrolled/woman=50",
        "2024 enrolled/man=46",
        "2024 work/=10",
        "2024 studies/=4",
        "2024 work_or_studies_rate_reported/all=35",
      ]),
    );
    expect(fees(facts)).toEqual(["Regionen 2024 actual 900000", "Staten 2024 actual 1800000"]);
  });

  it("stores no gender split that misses the count, and no other federation's row", () => {
    const off = TABLES.map((l) =>
      l.replace("Tallmo                  96       50    46", "Tallmo                  96       50    40"),
    );
    const got = counts(read(off));
    expect(got.filter((c) => c.includes("woman") || c.includes("/man"))).toEqual([]);
    expect(got).not.toContain("2024 enrolled/woman=70");
  });
});

describe("a statute valid 'fr o m' a date, its fees as 'Utfall' and 'Beslut' columns", () => {
  const STATUTE = [
    "Förbundsordning för Samordningsförbundet Tallmo",
    "Gäller fr o m 2026-01-01",
    "",
    "Bilaga. Fördelning av medlemsbidrag (tkr)",
    "Part                     Andel    Utfall 2025    Beslut 2026",
    "Staten                   50 %          2 000          2 100",
    "Region Furuland          25 %          1 000          1 050",
    "Tallby kommun            25 %          1 000          1 050",
    "Totalt                  100 %          4 000          4 200",
    "",
    "Förbundets resultat för 2025 blev ett överskott på 60 tkr.",
  ];

  it("reads the outcome and the decision, and the year before it applies as that year's outcome", () => {
    const facts = report(STATUTE);
    expect(fees(facts)).toEqual(
      expect.arrayContaining(["Tallby kommun 2025 actual 1000000", "Tallby kommun 2026 budget 1050000"]),
    );
    expect(money(facts)).toContain("result 2025 actual 60000");
  });

  it("reads no outcome where the statute applies from its own year", () => {
    const own = STATUTE.map((l) => l.replace("2026-01-01", "2025-01-01"));
    expect(money(report(own)).filter((f) => f.startsWith("result"))).toEqual([]);
  });
});

describe("one member's fee a decision's att-clause sets for next year", () => {
  const DECISION = [
    "MOSSVIKS KOMMUN                                    SAMMANTRÄDESPROTOKOLL",
    "Kommunstyrelsen                                    Sammanträdesdatum 2025-10-07",
    "",
    "§ 90   Medlemsbidrag till Samordningsförbundet Tallmo",
    "Kommunstyrelsen beslutar att Mossviks kommuns medlemsbidrag till Samordningsförbundet Tallmo för 2026 blir 420 tkr.",
  ];
  const read = (lines: string[]) =>
    parseMinutes(new DocumentText("tallmo/minutes", [...readingText(lines).lines], 2025), {
      date: "2025-10-07",
      kind: "board_minutes",
    }).facts as AnyFact[];

  it("stores it as that year's budget", () => {
    expect(fees(read(DECISION))).toEqual(["Mossviks kommun 2026 budget 420000"]);
  });

  it("stores nothing where 'blir' stands outside a decision, or the fee is another federation's", () => {
    const told = DECISION.map((l) => l.replace("Kommunstyrelsen beslutar att ", "Enligt förvaltningen "));
    expect(fees(read(told))).toEqual([]);
    const other = DECISION.map((l) =>
      l.replace("till Samordningsförbundet Tallmo för", "till Samordningsförbundet Kvarnby för"),
    );
    expect(fees(read(other))).toEqual([]);
  });
});
