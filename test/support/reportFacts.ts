/**
 * A whole annual report read from lines, and its participant facts as short strings
 * ("förbundet:enrolled/all=120", "Steget:work=9"): shared by the tests of the held-out sets' shapes.
 */
import { extractFromLines } from "../../loaders/extract/extractDocument.ts";
import { parseAnnualReport } from "../../loaders/extract/templates/kalmar/parseAnnualReport.ts";
import type { ManifestEntry } from "../../loaders/schema/manifest.ts";
import { docOf, type AnyFact } from "../helpers.ts";

export const readReport = (lines: string[], year = 2024) => parseAnnualReport(docOf(lines, year)).facts as AnyFact[];

/** A whole annual report through the whole extraction (reading text, every reader, the gates), as ingest runs it. */
export function extractReport(lines: string[], federation = "ravik", year = 2024): AnyFact[] {
  const entry: ManifestEntry = {
    federation_id: federation,
    kind: "annual_report",
    date: `${year + 1}-03-10`,
    period_year: year,
    title: `Årsredovisning ${year}`,
    file: `${federation}/arsredovisning-${year}.txt`,
    sha256: "0".repeat(64),
  };
  return extractFromLines(entry, lines, "0".repeat(64)).facts as AnyFact[];
}

/** Participant counts, the federation's written "förbundet". */
export const countsOf = (facts: AnyFact[]) =>
  facts
    .filter((f) => f.table === "participant_count")
    .map((f) => `${f.intervention ?? "förbundet"}:${f.measure}/${f.gender}=${f.value}`);

/** Exit destinations, the federation's written "förbundet". */
export const exitsOf = (facts: AnyFact[]) =>
  facts
    .filter((f) => f.table === "participant_breakdown")
    .map((f) => `${f.intervention ?? "förbundet"}:${f.category}=${f.value}`);
