/**
 * A document handed over as the source of a format the readers cannot read as it stands: RTF
 * (`rtfSource.ts`), LaTeX (`latexSource.ts`), iCalendar (`calendarSource.ts`) or XLIFF
 * (`xliffSource.ts`). Each decoder turns its format into the plain layout text the readers read, and
 * says for each line it writes the document line it cites (`sourceLines.ts`); `readingText` reads that
 * text as the document and puts what the readers cite back into the document's lines.
 *
 * Each format is told by its opening ("{\rtf", "BEGIN:VCALENDAR", "<xliff" among the first lines, a
 * LaTeX preamble's "\documentclass"), so a document in none of them costs a look at its first lines.
 * Pure.
 */
import { calendarSource } from "./calendarSource.ts";
import { latexSource } from "./latexSource.ts";
import { rtfSource } from "./rtfSource.ts";
import type { SourceLines } from "./sourceLines.ts";
import { xliffSource } from "./xliffSource.ts";

export type { SourceLines } from "./sourceLines.ts";

export function sourceFormat(lines: readonly string[]): SourceLines | undefined {
  return rtfSource(lines) ?? calendarSource(lines) ?? xliffSource(lines) ?? latexSource(lines);
}
