/**
 * The parsers' own findings (what a parser could not read, or inferred) as data_quality rows,
 * dated to the year their document reports. Pure: no I/O.
 */
import type { Extraction } from "../schema/facts.ts";
import { qualityRow, type QualityRow } from "./qualityRow.ts";

export function parserFindingRows(extractions: readonly Extraction[]): QualityRow[] {
  return extractions.flatMap((e) =>
    e.findings.map((f) =>
      qualityRow({
        check_id: f.check_id,
        subject: f.subject,
        document_id: e.document_id,
        source_line: f.line,
        severity: f.severity,
        federation_id: e.federation_id,
        year: e.period_year,
        value: f.value,
        other_value: f.other_value,
        // A parser's finding stays within its document: the other value, if any, is on another line of it.
        other_document_id: f.other_line ? e.document_id : null,
        other_source_line: f.other_line,
        message: f.message,
      }),
    ),
  );
}
