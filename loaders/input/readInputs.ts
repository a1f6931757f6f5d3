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
import { documentIdFor } from "../schema/manifest.ts";
import { extractedPath, readEntryLines, readHashed } from "./readEntryText.ts";
import { readManifestFile } from "./readManifest.ts";
import { readRegistries } from "./readRegistries.ts";
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

/**
 * Read every input; a bad document or curated file is reported and skipped, the rest load.
 * Each loaded document's lines go to `onLines` as it is read (the loader stages them for
 * document_line) and are not kept: `lines` holds their counts, and the text of the few
 * documents a curated file cites.
 */
export async function readInputs(
  paths: Paths,
  progress: (m: string) => void = () => {},
  onLines: (documentId: string, lines: readonly string[]) => Promise<void> = async () => {},
) {
  const rejected: InputError[] = [];
  const manifestFile = relative(paths.root, paths.manifest);
  const { documents: manifest, placeOf, lineOf: manifestLine } = await readManifestFile(paths);
  const registries = await readRegistries(paths);
  const knownFederations = new Set(registries.map((r) => r.registry.federation_id));
  const extractions: Extraction[] = [];
  const lines = new DocumentLines();
  const pool = new Map<string, string>();
  const intern = (s: string) => {
    const known = pool.get(s);
    if (known !== undefined) return known;
    pool.set(s, s);
    return s;
  };
  const hash = createHash("sha256");
  for (const r of registries) hash.update(await readYamlBytes(join(paths.root, r.file), paths.root));
  hash.update(await readYamlBytes(paths.manifest, paths.root));
  const usable = [];
  const indexOf = new Map<(typeof manifest)[number], number>();
  for (const [i, entry] of manifest.entries()) {
    const id = documentIdFor(entry);
    indexOf.set(entry, i);
    if (!knownFederations.has(entry.federation_id)) {
      rejected.push(
        new InputError(
          manifestFile,
          placeOf(i),
          `document ${id}: unknown federation "${entry.federation_id}" (no data/federations/${entry.federation_id}.yaml); skipped`,
        ),
      );
      continue;
    }
    usable.push(entry);
  }
  const entryOf = new Map<string, (typeof manifest)[number]>();
  for (const [i, entry] of usable.entries()) {
    const id = documentIdFor(entry);
    let documentLines: string[];
    progress(`[${i + 1}/${usable.length}] ${id}`);
    const source = join(paths.sources, entry.file);
    const sourceRel = relative(paths.root, source);
    try {
      const { bytes, sha256: sha } = await readHashed(source);
      if (sha !== entry.sha256) {
        const i = indexOf.get(entry)!;
        throw new InputError(
          sourceRel,
          "sha256",
          `is ${sha.slice(0, 12)}…, but ${manifestFile} at documents.${i}.sha256 (line ${manifestLine(["documents", i, "sha256"])}) says ${entry.sha256.slice(0, 12)}…`,
        );
      }
      hash.update(sha);
      const file = extractedPath(paths.extracted, id);
      const rel = relative(paths.root, file);
      if (!existsSync(file)) throw new InputError(rel, "", "missing; run `npm run finsam -- extract`");
      const text = (await readBounded(file, { limit: READ_LIMITS.extraction, name: rel })).toString("utf8");
      let raw: unknown;
      try {
        raw = JSON.parse(text);
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
      hash.update(JSON.stringify(parsed.data));
      // The facts' copies of their source lines are not loaded: the warehouse keeps each line once,
      // in document_line. Their other text values repeat (section, label, measure, names): one
      // copy each. At national scale the two halve the extractions' memory.
      for (const fact of parsed.data.facts) {
        fact.text = "";
        const record = fact as Record<string, unknown>;
        for (const [k, v] of Object.entries(record)) if (typeof v === "string") record[k] = intern(v);
      }
      documentLines = await readEntryLines(paths.sources, entry, bytes);
      extractions.push(parsed.data);
    } catch (err) {
      rejected.push(asRejected(err, sourceRel));
      continue;
    }
    // Outside the try: a failure to stage the lines (a full disk) fails the load, it rejects no document.
    await onLines(id, documentLines);
    lines.setCount(id, documentLines.length);
    entryOf.set(id, entry);
  }
  const curated: CuratedFact[] = [];
  for (const file of await listFiles(paths.curated, ".yaml")) {
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
      if (!lines.has(data.document_id))
        throw new InputError(rel, "document_id", `unknown or unloaded document "${data.document_id}"`);
      // The cited document's text, read again: curated facts are checked against the lines they cite.
      if (!lines.holdsText(data.document_id))
        lines.set(data.document_id, await readEntryLines(paths.sources, entryOf.get(data.document_id)!));
      for (const [i, c] of data.facts.entries()) {
        const count = lines.lineCount(data.document_id)!;
        if (c.fact.line > count)
          throw new InputError(
            rel,
            `facts.${i}.fact.line`,
            `line ${c.fact.line} is past the end of ${data.document_id} (${count} lines)`,
          );
        curated.push({ documentId: data.document_id, fact: c.fact, reason: c.reason, file: rel });
      }
      hash.update(bytes);
    } catch (err) {
      rejected.push(asRejected(err, rel));
    }
  }
  const inputErrors = rejected.map((e) => e.message);
  const rejectedInputs: RejectedInput[] = rejected.map((e) => ({ file: e.file, where: e.where, reason: e.reason }));
  return {
    manifest: usable,
    registries,
    extractions,
    curated,
    lines,
    inputErrors,
    rejected: rejectedInputs,
    inputSha256: hash.digest("hex"),
  };
}
