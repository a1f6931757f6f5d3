/**
 * `finsam synth`: a SYNTETISKT corpus shaped like the project runs through extract, load and
 * export with FINSAM_ROOT, its reports agree with each other about every statement figure, and
 * nothing of it may be written to the published dist/.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { synthCorpus } from "../../loaders/synth/synthCorpus.ts";
import { isPublishedPath, syntheticRefusal, SYNTHETIC_PREFIX } from "../../loaders/warehouse/syntheticData.ts";
import { ROOT } from "../helpers.ts";
import { query, runCli, warehouseOf } from "../support/sandbox.ts";

let out: string;

beforeAll(async () => {
  out = join(mkdtempSync(join(tmpdir(), "finsam-synth-")), "corpus");
  await synthCorpus({ federations: 2, years: 2, out });
  for (const step of [["extract"], ["load"]]) {
    const run = runCli(out, step);
    expect(run.status, run.stderr).toBe(0);
  }
}, 600_000);

afterAll(() => rmSync(join(out, ".."), { recursive: true, force: true }));

describe("finsam synth", () => {
  it("marks every federation, member, intervention and document SYNTETISKT, with syntetisk- ids", () => {
    const registries = readdirSync(join(out, "data/federations"));
    expect(registries).toHaveLength(2);
    for (const f of registries) {
      const reg = parse(readFileSync(join(out, "data/federations", f), "utf8")) as {
        federation_id: string;
        name: string;
        members: { name: string }[];
        interventions: { name: string }[];
      };
      expect(reg.federation_id.startsWith(SYNTHETIC_PREFIX)).toBe(true);
      for (const name of [reg.name, ...reg.members.map((m) => m.name), ...reg.interventions.map((i) => i.name)])
        expect(name).toContain("SYNTETISKT");
    }
    const manifest = parse(readFileSync(join(out, "data/sources/manifest.yaml"), "utf8")) as {
      documents: { federation_id: string; title: string }[];
    };
    expect(manifest.documents).toHaveLength(2 * 2 * 3);
    for (const d of manifest.documents) {
      expect(d.federation_id.startsWith(SYNTHETIC_PREFIX)).toBe(true);
      expect(d.title).toContain("SYNTETISKT");
    }
  });

  it("gives reports that agree about the statements: no conflict between two documents on them", async () => {
    const conflicts = await query(
      warehouseOf(out),
      `SELECT subject FROM data_quality WHERE check_id = 'precedence.conflict' AND document_id <> other_document_id
         AND regexp_matches(subject, ':(revenue_operating|cost_operating|operating_result|result|equity_end|cash_end|assets_total)$')`,
    );
    expect(conflicts).toEqual([]);
    // Two reports of one federation really overlap on a year (the prior-year column), and differ between years.
    const [overlap] = await query(
      warehouseOf(out),
      `SELECT count(DISTINCT document_id)::INTEGER AS docs, count(DISTINCT year)::INTEGER AS years FROM finance
         WHERE item = 'revenue_operating' AND basis = 'actual' AND document_id LIKE '%-annual-report'
           AND federation_id = '${SYNTHETIC_PREFIX}1'`,
    );
    expect(Number(overlap!.docs)).toBe(2);
    expect(Number(overlap!.years)).toBeGreaterThanOrEqual(3);
  });

  it("exports to its own dist/data, and refuses the published dist/", async () => {
    const run = runCli(out, ["export", "--out", join(out, "dist/data")]);
    expect(run.status, run.stderr).toBe(0);
    expect(isPublishedPath(join(out, "dist/data"))).toBe(false);
    expect(await syntheticRefusal(warehouseOf(out), join(out, "dist/data"))).toBeNull();
    expect(await syntheticRefusal(warehouseOf(out), join(ROOT, "dist/data"))).toMatch(/synthetic corpus/);
  });

  it("refuses to write into a folder that holds other files", async () => {
    const other = mkdtempSync(join(tmpdir(), "finsam-synth-other-"));
    writeFileSync(join(other, "notes.txt"), "mine");
    await expect(synthCorpus({ federations: 1, years: 1, out: other })).rejects.toThrow(/not empty/);
    expect(readdirSync(other)).toEqual(["notes.txt"]);
    rmSync(other, { recursive: true, force: true });
  });
});
