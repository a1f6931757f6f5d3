/** data/sources/manifest.yaml: the documents, each with its file and sha256. */
import { relative } from "node:path";
import { documentIdFor, manifestSchema, type ManifestEntry } from "../schema/manifest.ts";
import type { Paths } from "../config/paths.ts";
import { InputError, readYaml } from "./readYaml.ts";

export interface ManifestFile {
  documents: ManifestEntry[];
  /** Where an entry is, for messages: `documents.3 (line 30)`. */
  placeOf: (index: number) => string;
  lineOf: (path: (string | number)[]) => number;
}

/**
 * The manifest, refused whole when two entries give the same document id: extract would write
 * both to one JSON file and load would keep one at random, so nothing is written at all.
 */
export async function readManifestFile(paths: Paths): Promise<ManifestFile> {
  // Lines are looked up only for a message: at national scale finding them cost most of the read.
  const { data, lineOf } = await readYaml(paths.manifest, manifestSchema, paths.root, { lines: "lazy" });
  const placeOf = (index: number) => `documents.${index} (line ${lineOf(["documents", index])})`;
  const firstIndex = new Map<string, number>();
  for (const [j, entry] of data.documents.entries()) {
    const id = documentIdFor(entry);
    const i = firstIndex.get(id);
    if (i === undefined) {
      firstIndex.set(id, j);
      continue;
    }
    const first = data.documents[i]!;
    throw new InputError(
      relative(paths.root, paths.manifest),
      placeOf(j),
      `duplicate document id "${id}": ${placeOf(i)} file ${first.file} and ${placeOf(j)} file ${entry.file}; give each its own kind, date or period_year, or remove one`,
    );
  }
  return { documents: data.documents, placeOf, lineOf };
}

export async function readManifest(paths: Paths): Promise<ManifestEntry[]> {
  return (await readManifestFile(paths)).documents;
}
