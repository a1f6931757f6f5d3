/**
 * The extraction's row files (schema/extractionRows.ts): the load reads a document's row sets
 * from the row file written with its JSON and makes their tables in DuckDB (warehouse/rowSets.ts),
 * and the warehouse is the one the JSON alone gives. A row file that is missing, hand-edited,
 * of another format or stale beside its JSON is not read: the JSON is, with its schema's errors.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectPaths } from "../../loaders/config/paths.ts";
import { runExtract } from "../../loaders/extract/runExtract.ts";
import { extractedPath } from "../../loaders/input/readEntryText.ts";
import { planInputs, readFederation } from "../../loaders/input/readInputs.ts";
import { documentIdFor } from "../../loaders/schema/manifest.ts";
import { buildWarehouse } from "../../loaders/warehouse/buildWarehouse.ts";
import { ROWS_FORMAT, rowsFileFor } from "../../loaders/schema/extractionRows.ts";
import { dumpTables, sandbox, warehouseOf } from "../support/sandbox.ts";

const REPORT = "data/extracted/kalmar/2024-annual-report.json";

let dir: string;
/** The warehouse of the JSON files alone. */
let fromJson: Record<string, string>;

const rowFiles = () =>
  readdirSync(join(dir, "data/extracted"), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".rows.ndjson"))
    .map((e) => join(e.parentPath, e.name));

/** Change a file for one load; the original comes back even when the test fails. */
async function loadWith(rel: string, change: (text: string) => string) {
  const file = join(dir, rel);
  const original = readFileSync(file, "utf8");
  const changed = change(original);
  expect(changed).not.toBe(original);
  writeFileSync(file, changed);
  try {
    return await buildWarehouse(projectPaths(dir));
  } finally {
    writeFileSync(file, original);
  }
}

beforeAll(async () => {
  dir = sandbox("finsam-rowfiles-");
  const paths = projectPaths(dir);
  expect(rowFiles()).toEqual([]); // the bundled extractions come without them
  await buildWarehouse(paths);
  fromJson = await dumpTables(warehouseOf(dir));
  const extracted = await runExtract(paths);
  expect(extracted.filter((r) => r.error)).toEqual([]);
}, 180_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("row files", () => {
  it("extract writes one beside each JSON; the load reads them and gives the warehouse the JSON gives", async () => {
    const jsons = readdirSync(join(dir, "data/extracted"), { recursive: true }).filter((f) =>
      String(f).endsWith(".json"),
    );
    expect(rowFiles()).toHaveLength(jsons.length);
    for (const json of jsons) expect(existsSync(rowsFileFor(join(dir, "data/extracted", String(json))))).toBe(true);
    const [seal, header] = readFileSync(rowsFileFor(join(dir, REPORT)), "utf8")
      .split("\n", 2)
      .map((l) => JSON.parse(l));
    expect(seal.rows_format).toBe(ROWS_FORMAT);
    // The breakdowns, counts and indicators are rows, not header facts.
    expect(header.header_facts.some((f: { table: string }) => f.table === "participant_breakdown")).toBe(false);
    expect(header.header_facts.some((f: { table: string }) => f.table === "finance")).toBe(true);
    // The load takes the rows from the extraction's own files, not from the JSON's.
    const paths = projectPaths(dir);
    const plan = await planInputs(paths);
    const stage = mkdtempSync(join(tmpdir(), "finsam-rowfiles-stage-"));
    let staged = 0;
    try {
      for (const job of plan.jobs) {
        const { inputs } = await readFederation(
          paths,
          job,
          async () => {},
          () => {},
          stage,
        );
        expect(inputs.rowFiles.map((r) => r.from)).toEqual(
          job.documents.map(({ entry }) =>
            relative(dir, rowsFileFor(extractedPath(paths.extracted, documentIdFor(entry)))),
          ),
        );
        for (const e of inputs.extractions) expect([e.findings, e.coverage]).toEqual([[], []]);
        // One staged file of the federation's rows per set, each row of that set and naming its document.
        if (job.documents.length > 0) {
          expect(Object.keys(inputs.rowSetFiles)).toContain("coverage");
          const staged = Object.entries(inputs.rowSetFiles).flatMap(([set, file]) =>
            readFileSync(file, "utf8")
              .split("\n")
              .slice(0, -1)
              .map((l) => ({ set, row: JSON.parse(l) })),
          );
          for (const { set, row } of staged) expect(row.set).toBe(set);
          expect(new Set(staged.map(({ row }) => row.doc))).toEqual(
            new Set(job.documents.map((d) => documentIdFor(d.entry))),
          );
        } else expect(inputs.rowSetFiles).toEqual({});
        staged += Object.keys(inputs.rowSetFiles).length;
      }
      expect(readdirSync(stage).length).toBe(staged);
    } finally {
      rmSync(stage, { recursive: true, force: true });
    }
    const report = await buildWarehouse(paths);
    expect(report.rejected).toEqual([]);
    expect(await dumpTables(warehouseOf(dir))).toEqual(fromJson);
  }, 120_000);

  it("a hand-edited row file is not read: the JSON is", async () => {
    const report = await loadWith(rowsFileFor(REPORT), (t) =>
      t.replace(
        /("set":"participant_breakdown".*?"value":)(\d+)/,
        (_, head: string, n: string) => `${head}${Number(n) + 7}`,
      ),
    );
    expect(report.rejected).toEqual([]);
    expect(await dumpTables(warehouseOf(dir))).toEqual(fromJson);
  }, 120_000);

  it("a row file whose header was hand-edited is not read: the JSON is", async () => {
    // A fact of the header (format 3 sealed the rows only: this edit reached the warehouse).
    const report = await loadWith(rowsFileFor(REPORT), (t) =>
      t.replace(/("table":"finance".*?"amount_sek":)(\d+)/, (_, head: string, n: string) => `${head}${Number(n) + 7}`),
    );
    expect(report.rejected).toEqual([]);
    expect(await dumpTables(warehouseOf(dir))).toEqual(fromJson);
  }, 120_000);

  it("a row file whose seal was hand-edited is not read", async () => {
    const report = await loadWith(rowsFileFor(REPORT), (t) => t.replace(/"rows_sha256":"[0-9a-f]/, '"rows_sha256":"x'));
    expect(report.rejected).toEqual([]);
    expect(await dumpTables(warehouseOf(dir))).toEqual(fromJson);
  }, 120_000);

  it("a row file of another format is not read", async () => {
    const report = await loadWith(rowsFileFor(REPORT), (t) =>
      t.replace(`"rows_format":${ROWS_FORMAT}`, `"rows_format":${ROWS_FORMAT - 1}`),
    );
    expect(report.rejected).toEqual([]);
    expect(await dumpTables(warehouseOf(dir))).toEqual(fromJson);
  }, 120_000);

  it("a hand-edited JSON beside its row file is read and checked: the error names the JSON and the fact's field", async () => {
    const report = await loadWith(REPORT, (t) => {
      const json = JSON.parse(t);
      json.facts[3].value = "12a";
      return JSON.stringify(json);
    });
    expect(report.rejected.map((r) => [r.file, r.where])).toEqual([[REPORT, "facts.3.value"]]);
  }, 120_000);
});
