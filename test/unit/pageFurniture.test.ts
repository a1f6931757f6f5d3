import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { pageFurniture as furnitureOf } from "../../loaders/extract/general/pageFurniture.ts";

const lines = (text: string) => text.split("\n");
const pageFurniture = (l: readonly string[]) => furnitureOf(new DocumentText("x/2024-annual-report", l, 2024));

describe("page furniture", () => {
  it("finds a table of contents with and without dot leaders", () => {
    const doc = lines(
      [
        "Årsredovisning 2024",
        "Innehåll",
        "Förvaltningsberättelse 3",
        "4.2 Resultaträkning 14",
        "Balansräkning ................ 15",
        "",
        "Förvaltningsberättelse",
        "Under året deltog 118 personer.",
        "Nya deltagare var 40 och avslutade 46.",
      ].join("\n"),
    );
    const f = pageFurniture(doc);
    expect([...f.contents]).toEqual([3, 4, 5]);
  });

  it("finds page numbers alone on a line", () => {
    const f = pageFurniture(["12", "Sida 3 av 20", "3 (20)", "Verksamhetens intäkter 6 520 6 295"]);
    expect([...f.furniture]).toEqual([1, 2, 3]);
  });

  it("does not take figures in running text or a table row for furniture", () => {
    const doc = [
      "Innehåll",
      "Förvaltningsberättelse 3",
      "Verksamheten i korthet",
      "Under året deltog 118 personer, varav 71 kvinnor.",
      "Verksamhetens intäkter 6 520 6 295",
      "Nyinskrivna 97 121 110",
      "Deltagare 118",
    ];
    const f = pageFurniture(doc);
    // The contents end after two lines that are no entry; the later "Deltagare 118" is a figure.
    expect([...f.contents]).toEqual([2]);
    expect(f.furniture.size).toBe(0);
  });

  it("finds a table of contents exported with each page number on a line of its own", () => {
    const f = pageFurniture([
      "Innehåll",
      "Förvaltningsberättelse",
      "3",
      "Balansräkning",
      "7",
      "",
      "Förvaltningsberättelse",
      "Under året deltog 118 personer.",
      "Deltagare",
      "118",
    ]);
    expect([...f.contents]).toEqual([2, 3, 4, 5]);
  });

  it("does not take a label with its value under it for contents outside the contents block (must not fire)", () => {
    const f = pageFurniture(["Innehåll", "Förvaltningsberättelse 3", "Året i korthet", "Deltagare", "118"]);
    expect([...f.contents]).toEqual([2]);
  });

  it("takes a footer repeated on every page for furniture, never a sentence's last words repeated", () => {
    const page = (n: number, last: string) => [
      `Under året hade insats ${n} fler deltagare än väntat och resultatet blev ett överskott på ${n}0 000`,
      last,
      "Tallmo – org.nr 222000-1111",
    ];
    const doc = [...page(1, "kronor."), ...page(2, "kronor."), ...page(3, "kronor.")];
    const f = pageFurniture(doc);
    // Must fire: the footer on every page.
    expect([...f.furniture]).toEqual([3, 6, 9]);
    // Must not fire: "kronor." closes three paragraphs' sentences, no running header.
    expect([2, 5, 8].some((n) => f.furniture.has(n))).toBe(false);
  });
});
