/**
 * A web form printed as text: each numbered question ("Fråga 1.3 Hur många …?") over its answer
 * ("Svar: 52"). The bare count answers the question put to the federation. Made-up federation.
 */
import { describe, expect, it } from "vitest";
import { countsOf, extractReport } from "../support/reportFacts.ts";

const form = (third: string) => [
  "Samordningsförbundet Lindvik – årsrapport 2025 (webbformulär)",
  "",
  "Fråga 1.1 Hur många deltagare hade förbundets insatser under 2025?",
  "Svar: 84",
  "",
  "Fråga 1.2 Hur många nya deltagare skrevs in under året?",
  "Svar: 37",
  "",
  third,
  "Svar: 95",
  "",
];

describe("a numbered form's bare answers", () => {
  it("give the count the question asks for, citing the answer's line", () => {
    const facts = extractReport(form("Fråga 1.3 Hur många deltagare avslutades under året?"), "lindvik", 2025);
    expect(countsOf(facts)).toEqual(
      expect.arrayContaining(["förbundet:enrolled/all=84", "förbundet:new/all=37", "förbundet:exited/all=95"]),
    );
    expect(facts.find((f) => f.table === "participant_count" && f.value === 37)?.line).toBe(7);
  });

  it("store no planned count, and no answer outside a question put to the federation (must not fire)", () => {
    const planned = extractReport(form("Fråga 1.3 Hur många deltagare planerar ni för under 2026?"), "lindvik", 2025);
    expect(countsOf(planned).filter((c) => c.endsWith("=95"))).toEqual([]);
    const lone = extractReport(["Samordningsförbundet Lindvik 2025", "", "Svar: 84", ""], "lindvik", 2025);
    expect(countsOf(lone)).toEqual([]);
  });
});
