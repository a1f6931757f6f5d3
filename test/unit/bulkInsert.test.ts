/**
 * The warehouse's bulk path (loaders/warehouse/bulkInsert.ts, documentLineSpool.ts): rows staged
 * as JSON lines come out of DuckDB in key order with their types, and refused when a column
 * cannot hold them; a document's lines, read by DuckDB from text files (its source file, or one
 * the spool writes), keep their numbers, and a file changed since it was read stops the load.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DocumentLineSpool } from "../../loaders/warehouse/documentLineSpool.ts";
import { StagedRows } from "../../loaders/warehouse/stagedRows.ts";
import { joinLines } from "../../loaders/input/verbatimText.ts";
import { stagingDirFor, writeWarehouse } from "../../loaders/warehouse/buildWarehouse.ts";
import type { Rows } from "../../loaders/schema/tables.ts";
import { query } from "../support/sandbox.ts";

const dir = mkdtempSync(join(tmpdir(), "finsam-bulk-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const meta = { startedAt: new Date(0), codeVersion: "test", inputSha256: "0".repeat(64) };

const federation = (id: string) => ({ federation_id: id, name: `Förbund ${id}`, county: "Testlän", website: null });
const finance = (federation_id: string, year: number, item: string, amount_sek: number) => ({
  federation_id,
  year,
  basis: "actual" as const,
  item,
  amount_sek,
  value: null,
  source_label: item,
  document_id: `${federation_id}/${year}-annual-report`,
  source_line: 1,
  obtained: "parsed_text" as const,
  curation_reason: null,
  confirmed_by: null,
});

describe("rows through staged JSON lines", () => {
  it("keep each table's PRIMARY KEY, added after the rows: a repeated key fails the write", async () => {
    const target = join(dir, "key.duckdb");
    await writeWarehouse(target, { federation: [federation("a")] } as unknown as Rows, meta);
    const keys = await query(
      target,
      `SELECT constraint_text FROM duckdb_constraints() WHERE table_name = 'finance' AND constraint_type = 'PRIMARY KEY'`,
    );
    expect(keys).toEqual([{ constraint_text: 'PRIMARY KEY(federation_id, "year", basis, item)' }]);
    const twice = { finance: [finance("a", 2024, "revenue", 1), finance("a", 2024, "revenue", 2)] };
    await expect(writeWarehouse(target, twice as unknown as Rows, meta)).rejects.toThrow(/PRIMARY KEY|duplicate/i);
    // The earlier warehouse stays, and the failed write leaves no temporary file.
    expect(await query(target, `SELECT federation_id FROM federation`)).toEqual([{ federation_id: "a" }]);
    expect(readdirSync(dir).filter((n) => n.includes(".tmp-"))).toEqual([]);
  });

  it("come out in key order (numbers by value), with their values and types", async () => {
    const target = join(dir, "order.duckdb");
    const rows = {
      federation: [federation("b"), federation("a")],
      finance: [
        finance("b", 2024, "revenue", 10),
        finance("a", 2024, "revenue", 1_234_567.6),
        finance("a", 9, "revenue", 3),
        finance("a", 10, "cost", -5),
      ],
    } as unknown as Rows;
    await writeWarehouse(target, rows, meta);
    const got = await query(target, `SELECT federation_id, year, item, amount_sek FROM finance`);
    expect(got).toEqual([
      { federation_id: "a", year: 9, item: "revenue", amount_sek: "3" },
      { federation_id: "a", year: 10, item: "cost", amount_sek: "-5" },
      // BIGINT: rounded, as the appender rounded.
      { federation_id: "a", year: 2024, item: "revenue", amount_sek: "1234568" },
      { federation_id: "b", year: 2024, item: "revenue", amount_sek: "10" },
    ]);
    expect((await query(target, `SELECT federation_id FROM federation`)).map((r) => r.federation_id)).toEqual([
      "a",
      "b",
    ]);
    expect(readdirSync(dir).filter((n) => n.includes(".tmp-"))).toEqual([]);
  });

  it("refuses NULL in a NOT NULL column and a number JSON cannot hold, leaving no temp files", async () => {
    const target = join(dir, "refused.duckdb");
    const noName = { federation: [{ ...federation("a"), name: null }] } as unknown as Rows;
    await expect(writeWarehouse(target, noName, meta)).rejects.toThrow(/federation\.name: NULL in a NOT NULL column/);
    const infinite = { federation: [federation("a")], finance: [finance("a", 2024, "x", Infinity)] } as unknown as Rows;
    await expect(writeWarehouse(target, infinite, meta)).rejects.toThrow(
      /finance\.amount_sek: Infinity is not a finite/,
    );
    expect(readdirSync(dir).filter((n) => n.startsWith("refused"))).toEqual([]);
  });
});

describe("a row written whole or cell by cell", () => {
  it("reads the same: a lone surrogate becomes U+FFFD, a key of no column is left out", async () => {
    const target = join(dir, "whole.duckdb");
    const rows = {
      federation: [federation("a"), { ...federation("b"), name: "Förbund \uDC00b", note: "no such column" }],
    } as unknown as Rows;
    await writeWarehouse(target, rows, meta);
    expect(await query(target, `SELECT federation_id, name, county, website FROM federation`)).toEqual([
      { federation_id: "a", name: "Förbund a", county: "Testlän", website: null },
      { federation_id: "b", name: "Förbund \uFFFDb", county: "Testlän", website: null },
    ]);
  });
});

describe("rows staged in several files", () => {
  it("come out whole and in key order when a table's rows fill more than one file", async () => {
    const target = join(dir, "files.duckdb");
    const stage = stagingDirFor(target);
    mkdirSync(stage, { recursive: true });
    const staged = new StagedRows(stage);
    // Three federations' finance rows, each call some 5 million characters of JSON: more than a file holds.
    const years = Array.from({ length: 2_500 }, (_, i) => 1000 + i);
    for (const id of ["c", "a", "b"])
      await staged.add({
        federation: [federation(id)],
        finance: years.map((y) => finance(id, y, "revenue_operating".padEnd(2_000, "x"), y)),
      } as unknown as Rows);
    await writeWarehouse(target, staged, meta, {}, undefined, stage);
    const [counted] = await query(
      target,
      `SELECT count(*)::INTEGER AS n, count(DISTINCT federation_id)::INTEGER AS f FROM finance`,
    );
    expect(counted).toEqual({ n: 7_500, f: 3 });
    const ends = await query(
      target,
      `(SELECT federation_id, "year" FROM finance LIMIT 1) UNION ALL (SELECT federation_id, "year" FROM finance OFFSET 7_499)`,
    );
    expect(ends).toEqual([
      { federation_id: "a", year: 1000 },
      { federation_id: "c", year: 3_499 },
    ]);
  });

  it("close into more than one file per table past a file's worth of text", async () => {
    const stage = join(dir, "split-stage");
    mkdirSync(stage, { recursive: true });
    const staged = new StagedRows(stage);
    const years = Array.from({ length: 2_500 }, (_, i) => 1000 + i);
    for (const id of ["a", "b"])
      await staged.add({ finance: years.map((y) => finance(id, y, "x".repeat(2_000), y)) } as unknown as Rows);
    await staged.add({ federation: [federation("a")] } as unknown as Rows);
    const files = await staged.close();
    expect(files.get("finance")!.length).toBe(2);
    expect(files.get("federation")!.length).toBe(1);
    expect(staged.count("finance")).toBe(5_000);
  });
});

describe("document lines through the spool", () => {
  it("keep their numbers, a blank line is NULL, a lone surrogate becomes U+FFFD", async () => {
    const target = join(dir, "lines.duckdb");
    const stage = stagingDirFor(target);
    const { mkdir } = await import("node:fs/promises");
    await mkdir(stage, { recursive: true });
    const spool = new DocumentLineSpool(stage);
    // Three lines of 600 000 characters: more than one record's worth of text.
    const long = (c: string) => c.repeat(600_000);
    await spool.add("b/2024-annual-report", joinLines([long("x"), "", long("y"), "sista \uD800raden"]));
    await spool.add("a/2024-annual-report", joinLines(["första", "andra"]));
    await writeWarehouse(target, { federation: [federation("a"), federation("b")] }, meta, {}, spool, stage);
    const got = await query(
      target,
      `SELECT document_id, line, length(text)::INTEGER AS n, left(text, 6) AS head FROM document_line`,
    );
    expect(got).toEqual([
      { document_id: "a/2024-annual-report", line: 1, n: 6, head: "första" },
      { document_id: "a/2024-annual-report", line: 2, n: 5, head: "andra" },
      { document_id: "b/2024-annual-report", line: 1, n: 600_000, head: "xxxxxx" },
      { document_id: "b/2024-annual-report", line: 2, n: null, head: null },
      { document_id: "b/2024-annual-report", line: 3, n: 600_000, head: "yyyyyy" },
      { document_id: "b/2024-annual-report", line: 4, n: 12, head: "sista " },
    ]);
    const [last] = await query(target, `SELECT text FROM document_line WHERE line = 4`);
    expect(last!.text).toBe("sista \uFFFDraden");
  });

  it("are stored in key order without an index on the key; lines given whole with a repeated key fail the write", async () => {
    const target = join(dir, "line-key.duckdb");
    const stage = stagingDirFor(target);
    const { mkdir } = await import("node:fs/promises");
    await mkdir(stage, { recursive: true });
    const spool = new DocumentLineSpool(stage);
    await spool.add("a/2024-annual-report", joinLines(["första", "andra"]));
    await writeWarehouse(target, { federation: [federation("a")] }, meta, {}, spool, stage);
    // The spool's lines are unique by construction: no PRIMARY KEY index, the rows in key order.
    const keys = (table: string) =>
      query(
        target,
        `SELECT constraint_text FROM duckdb_constraints() WHERE table_name = '${table}' AND constraint_type = 'PRIMARY KEY'`,
      );
    expect(await keys("document_line")).toEqual([]);
    expect(await keys("federation")).toEqual([{ constraint_text: "PRIMARY KEY(federation_id)" }]);
    expect(await query(target, `SELECT document_id, line FROM document_line`)).toEqual([
      { document_id: "a/2024-annual-report", line: 1 },
      { document_id: "a/2024-annual-report", line: 2 },
    ]);
    // Lines given whole (not through the spool) are checked: a repeated key fails the write and keeps the warehouse.
    const line = (n: number, text: string) => ({ document_id: "a/2024-annual-report", line: n, text });
    await writeWarehouse(
      join(dir, "line-key-ok.duckdb"),
      { document_line: [line(2, "y"), line(1, "x")] } as unknown as Rows,
      meta,
    );
    expect(await query(join(dir, "line-key-ok.duckdb"), `SELECT line, text FROM document_line`)).toEqual([
      { line: 1, text: "x" },
      { line: 2, text: "y" },
    ]);
    const twice = { document_line: [line(1, "x"), line(1, "y")] } as unknown as Rows;
    await expect(writeWarehouse(target, twice, meta)).rejects.toThrow(/document_line: duplicate rows on its key/);
    expect(await query(target, `SELECT count(*)::INTEGER AS n FROM document_line`)).toEqual([{ n: 2 }]);
    expect(readdirSync(dir).filter((n) => n.includes(".tmp-"))).toEqual([]);
  });

  it("come out in id order from federations' files adopted in any order", async () => {
    const target = join(dir, "adopted.duckdb");
    const stage = stagingDirFor(target);
    for (const f of ["one", "two"]) mkdirSync(join(stage, f), { recursive: true });
    const later = new DocumentLineSpool(join(stage, "one"));
    await later.add("b/2024-annual-report", joinLines(["b1", "b2"]));
    const earlier = new DocumentLineSpool(join(stage, "two"));
    await earlier.add("a-b/2023-annual-report", joinLines(["ab1"]));
    await earlier.add("a/2024-annual-report", joinLines(["a1"]));
    const spool = new DocumentLineSpool(stage);
    spool.adopt(await later.close());
    spool.adopt(await earlier.close());
    await writeWarehouse(target, { federation: [federation("a")] }, meta, {}, spool, stage);
    expect(await query(target, `SELECT document_id, line, text FROM document_line`)).toEqual([
      { document_id: "a-b/2023-annual-report", line: 1, text: "ab1" },
      { document_id: "a/2024-annual-report", line: 1, text: "a1" },
      { document_id: "b/2024-annual-report", line: 1, text: "b1" },
      { document_id: "b/2024-annual-report", line: 2, text: "b2" },
    ]);
  });

  it("are read from a plain text source file where it lies, a final LF ending the last line", async () => {
    const target = join(dir, "in-place.duckdb");
    const stage = stagingDirFor(target);
    mkdirSync(stage, { recursive: true });
    const sources = join(dir, "sources");
    mkdirSync(sources, { recursive: true });
    const files: [string, string, number][] = [
      ["a/2024-annual-report", "rad ett\n\nrad tre\n\n", 4],
      ["a/2024-board-minutes", "utan radslut", 1],
      ["b/2024-annual-report", "", 1],
    ];
    const spool = new DocumentLineSpool(stage);
    for (const [id, text, count] of files) {
      const file = join(sources, `${id.replace("/", "_")}.txt`);
      writeFileSync(file, text);
      await spool.add(id, { file, bytes: Buffer.byteLength(text), count });
    }
    // A document held in memory whose last line is blank: it stays a line.
    await spool.add("a/2023-annual-report", joinLines(["ocr-rad", ""]));
    await writeWarehouse(target, { federation: [federation("a"), federation("b")] }, meta, {}, spool, stage);
    expect(await query(target, `SELECT document_id, line, text FROM document_line`)).toEqual([
      { document_id: "a/2023-annual-report", line: 1, text: "ocr-rad" },
      { document_id: "a/2023-annual-report", line: 2, text: null },
      { document_id: "a/2024-annual-report", line: 1, text: "rad ett" },
      { document_id: "a/2024-annual-report", line: 2, text: null },
      { document_id: "a/2024-annual-report", line: 3, text: "rad tre" },
      { document_id: "a/2024-annual-report", line: 4, text: null },
      { document_id: "a/2024-board-minutes", line: 1, text: "utan radslut" },
      { document_id: "b/2024-annual-report", line: 1, text: null },
    ]);
  });

  it("stop the load, naming the file, when a source file changed after it was read", async () => {
    const target = join(dir, "changed.duckdb");
    const stage = stagingDirFor(target);
    mkdirSync(stage, { recursive: true });
    const file = join(dir, "changed.txt");
    writeFileSync(file, "rad ett\nrad två\n");
    const spool = new DocumentLineSpool(stage);
    await spool.add("a/2024-annual-report", { file, bytes: Buffer.byteLength("rad ett\nrad två\n"), count: 2 });
    // Same size, one more line: edited between the load's read and DuckDB's.
    writeFileSync(file, "rad ett\nrad\ntv\n");
    await expect(writeWarehouse(target, { federation: [federation("a")] }, meta, {}, spool, stage)).rejects.toThrow(
      /changed\.txt changed while the load read it/,
    );
    expect(readdirSync(dir).filter((n) => n.startsWith("changed.duckdb"))).toEqual([]);
  });
});
