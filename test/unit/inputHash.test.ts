/**
 * load_run.input_sha256 is taken over the input files' bytes as read: the same files give the
 * same hash, and any change to an extraction file, even one that parses to the same content,
 * gives another.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { projectPaths } from "../../loaders/config/paths.ts";
import { readInputsByFederation } from "../../loaders/input/readInputs.ts";
import { sandbox } from "../support/sandbox.ts";

const hashOf = async (dir: string) => (await readInputsByFederation(projectPaths(dir), () => {})).inputSha256;

const dir = sandbox("finsam-hash-");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("input hash", () => {
  it("is the same for the same files and changes with an extraction file's bytes", async () => {
    const first = await hashOf(dir);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(await hashOf(dir)).toBe(first);

    const folder = join(dir, "data/extracted/kalmar");
    const file = join(
      folder,
      readdirSync(folder).find((f) => f.endsWith(".json"))!,
    );
    const text = readFileSync(file, "utf8");
    // The same extraction laid out otherwise: parsed, it is the same; its bytes are not.
    const relaid = JSON.stringify(JSON.parse(text), null, 1);
    expect(relaid).not.toBe(text);
    writeFileSync(file, relaid);
    const changed = await hashOf(dir);
    expect(changed).not.toBe(first);

    writeFileSync(file, text);
    expect(await hashOf(dir)).toBe(first);
  });
});
