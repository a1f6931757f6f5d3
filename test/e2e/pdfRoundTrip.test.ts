import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parseAnnualReport } from "../../loaders/extract/templates/kalmar/parseAnnualReport.ts";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { parseMinutes } from "../../loaders/extract/minutes/parseMinutes.ts";
import { readSourceLines, splitLines } from "../../loaders/input/readSourceFile.ts";
import { docOf, factKey, reportLines, ROOT } from "../helpers.ts";
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
      const lines = await readSourceLines(file);
      expect(lines.length).toBeGreaterThan(text.length * 0.9);
      expect(expected.length).toBeGreaterThan(700);
      expect(factKeys(lines)).toEqual(expected);
    }, 60_000);
  }
});

describe("a PDF of minutes gives the same decisions as their text", () => {
  const dir = mkdtempSync(join(tmpdir(), "finsam-pdf-min-"));
  const seeds = [
    { file: "kalmar/kalmar_2024-03-08_styrelseprotokoll.txt", date: "2024-03-08", kind: "board_minutes" as const },
    { file: "kalmar/kalmar_2025-12-05_au-protokoll.txt", date: "2025-12-05", kind: "committee_minutes" as const },
    { file: "blekinge/blekinge_2025-05-05_styrelseprotokoll.txt", date: "2025-05-05", kind: "board_minutes" as const },
  ];
  for (const seed of seeds) {
    it(`reads ${seed.file} back from a PDF`, async () => {
      const text = splitLines(readFileSync(resolve(ROOT, "data/sources", seed.file), "utf8"));
      const pdfFile = join(dir, `${seed.date}.pdf`);
      writeFileSync(pdfFile, await renderTextPdf(text));
      const keysOf = (lines: string[]) =>
        parseMinutes(new DocumentText("x", lines, 2025), seed)
          .facts.filter((f) => f.table !== "attendance")
          .map(factKey)
          .sort();
      const expected = keysOf(text);
      expect(expected.length).toBeGreaterThan(20);
      expect(keysOf(await readSourceLines(pdfFile))).toEqual(expected);
    }, 60_000);
  }
});
