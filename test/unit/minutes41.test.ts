/**
 * Stop 41's minutes rules, in our own words with a made-up federation ("ravik", the lexicon's) and
 * made-up people and figures. Each rule has a case where it must fire and one where it must not.
 */
import { describe, expect, it } from "vitest";
import type { AnyFact } from "../helpers.ts";
import { documentFacts } from "../support/manifestEntry.ts";
import { extractReport } from "../support/reportFacts.ts";

const minutes = (lines: string[], kind: "board_minutes" | "committee_minutes" = "board_minutes", date = "2026-02-12") =>
  documentFacts({ federation: "ravik", kind, date }, lines) as AnyFact[];
const attendanceOf = (facts: AnyFact[]) =>
  facts.filter((f) => f.table === "attendance").map((f) => `${f.person}:${f.role}:${f.member ?? "-"}:${f.serving}`);
const HEADER = [
  "Samordningsförbundet Ravik",
  "Protokoll från styrelsens sammanträde",
  "",
  "Dag och tid     2026-02-12, kl. 13.15–15.30",
  "",
];
const FIRST_ITEM = ["§ 1  Val av justerare", "Styrelsen beslutar att utse Bengt Mo att justera protokollet.", ""];
const others = (line: string) =>
  attendanceOf(
    minutes([
      ...HEADER,
      "Beslutande      Lena Fjäll (S), Åby kommun, ordförande",
      "                Bengt Mo (S), Region Ravmark",
      `Övriga          ${line}`,
      "                Åsa Nord, förbundschef, sekreterare",
      "",
      ...FIRST_ITEM,
    ]),
  );

describe("a deputy among the others ('Övriga') names a party or a member body, and says whether they served", () => {
  it("stands in for a member ('ersätter Bengt Mo'): a deputy who served (must fire)", () => {
    expect(others("Siv Berg (C), Böda kommun, ersättare, ersätter Bengt Mo")).toContain(
      "Siv Berg:deputy:Böda kommun:true",
    );
  });
  it("serves in some items only ('tjg §§ 3-5'): serving unknown for the meeting (must not say no)", () => {
    const read = others("Siv Berg (C), ersättare, Böda kommun, tjg §§ 3-5");
    expect(read).toContain("Siv Berg:deputy:Böda kommun:null");
  });
  it("a member body without a party ('Arbetsförmedlingen, ersättare') is a deputy not serving (must fire)", () => {
    expect(others("Pia Lönn, Arbetsförmedlingen, ersättare")).toContain("Pia Lönn:deputy:Arbetsförmedlingen:false");
  });
  it("an official standing in for an office ('controller, ersättare') is no deputy (must not fire)", () => {
    const read = others("Jon Vik, controller, ersättare");
    expect(read.some((r) => r.startsWith("Jon Vik:deputy"))).toBe(false);
  });
});

describe("prose money: a figure right after another figure is a flattened table's column, no sentence's", () => {
  const revenue = (line: string) =>
    extractReport(["Samordningsförbundet Ravik", "Verksamhetsberättelse 2024", "", line], "ravik", 2024).find(
      (f) => f.table === "finance" && f.item === "revenue_operating" && f.basis === "actual",
    )?.amount_sek;
  it("'Intäkter   7 410   7 050 tkr' gives neither column as the year's revenue (must not fire)", () => {
    expect(revenue("Intäkter            7 410      7 050 tkr enligt resultaträkningen.")).toBeUndefined();
  });
  it("a year before the amount is no figure: 'Intäkter 2024 7 410 tkr' (must fire)", () => {
    expect(revenue("Förbundets intäkter 2024 7 410 tkr enligt resultaträkningen.")).toBe(7410000);
  });
  it("a sentence with its amount alone is read as before (must fire)", () => {
    expect(revenue("Förbundets intäkter uppgick till 7 410 tkr under året.")).toBe(7410000);
  });
});
