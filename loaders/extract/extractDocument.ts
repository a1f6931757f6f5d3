/**
 * Extract one document: read its text, check its checksum, choose the parsers for its kind,
 * and return the validated extraction (the JSON written to data/extracted/).
 */
import { oneEntryPerSection } from "./sectionCoverage.ts";
import { join } from "node:path";
import { EXTRACTION_SCHEMA_VERSION, extractionSchema, type Extraction, type FindingInput } from "../schema/facts.ts";
import { documentIdFor, textSourceOf, type ManifestEntry } from "../schema/manifest.ts";
import type { FederationFacts } from "../schema/registry.ts";
import { DocumentText, type ParseOutput } from "./documentText.ts";
import { parseAnnualReport } from "./templates/kalmar/parseAnnualReport.ts";
import { parseMinutes } from "./minutes/parseMinutes.ts";
import { gateFacts } from "./general/identityGate.ts";
import { tableSaysCountedOnce } from "./general/countedOnceNotes.ts";
import { refuseRestatedCounts } from "./general/restatedCounts.ts";
import { applyGenderCaptions } from "./general/genderCaptions.ts";
import { pageFurniture } from "./general/pageFurniture.ts";
import { layerReport } from "./layerReport.ts";
import { numbersClearOfNoise, ocrNoiseTokens } from "./text/ocrNoise.ts";
import { documentLineSet, readingText, toDocumentLines } from "./text/readingText.ts";
import { documentWording, englishFacts } from "./text/englishText.ts";
import { letteredFacts } from "./text/swedishLetters.ts";
import { quoteRewordedLines } from "./text/rewordedLines.ts";
import { sourceFormat } from "./text/sourceFormats.ts";
import { keepConfirmedRagged } from "./text/raggedDigits.ts";
import { storedAs, storedNumbers } from "./text/factNumbers.ts";
import { pipesAsGaps } from "./general/layoutGrid.ts";
import { normalizeLines } from "../input/normalizeText.ts";
import { readEntryText, readHashed } from "../input/readEntryText.ts";
import { stampOf } from "../input/hashRecord.ts";
import { mayLeaveInFile, verbatimLineCount } from "../input/verbatimText.ts";
import { fstatSync } from "node:fs";
import type { DocumentRead, TextSource } from "../input/readSourceFile.ts";
import { unreadNumber } from "./findings.ts";
import { dropStoredUnread } from "./storedUnread.ts";

export const PARSER_VERSION = "annual-report@1+minutes@1";

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
  // A source format written on a line or two (an RTF file on one line) is whole where its decoded text is not short.
  else if (read.lines.length < 5 && (sourceFormat(read.lines)?.lines.length ?? 0) < 5)
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

export async function extractDocument(
  sourcesDir: string,
  entry: ManifestEntry,
  /** The registry's facts about the document's federation, where the caller read them. */
  federation?: FederationFacts,
): Promise<{ extraction: Extraction; lines: string[]; textSource: TextSource; source: SourceRead }> {
  const path = join(sourcesDir, entry.file);
  // Read once: the bytes hashed are the bytes read (reading the file again for its text cost a
  // second open, check and read of every document). Its stamp is taken from the very file read.
  let stamp = "";
  const { bytes, sha256: actual } = await readHashed(path, undefined, (fd) => {
    stamp = stampOf(fstatSync(fd, { bigint: true }));
  });
  if (actual !== entry.sha256)
    throw new Error(
      `data/sources/${entry.file}: sha256 ${actual} does not match the manifest (${entry.sha256}); update the manifest if the document was replaced on purpose`,
    );
  const read = await readEntryText(sourcesDir, entry, bytes);
  return {
    extraction: extractFromText(entry, read, actual, federation),
    lines: read.lines,
    textSource: read.textSource,
    source: {
      stamp,
      sha256: actual,
      verbatimLines: mayLeaveInFile(entry, path) ? verbatimLineCount(bytes) : null,
    },
  };
}

/**
 * The source file as the extraction read it, for its record (input/hashRecord.ts): its stamp when
 * read, its SHA-256 and, when the load may leave its lines in the file, their count (null when
 * its bytes are not verbatim lines or it may not be left: the load reads it).
 */
export interface SourceRead {
  stamp: string;
  sha256: string;
  verbatimLines: number | null;
}

/** Extract from lines in memory (tests, tools): they go through the same normalisation as a file's text. */
export function extractFromLines(
  entry: ManifestEntry,
  lines: readonly string[],
  sourceSha256: string,
  federation?: FederationFacts,
): Extraction {
  return extractFromText(
    entry,
    { ...normalizeLines(lines), textSource: textSourceOf(entry), noTextLayer: false },
    sourceSha256,
    federation,
  );
}

/**
 * Extract from text already read (ingest extracts in memory before it writes anything). The
 * registry's facts about the document's federation (its name, its members), read by the caller,
 * tell the readers its name where the id does not spell it; they must be the entry's federation's.
 */
export function extractFromText(
  entry: ManifestEntry,
  read: DocumentRead,
  sourceSha256: string,
  federation?: FederationFacts,
): Extraction {
  const lines = read.lines;
  const documentId = documentIdFor(entry);
  // OCR repair before any reader: broken words joined, two columns read one after the other.
  const reading = readingText(lines, entry.period_year);
  if (federation !== undefined && federation.id !== entry.federation_id)
    throw new Error(`the registry's facts of ${federation.id} given for a document of ${entry.federation_id}`);
  const doc = new DocumentText(
    documentId,
    reading.lines,
    entry.period_year,
    textSourceOf(entry),
    reading.columnLines,
    federation,
  );
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
  citeGrantSums(out, doc, reading.origin, lines);
  toDocumentLines(out, reading.origin);
  // An English document was read in the lexicon's words: its facts quote the document's own.
  if (reading.english) out.facts = englishFacts(out.facts, reading.english, lines);
  // So was one whose dots group thousands, as spaces: its facts quote the document's dots; one whose
  // lost letters were put back quotes its own lines too, its names kept as read ("Försäkringskassan").
  if (reading.lettered) out.facts = letteredFacts(out.facts, reading.dotted ?? reading.lettered, lines);
  else if (reading.dotted) out.facts = documentWording(out.facts, reading.dotted, lines);
  // A line a step said again in the readers' words ("Under 2025 hade förbundet …"): its facts quote the document's own.
  if (reading.reworded) out.facts = quoteRewordedLines(out.facts, reading.reworded, lines);
  for (const f of textFindings(read, entry.file, documentId)) out.findings.push(f);
  // On every document: old scanned PDFs carry OCR text layers, and text copies of them are .txt.
  // A pipe-drawn table's pipes are column rules, not a "1" misread: they are read as gaps. Facts
  // cite the document's own lines by now, so the noise guard reads those, not the repaired text.
  dropOcrNoise(out, pipesAsGaps(lines), documentId, reading.letterDigits);
  dropPageFurniture(out, doc, reading.origin);
  // Tables captioned by one gender ("Tabell 4a. Kvinnor, …"): their counts are that gender's.
  const gendered = applyGenderCaptions(out.facts, lines);
  out.facts = gendered.facts;
  out.findings.push(...gendered.findings);
  // After every reader: sums that must agree and plausible ranges decide which facts are stored.
  // A participant table's total its own caption or note says counts each person once may be less than its rows.
  const gate = gateFacts(out.facts, (f) => tableSaysCountedOnce(doc, f.line));
  out.findings.push(...gate.findings);
  // A number OCR spaced out is stored only where a sum confirms it.
  const ragged = keepConfirmedRagged(gate.facts, reading.ragged, documentId);
  out.findings.push(...ragged.findings);
  // A number whose look-alike letters were read as digits: never stored, only its row's clean cells.
  ragged.facts = keepCleanRepairs(ragged.facts, out.findings, lines, reading.letterDigits, documentId);
  // A count running text states twice with two values, after every other rule has had its say: neither is stored.
  const restated = refuseRestatedCounts(
    new DocumentText(documentId, lines, entry.period_year, "plain_text", undefined, federation),
    ragged.facts,
  );
  ragged.facts = restated.facts;
  out.findings.push(...restated.findings);
  // A number one reader left unread and another (or the gate's identity) stored is read.
  out.findings = dropStoredUnread(out.findings, ragged.facts, lines);
  const layers = layerReport(out.facts, out.findings, { ...gate, facts: ragged.facts });
  out.facts = ragged.facts;
  return extractionSchema.parse({
    schema_version: EXTRACTION_SCHEMA_VERSION,
    document_id: documentId,
    federation_id: entry.federation_id,
    source_sha256: sourceSha256,
    period_year: entry.period_year,
    parser: parse ? PARSER_VERSION : "none",
    facts: [...out.facts].sort((a, b) => a.line - b.line),
    findings: out.findings,
    coverage: oneEntryPerSection(out.coverage),
    layers,
  });
}

/**
 * Numbers on a table of contents or a page-number line are neither figures nor "unread
 * numbers": their findings go, and a figure read from a dot-leader contents line is not stored.
 */
function dropPageFurniture(out: ParseOutput, doc: DocumentText, origin: readonly number[] | undefined): void {
  const f = pageFurniture(doc);
  if (f.contents.size === 0 && f.furniture.size === 0) return;
  const [contents, furniture, leaders] = [f.contents, f.furniture, f.leaders].map((s) => documentLineSet(s, origin));
  out.findings = out.findings.filter(
    (x) => x.check_id !== "coverage.unread_number" || !(contents!.has(x.line) || furniture!.has(x.line)),
  );
  out.facts = out.facts.filter((x) => !leaders!.has(x.line));
}

/**
 * A guard behind every parser: a number with OCR noise in it is not stored. OCR text comes as
 * ocrmypdf's output, but also as the text layer of an old scanned PDF or a pasted copy, so the
 * guard runs on every document; on a line without noise it keeps everything. It works per
 * number: a fact on a line with a noisy token ("1 2O4", "-5 6l2 418") is kept only when each
 * amount or count it stores is a number on that line that no noisy token touches (in the
 * line's unit: kronor, tkr or Mkr); otherwise it becomes a `coverage.unread_number` finding.
 */
function dropOcrNoise(
  out: ParseOutput,
  lines: readonly string[],
  documentId: string,
  letterDigits: ReadonlySet<number>,
): void {
  const kept = [];
  const reported = new Set<number>();
  const clear = new Map<number, number[]>();
  // Each line's noise once: the facts and the unread numbers below both ask for it.
  const noisyAt = lines.map((line) => ocrNoiseTokens(line));
  for (const f of out.facts) {
    const noisy = noisyAt[f.line - 1] ?? [];
    // A line whose look-alikes were put back is judged after the identity gate (keepCleanRepairs).
    if (noisy.length === 0 || letterDigits.has(f.line) || clearOfNoise(f, lines[f.line - 1] ?? "", noisy, clear)) {
      kept.push(f);
      continue;
    }
    if (!reported.has(f.line))
      out.findings.push(
        ocrNoiseFinding(documentId, f.line, noisy, "a figure read from it or beside it on this line is not stored"),
      );
    reported.add(f.line);
  }
  out.facts = kept;
  // Every noisy number shows as unread, also where no parser took a figure from its line.
  const told = new Set(out.findings.filter((x) => x.check_id === "coverage.unread_number").map((x) => x.line));
  noisyAt.forEach((noisy, i) => {
    if (!told.has(i + 1) && noisy.length > 0 && !letterDigits.has(i + 1))
      out.findings.push(ocrNoiseFinding(documentId, i + 1, noisy, "not read"));
  });
}

/** A number with OCR noise in it, unread: the finding names the noisy tokens. */
function ocrNoiseFinding(documentId: string, line: number, noisy: readonly string[], why: string): FindingInput {
  const value = noisy.join(" ");
  return unreadNumber({
    subject: `document:${documentId}`,
    line,
    value,
    message: `OCR noise in a number ("${value}"); ${why}`,
  });
}

/**
 * Whether every amount or count a fact stores is a number its line writes clear of OCR noise,
 * and no name it takes from the line has a noisy token in it (the noise cut the name from the
 * numbers: its row is unsure). `clear` caches each line's clean numbers.
 */
function clearOfNoise(
  f: ParseOutput["facts"][number],
  line: string,
  noisy: readonly string[],
  clear: Map<number, number[]>,
): boolean {
  if (!clear.has(f.line)) clear.set(f.line, numbersClearOfNoise(line));
  const written = clear.get(f.line)!;
  if (storedNames(f).some((name) => noisy.some((t) => name.includes(t)))) return false;
  return storedNumbers(f).every((v) => written.some((w) => storedAs(v, w)));
}

/**
 * After the identity gate, on lines whose look-alike letters were read as digits
 * (`text/letterDigits.ts`): a fact is kept only when it stores numbers the line writes clear of
 * noise. A number with OCR noise in it is never stored, even where a sum would agree with its
 * repaired reading (the published rule: a reader cannot tell "5l5" from a misprint); the repair
 * only lets the row's clean cells and its label be read. The rest become unread numbers, and so
 * does every repaired line's noisy number.
 */
function keepCleanRepairs(
  facts: ParseOutput["facts"],
  findings: FindingInput[],
  lines: readonly string[],
  letterDigits: ReadonlySet<number>,
  documentId: string,
): ParseOutput["facts"] {
  if (letterDigits.size === 0) return facts;
  const clear = new Map<number, number[]>();
  const kept = facts.filter((f) => {
    if (!letterDigits.has(f.line)) return true;
    const noisy = ocrNoiseTokens(lines[f.line - 1] ?? "");
    return noisy.length === 0 || clearOfNoise(f, lines[f.line - 1] ?? "", noisy, clear);
  });
  // The noisy number itself is never stored: every repaired line with noise shows it unread.
  for (const n of [...letterDigits].sort((a, b) => a - b)) {
    const noisy = ocrNoiseTokens(lines[n - 1] ?? "");
    if (noisy.length === 0) continue;
    findings.push(ocrNoiseFinding(documentId, n, noisy, "a number with OCR noise in it is not stored"));
  }
  return kept;
}

/**
 * The row labels a fact takes from its line: a statement row's label, a member, an
 * intervention. (A prose fact's source_label is its phrase, which may hold the noise beside it.)
 */
function storedNames(f: ParseOutput["facts"][number]): string[] {
  const r = f as Record<string, unknown>;
  const keys = f.table === "finance" ? ["source_label"] : ["member", "intervention"];
  return keys.flatMap((k) => (typeof r[k] === "string" ? [r[k] as string] : []));
}

/**
 * A grant cites the line its sum stands on, where the reading order set the document's lines apart
 * (an item of minutes in two columns "Ärende | Beslut", a page in two columns): the decision's sentence
 * opens on a reading line whose document line holds no such sum ("Styrelsen beviljar Åby kommun" beside
 * the case's "ansöker om 910 000 kr"), and one of the next three reading lines holds it written in full,
 * as its document line does too ("860 000 kr för insatsen …"). A document read in its own order is
 * never changed (a grant whose sum wraps to the next line cites its sentence's first line, as always).
 */
function citeGrantSums(
  out: ParseOutput,
  doc: DocumentText,
  origin: readonly number[] | undefined,
  documentLines: readonly string[],
): void {
  if (!origin || !out.facts.some((f) => f.table === "allocation")) return;
  const documentLine = (n: number) => documentLines[(origin[n - 1] ?? n) - 1] ?? "";
  out.facts = out.facts.map((f) => {
    if (f.table !== "allocation" || !f.amount_sek || origin[f.line - 1] === undefined) return f;
    const sum = writtenSum(f.amount_sek);
    if (sum.test(documentLine(f.line))) return f;
    for (let n = f.line + 1; n <= Math.min(doc.lineCount, f.line + 3); n++)
      if (sum.test(doc.at(n)) && sum.test(documentLine(n))) return { ...f, line: n, text: doc.at(n) };
    return f;
  });
}

/** A sum as a line writes it in full, its thousands spaced ("860 000"), no digit before or after. */
function writtenSum(sek: number): RegExp {
  const written = String(Math.abs(sek)).replace(/\B(?=(\d{3})+(?!\d))/g, "[  ]");
  return new RegExp(`(?<!\\d[  ]?)${written}(?![  ]?\\d)`);
}
