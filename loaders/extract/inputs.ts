/**
 * Reading the project's curated inputs (manifest, registry, curated files) with zod, so a
 * malformed file fails with its name, the JSON path and the reason.
 */
import { readFile, readdir } from "node:fs/promises";
import { join, relative } from "node:path";
import { LineCounter, parseDocument } from "yaml";
import type { z } from "zod";
import { documentIdFor, manifestSchema, type ManifestEntry } from "../schema/manifest.ts";
import { registrySchema, type Registry } from "../schema/registry.ts";
import type { Paths } from "../config/paths.ts";

export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly where: string,
    readonly reason: string,
  ) {
    super(`${file}${where ? ` at ${where}` : ""}: ${reason}`);
  }
}

/** Parse YAML and validate; errors name the file, the line (YAML syntax) or the JSON path (schema). */
export async function readYaml<T extends z.ZodType>(file: string, schema: T, root?: string): Promise<{ data: z.infer<T>; lineOf: (path: (string | number)[]) => number }> {
  const name = root ? relative(root, file) : file;
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (err) {
    throw new InputError(name, "", `cannot read (${(err as NodeJS.ErrnoException).code})`);
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    throw new InputError(name, `line ${e.linePos?.[0]?.line ?? "?"}`, e.message.split("\n")[0]!);
  }
  const parsed = schema.safeParse(doc.toJS());
  const lineOf = (path: (string | number)[]) => {
    const node = doc.getIn(path, true) as { range?: [number, number] } | undefined;
    return node?.range ? lineCounter.linePos(node.range[0]).line : 1;
  };
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = issue.path.map(String);
    throw new InputError(name, `${path.join(".") || "(root)"} (line ${lineOf(issue.path as (string | number)[])})`, issue.message);
  }
  return { data: parsed.data, lineOf };
}

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
  const { data, lineOf } = await readYaml(paths.manifest, manifestSchema, paths.root);
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

export interface RegistryFile {
  registry: Registry;
  file: string;
  lineOf: (path: (string | number)[]) => number;
}

export async function readRegistries(paths: Paths): Promise<RegistryFile[]> {
  const files = (await readdir(paths.federations)).filter((f) => f.endsWith(".yaml")).sort();
  const out: RegistryFile[] = [];
  for (const f of files) {
    const file = join(paths.federations, f);
    const { data, lineOf } = await readYaml(file, registrySchema, paths.root);
    if (`${data.federation_id}.yaml` !== f) throw new InputError(relative(paths.root, file), "federation_id", `must match the file name (${f})`);
    out.push({ registry: data, file: relative(paths.root, file), lineOf });
  }
  return out;
}
