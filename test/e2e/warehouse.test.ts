import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectPaths } from "../../loaders/config/paths.ts";
import { runExtract } from "../../loaders/extract/runExtract.ts";
import { buildWarehouse } from "../../loaders/warehouse/buildWarehouse.ts";
import { TABLES } from "../../loaders/schema/tables.ts";
import { qualityCheck } from "../../loaders/reference/codes.ts";
import { ROOT } from "../helpers.ts";
import { sandbox } from "../support/sandbox.ts";

async function dumpTables(file: string): Promise<Record<string, string>> {
  const instance = await DuckDBInstance.create(file, { access_mode: "READ_ONLY" });
  const conn = await instance.connect();
  const out: Record<string, string> = {};
  for (const t of TABLES) {
    if (t.name === "load_run") continue;
    const r = await conn.runAndReadAll(`SELECT * FROM "${t.name}" ORDER BY ALL`);
    out[t.name] = JSON.stringify(r.getRowsJson());
  }
  conn.closeSync();
  instance.closeSync();
  return out;
}

async function query(file: string, sql: string): Promise<Record<string, unknown>[]> {
  const instance = await DuckDBInstance.create(file, { access_mode: "READ_ONLY" });
  const conn = await instance.connect();
  const r = await conn.runAndReadAll(sql);
  const rows = r.getRowObjectsJson() as Record<string, unknown>[];
  conn.closeSync();
  instance.closeSync();
  return rows;
}

describe("warehouse load", () => {
  let dir: string;
  beforeAll(() => {
    dir = sandbox("finsam-");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("committed extractions are what the parsers produce now", async () => {
    const paths = projectPaths(dir);
    const before = readFileSync(join(dir, "data/extracted/kalmar/2024-annual-report.json"), "utf8");
    const results = await runExtract(paths);
    expect(results.every((r) => !r.error)).toBe(true);
    expect(readFileSync(join(dir, "data/extracted/kalmar/2024-annual-report.json"), "utf8")).toBe(before);
  });

  it("builds every table of the published schema, with provenance that resolves", async () => {
    const paths = projectPaths(dir);
    const report = await buildWarehouse(paths);
    expect(report.inputErrors).toEqual([]);
    expect(report.rowCounts.participant_count).toBeGreaterThan(100);
    const [kalmar] = await query(
      paths.warehouse,
      "SELECT value FROM participant_count WHERE intervention_id IS NULL AND year = 2024 AND measure = 'enrolled' AND gender = 'all'",
    );
    expect(kalmar?.value).toBe(330);
    const dangling = await query(
      paths.warehouse,
      `SELECT count(*)::INTEGER AS n FROM participant_count p LEFT JOIN document_line l ON l.document_id = p.document_id AND l.line = p.source_line WHERE l.line IS NULL`,
    );
    expect(dangling[0]?.n).toBe(0);
    const [vag] = await query(
      paths.warehouse,
      "SELECT value, source_line FROM participant_count WHERE intervention_id = 'kalmar/vagknuten' AND year = 2024 AND measure = 'enrolled' AND gender = 'all'",
    );
    // The appendix's "antal inskrivna totalt 34" contradicts its own 22 + 12 + 1 (issue 18): the
    // gate does not store it, so table 1's 35 (which those parts confirm) is the row, and the
    // refusal names the lines.
    expect(vag).toEqual({ value: 35, source_line: 666 });
    const refused = await query(
      paths.warehouse,
      "SELECT value, other_value, source_line, other_source_line FROM data_quality WHERE check_id = 'identity.gender_sum' AND subject LIKE 'participant_count:Vägknuten:2024:enrolled:%'",
    );
    expect(refused).toEqual([{ value: "35", other_value: "34", source_line: 2490, other_source_line: 2489 }]);
    const [confirmed] = await query(
      paths.warehouse,
      "SELECT confirmed_by FROM participant_count WHERE intervention_id = 'kalmar/vagknuten' AND year = 2024 AND measure = 'enrolled' AND gender = 'woman'",
    );
    expect(confirmed?.confirmed_by).toBe("gender_sum");
    const [share] = await query(
      paths.warehouse,
      "SELECT round(sum(share), 6)::DOUBLE AS s FROM intervention_member WHERE intervention_id = 'kalmar/vagknuten'",
    );
    expect(share?.s).toBe(1);
    // The site names every finding's check in Swedish; a new check needs its entry in codes.ts.
    const checks = (await query(paths.warehouse, "SELECT DISTINCT check_id FROM data_quality ORDER BY 1")).map(
      (r) => r.check_id,
    );
    expect(checks.filter((c) => !(qualityCheck.codes as readonly unknown[]).includes(c))).toEqual([]);
  });

  it("gives identical published tables when loaded twice", async () => {
    const paths = projectPaths(dir);
    const first = await dumpTables(paths.warehouse);
    await buildWarehouse(paths);
    expect(await dumpTables(paths.warehouse)).toEqual(first);
  });

  it("keeps the previous warehouse when a load is killed before the swap", async () => {
    const paths = projectPaths(dir);
    const before = await dumpTables(paths.warehouse);
    const script = join(dir, "kill-midway.mts");
    writeFileSync(
      script,
      `import { projectPaths } from ${JSON.stringify(resolve(ROOT, "loaders/config/paths.ts"))};
       import { buildWarehouse } from ${JSON.stringify(resolve(ROOT, "loaders/warehouse/buildWarehouse.ts"))};
       await buildWarehouse(projectPaths(${JSON.stringify(dir)}), { beforeSwap: () => { process.kill(process.pid, "SIGKILL"); } });`,
    );
    const res = spawnSync(process.execPath, ["--import", "tsx", script], { cwd: ROOT, encoding: "utf8" });
    expect(res.signal).toBe("SIGKILL");
    expect(await dumpTables(paths.warehouse)).toEqual(before);
  });
});

describe("bad input", () => {
  let dir: string;
  beforeAll(async () => {
    dir = sandbox("finsam-");
    await buildWarehouse(projectPaths(dir)); // the previous warehouse, which rejected inputs must not replace
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("rejects a curated file with an unknown code, naming file and path; the rest loads", async () => {
    const file = join(dir, "data/curated/kalmar/2024-annual-report.yaml");
    cpSync(join(ROOT, "test/fixtures/curated-unknown-code.yaml"), file);
    const report = await buildWarehouse(projectPaths(dir));
    expect(report.inputErrors.join("\n")).toMatch(/data\/curated\/kalmar\/2024-annual-report\.yaml at facts\.0\.fact/);
    expect(report.rowCounts.participant_count).toBeGreaterThan(100);
    rmSync(file);
  });

  it("rejects an extraction with a non-numeric cell, naming the JSON path", async () => {
    const file = join(dir, "data/extracted/kalmar/2024-annual-report.json");
    const original = readFileSync(file, "utf8");
    const json = JSON.parse(original);
    json.facts[3].value = "12a";
    writeFileSync(file, JSON.stringify(json));
    const report = await buildWarehouse(projectPaths(dir));
    expect(report.inputErrors.join("\n")).toMatch(/2024-annual-report\.json at facts\.3\.value/);
    expect(report.rowCounts.participant_count).toBe(0); // only the rejected report has participant figures
    expect(report.rowCounts.document_line).toBeGreaterThan(1000); // the minutes still load
    writeFileSync(file, original);
  });

  it("rejects a document of an unknown federation; the others load", async () => {
    const manifest = join(dir, "data/sources/manifest.yaml");
    const original = readFileSync(manifest, "utf8");
    writeFileSync(manifest, original.replace("federation_id: blekinge", "federation_id: gotland"));
    const report = await buildWarehouse(projectPaths(dir));
    expect(report.inputErrors.join("\n")).toMatch(/unknown federation "gotland"/);
    expect(report.rowCounts.document).toBe(4);
    writeFileSync(manifest, original);
  });

  it("fails the CLI with a one-line reason and a non-zero exit", () => {
    const manifest = join(dir, "data/sources/manifest.yaml");
    const original = readFileSync(manifest, "utf8");
    writeFileSync(manifest, original.replace("kind: board_minutes", "kind: protocol"));
    const res = spawnSync(
      process.execPath,
      [resolve(ROOT, "node_modules/tsx/dist/cli.mjs"), resolve(ROOT, "loaders/cli.ts"), "load"],
      { cwd: dir, encoding: "utf8", env: { ...process.env, FINSAM_ROOT: dir } },
    );
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(/finsam: data\/sources\/manifest\.yaml at documents\.1\.kind \(line \d+\): /);
    writeFileSync(manifest, original);
    expect(existsSync(join(dir, "data/warehouse.duckdb"))).toBe(true);
  });
});

void execFileSync;
