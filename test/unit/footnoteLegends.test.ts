import { describe, expect, it } from "vitest";
import { readFootnoteLegends } from "../../loaders/extract/text/footnoteLegends.ts";
import { parseAnnualReport } from "../../loaders/extract/templates/kalmar/parseAnnualReport.ts";
import { readingText } from "../../loaders/extract/text/readingText.ts";
import { docOf, type AnyFact } from "../helpers.ts";

/** Made-up federation: key figures whose units only the notes under the table give. */
const KEY_FIGURES = [
  "Samordningsförbundet Granlid",
  "Nyckeltal 2024",
  "",
  "                                       2024       2023",
  "Verksamhetens intäkter*               6 410      6 220",
  "Verksamhetens kostnader*              6 530      6 105",
  "Årets resultat*                        -120        115",
  "Balansomslutning**                     1,92       2,05",
  "Andel till arbete eller studier¹       34,2       31,0",
  "",
  "*   tusentals kronor (tkr)",
  "**  miljoner kronor (mnkr)",
  "¹   procent av de avslutade",
];

describe("footnote marks whose note gives a unit or a budget", () => {
  it("writes the note's unit into the label, the cells kept where they stood", () => {
    const out = readFootnoteLegends(KEY_FIGURES)!;
    expect(out[4]).toBe("Verksamhetens intäkter (tkr)          6 410      6 220");
    expect(out[7]).toBe("Balansomslutning (mkr)                 1,92       2,05");
    expect(out[8]).toBe("Andel till arbete eller studier (%)    34,2       31,0");
    expect(out[4]!.length).toBe(KEY_FIGURES[4]!.length);
  });

  it("lets the statement readers read the amounts in the note's unit", () => {
    const facts = parseAnnualReport(docOf(readingText(KEY_FIGURES, 2024).lines, 2024)).facts as AnyFact[];
    const result = facts.find((f) => f.table === "finance" && f.item === "result" && f.year === 2024);
    expect(result?.amount_sek).toBe(-120_000);
  });

  it("reads a letter's note ('b) Belopp i tusental kronor') and a heading's mark", () => {
    const lines = [
      "Medlemsbidrag 2024*",
      "Intäkter b)          7 450      7 210",
      "",
      "b) Belopp i tusental kronor.",
      "* tkr",
    ];
    const out = readFootnoteLegends(lines)!;
    expect(out[0]).toBe("Medlemsbidrag 2024 (tkr)");
    expect(out[1]).toBe("Intäkter (tkr)       7 450      7 210");
  });

  it("reads a star's note with a bracket ('*) Belopp i tkr') one space after the label", () => {
    const lines = ["Årets resultat *)          -75         110", "", "*) Belopp i tkr"];
    expect(readFootnoteLegends(lines)![0]).toBe("Årets resultat (tkr)       -75         110");
  });

  it("reads a digit's note ('1) Belopp i tusentals kronor') one space after the label", () => {
    const lines = ["Årets resultat 1)          -75         110", "", "1) Belopp i tusentals kronor."];
    expect(readFootnoteLegends(lines)![0]).toBe("Årets resultat (tkr)       -75         110");
  });

  it("reads a year's column marked as the budget ('* = budget') as the budget's", () => {
    const lines = [
      "                          2022      2023      2024      2025*",
      "Intäkter (tkr)           5 120     5 300     5 480     5 800",
      "",
      "* = budget enligt verksamhetsplanen",
    ];
    expect(readFootnoteLegends(lines)![0]).toBe("                          2022      2023      2024  Budget 2025");
  });

  it("reads a report year's column marked as a forecast ('¹ Prognos') as the forecast's, never the outcome", () => {
    const lines = [
      "Ekonomi (tkr)                          2024¹        2023",
      "Verksamhetens intäkter                 6 020       5 880",
      "Verksamhetens kostnader                6 210       5 790",
      "Årets resultat                          -190          90",
      "",
      "¹ Prognos. Bokslutet är inte fastställt.",
    ];
    expect(readFootnoteLegends(lines)![0]).toBe("Ekonomi (tkr)                  Prognos 2024        2023");
    const facts = parseAnnualReport(docOf(readingText(lines, 2024).lines, 2024)).facts as AnyFact[];
    expect(facts.filter((f) => f.table === "finance" && f.year === 2024 && f.basis === "actual")).toEqual([]);
  });

  it("takes out a mark whose note says something else, where a unit's note is there too", () => {
    const lines = [
      "Inskrivna deltagare³      187      171",
      "Intäkter*      8 120      7 960",
      "*  tkr",
      "³  exklusive förstudien",
    ];
    expect(readFootnoteLegends(lines)![0]).toBe("Inskrivna deltagare       187      171");
  });
});

describe("footnote marks must NOT be read", () => {
  it("where no note defines the mark, or where no note says a unit or a budget", () => {
    const noNote = KEY_FIGURES.slice(0, 9);
    expect(readFootnoteLegends(noNote)).toBeUndefined();
    const onlyDefinitions = ["Nya deltagare*      79      71", "", "* personer inskrivna för första gången"];
    expect(readFootnoteLegends(onlyDefinitions)).toBeUndefined();
  });

  it("on a figure's cell, or a star's note on a double star", () => {
    const lines = ["Intäkter            8 120*      7 960", "Balansomslutning**   2,14    2,35", "", "* tkr"];
    const out = readFootnoteLegends(lines);
    expect(out?.[0] ?? lines[0]).toBe(lines[0]);
    expect(out?.[1] ?? lines[1]).toBe(lines[1]);
  });

  it("as a budget on a label, or on a year in running text", () => {
    const lines = ["Intäkter*      8 120      7 960", "Under 2025* ökade antalet deltagare kraftigt.", "* budget"];
    const out = readFootnoteLegends(lines);
    expect(out?.[0] ?? lines[0]).toBe(lines[0]);
    expect(out?.[1] ?? lines[1]).toBe(lines[1]);
  });

  it("where the unit does not fit the label's gap, so the cells would move", () => {
    const lines = ["Intäkter* 8 120  7 960", "* tusentals kronor"];
    const out = readFootnoteLegends(lines);
    expect(out?.[0] ?? lines[0]).toBe(lines[0]);
  });
});

describe("a key-figure table headed 'Post' with letters' notes (made-up federation)", () => {
  const TABLE = [
    "Samordningsförbundet Granlid",
    "Nyckeltal 2024",
    "",
    "Post                                 2024        2023",
    "Inskrivna deltagare                   164         149",
    "Nya deltagare a)                       79          71",
    "Årets resultat b)                      70         -95",
    "",
    "a) Personer inskrivna för första gången under året.",
    "b) Belopp i tusental kronor (tkr).",
  ];
  const facts = (lines: string[]) => parseAnnualReport(docOf(readingText(lines, 2024).lines, 2024)).facts as AnyFact[];

  it("reads 'Post' as the label column's title, each row in its note's unit", () => {
    const f = facts(TABLE);
    const count = (measure: string) =>
      f.find((x) => x.table === "participant_count" && x.year === 2024 && x.measure === measure && x.gender === "all");
    expect(count("enrolled")?.value).toBe(164);
    expect(count("new")?.value).toBe(79);
    expect(f.find((x) => x.table === "finance" && x.item === "result" && x.year === 2024)?.amount_sek).toBe(70_000);
  });

  it("never reads the amount in kronor where the note's unit is missing, nor a header naming some other word", () => {
    const f = facts(TABLE.slice(0, 8));
    expect(f.find((x) => x.table === "finance" && x.amount_sek === 70)).toBeUndefined();
    const other = facts(TABLE.map((l) => l.replace(/^Post {4}/, "Grannby ")));
    expect(other.filter((x) => x.table === "participant_count")).toEqual([]);
  });
});
