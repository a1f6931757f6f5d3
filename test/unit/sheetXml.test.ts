/**
 * The workbook's data rows are built by DuckDB (loaders/export/sheetXml.ts) and must read as the
 * header and README rows do, and as a spreadsheet needs: numbers written exactly as JavaScript
 * writes them (String(number)), text escaped as writeWorkbook.ts's xmlText escapes it, dates as
 * Excel serials, NULL and non-finite numbers left out.
 */
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { columnName, jsNumberSql, rowXmlSql, sheetRowXml, xmlTextSql } from "../../loaders/export/sheetXml.ts";
import { xmlText } from "../../loaders/export/writeWorkbook.ts";
import type { TableDef } from "../../loaders/schema/tables.ts";

let instance: DuckDBInstance;
let conn: DuckDBConnection;
beforeAll(async () => {
  instance = await DuckDBInstance.create(":memory:");
  conn = await instance.connect();
});
afterAll(() => {
  conn.closeSync();
  instance.closeSync();
});

/** A seeded generator, so a failure can be repeated. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    s ^= s + Math.imul(s ^ (s >>> 7), s | 61);
    return ((s ^ (s >>> 14)) >>> 0) / 2 ** 32;
  };
}

describe("numbers", () => {
  it("are written as JavaScript writes them, at every magnitude", async () => {
    const next = random(21);
    const values = [
      0,
      -0,
      1,
      -1,
      57.2,
      100,
      1 / 3,
      0.1 + 0.2,
      1e-7,
      1.5e-7,
      9.99e-8,
      1e-5,
      4.35e-5,
      1e-4,
      0.00012,
      1e15 + 0.5,
      1e16,
      2 ** 53,
      2 ** 53 + 2,
      2 ** 60,
      1e21,
      1.5e21,
      123456789.123,
      99.99999999999999,
      5e-324,
      Number.MAX_VALUE,
      -Number.MAX_VALUE,
      16189674,
      -4252368,
    ];
    for (let i = 0; i < 4000; i++) {
      const exponent = Math.floor(next() * 60) - 30;
      const mantissa = (next() - 0.5) * 20;
      values.push(mantissa * 10 ** exponent, Math.round(mantissa * 10 ** Math.abs(exponent)));
    }
    // Each value goes in as its exact double (JavaScript's text reads back as the same double).
    const list = values.map((v) => `'${Object.is(v, -0) ? "-0.0" : String(v)}'::DOUBLE`).join(", ");
    const rows = (
      await conn.runAndReadAll(
        `SELECT ${jsNumberSql("CAST(x AS VARCHAR)")} FROM (SELECT unnest([${list}]) AS x, generate_subscripts([${list}], 1) AS i) ORDER BY i`,
      )
    ).getRowsJson();
    const wrong = values
      .map((v, i) => [String(v), rows[i]![0]] as const)
      .filter(([want, got]) => want !== got)
      .slice(0, 5);
    expect(wrong).toEqual([]);
  });
});

describe("text", () => {
  it("is escaped as xmlText escapes it: entities, _xHHHH_ literals, characters XML cannot hold", async () => {
    const texts = [
      'Förbund & <kommun> "A"',
      "=1+1",
      "_x0041_ and _x00e9_ stay as written",
      "tab\tline\nreturn\r",
      "bell\u0007 nul\u0000 esc\u001b vt\u000b ff\u000c",
      "noncharacters \ufffe\uffff",
      "emoji 🙂 and ä",
      "",
    ];
    for (const t of texts) {
      const rows = (await conn.runAndReadAll(`SELECT ${xmlTextSql("$1::VARCHAR")}`, [t])).getRowsJson();
      const got = rows[0]![0];
      expect(got, JSON.stringify(t)).toBe(xmlText(t));
    }
  });
});

describe("a row", () => {
  const table: TableDef = {
    name: "every_type",
    summarySv: "test",
    description: "test",
    key: ["id"],
    columns: [
      { name: "id", type: "VARCHAR", description: "t" },
      { name: "n", type: "INTEGER", description: "i", nullable: true },
      { name: "amount", type: "BIGINT", description: "a", nullable: true },
      { name: "share", type: "DOUBLE", description: "d", nullable: true },
      { name: "ok", type: "BOOLEAN", description: "b", nullable: true },
      { name: "day", type: "DATE", description: "d", nullable: true },
    ],
  };
  const rowsOf = async (values: string) => {
    const out: string[] = [];
    const source = `(SELECT * FROM (VALUES ${values}) t(__row, id, n, amount, share, ok, day))`;
    for await (const batch of sheetRowXml(conn, table, source))
      for (const bytes of batch) out.push(Buffer.from(bytes).toString("utf8"));
    return out;
  };

  it("holds every type as a spreadsheet reads it", async () => {
    const [row] = await rowsOf(`(2, 'a<b', 7::INTEGER, 16189674::BIGINT, 57.2::DOUBLE, true, DATE '2024-12-31')`);
    expect(row).toBe(
      '<row r="2"><c r="A2" t="inlineStr"><is><t xml:space="preserve">a&lt;b</t></is></c>' +
        '<c r="B2"><v>7</v></c><c r="C2"><v>16189674</v></c><c r="D2"><v>57.2</v></c>' +
        '<c r="E2" t="b"><v>1</v></c><c r="F2" s="2"><v>45657</v></c></row>',
    );
  });

  it("writes integers as JavaScript writes them, past 2^53 as their nearest double", async () => {
    const amounts = [2n ** 53n, 2n ** 53n + 1n, 2n ** 60n, -(2n ** 63n), 2n ** 63n - 1n, -16189674n];
    const ints = [-(2 ** 31), 2 ** 31 - 1, -5];
    const rows = await rowsOf(
      amounts
        .map((a, i) => `(${i + 2}, 'r', (${ints[i] ?? "NULL"})::INTEGER, (${a})::BIGINT, NULL, NULL, NULL)`)
        .join(", "),
    );
    rows.forEach((row, i) => {
      expect(row, String(amounts[i])).toContain(`<c r="C${i + 2}"><v>${String(Number(amounts[i]))}</v></c>`);
      if (ints[i] !== undefined) expect(row).toContain(`<c r="B${i + 2}"><v>${String(ints[i])}</v></c>`);
    });
  });

  it("leaves out NULL and non-finite cells, and does not leave out zero or false", async () => {
    const rows = await rowsOf(
      `(3, 'x', NULL, NULL, 'NaN'::DOUBLE, NULL, NULL), (4, 'y', 0, 0, 'Infinity'::DOUBLE, false, NULL)`,
    );
    expect(rows).toEqual([
      '<row r="3"><c r="A3" t="inlineStr"><is><t xml:space="preserve">x</t></is></c></row>',
      '<row r="4"><c r="A4" t="inlineStr"><is><t xml:space="preserve">y</t></is></c>' +
        '<c r="B4"><v>0</v></c><c r="C4"><v>0</v></c><c r="E4" t="b"><v>0</v></c></row>',
    ]);
  });

  it("names columns past Z as a spreadsheet does", () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnName)).toEqual(["A", "Z", "AA", "AZ", "BA", "ZZ", "AAA"]);
    expect(rowXmlSql(table, "t")).toContain("<c r=\"F' || __row");
  });
});
