import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { noisyTokensOf, numbersClearOfNoise, ocrNoiseTokens } from "../../loaders/extract/text/ocrNoise.ts";
import { extractDocumentLines } from "../support/manifestEntry.ts";

describe("OCR noise in numbers", () => {
  it.each([
    ["Cirka 1 2O4 samtal genomfördes", ["2O4"]],
    ["Räkenskapsår 20 IO", ["IO"]],
    ["l5 deltagare avslutade", ["l5"]],
    ["Summa 1O 20", ["1O"]],
    // Z, S, G and B inside digits; a year's tail with a colon after it; a lone l before groups.
    ["Kassa 3 4S1 220", ["4S1"]],
    ["Summa 7 7B0 115   1Z6", ["7B0", "1Z6"]],
    ["Fordringar 86 G12", ["G12"]],
    ["Nya under 20 lO: 31", ["lO"]],
    ["Bank l 450 300", ["l"]],
    // A bar before a number may still be a misread 1 where no label follows it.
    ["Totalt 212 | 340", ["|"]],
  ])("%s → %j", (line, tokens) => expect(ocrNoiseTokens(line)).toEqual(tokens));

  it.each([
    "Under 2023 deltog 120 kvinnor och 92 män",
    "IO-gruppen träffades",
    "I år deltog 14 personer",
    "Verksamhetens intäkter 8 200 8 000",
    "Not 1",
    "I 250 fall",
    "5 GB lagring",
    "SO 2 möten",
    "Org.nr 222000-1l90",
    // A bar before a chart's next label (a year with its colon, a word) parts two cells.
    "2021: 77 | 2022: 84 | 2023: 90",
    "Utbetalt 2023: 3 100 | Utbetalt 2024: 3 350",
    "Flickor: 12 | Pojkar: 15",
  ])("no noise in %s", (line) => expect(ocrNoiseTokens(line)).toEqual([]));

  it("the pre-check that skips most lines hides no noisy token", () => {
    // Lines of digits, look-alikes, the punctuation around a number, letters and spaces of every kind.
    const char = fc.constantFrom(..."0123456789OoIlZSGB|-–−.,:;()[]\"'“”%!? \u00a0\u202f\tkrSumatäö");
    fc.assert(
      fc.property(fc.string({ unit: char, maxLength: 24 }), (line) => {
        expect(ocrNoiseTokens(line)).toEqual(noisyTokensOf(line));
      }),
      { numRuns: 20_000 },
    );
  });
});

describe("numbers clear of noise", () => {
  it("keeps a clean cell across a column gap from a noisy one, and nothing that touches the noise", () => {
    const n = numbersClearOfNoise("Övriga kostnader   3 1l4 200    2 988 100");
    expect(n).toContain(2_988_100);
    for (const touched of [3, 200, 3_114_200, 114_200]) expect(n).not.toContain(touched);
  });
  it("a noisy token one space away may be a leader, a group or a year's tail", () => {
    expect(numbersClearOfNoise("Sedan 2008 har 2 7O1 personer deltagit")).toEqual([2008]);
    expect(numbersClearOfNoise("Nya under 20 lO: 77")).toEqual([77]);
    expect(numbersClearOfNoise("Ankeby kommun 512 000 49O 875")).not.toContain(512_000);
  });
  it("punctuation keeps numbers apart from the noise", () => {
    expect(numbersClearOfNoise("till arbete 14, l3 till studier och 6 till annat")).toEqual([14, 6]);
  });
  it("on a line without noise, every number as written", () => {
    expect(numbersClearOfNoise("Summa 1 250 300")).toEqual(expect.arrayContaining([1_250_300, 250_300, 300, 1, 1_250]));
  });
});

/** A made-up OCR'd report, read the way `ingest` reads a plain-text copy. */
const REPORT = `SAMORDNINGSFÖRBUNDET EXEMPELÅN
ÅRSREDOVISNING 20 ll

RESULTATRÄKNING
Belopp i kr                    Not        2011          2010
Verksamhetens intäkter           1    4 120 000     3 980 000
Verksamhetens kostnader          2   -3 9B7 410    -3 861 225
Verksamhetens resultat                  132 590       118 775
Årets resultat                          140 115       125 300

BALANSRÄKNING
Belopp i kr                         2011-12-31    2010-12-31
Kassa och bank 1 200 415 8O2 117
Summa tillgångar 1 804 330 1 7S2 118
Eget kapital                          1 512 900     1 372 785

NOTER
Not l Verksamhetens intäkter             2011          2010
Arbetsförmedlingen/Försäkringskassan   2 060 000     1 990 000
Landstinget i Ankeby län               1 030 000       995 000
Ankeby kommun                            5l5 000       497 500
Bortby kommun                            515 000       497 5OO
Summa                                  4 120 000     3 980 000

Not 2 Verksamhetens kostnader            2011          2010
Insatser                               3 1O0 000     3 050 000
Kansli                                   887 410       811 225
Summa                                  3 987 41O     3 861 225
`.split("\n");

describe("an OCR'd report, per number", () => {
  const out = extractDocumentLines({ federation: "exempelan", year: 2011 }, REPORT);
  const facts = out.facts as ((typeof out.facts)[number] & Record<string, unknown>)[];
  const lineOf = (start: string) => REPORT.findIndex((l) => l.startsWith(start)) + 1;
  const finance = (item: string, year: number) => [
    ...new Set(
      facts.filter((f) => f.table === "finance" && f.item === item && f.year === year).map((f) => f.amount_sek),
    ),
  ];
  const member = (name: string, year: number) =>
    facts
      .filter((f) => f.table === "member_contribution" && f.member === name && f.year === year)
      .map((f) => f.amount_sek);

  it("stores the clean prior-year cell of a row whose current-year cell is noisy", () => {
    expect(finance("cost_operating", 2010)).toEqual([3_861_225]);
    expect(finance("cost_operating", 2011)).toEqual([]);
    expect(finance("assets_total", 2011)).toEqual([1_804_330]);
    expect(finance("assets_total", 2010)).toEqual([]);
  });
  it("stores nothing derived from a noisy token, nor a cell whose column the noise makes unsure", () => {
    const cost = facts.filter((f) => f.line === lineOf("Verksamhetens kostnader"));
    expect(cost.map((f) => f.amount_sek)).toEqual(cost.map(() => 3_861_225));
    // "1 200 415 8O2 117", one space apart: 1 200 415 | 8O2 117, or 1 200 | 415 8O2 117, or …
    expect(facts.filter((f) => f.line === lineOf("Kassa och bank"))).toEqual([]);
    const noteTotal = REPORT.lastIndexOf("Summa                                  3 987 41O     3 861 225") + 1;
    expect(facts.filter((f) => f.line === noteTotal && f.year === 2011)).toEqual([]);
  });
  it("reads the members of a note whose number OCR read as a letter", () => {
    expect(member("Arbetsförmedlingen/Försäkringskassan", 2011)).toEqual([2_060_000]);
    expect(member("Landstinget i Ankeby län", 2010)).toEqual([995_000]);
    expect(member("Ankeby kommun", 2010)).toEqual([497_500]);
    expect(member("Ankeby kommun", 2011)).toEqual([]);
    expect(member("Bortby kommun", 2011)).toEqual([515_000]);
    expect(member("Bortby kommun", 2010)).toEqual([]);
  });
  it("reports each noisy cell as an unread number on its line", () => {
    const unread = new Set(out.findings.filter((f) => f.check_id === "coverage.unread_number").map((f) => f.line));
    for (const start of [
      "Verksamhetens kostnader",
      "Kassa och bank",
      "Summa tillgångar",
      "Ankeby kommun",
      "Bortby kommun",
    ])
      expect(unread, start).toContain(lineOf(start));
    // Also where no parser took a figure: the title's year "20 ll".
    expect(unread).toContain(lineOf("ÅRSREDOVISNING"));
    expect(unread).not.toContain(lineOf("Verksamhetens resultat"));
  });
});
