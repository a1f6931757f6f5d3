/**
 * The load's federations staged on every core: the main thread stages federations itself and
 * worker threads (node:worker_threads) stage others, one federation per task. Answers arrive in
 * any order and are handed on in the jobs' order, one at a time, so the input hash and the
 * rejections come out as from one thread. A failure anywhere stops the whole load.
 */
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { Paths } from "../config/paths.ts";
import type { FederationJob } from "../input/readInputs.ts";
import { stageFederation, type StagedFederation, type StageProgress } from "./stageFederation.ts";
import type { StageAnswer, StageTask } from "./stageWorker.ts";

/**
 * A worker costs about a second of CPU to start (tsx compiles the normalising code again, and
 * it warms up again): one is started only for some 200 documents or more (the bundled corpus
 * and the tests' projects stay in one thread).
 */
const DOCUMENTS_PER_WORKER = 200;
/** Each worker holds one federation's inputs and rows (some 150 MB at peak): two keep a load within 1 GiB. */
const MAX_WORKERS = 2;

/** How many workers pay off beside the main thread for this many documents (0: all in the main thread). */
export function workersFor(documents: number, cores = availableParallelism()): number {
  return Math.max(0, Math.min(cores - 1, MAX_WORKERS, Math.floor(documents / DOCUMENTS_PER_WORKER)));
}

/** The worker's entry: TypeScript through tsx, as in the main thread (tsx's hooks do not reach workers by themselves). */
const bootCode = () =>
  `const { register } = await import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))});
register();
await import(${JSON.stringify(new URL("./stageWorker.ts", import.meta.url).href)});`;

const answerError = (e: { message: string; code?: string }) => Object.assign(new Error(e.message), { code: e.code });

/** A started worker, and what stopped it before it was given work (an error or an exit), if anything did. */
export interface StageWorker {
  worker: Worker;
  stopped: unknown;
}

/**
 * Start `count` workers now. A worker takes about a second to start (tsx, the normalising code):
 * the load starts them before it reads the manifest, which takes about as long at national scale.
 */
export function startWorkers(paths: Paths, count: number): StageWorker[] {
  return Array.from({ length: count }, () => {
    const w: StageWorker = { worker: new Worker(bootCode(), { eval: true, workerData: { paths } }), stopped: null };
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
        const send = () => {
          if (next >= jobs.length || failure !== null) return resolve();
          const index = next++;
          try {
            w.postMessage({ index, job: jobs[index]!, dir: dirOf(index) } satisfies StageTask);
          } catch (err) {
            failure ??= err;
            resolve();
          }
        };
        w.on("message", (a: StageAnswer) => {
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
        send();
      }),
  );
  try {
    // The main thread takes jobs too, between the workers' answers.
    while (next < jobs.length && failure === null) {
      const index = next++;
      try {
        answered(index, await stageFederation(paths, jobs[index]!, dirOf(index), progress));
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
