/**
 * Extract one document: read its text, check its checksum, choose the parsers for its kind,
 * and return the validated extraction (the JSON written to data/extracted/).
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { EXTRACTION_SCHEMA_VERSION, extractionSchema, type Extraction, type FindingInput } from "../schema/facts.ts";
import { documentIdFor, textSourceOf, type ManifestEntry } from "../schema/manifest.ts";
import { DocumentText, type ParseOutput } from "./documentText.ts";
import { parseAnnualReport } from "./annual-report/parseAnnualReport.ts";
import { parseMinutes } from "./minutes/parseMinutes.ts";
import { numbersClearOfNoise, ocrNoiseTokens } from "./text/ocrNoise.ts";
import { normalizeLines, textToLines } from "./text/normalizeText.ts";
import { readSourceFile, type DocumentRead, type TextSource } from "./text/readSourceFile.ts";

export const PARSER_VERSION = "annual-report@1+minutes@1";

export async function sha256File(path: string): Promise<string> {
  return createHash("sha256")
    .update(await readFile(path))
    .digest("hex");
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

/** What the text layer found: control characters removed, a PDF without text or read by OCR, a document too short to be whole. */
export function textFindings(read: DocumentRead, file: string, documentId: string): FindingInput[] {
  const out: FindingInput[] = [];
  const subject = `document:${documentId}`;
  const cc = read.controlCharacters;
  if (cc)
    out.push({
      check_id: "text.control_characters",
      severity: "warning",
      subject,
      line: cc.firstLine,
      value: String(cc.count),
      message: `${file}: ${cc.count} control character${cc.count === 1 ? "" : "s"} (NUL etc.) removed from the text, the first on line ${cc.firstLine}`,
    });
  if (read.noTextLayer)
    out.push({
      check_id: "document.no_text_layer",
      severity: "error",
      subject,
      line: 1,
      message: `${file}: no text layer (scanned?); the PDF's pages are images, so nothing could be read. It needs OCR`,
    });
  else if (read.lines.length < 5)
    out.push({
      check_id: "document.truncated",
      severity: "error",
      subject,
      line: 1,
      message: `${file}: only ${read.lines.length} lines of text; the document looks truncated or empty`,
    });
  if (read.textSource === "ocr")
    out.push({
      check_id: "document.no_text_layer",
      severity: "info",
      subject,
      line: 1,
      message: `${file} has no text layer; its text was read by OCR (ocrmypdf -l swe)`,
    });
  return out;
}

/** OCR text as the text layer reads any text: normalised lines, text source `ocr`. */
export function ocrRead(text: string): DocumentRead {
  return { ...textToLines(text), textSource: "ocr", noTextLayer: false };
}

export async function extractDocument(
  sourcesDir: string,
  entry: ManifestEntry,
): Promise<{ extraction: Extraction; lines: string[]; textSource: TextSource }> {
  const path = join(sourcesDir, entry.file);
  const actual = await sha256File(path);
  if (actual !== entry.sha256)
    throw new Error(
      `data/sources/${entry.file}: sha256 ${actual} does not match the manifest (${entry.sha256}); update the manifest if the document was replaced on purpose`,
    );
  const read = await readEntryText(sourcesDir, entry);
  return { extraction: extractFromText(entry, read, actual), lines: read.lines, textSource: read.textSource };
}

/**
 * The document's text: from its OCR text when the manifest names one (a scanned PDF has no
 * text layer of its own), checked against its own sha256; otherwise from the source file.
 */
export async function readEntryText(sourcesDir: string, entry: ManifestEntry): Promise<DocumentRead> {
  if (!entry.ocr_file) return readSourceFile(join(sourcesDir, entry.file));
  const path = join(sourcesDir, entry.ocr_file);
  const actual = await sha256File(path);
  if (entry.ocr_sha256 && actual !== entry.ocr_sha256)
    throw new Error(
      `data/sources/${entry.ocr_file}: sha256 ${actual} does not match the manifest (${entry.ocr_sha256})`,
    );
  return ocrRead(await readFile(path, "utf8"));
}

/** The lines `document_line` keeps: as extracted (not NFC), control characters removed. */
export async function readEntryLines(sourcesDir: string, entry: ManifestEntry): Promise<string[]> {
  return (await readEntryText(sourcesDir, entry)).asExtracted;
}

/** Extract from lines in memory (tests, tools): they go through the same normalisation as a file's text. */
export function extractFromLines(entry: ManifestEntry, lines: readonly string[], sourceSha256: string): Extraction {
  return extractFromText(
    entry,
    { ...normalizeLines(lines), textSource: textSourceOf(entry), noTextLayer: false },
    sourceSha256,
  );
}

/** Extract from text already read (ingest extracts in memory before it writes anything). */
export function extractFromText(entry: ManifestEntry, read: DocumentRead, sourceSha256: string): Extraction {
  const lines = read.lines;
  const documentId = documentIdFor(entry);
  const doc = new DocumentText(documentId, lines, entry.period_year, textSourceOf(entry));
  const parse = parsersFor(entry);
  const out: ParseOutput = parse
    ? parse(doc)
    : {
        facts: [],
        findings: [],
        coverage: [
          {
            section: `${entry.kind}:all`,
            status: "missing",
            line: null,
            facts: 0,
            note: "no parser for this document kind yet; its lines are loaded into document_line",
          },
        ],
      };
  for (const f of textFindings(read, entry.file, documentId)) out.findings.push(f);
  // On every document: old scanned PDFs carry OCR text layers, and text copies of them are .txt.
  dropOcrNoise(out, lines, documentId);
  return extractionSchema.parse({
    schema_version: EXTRACTION_SCHEMA_VERSION,
    document_id: documentId,
    federation_id: entry.federation_id,
    source_sha256: sourceSha256,
    period_year: entry.period_year,
    parser: parse ? PARSER_VERSION : "none",
    facts: [...out.facts].sort((a, b) => a.line - b.line),
    findings: out.findings,
    coverage: out.coverage,
  });
}

/**
 * A guard behind every parser: a number with OCR noise in it is not stored. OCR text comes as
 * ocrmypdf's output, but also as the text layer of an old scanned PDF or a pasted copy, so the
 * guard runs on every document; on a line without noise it keeps everything. It works per
 * number: a fact on a line with a noisy token ("1 2O4", "-5 6l2 418") is kept only when each
 * amount or count it stores is a number on that line that no noisy token touches (in the
 * line's unit: kronor, tkr or Mkr); otherwise it becomes a `coverage.unread_number` finding.
 */
function dropOcrNoise(out: ParseOutput, lines: readonly string[], documentId: string): void {
  const kept = [];
  const reported = new Set<number>();
  const clear = new Map<number, number[]>();
  for (const f of out.facts) {
    const line = lines[f.line - 1] ?? "";
    const noisy = ocrNoiseTokens(line);
    if (noisy.length === 0) {
      kept.push(f);
      continue;
    }
    if (!clear.has(f.line)) clear.set(f.line, numbersClearOfNoise(line));
    const written = clear.get(f.line)!;
    // A name with a noisy token in it was cut from the numbers by the noise: its row is unsure.
    const named = storedNames(f).some((name) => noisy.some((t) => name.includes(t)));
    if (
      !named &&
      storedNumbers(f).every((v) =>
        written.some((w) => SCALES.some((s) => Math.abs(Math.abs(w) * s - Math.abs(v)) < 0.5)),
      )
    ) {
      kept.push(f);
      continue;
    }
    if (!reported.has(f.line))
      out.findings.push({
        check_id: "coverage.unread_number",
        severity: "info",
        subject: `document:${documentId}`,
        line: f.line,
        value: noisy.join(" "),
        message: `OCR noise in a number ("${noisy.join(" ")}"); a figure read from it or beside it on this line is not stored`,
      });
    reported.add(f.line);
  }
  out.facts = kept;
  // Every noisy number shows as unread, also where no parser took a figure from its line.
  const told = new Set(out.findings.filter((x) => x.check_id === "coverage.unread_number").map((x) => x.line));
  lines.forEach((line, i) => {
    if (told.has(i + 1)) return;
    const noisy = ocrNoiseTokens(line);
    if (noisy.length > 0)
      out.findings.push({
        check_id: "coverage.unread_number",
        severity: "info",
        subject: `document:${documentId}`,
        line: i + 1,
        value: noisy.join(" "),
        message: `OCR noise in a number ("${noisy.join(" ")}"); not read`,
      });
  });
}

/** kr, tkr, Mkr: a stored amount in kronor is a cell as written times one of these. */
const SCALES = [1, 1_000, 1_000_000];

/**
 * The row labels a fact takes from its line: a statement row's label, a member, an
 * intervention. (A prose fact's source_label is its phrase, which may hold the noise beside it.)
 */
function storedNames(f: ParseOutput["facts"][number]): string[] {
  const r = f as Record<string, unknown>;
  const keys = f.table === "finance" ? ["source_label"] : ["member", "intervention"];
  return keys.flatMap((k) => (typeof r[k] === "string" ? [r[k] as string] : []));
}

/** The amounts and counts a fact stores (not its year or date, which come from headers). */
function storedNumbers(f: ParseOutput["facts"][number]): number[] {
  const r = f as Record<string, unknown>;
  return ["value", "amount_sek", "n", "budget_sek", "actual_sek", "target", "outcome"].flatMap((k) =>
    typeof r[k] === "number" ? [r[k] as number] : [],
  );
}

/** data/extracted/<federation>/<document slug>.json */
export function extractedPath(extractedDir: string, documentId: string): string {
  const [fed, rest] = documentId.split("/");
  return join(extractedDir, fed!, `${rest}.json`);
}
