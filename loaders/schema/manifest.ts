/** The source manifest (`data/sources/manifest.yaml`): every bundled document, exactly as published. */
import { z } from "zod";
import { documentKind, type DocumentKind, type TextSource } from "../reference/codes.ts";
import { plainText } from "./plainText.ts";
import { MANIFEST_FILE, SOURCE_TYPES_LISTED } from "../reference/sourceTypes.ts";

export const manifestEntrySchema = z.strictObject({
  federation_id: z.string().regex(/^[a-z0-9-]+$/),
  kind: documentKind.schema,
  /** Meeting date for minutes; the date the report was signed or received for reports. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** The year the document reports on (reports) or the meeting's year (minutes). */
  period_year: z.number().int().min(2000).max(2100),
  title: plainText().min(1),
  /** Path relative to data/sources. */
  file: z.string().regex(MANIFEST_FILE, `expected <federation>/<file> of a source type (${SOURCE_TYPES_LISTED})`),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** For a PDF with no text layer: its OCR text (`ocrmypdf -l swe`), kept beside it; the document's lines come from it. */
  ocr_file: z
    .string()
    .regex(/^[a-z0-9-]+\/[^/]+\.ocr\.txt$/, "expected <federation>/<file>.ocr.txt")
    .optional(),
  ocr_sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
  /** Where the copy came from, for people. */
  origin: z.string().optional(),
});

export const manifestSchema = z.strictObject({
  // Empty is a valid start: a new project adds its documents with `finsam ingest`.
  documents: z.array(manifestEntrySchema),
});

export type ManifestEntry = z.infer<typeof manifestEntrySchema>;

/** Where the document's lines come from (`document.text_source`). */
export function textSourceOf(entry: Pick<ManifestEntry, "file" | "ocr_file">): TextSource {
  if (entry.ocr_file) return "ocr";
  return entry.file.endsWith(".pdf") ? "text_layer" : "plain_text";
}

const kindSlug: Record<DocumentKind, string> = {
  annual_report: "annual-report",
  board_minutes: "board-minutes",
  committee_minutes: "committee-minutes",
  other: "other",
};

/** `<federation_id>/<date>-<kind>` for minutes, `<federation_id>/<period year>-<kind>` for reports. */
export function documentIdFor(entry: Pick<ManifestEntry, "federation_id" | "kind" | "date" | "period_year">): string {
  const when = entry.kind === "annual_report" ? String(entry.period_year) : entry.date;
  return `${entry.federation_id}/${when}-${kindSlug[entry.kind]}`;
}
