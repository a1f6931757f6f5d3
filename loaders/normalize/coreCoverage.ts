/**
 * The warehouse table `core_coverage`: which core figures (reference/coreFigures.ts) each
 * annual report's extraction found, and on which line. The Datakvalitet page reads it; `ingest`
 * prints the same figures in its coverage report.
 */
import { coreFigureCoverage } from "../reference/coreFigures.ts";
import type { Extraction } from "../schema/facts.ts";
import type { Registry } from "../schema/registry.ts";

/** Rows of the warehouse table `core_coverage` for one extraction. */
export function coreCoverageRows(extraction: Extraction, registry: Registry | undefined) {
  return coreFigureCoverage(extraction, registry).map((c) => ({
    document_id: extraction.document_id,
    figure: c.figure,
    label: c.label,
    year: c.year,
    status: c.status,
    source_line: c.line,
  }));
}
