import { describe, expect, it } from "vitest";
import {
  readPriorYearParentheses,
  withoutParenthesesDeclaration,
} from "../../loaders/extract/text/priorYearParentheses.ts";
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
  it("is dated by the year the line names, in running text and bullets under it, the unit moved inside", () => {
    const out = readPriorYearParentheses(KEY_FIGURES);
    expect(out[5]).toBe("  • 208 (2023: 187) personer deltog i förbundets insatser, varav 121 kvinnor och 87 män.");
    expect(out[6]).toBe("  • Årets resultat: −0,4 mkr (2023: +0,2 mkr).");
  });

  it("is dropped where the line names no year ('föregående år')", () => {
    const lines = KEY_FIGURES.map((l) => l.replace("avser 2023", "avser föregående år"));
    const out = readPriorYearParentheses(lines);
    expect(out[5]).toBe("  • 208 personer deltog i förbundets insatser, varav 121 kvinnor och 87 män.");
    expect(out[6]).toBe("  • Årets resultat: −0,4 mkr.");
  });

  it("stays in a table laid out in columns, and everywhere without the declaration", () => {
    expect(readPriorYearParentheses(KEY_FIGURES)[7]).toBe(KEY_FIGURES[7]);
    const undeclared = KEY_FIGURES.filter((_, i) => i !== 3);
    expect(readPriorYearParentheses(undeclared)).toBe(undeclared);
  });

  it("lets the readers read the year's figure as the year's, and the bracketed one only as the earlier year's", () => {
    const facts = parseAnnualReport(docOf(readingText(KEY_FIGURES).lines, 2024)).facts as AnyFact[];
    const counts = facts.filter((f) => f.table === "participant_count" && f.gender === "all");
    expect(counts.map((f) => `${f.year}=${f.value}`).sort()).toEqual(["2023=187", "2024=208"]);
    const results = facts.filter((f) => f.table === "finance" && f.item === "result");
    expect(results.map((f) => `${f.year}=${f.amount_sek}`).sort()).toEqual(["2023=200000", "2024=-400000"]);
  });
});

describe("a declaration naming the bracket's year alone", () => {
  it("dates the brackets of a label–value card below it ('inom parentes 2023', '2023 inom parentes')", () => {
    for (const lead of [
      "Nyckeltal (inom parentes 2023):",
      "Nyckeltal, 2023 inom parentes",
      "2023 års värden inom parentes.",
    ])
      expect(readPriorYearParentheses([lead, "Nya deltagare under året      71 (66)"])[1]).toBe(
        "Nya deltagare under året      71 (2023: 66)",
      );
  });

  it("leaves a row of three columns or more alone, and a year in a bracket that declares nothing", () => {
    const table = ["Nyckeltal (inom parentes 2023):", "Nya deltagare      71 (66)      80"];
    expect(readPriorYearParentheses(table)[1]).toBe(table[1]);
    const plain = ["Deltagare (2023)", "Nya deltagare 71 (66)"];
    expect(readPriorYearParentheses(plain)).toBe(plain);
  });

  it("takes the declaration's year out of a heading's own year", () => {
    expect(withoutParenthesesDeclaration("Uppgifter ur årsredovisningen (inom parentes 2024):")).not.toMatch(/2024/);
    expect(withoutParenthesesDeclaration("Uppgifter ur årsredovisningen 2024")).toBe(
      "Uppgifter ur årsredovisningen 2024",
    );
  });
});
