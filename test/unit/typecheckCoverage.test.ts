/**
 * Every TypeScript file under loaders/, src/ and test/ is type-checked. tsconfig.json once listed
 * only src/data/**, so the dynamic-route loaders (src/forbund/[federation].json.ts and the like)
 * ran unchecked. The file list comes from the TypeScript API reading tsconfig.json the way
 * `tsc --listFilesOnly` does (same include/exclude rules), without type-checking, so it stays fast.
 */
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers.ts";
import { repoFiles } from "../support/repoFiles.ts";

const FOLDERS = ["loaders", "src", "test"];
const TYPESCRIPT = /\.(?:[cm]?ts|tsx)$/;

/** Repository-relative paths of the files tsconfig.json hands to the compiler. */
function checkedFiles(): Set<string> {
  const configPath = join(ROOT, "tsconfig.json");
  const { config, error } = ts.readConfigFile(configPath, ts.sys.readFile);
  if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, "\n"));
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, ROOT, undefined, configPath);
  return new Set(parsed.fileNames.map((f) => relative(ROOT, f)));
}

describe("type-check coverage", () => {
  const onDisk = FOLDERS.flatMap((dir) => repoFiles(dir, (name) => TYPESCRIPT.test(name))).sort();

  it("walks the folders, dynamic-route loaders included", () => {
    expect(onDisk).toEqual(
      expect.arrayContaining([
        "loaders/cli.ts",
        "src/data/overview.json.ts",
        "src/forbund/[federation].json.ts",
        "src/kodbok.md.ts",
        "test/support/datapackage.d.ts",
      ]),
    );
  });

  it("hands every one of them to tsc", () => {
    const checked = checkedFiles();
    expect(onDisk.filter((f) => !checked.has(f))).toEqual([]);
  });
});
