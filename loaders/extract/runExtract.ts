/**
 * Extract every document of the manifest and write data/extracted/<federation>/<doc>.json and,
 * beside it, the row file the load reads its bulky row sets from (schema/extractionRows.ts).
 */
import { existsSync, statSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import type { Paths } from "../config/paths.ts";
import { writeFileAtomic } from "../config/writeFileAtomic.ts";
import { documentIdFor } from "../schema/manifest.ts";
import { rowsFileFor } from "../schema/extractionRows.ts";
import { extractInWorkers, workersFor } from "./extractPool.ts";
import type { ExtractAnswer } from "./extractWorker.ts";
import { extractedPath } from "../input/readEntryText.ts";
import { readManifest } from "../input/readManifest.ts";
import { readRegistries } from "../input/readRegistries.ts";
import { federationFacts, type FederationFacts } from "../schema/registry.ts";
import { readHashRecord, stampOf, writeHashRecord, type RecordedHash } from "../input/hashRecord.ts";

/**
 * The registry's facts per federation id, read here at the edge and handed to each document's
 * extraction, as ingest hands its federation's. A project without registries, or with one that
 * does not read (the load reports it), gives none: the readers know those federations by id.
 */
async function registryFacts(paths: Paths): Promise<Map<string, FederationFacts>> {
  if (!existsSync(paths.federations)) return new Map();
  const files = await readRegistries(paths).catch(() => []);
  return new Map(files.map((f) => [f.registry.federation_id, federationFacts(f.registry)]));
}

export interface ExtractSummary {
  documentId: string;
  file: string;
  facts: number;
  findings: number;
  error?: string;
}

export async function runExtract(
  paths: Paths,
  only?: string,
  progress: (m: string) => void = () => {},
  /** Worker threads; by default as many as pay off for the number of documents (extractPool.ts). */
  workers?: number,
): Promise<ExtractSummary[]> {
  const manifest = await readManifest(paths);
  const selected = manifest.filter((e) => !only || documentIdFor(e) === only || e.federation_id === only);
  if (only && selected.length === 0)
    throw new Error(`no document or federation "${only}" in data/sources/manifest.yaml`);
  const out: ExtractSummary[] = [];
  // Each federation's folder is made once, not asked for again with every document written.
  const made = new Set<string>();
  /** The files written and their hashes, for the load to trust while their stamps hold (input/hashRecord.ts). */
  const recorded = new Map<string, RecordedHash>();
  const record = (path: string, sha256: string) =>
    recorded.set(relative(paths.extracted, path), { stamp: stampOf(statSync(path, { bigint: true })), sha256 });
  // Called as each answer comes, in any order: the files are written at once, so the pool keeps
  // no document's text waiting for the documents before it (extractPool.ts).
  const store = async (answer: ExtractAnswer): Promise<ExtractSummary> => {
    const id = documentIdFor(selected[answer.index]!);
    const file = extractedPath(paths.extracted, id);
    const summary = { documentId: id, file: relative(paths.root, file), facts: 0, findings: 0 };
    try {
      if ("error" in answer) throw new Error(answer.error);
      if (!made.has(dirname(file))) {
        await mkdir(dirname(file), { recursive: true });
        made.add(dirname(file));
      }
      // Each file whole; a crash between the two leaves a row file whose checksum of the JSON
      // does not hold, which the load ignores (it reads the JSON).
      await writeFileAtomic(rowsFileFor(file), answer.ok.rows);
      await writeFileAtomic(file, answer.ok.json);
      // Stamped once both are in place (a rename changes a file's change time).
      record(rowsFileFor(file), answer.ok.rowsSha256);
      record(file, answer.ok.jsonSha256);
      const { source } = answer.ok;
      recorded.set(relative(paths.extracted, join(paths.sources, selected[answer.index]!.file)), {
        stamp: source.stamp,
        sha256: source.sha256,
        lines: source.verbatimLines,
      });
      return { ...summary, facts: answer.ok.facts, findings: answer.ok.findings };
    } catch (err) {
      return { ...summary, error: (err as Error).message };
    }
  };
  // Called in manifest order, inline or from the pool, so summaries and progress come out the same.
  const handOn = (index: number, summary: ExtractSummary) => {
    progress(`[${index + 1}/${selected.length}] ${summary.documentId}`);
    out.push(summary);
  };
  const federations = await registryFacts(paths);
  const threads = workers ?? workersFor(selected.length);
  if (threads > 1) await extractInWorkers(paths.sources, selected, threads, store, handOn, federations);
  else {
    // Loaded only here: with workers, the main thread never runs an extractor, and building their
    // lexicons and patterns cost it a third of a second.
    const { extractToJson } = await import("./extractToJson.ts");
    for (const [index, entry] of selected.entries()) {
      const answer = await extractToJson(paths.sources, entry, federations.get(entry.federation_id)).then(
        (ok) => ({ index, ok }),
        (err: unknown) => ({ index, error: (err as Error).message }),
      );
      handOn(index, await store(answer));
    }
  }
  // Written last, so that its own time is after every file's it records (the racy rule:
  // hashRecord.ts). An extraction of some documents keeps the others' entries.
  await mkdir(paths.extracted, { recursive: true });
  await writeHashRecord(paths.extracted, recorded, only ? await readHashRecord(paths.extracted) : new Map());
  return out;
}
