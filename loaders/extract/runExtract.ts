/** Extract every document of the manifest and write data/extracted/<federation>/<doc>.json. */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, relative } from "node:path";
import type { Paths } from "../config/paths.ts";
import { documentIdFor } from "../schema/manifest.ts";
import { extractDocument } from "./extractDocument.ts";
import { extractedPath } from "../input/readEntryText.ts";
import { readManifest } from "../input/readManifest.ts";

export interface ExtractSummary {
  documentId: string;
  file: string;
  facts: number;
  findings: number;
  error?: string;
}

/** Stable JSON: two-space indent, keys in schema order, a final newline (diff-friendly). */
export function stableJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export async function runExtract(
  paths: Paths,
  only?: string,
  progress: (m: string) => void = () => {},
): Promise<ExtractSummary[]> {
  const manifest = await readManifest(paths);
  const selected = manifest.filter((e) => !only || documentIdFor(e) === only || e.federation_id === only);
  if (only && selected.length === 0)
    throw new Error(`no document or federation "${only}" in data/sources/manifest.yaml`);
  const out: ExtractSummary[] = [];
  for (const [i, entry] of selected.entries()) {
    const id = documentIdFor(entry);
    progress(`[${i + 1}/${selected.length}] ${id}`);
    const file = extractedPath(paths.extracted, id);
    try {
      const { extraction } = await extractDocument(paths.sources, entry);
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, stableJson(extraction));
      out.push({
        documentId: id,
        file: relative(paths.root, file),
        facts: extraction.facts.length,
        findings: extraction.findings.length,
      });
    } catch (err) {
      out.push({
        documentId: id,
        file: relative(paths.root, file),
        facts: 0,
        findings: 0,
        error: (err as Error).message,
      });
    }
  }
  return out;
}
