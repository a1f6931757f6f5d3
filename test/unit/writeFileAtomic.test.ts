import { mkdtempSync, readdirSync, readFileSync, writeFileSync, linkSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { writeFileAtomic } from "../../loaders/config/writeFileAtomic.ts";

describe("writeFileAtomic", () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("replaces a hard-linked target instead of writing through it into the other copy", async () => {
    dir = mkdtempSync(join(tmpdir(), "atomic-"));
    writeFileSync(join(dir, "original.json"), "old");
    linkSync(join(dir, "original.json"), join(dir, "copy.json"));
    await writeFileAtomic(join(dir, "copy.json"), "new");
    expect(readFileSync(join(dir, "copy.json"), "utf8")).toBe("new");
    expect(readFileSync(join(dir, "original.json"), "utf8")).toBe("old");
    expect(readdirSync(dir).sort()).toEqual(["copy.json", "original.json"]);
  });

  it("leaves the old file whole and no temporary file when the write fails", async () => {
    dir = mkdtempSync(join(tmpdir(), "atomic-"));
    writeFileSync(join(dir, "a.json"), "old");
    // A directory in the target's place: the rename fails after the temporary file was written.
    await expect(writeFileAtomic(dir, "new")).rejects.toThrow();
    expect(readFileSync(join(dir, "a.json"), "utf8")).toBe("old");
    expect(readdirSync(dir)).toEqual(["a.json"]);
    expect(readdirSync(join(dir, "..")).some((f) => f.startsWith(`${dir.split("/").pop()}.tmp-`))).toBe(false);
  });
});
