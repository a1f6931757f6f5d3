import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { namesFederation } from "../../loaders/extract/general/federationNames.ts";
import { parseMemberContributions } from "../../loaders/extract/general/parseMemberContributions.ts";
import { parseMultiYearTables, readYearHeader } from "../../loaders/extract/general/parseMultiYearTables.ts";
import { parseParticipantTables } from "../../loaders/extract/general/parseParticipantTables.ts";
import { settleReportedRates } from "../../loaders/extract/general/reportedRates.ts";
import type { AnyFact } from "../helpers.ts";

/** Documents of the made-up federation "Samordningsförbundet Västra Hagby" (id västra-hagby → vastra-hagby). */
const doc = (lines: string[], year = 2024) => new DocumentText("vastra-hagby/2024-annual-report", lines, year);
const facts = (lines: string[]) => parseMultiYearTables(doc(lines)).facts as AnyFact[];
const show = (fs: AnyFact[]) =>
  fs.map((f) =>
    f.table === "finance"
      ? `${f.year}:${f.item}=${f.amount_sek}`
      : `${f.intervention}:${f.year}:${f.measure}/${f.gender}=${f.value}`,
  );

describe("the document's federation by name", () => {
  it("names the federation with or without 'Samordningsförbundet'", () => {
    expect(namesFederation("Västra Hagby", "vastra-hagby")).toBe(true);
    expect(namesFederation("Samordningsförbundet Västra Hagby", "vastra-hagby")).toBe(true);
    expect(namesFederation("Samordningsförbundet Östra Hagby", "vastra-hagby")).toBe(false);
    expect(namesFederation("Samordningsförbundet", "vastra-hagby")).toBe(false);
    // An id may open with a code ("r10-", "2209-"): the rest must still be the whole name.
    expect(namesFederation("Samordningsförbundet Västra Hagby", "k7-vastra-hagby")).toBe(true);
    expect(namesFederation("Samordningsförbundet Hagby", "k7-vastra-hagby")).toBe(false);
    expect(namesFederation("Samordningsförbundet Hagby", "vastra-hagby")).toBe(false);
    expect(namesFederation("Samordningsförbundet Västra Hagby", "norra-vastra-hagby")).toBe(false);
  });
});

const NEIGHBOUR = [
  "Nyckeltal 2024                          Västra Hagby    Östra Hagby",
  "Deltagare totalt                                 150            121",
  "  varav kvinnor                                   82             70",
  "  varav män                                       68             51",
  "Nya deltagare                                     77             64",
  "Avslutade deltagare                               69             50",
  "Verksamhetens intäkter (tkr)                  10 200          8 100",
  "Årets resultat (tkr)                            -412            133",
];

describe("a column per federation", () => {
  it("reads the column headed by the document's federation, for the title's year", () => {
    expect(show(facts(NEIGHBOUR))).toEqual([
      "null:2024:enrolled/all=150",
      "null:2024:enrolled/woman=82",
      "null:2024:enrolled/man=68",
      "null:2024:new/all=77",
      "null:2024:exited/all=69",
      "2024:revenue_operating=10200000",
      "2024:result=-412000",
    ]);
  });

  it("never reads the neighbouring federation's column", () => {
    const all = [...facts(NEIGHBOUR), ...(parseParticipantTables(doc(NEIGHBOUR)).facts as AnyFact[])];
    const neighbour = [121, 70, 51, 64, 50, 8_100_000, 133_000];
    expect(all.filter((f) => neighbour.includes(Number(f.value ?? f.amount_sek)))).toEqual([]);
  });

  it("reads nothing when no column is headed by the document's federation", () => {
    const other = NEIGHBOUR.map((l, i) => (i === 0 ? l.replace("Västra Hagby", "Norra Hagby ") : l));
    expect(facts(other)).toEqual([]);
    expect(readYearHeader(other[0]!, 1, { federationId: "vastra-hagby", periodYear: 2024 })).toBeNull();
  });

  it("is no header without a document federation to compare with", () => {
    expect(readYearHeader(NEIGHBOUR[0]!, 1)).toBeNull();
  });
});

describe("destinations and the rate in a key-figure table", () => {
  const WITH_RATE = [
    ...NEIGHBOUR.slice(0, 6),
    "  varav till arbete                               18             11",
    "  varav till studier                              10              9",
    "Andel till arbete eller studier (%)               41             40",
  ];
  // A rate row waits for its base (the year's exits), which reportedRates.ts gives it once every reader has run.
  const all = (lines: string[]) => settleReportedRates(parseMultiYearTables(doc(lines))).facts as AnyFact[];
  const outcomes = (fs: AnyFact[]) =>
    fs.filter((f) => f.table === "participant_breakdown").map((f) => `${f.year}:${f.category}=${f.value}`);
  const rates = (fs: AnyFact[]) =>
    fs.filter((f) => f.table === "indicator").map((f) => `${f.year}:${f.indicator}=${f.value}/${f.n}`);

  it("reads a destination under the exits, and the rate with the exits as its base", () => {
    expect(outcomes(all(WITH_RATE))).toEqual(["2024:work=18", "2024:studies=10"]);
    expect(rates(all(WITH_RATE))).toEqual(["2024:work_or_studies_rate_reported=41/69"]);
  });

  it("leaves destinations that add to more than the exits unread", () => {
    const over = WITH_RATE.map((l) =>
      l.replace(
        "varav till studier                              10",
        "varav till studier                              60",
      ),
    );
    expect(outcomes(all(over))).toEqual(["2024:work=18"]);
  });

  it("leaves a rate without a count of exits unread", () => {
    const noExits = WITH_RATE.filter((l) => !l.startsWith("Avslutade") && !l.includes("varav till"));
    expect(rates(all(noExits))).toEqual([]);
  });
});

describe("a key-figure table titled with the federation's name (a council's minutes extract)", () => {
  const EXTRACT = [
    "ÅSBY KOMMUN                                      PROTOKOLLSUTDRAG",
    "Kommunfullmäktige                                Sammanträdesdatum 2025-04-10",
    "",
    "Ur förbundets årsredovisning:",
    "",
    "Nyckeltal, Samordningsförbundet Västra Hagby       2024        2023",
    "Intäkter, tkr                                     7 310       7 020",
    "Årets resultat, tkr                                 -64         118",
    "Eget kapital vid årets slut, tkr                  1 902       1 966",
    "Antal deltagare i individinsatser                   131         124",
    "",
    "Åsby kommun redovisade ett resultat på 22,4 mnkr för 2024.",
  ];

  it("reads the federation's years, with the unit at the end of the label", () => {
    expect(show(facts(EXTRACT))).toEqual([
      "2024:revenue_operating=7310000",
      "2023:revenue_operating=7020000",
      "2024:result=-64000",
      "2023:result=118000",
      "2024:equity_end=1902000",
      "2023:equity_end=1966000",
      "null:2024:enrolled/all=131",
      "null:2023:enrolled/all=124",
    ]);
  });

  it("does not read a table titled with another federation's name", () => {
    const other = EXTRACT.map((l) => l.replace("Västra Hagby", "Östra Hagby "));
    expect(facts(other)).toEqual([]);
  });
});

describe("a member table headed with the receiving federation", () => {
  const table = (receiver: string) => [
    `Medlemsbidrag till ${receiver} 2024 (tkr)`,
    "Staten (Försäkringskassan och Arbetsförmedlingen)     4 400",
    "Region Hagland                                        2 200",
    "Hagby kommun                                          2 200",
    "Summa                                                 8 800",
  ];
  const contributions = (lines: string[]) =>
    (parseMemberContributions(doc(lines), [], []).facts as AnyFact[])
      .filter((f) => f.table === "member_contribution")
      .map((f) => `${f.member}:${f.year}=${f.amount_sek}`);

  it("reads the contributions to the document's federation", () => {
    expect(contributions(table("Västra Hagby"))).toEqual([
      "Staten (Försäkringskassan och Arbetsförmedlingen):2024=4400000",
      "Region Hagland:2024=2200000",
      "Hagby kommun:2024=2200000",
    ]);
  });

  it("reads them 'till förbundet'", () => {
    expect(contributions(table("förbundet"))).toHaveLength(3);
    expect(contributions(table("Samordningsförbundet Västra Hagby"))).toHaveLength(3);
    expect(contributions(table("Samordningsförbundet Östra Hagby"))).toEqual([]);
  });

  it("does not read contributions to another federation", () => {
    expect(contributions(table("Östra Hagby"))).toEqual([]);
  });
});
