/**
 * `export --out` only ever replaces an earlier export. The pure check is tested case by case;
 * then the real command runs against a temporary copy of the project (FINSAM_ROOT) and
 * `export --out data` must refuse and delete nothing, the defect this guards against.
 */
import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fileHashes } from "../support/sandbox.ts";
import { projectPaths } from "../../loaders/config/paths.ts";
import {
  checkExportTarget,
  EXPORT_MARKER,
  inspectTarget,
  realTarget,
  type TargetState,
} from "../../loaders/export/exportTarget.ts";
import { leftoverFolders } from "../../loaders/export/swapPackage.ts";
import { buildWarehouse } from "../../loaders/warehouse/buildWarehouse.ts";
import { ROOT } from "../helpers.ts";

const root = "/home/u/finsam-compare";
const missing: TargetState = { kind: "missing" };
const empty: TargetState = { kind: "folder", entries: [], marker: false, ownPackage: false };
const stray: TargetState = { kind: "folder", entries: ["notes.txt"], marker: false, ownPackage: false };
const earlier: TargetState = {
  kind: "folder",
  entries: [EXPORT_MARKER, "datapackage.json"],
  marker: true,
  ownPackage: true,
};
const earlierWithoutMarker: TargetState = {
  kind: "folder",
  entries: ["datapackage.json", "x.csv"],
  marker: false,
  ownPackage: true,
};

const reason = (target: string, state: TargetState) => {
  const verdict = checkExportTarget(target, root, state);
  return verdict.ok ? "ok" : verdict.reason;
};

describe("checkExportTarget", () => {
  it("refuses the project's data/, src/ and loaders/ and anything inside them, even when missing or empty", () => {
    expect(reason(`${root}/data`, earlier)).toMatch(/project's data\/ folder.*nothing was deleted/);
    expect(reason(`${root}/data/sources`, empty)).toMatch(/inside the project's data\/ folder/);
    expect(reason(`${root}/src/x`, missing)).toMatch(/inside the project's src\/ folder/);
    expect(reason(`${root}/loaders`, stray)).toMatch(/project's loaders\/ folder/);
  });

  it("refuses the repository root and every folder above it", () => {
    expect(reason(root, earlier)).toMatch(/repository root/);
    expect(reason("/home/u", stray)).toMatch(/contains the repository/);
    expect(reason("/", stray)).toMatch(/contains the repository/);
  });

  it("refuses an existing folder with a stray file, and a file", () => {
    expect(reason("/tmp/out", stray)).toMatch(/not an earlier export \(notes\.txt; no \.finsam-export marker/);
    expect(reason("/tmp/out", { kind: "file" })).toMatch(/a file, not a folder/);
  });

  it("does not mistake a sibling whose name starts like a protected folder for it", () => {
    expect(reason(`${root}/database-export`, missing)).toBe("ok");
    expect(reason(`${root}/srcx`, empty)).toBe("ok");
  });

  it("allows the default dist/data, a missing or empty folder, and an earlier export", () => {
    expect(reason(`${root}/dist/data`, stray)).toBe("ok");
    expect(reason("/tmp/out", missing)).toBe("ok");
    expect(reason("/tmp/out", empty)).toBe("ok");
    expect(reason("/tmp/out", earlier)).toBe("ok");
    expect(reason("/tmp/out", earlierWithoutMarker)).toBe("ok");
  });
});

describe("leftoverFolders", () => {
  it("lists only <target>.tmp-<pid> and .old-<pid> siblings whose process is gone and that carry the marker", () => {
    const alive = new Set([100, process.pid]);
    const names = [
      "out",
      "out.tmp-99",
      "out.tmp-100",
      `out.tmp-${process.pid}`,
      "out.tmp-abc",
      "other.tmp-98",
      "out.tmp-97.bak",
      "out.old-96",
      "out.tmp-95",
    ];
    const unmarked = new Set(["/x/out.tmp-95"]);
    expect(
      leftoverFolders(
        "/x/out",
        names,
        (pid) => alive.has(pid),
        (p) => !unmarked.has(p),
      ),
    ).toEqual([
      { kind: "old", path: "/x/out.old-96" },
      { kind: "tmp", path: "/x/out.tmp-99" },
    ]);
  });
});

let dir: string;
const tsx = join(ROOT, "node_modules/.bin/tsx");
const cli = join(ROOT, "loaders/cli.ts");

/** `finsam export` in the temporary project, as a user would run it from its folder. */
function runExport(out: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, FINSAM_ROOT: dir };
  delete env.FINSAM_WAREHOUSE;
  return spawnSync(tsx, [cli, "export", "--out", out], { cwd: dir, env, encoding: "utf8" });
}

describe("inspectTarget and the export command", () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "finsam-export-target-"));
    cpSync(join(ROOT, "data"), join(dir, "data"), {
      recursive: true,
      filter: (src) => !src.includes("warehouse.duckdb"),
    });
    mkdirSync(join(dir, "src"));
    writeFileSync(join(dir, "src", "index.md"), "# Översikt\n");
    await buildWarehouse(projectPaths(dir));
  }, 120_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("reads a folder's state: entries, the marker and its own datapackage.json", () => {
    const d = join(dir, "inspect");
    expect(inspectTarget(d)).toEqual({ kind: "missing" });
    mkdirSync(d);
    expect(inspectTarget(d)).toEqual(empty);
    writeFileSync(join(d, "datapackage.json"), JSON.stringify({ name: "someone-else" }));
    expect(inspectTarget(d)).toEqual({
      kind: "folder",
      entries: ["datapackage.json"],
      marker: false,
      ownPackage: false,
    });
    writeFileSync(join(d, "datapackage.json"), JSON.stringify({ name: "finsam-compare" }));
    expect(inspectTarget(d)).toMatchObject({ ownPackage: true });
  });

  it("resolves a symlink to data/ before checking", () => {
    symlinkSync(join(dir, "data"), join(dir, "innocent"));
    expect(realTarget(join(dir, "innocent"))).toBe(join(realTarget(dir), "data"));
    expect(realTarget(join(dir, "innocent", "new"))).toBe(join(realTarget(dir), "data", "new"));
  });

  it("`export --out data` refuses, exits 1 and deletes nothing", () => {
    const before = fileHashes(join(dir, "data"));
    expect(Object.keys(before).length).toBeGreaterThan(10);
    const run = runExport("data");
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/export --out .*\/data: that is the project's data\/ folder/);
    expect(run.stdout).not.toMatch(/wrote/);
    expect(fileHashes(join(dir, "data"))).toEqual(before);
  });

  it("refuses src/x, the root, a symlink to data/ and a folder with a stray file, deleting nothing", () => {
    mkdirSync(join(dir, "keep"));
    writeFileSync(join(dir, "keep", "notes.txt"), "mine");
    const data = fileHashes(join(dir, "data"));
    for (const [out, why] of [
      ["src/x", /inside the project's src\/ folder/],
      [".", /repository root/],
      ["innocent", /project's data\/ folder/],
      ["keep", /not an earlier export \(notes\.txt/],
    ] as const) {
      const run = runExport(out);
      expect(run.status, out).toBe(1);
      expect(run.stderr, out).toMatch(why);
    }
    expect(readFileSync(join(dir, "keep", "notes.txt"), "utf8")).toBe("mine");
    expect(readFileSync(join(dir, "src", "index.md"), "utf8")).toBe("# Översikt\n");
    expect(fileHashes(join(dir, "data"))).toEqual(data);
  });

  it("writes to a new folder, replaces its own earlier export, and removes a killed export's temp folder", async () => {
    // A pid that is certainly gone: a process that has already exited.
    const gone = await new Promise<number>((ok) => {
      const child = spawn(process.execPath, ["-e", ""]);
      child.on("exit", () => ok(child.pid!));
    });
    mkdirSync(join(dir, `published.tmp-${gone}`));
    writeFileSync(join(dir, `published.tmp-${gone}`, "half.csv"), "a\n");
    writeFileSync(join(dir, `published.tmp-${gone}`, EXPORT_MARKER), "");
    mkdirSync(join(dir, `published.tmp-${process.pid}`));
    const first = runExport("published");
    expect(first.status, first.stderr).toBe(0);
    expect(existsSync(join(dir, "published", EXPORT_MARKER))).toBe(true);
    expect(existsSync(join(dir, `published.tmp-${gone}`))).toBe(false);
    // A live process's folder (this test's) is not touched.
    expect(existsSync(join(dir, `published.tmp-${process.pid}`))).toBe(true);
    const second = runExport("published");
    expect(second.status, second.stderr).toBe(0);
    expect(readFileSync(join(dir, "published", "SHA256SUMS"), "utf8")).toContain(`  ${EXPORT_MARKER}\n`);
  }, 60_000);
});
