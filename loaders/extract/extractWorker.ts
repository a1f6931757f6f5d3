/**
 * A worker thread of the extraction pool (extractPool.ts): it extracts each document it is
 * sent and answers with the JSON to write, or with the error that stopped it.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { ManifestEntry } from "../schema/manifest.ts";
import type { FederationFacts } from "../schema/registry.ts";
import { extractToJson, type ExtractedJson } from "./extractToJson.ts";

/** A document to extract; the entry was validated by the main thread when it read the manifest. */
export interface ExtractTask {
  index: number;
  entry: ManifestEntry;
  /** The registry's facts about the entry's federation, where the main thread read them. */
  federation?: FederationFacts;
}
export type ExtractAnswer = { index: number } & ({ ok: ExtractedJson } | { error: string });

const { sourcesDir } = workerData as { sourcesDir: string };
const port = parentPort!;

port.on("message", (task: ExtractTask) => {
  extractToJson(sourcesDir, task.entry, task.federation).then(
    // The files' bytes are moved to the main thread, not copied (each has a buffer of its own).
    (ok) => port.postMessage({ index: task.index, ok } satisfies ExtractAnswer, [ok.json.buffer, ok.rows.buffer]),
    (err: unknown) => port.postMessage({ index: task.index, error: (err as Error).message } satisfies ExtractAnswer),
  );
});
