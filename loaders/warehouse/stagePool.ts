/**
 * The load's federations staged on every core: the main thread stages federations itself and
 * worker threads (node:worker_threads) stage others, one federation per task. Answers arrive in
 * any order and are handed on in the jobs' order, one at a time, so the input hash and the
 * rejections come out as from one thread. A failure anywhere stops the whole load.
 */
import { join } from "node:path";
import type { Paths } from "../config/paths.ts";
import type { FederationJob } from "../input/readInputs.ts";
import { stageFederation, type StagedFederation, type StageProgress } from "./stageFederation.ts";
import type { StageAnswer, StageTask } from "./stageWorker.ts";
import { startWorkers, stopWorkers, type StageWorker } from "./stageWorkers.ts";

export { startWorkers, stopWorkers, workersFor, type StageWorker } from "./stageWorkers.ts";

const answerError = (e: { message: string; code?: string }) => Object.assign(new Error(e.message), { code: e.code });

/**
 * Federations sent to a worker ahead: its next one waits in its queue. The main thread stages
 * federations too and reads a worker's answer (and sends it more) only between its own steps,
 * so a worker given one federation at a time sat idle for up to a federation's staging.
 */
const TASKS_PER_WORKER = 2;

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
