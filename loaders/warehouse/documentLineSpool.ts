/**
 * document_line is most of the warehouse's rows (millions at national scale): each document's
 * lines go to a file of their own in the staging folder as soon as the document is read, and
 * DuckDB reads them all at the end. The load never holds the corpus's text. A file holds records
 * of consecutive lines (`{"document_id", "first_line", "lines": [...]}`, about a megabyte of text
 * each): one JSON.stringify per record in JavaScript, and DuckDB unnests them into rows.
 */
import { join } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { JsonLinesFile, sqlString, wellFormed } from "./bulkInsert.ts";

/** Characters of text per record: far below DuckDB's 16 MB limit on one JSON object, unless one line is that long. */
const RECORD_CHARS = 1 << 20;

/** One document's staged lines. */
export interface SpooledDocument {
  documentId: string;
  path: string;
  lines: number;
}

export class DocumentLineSpool {
  /** Document id → its file and number of lines. */
  private readonly files = new Map<string, { path: string; lines: number }>();

  constructor(private readonly dir: string) {}

  /** One document's lines, written now; a document read again replaces its earlier lines. */
  async add(documentId: string, lines: readonly string[]): Promise<void> {
    const path = join(this.dir, `lines-${encodeURIComponent(documentId)}.jsonl`);
    const out = await JsonLinesFile.create(path);
    const id = JSON.stringify(wellFormed(documentId));
    try {
      let first = 0;
      let chars = 0;
      for (let i = 0; i < lines.length; i++) {
        chars += lines[i]!.length;
        if (chars < RECORD_CHARS && i < lines.length - 1) continue;
        const record = lines.slice(first, i + 1).map(wellFormed);
        await out.add(`{"document_id":${id},"first_line":${first + 1},"lines":${JSON.stringify(record)}}\n`);
        first = i + 1;
        chars = 0;
      }
    } finally {
      await out.close();
    }
    this.files.set(documentId, { path, lines: lines.length });
  }

  /** The documents' files and line counts (to hand to another spool). */
  entries(): SpooledDocument[] {
    return [...this.files].map(([documentId, f]) => ({ documentId, ...f }));
  }

  /** Take over documents another spool wrote. */
  adopt(entries: readonly SpooledDocument[]): void {
    for (const { documentId, path, lines } of entries) this.files.set(documentId, { path, lines });
  }

  /** Rows written: lines of all documents. */
  get rows(): number {
    let n = 0;
    for (const f of this.files.values()) n += f.lines;
    return n;
  }

  /**
   * Insert every staged line into document_line, in its key order: documents by id (code-unit
   * order), lines in order. A blank line is NULL, not "": in the CSV files an empty field is NULL
   * (see loaders/export/emptyStrings.ts).
   */
  async insert(conn: DuckDBConnection): Promise<void> {
    const paths = [...this.files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, f]) => sqlString(f.path));
    if (paths.length === 0) return;
    await conn.run(
      `INSERT INTO document_line SELECT document_id, unnest(range(first_line, first_line + len(lines))), ` +
        `nullif(unnest(lines), '') FROM read_json([${paths.join(", ")}], format = 'newline_delimited', ` +
        `records = true, columns = {'document_id': 'VARCHAR', 'first_line': 'INTEGER', 'lines': 'VARCHAR[]'})`,
    );
  }
}
