/**
 * Extract one document: read its text, check its checksum, choose the parsers for its kind,
 * and return the validated extraction (the JSON written to data/extracted/).
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { EXTRACTION_SCHEMA_VERSION, extractionSchema, type Extraction } from "../schema/facts.ts";
import { documentIdFor, type ManifestEntry } from "../schema/manifest.ts";
import { DocumentText, type ParseOutput } from "./documentText.ts";
import { parseAnnualReport } from "./annual-report/parseAnnualReport.ts";
import { parseMinutes } from "./minutes/parseMinutes.ts";
import { readDocumentLines } from "./text/readDocumentText.ts";

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

export async function extractDocument(sourcesDir: string, entry: ManifestEntry): Promise<{ extraction: Extraction; lines: string[] }> {
  const path = join(sourcesDir, entry.file);
  const actual = await sha256File(path);
  if (actual !== entry.sha256) throw new Error(`data/sources/${entry.file}: sha256 ${actual} does not match the manifest (${entry.sha256}); update the manifest if the document was replaced on purpose`);
  const lines = await readDocumentLines(path);
  const documentId = documentIdFor(entry);
  const doc = new DocumentText(documentId, lines, entry.period_year);
  const parse = parsersFor(entry);
  const out: ParseOutput = parse
    ? parse(doc)
    : { facts: [], findings: [], coverage: [{ section: `${entry.kind}:all`, status: "missing", line: null, facts: 0, note: "no parser for this document kind yet; its lines are loaded into document_line" }] };
  if (lines.length < 5) out.findings.push({ check_id: "document.truncated", severity: "error", subject: `document:${documentId}`, line: 1, message: `${entry.file}: only ${lines.length} lines of text; the document looks truncated or empty` });
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
  return { extraction, lines };
}

/** data/extracted/<federation>/<document slug>.json */
export function extractedPath(extractedDir: string, documentId: string): string {
  const [fed, rest] = documentId.split("/");
  return join(extractedDir, fed!, `${rest}.json`);
}
