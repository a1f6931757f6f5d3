/**
 * Rows into DuckDB in bulk: the loader writes each table's rows as newline-delimited JSON to a
 * staging folder beside the new warehouse, and DuckDB reads the files with its own parallel JSON
 * reader (`INSERT … SELECT … FROM read_json`). Per-value appender calls cost more than the rest
 * of the load at national scale; this way JavaScript only serialises, one row at a time, and
 * nothing holds a table's rows twice. Files are read in the order given and rows keep their file
 * order, so the caller's key order is the tables' storage order.
 */
import { closeSync, openSync, writeSync } from "node:fs";
import type { DuckDBConnection } from "@duckdb/node-api";
import type { ColumnDef, TableDef } from "../schema/tables.ts";

/** Any table's row, read by column name. */
export type LooseRow = Readonly<Record<string, string | number | boolean | null>>;

const SURROGATE = /[\uD800-\uDFFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A lone surrogate cannot be written as UTF-8: replaced by U+FFFD, as DuckDB's appender did. */
export function wellFormed(s: string): string {
  return SURROGATE.test(s) ? s.replace(LONE_SURROGATE, "\uFFFD") : s;
}

/** A value as JSON text, as its column stores it (what DuckDB's appender was given before); refuses what a column cannot hold. */
function cellJson(c: ColumnDef, table: string): (v: LooseRow[string] | undefined) => string {
  const value = (v: string | number | boolean): string => {
    switch (c.type) {
      case "INTEGER":
      case "DOUBLE":
      case "BIGINT": {
        const n = c.type === "BIGINT" ? Math.round(Number(v)) : Number(v);
        // JSON has no NaN or Infinity: they would arrive as NULL, a wrong "missing".
        if (!Number.isFinite(n)) throw new Error(`${table}.${c.name}: ${String(v)} is not a finite number`);
        return String(n);
      }
      case "BOOLEAN":
        return v ? "true" : "false";
      default:
        return JSON.stringify(wellFormed(String(v)));
    }
  };
  return (v) => {
    if (v !== null && v !== undefined) return value(v);
    if (!c.nullable) throw new Error(`${table}.${c.name}: NULL in a NOT NULL column`);
    return "null";
  };
}

/** Rows of table `t` as lines of JSON, cell by cell, its columns in the table's order: converts and refuses what a column cannot hold. */
function cellByCell(t: TableDef): (r: LooseRow) => string {
  const cells = t.columns.map((c, i) => ({
    column: c.name,
    prefix: `${i === 0 ? "{" : ","}${JSON.stringify(c.name)}:`,
    json: cellJson(c, t.name),
  }));
  return (r) => {
    let line = "";
    for (const c of cells) line += c.prefix + c.json(r[c.column]);
    return `${line}}\n`;
  };
}

/** A lone surrogate as JSON.stringify escapes it, lower case (DuckDB refuses it: the row takes the cell-by-cell path). */
const ESCAPED_SURROGATE = /\\ud[89a-f]/;

/**
 * Rows of table `t` as lines of JSON (one serialiser per table, built once). A row whose every
 * cell already is what its column holds (a finite number, a whole one for BIGINT, a boolean, a
 * string, NULL where allowed) is written by JSON.stringify whole: DuckDB reads the columns by
 * name, so key order and keys of no column do not matter. Any other row is written cell by
 * cell, which converts or refuses with the column's name.
 */
export function jsonLines(t: TableDef): (r: LooseRow) => string {
  const slow = cellByCell(t);
  const checks = t.columns.map((c) => ({
    name: c.name,
    nullable: c.nullable,
    type:
      c.type === "INTEGER" || c.type === "DOUBLE" || c.type === "BIGINT"
        ? "number"
        : c.type === "BOOLEAN"
          ? "boolean"
          : "string",
    whole: c.type === "BIGINT",
  }));
  return (r) => {
    for (const c of checks) {
      const v = r[c.name];
      if (v === null || v === undefined) {
        if (!c.nullable) return slow(r);
      } else if (typeof v !== c.type || (c.type === "number" && !(c.whole ? Number.isInteger(v) : Number.isFinite(v))))
        return slow(r);
    }
    const line = JSON.stringify(r);
    // Most lines hold no escape at all: one search for "\u" spares the pattern.
    return line.includes("\\u") && ESCAPED_SURROGATE.test(line) ? slow(r) : `${line}\n`;
  };
}

/**
 * Writes lines to a file in large chunks (one write per ~1 MB, not per row). The calls are
 * synchronous: a load writes many files, and each asynchronous call waits for a thread of
 * libuv's pool, longer than the call takes on a busy machine.
 */
export class JsonLinesFile {
  private parts: string[] = [];
  private size = 0;
  private constructor(
    readonly path: string,
    private readonly fd: number,
  ) {}

  static async create(path: string): Promise<JsonLinesFile> {
    return new JsonLinesFile(path, openSync(path, "w"));
  }

  /** Append one or more whole lines. */
  async add(lines: string): Promise<void> {
    this.parts.push(lines);
    this.size += lines.length;
    if (this.size >= 1 << 20) this.flush();
  }

  /** Append whole lines already encoded as UTF-8 (after any lines added as text). */
  async addBytes(bytes: Uint8Array): Promise<void> {
    this.flush();
    this.write(bytes);
  }

  private flush(): void {
    if (this.parts.length === 0) return;
    const chunk = this.parts.join("");
    this.parts = [];
    this.size = 0;
    this.write(Buffer.from(chunk, "utf8"));
  }

  private write(bytes: Uint8Array): void {
    // A write may take fewer bytes than given (a disk filling up): write on until all are taken.
    for (let at = 0; at < bytes.length;) at += writeSync(this.fd, bytes, at);
  }

  async close(): Promise<void> {
    try {
      this.flush();
    } finally {
      closeSync(this.fd);
    }
  }

  /** Close without writing what is buffered (the load failed; the file is about to be removed). */
  async discard(): Promise<void> {
    this.parts = [];
    try {
      closeSync(this.fd);
    } catch {
      // closed already
    }
  }
}

export const sqlString = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** DuckDB's type of a column as read from JSON (timestamps and JSON text come in as text). */
const readType = (c: ColumnDef) => (c.type === "JSON" || c.type === "TIMESTAMP" ? "VARCHAR" : c.type);

/**
 * Insert the rows of `files` into table `t`, which exists and is empty: in the files' order, or
 * sorted by the table's key (`inKeyOrder`). The key order is the one the loader always wrote: NULL
 * first, whole numbers by value, text by code point (code-unit order but for characters beyond
 * U+FFFF, which no key holds).
 */
export async function insertJsonLines(
  conn: DuckDBConnection,
  t: TableDef,
  files: readonly string[],
  inKeyOrder = false,
): Promise<void> {
  if (files.length === 0) return;
  const columns = t.columns.map((c) => `${sqlString(c.name)}: ${sqlString(readType(c))}`).join(", ");
  const list = `[${files.map(sqlString).join(", ")}]`;
  const order = inKeyOrder ? ` ORDER BY ${t.key.map((k) => `"${k}" NULLS FIRST`).join(", ")}` : "";
  await conn.run(
    `INSERT INTO "${t.name}" SELECT * FROM read_json(${list}, format = 'newline_delimited', records = true, ` +
      `columns = {${columns}})${order}`,
  );
}
