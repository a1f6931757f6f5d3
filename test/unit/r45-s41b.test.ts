import { describe, expect, it } from "vitest";
import { gutterBlocks } from "../../loaders/extract/text/pageGutter.ts";
import { readingOrder } from "../../loaders/extract/text/twoColumns.ts";
import { extractFromLines } from "../../loaders/extract/extractDocument.ts";
import type { ManifestEntry } from "../../loaders/schema/manifest.ts";
import type { AnyFact } from "../helpers.ts";

/** Two made-up page columns, the right one starting at character 44 on every line. */
function page(rows: [string, string][]): string[] {
  return rows.map(([l, r]) => (r === "" ? l : l.padEnd(44) + r));
}

const TWO_COLUMN_PAGE = page([
  ["LÄGET I FÖRBUNDET", "PENGAR"],
  ["Lindvikens förbund samlar två", "Intäkterna under 2025 var"],
  ["kommuner, en region och staten", "till 3 210 000 kr, och"],
  ["som tillsammans driver", "kostnaderna stannade på"],
  ["insatser för personer i behov.", "3 150 500 kr."],
  ["", ""],
  ["DELTAGARE", "BIDRAG"],
  ["Förbundet hade 143 deltagare", "Staten             1 600 000 kr"],
  ["under året, varav 80 kvinnor", "Regionen             800 000 kr"],
  ["och 63 män.", "Lindviken            800 000 kr"],
  ["  Arbete               12", "Summa              3 200 000 kr"],
  ["  Studier               7", ""],
]);

describe("a page in two columns at a wide gutter (pageGutter)", () => {
  it("reads the left column, then the right, short lines and little tables too", () => {
    expect(gutterBlocks(TWO_COLUMN_PAGE)).toEqual([{ first: 0, last: 11, x: 44 }]);
    const order = readingOrder(TWO_COLUMN_PAGE)!;
    const text = order.lines.join("\n");
    expect(text).toContain("Förbundet hade 143 deltagare\nunder året, varav 80 kvinnor\noch 63 män.");
    expect(text).toContain("Intäkterna under 2025 var\ntill 3 210 000 kr, och");
    expect(text.indexOf("  Studier               7")).toBeLessThan(text.indexOf("PENGAR"));
    expect(order.lines).toContain("Staten             1 600 000 kr");
    // Each line still cites the document's line it came from.
    expect(order.origin[order.lines.indexOf("Staten             1 600 000 kr")]).toBe(8);
  });

  it("leaves a table of labels and figures alone: no sentence goes on in its columns", () => {
    const table = [
      "Nyckeltal                         2025          2024",
      "Inskrivna deltagare               143           131",
      "  varav kvinnor                    80            70",
      "  varav män                        63            61",
      "Nya under året                     71            66",
      "Avslutade under året               64            59",
      "Verksamhetens intäkter      3 210 000     3 050 000",
      "Verksamhetens kostnader     3 150 500     3 120 000",
    ];
    expect(gutterBlocks(table)).toEqual([]);
  });

  it("leaves a list of roles and names alone: every line starts afresh", () => {
    const roster = page([
      ["Ordförande", "Maja Lind, Lindvikens kommun"],
      ["Vice ordförande", "Olle Berg, Region Sörmark"],
      ["Ledamot", "Kim Ås, Försäkringskassan"],
      ["Ledamot", "Eva Stam, Arbetsförmedlingen"],
      ["Ersättare för kommunen", "Per Holm, Lindvikens kommun"],
      ["Ersättare för regionen", "Ann Moe, Region Sörmark"],
      ["Förbundschef", "Lena Kvist"],
    ]);
    expect(gutterBlocks(roster)).toEqual([]);
  });

  it("leaves a page whose one line crosses the gutter as it was around that line", () => {
    const crossed = [
      ...TWO_COLUMN_PAGE.slice(0, 6),
      "En rad som löper tvärs över hela sidan och korsar mittfältet helt.",
      ...TWO_COLUMN_PAGE.slice(6),
    ];
    // The upper part alone is too short to prove a gutter, the lower part holds no sentence in its right column.
    expect(gutterBlocks(crossed)).toEqual([]);
  });
});

const entry: ManifestEntry = {
  federation_id: "lindviken",
  kind: "annual_report",
  date: "2026-02-20",
  period_year: 2025,
  title: "Verksamhetsberättelse 2025",
  file: "lindviken/vb-2025.txt",
  sha256: "0".repeat(64),
};
const federationCounts = (lines: string[]) =>
  (extractFromLines(entry, lines, entry.sha256).facts as AnyFact[])
    .filter((f) => f.table === "participant_count" && f.intervention === null)
    .map((f) => `${f.measure}/${f.gender}=${f.value}`);

describe("a count after 'I <place>' and its verb (figureGrammar placeBeforeVerb)", () => {
  it("is the place's, not the federation's, though the clause names the federation's work", () => {
    const lines = [
      "Verksamhetsberättelse 2025",
      "",
      "Tallby kommun",
      "I Tallby deltog 61 personer i förbundets insatser under 2025, 33 kvinnor och 28 män.",
      "",
      "Sammanfattning",
      "Sammantaget deltog 140 personer i förbundets insatser under 2025, 75 kvinnor och 65 män.",
    ];
    expect(federationCounts(lines).sort()).toEqual(["enrolled/all=140", "enrolled/man=65", "enrolled/woman=75"]);
  });

  it("leaves 'I år deltog …' the federation's: a lower-case word after 'I' is no place", () => {
    const lines = [
      "Verksamhetsberättelse 2025",
      "",
      "Deltagare",
      "I år deltog 140 personer i förbundets insatser, 75 kvinnor och 65 män.",
    ];
    expect(federationCounts(lines).sort()).toEqual(["enrolled/all=140", "enrolled/man=65", "enrolled/woman=75"]);
  });
});
