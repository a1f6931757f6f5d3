/**
 * A document-sharing site's list of other documents ("Relevanta dokument") blanked for the readers
 * (`text/relatedDocuments.ts`). Made-up federations and figures.
 */
import { describe, expect, it } from "vitest";
import { withoutRelatedDocuments } from "../../loaders/extract/text/relatedDocuments.ts";
import { countsOf, extractReport } from "../support/reportFacts.ts";

const PAGE =
  "Under 2024 har 164 personer deltagit i förbundets insatser och 58 av dem har avslutat sin insats under året som gått.";

describe("a sharing site's related documents", () => {
  it("are blank to the end of the document after the site's transcript", () => {
    const lines = [
      "Transkript",
      "",
      `1 DELTAGARE ${PAGE}`,
      "",
      "Relevanta dokument",
      "Årsredovisning 2023 Samordningsförbundet Tallå",
      "Under året deltog 131 personer.",
    ];
    const out = withoutRelatedDocuments(lines)!;
    expect(out.slice(0, 4)).toEqual(lines.slice(0, 4));
    expect(out.slice(4).every((l) => l === "")).toBe(true);
  });

  it("are blank from under the title to the text's first page when the light page shows them first", () => {
    const lines = [
      "Verksamhetsberättelse 2024 Samordningsförbundet Tallå",
      "",
      "Relevanta dokument",
      "Samordningsförbundet Grenby Verksamhetsberättelse 2024",
      "Under året deltog 402 personer.",
      "",
      "Verksamhetsberättelse 2024 Samordningsförbundet Tallå 1",
      `Deltagare ${PAGE} 2`,
    ];
    const out = withoutRelatedDocuments(lines)!;
    expect(out.slice(2, 6).every((l) => l === "")).toBe(true);
    expect(out.slice(6)).toEqual(lines.slice(6));
    const counts = countsOf(extractReport(lines, "talla", 2024));
    expect(counts).not.toContain("förbundet:enrolled/all=402");
  });

  it("stay in a report whose own heading lists relevant documents, with no site's words (must not fire)", () => {
    const lines = [
      "Verksamhetsplan 2025",
      "",
      "Inledning",
      "Planen bygger på förbundsordningen.",
      "",
      "Relevanta dokument",
      "Förbundsordning 2019",
      "Budget 2025",
    ];
    expect(withoutRelatedDocuments(lines)).toBeUndefined();
    expect(withoutRelatedDocuments(["Årsredovisning 2024", PAGE])).toBeUndefined();
  });
});
