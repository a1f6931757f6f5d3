/**
 * A load staged on several threads (stagePool.ts) writes the same warehouse as one staged in the
 * main thread alone: the same tables, row for row and in storage order, the same input hash and
 * the same rejections, in the same order.
 */
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { projectPaths } from "../../loaders/config/paths.ts";
import { buildWarehouse } from "../../loaders/warehouse/buildWarehouse.ts";
import { workersFor } from "../../loaders/warehouse/stagePool.ts";
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
});
