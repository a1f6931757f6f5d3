/**
 * How many documents the manifest seems to list (its `sha256:` keys), before it is parsed: a
 * guess to start worker threads by, early (the load's: stageWorkers.ts; extraction's code:
 * extractPool.ts). The parsed manifest decides how many are kept or used.
 */
import { READ_LIMITS, readBounded } from "./readBounded.ts";

export async function documentsListed(manifest: string): Promise<number> {
  try {
    return (await readBounded(manifest, { limit: READ_LIMITS.yaml })).toString("utf8").match(/\bsha256:/g)?.length ?? 0;
  } catch {
    return 0; // reading the manifest says what is wrong with it
  }
}
