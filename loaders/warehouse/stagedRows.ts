/**
 * Rows staged for the warehouse, table by table, as the load produces them (one federation at a
 * time): each table's rows are appended to a file of JSON lines in the staging folder, and
 * DuckDB reads them in key order at the end (bulkInsert.ts). Nothing holds a table whole.
 */
import { join } from "node:path";
import { TABLES, type Rows, type TableDef } from "../schema/tables.ts";
import { JsonLinesFile, jsonLines, type LooseRow } from "./bulkInsert.ts";

/** The key of a row as text, NULL as "" (the key order's reading of NULL). */
export function sortKey(t: TableDef, r: LooseRow): string {
  return t.key
    .map((k) =>
      r[k] === null || r[k] === undefined
        ? ""
        : typeof r[k] === "number"
          ? String(r[k]).padStart(12, "0")
          : String(r[k]),
    )
    .join("\u0000");
}

export class StagedRows {
  private readonly files = new Map<string, { file: JsonLinesFile; json: (r: LooseRow) => string }>();
  private readonly counts = new Map<string, number>();
  /** Files staged elsewhere (by a worker thread), by table. */
  private readonly adopted = new Map<string, string[]>();

  constructor(private readonly dir: string) {}

  /**
   * Append rows of any tables; a repeated key of a table without a PRIMARY KEY (a key that may
   * hold NULL) is refused here. Those keys open with federation_id: rows of one call are checked
   * against each other, and a caller adds one federation's rows per call.
   */
  async add(rows: Rows): Promise<void> {
    for (const t of TABLES) {
      const list: readonly LooseRow[] | undefined = rows[t.name as keyof Rows];
      if (!list || list.length === 0) continue;
      if ("nullableKey" in t && t.nullableKey) assertUniqueKeys(t, list);
      let out = this.files.get(t.name);
      if (!out) {
        out = { file: await JsonLinesFile.create(join(this.dir, `${t.name}.jsonl`)), json: jsonLines(t) };
        this.files.set(t.name, out);
      }
      for (const r of list) await out.file.add(out.json(r));
      this.counts.set(t.name, (this.counts.get(t.name) ?? 0) + list.length);
    }
  }

  /** Take over table files another StagedRows wrote and closed (see `close`). */
  adopt(files: readonly StagedFile[]): void {
    for (const { table, path, rows } of files) {
      const list = this.adopted.get(table);
      if (list) list.push(path);
      else this.adopted.set(table, [path]);
      this.counts.set(table, (this.counts.get(table) ?? 0) + rows);
    }
  }

  /** Close the files without writing what is buffered: the load failed, the staging folder goes. */
  async discard(): Promise<void> {
    for (const { file } of this.files.values()) await file.discard();
    this.files.clear();
  }

  count(table: string): number {
    return this.counts.get(table) ?? 0;
  }

  /** Close the files; returns each table's files, its own and those adopted (tables without rows have none). */
  async close(): Promise<Map<string, string[]>> {
    const paths = new Map<string, string[]>();
    for (const [name, list] of this.adopted) paths.set(name, [...list]);
    for (const [name, { file }] of this.files) {
      await file.close();
      const list = paths.get(name);
      if (list) list.push(file.path);
      else paths.set(name, [file.path]);
    }
    return paths;
  }

  /** Close the files; returns them one by one with their row counts (to hand to another StagedRows). */
  async closeFiles(): Promise<StagedFile[]> {
    const out: StagedFile[] = [];
    for (const [table, { file }] of this.files) {
      await file.close();
      out.push({ table, path: file.path, rows: file.rows });
    }
    return out;
  }
}

/** One table's staged file and the rows it holds. */
export interface StagedFile {
  table: string;
  path: string;
  rows: number;
}

function assertUniqueKeys(t: TableDef, rows: readonly LooseRow[]) {
  const seen = new Set<string>();
  for (const r of rows) {
    const k = sortKey(t, r);
    if (seen.has(k)) throw new Error(`${t.name}: duplicate key (${t.key.map((c) => `${c}=${r[c]}`).join(", ")})`);
    seen.add(k);
  }
}
