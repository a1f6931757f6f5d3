/** One document's extraction as the JSON written to data/extracted/: the same bytes inline or in a worker. */
import type { ManifestEntry } from "../schema/manifest.ts";
import { rowsFileText } from "../schema/extractionRows.ts";
import { extractDocument } from "./extractDocument.ts";

/** Stable JSON: two-space indent, keys in schema order, a final newline (diff-friendly). */
export function stableJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export interface ExtractedJson {
  json: string;
  /** The row file written beside the JSON, for the load (schema/extractionRows.ts). */
  rows: string;
  facts: number;
  findings: number;
}

export async function extractToJson(sourcesDir: string, entry: ManifestEntry): Promise<ExtractedJson> {
  const { extraction } = await extractDocument(sourcesDir, entry);
  const json = stableJson(extraction);
  return {
    json,
    rows: rowsFileText(extraction, json),
    facts: extraction.facts.length,
    findings: extraction.findings.length,
  };
}
