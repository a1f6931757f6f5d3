/**
 * ddl (schema/tables.ts): a column's compression chosen ahead is written into CREATE TABLE as
 * `USING COMPRESSION`, and changes nothing DuckDB reports of the table: the same columns, types
 * and nullability, the same values read back.
 */
import { DuckDBInstance } from "@duckdb/node-api";
import { describe, expect, it } from "vitest";
import { ddl, tableDef, type TableDef } from "../../loaders/schema/tables.ts";

describe("ddl", () => {
  it("writes document_line.text's compression, and none for a column without one", () => {
    const sql = ddl(tableDef("document_line"));
    expect(sql).toContain(`"text" VARCHAR USING COMPRESSION dictionary`);
    expect(sql).toMatch(/"document_id" VARCHAR NOT NULL,/);
    expect(ddl(tableDef("federation"))).not.toContain("USING COMPRESSION");
  });

  it("gives the table DuckDB reports for the same columns without it, and the values stored", async () => {
    const t = tableDef("document_line");
    const plain: TableDef = { ...t, name: "plain_line", columns: t.columns.map(({ compression: _c, ...c }) => c) };
    const instance = await DuckDBInstance.create(":memory:");
    const conn = await instance.connect();
    try {
      await conn.run(ddl(t));
      await conn.run(ddl(plain));
      const columns = async (table: string) =>
        (
          await conn.runAndReadAll(
            `SELECT column_name, data_type, is_nullable FROM information_schema.columns WHERE table_name = '${table}' ORDER BY ordinal_position`,
          )
        ).getRows();
      expect(await columns("document_line")).toEqual(await columns("plain_line"));
      await conn.run(`INSERT INTO document_line VALUES ('a/b', 1, 'rad ett'), ('a/b', 2, NULL), ('a/b', 3, 'rad ett')`);
      const rows = (await conn.runAndReadAll(`SELECT * FROM document_line ORDER BY line`)).getRows();
      expect(rows).toEqual([
        ["a/b", 1, "rad ett"],
        ["a/b", 2, null],
        ["a/b", 3, "rad ett"],
      ]);
    } finally {
      conn.closeSync();
      instance.closeSync();
    }
  });
});
