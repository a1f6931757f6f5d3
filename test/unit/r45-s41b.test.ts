import { describe, expect, it } from "vitest";
import { gutterBlocks } from "../../loaders/extract/text/pageGutter.ts";
import { readingOrder } from "../../loaders/extract/text/twoColumns.ts";

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
