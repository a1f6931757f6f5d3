/**
 * kill -9 of `load` and `export` at random moments (seeded, so a failure repeats): afterwards
 * the previous warehouse and the previous export open and are complete, and the next run
 * leaves no temporary file or folder behind. KILL_POINTS sets how many moments per command
 * (3 here; `KILL_POINTS=10` for the robustness run of issue 21).
 */
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { random } from "../../loaders/synth/random.ts";
import { fileHashes, query, runCli, sandbox, sha256Of, spawnCli, warehouseOf } from "../support/sandbox.ts";

const POINTS = Number(process.env.KILL_POINTS ?? 3);
let dir: string;
let out: string;
let warehouseHash: string;
let exportHashes: Record<string, string>;
const duration: Record<"load" | "export", number> = { load: 0, export: 0 };

const timed = (args: string[]) => {
  const t = performance.now();
  const run = runCli(dir, args);
  expect(run.status, run.stderr).toBe(0);
  return performance.now() - t;
};

/** Start the command and kill -9 it after `ms`; resolves when it is gone. */
function killAfter(args: string[], ms: number): Promise<NodeJS.Signals | null> {
  return new Promise((resolve) => {
    const child = spawnCli(dir, args);
    const timer = setTimeout(() => child.kill("SIGKILL"), ms);
    child.on("exit", (_code, signal) => {
      clearTimeout(timer);
      resolve(signal);
    });
  });
}

const leftovers = (folder: string, prefix: string) => readdirSync(folder).filter((f) => f.startsWith(`${prefix}.tmp-`));

/** The export's SHA256SUMS hold for every file, and its DuckDB file opens with its tables. */
async function assertCompleteExport() {
  const sums = readFileSync(join(out, "SHA256SUMS"), "utf8").trim().split("\n");
  for (const line of sums) {
    const [sha, path] = line.split("  ");
    expect(sha256Of(join(out, path!)), path).toBe(sha);
  }
  const [row] = await query(join(out, "finsam.duckdb"), "SELECT count(*)::INTEGER AS n FROM document");
  expect(Number(row!.n)).toBeGreaterThan(0);
}

beforeAll(() => {
  dir = sandbox("finsam-killrandom-");
  out = join(dir, "export");
  duration.load = timed(["load"]);
  duration.export = timed(["export", "--out", out]);
  warehouseHash = sha256Of(warehouseOf(dir));
  exportHashes = fileHashes(out);
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("kill -9 at random moments", () => {
  const rnd = random(21);
  // Within the first 90 % of a run of normal length: later, the command may have finished.
  const moments = (ms: number) => Array.from({ length: POINTS }, () => Math.round(rnd() * 0.9 * ms));

  it(`during load (${POINTS}×): the previous warehouse stays whole; the next load removes the temp files`, async () => {
    let killed = 0;
    for (const ms of moments(duration.load)) {
      if ((await killAfter(["load"], ms)) === "SIGKILL") killed++;
      // The same inputs give the same tables; the file is the old one or a complete new one.
      const [run] = await query(warehouseOf(dir), "SELECT row_counts::VARCHAR AS c FROM load_run");
      const counts = JSON.parse(String(run!.c)) as Record<string, number>;
      const [lines] = await query(warehouseOf(dir), "SELECT count(*)::INTEGER AS n FROM document_line");
      expect(Number(lines!.n)).toBe(counts.document_line);
    }
    expect(killed).toBeGreaterThan(0);
    timed(["load"]);
    expect(leftovers(join(dir, "data"), "warehouse.duckdb")).toEqual([]);
    expect(existsSync(`${warehouseOf(dir)}.wal`)).toBe(false);
    warehouseHash = sha256Of(warehouseOf(dir));
  }, 600_000);

  it(`during export (${POINTS}×): the previous package stays whole; the next export removes the temp folders`, async () => {
    // The package of the warehouse as it is now: a killed export leaves it, or one that finished
    // leaves the same bytes again (the export is deterministic).
    timed(["export", "--out", out]);
    exportHashes = fileHashes(out);
    let killed = 0;
    for (const ms of moments(duration.export)) {
      if ((await killAfter(["export", "--out", out], ms)) === "SIGKILL") killed++;
      expect(fileHashes(out)).toEqual(exportHashes);
      await assertCompleteExport();
    }
    expect(killed).toBeGreaterThan(0);
    timed(["export", "--out", out]);
    expect(leftovers(dir, "export")).toEqual([]);
    await assertCompleteExport();
    // An export only reads the warehouse.
    expect(sha256Of(warehouseOf(dir))).toBe(warehouseHash);
  }, 600_000);
});
