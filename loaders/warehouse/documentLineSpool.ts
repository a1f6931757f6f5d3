/**
 * document_line is most of the warehouse's rows (millions at national scale), and DuckDB reads
 * them straight from text files: JavaScript makes no string per line, and most documents' text
 * passes through it not at all. A plain text document whose lines are its file's LF-separated
 * pieces (verbatimText.ts) is read from its source file; any other document (a PDF's text layer,
 * OCR text, text that needed normalising) has its lines, joined by LF, written to a text file of
 * its own in the staging folder when its staging unit is done (`close`): reading such a text (a
 * PDF's text layer, OCR) takes far longer than creating a file. The load never holds the corpus's
 * text.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import type { DocumentText } from "../input/verbatimText.ts";
import { sqlString } from "./bulkInsert.ts";

/** One document's lines in a text file: which file, its size in bytes and its number of lines (a final LF ends the last line). */
export interface SpooledDocument {
  documentId: string;
  file: string;
  bytes: number;
  lines: number;
}

/** Code-unit order, the key order of document_id. */
const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export class DocumentLineSpool {
  /** Lines of documents read and not yet handed on, by document id. */
  private readonly pending = new Map<string, DocumentText>();
  private readonly documents: SpooledDocument[] = [];

  constructor(private readonly dir: string) {}

  /** One document's lines, staged by `close`; a document read again replaces its earlier lines. */
  async add(documentId: string, lines: DocumentText): Promise<void> {
    this.pending.set(documentId, lines);
  }

  /**
   * Stage the documents added since the last call, in id order: the lines of those held in
   * memory are written to a file each. Returns every document of this spool.
   */
  async close(): Promise<SpooledDocument[]> {
    for (const documentId of [...this.pending.keys()].sort(byId)) {
      const lines = this.pending.get(documentId)!;
      if (lines.count === 0) continue;
      if ("file" in lines) {
        this.documents.push({ documentId, file: lines.file, bytes: lines.bytes, lines: lines.count });
        continue;
      }
      // A final LF, as a text file's last line has: a last line that is blank stays a line.
      // Written as UTF-8, a lone surrogate becomes U+FFFD.
      const bytes = Buffer.from(`${lines.text}\n`, "utf8");
      const file = join(this.dir, `lines-${this.documents.length}.txt`);
      writeFileSync(file, bytes);
      this.documents.push({ documentId, file, bytes: bytes.length, lines: lines.count });
    }
    this.pending.clear();
    return [...this.documents];
  }

  /** Take over documents another spool staged (see `close`). */
  adopt(documents: readonly SpooledDocument[]): void {
    for (const d of documents) this.documents.push(d);
  }

  /** Rows staged or to be staged: lines of all documents. */
  get rows(): number {
    let n = 0;
    for (const d of this.documents) n += d.lines;
    for (const lines of this.pending.values()) n += lines.count;
    return n;
  }

  /**
   * Insert every staged line into document_line, in its key order: documents by id (code-unit
   * order), lines in order. DuckDB reads the files in the order listed (`read_text`), and each
   * file's row is paired by position with what the load knows of it; a file whose size or number
   * of lines is not what was read before (changed during the load) stops the load. A blank line
   * is NULL, not "": in the CSV files an empty field is NULL (see loaders/export/emptyStrings.ts).
   */
  async insert(conn: DuckDBConnection): Promise<void> {
    const documents = (await this.close()).sort((a, b) => byId(a.documentId, b.documentId));
    for (let i = 1; i < documents.length; i++)
      if (documents[i - 1]!.documentId === documents[i]!.documentId)
        throw new Error(`document lines staged twice for ${documents[i]!.documentId}`);
    if (documents.length === 0) return;
    const list = (values: string[]) => `[${values.join(", ")}]`;
    const files = list(documents.map((d) => sqlString(d.file)));
    const expected =
      `SELECT unnest(${list(documents.map((d) => sqlString(d.documentId)))}) AS document_id, ` +
      `unnest(${files}) AS file, unnest(${list(documents.map((d) => String(d.bytes)))}::BIGINT[]) AS bytes, ` +
      `unnest(${list(documents.map((d) => String(d.lines)))}::INTEGER[]) AS count`;
    const changed = `t.filename IS DISTINCT FROM e.file OR t.size IS DISTINCT FROM e.bytes OR t.line_count IS DISTINCT FROM e.count`;
    const why = `concat(e.file, ' changed while the load read it (', e.bytes, ' bytes and ', e.count, ' lines before, ', t.size, ' bytes and ', t.line_count, ' lines now); load again')`;
    // Every piece between LFs is numbered and the piece after a final LF (which ends the last
    // line) dropped by its number: slicing it off the list instead copied every document's list
    // of lines, half the statement's CPU at national scale.
    await conn.run(
      `INSERT INTO document_line SELECT document_id, line, text FROM (` +
        `SELECT document_id, line_count, unnest(range(1, len(pieces) + 1)) AS line, nullif(unnest(pieces), '') AS text FROM (` +
        `SELECT e.document_id, CASE WHEN ${changed} THEN error(${why}) ELSE t.line_count END AS line_count, pieces FROM (` +
        `SELECT filename, size, string_split(content, chr(10)) AS pieces, ` +
        `len(pieces) - ends_with(content, chr(10))::INTEGER AS line_count ` +
        `FROM read_text(${files})) t POSITIONAL JOIN (${expected}) e)) WHERE line <= line_count`,
    );
  }
}
