/**
 * A report in another federation's layout is judged by what the general readers look for, not by
 * the Kalmar template's sections: no "Fel" for the template's notes, table 1 or appendices.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { parseAnnualReport } from "../../loaders/extract/templates/kalmar/parseAnnualReport.ts";
import { splitLines } from "../../loaders/input/readSourceFile.ts";
import { ROOT } from "../helpers.ts";

const report = (text: string) => parseAnnualReport(new DocumentText("x/2024-annual-report", splitLines(text), 2024));
const fixture = () => readFileSync(resolve(ROOT, "test/fixtures/review/arsredovisning-2024.txt"), "utf8");
const missingSections = (out: ReturnType<typeof report>) =>
  out.findings.filter((f) => f.check_id === "document.section_missing").map((f) => f.subject);

describe("coverage of a report outside the Kalmar template", () => {
  it("expects only the statements every report has, and lists none of the template's sections as missing", () => {
    const out = report(fixture());
    expect(missingSections(out)).toEqual([]);
    expect(out.coverage.filter((c) => c.status === "missing" && !c.section.startsWith("general:"))).toEqual([]);
    expect(out.coverage.map((c) => c.section)).toContain("general:income_statement");
  });

  it("still reports a missing income statement and balance sheet (a truncated report)", () => {
    const truncated = fixture().split("\n").slice(0, 13).join("\n");
    expect(missingSections(report(truncated))).toEqual(["coverage:income_statement", "coverage:balance_sheet"]);
  });

  it("keeps expecting the template's sections in a report that uses the template", () => {
    const kalmar = readFileSync(resolve(ROOT, "data/sources/kalmar/kalmar_2024_arsredovisning.txt"), "utf8");
    // Without its notes the Kalmar report is missing them: the template was recognised by its table 1 and appendices.
    expect(missingSections(report(kalmar))).toEqual([]);
    const withoutNotes = kalmar.replace(/^\s*Not 1\./m, "Notering ett.").replace(/^\s*Not 2\./m, "Notering två.");
    expect(missingSections(report(withoutNotes))).toEqual(["coverage:note_1", "coverage:note_2"]);
  });
});
