/**
 * Every input a load reads: the manifest, the registries, each document's extracted JSON
 * and lines, and the curated files. A bad document or curated file is reported with its
 * file, place and reason and skipped; the rest load.
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";
import { parseDocument } from "yaml";
import type { Paths } from "../config/paths.ts";
import { curatedSchema, extractionSchema, type CuratedFact, type Extraction } from "../schema/facts.ts";
import { documentIdFor, type ManifestEntry } from "../schema/manifest.ts";
import { extractedPath, readEntryLines, readHashed } from "./readEntryText.ts";
import { readManifestFile } from "./readManifest.ts";
import { readRegistries, type RegistryFile } from "./readRegistries.ts";
import { READ_LIMITS, readBounded, UnreadableFileError } from "./readBounded.ts";
import { InputError, readYaml } from "./readYaml.ts";
import { DocumentLines } from "./documentLines.ts";

export interface RejectedInput {
  file: string;
  where: string;
  reason: string;
}

function asRejected(err: unknown, file: string): InputError {
  if (err instanceof InputError) return err;
  if (err instanceof UnreadableFileError) return new InputError(err.file, "", err.reason);
  return new InputError(file, "", err instanceof Error ? err.message : String(err));
}

/** A YAML input's bytes, bounded (readBounded.ts), named relative to the project in messages. */
const readYamlBytes = (file: string, root: string) =>
  readBounded(file, { limit: READ_LIMITS.yaml, name: relative(root, file) });

async function listFiles(dir: string, ext: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  // recursive readdir: no recursion or spread of our own, whatever the number of files.
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(ext))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** One federation's inputs: its registry, its loaded documents' extractions, its curated facts. */
export interface FederationInputs {
  manifest: ManifestEntry[];
  registries: RegistryFile[];
  extractions: Extraction[];
  curated: CuratedFact[];
  /** Its documents' line counts, and the text of those its curated files cite. */
  lines: DocumentLines;
}

/** What a whole read reports besides the federations' inputs. */
export interface InputsReport {
  inputErrors: string[];
  rejected: RejectedInput[];
  inputSha256: string;
}

/**
 * Read every input, one federation at a time; a bad document or curated file is reported and
 * skipped, the rest load. Every key of the published tables lies within one federation (its
 * documents, members and interventions), so each federation's inputs go to `onFederation`
 * whole and are then dropped: memory holds one federation, not the corpus. Each loaded
 * document's lines go to `onLines` as it is read (the loader stages them for document_line).
 * Federations come in the order of their first document in the manifest, then those without
 * documents. Rejections keep the order of the manifest and of the curated files. The input hash
 * takes the documents in the order read: the manifest's own order where it lists each
 * federation's documents together (as the bundled and synthetic corpora do), else grouped by
 * federation: for each, its source's SHA-256 and its extraction file's bytes. The same inputs
 * always give the same hash.
 */
export async function readInputsByFederation(
  paths: Paths,
  onFederation: (inputs: FederationInputs) => Promise<void> | void,
  progress: (m: string) => void = () => {},
  onLines: (documentId: string, lines: readonly string[]) => Promise<void> = async () => {},
): Promise<InputsReport> {
  const rejected: InputError[] = [];
  const manifestFile = relative(paths.root, paths.manifest);
  const { documents: manifest, placeOf, lineOf: manifestLine } = await readManifestFile(paths);
  const registries = await readRegistries(paths);
  const registryOf = new Map(registries.map((r) => [r.registry.federation_id, r]));
  const hash = createHash("sha256");
  for (const r of registries) hash.update(await readYamlBytes(join(paths.root, r.file), paths.root));
  hash.update(await readYamlBytes(paths.manifest, paths.root));
  /** Usable documents by federation, in the order of each federation's first document. */
  const byFederation = new Map<string, { entry: ManifestEntry; index: number }[]>();
  let usableCount = 0;
  for (const [i, entry] of manifest.entries()) {
    const id = documentIdFor(entry);
    if (!registryOf.has(entry.federation_id)) {
      rejected.push(
        new InputError(
          manifestFile,
          placeOf(i),
          `document ${id}: unknown federation "${entry.federation_id}" (no data/federations/${entry.federation_id}.yaml); skipped`,
        ),
      );
      continue;
    }
    const list = byFederation.get(entry.federation_id);
    if (list) list.push({ entry, index: i });
    else byFederation.set(entry.federation_id, [{ entry, index: i }]);
    usableCount++;
  }
  // Curated files by their folder (data/curated/<federation>/…): read with that federation's documents.
  const curatedFiles = (await listFiles(paths.curated, ".yaml")).map((file, index) => ({ file, index }));
  const curatedByFolder = new Map<string, { file: string; index: number }[]>();
  for (const c of curatedFiles) {
    const folder = relative(paths.curated, dirname(c.file)).split(sep)[0]!;
    const list = curatedByFolder.get(folder);
    if (list) list.push(c);
    else curatedByFolder.set(folder, [c]);
  }
  // Rejections in the order of a read of the whole manifest, then of the curated files.
  const documentRejections: { index: number; error: InputError }[] = [];
  const curatedRejections: { index: number; error: InputError }[] = [];
  const curatedBytes: { index: number; bytes: Buffer }[] = [];
  let read = 0;

  const readDocuments = async (
    documents: readonly { entry: ManifestEntry; index: number }[],
    into: FederationInputs,
  ) => {
    for (const { entry, index } of documents) {
      const id = documentIdFor(entry);
      let documentLines: string[];
      progress(`[${++read}/${usableCount}] ${id}`);
      const source = join(paths.sources, entry.file);
      const sourceRel = relative(paths.root, source);
      try {
        const { bytes, sha256: sha } = await readHashed(source);
        if (sha !== entry.sha256) {
          throw new InputError(
            sourceRel,
            "sha256",
            `is ${sha.slice(0, 12)}…, but ${manifestFile} at documents.${index}.sha256 (line ${manifestLine(["documents", index, "sha256"])}) says ${entry.sha256.slice(0, 12)}…`,
          );
        }
        hash.update(sha);
        const file = extractedPath(paths.extracted, id);
        const rel = relative(paths.root, file);
        if (!existsSync(file)) throw new InputError(rel, "", "missing; run `npm run finsam -- extract`");
        const extracted = await readBounded(file, { limit: READ_LIMITS.extraction, name: rel });
        let raw: unknown;
        try {
          raw = JSON.parse(extracted.toString("utf8"));
        } catch (err) {
          throw new InputError(rel, "", `not valid JSON (${(err as Error).message})`);
        }
        const parsed = extractionSchema.safeParse(raw);
        if (!parsed.success) {
          const issue = parsed.error.issues[0]!;
          throw new InputError(rel, issue.path.join("."), issue.message);
        }
        if (parsed.data.source_sha256 !== sha)
          throw new InputError(
            rel,
            "source_sha256",
            "extracted from a different version of the document; run `npm run finsam -- extract`",
          );
        // The file's own bytes, as read: serialising the parsed extraction again cost a second of a
        // national load, and would hash zod's reading of the file rather than the file.
        hash.update(extracted);
        // The facts' copies of their source lines are not loaded: the warehouse keeps each line
        // once, in document_line.
        for (const fact of parsed.data.facts) fact.text = "";
        documentLines = await readEntryLines(paths.sources, entry, bytes);
        into.extractions.push(parsed.data);
      } catch (err) {
        documentRejections.push({ index, error: asRejected(err, sourceRel) });
        continue;
      }
      // Outside the try: a failure to stage the lines (a full disk) fails the load, it rejects no document.
      await onLines(id, documentLines);
      into.lines.setCount(id, documentLines.length);
    }
  };

  const readCurated = async (files: readonly { file: string; index: number }[], into: FederationInputs) => {
    const entryOf = new Map(into.manifest.map((m) => [documentIdFor(m), m]));
    for (const { file, index } of files) {
      const rel = relative(paths.root, file);
      try {
        const bytes = await readYamlBytes(file, paths.root);
        // A file of comments only (the template `ingest` writes) holds no facts yet.
        if (parseDocument(bytes.toString("utf8")).contents === null) continue;
        const { data, lineOf } = await readYaml(file, curatedSchema, paths.root);
        // The folder names the federation (data/curated/<federation>/…): a file in the wrong one is a mistake.
        const folder = relative(paths.curated, dirname(file)).split(sep)[0]!;
        const federation = data.document_id.split("/")[0]!;
        if (folder !== federation) {
          const where = `document_id (line ${lineOf(["document_id"])})`;
          throw new InputError(
            rel,
            where,
            folder === ""
              ? `not in a federation folder; move it to data/curated/${federation}/`
              : `document "${data.document_id}" belongs to federation ${federation}, but the file is in data/curated/${folder}/; move it to data/curated/${federation}/`,
          );
        }
        const { lines } = into;
        if (!lines.has(data.document_id))
          throw new InputError(rel, "document_id", `unknown or unloaded document "${data.document_id}"`);
        for (const [i, c] of data.facts.entries()) {
          const count = lines.lineCount(data.document_id)!;
          if (c.fact.line > count)
            throw new InputError(
              rel,
              `facts.${i}.fact.line`,
              `line ${c.fact.line} is past the end of ${data.document_id} (${count} lines)`,
            );
        }
        // The cited document's text, read again: curated facts are checked against the lines they cite.
        if (!lines.holdsText(data.document_id))
          lines.set(data.document_id, await readEntryLines(paths.sources, entryOf.get(data.document_id)!));
        for (const c of data.facts)
          into.curated.push({ documentId: data.document_id, fact: c.fact, reason: c.reason, file: rel });
        curatedBytes.push({ index, bytes });
      } catch (err) {
        curatedRejections.push({ index, error: asRejected(err, rel) });
      }
    }
  };

  const emptyInputs = (registry: RegistryFile | undefined, documents: ManifestEntry[]): FederationInputs => ({
    manifest: documents,
    registries: registry ? [registry] : [],
    extractions: [],
    curated: [],
    lines: new DocumentLines(),
  });
  for (const [federation, documents] of byFederation) {
    const inputs = emptyInputs(
      registryOf.get(federation),
      documents.map((d) => d.entry),
    );
    await readDocuments(documents, inputs);
    await readCurated(curatedByFolder.get(federation) ?? [], inputs);
    curatedByFolder.delete(federation);
    await onFederation(inputs);
  }
  for (const r of registries)
    if (!byFederation.has(r.registry.federation_id)) {
      const inputs = emptyInputs(r, []);
      await readCurated(curatedByFolder.get(r.registry.federation_id) ?? [], inputs);
      curatedByFolder.delete(r.registry.federation_id);
      await onFederation(inputs);
    }
  // Files in no federation's folder: each is rejected, for its folder or its document.
  const stray = emptyInputs(undefined, []);
  await readCurated([...curatedByFolder.values()].flat(), stray);

  const byIndex = (a: { index: number }, b: { index: number }) => a.index - b.index;
  for (const { bytes } of curatedBytes.sort(byIndex)) hash.update(bytes);
  for (const { error } of documentRejections.sort(byIndex)) rejected.push(error);
  for (const { error } of curatedRejections.sort(byIndex)) rejected.push(error);
  return {
    inputErrors: rejected.map((e) => e.message),
    rejected: rejected.map((e) => ({ file: e.file, where: e.where, reason: e.reason })),
    inputSha256: hash.digest("hex"),
  };
}

/** Every input at once (tests, small projects): the federations' inputs joined. */
export async function readInputs(paths: Paths, progress: (m: string) => void = () => {}) {
  const all: FederationInputs & { registries: RegistryFile[] } = {
    manifest: [],
    registries: [],
    extractions: [],
    curated: [],
    lines: new DocumentLines(),
  };
  const report = await readInputsByFederation(
    paths,
    (f) => {
      // Loops, not push(...): no spread of unbounded length.
      for (const m of f.manifest) all.manifest.push(m);
      for (const r of f.registries) all.registries.push(r);
      for (const e of f.extractions) all.extractions.push(e);
      for (const c of f.curated) all.curated.push(c);
      all.lines.merge(f.lines);
    },
    progress,
  );
  return { ...all, ...report };
}
