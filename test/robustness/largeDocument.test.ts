/**
 * A large document extracts in time linear in its size. A 4 MB minutes text (the Blekinge
 * minutes repeated as one long meeting with distinct § numbers) took 80 s before the fix; the
 * bound here is generous so a busy machine does not make it flaky. The real timings are in
 * test/bench/bench.ts (`npm run bench`).
 */
import { createHash } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../loaders/extract/extractDocument.ts";
import type { ManifestEntry } from "../../loaders/schema/manifest.ts";
import { LARGE_SEEDS, repeatToSize, seedText } from "../support/largeDocument.ts";

const dir = mkdtempSync(join(tmpdir(), "finsam-large-"));
const MB = 1_000_000;

async function timedExtract(name: string, text: string, seed: (typeof LARGE_SEEDS)[keyof typeof LARGE_SEEDS]) {
  writeFileSync(join(dir, name), text);
  const sha256 = createHash("sha256").update(text).digest("hex");
  const entry = { federation_id: "blekinge", kind: seed.kind, date: seed.date, period_year: seed.year, title: name, file: name, sha256 } as ManifestEntry;
  const t = performance.now();
  const { extraction, lines } = await extractDocument(dir, entry);
  return { extraction, lines, seconds: (performance.now() - t) / 1000 };
}

describe("large documents", () => {
  it("a 4 MB minutes document extracts in well under 30 s, every copy's items read", async () => {
    const seed = LARGE_SEEDS.minutes;
    const one = await timedExtract("one.txt", seedText(seed.file), seed);
    const text = repeatToSize(seedText(seed.file), 4 * MB, { renumber: true });
    const copies = text.split("Protokoll Styrelsemöte").length - 1;
    expect(copies).toBeGreaterThan(350);
    const big = await timedExtract("minutes-4mb.txt", text, seed);
    expect(big.seconds).toBeLessThan(30);
    expect(big.lines.length).toBeGreaterThan(copies * 200);
    // Each copy's referenced decisions are distinct decisions (§ numbers moved on per copy).
    const decisions = (x: typeof one) => x.extraction.facts.filter((f) => f.table === "decision" && f.decision_ref !== null).length;
    expect(decisions(one)).toBe(8);
    expect(decisions(big)).toBe(8 * copies);
  }, 120_000);

  it("a 4 MB annual report extracts in well under 30 s", async () => {
    const seed = LARGE_SEEDS.report;
    const text = repeatToSize(seedText(seed.file), 4 * MB);
    const big = await timedExtract("report-4mb.txt", text, seed);
    expect(big.seconds).toBeLessThan(30);
    expect(big.extraction.facts.length).toBeGreaterThan(10_000);
  }, 120_000);
});
