/** Letters OCR read for digits inside numbers: read back as digits, stored only where a sum confirms. */
import { describe, expect, it } from "vitest";
import { repairLetterDigits } from "../../loaders/extract/text/letterDigits.ts";
import { documentFacts } from "../support/manifestEntry.ts";

const facts = (lines: string[]) => documentFacts({ federation: "ravsjo", year: 2023 }, lines);

describe("look-alike letters in a number", () => {
  it("are read as digits, and a digit inside a word as a letter", () => {
    expect(repairLetterDigits("Kansli och styrelse     -l 4O2 311     -1 2l0 000")).toEqual({
      line: "Kansli och styrelse     -1 402 311     -1 210 000",
      numbers: true,
    });
    expect(repairLetterDigits("Förbundet hade 3O7 deltagare (l62 kvinnor).").line).toBe(
      "Förbundet hade 307 deltagare (162 kvinnor).",
    );
    expect(repairLetterDigits("Andel so1a till arbete: 40 %")).toEqual({
      line: "Andel sola till arbete: 40 %",
      numbers: false,
    });
  });
  it("reads a pipe between letters, or a 1 ending a word, as an l where that spells a word of the lexicon", () => {
    expect(repairLetterDigits("Årets resu|tat      -98 410     12 300").line).toBe(
      "Årets resultat      -98 410     12 300",
    );
    expect(repairLetterDigits("Eget kapita1      2    1 204 330").line).toBe("Eget kapital      2    1 204 330");
    // Must not fire: a drawn table's rule between two words, a marker after a word, a name.
    for (const line of ["|kvinnor|män|", "Antal deltagare1     12", "Bron|Steget   40", "Insats1   40"])
      expect(repairLetterDigits(line).line).toBe(line);
  });
  it("are left alone where they are letters: a word, the Swedish 'I', S, G, B", () => {
    for (const line of ["I 200 fall av 300 gick det bra", "Region Öst 2 5B6 000", "lO deltagare", "Totalt 12 400 kr"])
      expect(repairLetterDigits(line).numbers).toBe(false);
  });
  it("leaves a drawn table's column rules alone: a pipe before a number is no leading 1", () => {
    const row = "| Förbundet totalt | 193 | 114 | 79 |";
    expect(repairLetterDigits(row)).toMatchObject({ line: row, numbers: false });
    // Must still fire: a look-alike l as the leader of grouped digits.
    expect(repairLetterDigits("Summa kostnader  l 262 400").numbers).toBe(true);
  });
});

describe("a statement with look-alike letters in its numbers", () => {
  const statement = (result: string) => [
    "Resultaträkning",
    "Belopp i kronor            2023            2022",
    "Verksamhetens intäkter     5 2O0 000       4 9l0 000",
    "Verksamhetens kostnader   -5 3l2 500      -4 875 250",
    `Verksamhetens resultat    ${result}`,
  ];
  it("never stores a repaired number, even where revenue less costs agrees with it, but reads the clean cells", () => {
    // A number with OCR noise in it is not stored (a reader cannot tell "5 3l2 500" from a misprint).
    for (const result of ["-112 500          34 750", "-99 000            11 000"]) {
      const read = facts(statement(result));
      const repaired = [5200000, 5312500, 4910000];
      expect(read.filter((f) => repaired.includes(Math.abs(f.amount_sek ?? 0)))).toEqual([]);
    }
    const clean = facts(statement("-112 500          34 750"));
    expect(clean.find((f) => f.item === "cost_operating" && f.year === 2022)?.amount_sek).toBe(4875250);
  });
});
