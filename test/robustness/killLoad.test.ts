/**
 * kill -9 of `npm run load` at several points: the warehouse is always either the previous
 * complete one or the new complete one, never a mix or a torn file. The temp files a killed
 * load leaves behind are removed by the next load, unless their process is still running.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dumpTables, loadRun, query, runCli, sandbox, spawnCli, warehouseOf } from "../support/sandbox.ts";

let dir: string;
let warehouse: string;
let oldTables: Record<string, string>;
let newTables: Record<string, string>;

const temps = () =>
  readdirSync(join(dir, "data"))
    .filter((f) => f.includes(".tmp-"))
    .sort();

/** Start a load and kill -9 it when its progress output shows `marker`. */
function killAt(marker: string): Promise<{ signal: NodeJS.Signals | null; code: number | null; sawMarker: boolean }> {
  return new Promise((resolve) => {
    const child = spawnCli(dir, ["load"]);
    let err = "";
    let sawMarker = false;
    child.stderr!.on("data", (chunk: Buffer) => {
      err += chunk.toString();
      if (!sawMarker && err.includes(marker)) {
        sawMarker = true;
        child.kill("SIGKILL");
      }
    });
    child.on("exit", (code, signal) => resolve({ signal, code, sawMarker }));
  });
}

beforeAll(async () => {
  dir = sandbox("finsam-kill-");
  warehouse = warehouseOf(dir);
  const first = runCli(dir, ["load"]);
  expect(first.status, first.stderr).toBe(0);
  oldTables = await dumpTables(warehouse);
  // The new inputs differ from the old in one visible value, so old and new can be told apart.
  const registry = join(dir, "data/federations/blekinge.yaml");
  writeFileSync(registry, readFileSync(registry, "utf8").replace(/^name: (.*)$/m, "name: $1 (ny)"));
  const reference = sandbox("finsam-kill-ref-");
  writeFileSync(join(reference, "data/federations/blekinge.yaml"), readFileSync(registry, "utf8"));
  const ref = runCli(reference, ["load"]);
  expect(ref.status, ref.stderr).toBe(0);
  newTables = await dumpTables(warehouseOf(reference));
  rmSync(reference, { recursive: true, force: true });
  expect(newTables.federation).not.toBe(oldTables.federation);
  expect(newTables.participant_count).toBe(oldTables.participant_count);
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("kill -9 during a load", () => {
  const markers = [
    "reading inputs",
    "[3/5]",
    "normalising",
    "writing warehouse",
    "  document_line:",
    "  data_quality:",
    "  coverage:",
  ];
  let killed = 0;

  for (const marker of markers) {
    it(`killed at "${marker.trim()}": the warehouse is the old or the new one, complete`, async () => {
      const run = await killAt(marker);
      expect(run.sawMarker).toBe(true);
      if (run.signal === "SIGKILL") killed++;
      const tables = await dumpTables(warehouse);
      const which =
        JSON.stringify(tables) === JSON.stringify(oldTables)
          ? "old"
          : JSON.stringify(tables) === JSON.stringify(newTables)
            ? "new"
            : "torn";
      expect(which).not.toBe("torn");
      // Complete: its load_run row matches the tables it holds.
      const [run_] = await query(warehouse, `SELECT row_counts::VARCHAR AS counts FROM load_run`);
      const counts = JSON.parse(String(run_!.counts)) as Record<string, number>;
      expect(counts.participant_count).toBe(JSON.parse(tables.participant_count!).length);
      expect(await loadRun(warehouse)).toEqual({ partial: false, rejected_inputs: 0 });
    });
  }

  it("most loads were really killed, and some left temp files behind", () => {
    expect(killed).toBeGreaterThanOrEqual(markers.length - 2);
    expect(temps().length).toBeGreaterThan(0);
  });
});

describe("the next load cleans up", () => {
  let sleeper: ChildProcess;
  afterAll(() => {
    sleeper?.kill("SIGKILL");
  });

  it("removes temp files of dead loads and keeps those of a running one", async () => {
    const dead = spawnSync(process.execPath, ["-e", ""]).pid!;
    writeFileSync(join(dir, `data/warehouse.duckdb.tmp-${dead}`), "torn");
    writeFileSync(join(dir, `data/warehouse.duckdb.tmp-${dead}.wal`), "torn");
    writeFileSync(join(dir, `data/warehouse.rejected.duckdb.tmp-${dead}`), "torn");
    sleeper = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"], { stdio: "ignore" });
    const live = `warehouse.duckdb.tmp-${sleeper.pid}`;
    writeFileSync(join(dir, "data", live), "a load still writing");
    const stale = temps().filter((f) => f !== live);
    expect(stale.length).toBeGreaterThanOrEqual(3);

    const res = runCli(dir, ["load"]);
    expect(res.status, res.stderr).toBe(0);
    expect(res.stderr).toMatch(/removed temp files of killed loads: .*warehouse\.duckdb\.tmp-/);
    expect(temps()).toEqual([live]);
    expect(existsSync(join(dir, "data/warehouse.rejected.duckdb"))).toBe(false);
    expect(await dumpTables(warehouse)).toEqual(newTables);
  });
});
