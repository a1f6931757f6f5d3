/**
 * Each class of rejected input, through the CLI on a copy of data/: the load exits non-zero,
 * names the file, the place and the reason, and leaves the previous warehouse byte for byte;
 * a load that got as far as a candidate keeps it as warehouse.rejected.duckdb. A partial
 * warehouse (--accept-partial) is refused by the export and the site build unless told.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectPaths } from "../../loaders/config/paths.ts";
import { readInputs } from "../../loaders/input/readInputs.ts";
import { ROOT } from "../helpers.ts";
import { loadRun, rowCounts, runCli, runNode, sandbox, sha256Of, warehouseOf } from "../support/sandbox.ts";

const REPORT_SHA = "6dd60e0966e5de290c495d0c503fc50cbb573fae4d42fd084ba4161529e59237";
const WRONG_SHA = `${"0".repeat(12)}${REPORT_SHA.slice(12)}`;

let dir: string;
let warehouse: string;
let rejectedPath: string;
let before: { sha: string; counts: Record<string, number> };

/** Change a file for one test; the original comes back even when the test fails. */
function altered(rel: string, change: (text: string) => string): () => void {
  const file = join(dir, rel);
  const original = existsSync(file) ? readFileSync(file, "utf8") : null;
  const changed = change(original ?? "");
  if (changed === original) throw new Error(`${rel}: the change changed nothing`);
  mkdirSync(join(file, ".."), { recursive: true });
  writeFileSync(file, changed);
  return () => (original === null ? rmSync(file) : writeFileSync(file, original));
}

async function cleanLoad() {
  const res = runCli(dir, ["load"]);
  expect(res.status, res.stderr).toBe(0);
  before = { sha: sha256Of(warehouse), counts: await rowCounts(warehouse) };
}

async function expectWarehouseUnchanged() {
  expect(sha256Of(warehouse)).toBe(before.sha);
  expect(await rowCounts(warehouse)).toEqual(before.counts);
}

/** A load that must be refused: exit 1, each needle in stderr, the warehouse untouched. */
async function expectRejectedLoad(needles: (string | RegExp)[]) {
  const res = runCli(dir, ["load"]);
  expect(res.status, res.stderr).toBe(1);
  for (const n of needles) expect(res.stderr).toMatch(n);
  await expectWarehouseUnchanged();
  return res;
}

beforeAll(async () => {
  dir = sandbox();
  warehouse = warehouseOf(dir);
  rejectedPath = join(dir, "data/warehouse.rejected.duckdb");
  await cleanLoad();
  expect(before.counts.document).toBe(5);
  expect(before.counts.participant_count).toBeGreaterThan(100);
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("wrong sha256 of a source", () => {
  const wrongSha = () =>
    altered("data/sources/manifest.yaml", (t) => t.replace(`sha256: ${REPORT_SHA}`, `sha256: ${WRONG_SHA}`));

  it("exits 1, keeps the previous warehouse byte for byte and the candidate as warehouse.rejected.duckdb", async () => {
    const restore = wrongSha();
    try {
      const res = await expectRejectedLoad([
        /✗ rejected input: data\/sources\/kalmar\/kalmar_2024_arsredovisning\.txt at sha256: is 6dd60e0966e5…, but data\/sources\/manifest\.yaml at documents\.0\.sha256 \(line 10\) says 000000000000…/,
        /1 input\(s\) rejected/,
        /previous warehouse is unchanged/,
        /warehouse\.rejected\.duckdb for inspection/,
        /--accept-partial/,
      ]);
      expect(res.stdout).toMatch(/candidate \(not swapped in\)/);
      expect(existsSync(rejectedPath)).toBe(true);
      const candidate = await rowCounts(rejectedPath);
      // Complete apart from the rejected report (the only document with participant figures).
      expect(candidate.participant_count).toBe(0);
      expect(candidate.meeting).toBe(before.counts.meeting);
      expect(candidate.document_line).toBeLessThan(before.counts.document_line! / 2);
      expect(await loadRun(rejectedPath)).toEqual({ partial: true, rejected_inputs: 1 });
      expect(readdirSync(join(dir, "data")).filter((f) => f.includes(".tmp-"))).toEqual([]);
    } finally {
      restore();
    }
  });

  it("--accept-partial swaps the candidate in, and load_run says it is partial", async () => {
    const restore = wrongSha();
    try {
      const res = runCli(dir, ["load", "--accept-partial"]);
      expect(res.status, res.stderr).toBe(0);
      expect(res.stderr).toMatch(/kalmar_2024_arsredovisning\.txt at sha256/);
      expect(res.stderr).toMatch(/swapped in a partial warehouse/);
      expect((await rowCounts(warehouse)).participant_count).toBe(0);
      expect(await loadRun(warehouse)).toEqual({ partial: true, rejected_inputs: 1 });
      expect(existsSync(rejectedPath)).toBe(false); // the swapped-in warehouse is the candidate now
    } finally {
      restore();
    }
  });

  it("export refuses the partial warehouse unless --allow-partial", () => {
    const out = join(dir, "export");
    const res = runCli(dir, ["export", "--out", out]);
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(
      /finsam: export: .*warehouse\.duckdb is a partial warehouse: 1 input\(s\) were rejected .*--allow-partial.*nothing was written/,
    );
    expect(existsSync(out)).toBe(false);
    const allowed = runCli(dir, ["export", "--out", out, "--allow-partial"]);
    expect(allowed.status, allowed.stderr).toBe(0);
    expect(readFileSync(join(out, "participant_count.csv"), "utf8").trim().split("\n")).toHaveLength(1); // what the user asked for: the header only
  });

  it("the site build refuses the partial warehouse unless FINSAM_ALLOW_PARTIAL=1", () => {
    const env = { FINSAM_WAREHOUSE: warehouse };
    const loader = ["--import", "tsx", join(ROOT, "src/data/overview.json.ts")];
    const refused = runNode(dir, loader, env);
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toMatch(/site data: .*is a partial warehouse.*FINSAM_ALLOW_PARTIAL=1/);
    expect(refused.stdout).toBe("");
    const allowed = runNode(dir, loader, { ...env, FINSAM_ALLOW_PARTIAL: "1" });
    expect(allowed.status, allowed.stderr).toBe(0);
    expect(JSON.parse(allowed.stdout).federations.length).toBe(3);
  });

  it("a complete load afterwards replaces the partial warehouse and is not partial", async () => {
    await cleanLoad();
    expect(before.counts.participant_count).toBeGreaterThan(100);
    expect(await loadRun(warehouse)).toEqual({ partial: false, rejected_inputs: 0 });
    expect(existsSync(rejectedPath)).toBe(false);
  });
});

describe("each class of bad input is named in the message, and the warehouse stays", () => {
  it("malformed registry YAML: stops before anything is written", async () => {
    const restore = altered("data/federations/kalmar.yaml", (t) =>
      t.replace(/^name: .*$/m, "name: [Samordningsförbundet i Kalmar län"),
    );
    try {
      await expectRejectedLoad([
        /finsam: data\/federations\/kalmar\.yaml at line \d+: /,
        /nothing loaded, the previous warehouse is unchanged/,
      ]);
    } finally {
      restore();
    }
  });

  it("malformed manifest: names the entry's path and line", async () => {
    const restore = altered("data/sources/manifest.yaml", (t) => t.replace("kind: board_minutes", "kind: protocol"));
    try {
      await expectRejectedLoad([
        /finsam: data\/sources\/manifest\.yaml at documents\.1\.kind \(line 12\): /,
        /nothing loaded, the previous warehouse is unchanged/,
      ]);
    } finally {
      restore();
    }
  });

  it("curated file with an unknown code: names the file and the fact's path; the candidate is kept", async () => {
    rmSync(rejectedPath, { force: true });
    const fixture = readFileSync(join(ROOT, "test/fixtures/curated-unknown-code.yaml"), "utf8");
    const restore = altered("data/curated/kalmar/2024-annual-report.yaml", () => fixture);
    try {
      await expectRejectedLoad([
        /✗ rejected input: data\/curated\/kalmar\/2024-annual-report\.yaml at facts\.0\.fact\.measure \(line 9\): /,
      ]);
      expect(existsSync(rejectedPath)).toBe(true);
      expect((await rowCounts(rejectedPath)).participant_count).toBe(before.counts.participant_count); // everything else loaded in the candidate
    } finally {
      restore();
    }
  });

  it("extracted JSON that fails the schema: names the file and the JSON path", async () => {
    const restore = altered("data/extracted/kalmar/2024-annual-report.json", (t) => {
      const json = JSON.parse(t);
      json.facts[3].value = "12a";
      return JSON.stringify(json);
    });
    try {
      await expectRejectedLoad([
        /✗ rejected input: data\/extracted\/kalmar\/2024-annual-report\.json at facts\.3\.value: /,
      ]);
    } finally {
      restore();
    }
  });

  it("two manifest entries with the same document id: extract and load refuse, naming both entries, before writing anything", async () => {
    const restore = altered("data/sources/manifest.yaml", (t) => {
      const first = t.slice(
        t.indexOf("  - federation_id: kalmar"),
        t.indexOf("  - federation_id: kalmar", t.indexOf("  - federation_id: kalmar") + 1),
      );
      return `${t.trimEnd()}\n${first.replace("file: kalmar/kalmar_2024_arsredovisning.txt", "file: kalmar/kalmar_2024_arsredovisning_kopia.txt").trimEnd()}\n`;
    });
    const extracted = join(dir, "data/extracted/kalmar/2024-annual-report.json");
    const extractedBefore = sha256Of(extracted);
    const both =
      /data\/sources\/manifest\.yaml at documents\.5 \(line \d+\): duplicate document id "kalmar\/2024-annual-report": documents\.0 \(line 4\) file kalmar\/kalmar_2024_arsredovisning\.txt and documents\.5 \(line \d+\) file kalmar\/kalmar_2024_arsredovisning_kopia\.txt/;
    try {
      const extract = runCli(dir, ["extract"]);
      expect(extract.status).toBe(1);
      expect(extract.stderr).toMatch(both);
      expect(sha256Of(extracted)).toBe(extractedBefore);
      await expectRejectedLoad([both]);
    } finally {
      restore();
    }
  });

  it("a curated file in another federation's folder: rejected with file and reason", async () => {
    // A valid curated file (its measure fixed): it loads from kalmar/, not from blekinge/.
    const valid = readFileSync(join(ROOT, "test/fixtures/curated-unknown-code.yaml"), "utf8").replace(
      "measure: participants",
      "measure: enrolled",
    );
    const restore = altered("data/curated/blekinge/2024-annual-report.yaml", () => valid);
    try {
      await expectRejectedLoad([
        /✗ rejected input: data\/curated\/blekinge\/2024-annual-report\.yaml at document_id \(line 2\): document "kalmar\/2024-annual-report" belongs to federation kalmar, but the file is in data\/curated\/blekinge\/; move it to data\/curated\/kalmar\//,
      ]);
    } finally {
      restore();
      rmSync(join(dir, "data/curated/blekinge"), { recursive: true, force: true });
    }
    const restoreRight = altered("data/curated/kalmar/2024-annual-report.yaml", () => valid);
    try {
      expect((await readInputs(projectPaths(dir))).inputErrors).toEqual([]);
    } finally {
      restoreRight();
    }
  });
});
