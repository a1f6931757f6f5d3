/**
 * A manifest entry for tests where the entry is only scaffolding around a document's lines: every
 * field follows from the federation, the kind and the year (or the meeting's date), so a test names
 * only what its reading depends on. Tests about an entry's own fields (the manifest, ingest, curate)
 * write their entries out: there the literal is the point.
 */
import { extractFromLines } from "../../loaders/extract/extractDocument.ts";
import type { DocumentKind } from "../../loaders/reference/codes.ts";
import type { Extraction } from "../../loaders/schema/facts.ts";
import { manifestEntrySchema, type ManifestEntry } from "../../loaders/schema/manifest.ts";
import type { AnyFact } from "../helpers.ts";

/** What a test may say about its document; the rest is made up the same way every time. */
export interface EntryOptions {
  /** A made-up federation's id; "ravik" unless said. */
  federation?: string;
  kind?: DocumentKind;
  /** The year reported on (reports) or the meeting's year (minutes: from `date` when not said); 2024 unless said. */
  year?: number;
  /** The day signed (reports, the March after the year) or the meeting's day (minutes). */
  date?: string;
  title?: string;
  /** `<federation>/<file>.<source type>` (`reference/sourceTypes.ts`): a `.pdf` reads as a text layer, anything else as plain text. */
  file?: string;
}

const ZEROS = "0".repeat(64);

const isMinutes = (kind: DocumentKind) => kind === "board_minutes" || kind === "committee_minutes";

/** The entry, checked by the manifest's own schema (a made-up field that the manifest would refuse fails here). */
export function manifestEntryOf(options: EntryOptions = {}): ManifestEntry {
  const federation = options.federation ?? "ravik";
  const kind = options.kind ?? "annual_report";
  const year = options.year ?? (options.date ? Number(options.date.slice(0, 4)) : 2024);
  const minutes = isMinutes(kind);
  const date = options.date ?? (minutes ? `${year}-03-10` : `${year + 1}-03-10`);
  const defaults = minutes
    ? { title: `Protokoll ${date}`, file: `${federation}/protokoll-${date}.txt` }
    : kind === "annual_report"
      ? { title: `Årsredovisning ${year}`, file: `${federation}/arsredovisning-${year}.txt` }
      : { title: `Dokument ${year}`, file: `${federation}/dokument-${year}.txt` };
  return manifestEntrySchema.parse({
    federation_id: federation,
    kind,
    date,
    period_year: year,
    title: options.title ?? defaults.title,
    file: options.file ?? defaults.file,
    sha256: ZEROS,
  });
}

/** A document's lines through the whole extraction (reading text, every reader, the gates), as ingest runs it. */
export function extractDocumentLines(options: EntryOptions, lines: readonly string[]): Extraction {
  return extractFromLines(manifestEntryOf(options), lines, ZEROS);
}

/** The facts the whole extraction stores from a document's lines, for reading fields in assertions. */
export const documentFacts = (options: EntryOptions, lines: readonly string[]): AnyFact[] =>
  extractDocumentLines(options, lines).facts as AnyFact[];
