/**
 * The documents' rows: each document as the manifest lists it, what the parsers looked for in
 * it (coverage) and which core figures it gave (core_coverage). Pure: no I/O. Every line of
 * its text (document_line) goes from the loaded lines straight to the warehouse
 * (warehouse/documentLineSpool.ts), never as millions of row objects at once.
 */
import type { CuratedFact, Extraction, Fact } from "../schema/facts.ts";
import { documentIdFor, textSourceOf, type ManifestEntry } from "../schema/manifest.ts";
import type { RowOf } from "../schema/tables.ts";
import type { NameResolver } from "../reference/resolveNames.ts";
import { coreCoverageRows } from "./coreCoverage.ts";

export interface DocumentRows {
  document: RowOf<"document">[];
  coverage: RowOf<"coverage">[];
  core_coverage: RowOf<"core_coverage">[];
}

export function documentRows(
  manifest: readonly ManifestEntry[],
  extractions: readonly Extraction[],
  resolver: NameResolver,
  curated: readonly CuratedFact[] = [],
): DocumentRows {
  const document = manifest.map((m): RowOf<"document"> => ({
    document_id: documentIdFor(m),
    federation_id: m.federation_id,
    kind: m.kind,
    date: m.date,
    period_year: m.period_year,
    title: m.title,
    source_file: m.file,
    sha256: m.sha256,
    text_source: textSourceOf(m),
  }));
  const coverage: RowOf<"coverage">[] = [];
  const core_coverage: RowOf<"core_coverage">[] = [];
  // Curated facts by document, built once: the loop below stays linear in the number of documents.
  const curatedByDocument = new Map<string, Fact[]>();
  for (const c of curated) {
    const list = curatedByDocument.get(c.documentId);
    if (list) list.push(c.fact);
    else curatedByDocument.set(c.documentId, [c.fact]);
  }
  for (const e of extractions) {
    for (const c of e.coverage)
      coverage.push({
        document_id: e.document_id,
        section: c.section,
        status: c.status,
        source_line: c.line,
        facts: c.facts,
        note: c.note,
      });
    for (const r of coreCoverageRows(
      e,
      resolver.registry(e.federation_id),
      curatedByDocument.get(e.document_id),
      resolver,
    ))
      core_coverage.push(r);
  }
  return { document, coverage, core_coverage };
}
