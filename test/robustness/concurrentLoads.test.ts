/**
 * Several `npm run load` at once on the same project: each writes its own temp file and swaps
 * it in atomically, so all finish, the warehouse is complete (the same tables a single load
 * gives), and no temp file is left. A load must not remove a running load's temp file.
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { ROOT } from "../helpers.ts";
import { cliEnv, dumpTables, loadRun, query, runCli, sandbox, spawnCli, warehouseOf } from "../support/sandbox.ts";

let dir: string;
let single: Record<string, string>;

beforeAll(async () => {
  dir = sandbox("finsam-concurrent-");
  const res = runCli(dir, ["load"]);
  expect(res.status, res.stderr).toBe(0);
  single = await dumpTables(warehouseOf(dir));
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function load(): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawnCli(dir, ["load"]);
    let stderr = "";
    child.stderr!.on("data", (c: Buffer) => (stderr += c.toString()));
    child.on("exit", (code) => resolve({ code, stderr }));
  });
}

it("three loads at once all finish with a complete warehouse", async () => {
  const runs = await Promise.all([load(), load(), load()]);
  for (const r of runs) expect(r.code, r.stderr).toBe(0);
  // No load took another's temp file for a killed load's.
  for (const r of runs) expect(r.stderr).not.toMatch(/removed temp files/);
  const warehouse = warehouseOf(dir);
  expect(await dumpTables(warehouse)).toEqual(single);
  expect(await loadRun(warehouse)).toEqual({ partial: false, rejected_inputs: 0 });
  expect((await query(warehouse, "SELECT count(*)::INTEGER AS n FROM load_run"))[0]!.n).toBe(1);
  expect(readdirSync(join(dir, "data")).filter((f) => f.includes(".tmp-") || f.includes("rejected"))).toEqual([]);
}, 120_000);

it("a load that runs while another waits to swap leaves the other's temp file alone; both finish", async () => {
  // Load A writes its temp file, then waits before the swap until B has finished.
  const go = join(dir, "go");
  const script = join(dir, "paused-load.mts");
  writeFileSync(
    script,
    `import { existsSync } from "node:fs";
     import { projectPaths } from ${JSON.stringify(resolve(ROOT, "loaders/config/paths.ts"))};
     import { buildWarehouse } from ${JSON.stringify(resolve(ROOT, "loaders/warehouse/buildWarehouse.ts"))};
     await buildWarehouse(projectPaths(), { beforeSwap: async () => {
       process.stderr.write("paused\\n");
       while (!existsSync(${JSON.stringify(go)})) await new Promise((r) => setTimeout(r, 50));
     } });
     process.stderr.write("swapped\\n");`,
  );
  const a = spawn(process.execPath, ["--import", "tsx", script], {
    cwd: ROOT,
    env: cliEnv(dir),
    stdio: ["ignore", "ignore", "pipe"],
  });
  let aErr = "";
  const aDone = new Promise<number | null>((done) => a.on("exit", done));
  await new Promise<void>((paused) =>
    a.stderr!.on("data", (c: Buffer) => ((aErr += c.toString()), aErr.includes("paused") && paused())),
  );
  const aTemp = `warehouse.duckdb.tmp-${a.pid}`;
  expect(existsSync(join(dir, "data", aTemp))).toBe(true);

  const b = await load();
  expect(b.code, b.stderr).toBe(0);
  expect(b.stderr).not.toMatch(/removed temp files/);
  expect(existsSync(join(dir, "data", aTemp))).toBe(true);

  writeFileSync(go, "");
  expect(await aDone, aErr).toBe(0);
  expect(aErr).toMatch(/swapped/);
  expect(await dumpTables(warehouseOf(dir))).toEqual(single);
  expect(readdirSync(join(dir, "data")).filter((f) => f.includes(".tmp-"))).toEqual([]);
}, 120_000);
