/**
 * The export's last step under kill -9, and what a next export removes. The export is killed at
 * each file operation of its swap (a recursive delete cut halfway); at every such instant a whole
 * package exists under the target's name or a sibling's, and the next export, even one that is
 * refused (a partial warehouse), first leaves the target whole again and says so. Folders named
 * like an export's temporary folder are removed only when they carry the export marker. A full
 * disk (a real size-limited tmpfs, and an injected ENOSPC) fails the export with a clear error,
 * leaving the old package as it was and no temporary folder.
 */
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statfsSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it, type TestContext } from "vitest";
import { EXPORT_MARKER } from "../../loaders/export/exportTarget.ts";
import { fileHashes, runCli, runCliWithFault, sandbox, warehouseOf } from "../support/sandbox.ts";

let dir: string;
let partialDir: string;
let out: string;

const files = (d: string): string[] =>
  readdirSync(d).flatMap((name) => (statSync(join(d, name)).isDirectory() ? files(join(d, name)) : [join(d, name)]));

/** A complete package: SHA256SUMS lists every other file, with its sha256. */
function whole(d: string): boolean {
  if (!existsSync(join(d, "SHA256SUMS"))) return false;
  const sums = new Map(
    readFileSync(join(d, "SHA256SUMS"), "utf8")
      .trim()
      .split("\n")
      .map((l) => [l.slice(66), l.slice(0, 64)] as const),
  );
  const present = files(d)
    .map((f) => relative(d, f))
    .filter((f) => f !== "SHA256SUMS");
  return (
    present.length === sums.size &&
    present.every(
      (f) =>
        sums.get(f) ===
        createHash("sha256")
          .update(readFileSync(join(d, f)))
          .digest("hex"),
    )
  );
}

/** The target's siblings an export names: <out>.tmp-<pid>, <out>.old-<pid>. */
const siblings = () =>
  readdirSync(dirname(out))
    .filter((n) => /^published\.(tmp|old)-\d+$/.test(n))
    .map((n) => join(dirname(out), n));

const deadPid = () =>
  new Promise<number>((ok) => {
    const child = spawn(process.execPath, ["-e", ""]);
    child.on("exit", () => ok(child.pid!));
  });

beforeAll(() => {
  dir = sandbox("finsam-export-swap-");
  out = join(dir, "published");
  const load = runCli(dir, ["load"]);
  expect(load.status, load.stderr).toBe(0);
  // A partial warehouse (one input rejected, swapped in anyway): export refuses it.
  partialDir = sandbox("finsam-export-partial-");
  writeFileSync(join(partialDir, "data/extracted/blekinge/2025-05-05-board-minutes.json"), "{");
  const partial = runCli(partialDir, ["load", "--accept-partial"]);
  expect(partial.status, partial.stderr).toBe(0);
}, 180_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(partialDir, { recursive: true, force: true });
});

describe("export --out X and folders named X.tmp-<digits> (D10)", () => {
  it("removes a dead export's folder that carries the marker, and keeps one that does not", async () => {
    const theirs = join(dirname(out), `published.tmp-${await deadPid()}`);
    const ours = join(dirname(out), `published.tmp-${await deadPid()}`);
    mkdirSync(theirs);
    writeFileSync(join(theirs, "mine.txt"), "not an export");
    mkdirSync(ours);
    writeFileSync(join(ours, EXPORT_MARKER), "");
    writeFileSync(join(ours, "half.csv"), "a\n");
    const run = runCli(dir, ["export", "--out", out]);
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(join(theirs, "mine.txt"), "utf8")).toBe("not an export");
    expect(existsSync(ours)).toBe(false);
    expect(whole(out)).toBe(true);
    rmSync(theirs, { recursive: true });
  }, 120_000);
});

describe("kill -9 during the export's swap (D2)", () => {
  it("at every file operation of the swap a whole package exists, and the next export restores the target", () => {
    if (!whole(out)) expect(runCli(dir, ["export", "--out", out]).status).toBe(0);
    const killedAt: number[] = [];
    for (let nth = 1; nth <= 4; nth++) {
      const target = out.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      const run = runCliWithFault(dir, ["export", "--out", out], {
        ops: ["rename", "rm"],
        path: `^${target}(\\.(tmp|old)-\\d+)?$`,
        armedBy: "SHA256SUMS$",
        nth,
        then: "kill-midway",
      });
      if (run.signal !== "SIGKILL") {
        expect(run.status, run.stderr).toBe(0);
        continue;
      }
      killedAt.push(nth);
      const packages = [out, ...siblings()].filter((d) => existsSync(d) && whole(d));
      expect(packages.length, `killed at operation ${nth}: no whole package`).toBeGreaterThan(0);
      // The next export is refused (a partial warehouse), but repairs the target first.
      const refused = runCli(dir, ["export", "--out", out], { FINSAM_WAREHOUSE: warehouseOf(partialDir) });
      expect(refused.status).toBe(1);
      expect(refused.stderr).toMatch(/partial/);
      expect(whole(out), `killed at operation ${nth}: ${refused.stderr}`).toBe(true);
      expect(siblings().map((s) => basename(s))).toEqual([]);
      expect(refused.stderr).toMatch(/export: (finished an interrupted export|restored|removed)/);
    }
    expect(killedAt.length).toBeGreaterThanOrEqual(2);
  }, 300_000);
});

describe("a full disk during the export (D3)", () => {
  // A size-limited tmpfs, mounted when a test of this block runs and unmounted after.
  let mountPoint = "";
  let mounted = false;
  beforeAll(() => {
    mountPoint = mkdtempSync(join(tmpdir(), "finsam-export-tmpfs-"));
    mounted = spawnSync("mount", ["-t", "tmpfs", "-o", "size=24m", "tmpfs", mountPoint]).status === 0;
  });
  afterAll(() => {
    if (mounted) spawnSync("umount", [mountPoint]);
    rmSync(mountPoint, { recursive: true, force: true });
  });

  /** An export onto the tmpfs, then one with `room` bytes left on it. */
  const fullDisk = (room: number) => (ctx: TestContext) => {
    if (!mounted) ctx.skip();
    const published = join(mountPoint, "published");
    rmSync(published, { recursive: true, force: true });
    const first = runCli(dir, ["export", "--out", published]);
    expect(first.status, first.stderr).toBe(0);
    const before = fileHashes(published);
    const filler = join(mountPoint, "filler");
    const { bavail, bsize } = statfsSync(mountPoint);
    writeFileSync(filler, Buffer.alloc(Math.max(0, Number(bavail) * Number(bsize) - room)));
    const run = runCli(dir, ["export", "--out", published]);
    rmSync(filler);
    expect(run.status, run.stderr).toBe(1);
    expect(run.stderr).toMatch(/export: the disk is full.*unchanged/);
    expect(fileHashes(published)).toEqual(before);
    expect(whole(published)).toBe(true);
    expect(readdirSync(mountPoint).sort()).toEqual(["published"]);
  };
  // 256 kB left: DuckDB's first files fill the disk; 3 MB: the tables fit, and the copy of the
  // warehouse (11 MB, written by Node) does not.
  it(
    "while DuckDB writes the tables: exit 1, the full disk named, the old package whole and unchanged, no temporary folder",
    fullDisk(256 * 1024),
    180_000,
  );
  it("while the warehouse is copied: the same", fullDisk(3 * 1024 * 1024), 180_000);

  it("ENOSPC at the last files Node writes (datapackage.json): the same, where no tmpfs can be mounted", () => {
    if (!whole(out)) expect(runCli(dir, ["export", "--out", out]).status).toBe(0);
    const before = fileHashes(out);
    const run = runCliWithFault(dir, ["export", "--out", out], {
      ops: ["writeFile"],
      path: "datapackage\\.json$",
      then: "ENOSPC",
    });
    expect(run.status, run.stderr).toBe(1);
    expect(run.stderr).toMatch(/export: the disk is full.*unchanged/);
    expect(fileHashes(out)).toEqual(before);
    expect(siblings()).toEqual([]);
  }, 120_000);
});
