/**
 * Render text lines to a PDF the way a word processor would print a report: one text run per
 * line, a fixed line height, blank lines as vertical space, page breaks every `linesPerPage`.
 * Characters the standard font cannot encode become "?" (the seed has a stray combining ring).
 */
import { PDFDocument, StandardFonts } from "pdf-lib";

export async function renderTextPdf(
  lines: readonly string[],
  { fontSize = 9, lineHeight = 11, linesPerPage = 70 } = {},
): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  // Fixed dates so the same text gives the same bytes.
  pdf.setCreationDate(new Date("2025-01-01T00:00:00Z"));
  pdf.setModificationDate(new Date("2025-01-01T00:00:00Z"));
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const encodable = new Set(font.getCharacterSet());
  const safe = (s: string) =>
    [...s.replace(/\t/g, "    ")].map((c) => (encodable.has(c.codePointAt(0)!) ? c : "?")).join("");
  const width = 1600;
  const height = linesPerPage * lineHeight + 80;
  for (let start = 0; start < lines.length; start += linesPerPage) {
    const page = pdf.addPage([width, height]);
    lines.slice(start, start + linesPerPage).forEach((line, i) => {
      const text = safe(line).trimEnd();
      if (text.trim() === "") return;
      // Runs of two or more spaces are column gaps: lay the cells out with that much space
      // between them, as a word processor would place table cells.
      const space = font.widthOfTextAtSize(" ", fontSize);
      let x = 40 + (text.length - text.trimStart().length) * space;
      for (const part of text.trimStart().split(/( {2,})/)) {
        if (part === "") continue;
        // A PDF text extractor reads a gap under about 0.6 em as one space, and a table's
        // columns sit further apart than that; so a column gap is at least three spaces wide.
        if (/^ +$/.test(part)) x += Math.max(3, part.length) * space;
        else {
          page.drawText(part, { x, y: height - 40 - i * lineHeight, size: fontSize, font });
          x += font.widthOfTextAtSize(part, fontSize);
        }
      }
    });
  }
  return pdf.save({ useObjectStreams: false });
}
