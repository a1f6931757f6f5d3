import { describe, expect, it } from "vitest";
import { readPriorYearParentheses } from "../../loaders/extract/text/priorYearParentheses.ts";
import { parseAnnualReport } from "../../loaders/extract/templates/kalmar/parseAnnualReport.ts";
import { readingText } from "../../loaders/extract/text/readingText.ts";
import { docOf, type AnyFact } from "../helpers.ts";

const KEY_FIGURES = [
  "Samordningsförbundet Ljungmora",
  "",
  "Året i siffror 2024",
  "Uppgifterna inom parentes avser 2023.",
  "",
  "  • 208 (187) personer deltog i förbundets insatser, varav 121 kvinnor och 87 män.",
  "  • Årets resultat: −0,4 (+0,2) mkr.",
  "Årets resultat                 -412 000      (1 204)",
];

describe("the prior year's figure in parentheses", () => {
  it("is dropped from running text and bullets under a line that says the parentheses hold it", () => {
    const out = readPriorYearParentheses(KEY_FIGURES);
    expect(out[5]).toBe("  • 208 personer deltog i förbundets insatser, varav 121 kvinnor och 87 män.");
    expect(out[6]).toBe("  • Årets resultat: −0,4 mkr.");
  });

  it("stays in a table laid out in columns, and everywhere without the declaration", () => {
    expect(readPriorYearParentheses(KEY_FIGURES)[7]).toBe(KEY_FIGURES[7]);
    const undeclared = KEY_FIGURES.filter((_, i) => i !== 3);
    expect(readPriorYearParentheses(undeclared)).toBe(undeclared);
  });

  it("lets the readers read the year's figure, never the bracketed one", () => {
    const facts = parseAnnualReport(docOf(readingText(KEY_FIGURES).lines, 2024)).facts as AnyFact[];
    const values = facts.filter((f) => f.table === "participant_count").map((f) => f.value);
    expect(values).toContain(208);
    expect(values).not.toContain(187);
  });
});
