/**
 * The warehouse table `core_coverage`: which core figures (reference/coreFigures.ts) each
 * annual report gave, and on which line: read by a parser (`found`), typed by a person from the
 * cited line (`curated`), or `missing`. The Datakvalitet page reads it; `ingest` prints the
 * parsers' part in its coverage report.
 */
import { coreFigureCoverage } from "../reference/coreFigures.ts";
import type { Extraction, Fact } from "../schema/facts.ts";
import type { Registry } from "../schema/registry.ts";
import type { NameResolver } from "../reference/resolveNames.ts";

/** Rows of the warehouse table `core_coverage` for one extraction and the document's curated facts. */
export function coreCoverageRows(
  extraction: Extraction,
  registry: Registry | undefined,
  curated: readonly Fact[] = [],
  /** The load's resolver of its federation's names (coreFigureCoverage); by default one per call. */
  resolver?: NameResolver,
) {
  const parsed = coreFigureCoverage(extraction, registry, resolver);
  // Matched by figure key: the curated facts may add a year column the parsers did not find.
  const byHand = new Map(
    (curated.length === 0 ? [] : coreFigureCoverage({ ...extraction, facts: [...curated] }, registry, resolver)).map(
      (c) => [c.figure, c],
    ),
  );
  return parsed.map((c) => {
    const hand = byHand.get(c.figure);
    const status = c.status === "found" ? "found" : hand?.status === "found" ? "curated" : "missing";
    return {
      document_id: extraction.document_id,
      figure: c.figure,
      label: c.label,
      year: c.year,
      status,
      source_line: status === "curated" ? hand!.line : c.line,
    };
  });
}
