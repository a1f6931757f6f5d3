/**
 * Rules from held-out set 25's first sight (stop 36), each with cases where it must fire and where it
 * must not. Documents are made up here.
 */
import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { parseMinutes } from "../../loaders/extract/minutes/parseMinutes.ts";
import { parseAttendance } from "../../loaders/extract/minutes/parseAttendance.ts";
import type { AnyFact } from "../helpers.ts";
import { countsOf, exitsOf, extractReport } from "../support/reportFacts.ts";

const doc = (lines: string[]) => new DocumentText("tallmyr/2026-02-12-board-minutes", lines, 2026);
const HEAD = [
  "PROTOKOLL",
  "Samordningsförbundet Tallmyr, styrelsen",
  "Datum: 2026-02-12",
  "",
  "Närvarande ledamöter",
  "  Lena Berg (S), ordförande, Tallmyrs kommun",
  "  Olle Vik (M), Region Norrmark",
  "  Sara Fjell, Försäkringskassan, tjänstgör för Eva Dahl",
  "",
  "Närvarande ersättare",
  "  Anders Krok (S), Region Norrmark",
  "",
];
const grantItem = (amount: string) => [
  "§ 7  Ansökan om medel – Stegvis, Tallmyrs kommun",
  "Tallmyrs kommun ansöker om 610 000 kr för insatsen Stegvis.",
  "Styrelsen beslutar",
  `att bevilja Tallmyrs kommun ${amount} för insatsen Stegvis under 2026.`,
  "",
];
const minutes = (lines: string[]) =>
  parseMinutes(doc([...HEAD, ...lines]), { date: "2026-02-12", kind: "board_minutes" }).facts as AnyFact[];
const amountsOf = (facts: AnyFact[], table: string) => facts.filter((f) => f.table === table).map((f) => f.amount_sek);

describe("a sum corrected at adjustment is the decision's sum", () => {
  it("takes the corrected amount for the decision and the grant, the grant citing the note", () => {
    const facts = minutes([
      ...grantItem("560 000 kr"),
      "Ändring vid justering",
      "Vid justeringen har beloppet i § 7 rättats från 560 000 kr till 540 000 kr, ett skrivfel i",
      "protokollsutkastet.",
    ]);
    expect(amountsOf(facts, "decision")).toContain(540000);
    expect(amountsOf(facts, "decision")).not.toContain(560000);
    const grant = facts.find((f) => f.table === "allocation")!;
    expect(grant.amount_sek).toBe(540000);
    expect(grant.text).toMatch(/rättats från 560 000 kr till 540 000 kr/);
  });

  it("does not fire on an item's own account of a change, with no word of adjustment", () => {
    const facts = minutes([
      ...grantItem("560 000 kr"),
      "§ 8  Budgetuppföljning",
      "Kostnaderna i § 7:s insats har korrigerats från 560 000 kr till 540 000 kr enligt prognosen.",
      "Styrelsen beslutar att lägga informationen till handlingarna.",
    ]);
    expect(amountsOf(facts, "decision")).toContain(560000);
    expect(amountsOf(facts, "decision")).not.toContain(540000);
  });

  it("does not fire on a budget adjusted, whatever the word 'justering' near it", () => {
    const facts = minutes([
      "§ 7  Ram för insatsen Stegvis",
      "Ramen har vid justeringen av budgeten i november korrigerats från 560 000 kr till 540 000 kr.",
      "Förvaltningen föreslår att ramen återställs till 560 000 kr.",
      "Styrelsen beslutar",
      "att bevilja Tallmyrs kommun 560 000 kr för insatsen Stegvis under 2026.",
    ]);
    expect(amountsOf(facts, "allocation")).toEqual([560000]);
  });

  it("leaves the amount as read when the note names another sum than the one the item has", () => {
    const facts = minutes([
      ...grantItem("560 000 kr"),
      "Vid justeringen har beloppet i § 7 rättats från 590 000 kr till 540 000 kr.",
    ]);
    expect(amountsOf(facts, "allocation")).toEqual([560000]);
  });
});

describe("a members' list holding a serving deputy lists the deciders", () => {
  it("stores the deputies listed apart, with no mark, as not serving", () => {
    const facts = parseAttendance(doc([...HEAD, "§ 1  Mötets öppnande"])).facts as AnyFact[];
    expect(facts.find((f) => f.person === "Sara Fjell")).toMatchObject({ role: "deputy", serving: true });
    expect(facts.find((f) => f.person === "Anders Krok")).toMatchObject({ role: "deputy", serving: false });
  });

  it("leaves serving unknown when no deputy serves in the members' list", () => {
    const head = HEAD.map((l) => l.replace(", tjänstgör för Eva Dahl", ""));
    const facts = parseAttendance(doc([...head, "§ 1  Mötets öppnande"])).facts as AnyFact[];
    expect(facts.find((f) => f.person === "Anders Krok")).toMatchObject({ role: "deputy", serving: null });
  });
});

describe("a key-figure table in the minutes' item on the annual report", () => {
  const table = (title: string) => [
    `§ 9  ${title}`,
    "Ekonomen redogör för årets siffror:",
    "",
    "  Nyckeltal                        2025      2024",
    "  Deltagare totalt                  163       150",
    "    varav kvinnor                    90        81",
    "    varav män                        73        69",
    "  Avslutade deltagare                58        61",
    "",
    "Styrelsen beslutar",
    "att godkänna handlingen.",
  ];

  it("is read as the report's table: the year's column, not last year's, as the year it reports on", () => {
    const facts = minutes(table("Årsredovisning 2025"));
    const counts = facts.filter((f) => f.table === "participant_count" && f.year === 2025);
    expect(counts.map((f) => [f.measure, f.gender, f.value])).toEqual(
      expect.arrayContaining([
        ["enrolled", "all", 163],
        ["enrolled", "woman", 90],
        ["enrolled", "man", 73],
        ["exited", "all", 58],
      ]),
    );
    expect(facts.some((f) => f.table === "participant_count" && f.year === 2026)).toBe(false);
  });

  it("is not read under an item on a budget or a plan", () => {
    const facts = minutes(table("Budget och verksamhetsplan 2027"));
    expect(facts.filter((f) => f.table === "participant_count")).toEqual([]);
  });
});

describe("an exit table headed by where the exited went, without 'till'", () => {
  const report = (heading: string) => [
    "Verksamhetsberättelse 2025",
    "",
    "Deltagare 2025",
    "Under året avslutade 61 deltagare sin insats i förbundets insatser.",
    "",
    `${heading}          Antal     Andel`,
    "Arbete                                 17     27,9 %",
    "Studier                                 8     13,1 %",
    "Annat avslut                           36     59,0 %",
    "Summa                                  61    100,0 %",
  ];
  it("reads 'Avslutade efter vart de gick' as an exit table's header", () => {
    expect(exitsOf(extractReport(report("Avslutade efter vart de gick"), "lindo", 2025))).toEqual(
      expect.arrayContaining(["förbundet:work=17", "förbundet:studies=8"]),
    );
  });
  it("does not read a table headed by where the participants came from", () => {
    expect(exitsOf(extractReport(report("Deltagare efter var de kom ifrån"), "lindo", 2025))).toEqual([]);
  });
});

describe("a measure's row with only its total cell filled, placed by position", () => {
  const table = (newRow: string) => [
    "Verksamhetsberättelse 2025",
    "",
    "Deltagare 2025 i förbundets insatser",
    "",
    "                       Kvinnor   Män   Totalt",
    "Inskrivna under året       104    84      188",
    newRow,
  ];
  const counts = (newRow: string) => countsOf(extractReport(table(newRow), "lindo", 2025));
  it("stores the total under the Totalt column, and nothing for the empty gender cells", () => {
    const read = counts("Nya under året                          97");
    expect(read).toContain("förbundet:new/all=97");
    expect(read.filter((c) => c.startsWith("förbundet:new/"))).toEqual(["förbundet:new/all=97"]);
  });
  it("stores nothing when the one number stands under a gender column", () => {
    expect(counts("Nya under året             97").filter((c) => c.includes(":new/"))).toEqual([]);
  });
});

describe("a lead naming the federation's own annual report ('från årsredovisningen')", () => {
  const post = (lead: string) => [
    "Tack till förbundet!",
    "",
    lead,
    "",
    "1) Under 2025 fick 176 personer stöd i förbundets insatser.",
    "",
    "2) 83 personer avslutade sin insats under året.",
  ];
  const counts = (lead: string) => countsOf(extractReport(post(lead), "lindo", 2025));
  it("makes the points under it the federation's", () => {
    expect(counts("Några saker jag tar med mig från årsredovisningen för 2025:")).toContain("förbundet:exited/all=83");
  });
  it("does not when the report is a member's", () => {
    expect(counts("Några saker jag tar med mig från Region Norrmarks årsredovisning för 2025:")).not.toContain(
      "förbundet:exited/all=83",
    );
  });
});
