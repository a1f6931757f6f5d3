import { describe, expect, it } from "vitest";
import { blankFlatFootnoteMarks, stripFootnoteMarkers } from "../../loaders/extract/text/footnoteMarkers.ts";
import { readingText } from "../../loaders/extract/text/readingText.ts";
import { namesAllInterventions } from "../../loaders/extract/general/sectionScope.ts";

describe("footnote markers after numbers", () => {
  it("drops a revised year's mark in a header of years, nowhere else", () => {
    expect(stripFootnoteMarkers("                 2023       2024r       2025")).toBe(
      "                 2023       2024        2025",
    );
    expect(stripFootnoteMarkers("Antal 2024r var 12 personer fler")).toBe("Antal 2024r var 12 personer fler");
    expect(stripFootnoteMarkers("Rad 2024r")).toBe("Rad 2024r");
  });

  it("drops a superscript marker after a number, a word, a per cent sign or a unit", () => {
    expect(stripFootnoteMarkers("Under året deltog 96² personer, 51 kvinnor och 45 män³.")).toBe(
      "Under året deltog 96 personer, 51 kvinnor och 45 män.",
    );
    expect(stripFootnoteMarkers("Andelen blev 38,5 %¹².")).toBe("Andelen blev 38,5 %.");
    expect(stripFootnoteMarkers("Intäkter              7 310 000 kr⁷")).toBe("Intäkter              7 310 000 kr");
    expect(stripFootnoteMarkers("Praktik                        14⁹")).toBe("Praktik                        14");
  });

  it("must not drop a note's own marker at the start of its line, nor touch ordinary digits", () => {
    expect(stripFootnoteMarkers("² Varav 8 personer i två insatser.")).toBe("² Varav 8 personer i två insatser.");
    expect(stripFootnoteMarkers("Deltagare 2024: 142 personer")).toBe("Deltagare 2024: 142 personer");
    // A superscript inside a word is no footnote marker of a number.
    expect(stripFootnoteMarkers("lokal 40 m²a")).toBe("lokal 40 m²a");
  });

  it("is applied once to the reading text, so a superscript is never read as a digit", () => {
    expect(readingText(["Vi hade 142¹ deltagare."]).lines).toEqual(["Vi hade 142 deltagare."]);
  });
});

describe("words that say a table covers all interventions", () => {
  it("reads 'förbundets individinsatser' as all of the federation's interventions", () => {
    expect(namesAllInterventions("deltog 90 personer i förbundets individinsatser")).toBe(true);
    expect(namesAllInterventions("i samtliga arbetsmarknadsinsatser")).toBe(true);
  });

  it("must not read one body's or one intervention's insatser as the federation's", () => {
    expect(namesAllInterventions("kommunens egna arbetsmarknadsinsatser")).toBe(false);
    expect(namesAllInterventions("deltagare i insatsen Stegvis")).toBe(false);
  });
});

describe("a citation's marker in brackets", () => {
  it("is dropped where it is glued to a number, a word or a stop", () => {
    expect(stripFootnoteMarkers("Under 2025 deltog 187[5] personer i insatserna.[5][12]")).toBe(
      "Under 2025 deltog 187 personer i insatserna.",
    );
    expect(stripFootnoteMarkers("Vägvalet är den största insatsen.[källa behövs]")).toBe(
      "Vägvalet är den största insatsen.",
    );
  });

  it("stays where it stands apart or is no citation (must not fire)", () => {
    for (const line of ["Antal deltagare   [ 287 ]", "Se källa [1] och [2].", "Tabell[A] visar", "2025[x]"])
      expect(stripFootnoteMarkers(line)).toBe(line);
  });
});

describe("a footnote marker flattened to a plain digit after a table's cell", () => {
  const table = (note: string, row = "Summa                 88 1        40        48") => [
    "Insats                Antal   Kvinnor       Män",
    "Bryggan               51        22        29",
    row,
    "",
    note,
  ];

  it("is blanked where a note below opens on that digit (must fire)", () => {
    const out = blankFlatFootnoteMarks(table("1 Två personer finns i båda insatserna och räknas en gång."));
    expect(out?.[2]).toBe("Summa                 88          40        48");
    // "2)" after the cell, explained by "2)" opening a note
    const closed = blankFlatFootnoteMarks(
      table("2) Inklusive tre personer från ett avslutat projekt.", "Summa                 88 2)       40        48"),
    );
    expect(closed?.[2]).toBe("Summa                 88          40        48");
  });

  it("stays where no note explains it, in a row set with single spaces, or under a heading (must not fire)", () => {
    expect(blankFlatFootnoteMarks(table("Samtliga deltagare var folkbokförda i förbundets kommuner."))).toBeUndefined();
    expect(blankFlatFootnoteMarks(table("1 Två personer räknas en gång.", "Summa 88 1 40 48"))).toBeUndefined();
    // a numbered heading is no note: no full stop
    expect(blankFlatFootnoteMarks(table("1 Deltagare i förbundets insatser"))).toBeUndefined();
    // a thousands group is never a marker
    expect(
      blankFlatFootnoteMarks(
        table("1 Två personer räknas en gång.", "Summa              1 088 100        40        48"),
      ),
    ).toBeUndefined();
  });
});
