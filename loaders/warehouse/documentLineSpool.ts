/**
 * document_line is most of the warehouse's rows (millions at national scale). A plain text
 * document whose lines are its LF-separated pieces as they are (input/verbatimText.ts) is read
 * and split by DuckDB itself, from its source file: JavaScript never decodes or re-serialises its
 * text. Any other document's lines (a PDF's, OCR text, text with CR or control characters) go to
 * a file of their own in the staging folder as soon as the document is read, as records of
 * consecutive lines (`{"document_id", "first_line", "lines": [...]}`, about a megabyte of text
 * each): one JSON.stringify per record, and DuckDB unnests them into rows. The load never holds
 * the corpus's text.
 */
import { join } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import type { DocumentText } from "../input/readInputs.ts";
import { JsonLinesFile, sqlString, wellFormed } from "./bulkInsert.ts";

/** Characters of text per record: far below DuckDB's 16 MB limit on one JSON object, unless one line is that long. */
const RECORD_CHARS = 1 << 20;

/** One document's staged lines: a file of line records, or its source file read as it is (`verbatimBytes`: its size as read). */
export interface SpooledDocument {
  documentId: string;
  path: string;
  lines: number;
  verbatimBytes?: number;
}

export class DocumentLineSpool {
  /** Document id → its file and number of lines. */
  private readonly files = new Map<string, Omit<SpooledDocument, "documentId">>();

  constructor(private readonly dir: string) {}

  /** One document's text: its lines written now, or its verbatim source file noted; a document read again replaces its earlier lines. */
  async add(documentId: string, text: DocumentText): Promise<void> {
    if ("file" in text) {
      this.files.set(documentId, { path: text.file, lines: text.lineCount, verbatimBytes: text.bytes });
      return;
    }
    const { lines } = text;
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
    for (const { documentId, ...f } of entries) this.files.set(documentId, f);
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
   * (see loaders/export/emptyStrings.ts). Documents are read in runs of the same kind (line
   * records or verbatim files), each run in one statement; DuckDB keeps a statement's rows in the
   * order of its files.
   */
  async insert(conn: DuckDBConnection): Promise<void> {
    const sorted = [...this.files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (let start = 0; start < sorted.length; ) {
      const verbatim = sorted[start]![1].verbatimBytes !== undefined;
      let end = start + 1;
      while (end < sorted.length && (sorted[end]![1].verbatimBytes !== undefined) === verbatim) end++;
      const run = sorted.slice(start, end).map(([documentId, f]) => ({ documentId, ...f }));
      await conn.run(verbatim ? verbatimInsert(run) : recordsInsert(run));
      start = end;
    }
  }
}

const recordsInsert = (run: readonly SpooledDocument[]) =>
  `INSERT INTO document_line SELECT document_id, unnest(range(first_line, first_line + len(lines))), ` +
  `nullif(unnest(lines), '') FROM read_json([${run.map((d) => sqlString(d.path)).join(", ")}], ` +
  `format = 'newline_delimited', records = true, ` +
  `columns = {'document_id': 'VARCHAR', 'first_line': 'INTEGER', 'lines': 'VARCHAR[]'})`;

/**
 * Verbatim source files split on LF, a final LF ending the last line (as normalizeText.ts splits).
 * A file whose size is not the one its hash was checked on changed since: the load stops, it
 * never stores text other than the document's.
 */
function verbatimInsert(run: readonly SpooledDocument[]): string {
  const byFile = run
    .map((d) => `${sqlString(d.path)}: {'id': ${sqlString(d.documentId)}, 'bytes': ${d.verbatimBytes}}`)
    .join(", ");
  const changed = `error(filename || ' changed while the load read it; load again')`;
  return (
    `INSERT INTO document_line SELECT document_id, unnest(range(1, len(l) + 1)), nullif(unnest(l), '') FROM (` +
    `SELECT document_id, CASE WHEN len(l0) > 1 AND l0[-1] = '' THEN l0[:-2] ELSE l0 END AS l FROM (` +
    `SELECT d.id AS document_id, CASE WHEN size = d.bytes THEN string_split(content, chr(10)) ELSE ${changed} END AS l0 FROM (` +
    `SELECT (MAP {${byFile}})[filename] AS d, size, content, filename ` +
    `FROM read_text([${run.map((d) => sqlString(d.path)).join(", ")}]))))`
  );
}
