/** A document published as its RTF source, read as it prints; what does not print is never read. */
import { describe, expect, it } from "vitest";
import { rtfSource } from "../../loaders/extract/text/rtfSource.ts";
import { readingText } from "../../loaders/extract/text/readingText.ts";
import { extractFromLines } from "../../loaders/extract/extractDocument.ts";
import type { ManifestEntry } from "../../loaders/schema/manifest.ts";
import type { AnyFact } from "../helpers.ts";

const entry: ManifestEntry = {
  federation_id: "lodmora",
  kind: "annual_report",
  date: "2026-03-10",
  period_year: 2025,
  title: "Årsredovisning 2025",
  file: "lodmora/arsredovisning-2025.txt",
  sha256: "0".repeat(64),
};
const facts = (lines: string[]) => extractFromLines(entry, lines, entry.sha256).facts as AnyFact[];
const counts = (lines: string[]) =>
  facts(lines)
    .filter((f) => f.table === "participant_count" && f.intervention === null)
    .map((f) => `${f.year}:${f.measure}/${f.gender}=${f.value}@${f.line}`)
    .sort();

const report = [
  String.raw`{\rtf1\ansi\ansicpg1252\uc1\deff0{\fonttbl{\f0\fswiss\fcharset0 Arial;}{\f1\fnil\fcharset2 Symbol;}}`,
  String.raw`{\colortbl;\red31\green56\blue100;}{\info{\title \'c5rsredovisning}{\nofpages12}{\nofwords3110}}`,
  String.raw`\paperw11906\paperh16838\margl1417 {\*\generator Skrivprogram 7.1}`,
  String.raw`\pard\b\fs32 Samordningsf\u246\'f6rbundet L\'f6dmora\b0\par`,
  String.raw`\pard\fs22 Under 2025 deltog \b 143\b0  personer i f\'f6rbundets insatser, varav 80 kvinnor`,
  String.raw` och 63 m\'e4n.{\v  Utkast: 150 deltagare.}\par`,
  String.raw`{\f1\'b7}\tab Arbete\tab 12\par`,
  String.raw`\trowd\cellx4000\cellx6000\cellx8000`,
  String.raw`\pard\intbl Post\cell 2025\cell 2024\cell\row`,
  String.raw`\pard\intbl \'c5rets resultat\cell \u8722\'2d84\~200\cell 51\~900\cell\row`,
  String.raw`\pard\par`,
  String.raw`{\footer\pard Sida {\field{\*\fldinst PAGE}{\fldrslt 4}} av 12\par}`,
  String.raw`\pard Antalet nya var {\deleted 77}{\revised 79}.\par`,
  "}",
];

describe("rtfSource", () => {
  const out = rtfSource(report)!;
  const at = (text: string) => out.lines.findIndex((l) => l.includes(text));

  it("reads letters from code-page bytes and Unicode escapes, skipping the escape's fallback", () => {
    expect(out.lines[0]).toBe("Samordningsförbundet Lödmora");
    expect(out.from[0]).toBe(3);
  });

  it("keeps a paragraph on the source lines it was written on, each citing its own line", () => {
    const k = at("Under 2025 deltog 143 personer");
    expect(out.lines[k]).toBe("Under 2025 deltog 143 personer i förbundets insatser, varav 80 kvinnor");
    expect(out.from[k]).toBe(4);
    expect(out.lines[k + 1]).toBe("och 63 män.");
    expect(out.from[k + 1]).toBe(5);
  });

  it("sets a table's rows out in columns, the minus its Unicode character and \\~ a space", () => {
    const k = at("Årets resultat");
    expect(out.lines[k]!.split(/\s{2,}/)).toEqual(["Årets resultat", "−84 200", "51 900"]);
    expect(out.lines[k - 1]!.split(/\s{2,}/)).toEqual(["Post", "2025", "2024"]);
  });

  it("reads a symbol font's character as a bullet and a tab as a column gap", () => {
    expect(out.lines[at("Arbete")]!.split(/\s{2,}/)).toEqual(["•", "Arbete", "12"]);
  });

  it("never reads what does not print: hidden text, deleted revisions, tables of fonts and colours, info, footers", () => {
    const all = out.lines.join("\n");
    expect(all).not.toMatch(/150|Utkast|11906|3110|Skrivprogram|Sida|Arial|\b77\b/);
    expect(out.lines[at("Antalet nya")]).toBe("Antalet nya var 79.");
  });

  it("gives the readers the year's counts, citing the document's lines", () => {
    // The revised count of the new ("{\\deleted 77}{\\revised 79}") is read too, never the deleted one.
    expect(counts(report)).toEqual([
      "2025:enrolled/all=143@5",
      "2025:enrolled/man=63@6",
      "2025:enrolled/woman=80@5",
      "2025:new/all=79@13",
    ]);
  });

  it("reads an RTF file written on one line, every line citing it, and never calls it truncated", () => {
    const one = [report.join("")];
    expect(counts(one)).toEqual([
      "2025:enrolled/all=143@1",
      "2025:enrolled/man=63@1",
      "2025:enrolled/woman=80@1",
      "2025:new/all=79@1",
    ]);
    const findings = extractFromLines(entry, one, entry.sha256).findings.map((f) => f.check_id);
    expect(findings).not.toContain("document.truncated");
    // Must still call a short plain text truncated.
    const short = extractFromLines(entry, ["Årsredovisning 2025", "Sida 1"], entry.sha256).findings;
    expect(short.map((f) => f.check_id)).toContain("document.truncated");
  });

  it("reads a text box's text as a paragraph of its own, never the shape's properties, its fallback copy or a box in a header", () => {
    const doc = [
      String.raw`{\rtf1\ansi`,
      String.raw`{\header {\shp{\*\shpinst{\shptxt \pard Sida 3 av 9\par}}}}`,
      String.raw`\pard Text f\'f6re {\shp{\*\shpinst\shpleft1440{\sp{\sn fillColor}{\sv 268435473}}{\shptxt \pard Deltagare 2025: 211\par}}{\shprslt{\*\do\dobxcolumn{\*\dptxbxtext Deltagare 2025: 211}}}} och efter.\par`,
      "}",
    ];
    expect(rtfSource(doc)!.lines).toEqual(["Deltagare 2025: 211", "Text före och efter."]);
  });

  it("must not fire on a plain text that merely holds a brace and a backslash", () => {
    const plain = [
      "Årsredovisning 2025",
      String.raw`Sökväg: {\rtf-mallar\2025} på servern.`,
      "Under 2025 deltog 143 personer.",
    ];
    expect(rtfSource(plain)).toBeUndefined();
    expect(readingText(plain, 2025).origin).toBeUndefined();
    // Nor on a text whose first line only mentions RTF.
    expect(rtfSource(["Bilagan finns som RTF: {\\rtf1 …}", "Text"])).toBeUndefined();
  });
});
