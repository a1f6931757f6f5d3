import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseAnnualReport } from "../../loaders/extract/annual-report/parseAnnualReport.ts";
import { readDocumentLines } from "../../loaders/extract/text/readDocumentText.ts";
import { docOf, factKey, reportLines } from "../helpers.ts";
import { renderTextPdf } from "../support/renderTextPdf.ts";

/** Facts as a sorted list of keys without line numbers, so duplicates still count. */
const factKeys = (lines: string[]) => parseAnnualReport(docOf(lines)).facts.map(factKey).sort();

describe("a PDF of the report gives the same facts as its text", () => {
  const text = reportLines();
  const expected = factKeys(text);
  const dir = mkdtempSync(join(tmpdir(), "finsam-pdf-"));

  for (const layout of [
    { name: "9 pt, 70 lines a page", fontSize: 9, lineHeight: 11, linesPerPage: 70 },
    { name: "11 pt, 48 lines a page", fontSize: 11, lineHeight: 14, linesPerPage: 48 },
  ]) {
    it(`reads every fact back from a ${layout.name} rendering`, async () => {
      const file = join(dir, `report-${layout.fontSize}.pdf`);
      writeFileSync(file, await renderTextPdf(text, layout));
      const lines = await readDocumentLines(file);
      expect(lines.length).toBeGreaterThan(text.length * 0.9);
      expect(expected.length).toBeGreaterThan(700);
      expect(factKeys(lines)).toEqual(expected);
    }, 60_000);
  }
});
