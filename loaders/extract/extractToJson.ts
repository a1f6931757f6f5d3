/** One document's extraction as the JSON written to data/extracted/: the same bytes inline or in a worker. */
import type { ManifestEntry } from "../schema/manifest.ts";
import type { FederationFacts } from "../schema/registry.ts";
import { sealedRowsFile, sha256Hex } from "../schema/extractionRows.ts";
import { extractDocument, type SourceRead } from "./extractDocument.ts";

/** Stable JSON: two-space indent, keys in schema order, a final newline (diff-friendly). */
export function stableJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * A document's two files as the bytes written (UTF-8): encoded once, where they are made. Hashing
 * the JSON text for the row file's seal encoded it too, and a worker's answer of two strings was
 * copied to the main thread and encoded again there; bytes are hashed as they are and handed over
 * without a copy (`extractWorker.ts` transfers them).
 */
export interface ExtractedJson {
  json: Uint8Array<ArrayBuffer>;
  /** The row file written beside the JSON, for the load (schema/extractionRows.ts). */
  rows: Uint8Array<ArrayBuffer>;
  /** The JSON's SHA-256 and that of the row file's sealed part, for the extraction's record (input/hashRecord.ts). */
  jsonSha256: string;
  rowsSha256: string;
  /** The source file as read (its stamp, hash and verbatim lines), for the same record. */
  source: SourceRead;
  facts: number;
  findings: number;
}

const utf8 = new TextEncoder();

export async function extractToJson(
  sourcesDir: string,
  entry: ManifestEntry,
  federation?: FederationFacts,
): Promise<ExtractedJson> {
  const { extraction, source } = await extractDocument(sourcesDir, entry, federation);
  const json = utf8.encode(stableJson(extraction));
  const jsonSha256 = sha256Hex(json);
  const rows = sealedRowsFile(extraction, jsonSha256);
  return {
    json,
    rows: rows.bytes,
    jsonSha256,
    rowsSha256: rows.rowsSha256,
    source,
    facts: extraction.facts.length,
    findings: extraction.findings.length,
  };
}
