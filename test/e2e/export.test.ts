/**
 * The open-data package: every CSV and Parquet file re-imports into DuckDB as the warehouse's
 * rows (values and types), datapackage.json passes the Frictionless rules we can check offline
 * (required fields, types, keys, checksums) and the Frictionless project's own library
 * (`datapackage`: valid, every CSV read with types and foreign keys), empty text survives the
 * CSV round trip, the workbook keeps text as text, and exporting again after a fresh load of
 * the same inputs gives byte-identical CSV and Parquet.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { Package } from "datapackage";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectPaths } from "../../loaders/config/paths.ts";
import { dataPackageSchema } from "../../loaders/export/dataPackage.ts";
import { emptyStrings } from "../../loaders/export/emptyStrings.ts";
import { DUCKDB_EXAMPLES, OTHER_LANGUAGES } from "../../loaders/export/exampleQueries.ts";
import { exportDataset } from "../../loaders/export/exportDataset.ts";
import { EXPORTED_TABLES, PARTITIONED_TABLES } from "../../loaders/export/exportTables.ts";
import { sheetRowXml } from "../../loaders/export/sheetXml.ts";
import { writeWorkbook } from "../../loaders/export/writeWorkbook.ts";
import { buildWarehouse } from "../../loaders/warehouse/buildWarehouse.ts";
import { TABLES, type TableDef } from "../../loaders/schema/tables.ts";
import { ROOT } from "../helpers.ts";

let dir: string;
let first: string;
let second: string;
let conn: DuckDBConnection;
let instance: DuckDBInstance;

const q = async (sql: string) => (await conn.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];
const n = async (sql: string) => Number((await q(sql))[0]!.n);
const columnsOf = (t: TableDef) => `{${t.columns.map((c) => `'${c.name}': '${c.type}'`).join(", ")}}`;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "finsam-export-"));
  cpSync(join(ROOT, "data"), join(dir, "data"), {
    recursive: true,
    filter: (src) => !src.includes("warehouse.duckdb"),
  });
  const paths = projectPaths(dir);
  await buildWarehouse(paths);
  first = join(dir, "first");
  await exportDataset(paths.warehouse, first);
  // A fresh load of the same inputs (new load_run, new file), then a second export.
  await buildWarehouse(paths);
  second = join(dir, "second");
  await exportDataset(paths.warehouse, second);
  instance = await DuckDBInstance.create(":memory:");
  conn = await instance.connect();
  await conn.run(`ATTACH '${paths.warehouse}' AS wh (READ_ONLY)`);
}, 180_000);

afterAll(() => {
  conn?.closeSync();
  instance?.closeSync();
  rmSync(dir, { recursive: true, force: true });
});

/** Rows in `a` not in `b` and the reverse, as counts: both must be 0 for an exact round trip. */
async function difference(a: string, b: string) {
  return [
    await n(`SELECT count(*)::INTEGER AS n FROM (${a} EXCEPT ALL ${b})`),
    await n(`SELECT count(*)::INTEGER AS n FROM (${b} EXCEPT ALL ${a})`),
  ];
}

describe("the exported package", () => {
  it("re-imports every CSV file with the schema's types as exactly the warehouse's rows", async () => {
    for (const t of EXPORTED_TABLES) {
      const csv = `SELECT * FROM read_csv('${join(first, `${t.name}.csv`)}', header = true, columns = ${columnsOf(t)}, nullstr = '', allow_quoted_nulls = false, quote = '"', escape = '"', auto_detect = false)`;
      expect(await difference(csv, `SELECT * FROM wh."${t.name}"`), t.name).toEqual([0, 0]);
      expect(await n(`SELECT count(*)::INTEGER AS n FROM (${csv})`), t.name).toBe(
        await n(`SELECT count(*)::INTEGER AS n FROM wh."${t.name}"`),
      );
    }
  });

  it("re-imports every Parquet file with the warehouse's types and rows", async () => {
    for (const t of EXPORTED_TABLES) {
      const parquet = `SELECT * FROM read_parquet('${join(first, `${t.name}.parquet`)}')`;
      const types = async (sql: string) => (await q(`DESCRIBE ${sql}`)).map((r) => `${r.column_name} ${r.column_type}`);
      expect(await types(parquet), t.name).toEqual(await types(`SELECT * FROM wh."${t.name}"`));
      expect(await difference(parquet, `SELECT * FROM wh."${t.name}"`), t.name).toEqual([0, 0]);
    }
  });

  it("partitions the fact tables by federation and year, with every row", async () => {
    expect(PARTITIONED_TABLES.map((t) => t.name)).toContain("participant_count");
    for (const t of PARTITIONED_TABLES) {
      const cols = t.columns.map((c) => (c.name === "year" ? `year::INTEGER AS year` : `"${c.name}"`)).join(", ");
      const hive = `SELECT ${cols} FROM read_parquet('${join(first, "by-federation", t.name)}/*/*/*.parquet', hive_partitioning = true)`;
      expect(
        await difference(hive, `SELECT ${t.columns.map((c) => `"${c.name}"`).join(", ")} FROM wh."${t.name}"`),
        t.name,
      ).toEqual([0, 0]);
    }
    expect(readdirSync(join(first, "by-federation/participant_count"))).toEqual(["federation_id=kalmar"]);
  });

  it("has a datapackage.json that passes the Frictionless rules checked offline", async () => {
    const pkg = dataPackageSchema.parse(JSON.parse(readFileSync(join(first, "datapackage.json"), "utf8")));
    expect(pkg.resources.filter((r) => r.format === "csv").map((r) => r.name)).toEqual([
      ...EXPORTED_TABLES.map((t) => t.name),
      "provenance",
    ]);
    for (const r of pkg.resources) {
      const body = readFileSync(join(first, r.path));
      expect(r.bytes, r.path).toBe(body.length);
      expect(r.hash, r.path).toBe(`sha256:${createHash("sha256").update(body).digest("hex")}`);
      if (!r.schema) continue;
      const header = body
        .toString("utf8")
        .split("\n")[0]!
        .split(",")
        .map((h) => h.replace(/^"(.*)"$/, "$1"));
      expect(header, r.path).toEqual(r.schema.fields.map((f) => f.name));
      expect(r.dialect, r.path).toEqual({
        delimiter: ",",
        quoteChar: '"',
        doubleQuote: true,
        lineTerminator: "\n",
        skipInitialSpace: false,
        header: true,
      });
      expect(body.includes("\r\n"), `${r.path} ends lines with LF only`).toBe(false);
      const file = join(first, r.path);
      const read = `read_csv('${file}', header = true, all_varchar = true, nullstr = '', allow_quoted_nulls = false)`;
      for (const f of r.schema.fields) {
        if (f.constraints?.required)
          expect(
            await n(`SELECT count(*)::INTEGER AS n FROM ${read} WHERE "${f.name}" IS NULL`),
            `${r.name}.${f.name} required`,
          ).toBe(0);
        const pattern = {
          integer: "^-?[0-9]+$",
          number: "^-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?$",
          boolean: "^(true|false)$",
          date: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
          datetime: "^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$",
        }[f.type as string];
        if (pattern)
          expect(
            await n(
              `SELECT count(*)::INTEGER AS n FROM ${read} WHERE "${f.name}" IS NOT NULL AND NOT regexp_full_match("${f.name}", '${pattern}')`,
            ),
            `${r.name}.${f.name} is ${f.type}`,
          ).toBe(0);
      }
      if (r.schema.primaryKey) {
        const key = r.schema.primaryKey.map((k) => `"${k}"`).join(", ");
        expect(
          await n(`SELECT count(*)::INTEGER AS n FROM (SELECT ${key} FROM ${read} GROUP BY ALL HAVING count(*) > 1)`),
          `${r.name} primary key`,
        ).toBe(0);
      }
      for (const fk of r.schema.foreignKeys ?? []) {
        const target = pkg.resources.find((x) => x.name === fk.reference.resource)!;
        const targetRead = `read_csv('${join(first, target.path)}', header = true, all_varchar = true)`;
        const orphans = await n(
          `SELECT count(*)::INTEGER AS n FROM ${read} a WHERE a."${fk.fields[0]}" IS NOT NULL AND a."${fk.fields[0]}" NOT IN (SELECT "${fk.reference.fields[0]}" FROM ${targetRead})`,
        );
        expect(orphans, `${r.name}.${fk.fields[0]} → ${target.name}`).toBe(0);
      }
    }
  });

  it("is a valid package for the Frictionless project's own library, which reads every CSV with types and foreign keys", async () => {
    const pkg = await Package.load(join(first, "datapackage.json"), { basePath: first });
    const problems = [
      ...pkg.errors.map((e) => e.message),
      ...pkg.resources.flatMap((r) => r.errors.map((e) => `${r.name}: ${e.message}`)),
    ];
    if (!pkg.valid) console.error(`datapackage.json is invalid for the Frictionless library:\n${problems.join("\n")}`);
    expect(problems).toEqual([]);
    expect(pkg.valid).toBe(true);
    expect(pkg.profile.name).toBe("data-package");
    const csv = pkg.resources.filter((r) => r.descriptor.format === "csv");
    expect(csv.map((r) => r.name)).toEqual([...EXPORTED_TABLES.map((t) => t.name), "provenance"]);
    expect(pkg.resources.filter((r) => r.descriptor.profile === "tabular-data-resource").map((r) => r.name)).toEqual(
      csv.map((r) => r.name),
    );
    const read: Record<string, Record<string, unknown>[]> = {};
    const ms: Record<string, number> = {};
    for (const r of csv) {
      const started = performance.now();
      try {
        read[r.name] = await r.read({ cast: true, relations: true, keyed: true });
      } catch (err) {
        const e = err as Error & { errors?: Error[] };
        throw new Error(
          `${r.name}: ${e.message}\n${(e.errors ?? [])
            .slice(0, 10)
            .map((x) => x.message)
            .join("\n")}`,
        );
      }
      ms[r.name] = Math.round(performance.now() - started);
      const rows =
        r.name === "provenance"
          ? await n(`SELECT count(*)::INTEGER AS n FROM read_csv('${join(first, "provenance.csv")}')`)
          : await n(`SELECT count(*)::INTEGER AS n FROM wh."${r.name}"`);
      expect(read[r.name]!.length, r.name).toBe(rows);
    }
    console.info(`Frictionless read (cast, relations) in ms: ${JSON.stringify(ms)}`);
    // With relations, a foreign key field holds the referenced row; its key is the value in the file.
    const id = (v: unknown, key: string) =>
      v !== null && typeof v === "object" ? (v as Record<string, unknown>)[key] : v;
    const kalmar = read.participant_count!.find(
      (row) =>
        id(row.federation_id, "federation_id") === "kalmar" &&
        row.year === 2024 &&
        row.measure === "enrolled" &&
        row.intervention_id === null &&
        row.gender === "all",
    );
    expect(kalmar).toMatchObject({ value: 330, approximate: false, source_line: 667 });
    expect((kalmar!.federation_id as Record<string, unknown>).name).toMatch(/Kalmar/);
    // Every document line as stored, blank lines NULL and leading blanks kept.
    const lines = read.document_line!.map((row) => [id(row.document_id, "document_id"), row.line, row.text]);
    const stored = (await q(`SELECT document_id, line, text FROM wh.document_line ORDER BY document_id, line`)).map(
      (row) => [row.document_id, row.line, row.text],
    );
    expect(lines).toEqual(stored);
    expect(lines.filter((l) => l[2] === null).length).toBeGreaterThan(100);
    expect(lines.some((l) => typeof l[2] === "string" && l[2].startsWith(" "))).toBe(true);
    expect(read.decision!.filter((row) => row.text === null).length).toBe(
      await n(`SELECT count(*)::INTEGER AS n FROM wh.decision WHERE text IS NULL`),
    );
  }, 120_000);

  it("lists a correct SHA-256 for every file", () => {
    const listed = readFileSync(join(first, "SHA256SUMS"), "utf8")
      .trim()
      .split("\n")
      .map((l) => l.split("  "));
    const files: string[] = [];
    const walk = (d: string) =>
      readdirSync(d).forEach((f) =>
        statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : files.push(relative(first, join(d, f))),
      );
    walk(first);
    expect(listed.map(([, path]) => path).sort()).toEqual(files.filter((f) => f !== "SHA256SUMS").sort());
    for (const [hash, path] of listed)
      expect(
        createHash("sha256")
          .update(readFileSync(join(first, path!)))
          .digest("hex"),
        path,
      ).toBe(hash);
  });

  it("gives byte-identical CSV and Parquet files, and the same DuckDB content, after a fresh load", () => {
    const files = readFileSync(join(first, "SHA256SUMS"), "utf8")
      .trim()
      .split("\n")
      .map((l) => l.split("  ")[1]!)
      .filter((p) => /\.(csv|parquet)$/.test(p));
    expect(files.length).toBeGreaterThan(40);
    for (const f of files) expect(readFileSync(join(second, f)).equals(readFileSync(join(first, f))), f).toBe(true);
  });

  it("ships the same DuckDB tables as the warehouse", async () => {
    await conn.run(`ATTACH '${join(first, "finsam.duckdb")}' AS shipped (READ_ONLY)`);
    for (const t of TABLES.filter((x) => x.name !== "load_run"))
      expect(await difference(`SELECT * FROM shipped."${t.name}"`, `SELECT * FROM wh."${t.name}"`), t.name).toEqual([
        0, 0,
      ]);
    await conn.run("DETACH shipped");
  });

  it("opens as a workbook with a README sheet, numbers as numbers", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(first, "finsam.xlsx"));
    // Every line of every document is in the CSV and Parquet files, not on a sheet.
    expect(book.worksheets.map((s) => s.name)).toEqual([
      "README",
      ...EXPORTED_TABLES.filter((t) => t.name !== "document_line").map((t) => t.name),
    ]);
    const sheet = book.getWorksheet("participant_count")!;
    expect(sheet.getRow(1).values).toContain("value");
    const valueColumn = (sheet.getRow(1).values as unknown[]).indexOf("value");
    expect(sheet.getRow(2).getCell(valueColumn).type).toBe(ExcelJS.ValueType.Number);
    expect(sheet.rowCount - 1).toBe(await n(`SELECT count(*)::INTEGER AS n FROM wh.participant_count`));
    // The README sheet lists every table with its row count and a Swedish summary.
    const readme: unknown[][] = [];
    book.getWorksheet("README")!.eachRow((row) => readme.push((row.values as unknown[]).slice(1)));
    for (const t of EXPORTED_TABLES) {
      const line = readme.find((r) => r[0] === t.name);
      expect(line, t.name).toBeDefined();
      expect(line![2]).toBe(t.summarySv);
    }
    expect(readme.find((r) => r[0] === "participant_count")![1]).toBe(String(sheet.rowCount - 1));
    expect(readme.find((r) => r[0] === "document_line")![4]).toBe("endast document_line.csv och document_line.parquet");
  });
});

describe("empty text in the CSV files", () => {
  it("is never an empty string in the warehouse: blank lines and items without decision text are NULL", async () => {
    const own = await instance.connect();
    await own.run("USE wh");
    expect(await emptyStrings(own, EXPORTED_TABLES)).toEqual([]);
    own.closeSync();
    expect(await n(`SELECT count(*)::INTEGER AS n FROM wh.document_line WHERE text IS NULL`)).toBeGreaterThan(100);
    expect(await n(`SELECT count(*)::INTEGER AS n FROM wh.decision WHERE text IS NULL`)).toBeGreaterThan(0);
  });

  it("finds an empty string that the export would have to refuse", async () => {
    const table: TableDef = {
      name: "blank_text",
      summarySv: "test",
      description: "test",
      key: ["id"],
      columns: [
        { name: "id", type: "INTEGER", description: "i" },
        { name: "text", type: "VARCHAR", description: "t", nullable: true },
      ],
    };
    await conn.run(
      `CREATE OR REPLACE TABLE blank_text AS SELECT * FROM (VALUES (1, 'a'), (2, NULL), (3, ''), (4, '')) t(id, text)`,
    );
    expect(await emptyStrings(conn, [table])).toEqual(["blank_text.text: 2"]);
    await conn.run("DROP TABLE blank_text");
  });

  it("reads back with DuckDB's read_csv NULL defaults as the warehouse's text and NULLs", async () => {
    for (const t of EXPORTED_TABLES) {
      for (const c of t.columns.filter((x) => x.type === "VARCHAR")) {
        // all_varchar only keeps the sniffer from typing "09:00" as TIME; NULL handling is the default.
        const csv = `SELECT "${c.name}" AS v FROM read_csv('${join(first, `${t.name}.csv`)}', all_varchar = true)`;
        expect(await difference(csv, `SELECT "${c.name}" AS v FROM wh."${t.name}"`), `${t.name}.${c.name}`).toEqual([
          0, 0,
        ]);
      }
    }
  });

  it("quotes every text value, so NULL is the only empty field", () => {
    const body = readFileSync(join(first, "document_line.csv"), "utf8").split("\n");
    expect(body[0]).toBe(`"document_id",line,"text"`);
    expect(body.filter((l) => l.endsWith(",")).length).toBeGreaterThan(100);
    expect(body.filter((l) => l.endsWith(',""')).length).toBe(0);
    expect(body.slice(1, -1).every((l) => l.startsWith('"'))).toBe(true);
  });
});

describe("the example queries on the Data page and in docs/for-researchers.md", () => {
  it("run against the exported files and return rows", async () => {
    const docs = readFileSync(join(ROOT, "docs/for-researchers.md"), "utf8");
    await conn.run(`SET file_search_path = '${first}'`);
    for (const e of DUCKDB_EXAMPLES) {
      const rows = await q(e.sql.replace(/;\s*$/, ""));
      expect(rows.length, e.title).toBeGreaterThan(0);
      expect(docs, `docs/for-researchers.md shows "${e.title}"`).toContain(e.sql);
    }
    for (const l of OTHER_LANGUAGES)
      expect(docs, `docs/for-researchers.md shows the ${l.language} example`).toContain(l.code);
    const [kalmar] = await q(DUCKDB_EXAMPLES[2]!.sql.replace(/;\s*$/, ""));
    expect([Number(kalmar!.value), Number(kalmar!.source_line)]).toEqual([330, 667]);
    expect(String(kalmar!.text)).toContain("SUMMA deltagare");
  });
});

describe("the workbook writer", () => {
  it("writes the same bytes for the same rows, whenever it runs (fixed zip dates)", async () => {
    const table = EXPORTED_TABLES.find((t) => t.name === "federation")!;
    const rows = `(SELECT 2 AS __row, 'a' AS federation_id, 'Förbund A' AS name, 'Län' AS county, NULL AS website)`;
    const meta = { version: "test", created: "2026-01-01T00:00:00Z", license: "CC-BY-4.0" };
    const dir = mkdtempSync(join(tmpdir(), "finsam-xlsx-"));
    const write = async (name: string) => {
      await writeWorkbook(join(dir, name), [{ table, count: 1, rows: () => sheetRowXml(conn, table, rows) }], meta);
      return readFileSync(join(dir, name));
    };
    const a = await write("a.xlsx");
    await new Promise((r) => setTimeout(r, 2100)); // past the zip format's 2-second clock
    expect((await write("b.xlsx")).equals(a)).toBe(true);
  });

  it("stores text a spreadsheet would run as a formula as text, and numbers as numbers", async () => {
    const table: TableDef = {
      name: "hostile",
      summarySv: "test",
      description: "test",
      key: ["text"],
      columns: [
        { name: "text", type: "VARCHAR", description: "t" },
        { name: "amount", type: "BIGINT", description: "a" },
      ],
    };
    const hostile = ["=1+1", "+46 70 123", "-5 kr", "@SUM(A1)", "\t=2", "\r=3", '=HYPERLINK("x")'];
    const file = join(mkdtempSync(join(tmpdir(), "finsam-xlsx-")), "t.xlsx");
    const values = hostile.map((s, i) => `(${i + 2}, '${s.replaceAll("'", "''")}', ${7 - i * 1000})`).join(", ");
    const rows = `(SELECT * FROM (VALUES ${values}) t(__row, text, amount))`;
    await writeWorkbook(file, [{ table, count: hostile.length, rows: () => sheetRowXml(conn, table, rows) }], {
      version: "test",
      created: "2026-01-01T00:00:00Z",
      license: "CC-BY-4.0",
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const sheet = book.getWorksheet("hostile")!;
    hostile.forEach((s, i) => {
      const text = sheet.getRow(i + 2).getCell(1);
      expect(text.type, s).toBe(ExcelJS.ValueType.String);
      expect(text.formula, s).toBeUndefined();
      // XML turns a stored CR into LF on reading (line-end normalisation); the CSV files stay exact.
      expect(text.value).toBe(s.replace(/\r/g, "\n"));
      const amount = sheet.getRow(i + 2).getCell(2);
      expect(amount.type).toBe(ExcelJS.ValueType.Number);
      expect(amount.value).toBe(7 - i * 1000);
    });
  });
});
