/** A key-figure table whose rows are grouped under topics' titles (made-up federation). */
import { describe, expect, it } from "vitest";
import { parseAnnualReport } from "../../loaders/extract/templates/kalmar/parseAnnualReport.ts";
import { readingText } from "../../loaders/extract/text/readingText.ts";
import { blankAnnotationColumns } from "../../loaders/extract/text/annotationColumns.ts";
import { docOf, type AnyFact } from "../helpers.ts";

const TABLE = [
  "SAMORDNINGSFÖRBUNDET LIDHAMN",
  "Nyckeltal för verksamhetsåret 2024",
  "",
  "                                        2024       2023    Länssnitt",
  "Deltagare",
  "  Inskrivna deltagare                    187        171          143",
  "  Nya deltagare                           92         88           70",
  "",
  "Ekonomi (tkr)",
  "  Verksamhetens intäkter               8 120      7 960            –",
  "  Verksamhetens kostnader              8 305      7 744            –",
  "  Årets resultat                        -176        221            –",
];
const facts = (lines: string[]) => parseAnnualReport(docOf(readingText(lines, 2024).lines, 2024)).facts as AnyFact[];

describe("a topic's title between a key-figure table's rows", () => {
  it("goes on with the table's columns under it, its unit the rows'", () => {
    const f = facts(TABLE);
    const result = f.find((x) => x.table === "finance" && x.item === "result" && x.year === 2024);
    expect(result?.amount_sek).toBe(-176_000);
    const enrolled = f.find((x) => x.table === "participant_count" && x.year === 2024 && x.measure === "enrolled");
    expect(enrolled?.value).toBe(187);
  });

  it("has the comparison column blanked past the blank line before it", () => {
    const out = blankAnnotationColumns(TABLE)!;
    expect(out[9]).toBe("  Verksamhetens intäkter               8 120      7 960");
  });
});

describe("a title between a table's rows must NOT", () => {
  it("carry the table on under a name (an intervention's rows are its own)", () => {
    const named = TABLE.map((l) => (l === "Ekonomi (tkr)" ? "Steget" : l)).map((l) =>
      l.replace("Verksamhetens intäkter  ", "Inskrivna deltagare     "),
    );
    const f = facts(named);
    expect(f.filter((x) => x.table === "participant_count" && x.value === 8120)).toEqual([]);
    expect(blankAnnotationColumns(named)![9]).toBe(named[9]);
  });

  it("carry the comparison's blanking into a table with a header of its own", () => {
    const own = [
      ...TABLE.slice(0, 8),
      "Ekonomi",
      "                                 Utfall 2024  Utfall 2023  Utfall 2022",
      "  Intäkter                             8 120        7 960        7 700",
    ];
    const out = blankAnnotationColumns(own)!;
    expect(out[9]).toBe(own[9]);
    expect(out[10]).toBe(own[10]);
  });
});
