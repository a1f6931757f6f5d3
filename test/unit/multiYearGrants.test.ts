/**
 * A grant decided for several years ("2025–2027, 1,2 Mkr per år", "totalt 3,6 Mkr för tre år") is
 * never stored as one year's amount: a yearly rate over whole years is one allocation per year,
 * a total over several years keeps the span and no year, and a part of the sum ("varav 1,2 Mkr
 * för 2025") never dates the whole. Made-up federation, places and amounts.
 */
import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { decisionPeriod, findPeriod, grantDurationYears } from "../../loaders/extract/minutes/readDecisions.ts";
import { parseMinutes } from "../../loaders/extract/minutes/parseMinutes.ts";
import { splitLines } from "../../loaders/input/readSourceFile.ts";
import type { AnyFact } from "../helpers.ts";

function grant(sentence: string) {
  const text = `Samordningsförbundet Älvmo\nProtokoll\n\n§ 31  Ansökan om medel, Bryggan\nBeslut\n${sentence}\n`;
  const out = parseMinutes(new DocumentText("x/minutes", splitLines(text), 2024), {
    date: "2024-11-14",
    kind: "board_minutes",
  });
  const facts = out.facts as AnyFact[];
  const decision = facts.find((f) => f.table === "decision")!;
  return {
    decision: [decision.amount_sek, decision.period_start, decision.period_end],
    allocations: facts.filter((f) => f.table === "allocation").map((a) => [a.year, a.amount_sek]),
  };
}

const S = "Styrelsen beslutar att bevilja Älvmo kommun";

describe("a yearly rate over several whole years: the rate in each year", () => {
  it.each([
    `${S} 1,2 Mkr per år för insatsen Bryggan 2025–2027.`,
    `${S} medel för 2025–2027, 1,2 Mkr per år.`,
    `${S} 1,2 miljoner kronor per verksamhetsår 2025–2027.`,
    `${S} 1,2 Mkr om året 2025–2027.`,
    `${S} 1,2 Mkr varje år 2025–2027.`,
    `${S} 1,2 Mkr för vart och ett av åren 2025–2027.`,
    `${S} 1,2 Mkr till insatsen Bryggan per år under 2025–2027.`,
    `${S} 1,2 Mkr per år i tre år, med start år 2025.`,
    `${S} 1 200 000 kr per år, totalt 3 600 000 kr för 2025–2027.`,
  ])("%s", (sentence) => {
    const g = grant(sentence);
    expect(g.decision[0]).toBeNull();
    expect(g.allocations).toEqual([
      [2025, 1_200_000],
      [2026, 1_200_000],
      [2027, 1_200_000],
    ]);
  });

  it("a yearly rate for a period of broken years, or of no stated years, stores nothing (must not fire)", () => {
    expect(grant(`${S} 1,2 Mkr per år under perioden 2025-07-01–2027-06-30.`).allocations).toEqual([]);
    expect(grant(`${S} 1,2 Mkr per år i tre år.`).allocations).toEqual([]);
  });

  it("a yearly rate for one year is that year's grant (must not fire)", () => {
    expect(grant(`${S} 1,2 Mkr per år under 2025.`)).toEqual({
      decision: [1_200_000, "2025-01-01", "2025-12-31"],
      allocations: [[2025, 1_200_000]],
    });
  });

  it("a sum 'fördelat per år' is no rate (must not fire)", () => {
    expect(grant(`${S} 3,6 Mkr för 2025–2027, fördelat per år enligt ansökan.`)).toEqual({
      decision: [3_600_000, "2025-01-01", "2027-12-31"],
      allocations: [[null, 3_600_000]],
    });
  });
});

describe("a total for several years: the span, never one year", () => {
  it.each([
    [`${S} totalt 3,6 Mkr för tre år, 2025–2027.`, "2025-01-01", "2027-12-31"],
    [`${S} 3,6 Mkr för tre år med start 2025.`, "2025-01-01", "2027-12-31"],
    [`${S} ett treårigt bidrag om 3,6 Mkr för 2025.`, "2025-01-01", "2027-12-31"],
    [`${S} 3,6 Mkr, varav 1,2 Mkr för 2025.`, null, null],
    [`${S} totalt 3,6 Mkr för tre år, varav 1,2 Mkr avser 2025.`, null, null],
    [`${S} ett flerårigt bidrag om 3,6 Mkr för 2025.`, null, null],
  ])("%s", (sentence, start, end) => {
    expect(grant(sentence)).toEqual({ decision: [3_600_000, start, end], allocations: [[null, 3_600_000]] });
  });

  it("one year's grant keeps its year (must not fire)", () => {
    expect(grant(`${S} 1,2 Mkr för 2025.`).allocations).toEqual([[2025, 1_200_000]]);
    expect(grant(`${S} 1,2 Mkr för år 2025 till unga under 25 år.`).allocations).toEqual([[2025, 1_200_000]]);
    expect(grant(`${S} 1,2 Mkr för 2025, samma belopp som för två år sedan.`).allocations).toEqual([[2025, 1_200_000]]);
  });
});

describe("periods and durations in a decision's words", () => {
  it("reads a bare span of years, but not a plan's", () => {
    expect(findPeriod("Bryggan 2025–2027")).toEqual({ start: "2025-01-01", end: "2027-12-31" });
    expect(findPeriod("enligt verksamhetsplanen 2025–2027")).toBeNull();
    expect(findPeriod("per verksamhetsår 2025")).toBeNull();
    expect(findPeriod("för år 2025")).toEqual({ start: "2025-01-01", end: "2025-12-31" });
  });

  it("reads how many years a grant runs, and nothing from ages or times ago", () => {
    expect(grantDurationYears("för tre år")).toBe(3);
    expect(grantDurationYears("ett tvåårigt projekt")).toBe(2);
    expect(grantDurationYears("under en treårsperiod")).toBe(3);
    expect(grantDurationYears("ett flerårigt bidrag")).toBe(Infinity);
    expect(grantDurationYears("unga under 25 år")).toBeNull();
    expect(grantDurationYears("för två år sedan")).toBeNull();
    expect(decisionPeriod("3,6 Mkr för tre år från och med 2026")).toEqual({ start: "2026-01-01", end: "2028-12-31" });
  });
});
