/**
 * The documents' rows: each document as the manifest lists it, every line of its text, and
 * what the parsers looked for in it (coverage) and which core figures it gave (core_coverage).
 * Pure: no I/O.
 */
import { coreCoverageRows } from "../ingest/coverageReport.ts";
import type { Extraction } from "../schema/facts.ts";
import { documentIdFor, textSourceOf, type ManifestEntry } from "../schema/manifest.ts";
import type { RowOf } from "../warehouse/tables.ts";
import type { NameResolver } from "./resolveNames.ts";

export interface DocumentRows {
  document: RowOf<"document">[];
  document_line: RowOf<"document_line">[];
  coverage: RowOf<"coverage">[];
  core_coverage: RowOf<"core_coverage">[];
}

export function documentRows(
  manifest: readonly ManifestEntry[],
  lines: ReadonlyMap<string, readonly string[]>,
  extractions: readonly Extraction[],
  resolver: NameResolver,
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
  const document_line: RowOf<"document_line">[] = [];
  // Code-unit order, the warehouse's key order, so the loader need not sort millions of lines again.
  for (const [documentId, text] of [...lines].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    // A blank line is NULL, not "": in the CSV files an empty field is NULL (see loaders/export/emptyStrings.ts).
    text.forEach((t, i) => document_line.push({ document_id: documentId, line: i + 1, text: t === "" ? null : t }));
  const coverage: RowOf<"coverage">[] = [];
  const core_coverage: RowOf<"core_coverage">[] = [];
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
    for (const r of coreCoverageRows(e, resolver.registry(e.federation_id))) core_coverage.push(r);
  }
  return { document, document_line, coverage, core_coverage };
}
