/**
 * Extract one document: read its text, check its checksum, choose the parsers for its kind,
 * and return the validated extraction (the JSON written to data/extracted/).
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { EXTRACTION_SCHEMA_VERSION, extractionSchema, type Extraction, type FindingInput } from "../schema/facts.ts";
import { documentIdFor, type ManifestEntry } from "../schema/manifest.ts";
import { DocumentText, type ParseOutput } from "./documentText.ts";
import { parseAnnualReport } from "./annual-report/parseAnnualReport.ts";
import { parseMinutes } from "./minutes/parseMinutes.ts";
import { readDocumentText, type DocumentRead, type TextSource } from "./text/readDocumentText.ts";

export const PARSER_VERSION = "annual-report@1+minutes@1";

export async function sha256File(path: string): Promise<string> {
  return createHash("sha256").update(await readFile(path)).digest("hex");
}

/** Parsers by document kind. */
export function parsersFor(entry: ManifestEntry): ((doc: DocumentText) => ParseOutput) | undefined {
  if (entry.kind === "annual_report") return parseAnnualReport;
  if (entry.kind === "board_minutes" || entry.kind === "committee_minutes") {
    const ctx = { date: entry.date, kind: entry.kind };
    return (doc) => parseMinutes(doc, ctx);
  }
  return undefined;
}

/** What the text layer found: control characters removed, a PDF without text, a document too short to be whole. */
export function textFindings(read: DocumentRead, file: string, documentId: string): FindingInput[] {
  const out: FindingInput[] = [];
  const subject = `document:${documentId}`;
  const cc = read.controlCharacters;
  if (cc) out.push({ check_id: "text.control_characters", severity: "warning", subject, line: cc.firstLine, value: String(cc.count), message: `${file}: ${cc.count} control character${cc.count === 1 ? "" : "s"} (NUL etc.) removed from the text, the first on line ${cc.firstLine}` });
  if (read.noTextLayer) out.push({ check_id: "document.no_text_layer", severity: "error", subject, line: 1, message: `${file}: no text layer (scanned?); the PDF's pages are images, so nothing could be read. It needs OCR` });
  else if (read.lines.length < 5) out.push({ check_id: "document.truncated", severity: "error", subject, line: 1, message: `${file}: only ${read.lines.length} lines of text; the document looks truncated or empty` });
  return out;
}

export async function extractDocument(sourcesDir: string, entry: ManifestEntry): Promise<{ extraction: Extraction; lines: string[]; textSource: TextSource }> {
  const path = join(sourcesDir, entry.file);
  const actual = await sha256File(path);
  if (actual !== entry.sha256) throw new Error(`data/sources/${entry.file}: sha256 ${actual} does not match the manifest (${entry.sha256}); update the manifest if the document was replaced on purpose`);
  const read = await readDocumentText(path);
  const lines = read.lines;
  const documentId = documentIdFor(entry);
  const doc = new DocumentText(documentId, lines, entry.period_year);
  const parse = parsersFor(entry);
  const out: ParseOutput = parse
    ? parse(doc)
    : { facts: [], findings: [], coverage: [{ section: `${entry.kind}:all`, status: "missing", line: null, facts: 0, note: "no parser for this document kind yet; its lines are loaded into document_line" }] };
  out.findings.push(...textFindings(read, entry.file, documentId));
  const extraction = extractionSchema.parse({
    schema_version: EXTRACTION_SCHEMA_VERSION,
    document_id: documentId,
    federation_id: entry.federation_id,
    source_sha256: actual,
    period_year: entry.period_year,
    parser: parse ? PARSER_VERSION : "none",
    facts: [...out.facts].sort((a, b) => a.line - b.line),
    findings: out.findings,
    coverage: out.coverage,
  });
  return { extraction, lines, textSource: read.textSource };
}

/** data/extracted/<federation>/<document slug>.json */
export function extractedPath(extractedDir: string, documentId: string): string {
  const [fed, rest] = documentId.split("/");
  return join(extractedDir, fed!, `${rest}.json`);
}
