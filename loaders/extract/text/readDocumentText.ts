/**
 * Turn a source document (.txt, .md or .pdf) into numbered lines of text. Line n of the
 * result is `document_line(document_id, n)`, and every fact's `source_line` points into it.
 * For PDFs, text items are grouped into lines by their baseline, so a PDF rendering of a
 * text gives the same lines (the facts, not necessarily the line numbers, must agree).
 */
import { readFile } from "node:fs/promises";
import { extname } from "node:path";

export class DocumentReadError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

/** Split text into lines; CRLF and CR become LF; form feeds (page breaks) end a line. */
export function splitLines(text: string): string[] {
  const lines = text.replace(/\r\n?/g, "\n").replace(/\f/g, "\n").split("\n");
  // A final newline does not start another line.
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  return lines;
}

interface PositionedItem {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Group a page's text items into lines, top to bottom, left to right. */
export function itemsToLines(items: readonly PositionedItem[]): string[] {
  const rows: { y: number; items: PositionedItem[] }[] = [];
  for (const item of items) {
    if (item.str === "") continue;
    const tolerance = Math.max(2, item.height * 0.4);
    const row = rows.find((r) => Math.abs(r.y - item.y) <= tolerance);
    if (row) row.items.push(item);
    else rows.push({ y: item.y, items: [item] });
  }
  rows.sort((a, b) => b.y - a.y);
  return rows.map((row) => {
    row.items.sort((a, b) => a.x - b.x);
    let line = "";
    let end = -Infinity;
    for (const it of row.items) {
      const gap = it.x - end;
      if (line !== "" && gap > Math.max(1, it.height * 0.15) && !line.endsWith(" ") && !it.str.startsWith(" ")) line += " ";
      line += it.str;
      end = it.x + it.width;
    }
    return line;
  });
}

export async function readPdfLines(bytes: Uint8Array, file: string): Promise<string[]> {
  const { getDocumentProxy } = await import("unpdf");
  let pdf;
  try {
    pdf = await getDocumentProxy(bytes);
  } catch (err) {
    throw new DocumentReadError(file, `not a readable PDF (${(err as Error).message})`);
  }
  const lines: string[] = [];
  for (let p = 1; p <= pdf.numPages; p++) {
    const page = await pdf.getPage(p);
    const content = await page.getTextContent();
    const items: PositionedItem[] = [];
    for (const it of content.items) {
      if (!("str" in it)) continue;
      items.push({ str: it.str, x: it.transform[4] as number, y: it.transform[5] as number, width: it.width, height: it.height || 10 });
    }
    lines.push(...itemsToLines(items));
  }
  await pdf.destroy();
  return lines;
}

export async function readDocumentLines(path: string): Promise<string[]> {
  const ext = extname(path).toLowerCase();
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    throw new DocumentReadError(path, `cannot read file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  if (ext === ".pdf") return readPdfLines(new Uint8Array(bytes), path);
  if (ext === ".txt" || ext === ".md") {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
    return splitLines(text);
  }
  throw new DocumentReadError(path, `unsupported file type "${ext}" (expected .txt, .md or .pdf)`);
}
