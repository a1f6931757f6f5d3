/**
 * Every fact to load, with its document: the extractions' facts, then the curated files' (as
 * section `curated`, which precedence ranks first). A curated fact copies the text of the line
 * it cites; where the document now has other text there (replaced?), a
 * `curated.text_mismatch` finding says so and the curated value is still kept. Pure: no I/O.
 */
import type { CuratedFact, Extraction } from "../schema/facts.ts";
import { documentIdFor, type ManifestEntry } from "../schema/manifest.ts";
import { curatedTextMatches } from "./curatedText.ts";
import { valueOnLine } from "../extract/lineValues.ts";
import type { SourcedFact } from "./factMappers.ts";
import type { DocumentLines } from "../input/documentLines.ts";
import { qualityRow, type QualityRow } from "./qualityRow.ts";

export function collectFacts(
  manifest: readonly ManifestEntry[],
  extractions: readonly Extraction[],
  curated: readonly CuratedFact[],
  lines: DocumentLines,
): { facts: SourcedFact[]; mismatches: QualityRow[] } {
  const docById = new Map(manifest.map((m) => [documentIdFor(m), m]));
  const documentOf = (id: string) => {
    const doc = docById.get(id);
    // The loader reads extractions and curated files only for documents in the manifest.
    if (!doc) throw new Error(`facts for document ${id}, which is not in the manifest`);
    return doc;
  };
  const facts: SourcedFact[] = [];
  for (const e of extractions) {
    const document = documentOf(e.document_id);
    for (const fact of e.facts)
      facts.push({ fact, documentId: e.document_id, federationId: e.federation_id, document });
  }
  const mismatches: QualityRow[] = [];
  for (const c of curated) {
    const document = documentOf(c.documentId);
    const federationId = document.federation_id;
    facts.push({
      fact: { ...c.fact, section: "curated" },
      documentId: c.documentId,
      federationId,
      document,
      curatedFile: c.file,
      curationReason: c.reason,
    });
    const now = lines.get(c.documentId)?.[c.fact.line - 1];
    if (now !== undefined && !curatedTextMatches(c.fact.text, now))
      mismatches.push(
        qualityRow({
          check_id: "curated.text_mismatch",
          subject: `curated:${c.file}:${c.fact.table}:${c.fact.line}`,
          document_id: c.documentId,
          source_line: c.fact.line,
          severity: "warning",
          federation_id: federationId,
          year: "year" in c.fact ? (c.fact.year ?? null) : null,
          value: c.fact.text,
          other_value: now.trim(),
          message: `curated fact (${c.fact.table}) in ${c.file} cites line ${c.fact.line} as "${c.fact.text}", but the document has "${now.trim()}" there (replaced?); the curated value is kept, check it`,
        }),
      );
    const cited = curatedValue(c.fact);
    if (cited && !valueOnLine(cited, now ?? c.fact.text))
      mismatches.push(
        qualityRow({
          check_id: "curated.value_not_on_line",
          subject: `curated:${c.file}:${c.fact.table}:${c.fact.line}`,
          document_id: c.documentId,
          source_line: c.fact.line,
          severity: "warning",
          federation_id: federationId,
          year: "year" in c.fact ? (c.fact.year ?? null) : null,
          value: String(cited.value),
          other_value: (now ?? c.fact.text).trim(),
          message: `curated fact (${c.fact.table}) in ${c.file} gives ${cited.value}${cited.money ? " kr" : ""}, a number line ${c.fact.line} does not hold ("${(now ?? c.fact.text).trim()}"); the curated value is kept, check it`,
        }),
      );
  }
  return { facts, mismatches };
}

/** The number a curated fact says it read off its line: a count, a percentage, or money in kronor. */
function curatedValue(fact: CuratedFact["fact"]): { money: boolean; value: number } | null {
  switch (fact.table) {
    case "participant_count":
    case "participant_breakdown":
      return { money: false, value: fact.value };
    case "indicator":
      return fact.value === null ? null : { money: false, value: fact.value };
    case "finance":
      if (fact.amount_sek !== null) return { money: true, value: fact.amount_sek };
      return fact.value === null ? null : { money: false, value: fact.value };
    case "member_contribution":
      return { money: true, value: fact.amount_sek };
    default:
      return null;
  }
}
