/**
 * An extraction's row file: data/extracted/<federation>/<doc>.rows.ndjson, written beside the
 * document's JSON by the extraction, for the load to hand its bulky row sets to DuckDB instead of
 * building one JavaScript object per row.
 *
 * - Line 1, the header: the extraction's own fields the load reads in JavaScript (the document,
 *   its period, the facts that are not in row sets), the SHA-256 of the JSON it was written with
 *   and the SHA-256 of the lines after it.
 * - Every other line, one row of a row set (`set`): the extraction's own fields as its schema
 *   names them, and `i`, the row's index in its set (the order the JSON lists them in).
 *
 * The JSON stays the extraction's whole record (review, ingest and the tests read it). The row
 * file is its derivative: the load uses it only when both checksums hold, so a hand-edited or
 * stale file of either kind sends the document down the JSON's path, whose zod schema names the
 * file and the place of a bad value. Either file may be written first: a crash in between leaves
 * checksums that do not hold.
 */
import { createHash } from "node:crypto";
import { z } from "zod";
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

export const ROWS_FORMAT = 3;

/**
 * The longest header line the load hands to DuckDB, whose JSON reader takes a buffer of its
 * longest line per file it reads at once (16 MB by default; 100 MB ran the load out of memory).
 * A longer one, far beyond any real document's facts, sends the document down the JSON's path.
 */
export const HEADER_BYTES = 8 * 1024 * 1024;

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

/** The header line; the facts it holds are validated as the JSON's are. */
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
    rows_format: z.literal(ROWS_FORMAT),
    json_sha256: sha256,
    rows_sha256: sha256,
    /** The facts in no row set (named so as not to be read as coverage's `facts` column). */
    header_facts: z.array(factSchema),
  })
  .strict();
export type RowsHeader = z.infer<typeof rowsHeaderSchema>;

/** data/extracted/<federation>/<doc>.json → …/<doc>.rows.ndjson */
export function rowsFileFor(jsonFile: string): string {
  return `${jsonFile.replace(/\.json$/, "")}.rows.ndjson`;
}

export const sha256Hex = (data: string | Uint8Array) => createHash("sha256").update(data).digest("hex");

/**
 * The row lines of an extraction (everything after the header), in ROW_SETS order. Also the
 * load's own copy of a document whose row file is missing or stale (input/readInputs.ts).
 */
export function rowLines(extraction: Pick<Extraction, "facts" | "findings" | "coverage">): string {
  let out = "";
  for (const [i, f] of extraction.findings.entries()) out += `${JSON.stringify({ set: "finding", i, ...f })}\n`;
  for (const [i, c] of extraction.coverage.entries()) out += `${JSON.stringify({ set: "coverage", i, ...c })}\n`;
  const counted = new Map<string, number>();
  for (const f of extraction.facts)
    if (ROW_SET_TABLES.has(f.table)) {
      // Without the copy of its line: the load keeps each line once, in document_line.
      const { table, text: _text, ...row } = f;
      const i = counted.get(table) ?? 0;
      counted.set(table, i + 1);
      out += `${JSON.stringify({ set: table, i, ...row })}\n`;
    }
  return out;
}

/** The facts a row file's header holds: those in no row set. */
export const headerFacts = (facts: readonly Fact[]): Fact[] => facts.filter((f) => !ROW_SET_TABLES.has(f.table));

/** The whole row file of `extraction`, whose JSON text is `json`. */
export function rowsFileText(extraction: Extraction, json: string): string {
  const body = rowLines(extraction);
  const header: RowsHeader = {
    rows_format: ROWS_FORMAT,
    json_sha256: sha256Hex(json),
    rows_sha256: sha256Hex(body),
    schema_version: extraction.schema_version,
    document_id: extraction.document_id,
    federation_id: extraction.federation_id,
    source_sha256: extraction.source_sha256,
    period_year: extraction.period_year,
    parser: extraction.parser,
    header_facts: headerFacts(extraction.facts),
  };
  return `${JSON.stringify(header)}\n${body}`;
}

/**
 * A row file's header, if it belongs to the JSON whose SHA-256 is `jsonSha256` and its rows are
 * the ones it was written with; otherwise null (the caller reads the JSON instead).
 */
export function rowsHeaderOf(bytes: Uint8Array, jsonSha256: string): RowsHeader | null {
  const nl = bytes.indexOf(10);
  if (nl < 0 || nl > HEADER_BYTES) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, nl).toString("utf8"));
  } catch {
    return null;
  }
  // Checked before the facts are validated: a stale file costs no schema run.
  const claims = raw as { json_sha256?: unknown; rows_sha256?: unknown } | null;
  if (claims?.json_sha256 !== jsonSha256) return null;
  if (claims.rows_sha256 !== sha256Hex(bytes.subarray(nl + 1))) return null;
  const parsed = rowsHeaderSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
