import { describe, expect, it } from "vitest";
import { workerBundle } from "../../loaders/config/workerBundle.ts";

describe("the extraction workers' bundle", () => {
  it("keeps the readers' \\p{…} patterns as literals, never rebuilt by new RegExp at each call", async () => {
    const url = await workerBundle(new URL("../../loaders/extract/extractWorker.ts", import.meta.url));
    const code = Buffer.from(url.href.slice(url.href.indexOf(",") + 1), "base64").toString("utf8");
    expect(code).toMatch(/\/\(\?<!\\p\{L\}\)/); // a lookbehind on a letter class, as written
    // esbuild writes a rewritten literal as `new RegExp("…", "u")`; a pattern the source builds from parts
    // (a template string, once at module level) is the source's own.
    const rebuilt = [...code.matchAll(/new RegExp\((")((?:\\.|(?!\1).)*)\1/g)].filter((m) => m[2]!.includes("\\\\p{"));
    expect(rebuilt.map((m) => m[0].slice(0, 80))).toEqual([]);
  }, 60_000);
});
