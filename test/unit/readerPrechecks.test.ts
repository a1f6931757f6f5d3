/**
 * The cheap looks readers take before their costly patterns must let through every line the
 * pattern would read: these cases stand at the edge of each look (a capital unit, a trailing
 * stop, a number word in capitals, a run at the line's start), beside lines the rule must leave.
 */
import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { amountPrecision } from "../../loaders/extract/general/factPrecision.ts";
import { parseNumberWord } from "../../loaders/extract/general/numberWords.ts";
import { findFrameLines } from "../../loaders/extract/minutes/parseAllocations.ts";
import { repairLetterDigits } from "../../loaders/extract/text/letterDigits.ts";
import { joinRaggedDigits, mayHoldRaggedDigits } from "../../loaders/extract/text/raggedDigits.ts";
import { relativeYearHeaders } from "../../loaders/extract/text/relativeYearHeaders.ts";

describe("number words", () => {
  it("are read whatever the case of their first letter", () => {
    expect(parseNumberWord("Tre")).toBe(3);
    expect(parseNumberWord("ÅTTIO")).toBe(80);
    expect(parseNumberWord("Ettusen")).toBe(1000);
    expect(parseNumberWord("hundra")).toBe(100);
    // The ångström sign lower-cases to "å".
    expect(parseNumberWord("\u212btta")).toBe(8);
  });
  it("are not read from other words, nor from the article", () => {
    expect(parseNumberWord("Kalle")).toBeUndefined();
    expect(parseNumberWord("deltagare")).toBeUndefined();
    expect(parseNumberWord("ett")).toBeUndefined();
  });
});

describe("spaced-out digits", () => {
  it("are closed up at the start of a line and after a label", () => {
    expect(joinRaggedDigits("3 4 5 personer").values).toEqual([345]);
    expect(joinRaggedDigits("Deltagare 1 2 0 personer").values).toEqual([120]);
  });
  it("are not made of digit groups or of a run with nothing after it", () => {
    expect(joinRaggedDigits("Kostnader 2 400 3 500 kr")).toEqual({ line: "Kostnader 2 400 3 500 kr", values: [] });
    expect(joinRaggedDigits("Kvinnor 1 2 3").values).toEqual([]);
  });
  it("are looked for over the whole text without missing a run at a line's start or after a tab", () => {
    expect(mayHoldRaggedDigits(["Intäkter", "3 4 5 personer"])).toBe(true);
    expect(mayHoldRaggedDigits(["Deltagare\t1 2 0 personer"])).toBe(true);
    // Digits across a line's end are no run: "1 2" / "3 personer".
    expect(mayHoldRaggedDigits(["Antal 1 2", "3 personer", "Kostnader 2 400 3 500 kr"])).toBe(false);
  });
});

describe("a header of relative years", () => {
  const lines = ["Resultaträkning 2025", "", "Not    INNEVARANDE ÅR    FÖREG. ÅR", "Intäkter  1 200  1 100"];
  it("is rewritten whatever the case of its cells' words", () => {
    expect(relativeYearHeaders(lines, 2025)![2]).toMatch(/^Not +2025 +2024$/);
  });
  it("is not made of a line without the year before's cell", () => {
    expect(
      relativeYearHeaders([...lines.slice(0, 2), "Not    Innevarande år    Budget", lines[3]!], 2025),
    ).toBeUndefined();
  });
});

describe("look-alike letters in a number", () => {
  it("are put back beside a digit on either side", () => {
    expect(repairLetterDigits("Vi hade l52 deltagare")).toEqual({ line: "Vi hade 152 deltagare", numbers: true });
    expect(repairLetterDigits("Summa 2O4")).toEqual({ line: "Summa 204", numbers: true });
  });
  it("leave a line whose look-alikes stand apart from its digits", () => {
    expect(repairLetterDigits("Totalt 45 deltagare i Ola och Ida")).toEqual({
      line: "Totalt 45 deltagare i Ola och Ida",
      numbers: false,
    });
  });
});

describe("a line's digits as an amount's precision", () => {
  it("reads the unit from the digits the line writes", () => {
    expect(amountPrecision(4_200_000, "Intäkter 4 200 tkr")).toBe(500);
    expect(amountPrecision(4_200_000, "Intäkter 4,2 Mkr")).toBe(50_000);
    expect(amountPrecision(16_189_674, "Summa 16 189 674 kr")).toBe(0);
    // Cells beside each other are not one number: "1,0 0,7" holds 1,0 and 0,7, not 1007; a
    // figure the line does not show is trusted to its own trailing zeros.
    expect(amountPrecision(1_000_000, "Resultat 1,0 0,7")).toBe(50_000);
    expect(amountPrecision(1_007_000, "Resultat 1,0 0,7")).toBe(500);
  });
});

describe("frame lines of a grant decision", () => {
  const doc = (lines: string[]) => new DocumentText("ravsjo/2024-03-08-board-minutes", lines, 2024);
  it("are read whatever the case of the unit and with a stop or spaces after it", () => {
    const runs = findFrameLines(
      doc(["Steget 200 000 KR.", "Bron 150 000 kronor   ", "Vägen 50 000 Sek", "Totalt 400 000 kr"]),
    );
    expect(runs).toHaveLength(1);
    expect(runs[0]!.lines.map((l) => [l.recipient, l.sek])).toEqual([
      ["Steget", 200_000],
      ["Bron", 150_000],
      ["Vägen", 50_000],
    ]);
    expect(runs[0]!.total?.sek).toBe(400_000);
  });
  it("are not lines whose amount has no unit of money", () => {
    expect(findFrameLines(doc(["Steget 200 000 deltagare", "Bron 150 000 timmar"]))).toEqual([]);
  });
});
