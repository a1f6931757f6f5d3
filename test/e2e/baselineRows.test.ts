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

/**
 * Baseline rows the identity gate (issue 18) no longer stores, each because the report's own
 * figures contradict it; the row is gone, never changed. Lines of kalmar/2024-annual-report.
 */
const REFUSED_BY_GATE: Record<string, { lines: number[]; why: string }[]> = {
  participant_count: [
    {
      lines: [2489],
      why: "Vägknuten: 'antal inskrivna totalt 34', but kvinna 22 + man 12 + icke binär 1 = 35 (table 1: 35)",
    },
  ],
  participant_breakdown: [
    { lines: [1243, 1244, 1245, 1246, 1247], why: "KOMPASS: ages of 'nyinskrivna' add to 21 = enrolled; new is 6" },
    { lines: [1253, 1254, 1257, 1258], why: "KOMPASS: education of 'nyinskrivna' adds to 21 = enrolled; new is 6" },
    {
      lines: [2030, 2031, 2032, 2037, 2040],
      why: "RESA: time in support adds to 29, new is 15 (population was assumed)",
    },
    { lines: [2500, 2501, 2502], why: "Vägknuten: ages of 'nyinskrivna' add to 15, new is 13" },
    { lines: [2510, 2511, 2512, 2513, 2514], why: "Vägknuten: education of 'nyinskrivna' adds to 22, new is 13" },
    { lines: [2567, 2568, 2569, 2571, 2572], why: "Vägknuten: destinations add to 21, exited is 20 (also in table 1)" },
  ],
};
const REFUSED_DOCUMENT = "kalmar/2024-annual-report";
const refusedLines = (table: string) => (REFUSED_BY_GATE[table] ?? []).flatMap((r) => r.lines);
const notRefused = (table: string) =>
  refusedLines(table).length === 0
    ? ""
    : ` WHERE NOT (document_id = '${REFUSED_DOCUMENT}' AND source_line IN (${refusedLines(table).join(", ")}))`;

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

  for (const table of Object.keys(REFUSED_BY_GATE))
    it(`${table}: the rows the identity gate refuses are not stored`, async () => {
      const instance = await DuckDBInstance.create(warehouse, { access_mode: "READ_ONLY" });
      const conn = await instance.connect();
      try {
        const stored = (
          await conn.runAndReadAll(
            `SELECT source_line FROM "${table}" WHERE document_id = '${REFUSED_DOCUMENT}' AND source_line IN (${refusedLines(table).join(", ")})`,
          )
        ).getRowObjectsJson();
        expect(stored).toEqual([]);
      } finally {
        conn.closeSync();
        instance.closeSync();
      }
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
            `SELECT ${baseline.join(", ")} FROM read_parquet('${file}')${notRefused(table)} EXCEPT ALL SELECT ${cols.join(", ")} FROM "${table}" ORDER BY ALL LIMIT 20`,
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
