/**
 * An image-only PDF, as a scanner makes it: the text is rendered to a PDF, rasterised with
 * Ghostscript (installed with ocrmypdf), and the page image is the new PDF's only content.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PDFDocument } from "pdf-lib";
import { renderTextPdf } from "./renderTextPdf.ts";

const DPI = 200;

export async function renderImagePdf(lines: readonly string[]): Promise<Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), "finsam-scan-"));
  try {
    writeFileSync(
      join(dir, "text.pdf"),
      await renderTextPdf(lines, { fontSize: 14, lineHeight: 20, linesPerPage: 40 }),
    );
    execFileSync("gs", [
      "-q",
      "-dNOPAUSE",
      "-dBATCH",
      "-sDEVICE=pnggray",
      `-r${DPI}`,
      "-o",
      join(dir, "page-%03d.png"),
      join(dir, "text.pdf"),
    ]);
    const pdf = await PDFDocument.create();
    pdf.setCreationDate(new Date("2025-01-01T00:00:00Z"));
    pdf.setModificationDate(new Date("2025-01-01T00:00:00Z"));
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith(".png"))
      .sort()) {
      const png = await pdf.embedPng(readFileSync(join(dir, file)));
      const page = pdf.addPage([(png.width * 72) / DPI, (png.height * 72) / DPI]);
      page.drawImage(png, { x: 0, y: 0, width: page.getWidth(), height: page.getHeight() });
    }
    return pdf.save();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
