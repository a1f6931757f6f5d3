/**
 * A load staged on several threads (stagePool.ts) writes the same warehouse as one staged in the
 * main thread alone: the same tables, row for row and in storage order, the same input hash and
 * the same rejections, in the same order.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { projectPaths } from "../../loaders/config/paths.ts";
import { buildWarehouse } from "../../loaders/warehouse/buildWarehouse.ts";
import { stageFederations, startWorkers, workersFor } from "../../loaders/warehouse/stagePool.ts";
import { planInputs } from "../../loaders/input/readInputs.ts";
import { TABLES } from "../../loaders/schema/tables.ts";
import { query, sandbox } from "../support/sandbox.ts";

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** A copy of the project with one extraction broken, so there is a rejection to carry across threads. */
function project(): string {
  const dir = sandbox("finsam-pool-");
  dirs.push(dir);
  writeFileSync(join(dir, "data/extracted/blekinge/2025-05-05-board-minutes.json"), "{ not json");
  return dir;
}

/** Every table in storage order (no ORDER BY), and load_run's hash and counts. */
async function contents(file: string) {
  const out: Record<string, unknown> = {};
  for (const t of TABLES)
    out[t.name] =
      t.name === "load_run"
        ? await query(file, `SELECT input_sha256, row_counts::VARCHAR AS counts, rejected_inputs FROM load_run`)
        : await query(file, `SELECT * FROM "${t.name}"`);
  return out;
}

describe("a load on several threads", () => {
  it("starts workers only where they pay off: for hundreds of documents, one core left to the main thread", () => {
    expect(workersFor(5, 2)).toBe(0);
    expect(workersFor(1125, 1)).toBe(0);
    expect(workersFor(1125, 2)).toBe(1);
    expect(workersFor(300, 8)).toBe(1);
    expect(workersFor(3375, 8)).toBe(2);
  });

  it("writes what a load in one thread writes", async () => {
    const [one, two] = [project(), project()];
    const inline = await buildWarehouse(projectPaths(one), { workers: 0, acceptPartial: true });
    const pooled = await buildWarehouse(projectPaths(two), { workers: 2, acceptPartial: true });
    expect(pooled.rejected).toEqual(inline.rejected);
    expect(inline.rejected.map((r) => r.file)).toEqual(["data/extracted/blekinge/2025-05-05-board-minutes.json"]);
    expect(pooled.rowCounts).toEqual(inline.rowCounts);
    expect(inline.rowCounts.finance).toBeGreaterThan(0);
    expect(await contents(pooled.warehouse)).toEqual(await contents(inline.warehouse));
  });

  it("stops the workers it started early when the manifest is bad, and says what is wrong with the manifest", async () => {
    const dir = project();
    writeFileSync(join(dir, "data/sources/manifest.yaml"), "documents:\n  - sha256: [not, a, document\n");
    await expect(buildWarehouse(projectPaths(dir), { workers: 2 })).rejects.toThrow(/manifest\.yaml/);
  });

  it("takes the workers its caller started (the command line's early start) and ends them, also when it fails", async () => {
    const [one, two, bad] = [project(), project(), project()];
    const inline = await buildWarehouse(projectPaths(one), { workers: 0, acceptPartial: true });
    const given = startWorkers(projectPaths(two), 1);
    const exited = given.map((w) => new Promise((resolve) => w.worker.once("exit", resolve)));
    const pooled = await buildWarehouse(projectPaths(two), { started: Promise.resolve(given), acceptPartial: true });
    await Promise.all(exited);
    expect(await contents(pooled.warehouse)).toEqual(await contents(inline.warehouse));
    // A load that fails before it stages (a manifest it cannot read) ends the workers it was given too.
    writeFileSync(join(bad, "data/sources/manifest.yaml"), "documents:\n  - sha256: [not, a, document\n");
    const early = startWorkers(projectPaths(bad), 1);
    const ended = early.map((w) => new Promise((resolve) => w.worker.once("exit", resolve)));
    await expect(buildWarehouse(projectPaths(bad), { started: Promise.resolve(early) })).rejects.toThrow(
      /manifest\.yaml/,
    );
    await Promise.all(ended);
  });

  it("keeps as many of the workers started early as asked for, and starts more when too few were", async () => {
    const dir = project();
    const paths = projectPaths(dir);
    const plan = await planInputs(paths);
    const run = async (started: number, workers: number) => {
      const read: number[] = [];
      await stageFederations(
        paths,
        plan.jobs,
        mkdtempSync(join(dir, "stage-")),
        workers,
        startWorkers(paths, started),
        async (f) => {
          read.push(f.report.documentsRead);
        },
        { workerRead: () => {} },
      );
      return read;
    };
    const inline = await run(0, 0);
    expect(inline.reduce((a, b) => a + b, 0)).toBeGreaterThan(1);
    expect(await run(2, 1)).toEqual(inline);
    expect(await run(0, 2)).toEqual(inline);
  });
});
