/**
 * One writer at a time for the manifest and the registries: `ingest` and `add-federation` take
 * `data/.finsam.lock` before they re-read what they change and write it. The lock is a file
 * created atomically (O_EXCL) holding the holder's pid; a lock whose process is gone (kill -9,
 * Ctrl-C) is stale and taken over. Whoever takes the lock first finishes or rolls back an
 * interrupted change (commitFiles.ts), so the project is consistent under the lock.
 */
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { link, lstat, mkdir, open, rename, rm } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import type { Paths } from "../config/paths.ts";
import { processAlive } from "../config/processAlive.ts";
import { readBoundedText } from "../input/readBounded.ts";
import { RefusedError } from "./refusedError.ts";

export const LOCK_NAME = ".finsam.lock";

export const lockPath = (paths: Paths) => join(paths.root, "data", LOCK_NAME);

export interface LockOptions {
  /** How long to wait for another writer before refusing (ms). */
  waitMs?: number;
}

/** An empty lock older than this was left by a process killed between creating and writing it. */
const EMPTY_LOCK_STALE_MS = 10_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function readLock(file: string): Promise<string | null> {
  try {
    return await readBoundedText(file, { limit: 1024 });
  } catch {
    return null;
  }
}

/**
 * Take a stale lock away. Renamed aside first, so of two processes that both found it stale
 * only one gets it; if what was moved is not the stale lock read (a new holder took it in
 * between), it is linked back.
 */
async function removeStale(file: string, seen: string): Promise<void> {
  const aside = `${file}.stale-${process.pid}`;
  try {
    await rename(file, aside);
  } catch {
    return;
  }
  if ((await readLock(aside)) !== seen) await link(aside, file).catch(() => {});
  await rm(aside, { force: true });
}

/** Hold the project lock while `fn` runs; wait for another writer up to `waitMs`, then refuse. */
export async function withProjectLock<T>(paths: Paths, fn: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  const file = lockPath(paths);
  // A new project (FINSAM_ROOT pointing at an empty folder) has no data/ yet: the first
  // add-federation makes it. A root that does not exist is a typo, not a project to create.
  if (!existsSync(paths.root))
    throw new RefusedError(
      `the project folder ${paths.root} does not exist (FINSAM_ROOT or the current directory); nothing was written`,
    );
  await mkdir(dirname(file), { recursive: true });
  const mine = `${process.pid} ${randomBytes(8).toString("hex")}\n`;
  const deadline = Date.now() + (options.waitMs ?? 60_000);
  for (;;) {
    let handle;
    try {
      handle = await open(file, "wx");
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    }
    if (handle) {
      try {
        await handle.writeFile(mine);
      } catch (err) {
        // Our own lock, created but not written (a full disk): it must not stay behind.
        await rm(file, { force: true });
        throw err;
      } finally {
        await handle.close();
      }
      break;
    }
    const seen = await readLock(file);
    if (seen === null) continue;
    const pid = Number(seen.split(" ")[0]);
    // An empty lock is being written this instant, or its writer was killed right then.
    const stale =
      seen === ""
        ? Date.now() - ((await lstat(file).catch(() => null))?.mtimeMs ?? Date.now()) > EMPTY_LOCK_STALE_MS
        : Number.isInteger(pid) && pid > 0 && !processAlive(pid);
    if (stale) {
      await removeStale(file, seen);
      continue;
    }
    if (Date.now() > deadline)
      throw new RefusedError(
        `another finsam command (pid ${seen.trim().split(" ")[0] || "?"}) is changing the project (${relative(paths.root, file)}); nothing was written. Try again when it has finished (if none is running, remove ${relative(paths.root, file)})`,
      );
    await sleep(50 + Math.random() * 100);
  }
  try {
    return await fn();
  } finally {
    if ((await readLock(file)) === mine) await rm(file, { force: true });
  }
}
