/**
 * Extraction in worker threads writes what extraction in one thread writes: the same files, the
 * same summaries in manifest order, the same progress, and a broken document fails alone.
 */
import { appendFileSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectPaths } from "../../loaders/config/paths.ts";
import { workersFor } from "../../loaders/extract/extractPool.ts";
import { runExtract } from "../../loaders/extract/runExtract.ts";
import { HASH_RECORD } from "../../loaders/input/hashRecord.ts";
import { fileHashes, sandbox } from "../support/sandbox.ts";

describe("extraction in a pool of worker threads", () => {
  const dirs: Record<"inline" | "pool", string> = { inline: "", pool: "" };
  beforeAll(() => {
    for (const mode of ["inline", "pool"] as const) {
      dirs[mode] = sandbox("finsam-pool-");
      rmSync(join(dirs[mode], "data", "extracted"), { recursive: true, force: true });
      // One document no longer matches its checksum: it must fail alone, in both modes.
      const kalmar = join(dirs[mode], "data", "sources", "kalmar");
      const minutes = readdirSync(kalmar).find((f) => /protokoll/.test(f))!;
      appendFileSync(join(kalmar, minutes), "\n");
    }
  });
  afterAll(() => Object.values(dirs).forEach((d) => rmSync(d, { recursive: true, force: true })));

  it("writes the same files, summaries and progress as one thread", async () => {
    const progress: Record<string, string[]> = { inline: [], pool: [] };
    const inline = await runExtract(projectPaths(dirs.inline), undefined, (m) => progress.inline!.push(m), 1);
    const pool = await runExtract(projectPaths(dirs.pool), undefined, (m) => progress.pool!.push(m), 2);
    expect(pool).toEqual(inline);
    expect(progress.pool).toEqual(progress.inline);
    expect(inline.filter((r) => r.error).map((r) => r.error)).toEqual([expect.stringMatching(/sha256/)]);
    expect(inline.filter((r) => !r.error).length).toBeGreaterThanOrEqual(3);
    // The record of the files' stamps (input/hashRecord.ts) is this machine's, not an extraction's output.
    const extracted = (d: string) => fileHashes(join(d, "data", "extracted"), (name) => name === HASH_RECORD);
    // Each document written has its JSON and, beside it, its row file.
    expect(Object.keys(extracted(dirs.pool)).length).toBe(2 * (inline.length - 1));
    expect(extracted(dirs.pool)).toEqual(extracted(dirs.inline));
  });

  it("starts workers only when there are documents enough to pay for them", () => {
    expect(workersFor(5, 2)).toBe(1);
    expect(workersFor(90, 2)).toBe(1);
    expect(workersFor(100, 2)).toBe(2);
    expect(workersFor(3375, 2)).toBe(2);
    expect(workersFor(3375, 1)).toBe(1);
    expect(workersFor(3375, 16)).toBe(4);
  });
});
