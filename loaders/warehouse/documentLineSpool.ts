/**
 * document_line is most of the warehouse's rows (millions at national scale). A spool holds the
 * lines of the documents one staging unit reads (a federation: a few megabytes of text) and
 * writes them to one file when the unit is done (`close`), in document id order; DuckDB reads
 * all the files at the end. The load never holds the corpus's text. A file holds records of a
 * document's consecutive lines, joined by LF as the text file has them
 * (`{"document_id", "first_line", "text"}`, about a megabyte of text each), and DuckDB splits
 * them into rows: JavaScript makes no string per line. One file per federation, not per
 * document: creating a file costs one to two milliseconds on a busy disk, more than writing its
 * text.
 */
import { join } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import type { JoinedLines } from "../input/verbatimText.ts";
import { JsonLinesFile, sqlString, wellFormed } from "./bulkInsert.ts";

/** Characters of text per record: far below DuckDB's 16 MB limit on one JSON object, unless one line is that long. */
const RECORD_CHARS = 1 << 20;

/** One staged file of lines: its documents in id order, with their numbers of lines. */
export interface SpooledFile {
  path: string;
  documents: { documentId: string; lines: number }[];
}

/** Code-unit order, the key order of document_id. */
const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export class DocumentLineSpool {
  /** Lines of documents read and not yet written, by document id. */
  private readonly pending = new Map<string, JoinedLines>();
  private readonly files: SpooledFile[] = [];

  constructor(private readonly dir: string) {}

  /** One document's lines, written by `close`; a document read again replaces its earlier lines. */
  async add(documentId: string, lines: JoinedLines): Promise<void> {
    this.pending.set(documentId, lines);
  }

  /** Write the documents added since the last call to one file, in id order; returns every file of this spool. */
  async close(): Promise<SpooledFile[]> {
    if (this.pending.size > 0) {
      const ids = [...this.pending.keys()].sort(byId);
      const out = await JsonLinesFile.create(join(this.dir, `lines-${this.files.length}.jsonl`));
      const documents: SpooledFile["documents"] = [];
      try {
        for (const documentId of ids) {
          const lines = this.pending.get(documentId)!;
          await writeRecords(out, documentId, lines);
          documents.push({ documentId, lines: lines.count });
        }
      } finally {
        await out.close();
      }
      this.pending.clear();
      this.files.push({ path: out.path, documents });
    }
    return [...this.files];
  }

  /** Take over files another spool wrote (see `close`). */
  adopt(files: readonly SpooledFile[]): void {
    for (const f of files) this.files.push(f);
  }

  /** Rows written or to be written: lines of all documents. */
  get rows(): number {
    let n = 0;
    for (const f of this.files) for (const d of f.documents) n += d.lines;
    for (const lines of this.pending.values()) n += lines.count;
    return n;
  }

  /**
   * Insert every staged line into document_line, in its key order: documents by id (code-unit
   * order), lines in order. Each file holds its documents in id order, and the files are read in
   * the order of their first document: the files are federations', and two federations'
   * documents never interleave (an id is `<federation>/<slug>`, so the federation ids decide
   * before the slash). A blank line is NULL, not "": in the CSV files an empty field is NULL
   * (see loaders/export/emptyStrings.ts).
   */
  async insert(conn: DuckDBConnection): Promise<void> {
    const files = (await this.close()).filter((f) => f.documents.length > 0);
    files.sort((a, b) => byId(a.documents[0]!.documentId, b.documents[0]!.documentId));
    for (let i = 1; i < files.length; i++) {
      const before = files[i - 1]!.documents.at(-1)!.documentId;
      const first = files[i]!.documents[0]!.documentId;
      // A guard, not a case: a spool per federation never gives this.
      if (byId(before, first) >= 0)
        throw new Error(`document lines staged out of order: ${before} and ${first} are in two files`);
    }
    if (files.length === 0) return;
    await conn.run(
      `INSERT INTO document_line SELECT document_id, unnest(range(first_line, first_line + len(lines))), ` +
        `nullif(unnest(lines), '') FROM (SELECT document_id, first_line, string_split(text, chr(10)) AS lines ` +
        `FROM read_json([${files.map((f) => sqlString(f.path)).join(", ")}], format = 'newline_delimited', ` +
        `records = true, columns = {'document_id': 'VARCHAR', 'first_line': 'INTEGER', 'text': 'VARCHAR'}))`,
    );
  }
}

/** A document's lines as records of about RECORD_CHARS characters each, cut at line ends. */
async function writeRecords(out: JsonLinesFile, documentId: string, { text, count }: JoinedLines): Promise<void> {
  if (count === 0) return;
  const id = JSON.stringify(wellFormed(documentId));
  let firstLine = 1;
  for (let at = 0; ;) {
    const cut = text.length - at > RECORD_CHARS ? text.indexOf("\n", at + RECORD_CHARS) : -1;
    const end = cut === -1 ? text.length : cut;
    const record = text.slice(at, end);
    await out.add(`{"document_id":${id},"first_line":${firstLine},"text":${JSON.stringify(wellFormed(record))}}\n`);
    if (end === text.length) return;
    for (let nl = record.indexOf("\n"); nl !== -1; nl = record.indexOf("\n", nl + 1)) firstLine++;
    firstLine++;
    at = end + 1;
  }
}
