/**
 * document_line is most of the warehouse's rows (millions at national scale): each document's
 * lines go to a file of their own in the staging folder as soon as the document is read, and
 * DuckDB reads them all at the end (bulkInsert.ts). The load never holds the corpus's text.
 */
import { join } from "node:path";
import { documentLineRows } from "../normalize/documentRows.ts";
import { tableDef } from "../schema/tables.ts";
import { JsonLinesFile, jsonLines } from "./bulkInsert.ts";

const lineJson = jsonLines(tableDef("document_line"));

export class DocumentLineSpool {
  /** Document id → its file and number of lines. */
  private readonly files = new Map<string, { path: string; lines: number }>();

  constructor(private readonly dir: string) {}

  /** One document's lines, written now; a document read again replaces its earlier lines. */
  async add(documentId: string, lines: readonly string[]): Promise<void> {
    const path = join(this.dir, `lines-${encodeURIComponent(documentId)}.jsonl`);
    const out = await JsonLinesFile.create(path);
    try {
      for (const r of documentLineRows(documentId, lines)) await out.add(lineJson(r));
    } finally {
      await out.close();
    }
    this.files.set(documentId, { path, lines: lines.length });
  }

  /** Rows written: lines of all documents. */
  get rows(): number {
    let n = 0;
    for (const f of this.files.values()) n += f.lines;
    return n;
  }

  /** The files in document_line's key order: document ids in code-unit order. */
  paths(): string[] {
    return [...this.files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, f]) => f.path);
  }
}
