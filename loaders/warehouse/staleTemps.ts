/**
 * A load killed with kill -9 cannot clean up after itself: it leaves `<warehouse>.tmp-<pid>`,
 * its `.wal` and its staging folder `.stage` (row files, DuckDB's spill files) next to the
 * warehouse. The next load removes those whose process is gone; a temp file of a load still
 * running (a concurrent load) is left alone.
 */
import { readdir, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { processAlive } from "../config/processAlive.ts";

/** The pid in a temp file's name, or null when the name is not one of ours. */
export function tempPidOf(target: string, name: string): number | null {
  const prefix = `${basename(target)}.tmp-`;
  if (!name.startsWith(prefix)) return null;
  const m = /^(\d+)(\.wal|\.stage)?$/.exec(name.slice(prefix.length));
  return m ? Number(m[1]) : null;
}

export { processAlive };

/** Remove the temp files of dead loads next to `target`; returns the names removed. */
export async function removeStaleTemps(
  target: string,
  alive: (pid: number) => boolean = processAlive,
): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dirname(target));
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names.sort()) {
    const pid = tempPidOf(target, name);
    if (pid === null || pid === process.pid || alive(pid)) continue;
    await rm(join(dirname(target), name), { force: true, recursive: true });
    removed.push(name);
  }
  return removed;
}
