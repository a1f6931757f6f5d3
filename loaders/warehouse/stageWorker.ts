/**
 * A worker thread of the load (stagePool.ts): stages the federations it is sent, one at a time,
 * and posts back what each gave, or the error that stopped it.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { Paths } from "../config/paths.ts";
import type { FederationJob } from "../input/readInputs.ts";
import { stageFederation, type StagedFederation } from "./stageFederation.ts";
import { transferables } from "./stagedRows.ts";

export interface StageTask {
  index: number;
  job: FederationJob;
  dir: string;
}

export type StageAnswer =
  { index: number; staged: StagedFederation } | { index: number; error: { message: string; code?: string } };

const { paths } = workerData as { paths: Paths };
/** Tasks one after another: the pool sends the next federation ahead, to wait here, not to be staged beside the first. */
let queue = Promise.resolve();
parentPort!.on("message", (task: StageTask) => {
  queue = queue.then(() =>
    stageFederation(paths, task.job, task.dir).then(
      // The rows' bytes are moved, not copied: the main thread only writes them out.
      (staged) =>
        parentPort!.postMessage({ index: task.index, staged } satisfies StageAnswer, transferables(staged.rows)),
      (err: unknown) =>
        parentPort!.postMessage({
          index: task.index,
          error: {
            message: err instanceof Error ? err.message : String(err),
            code: (err as { code?: string } | null)?.code,
          },
        } satisfies StageAnswer),
    ),
  );
});
