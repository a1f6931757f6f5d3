/**
 * An extraction's row file: data/extracted/<federation>/<doc>.rows.ndjson, written beside the
 * document's JSON by the extraction, for the load to hand its bulky row sets to DuckDB instead of
 * building one JavaScript object per row.
 *
 * - Line 1, the seal: the file's format, the SHA-256 of the JSON it was written with and the
 *   SHA-256 of every line after it (the header and the rows).
 * - Line 2, the header: the extraction's own fields the load reads in JavaScript (the document,
 *   its period, the facts that are not in row sets, each without the copy of its line: `text` is
 *   "", as the load keeps each line once, in document_line).
 * - Every other line, one row of a row set (`set`): its document (`doc`, the document id), `i`,
 *   the row's index in its set (the order the JSON lists them in), and the extraction's own
 *   fields as its schema names them. Each row names its document so that the load can stage one
 *   federation's rows in one file as they are, with no work per row (input/readInputs.ts).
 *
 * The JSON stays the extraction's whole record (review, ingest and the tests read it). The row
 * file is its derivative: the load uses it only when the seal holds, so a hand-edited or stale
 * file of either kind (a fact of the header, a row, the seal itself) sends the document down the
 * JSON's path, whose zod schema names the file and the place of a bad value. Either file may be
 * written first: a crash in between leaves a seal that does not hold.
 */
import { isAscii } from "node:buffer";
import { createHash } from "node:crypto";
import { z } from "zod";
import { dimensionCategories } from "../reference/codes.ts";
import { extractionSchema, factSchema, type Extraction, type Fact } from "./facts.ts";

/**
 * The row sets a row file holds, in the order its lines list them: the parsers' findings, their
 * coverage and the facts of the tables whose rows DuckDB makes (ROW_SET_TABLES); at national
 * scale these are most of an extraction's rows.
 */
export const ROW_SETS = ["finding", "coverage", "participant_count", "participant_breakdown", "indicator"] as const;
export type RowSet = (typeof ROW_SETS)[number];

/** Fact tables whose facts are rows of a row file, not facts of its header. */
export const ROW_SET_TABLES: ReadonlySet<string> = new Set(["participant_count", "participant_breakdown", "indicator"]);

/**
 * 4: the seal covers the header too (format 3 checked the rows only: an edited header fact was
 * loaded). 5: the seal names the schema the facts were validated by (`schema_sha256`). 6: each
 * row names its document (`doc`). 7: the header's facts without the copy of their line (`text`
 * ""): the load never read it, and it was a fifth of the header's bytes, each decoded, parsed and
 * hashed by every load.
 */
export const ROWS_FORMAT = 7;

/**
 * The longest header line the load reads: far beyond any real document's facts; a longer one
 * sends the document down the JSON's path. (DuckDB reads the rows only, not the header.)
 */
export const HEADER_BYTES = 8 * 1024 * 1024;

/** The seal line: read and checked before anything else in the file. */
interface RowsSeal {
  rows_format: number;
  /** The fingerprint of the extraction schema the facts passed when the file was written (`schemaFingerprint`). */
  schema_sha256: string;
  json_sha256: string;
  rows_sha256: string;
}

let fingerprint: string | undefined;

/**
 * The extraction schema's fingerprint: its JSON Schema (every field, type, code, pattern and
 * default) and the code list its refinements read (a dimension's categories). The extraction
 * validates every fact by this schema before it writes the files; a file sealed under another
 * one (an older extraction, a code added or dropped since) is stale, and the JSON is read and
 * validated instead. A change to a refinement's own rule must change ROWS_FORMAT. Computed once
 * per thread, when a row file is first written or read (some 50 ms).
 */
export function schemaFingerprint(): string {
  return (fingerprint ??= sha256Hex(
    `${JSON.stringify(z.toJSONSchema(extractionSchema, { unrepresentable: "any" }))}\n${JSON.stringify(dimensionCategories)}`,
  ));
}

/** The header line; its facts are validated as the JSON's are (the extraction does, before writing it). */
export const rowsHeaderSchema = extractionSchema
  .pick({
    schema_version: true,
    document_id: true,
    federation_id: true,
    source_sha256: true,
    period_year: true,
    parser: true,
  })
  .extend({
    /** The facts in no row set (named so as not to be read as coverage's `facts` column). */
    header_facts: z.array(factSchema),
  })
  .strict();
export type RowsHeader = z.infer<typeof rowsHeaderSchema>;

/**
 * The header line of a sealed file, read back: its own fields checked, its facts taken as the
 * extraction validated them (the seal says by this very schema). Validating them again cost some
 * 40 % of a national load's reading of its inputs, and the rows after the header were never
 * validated again either. Each fact is only checked to be an object naming its table, in a loop:
 * a zod schema for that (an array of loose objects) copied every fact, key by key, some 7 % of
 * the load's staging CPU.
 */
const sealedHeaderSchema = rowsHeaderSchema.extend({ header_facts: z.array(z.unknown()) });

const namesItsTable = (f: unknown): boolean =>
  typeof f === "object" && f !== null && !Array.isArray(f) && typeof (f as { table?: unknown }).table === "string";

/** data/extracted/<federation>/<doc>.json → …/<doc>.rows.ndjson */
export function rowsFileFor(jsonFile: string): string {
  return `${jsonFile.replace(/\.json$/, "")}.rows.ndjson`;
}

export const sha256Hex = (data: string | Uint8Array) => createHash("sha256").update(data).digest("hex");

/**
 * The row lines of an extraction (everything after the header), in ROW_SETS order. Also the
 * load's own copy of a document whose row file is missing or stale (input/readInputs.ts).
 */
export function rowLines(extraction: Pick<Extraction, "document_id" | "facts" | "findings" | "coverage">): string {
  const doc = JSON.stringify(extraction.document_id);
  let out = "";
  for (const [i, f] of extraction.findings.entries()) out += `${rowLine(`"finding"`, doc, i, f)}\n`;
  for (const [i, c] of extraction.coverage.entries()) out += `${rowLine(`"coverage"`, doc, i, c)}\n`;
  const counted = new Map<string, number>();
  for (const f of extraction.facts)
    if (ROW_SET_TABLES.has(f.table)) {
      // Without the copy of its line: the load keeps each line once, in document_line.
      const { table, text: _text, ...row } = f;
      const i = counted.get(table) ?? 0;
      counted.set(table, i + 1);
      out += `${rowLine(JSON.stringify(table), doc, i, row)}\n`;
    }
  return out;
}

/**
 * `JSON.stringify({ set, doc, i, ...row })`, the set's and document's names given as JSON, without
 * the merged copy of every row: a row's fields (a finding's, a coverage entry's, a fact's) are
 * never named `set`, `doc` or `i` (their schemas are strict), so the row's own JSON follows them.
 */
function rowLine(set: string, doc: string, i: number, row: object): string {
  const body = JSON.stringify(row);
  return `{"set":${set},"doc":${doc},"i":${i}${body === "{}" ? "}" : `,${body.slice(1)}`}`;
}

/** Each set's rows open with `{"set":"<set>",` (rowLine): the bytes that tell the sets apart. */
const SET_OPENINGS: readonly { set: RowSet; bytes: Uint8Array }[] = ROW_SETS.map((set) => ({
  set,
  bytes: new TextEncoder().encode(`{"set":${JSON.stringify(set)},`),
}));

/** Whether the row line at `at` opens with `bytes`. */
function opensWith(rows: Uint8Array, at: number, bytes: Uint8Array): boolean {
  if (at + bytes.length > rows.length) return false;
  for (let k = 0; k < bytes.length; k++) if (rows[at + k] !== bytes[k]) return false;
  return true;
}

/**
 * The set of the row line at `at`, by its opening; null for a line that opens with none. The
 * set of the line before (`last`, an index of SET_OPENINGS) is tried first: most lines go on a run.
 */
function setAt(rows: Uint8Array, at: number, last: number): number {
  if (last >= 0 && opensWith(rows, at, SET_OPENINGS[last]!.bytes)) return last;
  for (let k = 0; k < SET_OPENINGS.length; k++) if (k !== last && opensWith(rows, at, SET_OPENINGS[k]!.bytes)) return k;
  return -1;
}

/**
 * Row lines (`rowLines`, or a sealed file's rows) set by set: `visit` is given each run of
 * consecutive rows of one set as the byte range of their whole lines, in order. The load stages
 * each set's rows apart, so that DuckDB reads every set into a table of its own columns once
 * (warehouse/rowSets.ts). A line of no set is an error: rows are only ever written by rowLine.
 */
export function rowSetRuns(rows: Uint8Array, visit: (set: RowSet, start: number, end: number) => void): void {
  let run = -1;
  let start = 0;
  for (let at = 0; at < rows.length;) {
    const set = setAt(rows, at, run);
    if (set < 0) throw new Error(`a row line at byte ${at} names no row set`);
    const nl = rows.indexOf(10, at);
    if (set !== run) {
      if (run >= 0) visit(SET_OPENINGS[run]!.set, start, at);
      run = set;
      start = at;
    }
    at = nl < 0 ? rows.length : nl + 1;
  }
  if (run >= 0) visit(SET_OPENINGS[run]!.set, start, rows.length);
}

/** The facts a row file's header holds: those in no row set. */
export const headerFacts = (facts: readonly Fact[]): Fact[] => facts.filter((f) => !ROW_SET_TABLES.has(f.table));

/**
 * The header's facts as written: without the copy of their line (`text` ""), which the load
 * blanks anyway (it keeps each line once, in document_line).
 */
const headerFactsWritten = (facts: readonly Fact[]): Fact[] =>
  headerFacts(facts).map((f) => (f.text === "" ? f : { ...f, text: "" }));

/**
 * JSON text with every character beyond ASCII written as its `\\u` escape: the same JSON value.
 * The header line is written so, and the load reads it as one-byte text (`sealedRows`): decoding
 * some 100 kB of UTF-8 per document (Swedish letters, dashes, ellipses) into a string cost the
 * load as much CPU as parsing it.
 */
export const asciiJson = (json: string): string =>
  json.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);

/** The whole row file of `extraction`, whose JSON text is `json`. */
export function rowsFileText(extraction: Extraction, json: string): string {
  return new TextDecoder().decode(rowsFileBytes(extraction, sha256Hex(json)));
}

const utf8 = new TextEncoder();

/**
 * The row file's bytes, given the sha256 of its JSON's bytes: what extraction writes. The sealed
 * part is encoded once, hashed and written as those same bytes (hashing the text encoded it too).
 */
export function rowsFileBytes(extraction: Extraction, jsonSha256: string): Uint8Array<ArrayBuffer> {
  return sealedRowsFile(extraction, jsonSha256).bytes;
}

/** The row file's bytes (`rowsFileBytes`) and the SHA-256 its seal gives the rest (for the extraction's record: input/hashRecord.ts). */
export function sealedRowsFile(
  extraction: Extraction,
  jsonSha256: string,
): { bytes: Uint8Array<ArrayBuffer>; rowsSha256: string } {
  const header: RowsHeader = {
    schema_version: extraction.schema_version,
    document_id: extraction.document_id,
    federation_id: extraction.federation_id,
    source_sha256: extraction.source_sha256,
    period_year: extraction.period_year,
    parser: extraction.parser,
    header_facts: headerFactsWritten(extraction.facts),
  };
  const sealed = utf8.encode(`${asciiJson(JSON.stringify(header))}\n${rowLines(extraction)}`);
  const seal: RowsSeal = {
    rows_format: ROWS_FORMAT,
    schema_sha256: schemaFingerprint(),
    json_sha256: jsonSha256,
    rows_sha256: sha256Hex(sealed),
  };
  const sealLine = utf8.encode(`${JSON.stringify(seal)}\n`);
  const out = new Uint8Array(sealLine.length + sealed.length);
  out.set(sealLine);
  out.set(sealed, sealLine.length);
  return { bytes: out, rowsSha256: seal.rows_sha256 };
}

/** The longest seal line read: its three fields and some room (an edit may lengthen it). */
const SEAL_BYTES = 1024;

/**
 * A row file's header and its rows (the lines after the header), if its seal holds: the file is
 * of this format, its facts were validated by this extraction schema, it belongs to the JSON whose
 * SHA-256 is `jsonSha256`, and every line after the seal is as it was written; otherwise null (the
 * caller reads the JSON instead).
 */
export function sealedRows(
  bytes: Uint8Array,
  jsonSha256: string,
  /**
   * The SHA-256 the extraction's record gives these very bytes' sealed part (input/hashRecord.ts:
   * the file's stamp is the one recorded when it was written): a seal naming it holds without
   * hashing the bytes again.
   */
  recordedRowsSha256?: string,
): { header: RowsHeader; rows: Uint8Array } | null {
  const end = bytes.indexOf(10);
  if (end < 0 || end > SEAL_BYTES) return null;
  let seal: Partial<RowsSeal> | null;
  try {
    seal = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, end).toString("utf8")) as Partial<RowsSeal> | null;
  } catch {
    return null;
  }
  // Checked before the header is parsed: a stale file costs no schema run.
  if (seal?.rows_format !== ROWS_FORMAT || seal.json_sha256 !== jsonSha256) return null;
  if (seal.schema_sha256 !== schemaFingerprint()) return null;
  const sealed = bytes.subarray(end + 1);
  const recorded = recordedRowsSha256 !== undefined && seal.rows_sha256 === recordedRowsSha256;
  if (!recorded && seal.rows_sha256 !== sha256Hex(sealed)) return null;
  const nl = sealed.indexOf(10);
  if (nl < 0 || nl > HEADER_BYTES) return null;
  let raw: unknown;
  try {
    // Written in ASCII (`asciiJson`): read as one-byte text, no UTF-8 decoding. A header of an
    // earlier extraction holds its letters as UTF-8, and is decoded as such: the same value either way.
    const head = Buffer.from(sealed.buffer, sealed.byteOffset, nl);
    raw = JSON.parse(head.toString(isAscii(head) ? "latin1" : "utf8"));
  } catch {
    return null;
  }
  const parsed = sealedHeaderSchema.safeParse(raw);
  if (!parsed.success || !parsed.data.header_facts.every(namesItsTable)) return null;
  return { header: parsed.data as RowsHeader, rows: sealed.subarray(nl + 1) };
}

/** A row file's header, if its seal holds (`sealedRows`); otherwise null. */
export const rowsHeaderOf = (bytes: Uint8Array, jsonSha256: string): RowsHeader | null =>
  sealedRows(bytes, jsonSha256)?.header ?? null;
