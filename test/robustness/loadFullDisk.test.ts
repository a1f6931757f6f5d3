/**
 * A full disk during `load` (issue 21): the load stops with a clear error, the previous warehouse
 * stays byte for byte, and no temporary file or staging folder is left. The project sits on a
 * real size-limited tmpfs (skipped where none can be mounted), filled up to a few bytes or a few
 * megabytes, so the load runs out of room while staging rows or inside DuckDB.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statfsSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { dumpTables, fileHashes, runCli, sandbox, warehouseOf } from "../support/sandbox.ts";

describe("a full disk during load", () => {
  let mountPoint = "";
  let mounted = false;
  const dirs: string[] = [];
  beforeAll(() => {
    mountPoint = mkdtempSync(join(tmpdir(), "finsam-load-tmpfs-"));
    mounted = spawnSync("mount", ["-t", "tmpfs", "-o", "size=48m", "tmpfs", mountPoint]).status === 0;
  });
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  afterAll(() => {
    if (mounted) spawnSync("umount", [mountPoint]);
    rmSync(mountPoint, { recursive: true, force: true });
  });

  // Room left: none to speak of (the rows' staging files fail), or enough for staging but not
  // for the new database (DuckDB's own writes fail).
  for (const [what, room] of [
    ["while staging rows", 16 * 1024],
    ["while DuckDB writes", 3 * 1024 * 1024],
  ] as const) {
    it(`${what}: exit 1 with a clear error, the old warehouse intact, no temp files`, async (ctx) => {
      if (!mounted) ctx.skip();
      const dir = sandbox("finsam-load-full-", mountPoint);
      dirs.push(dir);
      const warehouse = warehouseOf(dir);
      const first = runCli(dir, ["load"]);
      expect(first.status, first.stderr).toBe(0);
      const oldTables = await dumpTables(warehouse);
      // New inputs: a load that got through would change the federation table.
      const registry = join(dir, "data/federations/blekinge.yaml");
      writeFileSync(registry, readFileSync(registry, "utf8").replace(/^name: (.*)$/m, "name: $1 (ny)"));
      const before = fileHashes(join(dir, "data"));

      const filler = join(mountPoint, "filler");
      const { bavail, bsize } = statfsSync(mountPoint);
      writeFileSync(filler, Buffer.alloc(Math.max(0, Number(bavail) * Number(bsize) - room)));
      const run = runCli(dir, ["load"]);
      rmSync(filler);

      expect(run.status, run.stderr).toBe(1);
      expect(run.stderr).toMatch(/no space left on the disk/i);
      expect(run.stderr).toMatch(/the previous warehouse is unchanged/);
      expect(fileHashes(join(dir, "data"))).toEqual(before);
      expect(await dumpTables(warehouse)).toEqual(oldTables);
      expect(readdirSync(dirname(warehouse)).filter((n) => n.includes(".tmp-"))).toEqual([]);

      // With room again, the same inputs load.
      const again = runCli(dir, ["load"]);
      expect(again.status, again.stderr).toBe(0);
      expect((await dumpTables(warehouse)).federation).not.toEqual(oldTables.federation);
    }, 120_000);
  }
});
