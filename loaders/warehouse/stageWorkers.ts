/**
 * The load's worker threads (stagePool.ts stages federations on them), started by a module that
 * imports next to nothing: the command line starts them before it loads the load's own code
 * (DuckDB's bindings, the readers, the normalising code: some 0.7 s of one core's CPU at start-up,
 * while the other core had nothing to do), so a worker's code is bundled, compiled and warmed up
 * meanwhile and it takes its first federation when the main thread takes its own.
 */
import { availableParallelism } from "node:os";
import { MessageChannel, Worker } from "node:worker_threads";
import { workerBundle, workerExecArgv } from "../config/workerBundle.ts";
import type { Paths } from "../config/paths.ts";
import { documentsListed } from "../input/documentsListed.ts";

/**
 * A worker costs CPU to start (it loads and warms up the normalising code): one is started
 * only for some 200 documents or more (the bundled corpus and the tests' projects stay in one
 * thread).
 */
const DOCUMENTS_PER_WORKER = 200;
/** Each worker holds one federation's inputs and rows (some 150 MB at peak): two keep a load within 1 GiB. */
const MAX_WORKERS = 2;
/**
 * A worker's young generation, in MB: a federation's staging makes many short-lived strings and
 * objects (each document's header facts, its rows' lines), and V8's default left a worker
 * collecting them some 8 % more often than worth it. Staging all 25x15 federations in one worker,
 * alternating: 2.91 s CPU by default, 2.68 s at 64 MB, 2.70 s at 96 MB. The few tens of MB more
 * per worker are held while staging only (the workers end before DuckDB's tables are written).
 */
const YOUNG_GENERATION_MB = 64;

/** How many workers pay off beside the main thread for this many documents (0: all in the main thread). */
export function workersFor(documents: number, cores = availableParallelism()): number {
  return Math.max(0, Math.min(cores - 1, MAX_WORKERS, Math.floor(documents / DOCUMENTS_PER_WORKER)));
}

/** The workers' code, stageWorker.ts and the normalising code bundled (config/workerBundle.ts), built once per process. */
let bundle: Promise<URL> | undefined;
const stageBundle = () => (bundle ??= workerBundle(new URL("./stageWorker.ts", import.meta.url)));

/**
 * A worker's first code: it waits for the bundle's address on a port of its own, then imports
 * it. So a worker starts (and its thread warms up) while the bundle is built, and tasks posted
 * meanwhile wait in its queue until stageWorker.ts listens.
 */
const BOOT = `const { workerData } = require("node:worker_threads");
workerData.bundle.once("message", (m) => {
  workerData.bundle.close();
  if (m.error) throw new Error(m.error);
  import(m.url).catch((err) => { throw err; });
});`;

/** A started worker, and what stopped it before it was given work (an error or an exit), if anything did. */
export interface StageWorker {
  worker: Worker;
  stopped: unknown;
}

/**
 * Start `count` workers now. A worker takes a while to start (its code is bundled, then loaded):
 * the load starts them before it reads the manifest, which takes about as long at national scale.
 */
export function startWorkers(paths: Paths, count: number): StageWorker[] {
  return Array.from({ length: count }, () => {
    const { port1, port2 } = new MessageChannel();
    const worker = new Worker(BOOT, {
      eval: true,
      execArgv: workerExecArgv(),
      workerData: { paths, bundle: port2 },
      transferList: [port2],
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
    const w: StageWorker = { worker, stopped: null };
    // Unreferenced: the port of a worker terminated before the bundle was built keeps no process alive.
    port1.unref();
    void stageBundle().then(
      (url) => port1.postMessage({ url: url.href }),
      (err: unknown) => port1.postMessage({ error: `the load's worker code was not built: ${String(err)}` }),
    );
    // Until stageFederations listens: an error event without a listener would end the process.
    w.worker.once("error", (err) => (w.stopped ??= err));
    w.worker.once("exit", (code) => (w.stopped ??= new Error(`a load worker stopped early (exit code ${code})`)));
    return w;
  });
}

/** Stop workers not (or no longer) needed. */
export async function stopWorkers(pool: readonly StageWorker[]): Promise<void> {
  await Promise.all(pool.map((w) => w.worker.terminate()));
}

/** Workers for the documents the manifest seems to list, started now (see above). */
export async function startWorkersForManifest(paths: Paths): Promise<StageWorker[]> {
  return startWorkers(paths, workersFor(await documentsListed(paths.manifest)));
}
