/**
 * Extraction on every core: a pool of worker threads (node:worker_threads), one document per
 * task, each worker keeping to one federation's documents (dealDocuments.ts). Each worker holds
 * two tasks, so it never waits for the main thread between documents. Answers arrive in any
 * order: each is stored (its files written) as it arrives, one at a time, and what storing it
 * gave back is handed on in manifest order, so summaries and progress come out as one thread's.
 * A worker that fails stops the whole run.
 *
 * Stored on arrival, not in manifest order: an answer holds the document's JSON and row file
 * (some 0.3 MB of text on average, an annual report's 0.8 MB), and a worker that ran ahead
 * while another finished an earlier federation kept every answer it made in the main thread's
 * heap until the earlier ones came (at 75x15 on a busy machine, up to 49 answers, 15 million
 * characters). Nothing bounded that: a worker given less of the shared cores let the other run
 * whole federations ahead.
 */
import { availableParallelism } from "node:os";
import { setFlagsFromString } from "node:v8";
import { Worker } from "node:worker_threads";
import { workerBundle, workerExecArgv } from "../config/workerBundle.ts";
import type { ManifestEntry } from "../schema/manifest.ts";
import { DocumentDealer } from "./dealDocuments.ts";
import { documentsListed } from "../input/documentsListed.ts";
import type { ExtractAnswer, ExtractTask } from "./extractWorker.ts";
import type { FederationFacts } from "../schema/registry.ts";

/**
 * A worker costs CPU to start (it loads and warms up the extractors), so a worker is started
 * only for some 50 documents or more each: on 90 documents two tsx workers took 13 s of CPU
 * where one thread took 8 s.
 */
const DOCUMENTS_PER_WORKER = 50;
const TASKS_PER_WORKER = 2;
/** Each worker holds its own heap (some 100-150 MB at peak): four keep the step within 1 GiB on a larger machine. */
const MAX_WORKERS = 4;

/** How many workers pay off for this many documents; below 2 the documents are extracted inline. */
export function workersFor(documents: number, cores = availableParallelism()): number {
  return Math.max(1, Math.min(cores, MAX_WORKERS, Math.floor(documents / DOCUMENTS_PER_WORKER)));
}

/**
 * V8 compiles hot code on threads beside each worker, and inlining the readers' many small
 * closures into their large functions made that slow: the figure grammar's readSentence took
 * seconds per compile, and was compiled again after each deoptimisation. Over 540 documents the
 * threads beside a worker took some 30 % of its CPU; without inlining some 20 %, and the worker's
 * own thread ran no slower (8 % less CPU in all). It still was: readSentence (800 lines) and
 * parseProseFigures are optimised four or five times in each worker (a new shape of token or fact
 * deoptimises them), at a second or more of CPU each, and the compile threads took a quarter of
 * the step's CPU (25x15: 16 of 67 s). Escape analysis, loop peeling and load elimination are
 * passes whose cost grows with a function's size. Without them, 25x15 run side by side with the
 * code before on the same shared cores, three times: 71.5, 62.7, 60.6 s of CPU in all instead of
 * 75.5, 71.0, 63.3 s; the compile threads' share fell, the workers' own threads ran no slower
 * (53.9, 50.4, 47.1 s; before 53.7, 51.1, 47.1 s), peak RSS as before (387-548 MB; 368-517 MB).
 * The deoptimisations that remained were not new shapes of tokens or facts: --trace-deopt over
 * 100 documents gave 106, 87 of them "wrong map", and most of those at an inlined array
 * builtin (map, filter, some, every, join) meeting an array of a new elements kind (an empty
 * array, say, where only arrays of strings or objects had been seen). Called
 * as builtins instead, these arrays need no map check: 24 deoptimisations (13 wrong map). 25x15,
 * alternating on the same shared cores, three times: 55.6, 57.6, 52.1 s of CPU instead of 63.9,
 * 63.9, 61.2 s, the same bytes written; peak RSS 591-928 MB against 634-739 MB (noisy).
 * A V8 setting holds for the whole process (a worker takes none of its own); it changes no
 * result, only how the code is compiled.
 *
 * Patterns are compiled to machine code at their first match (--no-regexp-tier-up), not first to
 * bytecode, run once in V8's regexp interpreter and compiled again at their second: the readers
 * hold a few thousand patterns, most matched many times per document, and each worker paid both
 * compiles for every one. It was most of a worker's warm-up: the first six documents a fresh
 * thread read (a federation's first report and minutes) took 2.32-2.36 s of CPU, 1.61-1.67 s
 * with the flag, against 0.52 s once warm. Over 90 documents in one thread, side by side on the
 * shared cores: 9.52 and 8.92 s of CPU against 9.90 and 9.95 s, the same bytes written. (Only
 * interpreting, --regexp-interpret-all, saved little: 2.24 s on the six.)
 *
 * Tried and not kept (stop 32, 8x15, real extractions side by side on the shared cores): a larger
 * young generation (--max-semi-space-size=64: CPU 37.5 and 34.8 s against 37.7 and 34.9 s, peak RSS
 * 640-680 MB against 420-450 MB; 32: 33.1 s), tiering up later (--interrupt-budget four times the
 * default: 34.9 s against 34.4 s). In one thread over 90 documents the two looked 5-15 % cheaper
 * (--single-threaded-gc and --maglev changed nothing there); in the pool they were not.
 *
 * What a full collection costs beyond its own marking (stop 35): V8 holds a closure's optimized
 * code only weakly, through its feedback, and keeps it only while some instance of the closure is
 * alive. The readers make most of their helpers per call (`const textAt = (n) => …` inside a
 * parser), so at every mark-compact the optimized code of all those not running at that moment is
 * dropped, and some 230 of them are compiled again within the next few documents (--trace-opt:
 * bursts of recompiles right after each mark-compact, none in between; without inlining each
 * helper is code of its own). A worker is mark-compacted some 10 times over a 25x15 run. Forcing a
 * full collection after every fifth document in one thread (180 documents, 36 collections instead
 * of 5) took 25.4 s of CPU instead of 14.1 s, 7 s of it on V8's compile threads. Fewer collections
 * (--heap-growing-percent=200) gave 8x15 29.6 and 30.7 s of CPU against 32.6 and 31.2 s, but 25x15
 * only 75.7 s against 77.6 s (run side by side) for 130 MB more peak RSS (647 against 514 MB): not
 * kept. Also tried, in one thread over 180 documents, no better than 14.1-14.2 s: inlining small
 * functions only (--max-inlined-bytecode-size=60, 14.3 s), a young generation of 8 MB (14.3 s) or 32
 * MB (16.6 and 13.6 s). --single-threaded-gc cannot be set once the process runs (V8 aborts).
 *
 * A worker's heap is let grow to twice what it holds live (--heap-growing-percent=100) before
 * V8 collects it, instead of the up to four times V8 picks from its measured speeds: a worker
 * holds some 45-55 MB live at 75x15 (its lexicons, patterns and text memos), yet its heap grew
 * to 250-270 MB of garbage waiting, and the two workers' heaps were most of the step's peak
 * RSS. A cap on the old generation (resourceLimits) is no substitute: below 2 GB V8 also lowers
 * its growing factor (to some 1.3 at a 320 MB cap: collections three times as often, 25x15
 * some 20 % slower), and a large document would crash the worker at the cap. Measured on the
 * shared machine, the same bytes written: 25x15 cpu 99.3 and 100.9 s against 97.1 and 102.3 s
 * without, peak 413 and 439 MB against 509 and 489 MB; 75x15 cpu 271.6 s against 290.4 s,
 * peak 444 MB against 534 MB.
 */
const V8_FLAGS =
  "--no-turbo-inlining --no-turbo-escape --no-turbo-loop-peeling --no-turbo-load-elimination --no-turbo-inline-array-builtins" +
  " --heap-growing-percent=100 --no-regexp-tier-up";

/**
 * Extract `entries` in `workers` threads: `store` is called with each answer as it arrives (one
 * at a time), `handOn` with what it gave back, in manifest order.
 */
export function extractInWorkers<S>(
  sourcesDir: string,
  entries: readonly ManifestEntry[],
  workers: number,
  store: (answer: ExtractAnswer) => Promise<S>,
  handOn: (index: number, stored: S) => void,
  /** The registry's facts per federation id, handed to each document's extraction. */
  federations: ReadonlyMap<string, FederationFacts> = new Map(),
): Promise<void> {
  if (entries.length === 0) return Promise.resolve();
  setFlagsFromString(V8_FLAGS);
  return workersCode().then((code) => runPool(code, sourcesDir, entries, workers, store, handOn, federations));
}

/** The workers' code, extractWorker.ts and the extractors bundled (config/workerBundle.ts), built once per process. */
let bundled: Promise<URL> | undefined;
const workersCode = () => (bundled ??= workerBundle(new URL("./extractWorker.ts", import.meta.url)));

/**
 * Bundle the workers' code now, if the manifest seems to list documents enough for a pool
 * (`documentsListed`): the command line asks before it loads the extraction's own modules and
 * reads the manifest and registries, so esbuild works on the other core meanwhile, and the pool
 * starts its workers as soon as it is called rather than after the build (some 0.3–0.5 s of a
 * run, one core idle). The pool awaits the same build and meets its failure, if any.
 */
export async function bundleEarly(manifest: string): Promise<void> {
  if (workersFor(await documentsListed(manifest)) > 1) workersCode().catch(() => {});
}

function runPool<S>(
  code: URL,
  sourcesDir: string,
  entries: readonly ManifestEntry[],
  workers: number,
  store: (answer: ExtractAnswer) => Promise<S>,
  handOn: (index: number, stored: S) => void,
  federations: ReadonlyMap<string, FederationFacts>,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const execArgv = workerExecArgv();
    const pool = Array.from({ length: workers }, () => new Worker(code, { execArgv, workerData: { sourcesDir } }));
    const dealer = new DocumentDealer(entries.map((e) => e.federation_id));
    // What storing each answer gave back, until the answers before it are handed on too.
    const stored = new Map<number, S>();
    let handedOn = 0;
    let settled = false;
    let queue = Promise.resolve();
    const stop = (err?: unknown) => {
      if (settled) return;
      settled = true;
      void Promise.all(pool.map((w) => w.terminate())).then(() => (err === undefined ? resolve() : reject(err)));
    };
    const send = (w: Worker, k: number) => {
      const index = dealer.next(k);
      if (index !== undefined) {
        const entry = entries[index]!;
        w.postMessage({ index, entry, federation: federations.get(entry.federation_id) } satisfies ExtractTask);
      }
    };
    const storeAndHandOn = async (a: ExtractAnswer) => {
      stored.set(a.index, await store(a));
      for (; stored.has(handedOn); handedOn++) {
        handOn(handedOn, stored.get(handedOn)!);
        stored.delete(handedOn);
      }
      if (handedOn === entries.length) stop();
    };
    for (const [k, w] of pool.entries()) {
      w.on("message", (a: ExtractAnswer) => {
        send(w, k);
        queue = queue.then(() => storeAndHandOn(a)).catch(stop);
      });
      w.on("error", stop);
      w.on("exit", (code) => stop(new Error(`an extraction worker stopped early (exit code ${code})`)));
      for (let t = 0; t < TASKS_PER_WORKER; t++) send(w, k);
    }
  });
}
