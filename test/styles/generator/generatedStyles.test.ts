/**
 * The style generator (issue 18): seeds give the same document every time, every truth is
 * consistent with itself and with its traps, and the readers' score on a few tuning seeds, read
 * through add-federation, ingest and load in a fresh project, does not fall below
 * thresholds.json (nor rise in wrong figures; with `zero_wrong` set, no wrong figure at all).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { brokenConditions, type Row, type Tables } from "../compare.ts";
import { expectations, type Truth } from "../truth.ts";
import { generate } from "./generated.ts";
import { generatedDocuments, parseSeeds, renderMarkdown, scoreDocuments } from "./scoring.ts";

const thresholds = z
  .strictObject({
    $comment: z.string(),
    seeds: z.string(),
    min_right_rate: z.number().min(0).max(100),
    max_wrong: z.number().int().nonnegative(),
    zero_wrong: z.boolean(),
  })
  .parse(JSON.parse(readFileSync(join(import.meta.dirname, "thresholds.json"), "utf8")));

/** The warehouse rows a perfect reader would store: each expectation's key and values as one row. */
function perfectTables(truth: Truth): Tables {
  const out: Record<string, Row[]> = {};
  for (const e of expectations(truth)) {
    const row: Row = { intervention_id: null, scope: "federation", population: "exited", ...e.key, ...e.values };
    if (e.table === "finance" || e.table === "member_contribution") row.amount_sek = e.values.amount_sek;
    (out[e.table] ??= []).push(row);
  }
  return out;
}

const SAMPLE = parseSeeds("1-200");

describe("style generator", () => {
  it("gives the same document and truth for the same seed, and different documents for different seeds", () => {
    const a = generate(7);
    const b = generate(7);
    expect(b.text).toBe(a.text);
    expect(b.truth).toEqual(a.truth);
    expect(generate(8).text).not.toBe(a.text);
  });

  it("keeps each world consistent: K + M = total, exits add up, money identities, equity carried over", () => {
    for (const seed of SAMPLE) {
      const { world: w } = generate(seed);
      for (let y = w.year - 4; y <= w.year; y++) {
        const p = w.participants[y]!;
        const f = w.finance[y]!;
        expect(p.women + p.men, `seed ${seed} ${y}`).toBe(p.enrolled);
        expect(p.work + p.studies + p.jobSeeker + p.rehab + p.otherExit, `seed ${seed} ${y}`).toBe(p.exited);
        expect(p.otherExit, `seed ${seed} ${y}: other exits`).toBeGreaterThanOrEqual(0);
        expect(f.revenue - f.cost, `seed ${seed} ${y}`).toBe(f.operating);
        expect(f.operating + f.finIncome - f.finCost, `seed ${seed} ${y}`).toBe(f.result);
        expect(f.equity - f.result, `seed ${seed} ${y}`).toBe(w.finance[y - 1]!.equity);
        expect(f.equity, `seed ${seed} ${y}: equity`).toBeGreaterThan(0);
        const paid = Object.values(w.contributions[y]!);
        expect(
          paid.every((v) => v > 0),
          `seed ${seed} ${y}: every member pays`,
        ).toBe(true);
        expect(f.revenue, `seed ${seed} ${y}`).toBeGreaterThanOrEqual(paid.reduce((s, v) => s + v, 0));
      }
    }
  });

  it("sets no trap that a perfect reader would break", () => {
    for (const seed of SAMPLE) {
      const { truth } = generate(seed);
      expect(brokenConditions(truth, perfectTables(truth)), `seed ${seed}`).toEqual([]);
    }
  });

  it("the trap check fires on a reader that stores a trap's number", () => {
    const { truth, world } = generate(
      SAMPLE.find((s) => generate(s).truth.must_not_store.some((t) => t.trap === "structural participants"))!,
    );
    const tables = perfectTables(truth);
    const enrolled = tables.participant_count!.find(
      (r) => r.measure === "enrolled" && r.gender === "all" && r.year === world.year,
    );
    expect(enrolled).toBeDefined();
    enrolled!.value = world.structural;
    expect(brokenConditions(truth, tables).some((b) => b.startsWith("[structural participants]"))).toBe(true);
  });

  it("tags every figure with its layer and text", () => {
    for (const seed of SAMPLE) {
      for (const e of expectations(generate(seed).truth)) {
        expect(e.layer, `seed ${seed} ${e.label}`).toBeDefined();
        expect(e.text.length, `seed ${seed} ${e.label}`).toBeGreaterThan(0);
      }
    }
  });
});

describe(`generated styles, tuning seeds ${thresholds.seeds} (thresholds.json)`, () => {
  const scratch = mkdtempSync(join(tmpdir(), "finsam-gen-test-"));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  let report: Awaited<ReturnType<typeof scoreDocuments>> | undefined;

  const score = async () => {
    if (!report) {
      const docs = generatedDocuments(parseSeeds(thresholds.seeds), scratch);
      report = await scoreDocuments(docs, "in-process");
      process.stdout.write(`\n${renderMarkdown(`Generated seeds ${thresholds.seeds}`, report)}\n`);
    }
    return report;
  };

  it("reads at least min_right_rate of the figures", async () => {
    const r = await score();
    const n = r.total.right + r.total.wrong + r.total.missing;
    expect((100 * r.total.right) / n).toBeGreaterThanOrEqual(thresholds.min_right_rate - 0.05);
  }, 300_000);

  it(
    thresholds.zero_wrong
      ? "stores no wrong figure"
      : "stores no more wrong figures than max_wrong (zero_wrong is off)",
    async () => {
      const r = await score();
      const wrong = r.documents.flatMap((d) => d.wrongFigures.map((w) => `${d.name}: ${w}`));
      expect(wrong.length, wrong.join("\n")).toBeLessThanOrEqual(thresholds.zero_wrong ? 0 : thresholds.max_wrong);
    },
    300_000,
  );
});
