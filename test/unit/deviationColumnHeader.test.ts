/** A deviation column spelled out in words ("Avvikelse mot budget") beside the outcome columns. */
import { describe, expect, it } from "vitest";
import { parseColumnHeader } from "../../loaders/extract/general/columnHeaders.ts";
import { parseStatements } from "../../loaders/extract/general/parseStatements.ts";
import { docOf, type AnyFact } from "../helpers.ts";

const kinds = (text: string) =>
  parseColumnHeader(text)?.columns.map((c) => (c.kind === "amount" ? `${c.basis} ${c.year}` : c.kind)) ?? null;

describe("a deviation column spelled out", () => {
  it("is one column of its own, laid out or flattened", () => {
    const expected = ["note", "actual 2025", "actual 2024", "unknown"];
    expect(kinds("              Not      Bokslut 2025     Bokslut 2024     Förändring jämfört med budget")).toEqual(
      expected,
    );
    expect(kinds("Not Bokslut 2025 Bokslut 2024 Avvikelse från budget")).toEqual(expected);
  });
  it("does not turn its own word 'budget' into a budget column", () => {
    const header = parseColumnHeader("Utfall 2025    Utfall 2024    Avvikelse gentemot budget")!;
    expect(header.valueColumns.some((c) => c.kind === "amount" && c.basis === "budget")).toBe(false);
  });
  it("leaves a header alone where a year follows the words", () => {
    // Which year "Avvikelse mot 2024" names as an amount cannot be told: no header, nothing stored.
    expect(parseColumnHeader("Utfall 2025 Avvikelse mot 2024 Utfall 2024")).toBeNull();
    // An unknown lower-case word after the deviation word is still not a header.
    expect(parseColumnHeader("Utfall 2025 Utfall 2024 Avvikelse totalt")).toBeNull();
  });
  it("takes a change measured against a year alone ('Förändring mot 2024') as one column, never that year's amounts", () => {
    expect(kinds("Medlem        Andel     Avgift 2025    Förändring mot 2024")).toEqual([
      "share",
      "actual 2025",
      "unknown",
    ]);
    expect(kinds("Bokslut 2025 Förändring mot 2024")).toEqual(["actual 2025", "unknown"]);
    // With more words after the year, the words are left to be read as columns (and fail).
    expect(parseColumnHeader("Bokslut 2025 Förändring mot 2024 totalt")).toBeNull();
  });
  it("reads the statement's outcome columns and never the deviation", () => {
    const doc = docOf(
      [
        "Resultaträkning",
        "Belopp i kronor",
        "                                 Not    Bokslut 2025    Bokslut 2024    Förändring jämfört med budget",
        "Verksamhetens intäkter             1       6 420 000       6 180 000                     20 000",
        "Verksamhetens kostnader            2      -6 503 100      -6 011 400                   -103 100",
        "Verksamhetens resultat                       -83 100         168 600                    -83 100",
        "Årets resultat                               -80 950         170 200                    -80 950",
      ],
      2025,
    );
    const facts = parseStatements(doc).facts as AnyFact[];
    const of = (item: string, year: number) => facts.find((f) => f.item === item && f.year === year)?.amount_sek;
    expect(of("revenue_operating", 2025)).toBe(6420000);
    expect(of("cost_operating", 2024)).toBe(6011400);
    expect(of("result", 2025)).toBe(-80950);
    expect(facts.some((f) => f.amount_sek === 20000 || (f.amount_sek === -83100 && f.item === "result"))).toBe(false);
    expect(facts.some((f) => f.basis === "budget")).toBe(false);
  });
});

describe("a share column written out in two words", () => {
  it("reads 'Procentuell fördelning' as a share, never an amount", () => {
    const h = parseColumnHeader("Medlem    Medlemsavgift 2025    Procentuell fördelning");
    expect(h?.valueColumns.map((c) => c.kind)).toEqual(["amount", "share"]);
  });
  it("reads no share from 'Procentuell' before another word (must not fire)", () => {
    const h = parseColumnHeader("Medlem    Medlemsavgift 2025    Procentuell ökning");
    expect(h?.valueColumns.some((c) => c.kind === "share") ?? false).toBe(false);
  });
});
