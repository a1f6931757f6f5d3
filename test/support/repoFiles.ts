/** The repository's own files under a folder, for tests that check every file of a kind is covered. */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../helpers.ts";

// Generated copies, ignored by git: Framework's cache and the synthetic site the browser tests build.
const GENERATED_DIRS = ["src/.observablehq", "test/artifacts"];

/** Repository-relative paths of the files under `dir` whose name `keep` accepts, generated copies left out. */
export function repoFiles(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return GENERATED_DIRS.includes(path) ? [] : repoFiles(path, keep);
    return keep(entry.name) ? [path] : [];
  });
}
