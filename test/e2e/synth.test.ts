/**
 * `finsam synth`: a SYNTETISKT corpus shaped like the project runs through extract, load and
 * export with FINSAM_ROOT, its reports agree with each other about every statement figure, the
 * same options write the same bytes, and nothing of it may be written to the published dist/.
 * Federation 1 keeps the Kalmar seed report; federation 2's reports are generated (styles/).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { synthCorpus } from "../../loaders/synth/synthCorpus.ts";
import { isPublishedPath, syntheticRefusal, SYNTHETIC_PREFIX } from "../../loaders/warehouse/syntheticData.ts";
import { ROOT } from "../helpers.ts";
import { fileHashes, query, runCli, warehouseOf } from "../support/sandbox.ts";

let out: string;

beforeAll(async () => {
  out = join(mkdtempSync(join(tmpdir(), "finsam-synth-")), "corpus");
  await synthCorpus({ federations: 2, years: 2, out, truth: true });
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
    const plan = parse(readFileSync(join(out, "synth.yaml"), "utf8")) as { federations: { source: string }[] };
    expect(plan.federations.map((f) => f.source)).toEqual(["kalmar-template", "generator"]);
    for (const d of manifest.documents) {
      expect(d.federation_id.startsWith(SYNTHETIC_PREFIX)).toBe(true);
      expect(d.title).toContain("SYNTETISKT");
    }
  });

  it("gives reports that agree about the statements: no conflict between two documents on them", async () => {
    // A gap within the rounding of the coarser unit (a five-year overview in tkr beside last
    // year's statement in kr) is no disagreement: precedence notes it as info.
    const conflicts = await query(
      warehouseOf(out),
      `SELECT subject FROM data_quality WHERE check_id = 'precedence.conflict' AND document_id <> other_document_id
         AND severity <> 'info'
         AND regexp_matches(subject, ':(revenue_operating|cost_operating|operating_result|result|equity_end|cash_end|assets_total)$')`,
    );
    expect(conflicts).toEqual([]);
    // Two reports of each federation really overlap on a year (the prior-year column), and differ between years.
    for (const n of [1, 2]) {
      const [overlap] = await query(
        warehouseOf(out),
        `SELECT count(DISTINCT document_id)::INTEGER AS docs, count(DISTINCT year)::INTEGER AS years FROM finance
           WHERE item IN ('revenue_operating', 'cost_operating') AND basis = 'actual' AND document_id LIKE '%-annual-report'
             AND federation_id = '${SYNTHETIC_PREFIX}${n}'`,
      );
      expect(Number(overlap!.docs), `federation ${n}`).toBe(2);
      expect(Number(overlap!.years), `federation ${n}`).toBeGreaterThanOrEqual(3);
    }
  });

  it("reads the generated federation's figures as its truths give them, and none wrong", async () => {
    type Figure = {
      year: number;
      item?: string;
      basis?: string;
      amount_sek?: number;
      measure?: string;
      gender?: string;
      value?: number;
    };
    // The reports' truths (the minutes' have their own test below).
    const truths = readdirSync(join(out, "truth", `${SYNTHETIC_PREFIX}2`))
      .filter((f) => !f.startsWith("minutes-"))
      .map(
        (f) =>
          parse(readFileSync(join(out, "truth", `${SYNTHETIC_PREFIX}2`, f), "utf8")) as {
            finance: Figure[];
            participant_count: Figure[];
          },
      );
    expect(truths).toHaveLength(2);
    const finance = await query(
      warehouseOf(out),
      `SELECT year, basis, item, amount_sek FROM finance WHERE federation_id = '${SYNTHETIC_PREFIX}2'`,
    );
    const counts = await query(
      warehouseOf(out),
      `SELECT year, measure, gender, value FROM participant_count WHERE federation_id = '${SYNTHETIC_PREFIX}2' AND intervention_id IS NULL`,
    );
    let right = 0;
    const wrong: string[] = [];
    for (const t of truths) {
      for (const f of t.finance) {
        const row = finance.find((r) => Number(r.year) === f.year && r.basis === f.basis && r.item === f.item);
        // Another report may state the year in a coarser unit; the warehouse keeps the exact one.
        const alternatives = truths.flatMap((u) =>
          u.finance
            .filter((g) => g.year === f.year && g.basis === f.basis && g.item === f.item)
            .map((g) => g.amount_sek),
        );
        if (row && alternatives.includes(Number(row.amount_sek))) right++;
        else if (row)
          wrong.push(`${f.year} ${f.basis} ${f.item}: ${String(row.amount_sek)} not ${alternatives.join("/")}`);
      }
      for (const f of t.participant_count) {
        const row = counts.find((r) => Number(r.year) === f.year && r.measure === f.measure && r.gender === f.gender);
        if (row && Number(row.value) === f.value) right++;
        else if (row) wrong.push(`${f.year} ${f.measure}/${f.gender}: ${String(row.value)} not ${f.value}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(right).toBeGreaterThan(10);
  });

  it("gives the generated federation minutes of its own (an autumn and a spring meeting a year, read as their truths date them) and the template federation the Kalmar minutes", async () => {
    const manifest = parse(readFileSync(join(out, "data/sources/manifest.yaml"), "utf8")) as {
      documents: { federation_id: string; kind: string; file: string; date: string }[];
    };
    const minutesOf = (n: number) =>
      manifest.documents.filter((d) => d.federation_id === `${SYNTHETIC_PREFIX}${n}` && d.kind !== "annual_report");
    expect(minutesOf(1).map((d) => d.kind)).toEqual([
      "board_minutes",
      "committee_minutes",
      "board_minutes",
      "committee_minutes",
    ]);
    const generated = minutesOf(2);
    expect(generated.map((d) => d.kind)).toEqual(Array(4).fill("board_minutes"));
    expect(generated.map((d) => Number(d.date.slice(5, 7)) >= 10)).toEqual([true, false, true, false]);
    const dir = join(out, "truth", `${SYNTHETIC_PREFIX}2`);
    const truths = readdirSync(dir)
      .filter((f) => f.startsWith("minutes-"))
      .map(
        (f) =>
          parse(readFileSync(join(dir, f), "utf8")) as {
            document: { date: string; file: string };
            other_figures: { table: string; key: Record<string, unknown>; values: Record<string, unknown> }[];
          },
      );
    expect(truths.map((t) => t.document.file).sort()).toEqual(generated.map((d) => d.file).sort());
    for (const t of truths) {
      const text = readFileSync(join(out, "data/sources", t.document.file), "utf8");
      expect(text).not.toMatch(/Kalmar/);
      const meeting = t.other_figures.find((f) => f.table === "meeting")!;
      const [row] = await query(
        warehouseOf(out),
        `SELECT strftime(date, '%Y-%m-%d') AS date, start_time, end_time FROM meeting WHERE document_id = '${SYNTHETIC_PREFIX}2/${t.document.date}-board-minutes'`,
      );
      expect(row).toEqual({ date: meeting.key.date, ...meeting.values });
    }
  });

  it("writes the same bytes for the same options", async () => {
    const again = join(mkdtempSync(join(tmpdir(), "finsam-synth-again-")), "corpus");
    await synthCorpus({ federations: 2, years: 2, out: again, truth: true });
    // The first corpus has been extracted and loaded since: compare the files synth wrote.
    const written = fileHashes(again);
    const before = fileHashes(out);
    expect(Object.keys(written).length).toBeGreaterThan(2 * 2 * 3);
    expect(Object.fromEntries(Object.keys(written).map((f) => [f, before[f]]))).toEqual(written);
    rmSync(join(again, ".."), { recursive: true, force: true });
  }, 120_000);

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
