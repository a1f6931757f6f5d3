/** A report published with its template's residue: instruction lines and unfilled merge fields are blank. */
import { describe, expect, it } from "vitest";
import { withoutTemplateResidue } from "../../loaders/extract/text/templateResidue.ts";

describe("withoutTemplateResidue", () => {
  it("blanks a template's instruction and help lines with their example values, also over two lines", () => {
    const out = withoutTemplateResidue([
      "[Instruktion: Ange antal unika deltagare. Exempel: 120.]",
      "Under året deltog 164 personer.",
      "[Hjälptext: Andel = arbete och studier / avslutade. Exempel: 35 av",
      "100 = 35 %.] Andelen blev 31 %.",
    ])!;
    expect(out[0]).toBe("");
    expect(out[1]).toBe("Under året deltog 164 personer.");
    expect(out[2]).toBe("");
    expect(out[3]!.trim()).toBe("Andelen blev 31 %.");
    expect(out[3]!.length).toBe("100 = 35 %.] Andelen blev 31 %.".length);
  });

  it("blanks unfilled merge fields in place, and a label whose value was never filled in", () => {
    const out = withoutTemplateResidue([
      "6. Medlemsavgifter «År»",
      "Antal nya deltagare: «Antal_nya»",
      "Budgeterat resultat: {{Budget}} kr",
      "Antal konsultationer: [ej ifyllt]",
      "Staten: 3 680 000 kr",
    ])!;
    expect(out[0]!.trimEnd()).toBe("6. Medlemsavgifter");
    expect(out.slice(1, 4)).toEqual(["", "", ""]);
    expect(out[4]).toBe("Staten: 3 680 000 kr");
  });

  it("closes a note at its own bracket, with brackets inside it", () => {
    const out = withoutTemplateResidue([
      "[Hjälptext: Skriv antal till arbete [st]. Exempel: 35 deltagare gick till arbete.]",
      "Till arbete gick 22 deltagare.",
    ])!;
    expect(out[0]).toBe("");
    expect(out[1]).toBe("Till arbete gick 22 deltagare.");
  });

  it("leaves a note that never closes, and the lines after it, as written", () => {
    const lines = ["[Exempel: se bilaga 3", "Under 2025 deltog 231 personer.", "Intäkter 6 215 000 kr"];
    expect(withoutTemplateResidue(lines)).toBeUndefined();
  });

  it("leaves a quotation in guillemets and a site's shortcode as written", () => {
    expect(
      withoutTemplateResidue([
        "« Föregående 1 2 3 Nästa »",
        '{{< siffra varde="118" etikett="nya" >}}',
        "Boken «Samverkan i praktiken» kom ut 2024.",
      ]),
    ).toBeUndefined();
  });

  it("leaves brackets that are no template's, and documents without residue, as written", () => {
    expect(
      withoutTemplateResidue([
        "Förbundet bildades 2009.[1]",
        "Historia [redigera]",
        "[Bild 3] Deltagare 2025: 231",
        "Läs mer i [årsredovisningen](https://lindo.example/ar.pdf).",
      ]),
    ).toBeUndefined();
    expect(withoutTemplateResidue(["Deltagare 2025: 231"])).toBeUndefined();
  });
});
