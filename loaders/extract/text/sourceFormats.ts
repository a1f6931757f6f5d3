/**
 * A document handed over as the source of a format the readers cannot read as it stands: RTF
 * (`rtfSource.ts`), LaTeX (`latexSource.ts`), iCalendar (`calendarSource.ts`) or XLIFF
 * (`xliffSource.ts`). Each decoder turns its format into the plain layout text the readers read, and
 * says for each line it writes the document line it cites (`sourceLines.ts`); `readingText` reads that
 * text as the document and puts what the readers cite back into the document's lines.
 *
 * Each format is told by its opening ("{\rtf", "BEGIN:VCALENDAR", "<xliff" among the first lines, a
 * LaTeX preamble's "\documentclass"), so a document in none of them costs a look at its first lines.
 * The report's year, where the caller knows it, dates what a calendar's events can tell. Pure.
 */
import { calendarSource, isCalendar } from "./calendarSource.ts";
import { latexSource } from "./latexSource.ts";
import { rtfSource } from "./rtfSource.ts";
import type { SourceLines } from "./sourceLines.ts";
import { xliffSource } from "./xliffSource.ts";

export type { SourceLines } from "./sourceLines.ts";

export function sourceFormat(lines: readonly string[], reportYear?: number): SourceLines | undefined {
  return rtfSource(lines) ?? calendarText(lines, reportYear) ?? xliffSource(lines) ?? latexSource(lines);
}

/**
 * A calendar's text; one none of whose events is read (each cancelled, or held before the report's year
 * ended) is still a calendar, read as an empty text, never as its source's lines.
 */
function calendarText(lines: readonly string[], reportYear?: number): SourceLines | undefined {
  return calendarSource(lines, reportYear) ?? (isCalendar(lines) ? { lines: [""], from: [0] } : undefined);
}
