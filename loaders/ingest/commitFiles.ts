/**
 * The files one `ingest` or `add-federation` writes change together or not at all, also when the
 * disk fills up or the process is killed. Called under the project lock (projectLock.ts):
 *
 * 1. a journal (`data/.finsam-journal.json`) names the change, state "staging";
 * 2. every new file is written beside its target as `<file>.tmp-<pid>`;
 * 3. the journal turns "committed" (one atomic rename): the change has happened;
 * 4. the temporary files are renamed over their targets, files to delete are deleted, and the
 *    journal is removed.
 *
 * A failure before 3 (ENOSPC, a bad write) removes the temporary files and the folders made for
 * them: nothing was written. A process killed before 3 leaves a "staging" journal, which the next
 * writer rolls back; killed after 3, a "committed" journal, which the next writer finishes.
 * Either way it says what it did (`recoverInterrupted`).
 */
import { existsSync } from "node:fs";
import { lstat, mkdir, readdir, readlink, rename, rm, rmdir, writeFile } from "node:fs/promises";
import { dirname, isAbsolute, join, relative, sep } from "node:path";
import { z } from "zod";
import type { Paths } from "../config/paths.ts";
import { readBoundedText } from "../input/readBounded.ts";
import { withProjectLock, type LockOptions } from "./projectLock.ts";
import { RefusedError } from "./refusedError.ts";

export const JOURNAL_NAME = ".finsam-journal.json";

const journalSchema = z.strictObject({
  /** What the change is, for the message that finishes or rolls it back ("ingest kalmar/2024-annual-report"). */
  change: z.string(),
  state: z.enum(["staging", "committed"]),
  /** [temporary file, target] pairs, paths relative to the project root. */
  renames: z.array(z.tuple([z.string(), z.string()])),
  /** Files the change removes (relative), e.g. a replaced document's old copy. */
  deletes: z.array(z.string()),
});
type Journal = z.infer<typeof journalSchema>;

export interface FileWrite {
  /** Absolute path of the target. */
  file: string;
  data: string | Uint8Array;
}

const journalPath = (paths: Paths) => join(paths.root, "data", JOURNAL_NAME);

async function writeJournal(paths: Paths, journal: Journal): Promise<void> {
  const file = journalPath(paths);
  const tmp = `${file}.tmp-${process.pid}`;
  try {
    await writeFile(tmp, `${JSON.stringify(journal, null, 2)}\n`);
    await rename(tmp, file);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}

/** Remove the temporary files, and the folders made for them if they are left empty. */
async function rollBack(paths: Paths, journal: Journal): Promise<void> {
  for (const [tmp] of journal.renames) await rm(join(paths.root, tmp), { force: true });
  for (const dir of new Set(journal.renames.map(([, target]) => dirname(join(paths.root, target)))))
    await rmdir(dir).catch(() => {});
  await rm(journalPath(paths), { force: true });
}

/** Rename every temporary file still there over its target, delete, drop the journal. */
async function rollForward(paths: Paths, journal: Journal): Promise<void> {
  for (const [tmp, target] of journal.renames)
    if (existsSync(join(paths.root, tmp))) await rename(join(paths.root, tmp), join(paths.root, target));
  for (const file of journal.deletes) await rm(join(paths.root, file), { force: true });
  await rm(journalPath(paths), { force: true });
}

/** Write `writes` and delete `deletes` as one change (see the top of this file). Call under the project lock. */
/**
 * A file the change writes must lie in the project, reached through real folders: a folder of
 * data/ that is a symbolic link ("data/sources/x → /etc") would put the copy, the extraction or
 * the manifest outside it. Refused, with the link named, before anything is written.
 */
export async function refuseLinkedPath(paths: Paths, file: string): Promise<void> {
  const rel = relative(paths.root, file);
  if (rel.startsWith("..") || isAbsolute(rel))
    throw new RefusedError(`${file} is outside the project (${paths.root}); nothing was written`);
  let at = paths.root;
  for (const part of rel.split(sep)) {
    at = join(at, part);
    const stat = await lstat(at).catch(() => null);
    if (stat === null) return;
    if (stat.isSymbolicLink())
      throw new RefusedError(
        `${relative(paths.root, at)} is a symbolic link (to ${await readlink(at).catch(() => "?")}); finsam writes only inside the project's own folders. Replace the link with a folder; nothing was written`,
      );
  }
}

export async function commitFiles(
  paths: Paths,
  change: string,
  writes: readonly FileWrite[],
  deletes: readonly string[] = [],
): Promise<void> {
  const rel = (file: string) => relative(paths.root, file);
  for (const file of [...writes.map((w) => w.file), ...deletes]) await refuseLinkedPath(paths, file);
  const journal: Journal = {
    change,
    state: "staging",
    renames: writes.map((w) => [`${rel(w.file)}.tmp-${process.pid}`, rel(w.file)]),
    deletes: deletes.map(rel),
  };
  try {
    await writeJournal(paths, journal);
    for (const [i, w] of writes.entries()) {
      await mkdir(dirname(w.file), { recursive: true });
      await writeFile(join(paths.root, journal.renames[i]![0]), w.data);
    }
    await writeJournal(paths, { ...journal, state: "committed" });
  } catch (err) {
    await rollBack(paths, journal);
    throw new Error(`${change} failed (${(err as Error).message}); nothing was written`, { cause: err });
  }
  await rollForward(paths, journal);
}

/**
 * Finish or roll back a change whose writer was killed; returns what was done, for the user, or
 * null when there was nothing to do. Call under the project lock (its holder is the only writer).
 */
export async function recoverInterrupted(paths: Paths): Promise<string | null> {
  const file = journalPath(paths);
  // The journal's own temporary file, from a writer killed while writing it.
  const dir = dirname(file);
  for (const name of existsSync(dir) ? await readdir(dir) : [])
    if (name.startsWith(`${JOURNAL_NAME}.tmp-`)) await rm(join(dir, name), { force: true });
  if (!existsSync(file)) return null;
  const where = relative(paths.root, file);
  let journal: Journal;
  try {
    journal = journalSchema.parse(JSON.parse(await readBoundedText(file, { limit: 1024 * 1024, name: where })));
  } catch (err) {
    throw new Error(
      `${where} is unreadable (${(err as Error).message.split("\n")[0]}); an interrupted change cannot be finished. Check data/ by hand (git status), then remove the file`,
    );
  }
  if (journal.state === "committed") {
    await rollForward(paths, journal);
    return `finished an interrupted ${journal.change} (the process was stopped after it had committed; ${journal.renames.length} file(s) put in place, ${journal.deletes.length} removed)`;
  }
  await rollBack(paths, journal);
  return `rolled back an interrupted ${journal.change} (the process was stopped before it had committed; nothing of it was kept)`;
}

/**
 * Run `fn`, which changes the project's files, under the project lock, after finishing or rolling
 * back whatever change a killed writer left (reported through `notice`).
 */
export async function changeProject<T>(
  paths: Paths,
  fn: () => Promise<T>,
  options: LockOptions & { notice?: (message: string) => void } = {},
): Promise<T> {
  return withProjectLock(
    paths,
    async () => {
      const done = await recoverInterrupted(paths);
      if (done) options.notice?.(`finsam: ${done}`);
      return fn();
    },
    options,
  );
}
