import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { parseFederationRows } from "../../loaders/extract/general/federationRows.ts";
import type { AnyFact } from "../helpers.ts";

const TABLE = (caption: string) => [
  "Länets förbund lämnade sina årsredovisningar i april.",
  caption,
  "Förbund                         Deltagare  Avslutade  Till arbete/studier  Resultat, tkr  Kostnad per deltagare, kr",
  "Samordningsförbundet Älvbo             150         80                 40 %            −75                     41 000",
  "Finsam Bergadal                        210        120                 35 %            130                     38 000",
];
const read = (lines: string[], federation = "alvbo") => {
  const out = parseFederationRows(new DocumentText(`${federation}/2023-annual-report`, lines, 2023));
  return [...out.facts, ...(out.awaiting ?? [])] as AnyFact[];
};
const shown = (facts: AnyFact[]) =>
  facts.map((f) =>
    f.table === "finance"
      ? `${f.item}=${f.amount_sek}`
      : f.table === "indicator"
        ? `rate=${f.value}`
        : `${f.measure}=${f.value}`,
  );

describe("a table with one row per federation", () => {
  it("reads only the document's own federation's row, each column through the lexicon", () => {
    expect(shown(read(TABLE("")))).toEqual(["enrolled=150", "exited=80", "result=-75000", "rate=40"]);
  });

  it("reads the other federation's row only in that federation's document", () => {
    expect(shown(read(TABLE(""), "bergadal"))).toEqual(["enrolled=210", "exited=120", "result=130000", "rate=35"]);
  });

  it("reads no row of a federation the document is not about, and no cost per participant (must not fire)", () => {
    expect(read(TABLE(""), "norrby")).toEqual([]);
    expect(read(TABLE("")).some((f) => f.amount_sek === 41_000_000 || f.value === 41_000)).toBe(false);
  });

  it("reads nothing under a caption naming another year (must not fire)", () => {
    expect(read(TABLE("Uppföljning 2022"))).toEqual([]);
  });
});

describe("the author's fee in a table of federations", () => {
  const lines = (head: string) => [
    head,
    "Regionstyrelsen",
    "",
    "Förbund                         Deltagare  Regionens bidrag, tkr",
    "Samordningsförbundet Älvbo             150                    900",
    "Finsam Bergadal                        210                  1 200",
  ];
  const fees = (head: string) =>
    read(lines(head))
      .filter((f) => f.table === "member_contribution")
      .map((f) => `${f.member}=${f.amount_sek}`);

  it("is the fee of the region the document's head names", () => {
    expect(fees("REGION NORRLID")).toEqual(["Region Norrlid=900000"]);
  });

  it("is no one's where the head names no region (must not fire)", () => {
    expect(fees("Protokollsutdrag")).toEqual([]);
    expect(fees("Åby kommun")).toEqual([]);
  });
});
