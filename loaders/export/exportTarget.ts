/**
 * Where `export --out` may write. The export replaces its target folder whole, so it must only
 * ever replace an earlier export: never the project's own folders, the repository, or a folder
 * someone keeps other files in. `checkExportTarget` decides from plain facts (pure, unit
 * tested); `inspectTarget` gathers those facts from the disk.
 */
import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { processAlive } from "../config/processAlive.ts";
import { READ_LIMITS } from "../input/readBounded.ts";
import { PACKAGE_NAME } from "./dataPackage.ts";

/** Written into every export, so a later export knows the folder is its own to replace. */
export const EXPORT_MARKER = ".finsam-export";
export const EXPORT_MARKER_TEXT = "finsam-compare open-data export: `npm run export` replaces this folder whole.\n";

/** The project's folders that no export may replace or write inside. */
export const PROTECTED_FOLDERS = ["data", "src", "loaders"] as const;

export type TargetState =
  { kind: "missing" } | { kind: "file" } | { kind: "folder"; entries: string[]; marker: boolean; ownPackage: boolean };

export type TargetVerdict = { ok: true } | { ok: false; reason: string };

const within = (parent: string, path: string) =>
  path === parent || path.startsWith(parent.endsWith(sep) ? parent : parent + sep);

/**
 * May an export replace `target`? Both paths absolute and with symlinks resolved. The
 * default target (`<root>/dist/data`) is the build's own and always allowed.
 */
export function checkExportTarget(target: string, root: string, state: TargetState): TargetVerdict {
  const refuse = (why: string): TargetVerdict => ({
    ok: false,
    reason: `export --out ${target}: ${why}; nothing was deleted. Choose a new or empty folder, or an earlier export`,
  });
  if (target === root) return refuse("that is the repository root");
  if (within(target, root)) return refuse(`that folder contains the repository (${root})`);
  for (const name of PROTECTED_FOLDERS) {
    const folder = resolve(root, name);
    if (within(folder, target))
      return refuse(
        `that is ${target === folder ? "" : "inside "}the project's ${name}/ folder, which holds its inputs or code`,
      );
  }
  if (target === resolve(root, "dist", "data")) return { ok: true };
  if (state.kind === "missing") return { ok: true };
  if (state.kind === "file") return refuse("that is a file, not a folder");
  if (state.entries.length === 0 || state.marker || state.ownPackage) return { ok: true };
  const shown =
    state.entries.slice(0, 3).join(", ") + (state.entries.length > 3 ? ` and ${state.entries.length - 3} more` : "");
  return refuse(
    `that folder holds files that are not an earlier export (${shown}; no ${EXPORT_MARKER} marker or ${PACKAGE_NAME} datapackage.json)`,
  );
}

/** The path with symlinks resolved as far as it exists (the rest may not exist yet). */
export function realTarget(path: string): string {
  const absolute = resolve(path);
  let existing = absolute;
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
  try {
    return join(realpathSync(existing), relative(existing, absolute));
  } catch {
    return absolute;
  }
}

/** What is at `path` now (not following a symlink at the path itself: that is a file here). */
export function inspectTarget(path: string): TargetState {
  let stat;
  try {
    stat = lstatSync(path);
  } catch {
    return { kind: "missing" };
  }
  if (!stat.isDirectory()) return { kind: "file" };
  const entries = readdirSync(path).sort();
  let ownPackage = false;
  try {
    // Only a regular file of a sane size is read: the folder is someone else's until proven ours.
    const file = join(path, "datapackage.json");
    const st = lstatSync(file);
    ownPackage =
      st.isFile() &&
      st.size <= READ_LIMITS.yaml &&
      (JSON.parse(readFileSync(file, "utf8")) as { name?: unknown }).name === PACKAGE_NAME;
  } catch {
    ownPackage = false;
  }
  return { kind: "folder", entries, marker: entries.includes(EXPORT_MARKER), ownPackage };
}

/** Throws with the reason when the export may not replace `outDir`; returns its real path otherwise. */
export function assertExportTarget(outDir: string, root: string): string {
  const target = realTarget(outDir);
  const verdict = checkExportTarget(target, realTarget(root), inspectTarget(target));
  if (!verdict.ok) throw new Error(verdict.reason);
  return target;
}

/** Alive for the purpose of leftovers: this process counts as running. */
export function isProcessAlive(pid: number): boolean {
  return pid === process.pid || processAlive(pid);
}
