/**
 * The reading steps' first look over a whole document (`text/wholeText.ts`): it must never miss what
 * a step reads on some line, and a step whose look finds nothing leaves the document as written.
 */
import { describe, expect, it } from "vitest";
import { characters, mayHold, wholeText } from "../../loaders/extract/text/wholeText.ts";
import { withoutTemplateResidue } from "../../loaders/extract/text/templateResidue.ts";
import { withoutTrackedChanges } from "../../loaders/extract/text/trackedChanges.ts";
import { withoutEmoji } from "../../loaders/extract/text/emojiMarks.ts";
import { blankBarGlyphs } from "../../loaders/extract/text/barGlyphs.ts";
import { blankCornerLabels } from "../../loaders/extract/text/cornerLabels.ts";
import { mayHoldFootnoteMarkers } from "../../loaders/extract/text/footnoteMarkers.ts";
import { markedSigns } from "../../loaders/extract/text/markedSigns.ts";
import { withoutRelatedDocuments } from "../../loaders/extract/text/relatedDocuments.ts";
import { commaThousands, dottedThousands } from "../../loaders/extract/numbers.ts";
import { readingOrder } from "../../loaders/extract/text/twoColumns.ts";
import { letterDamage } from "../../loaders/extract/text/swedishLetters.ts";

describe("characters: the code units a document holds, found in one pass", () => {
  const chars = characters(["Deltagare 2025: 41", "Kvinnor \\ Män  «År»", "✅ klart 🎓"]);

  it("finds a character on any line, ASCII or not", () => {
    expect(chars.has("\\")).toBe(true);
    expect(chars.has("«")).toBe(true);
    expect(chars.has(":")).toBe(true);
    expect(chars.hasIn(0x2190, 0x2bff)).toBe(true); // ✅
    expect(chars.hasIn(0xd83c, 0xd83e)).toBe(true); // 🎓's high surrogate
    expect(chars.hasIn(0x30, 0x39)).toBe(true); // digits
  });

  it("finds none the lines do not hold", () => {
    expect(chars.has("[")).toBe(false);
    expect(chars.has("{")).toBe(false);
    expect(chars.hasIn(0x2580, 0x259f)).toBe(false);
    expect(chars.hasIn(0x5b, 0x5b)).toBe(false);
    expect(characters([]).hasIn(0, 0xffff)).toBe(false);
  });
});

describe("wholeText and mayHold: one text per array of lines", () => {
  it("joins the lines once, and a pattern finds a line's match in it", () => {
    const lines = ["Intäkter 7,480,000", "Kostnader 7,120,500"];
    expect(wholeText(lines)).toBe("Intäkter 7,480,000\nKostnader 7,120,500");
    expect(wholeText(lines)).toBe(wholeText(lines));
    expect(mayHold(lines, /\d,\d{3}[,.]\d/)).toBe(true);
    expect(mayHold(["Intäkter 2,875"], /\d,\d{3}[,.]\d/)).toBe(false);
  });

  it("refuses a pattern that keeps state between searches", () => {
    expect(() => mayHold(["a"], /a/g)).toThrow();
    expect(() => mayHold(["a"], /a/y)).toThrow();
  });
});

describe("a step's first look: it reads the document where the look finds its sign, else leaves it", () => {
  it("template residue: a merge field is blanked; a document with no bracket, guillemet or brace is left", () => {
    expect(withoutTemplateResidue(["Antal nya deltagare: «Antal_nya»", "Staten: 3 680 000 kr"])?.[0]).toBe("");
    expect(withoutTemplateResidue(["Antal nya deltagare: 66", "Staten: 3 680 000 kr"])).toBeUndefined();
  });

  it("tracked changes: a struck figure is blanked; a document with no mark is left", () => {
    expect(withoutTrackedChanges(["Deltagare ~~52~~ 55"])?.[0]).toMatch(/^Deltagare\s+55$/);
    expect(withoutTrackedChanges(["Deltagare 52 - 55"])).toBeUndefined();
  });

  it("emoji and bar glyphs: read where they stand, nothing done elsewhere", () => {
    const posts = ["✅ 96 nya deltagare", "🎓 22 till studier", "💼 31 till arbete"];
    expect(withoutEmoji(posts)).toBeDefined();
    expect(withoutEmoji(["96 nya deltagare", "22 till studier", "31 till arbete"])).toBeUndefined();
    expect(blankBarGlyphs(["Arbete   ████████ 16"])?.[0]).toMatch(/^Arbete\s+16$/);
    expect(blankBarGlyphs(["Arbete   16"])).toBeUndefined();
  });

  it("corner cells: a backslash or rad/kolumn is looked for; a document with a slash only elsewhere is left", () => {
    const table = ["Avslut \\ Kön    Kvinnor   Män", "Arbete           12        9", "Studier            4        6"];
    expect(blankCornerLabels(table)?.[0]).not.toContain("\\");
    expect(blankCornerLabels(["Kvinnor/Män   12/9", "Studier   4/6"])).toBeUndefined();
  });

  it("footnote markers: a superscript, a bracket or a year's r is a sign; plain text has none", () => {
    expect(mayHoldFootnoteMarkers(["Deltagare 142¹"])).toBe(true);
    expect(mayHoldFootnoteMarkers(["deltog 187[5] personer"])).toBe(true);
    expect(mayHoldFootnoteMarkers(["2023   2024r   2025"])).toBe(true);
    expect(mayHoldFootnoteMarkers(["Deltagare 142", "Kvinnor 71 (2024: 65)"])).toBe(false);
  });

  it("signs after figures, related documents, thousands: read with their sign, left without it", () => {
    expect(markedSigns(["Konto  Benämning      Belopp", "3010   Bidrag         272 300-"])).toBeUndefined();
    expect(markedSigns(["Bidrag 272 300 - 12"])).toBeUndefined();
    expect(
      withoutRelatedDocuments(["Relevanta dokument", "Årsredovisning 2023", "Under 2023 deltog 288 personer"]),
    ).toEqual(["", "", ""]);
    expect(withoutRelatedDocuments(["Dokument", "Under 2024 deltog 91 personer"])).toBeUndefined();
    expect(dottedThousands(["Intäkter 4.860.000 kr"])).toEqual(["Intäkter 4 860 000 kr"]);
    expect(dottedThousands(["Intäkter 4,86 mkr", "Kapitel 2.4"])).toBeUndefined();
    expect(commaThousands(["Intäkter 7,480,000", "Andel 51.6 %"])).toEqual(["Intäkter 7 480 000", "Andel 51,6 %"]);
    expect(commaThousands(["Intäkter 7 480 000", "Andel 51,6 %"])).toBeUndefined();
  });
});

describe("looks per line or per document that pass a line or a document over early", () => {
  it("two columns: four words each side of the gap are read in columns; a table's row is passed over", () => {
    const page = [
      "Under året har förbundet stöttat nya    Förbundets intäkter uppgick till hela",
      "insatser i flera av medlemmarnas        beloppet från medlemmarna och staten",
      "kommuner och arbetat för att nå fler    utan några större förändringar mot",
      "personer i behov av samordnat stöd.     budgeten för året som helhet.",
    ];
    const order = readingOrder(page);
    expect(order?.lines[0]).toBe("Under året har förbundet stöttat nya");
    expect(
      readingOrder(["Årets resultat   -146   204", "Eget kapital   1 204   1 350", "Summa   58   62"]),
    ).toBeUndefined();
  });

  it("lost letters: a document with å, ä or ö and no stand-in is whole; a stand-in inside words is looked into", () => {
    expect(letterDamage(["Årets resultat 204", "Vad hände under året?"])).toBeUndefined();
    expect(letterDamage(["Int?kter 7 480", "Kostnader 7 120", "?rets resultat 360", "Eget kapital ?r 1 204"])).toEqual({
      kind: "stand_in",
      char: "?",
    });
  });
});
