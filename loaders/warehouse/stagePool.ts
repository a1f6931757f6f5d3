/**
 * The load's federations staged on every core: the main thread stages federations itself and
 * worker threads (node:worker_threads) stage others, one federation per task. Answers arrive in
 * any order and are handed on in the jobs' order, one at a time, so the input hash and the
 * rejections come out as from one thread. A failure anywhere stops the whole load.
 */
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { MessageChannel, Worker } from "node:worker_threads";
import { workerBundle, workerExecArgv } from "../config/workerBundle.ts";
import type { Paths } from "../config/paths.ts";
import type { FederationJob } from "../input/readInputs.ts";
import { stageFederation, type StagedFederation, type StageProgress } from "./stageFederation.ts";
import type { StageAnswer, StageTask } from "./stageWorker.ts";

/**
 * A worker costs CPU to start (it loads and warms up the normalising code): one is started
 * only for some 200 documents or more (the bundled corpus and the tests' projects stay in one
 * thread).
 */
const DOCUMENTS_PER_WORKER = 200;
/** Each worker holds one federation's inputs and rows (some 150 MB at peak): two keep a load within 1 GiB. */
const MAX_WORKERS = 2;
/**
 * Federations sent to a worker ahead: its next one waits in its queue. The main thread stages
 * federations too and reads a worker's answer (and sends it more) only between its own steps,
 * so a worker given one federation at a time sat idle for up to a federation's staging.
 */
const TASKS_PER_WORKER = 2;
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

const answerError = (e: { message: string; code?: string }) => Object.assign(new Error(e.message), { code: e.code });

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

/**
 * Stage every job, each in its own folder under `stage`, and hand each result on in the jobs'
 * order, on the main thread and the workers of `started` (startWorkers), of which it keeps
 * `workers` (starting more if there are fewer) and terminates all when done. `progress` hears of
 * each document and federation the main thread stages and, for a federation staged in a worker,
 * how many documents it read.
 */
export async function stageFederations(
  paths: Paths,
  jobs: readonly FederationJob[],
  stage: string,
  workers: number,
  started: readonly StageWorker[],
  handOn: (staged: StagedFederation) => Promise<void>,
  progress: StageProgress & { workerRead: (documents: number) => void },
): Promise<void> {
  const dirOf = (index: number) => join(stage, `federation-${index}`);
  const answers = new Map<number, StagedFederation>();
  let next = 0;
  let handedOn = 0;
  let failure: unknown = null;
  let queue = Promise.resolve();
  /** Set before the workers are terminated: their exit is then expected. */
  let finished = false;
  const handOnReady = async () => {
    for (let a = answers.get(handedOn); a && failure === null; a = answers.get(handedOn)) {
      answers.delete(handedOn);
      await handOn(a);
      handedOn++;
    }
  };
  const answered = (index: number, staged: StagedFederation) => {
    answers.set(index, staged);
    queue = queue.then(handOnReady).catch((err: unknown) => {
      failure ??= err;
    });
  };

  const wanted = Math.min(workers, jobs.length);
  await stopWorkers(started.slice(wanted));
  const all = [...started.slice(0, wanted), ...startWorkers(paths, wanted - Math.min(wanted, started.length))];
  const pool = all.map((w) => w.worker);
  const workersDone = all.map(
    ({ worker: w, stopped }) =>
      new Promise<void>((resolve) => {
        if (stopped !== null) {
          failure ??= stopped;
          return resolve();
        }
        /** Tasks sent and not answered. */
        let inFlight = 0;
        const send = () => {
          if (next >= jobs.length || failure !== null) {
            if (inFlight === 0) resolve();
            return;
          }
          const index = next++;
          try {
            w.postMessage({ index, job: jobs[index]!, dir: dirOf(index) } satisfies StageTask);
            inFlight++;
          } catch (err) {
            failure ??= err;
            resolve();
          }
        };
        w.on("message", (a: StageAnswer) => {
          inFlight--;
          if ("error" in a) {
            failure ??= answerError(a.error);
            return resolve();
          }
          progress.workerRead(a.staged.report.documentsRead);
          answered(a.index, a.staged);
          send();
        });
        w.on("error", (err) => {
          failure ??= err;
          resolve();
        });
        w.on("exit", (code) => {
          if (finished) return;
          failure ??= new Error(`a load worker stopped early (exit code ${code})`);
          resolve();
        });
        for (let k = 0; k < TASKS_PER_WORKER; k++) send();
      }),
  );
  // With workers, the main thread yields to its event loop before each document it reads: its
  // staging does no other I/O that waits, and esbuild's answer (the workers' code) and the
  // workers' answers (each sent its next federation) would wait for the end of its federation.
  // It used to wait for the workers' code before its first federation, idle for the build
  // (some 0.2 s of a load's start, while the workers waited too); now it stages meanwhile.
  const mainProgress: StageProgress =
    all.length > 0 ? { ...progress, between: () => new Promise<void>((resolve) => setImmediate(resolve)) } : progress;
  try {
    // The main thread takes jobs too, between the workers' answers.
    while (next < jobs.length && failure === null) {
      const index = next++;
      try {
        answered(index, await stageFederation(paths, jobs[index]!, dirOf(index), mainProgress));
      } catch (err) {
        failure ??= err;
      }
    }
    await Promise.all(workersDone);
    await queue;
  } finally {
    finished = true;
    await Promise.all(pool.map((w) => w.terminate()));
  }
  if (failure !== null) throw failure;
  if (handedOn !== jobs.length) throw new Error(`the load staged ${handedOn} of ${jobs.length} federations`);
}
