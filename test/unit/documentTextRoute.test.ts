/**
 * Which way a document's lines go to document_line (readInputs.ts): a plain text source file
 * whose lines are its LF-separated pieces is left for DuckDB to read where it lies, unless its
 * path holds a character DuckDB's file reader takes for a wildcard (`a[1].txt` would read
 * `a1.txt`); then its lines are handed on in memory, like any text that needed normalising.
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { projectPaths } from "../../loaders/config/paths.ts";
import { readInputsByFederation } from "../../loaders/input/readInputs.ts";
import type { DocumentText } from "../../loaders/input/verbatimText.ts";
import { sandbox } from "../support/sandbox.ts";

const dir = sandbox("finsam-route-");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function routes(): Promise<Map<string, DocumentText>> {
  const seen = new Map<string, DocumentText>();
  await readInputsByFederation(
    projectPaths(dir),
    () => {},
    undefined,
    async (id, lines) => {
      seen.set(id, lines);
    },
  );
  return seen;
}

describe("a document's lines", () => {
  it("stay in a plain text source file, unless its path holds a wildcard character", async () => {
    const sources = join(dir, "data/sources");
    const before = await routes();
    const minutes = "blekinge/2025-05-05-board-minutes";
    const inPlace = before.get(minutes)!;
    expect(inPlace).toMatchObject({ file: join(sources, "blekinge/blekinge_2025-05-05_styrelseprotokoll.txt") });
    const text = readFileSync(join(sources, "blekinge/blekinge_2025-05-05_styrelseprotokoll.txt"), "utf8");
    expect(inPlace.count).toBe(text.replace(/\n$/, "").split("\n").length);

    renameSync(
      join(sources, "blekinge/blekinge_2025-05-05_styrelseprotokoll.txt"),
      join(sources, "blekinge/blekinge_2025-05-05_styrelseprotokoll[1].txt"),
    );
    const manifest = join(sources, "manifest.yaml");
    writeFileSync(
      manifest,
      readFileSync(manifest, "utf8").replace(
        "blekinge_2025-05-05_styrelseprotokoll.txt",
        "blekinge_2025-05-05_styrelseprotokoll[1].txt",
      ),
    );
    const after = await routes();
    expect(after.get(minutes)).toEqual({ text: text.replace(/\n$/, ""), count: inPlace.count });
    // The other documents keep their way.
    for (const [id, lines] of before) if (id !== minutes) expect(after.get(id)).toEqual(lines);
  });
});
