/** A change never writes through a folder of data/ that is a symbolic link: it would land outside the project. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { projectPaths } from "../../loaders/config/paths.ts";
import { commitFiles } from "../../loaders/ingest/commitFiles.ts";
import { RefusedError } from "../../loaders/ingest/refusedError.ts";

const dir = mkdtempSync(join(tmpdir(), "finsam-links-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("commitFiles and symbolic links", () => {
  it("refuses a write through a linked folder, naming the link, and writes nothing", async () => {
    const root = join(dir, "project");
    const outside = join(dir, "outside");
    mkdirSync(join(root, "data", "sources"), { recursive: true });
    mkdirSync(outside);
    symlinkSync(outside, join(root, "data", "sources", "alvmo"));
    const paths = projectPaths(root);
    const change = commitFiles(paths, "test", [
      { file: join(root, "data", "extracted", "alvmo", "x.json"), data: "{}" },
      { file: join(root, "data", "sources", "alvmo", "x.txt"), data: "text" },
    ]);
    await expect(change).rejects.toThrow(RefusedError);
    await expect(
      commitFiles(paths, "test", [{ file: join(root, "data", "sources", "alvmo", "x.txt"), data: "text" }]),
    ).rejects.toThrow(/data\/sources\/alvmo is a symbolic link \(to .*outside\)/);
    expect(readdirSync(outside)).toEqual([]);
    expect(existsSync(join(root, "data", "extracted"))).toBe(false);
  });

  it("writes through real folders, new ones included (must not fire)", async () => {
    const root = join(dir, "plain");
    mkdirSync(join(root, "data"), { recursive: true });
    await commitFiles(projectPaths(root), "test", [
      { file: join(root, "data", "sources", "alvmo", "x.txt"), data: "t" },
    ]);
    expect(existsSync(join(root, "data", "sources", "alvmo", "x.txt"))).toBe(true);
  });
});
