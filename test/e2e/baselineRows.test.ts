/**
 * Regression guard for the general extraction layers: every row the warehouse held on
 * 2026-11-25 (before any layer ran on every report) is still there with the same values.
 * New rows are allowed (the general layers may read more); changed or lost rows are not.
 * The baseline is one Parquet file per published table, written from that day's warehouse.
 */
import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectPaths } from "../../loaders/config/paths.ts";
import { runExtract } from "../../loaders/extract/runExtract.ts";
import { buildWarehouse } from "../../loaders/warehouse/buildWarehouse.ts";
import { ROOT } from "../helpers.ts";
import { sandbox } from "../support/sandbox.ts";

const BASELINE = join(ROOT, "test/fixtures/baseline-2026-11-25");

describe("rows of the 2026-11-25 warehouse", () => {
  let dir: string;
  let warehouse: string;
  beforeAll(async () => {
    dir = sandbox("finsam-baseline-");
    const paths = projectPaths(dir);
    const extracted = await runExtract(paths);
    expect(extracted.filter((r) => r.error)).toEqual([]);
    warehouse = (await buildWarehouse(paths, {})).warehouse;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const tables = readdirSync(BASELINE)
    .filter((f) => f.endsWith(".parquet"))
    .map((f) => f.replace(/\.parquet$/, ""))
    .sort();

  it("has a baseline for the fact tables", () => {
    expect(tables).toEqual(
      expect.arrayContaining(["participant_count", "finance", "member_contribution", "indicator", "decision"]),
    );
  });

  for (const table of tables) {
    it(`${table}: no baseline row is lost or changed`, async () => {
      const instance = await DuckDBInstance.create(warehouse, { access_mode: "READ_ONLY" });
      const conn = await instance.connect();
      try {
        const file = join(BASELINE, `${table}.parquet`).replace(/'/g, "''");
        const described = (
          await conn.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet('${file}')`)
        ).getRowObjectsJson();
        const cols = described.map((r) => `"${String(r.column_name)}"`);
        // Since the baseline, empty text is stored as NULL (blank lines, decisions without text):
        // the CSV files cannot tell "" from NULL. The same rows in today's representation.
        const baseline = described.map((r) =>
          r.column_type === "VARCHAR"
            ? `NULLIF("${String(r.column_name)}", '') AS "${String(r.column_name)}"`
            : `"${String(r.column_name)}"`,
        );
        const missing = (
          await conn.runAndReadAll(
            `SELECT ${baseline.join(", ")} FROM read_parquet('${file}') EXCEPT ALL SELECT ${cols.join(", ")} FROM "${table}" ORDER BY ALL LIMIT 20`,
          )
        ).getRowObjectsJson();
        expect(missing, `${table}: baseline rows missing from the new warehouse (first 20)`).toEqual([]);
      } finally {
        conn.closeSync();
        instance.closeSync();
      }
    });
  }
});
