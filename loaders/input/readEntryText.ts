/**
 * A document's files as the manifest names them: its text (from the source file, or from its
 * OCR text when it has one, checked against its sha256), its hash, and where its extraction is
 * written. Shared by extract, ingest and the loader's input reading.
 */
import { createHash } from "node:crypto";
import { join } from "node:path";
import type { ManifestEntry } from "../schema/manifest.ts";
import { textToLines } from "./normalizeText.ts";
import { READ_LIMITS, readBounded, readBoundedInto, readBoundedText, type ReadBuffer } from "./readBounded.ts";
import {
  checkSourceType,
  readSourceBytes,
  readSourceFile,
  sourceReadLimit,
  type DocumentRead,
} from "./readSourceFile.ts";

export async function sha256File(path: string): Promise<string> {
  return (await readHashed(path)).sha256;
}

/**
 * A source file's bytes and their sha256, read once (the loader hashes a document and reads its
 * lines from the same bytes); into a reused buffer when given one (`readBoundedInto`).
 */
export async function readHashed(
  path: string,
  into?: ReadBuffer,
  /** Called with the file's descriptor before it is read (the extraction takes its stamp: hashRecord.ts). */
  opened?: (fd: number) => void,
): Promise<{ bytes: Buffer; sha256: string }> {
  const options = { limit: sourceReadLimit(path), opened };
  const bytes = into ? await readBoundedInto(path, options, into) : await readBounded(path, options);
  return { bytes, sha256: createHash("sha256").update(bytes).digest("hex") };
}

/** OCR text as the text layer reads any text: normalised lines, text source `ocr`. */
export function ocrRead(text: string): DocumentRead {
  return { ...textToLines(text), textSource: "ocr", noTextLayer: false };
}

/**
 * The document's text: from its OCR text when the manifest names one (a scanned PDF has no
 * text layer of its own), checked against its own sha256; otherwise from the source file, or
 * from its bytes when the caller has read them already (`readHashed`: they are within the
 * file's limit, and only its type is left to check).
 */
export async function readEntryText(sourcesDir: string, entry: ManifestEntry, bytes?: Buffer): Promise<DocumentRead> {
  if (!entry.ocr_file) {
    const path = join(sourcesDir, entry.file);
    if (!bytes) return readSourceFile(path);
    checkSourceType(path);
    return readSourceBytes(bytes, path);
  }
  const path = join(sourcesDir, entry.ocr_file);
  const actual = await sha256File(path);
  if (entry.ocr_sha256 && actual !== entry.ocr_sha256)
    throw new Error(
      `data/sources/${entry.ocr_file}: sha256 ${actual} does not match the manifest (${entry.ocr_sha256})`,
    );
  return ocrRead(await readBoundedText(path, { limit: READ_LIMITS.text }));
}

/**
 * The lines `document_line` keeps: as extracted (not NFC), control characters removed. From the
 * source file's bytes when the caller has them (`bytes`), unless the document is read from its OCR text.
 */
export async function readEntryLines(sourcesDir: string, entry: ManifestEntry, bytes?: Buffer): Promise<string[]> {
  if (bytes && !entry.ocr_file) return (await readSourceBytes(bytes, join(sourcesDir, entry.file))).asExtracted;
  return (await readEntryText(sourcesDir, entry)).asExtracted;
}

/** data/extracted/<federation>/<document slug>.json */
export function extractedPath(extractedDir: string, documentId: string): string {
  const [fed, rest] = documentId.split("/");
  return join(extractedDir, fed!, `${rest}.json`);
}
