import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { aboutAnotherBody } from "../../loaders/extract/general/otherBodies.ts";
import { parseAnnualReport } from "../../loaders/extract/templates/kalmar/parseAnnualReport.ts";
import type { AnyFact } from "../helpers.ts";

const prose = (lines: string[]) => {
  const out = parseAnnualReport(new DocumentText("vassby/2024-annual-report", lines, 2024));
  return {
    finance: (out.facts as AnyFact[])
      .filter((f) => f.table === "finance")
      .map((f) => `${f.item}=${f.amount_sek}@${f.line}`),
    why: out.findings.filter((f) => /another body/.test(f.message)).map((f) => f.line),
  };
};

describe("figures of another body in running text", () => {
  it("tells a member's own accounts from the federation's", () => {
    expect(aboutAnotherBody("Åby kommun redovisade för 2024 ett överskott på 31,6 mnkr.")).toBe(true);
    expect(aboutAnotherBody("Regionens egna kostnader ökade till 9 800 mnkr.")).toBe(true);
    expect(aboutAnotherBody("Kommunen hade ett eget kapital på 1 212 mnkr.")).toBe(true);
    // Each cue the quick look before the patterns searches for: a county council, a region named, "ett eget resultat".
    expect(aboutAnotherBody("Landstinget redovisade ett underskott på 4,2 mnkr.")).toBe(true);
    expect(aboutAnotherBody("Region Östmark visade ett överskott på 12 mnkr.")).toBe(true);
    expect(aboutAnotherBody("Det blev ett eget resultat på 3,1 mnkr för året.")).toBe(true);
  });

  it("must not take the federation's own sentences, or a member's fee to it, for another body's", () => {
    expect(aboutAnotherBody("Förbundet redovisar för 2024 ett överskott om 212 000 kronor.")).toBe(false);
    expect(aboutAnotherBody("Det egna kapitalet uppgick per 2024-12-31 till 1 874 019 kronor.")).toBe(false);
    expect(aboutAnotherBody("Åby kommuns medlemsavgift till förbundet uppgick 2024 till 990 000 kronor.")).toBe(false);
    expect(aboutAnotherBody("Förbundets resultat påverkar inte kommunens redovisning.")).toBe(false);
    // "ett eget kapital" is the term for equity, not a member's own figure.
    expect(aboutAnotherBody("Vid utgången av 2024 fanns ett eget kapital på 410 tkr.")).toBe(false);
  });

  it("does not store a member's result quoted beside the federation's, and says why", () => {
    const { finance, why } = prose([
      "Förbundet redovisar för 2024 ett överskott om 212 000 kronor.",
      "",
      "Åby kommun redovisade för 2024 ett överskott på 31,6 mnkr.",
    ]);
    expect(finance).toContain("result=212000@1");
    expect(finance.some((f) => f.includes("31600000"))).toBe(false);
    expect(why).toEqual([3]);
  });

  it("drops a member's deficit whose sign a word gives, not only an amount written with its sign", () => {
    const { finance, why } = prose([
      "Förbundet redovisar för 2024 ett underskott om 212 000 kronor.",
      "",
      "Åby kommun redovisade ett underskott på 12 miljoner kronor för 2024.",
    ]);
    expect(finance).toContain("result=-212000@1");
    expect(finance.some((f) => f.includes("12000000"))).toBe(false);
    expect(why).toEqual([3]);
  });

  it("drops another federation's figures, and a later sentence opening on its name", () => {
    const { finance, why } = prose([
      "Vårt grannförbund Samordningsförbundet Norrhed hade 210 deltagare under 2024.",
      "",
      "Norrhed redovisade ett resultat på 300 000 kronor och intäkter på 12 400 000 kronor.",
      "",
      "Förbundets intäkter uppgick till 8 100 000 kronor.",
    ]);
    expect(finance.some((f) => f.includes("12400000") || f.includes("300000"))).toBe(false);
    expect(why).toContain(3);
    // Must fire: the federation's own sentence after them.
    expect(finance).toContain("revenue_operating=8100000@5");
  });

  it("keeps the federation's own name, genitive or not, as its own", () => {
    const { finance } = prose([
      "Samordningsförbundet Vassby hade intäkter på 8 100 000 kronor under 2024.",
      "",
      "Samordningsförbundet Vassbys resultat blev ett överskott på 150 000 kronor.",
    ]);
    expect(finance).toContain("revenue_operating=8100000@1");
    expect(finance).toContain("result=150000@3");
  });

  it("takes the federations in the plural for all of them, not this one, and drops their grouped counts", () => {
    const out = parseAnnualReport(
      new DocumentText(
        "vassby/2024-annual-report",
        [
          "Deltagare",
          "",
          "Förbunden i landet stödde omkring 1 100 insatser; drygt 18 000 personer deltog i dem under 2024.",
          "",
          "Under 2024 deltog 214 personer i förbundets insatser.",
        ],
        2024,
      ),
    );
    const counts = (out.facts as AnyFact[]).filter((f) => f.table === "participant_count").map((f) => f.value);
    expect(counts).not.toContain(18000);
    // Must fire: the federation's own count in the next paragraph.
    expect(counts).toContain(214);
  });
});
