/**
 * The file types a source document may have. A PDF is read through its text layer (or OCR); every
 * other type is text as published: a plain-text or Markdown copy, a saved web page, a news feed or
 * open-data export, a data export (JSON, CSV), an e-mail, a source format (RTF, LaTeX, a calendar
 * invitation, a translation file), an accounting program's SIE file (".se", ".si", ".sie") or a delivery
 * file of fixed-length records (".dat"). The readers undo the markup of each (`extract/text/`), so a new
 * user can ingest what a federation published without converting it first.
 */
export const TEXT_SOURCE_TYPES = [
  ".txt",
  ".md",
  ".html",
  ".htm",
  ".xhtml",
  ".xml",
  ".json",
  ".csv",
  ".eml",
  // Source formats read as they print (`extract/text/sourceFormats.ts`): RTF, LaTeX, iCalendar, XLIFF.
  ".rtf",
  ".tex",
  ".ics",
  ".xlf",
  ".xliff",
  // Record files read as their records say (`extract/text/recordFiles.ts`): SIE accounts, fixed-length records.
  ".se",
  ".si",
  ".sie",
  ".dat",
] as const;
export const SOURCE_TYPES = [".pdf", ...TEXT_SOURCE_TYPES] as const;

/** "… .pdf, .txt, .md, .html …": the accepted types, for messages. */
export const SOURCE_TYPES_LISTED = SOURCE_TYPES.join(", ");

/** The extension (lower case, with its dot) is one documents are read from. */
export function isSourceType(ext: string): boolean {
  return (SOURCE_TYPES as readonly string[]).includes(ext.toLowerCase());
}

/** `<federation>/<file>.<type>`: a manifest's file path, the type one of the source types. */
export const MANIFEST_FILE = new RegExp(
  String.raw`^[a-z0-9-]+\/[^/]+\.(${SOURCE_TYPES.map((t) => t.slice(1)).join("|")})$`,
);
