/**
 * Table cells "64 (38)" under a legend saying the bracket holds the women ("antal (varav kvinnor)"):
 * the figure outside is everyone's (`text/bracketedCells.ts`). Must fire and must not. Made up here.
 */
import { describe, expect, it } from "vitest";
import { blankBracketedCells } from "../../loaders/extract/text/bracketedCells.ts";
import { extractReport, countsOf } from "../support/reportFacts.ts";

const doc = (legend: string, row = "Förbundet totalt              141 (80)     66 (37)     58 (31)") => [
  "Samordningsförbundet Fjällsippan",
  "Uppföljning 2025",
  "",
  legend,
  "",
  "Insats                         Inskrivna    Nya         Avslutade",
  "Bron                            81 (47)     39 (22)     33 (18)",
  "Steg för steg                   60 (33)     27 (15)     25 (13)",
  row,
  "",
];

describe("a bracket holding the women under a legend that says so", () => {
  it("sets each count's women in a column of their own under 'antal (varav kvinnor)'", () => {
    const out = blankBracketedCells(doc("Tabell 1. Deltagare 2025, antal (varav kvinnor)"))!;
    expect(out[5]).toMatch(/^Insats\s+Inskrivna\s+varav kvinnor\s+Nya\s+varav kvinnor\s+Avslutade\s+varav kvinnor$/);
    expect(out[8]).toMatch(/^Förbundet totalt\s+141\s+80\s+66\s+37\s+58\s+31$/);
  });
  it("reads everyone's counts and the women's, never the women's as everyone's", () => {
    const counts = countsOf(
      extractReport(doc("Siffran inom parentes anger antalet kvinnor inom parentes."), "fjallsippan", 2025),
    );
    expect(counts).toContain("förbundet:enrolled/all=141");
    expect(counts).toContain("förbundet:enrolled/woman=80");
    expect(counts.some((c) => c.startsWith("förbundet:") && /\/all=(80|37|31)$/.test(c))).toBe(false);
  });
  it("gives a destination's column no women's column, its bracket blanked (must not fire there)", () => {
    const lines = doc("Tabell 1. Deltagare 2025, antal (varav kvinnor)").map((l, i) =>
      i === 5 ? `${l}   Arbete` : i >= 6 && i <= 8 ? `${l}     5 (2)` : l,
    );
    const out = blankBracketedCells(lines)!;
    expect(out[5]).toMatch(/varav kvinnor\s+Arbete$/);
    expect(out[8]).toMatch(/\s5$/);
  });
  it("leaves the cells without a legend (must not fire)", () => {
    expect(blankBracketedCells(doc("Tabell 1. Deltagare 2025"))).toBeUndefined();
  });
  it("leaves a row whose bracket exceeds its figure: no women of that count (must not fire)", () => {
    const out = blankBracketedCells(
      doc(
        "Tabell 1. Deltagare 2025, antal (varav kvinnor)",
        "Förbundet totalt              141 (80)     66 (70)     58 (31)",
      ),
    )!;
    expect(out[8]).toContain("(70)");
    expect(out[5]).not.toContain("varav kvinnor");
  });
});
