import { describe, expect, it } from "vitest";
import { readingText } from "../../loaders/extract/text/readingText.ts";
import {
  commaThousands,
  dottedThousands,
  findAmounts,
  isHedgedGuess,
  parseNumberRun,
  parseSwedishNumber,
} from "../../loaders/extract/numbers.ts";

describe("parseSwedishNumber", () => {
  it.each([
    ["16 189 674", 16189674],
    ["-1 318 124", -1318124],
    ["\u22121 318 124", -1318124],
    ["2,875", 2.875],
    ["98,3 %", 98.3],
    ["16\u00a0189\u00a0674", 16189674],
  ])("%s → %d", (text, value) => expect(parseSwedishNumber(text)).toBe(value));
  it("rejects text", () => expect(parseSwedishNumber("ca tio")).toBeNull());
});

describe("parseNumberRun", () => {
  it("splits two amounts with space separators", () =>
    expect(parseNumberRun("1 411 976 1 413 000", 2)?.values).toEqual([1411976, 1413000]));
  it("picks the reading with alike magnitudes", () =>
    expect(parseNumberRun("140 521 100 000", 2)?.values).toEqual([140521, 100000]));
  it("reads five-year rows", () =>
    expect(parseNumberRun("-1 318 124 -2 514 752 -204 794 1 245 879 404 416", 5)?.values).toEqual([
      -1318124, -2514752, -204794, 1245879, 404416,
    ]));
  it("does not let a lone 0 lead a number", () => expect(parseNumberRun("0 212 130", 2)?.values).toEqual([0, 212130]));
  it("respects wide gaps as column breaks", () =>
    expect(parseNumberRun("4 380 817     4 380 817", 2)?.values).toEqual([4380817, 4380817]));
  it("keeps the digits of damaged cells and reports them", () => {
    const run = parseNumberRun("1c");
    expect(run?.values).toEqual([1]);
    expect(run?.damaged).toEqual(["1c"]);
  });
});

describe("findAmounts", () => {
  it("never reads the tail of a number written with dots as thousands separators", () => {
    expect(findAmounts("Eget kapital var 1.094.211 kr vid årets slut.")).toEqual([]);
    expect(findAmounts("resultatet 157.682 kr")).toEqual([]);
    // Nor the end of a range, nor the tail of a number grouped wrongly.
    expect(findAmounts("Kostnaderna var 1,2–1,5 Mkr.")).toEqual([]);
    expect(findAmounts("ramen 4,200 000 kr")).toEqual([]);
    // Must not fire: amounts after a full stop and a space, or standing alone, are read.
    expect(findAmounts("Året gick bra. 350 tkr blev över.").map((a) => a.sek)).toEqual([350_000]);
    expect(findAmounts("1,5 mkr och 94 211 kr").map((a) => a.sek)).toEqual([1_500_000, 94_211]);
  });
  it.each([
    ["968 431 kronor", 968431, false],
    ["10,7 miljoner kronor", 10_700_000, false],
    ["ca 60 000 kr", 60000, true],
    ["1 miljon kronor", 1_000_000, false],
    ["0,97 mkr", 970_000, false],
    ["968431 SEK", 968431, false],
    ["350 tkr", 350_000, false],
  ])("%s", (text, sek, approximate) => {
    const [a] = findAmounts(text);
    expect(a?.sek).toBe(sek);
    expect(a?.approximate).toBe(approximate);
  });
  it("takes a bound ('drygt', 'knappt', 'närmare') for a guess, never for the figure", () => {
    for (const text of ["drygt 1,2 miljoner kronor", "knappt 900 tkr", "närmare 4 500 000 kr", "mer än 2,35 mnkr"])
      expect(isHedgedGuess(findAmounts(text)[0]!), text).toBe(true);
    // Must not fire: "ca"/"cirka" with fine digits is a rounded figure, hedged; a plain amount is exact.
    for (const text of ["ca 8,4 milj", "cirka 1 240 000 kr", "1,2 miljoner kronor", "Under 2024 ökade 1,2 mnkr"])
      expect(isHedgedGuess(findAmounts(text)[0]!), text).toBe(false);
  });
  it("states the precision of a rounded amount", () =>
    expect(findAmounts("10,7 miljoner kronor")[0]?.precision).toBe(50_000));
});

describe("dottedThousands", () => {
  it("reads dots grouping thousands as spaces, every character in its place", () => {
    const lines = [
      "Intäkterna blev 7.215.400 kr och kostnaderna 7.090.125 kr.",
      "Överskottet på 125.275 kr förs till eget kapital; Brovik har 8.342 invånare.",
      "Mötet hölls den 12.4 och kl. 13.30.",
    ];
    const out = dottedThousands(lines)!;
    expect(out).toEqual([
      "Intäkterna blev 7 215 400 kr och kostnaderna 7 090 125 kr.",
      "Överskottet på 125 275 kr förs till eget kapital; Brovik har 8 342 invånare.",
      "Mötet hölls den 12.4 och kl. 13.30.",
    ]);
    expect(out.map((l) => l.length)).toEqual(lines.map((l) => l.length));
    expect(findAmounts(out[1]!).map((a) => a.sek)).toEqual([125_275]);
  });
  it("reads two dotted groups in any document, a single group only where the document groups with dots throughout", () => {
    // A decimal point in an amount elsewhere: "125.275 kr" may be a decimal; only "2.310.000" is sure.
    expect(dottedThousands(["Bidraget var 2.310.000 kr.", "Resultatet 125.275 kr.", "Räntan var 1.5 %."])).toEqual([
      "Bidraget var 2 310 000 kr.",
      "Resultatet 125.275 kr.",
      "Räntan var 1.5 %.",
    ]);
    // Commas grouping thousands beside it: the dots are not separators of this document.
    expect(dottedThousands(["Totalt 1,215,000 kr.", "Resultatet 125.275 kr."])).toBeUndefined();
    // No number with two dotted groups: a single one proves nothing.
    expect(dottedThousands(["Resultatet 125.275 kr."])).toBeUndefined();
  });
  it("is what the readers read of a Swedish document, the document's own lines kept for quoting", () => {
    const reading = readingText(["Kostnaderna blev 3.402.118 kr."]);
    expect(reading.lines).toEqual(["Kostnaderna blev 3 402 118 kr."]);
    expect(reading.dotted).toEqual(reading.lines);
    expect(readingText(["Kostnaderna blev 3 402 118 kr."]).dotted).toBeUndefined();
  });
  it("must not read a date, a version, a phone or account number, or a decimal as grouped thousands", () => {
    const lines = [
      "Beslutet togs 2024.03.01 i version 1.2.3 av planen.",
      "Ring 070.123.45.67 eller 08.555.123; org.nr 802.456.7890.",
      "Räntan var 4.5 % och tiden 4.860 sekunder.",
    ];
    expect(dottedThousands(lines)).toBeUndefined();
    expect(findAmounts("Räntan 4.5 %, kostnaden 4.860 kr")).toEqual([]);
  });
  it("reads a comma grouping the millions before a space group as a space, never a decimal comma", () => {
    expect(dottedThousands(["Bidraget från regionen var 5,250 000 kr i fjol.", "Eget kapital: 1,075 500 kr."])).toEqual(
      ["Bidraget från regionen var 5 250 000 kr i fjol.", "Eget kapital: 1 075 500 kr."],
    );
  });
  it("leaves decimal commas as they are: no space group follows them", () => {
    expect(
      dottedThousands(["Kostnaderna blev 12,6 Mkr och räntan 2,875 procent.", "Andelen 0,125 av 40 deltagare."]),
    ).toBeUndefined();
  });
});

describe("commaThousands: a document in English number notation, proven by its own numbers", () => {
  it("reads commas grouping thousands as spaces and decimal points in shares and amounts as commas", () => {
    const lines = [
      "Intäkter                 7,480,000      7,120,500",
      "Årets resultat             -32,400         84,100",
      "Andel kvinnor                 51.6 %",
      "Kostnad per invånare 41.25 kr, 3 avsnitt i kapitel 2.4",
    ];
    const out = commaThousands(lines)!;
    expect(out).toEqual([
      "Intäkter                 7 480 000      7 120 500",
      "Årets resultat             -32 400         84 100",
      "Andel kvinnor                 51,6 %",
      "Kostnad per invånare 41,25 kr, 3 avsnitt i kapitel 2.4",
    ]);
    // Every character stays in its place: a table's columns are where they were.
    out.forEach((l, i) => expect(l.length).toBe(lines[i]!.length));
  });

  it("takes a comma before a decimal point as proof too", () => {
    expect(commaThousands(["Summa 1,234.5 tkr", "Deltagare 2,146"])).toEqual(["Summa 1 234,5 tkr", "Deltagare 2 146"]);
  });

  it("leaves a Swedish document alone: one comma group is a decimal without proof", () => {
    expect(commaThousands(["Resultat 2,875 mkr", "Eget kapital 41,870 tkr"])).toBeUndefined();
  });

  it("does not fire where the document also writes a Swedish decimal comma in a share or an amount", () => {
    expect(commaThousands(["Totalt 1,234,567 kr", "Andel till arbete 36,7 %"])).toBeUndefined();
  });

  it("does not fire on a Swedish report whose English summary writes commas: its millions keep their decimals", () => {
    const lines = [
      "Summary in English: income totalled SEK 6,215,000.",
      "Förbundets intäkter uppgick till 6,215 mnkr och kostnaderna till 6,480 mnkr.",
    ];
    expect(commaThousands(lines)).toBeUndefined();
  });

  it("takes no proof from, and never rewrites, a comma-separated record or a list of paragraphs", () => {
    expect(commaThousands(["Insats,Kvinnor,Män,Totalt", "Steg 1,231,128,103", "Resultat 2,5 kr"])).toBeUndefined();
    expect(commaThousands(["Beslut i §§ 101,102,103", "Resultat 1,250 kr"])).toBeUndefined();
    const out = commaThousands(["Intäkter 6,215,000", "Steg 1,231,128,103"])!;
    expect(out).toEqual(["Intäkter 6 215 000", "Steg 1,231,128,103"]);
  });

  it("does not fire on dots grouping thousands or on a document without commas", () => {
    expect(commaThousands(["Intäkter 4.860.000 kr", "Kostnader 1,234,000 kr"])).toBeUndefined();
    expect(commaThousands(["Intäkter 4 860 000 kr", "Andel 53.7 %"])).toBeUndefined();
  });
});
