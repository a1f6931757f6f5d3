/** A caption carrying a legend of its columns' codes (made-up federation). */
import { describe, expect, it } from "vitest";
import { isFederationCaption } from "../../loaders/extract/general/sectionScope.ts";
import { parseAnnualReport } from "../../loaders/extract/templates/kalmar/parseAnnualReport.ts";
import { readingText } from "../../loaders/extract/text/readingText.ts";
import { docOf, type AnyFact } from "../helpers.ts";

const TABLE = [
  "HÅLLBY SAMORDNINGSFÖRBUND",
  "Verksamhetsberättelse 2024",
  "",
  "Deltagare per år och kön (Kv = kvinnor, Män = män)",
  "",
  "                         2024                        2023",
  "                         Kv     Män   Totalt         Kv     Män   Totalt",
  "Inskrivna                54      47      101         49      45       94",
  "Nya                      28      25       53         24      22       46",
];

describe("a caption's legend of codes", () => {
  it("names no one: the caption is still about the participants in general", () => {
    expect(isFederationCaption("Deltagare per år och kön (Kv = kvinnor, Män = män)")).toBe(true);
  });

  it("lets the year groups under it be read as the federation's", () => {
    const facts = parseAnnualReport(docOf(readingText(TABLE, 2024).lines, 2024)).facts as AnyFact[];
    const enrolled = facts.find(
      (f) => f.table === "participant_count" && f.year === 2024 && f.measure === "enrolled" && f.gender === "all",
    );
    expect(enrolled?.value).toBe(101);
  });

  it("must NOT make a caption naming an intervention the federation's", () => {
    expect(isFederationCaption("Steget (K = kvinnor, M = män)")).toBe(false);
    expect(isFederationCaption("Deltagare i Steget (K = kvinnor, M = män)")).toBe(false);
  });
});
