/** A translation file read as its source text: targets, memory matches and notes never read. */
import { describe, expect, it } from "vitest";
import { xliffSource } from "../../loaders/extract/text/xliffSource.ts";
import { readingText } from "../../loaders/extract/text/readingText.ts";

const version12 = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">',
  ' <file source-language="sv-SE" target-language="en-GB" original="rapport.docx">',
  "  <header><note>Jobb 2026-118, 640 ord.</note></header>",
  "  <body>",
  '   <trans-unit id="7">',
  '    <source>Under 2025 deltog <g id="1">212 personer</g> i förbundets insatser.</source>',
  '    <seg-source><mrk mtype="seg" mid="1">Under 2025 deltog 212 personer i förbundets insatser.</mrk></seg-source>',
  '    <target state="needs-review-translation">In 2025, 209 people took part.</target>',
  '    <alt-trans match-quality="81%"><source>Under 2024 deltog 188 personer.</source><target>188 people.</target></alt-trans>',
  "   </trans-unit>",
  '   <trans-unit id="8">',
  '    <source>Intäkterna var 6<ph id="1">&amp;nbsp;</ph>410<x id="2"/> 000 kronor.</source>',
  '    <target state="new"/>',
  "   </trans-unit>",
  "  </body>",
  " </file>",
  "</xliff>",
];

const version20 = [
  '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="sv" trgLang="fi">',
  ' <file id="f1">',
  '  <unit id="u1">',
  '   <segment state="final"><source>Nya deltagare var 96.</source><target>Uusia 69.</target></segment>',
  "   <ignorable><source> </source></ignorable>",
  '   <segment><source>Avslutade var <pc id="1">88</pc>, och 4<ph id="2" equiv=" "/>120 kr gick till <cp hex="0022"/>Steget<cp hex="0022"/>.</source></segment>',
  "  </unit>",
  " </file>",
  "</xliff>",
];

describe("xliffSource", () => {
  it("reads a unit's source with inline pairs as text and a placeholder's no-break space as a space", () => {
    const out = xliffSource(version12)!;
    expect(out.lines).toEqual([
      "Under 2025 deltog 212 personer i förbundets insatser.",
      "Intäkterna var 6 410 000 kronor.",
    ]);
    expect(out.from).toEqual([6, 12]);
  });

  it("never reads a target, a memory match, a segmented copy, a note or the header", () => {
    const all = xliffSource(version12)!.lines.join("\n");
    expect(all).not.toMatch(/209|188|2024|Jobb|640|people/);
  });

  it("joins a 2.0 unit's segments, each on the line it stands on, and reads ph equiv and cp", () => {
    const out = xliffSource(version20)!;
    expect(out.lines).toEqual(["Nya deltagare var 96.", 'Avslutade var 88, och 4 120 kr gick till "Steget".']);
    expect(out.from).toEqual([3, 5]);
    expect(out.lines.join(" ")).not.toMatch(/69|Uusia/);
  });

  it("must not read a placeholder's native code holding a digit into a figure", () => {
    const unit = [
      '<xliff version="1.2">',
      '<trans-unit id="1"><source>Avslutade: 6<ph id="1">12</ph>8 och <bpt id="2">{1}</bpt>nya<ept id="2">{2}</ept> 74.</source></trans-unit>',
      "</xliff>",
    ];
    expect(xliffSource(unit)!.lines).toEqual(["Avslutade: 68 och nya 74."]);
  });

  it("must not fire on other XML, nor on a text that mentions xliff further down", () => {
    expect(xliffSource(['<?xml version="1.0"?>', "<rapport><ar>2025</ar></rapport>"])).toBeUndefined();
    const text = ["Årsredovisning 2025", "", "", "", "", "", "", "Filen skickades som <xliff>-fil till byrån."];
    expect(xliffSource(text)).toBeUndefined();
    expect(readingText(text, 2025).origin).toBeUndefined();
  });
});
