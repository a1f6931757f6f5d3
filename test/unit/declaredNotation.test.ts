import { describe, expect, it } from "vitest";
import { declaredNotations, readDeclaredNotation } from "../../loaders/extract/text/declaredNotation.ts";
import { parseAnnualReport } from "../../loaders/extract/templates/kalmar/parseAnnualReport.ts";
import { readingText } from "../../loaders/extract/text/readingText.ts";
import { docOf, type AnyFact } from "../helpers.ts";

/** Made-up federation; a reading note declaring the year's figure, its budget and last year's. */
const TEMPLATE_NOTE = [
  "Samordningsförbundet Tjärnvik",
  "Rapport om året 2024",
  "",
  "Läsanvisning",
  "Talen skrivs på formen utfall 2024 (budget 2024) [utfall 2023].",
  "Belopp anges i tkr.",
  "",
  "Deltagare",
  "   Inskrivna 118 (125) [104]",
  "   Avslutade 51 (55) [47]",
  "",
  "Ekonomi",
  "   Intäkter 3 900 (3 950) [3 720]",
  "   Eget kapital 31/12 640 [598]",
];

const facts = (lines: string[], year = 2024) =>
  parseAnnualReport(docOf(readingText(lines, year).lines, year)).facts as AnyFact[];

describe("a declared notation: the year's figure, then marks a note says what they hold", () => {
  it("reads the template's marks: round brackets a budget, square ones the year before; the note's unit", () => {
    const [n] = declaredNotations(TEMPLATE_NOTE, 2024);
    expect(n).toMatchObject({ round: "budget", square: "prior", unit: "tkr", from: 6 });
  });

  it("takes the declared marks out, the unit written after a bare amount under a heading of money", () => {
    const out = readDeclaredNotation(TEMPLATE_NOTE, 2024)!;
    expect(out[8]).toBe("   Inskrivna 118");
    expect(out[12]).toBe("   Intäkter: 3 900 tkr");
    // The balance day stays the label's: never read as the amount's digits.
    expect(out[13]).toBe("   Eget kapital 31/12: 640 tkr");
  });

  it("lets the readers store the year's own figures, never the budget's or last year's", () => {
    const f = facts(TEMPLATE_NOTE);
    const counts = f.filter((x) => x.table === "participant_count" && x.year === 2024).map((x) => x.value);
    expect(counts).toContain(118);
    expect(counts).not.toContain(125);
    expect(counts).not.toContain(104);
    const money = f.filter((x) => x.table === "finance" && x.year === 2024 && x.basis === "actual");
    expect(money.map((x) => x.amount_sek)).toContain(3_900_000);
    expect(money.map((x) => x.amount_sek)).not.toContain(3_950_000);
    expect(money.map((x) => x.amount_sek)).not.toContain(12_640_000);
  });

  it("reads the marks the other way round where the note says so ('inom parentes 2023', 'hakparentes är budget')", () => {
    const lines = [
      "Läsanvisning: värden inom parentes avser 2023. Siffror inom hakparentes är budget för 2024.",
      "",
      "Under året var 143 (131) [150] personer inskrivna.",
    ];
    const [n] = declaredNotations(lines, 2024);
    expect(n).toMatchObject({ round: "prior", square: "budget" });
    expect(readDeclaredNotation(lines, 2024)![2]).toBe("Under året var 143 personer inskrivna.");
  });

  it("reads 'utfall/budget': the budget after the slash blanked in its cell, the header's pair too", () => {
    const lines = [
      "Varje cell skrivs som utfall/budget för 2024. Belopp i kronor.",
      "",
      "Deltagare                 Utfall/budget",
      "  Inskrivna                      97/110",
      "  Årets resultat      131 500/-150 000",
    ];
    const out = readDeclaredNotation(lines, 2024)!;
    expect(out[2]!.trim()).toBe("Deltagare");
    expect(out[3]).toBe("  Inskrivna                      97    ");
    expect(out[4]!.trimEnd()).toBe("  Årets resultat      131 500 kr");
  });

  it("reads a list's heading declaring its brackets the budget, the bracket taken out of the heading", () => {
    const lines = ["Utfall 2024 (budget inom parentes)", "Intäkter: 9,4 mkr (9,5 mkr)", "Deltagare: 212 (200)"];
    const out = readDeclaredNotation(lines, 2024)!;
    expect(out).toEqual(["Utfall 2024", "Intäkter: 9,4 mkr", "Deltagare: 212"]);
  });

  it("reads a heading naming the year and the year before in brackets, over its own block only", () => {
    const lines = [
      "ÅRET I KORTHET 2024 (2023)",
      "",
      "• 176 (162) deltagare",
      "• Intäkter 6 910 (6 640) tkr",
      "",
      "Kvinnor i insatsen 41 (38 %)",
    ];
    const out = readDeclaredNotation(lines, 2024)!;
    expect(out[2]).toBe("• 176 deltagare");
    expect(out[3]).toBe("• Intäkter 6 910 tkr");
    expect(out[5]).toBe(lines[5]);
  });
});

describe("more ways a note declares its marks", () => {
  it("reads the abbreviation 'fg år' for the year before, and the unit of 'Ekonomiska belopp redovisas i tkr'", () => {
    const lines = [
      "Läsanvisning: talen visas som årets utfall (fg år). Ekonomiska belopp redovisas i tkr.",
      "",
      "Ekonomi",
      "• Intäkter 6 480 (6 300)",
    ];
    expect(readDeclaredNotation(lines, 2024)![3]).toBe("• Intäkter: 6 480 tkr");
  });

  it("reads slash pairs declared as this year and the year before ('anges som 2024/2023')", () => {
    const lines = ["Siffrorna nedan anges som 2024/2023.", "", "Inskrivna deltagare: 203/188"];
    expect(readDeclaredNotation(lines, 2024)![2]!.trimEnd()).toBe("Inskrivna deltagare: 203");
  });

  it("leaves slash pairs alone where the declared years are not the report's and the year before", () => {
    const lines = ["Siffrorna nedan anges som 2023/2022.", "", "Inskrivna deltagare: 203/188"];
    expect(readDeclaredNotation(lines, 2024)).toBeUndefined();
  });
});

describe("a note saying brackets mark negative amounts", () => {
  const NOTE = ["Negativa belopp anges inom parentes. Belopp i tkr.", ""];

  it("reads an amount alone in brackets as negative, its right edge kept", () => {
    const out = readDeclaredNotation([...NOTE, "Årets resultat: (176) tkr", "Årets resultat        (1 204)"], 2024)!;
    expect(out[2]).toBe("Årets resultat:  -176 tkr");
    expect(out[3]).toBe("Årets resultat         -1 204 tkr");
  });

  it("must NOT touch a year in brackets, a bracket after a figure, or any bracket without the note", () => {
    const lines = [...NOTE, "Resultatet (2023) var bättre.", "Intäkter 5 200 (176)"];
    const out = readDeclaredNotation(lines, 2024);
    expect(out?.[2] ?? lines[2]).toBe(lines[2]);
    expect(out?.[3] ?? lines[3]).toBe(lines[3]);
    expect(readDeclaredNotation(["Årets resultat: (176) tkr"], 2024)).toBeUndefined();
  });
});

describe("a declared notation must NOT", () => {
  it("fire without a note, or on a note about round brackets holding last year alone (priorYearParentheses' own)", () => {
    const bare = ["Inskrivna 118 (125) [104]"];
    expect(readDeclaredNotation(bare, 2024)).toBeUndefined();
    const priorOnly = ["Siffrorna inom parentes gäller 2023.", "", "Inskrivna 118 (104)"];
    expect(readDeclaredNotation(priorOnly, 2024)).toBeUndefined();
  });

  it("take out a mark the note does not define: a square bracket under a note about round ones only", () => {
    const lines = ["Budget inom parentes.", "", "Inskrivna 118 (125) [104]", "Nya 60 (58)"];
    const out = readDeclaredNotation(lines, 2024)!;
    expect(out[2]).toBe(lines[2]);
    expect(out[3]).toBe("Nya 60");
  });

  it("read a round bracket as last year's where the note says it is the budget", () => {
    const f = facts([
      "Förklaring: tal inom parentes är budget för 2024.",
      "",
      "Under året hade förbundet 140 (120) deltagare.",
    ]);
    expect(f.filter((x) => x.table === "participant_count" && x.year === 2023)).toEqual([]);
    expect(f.filter((x) => x.table === "participant_count").map((x) => x.value)).not.toContain(120);
  });

  it("take a heading's bracket as last year's when the bracket's year is not the year before", () => {
    expect(declaredNotations(["NYCKELTAL 2024 (2022)", "", "• 176 (162) deltagare"], 2024)).toEqual([]);
    expect(declaredNotations(["NYCKELTAL 2023 (2022)", "", "• 176 (162) deltagare"], 2024)).toEqual([]);
  });

  it("write a unit into a table's row laid out in columns", () => {
    const lines = [...TEMPLATE_NOTE, "", "Resultaträkning", "Verksamhetens intäkter       8 120       7 960"];
    expect(readDeclaredNotation(lines, 2024)!.at(-1)).toBe(lines.at(-1));
  });

  it("write a unit after a count, or after a figure that already has one", () => {
    const out = readDeclaredNotation(TEMPLATE_NOTE, 2024)!;
    expect(out[9]).toBe("   Avslutade 51");
    const lines = ["Siffror inom hakparentes är budget. Belopp i tkr.", "", "Kostnaderna var 4,1 mkr [4,3 mkr]."];
    expect(readDeclaredNotation(lines, 2024)![2]).toBe("Kostnaderna var 4,1 mkr.");
  });
});
