/**
 * The export's last step, and the repair of an export killed during it. The new package is built
 * in `<target>.tmp-<pid>` (its marker written first, SHA256SUMS last and by a rename, so a folder
 * with SHA256SUMS is complete). The swap renames the old package aside to `<target>.old-<pid>`,
 * the new one in, and only then deletes the old: at every instant the old or the new package is
 * whole under one of those names.
 *
 * The next export first repairs what a killed one left: a complete temporary package is moved in
 * (the swap finished), else a package set aside is put back when the target is missing; then the
 * leftovers of dead exports are removed, but only folders that carry the export marker.
 */
import { existsSync, readdirSync } from "node:fs";
import { readdir, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { EXPORT_MARKER, inspectTarget, isProcessAlive } from "./exportTarget.ts";

/** The file an export writes last: a package folder holding it is complete. */
export const LAST_FILE = "SHA256SUMS";

export interface Leftover {
  kind: "tmp" | "old";
  path: string;
}

/**
 * `<target>.tmp-<pid>` and `<target>.old-<pid>` siblings of dead exports (not this process, not a
 * running export) that carry the export marker, or are empty (removePackage deletes the marker
 * last); someone else's folder of the same name is never listed. `hasMarker` looks at the disk
 * unless a test gives it.
 */
export function leftoverFolders(
  target: string,
  siblings: readonly string[],
  isAlive: (pid: number) => boolean,
  hasMarker: (path: string) => boolean = (path) =>
    existsSync(join(path, EXPORT_MARKER)) || (inspectTarget(path).kind === "folder" && readdirSync(path).length === 0),
): Leftover[] {
  const out: Leftover[] = [];
  for (const name of [...siblings].sort()) {
    const m = /^\.(tmp|old)-(\d+)$/.exec(name.slice(basename(target).length));
    if (!name.startsWith(basename(target)) || !m || isAlive(Number(m[2]))) continue;
    const path = join(dirname(target), name);
    if (hasMarker(path)) out.push({ kind: m[1] as Leftover["kind"], path });
  }
  return out;
}

/**
 * Delete a package folder with its marker last, so that a delete cut short leaves a folder that
 * still says it is an export's (and is removed by the next export), or an empty one.
 */
export async function removePackage(dir: string): Promise<void> {
  if (!existsSync(dir)) return;
  for (const name of await readdir(dir))
    if (name !== EXPORT_MARKER) await rm(join(dir, name), { recursive: true, force: true });
  await rm(dir, { recursive: true, force: true });
}

const complete = (dir: string) => existsSync(join(dir, LAST_FILE)) && existsSync(join(dir, EXPORT_MARKER));

/** Move the complete package `tmp` in as `target`, keeping the old one whole until the new one is in place. */
export async function swapIn(tmp: string, target: string): Promise<void> {
  const aside = `${target}.old-${process.pid}`;
  await removePackage(aside);
  const hadOld = existsSync(target);
  if (hadOld) await rename(target, aside);
  try {
    await rename(tmp, target);
  } catch (err) {
    if (hadOld) await rename(aside, target);
    throw err;
  }
  if (hadOld) await removePackage(aside);
}

/** Finish or undo the swap of an export that was killed, then remove dead exports' folders; says what it did. */
export async function repairInterruptedExport(
  target: string,
  isAlive: (pid: number) => boolean = isProcessAlive,
): Promise<string[]> {
  const parent = dirname(target);
  const list = async () => leftoverFolders(target, existsSync(parent) ? await readdir(parent) : [], isAlive);
  const notes: string[] = [];
  const left = await list();
  // The newest complete package: no later export finished, or it would have removed this one.
  const finished = [];
  for (const l of left)
    if (l.kind === "tmp" && complete(l.path)) finished.push({ ...l, at: (await stat(l.path)).mtimeMs });
  const newest = finished.sort((a, b) => b.at - a.at)[0];
  if (newest) {
    await swapIn(newest.path, target);
    notes.push(`finished an interrupted export: its complete package ${basename(newest.path)} is now ${target}`);
  } else if (!existsSync(target)) {
    const old = left.find((l) => l.kind === "old" && inspectTarget(l.path).kind === "folder");
    if (old) {
      await rename(old.path, target);
      notes.push(`restored ${target} from ${basename(old.path)}, set aside by an interrupted export`);
    }
  }
  for (const l of await list()) {
    await removePackage(l.path);
    notes.push(`removed ${basename(l.path)}, left by an interrupted export`);
  }
  return notes;
}
